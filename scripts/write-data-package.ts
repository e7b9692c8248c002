/**
 * `npm run data:package`: writes public/data/datapackage.json and the JSON
 * Schema of each data file beside it (public/data/schema/). Run it after a
 * change to the schema; the unit tests fail while what is committed differs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  DATA_PACKAGE_FILE,
  dataFileJsonSchema,
  dataPackage,
  schemaPath,
} from '../src/features/export/data-package';
import { DATA_FILES, type DataFileKey } from '../src/lib/dataset/validate';

const dataDir = fileURLToPath(new URL('../public/data/', import.meta.url));
const { version } = JSON.parse(
  await readFile(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

async function write(path: string, value: unknown) {
  const file = dataDir + path;
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(JSON.stringify(value), { ...options, parser: 'json' }));
  console.log(`wrote public/data/${path}`);
}

await mkdir(dataDir + 'schema', { recursive: true });
for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
  await write(schemaPath(key), dataFileJsonSchema(key));
}
await write(DATA_PACKAGE_FILE, dataPackage(version));
