/**
 * The Frictionless Data Package that describes public/data/: one resource per
 * published file, each with the JSON Schema of that file, generated from the
 * app's own schema (like the export's), so the descriptor cannot drift from
 * what the app accepts. `npm run data:package` writes it; a unit test checks
 * that what is committed is what this module makes.
 */
import { DATA_FILES, type DataFileKey } from '../../lib/dataset/validate';
import { datasetJsonSchema } from './dataset-json-schema';

/** Each file's one array, and the property of the exported dataset that holds the same records. */
const FILE_ARRAYS: Record<DataFileKey, { key: string; datasetKey: string; title: string }> = {
  events: {
    key: 'events',
    datasetKey: 'events',
    title: 'Meetings, visits, telephone talks and context events',
  },
  agreements: {
    key: 'agreements',
    datasetKey: 'agreements',
    title: 'Documents signed, adopted or cited',
  },
  leaders: { key: 'terms', datasetKey: 'leaderTerms', title: 'Terms of office of the leaders' },
  sources: { key: 'sources', datasetKey: 'sources', title: 'The pages every fact is cited from' },
  venues: { key: 'venues', datasetKey: 'venues', title: 'Places of meetings, for the map' },
};

export const DATA_PACKAGE_FILE = 'datapackage.json';

export function schemaPath(key: DataFileKey): string {
  return `schema/${DATA_FILES[key].replace(/\.json$/, '')}.schema.json`;
}

/** The JSON Schema of one data file: an object holding its one array of records. */
export function dataFileJsonSchema(key: DataFileKey): Record<string, unknown> {
  const dataset = datasetJsonSchema() as {
    $schema?: string;
    $defs?: Record<string, unknown>;
    properties: Record<string, unknown>;
  };
  const { key: arrayKey, datasetKey, title } = FILE_ARRAYS[key];
  return {
    $schema: dataset.$schema,
    title: `${DATA_FILES[key]}: ${title}`,
    type: 'object',
    properties: { [arrayKey]: dataset.properties[datasetKey] },
    required: [arrayKey],
    additionalProperties: false,
    $defs: dataset.$defs,
  };
}

export function dataPackage(version: string): Record<string, unknown> {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/data-package.json',
    profile: 'data-package',
    name: 'japan-russia-peace-treaty-diplomacy',
    title: 'Japan–Russia peace-treaty diplomacy, 1993–2014: meetings, documents and sources',
    description:
      'Every summit, foreign ministers’ meeting, telephone talk and visit between the leaders and foreign ministers of Japan and Russia from the Tokyo Declaration (October 1993) to December 2014, with the documents they produced or cited and the official page each fact is taken from. Japanese text follows the sources; English (and Russian, where given) is a faithful translation of it.',
    version,
    keywords: ['Japan', 'Russia', 'peace treaty', 'Northern Territories', 'diplomacy', 'summit'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    sources: [
      { title: 'Ministry of Foreign Affairs of Japan (外務省)', path: 'https://www.mofa.go.jp/' },
      { title: 'Prime Minister’s Office of Japan (首相官邸)', path: 'https://www.kantei.go.jp/' },
      { title: 'Cabinet Office of Japan (内閣府)', path: 'https://www8.cao.go.jp/hoppo/' },
      { title: 'President of Russia (kremlin.ru)', path: 'http://kremlin.ru/' },
    ],
    resources: (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => ({
      name: key,
      path: DATA_FILES[key],
      title: FILE_ARRAYS[key].title,
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      schema: schemaPath(key),
    })),
  };
}
