/**
 * `npm run validate:data`: checks public/data/ with the same schema and
 * checks the app uses, and exits non-zero with one line per problem.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, formatIssue, type DataFileKey } from '../src/lib/dataset/validate';
import { validateDataset } from '../src/lib/dataset/validate-dataset';

const dataDir = fileURLToPath(new URL('../public/data/', import.meta.url));

async function readJson(name: string): Promise<unknown> {
  const text = await readFile(dataDir + name, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

const keys = Object.keys(DATA_FILES) as DataFileKey[];
const raw = Object.fromEntries(
  await Promise.all(keys.map(async (key) => [key, await readJson(DATA_FILES[key])] as const)),
) as Record<DataFileKey, unknown>;

const { dataset, issues } = validateDataset(raw);
for (const issue of issues) console.error(formatIssue(issue));

const counts = `${dataset.events.length} events, ${dataset.agreements.length} agreements, ${dataset.leaderTerms.length} leader terms, ${dataset.sources.length} sources, ${dataset.venues.length} venues`;
if (issues.length > 0) {
  console.error(`\n${issues.length} problem(s) in public/data (${counts} valid)`);
  process.exit(1);
}
console.log(`public/data is valid: ${counts}`);
