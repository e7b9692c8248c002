/**
 * public/data/datapackage.json as a researcher's tools would read it: a valid
 * Frictionless Data Package (checked by the Frictionless library itself), whose
 * resources are exactly the published files, each valid against the JSON Schema
 * the descriptor names, and those schemas the ones the app's schema makes today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  DATA_PACKAGE_FILE,
  dataFileJsonSchema,
  dataPackage,
} from '../../src/features/export/data-package';
import { DATA_FILES, type DataFileKey } from '../../src/lib/dataset/validate';

const dataDir = resolve(process.cwd(), 'public/data');
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(dataDir, path), 'utf8')) as unknown;

interface Resource {
  name: string;
  path: string;
  schema: string;
}
const descriptor = readJson(DATA_PACKAGE_FILE) as { version: string; resources: Resource[] };

// The Frictionless reference implementation (CommonJS, no types). Its
// Package.load refuses local paths under jsdom, so the descriptor is checked
// against the library's own data-package profile, and the files below.
const { Profile } = createRequire(import.meta.url)('datapackage') as {
  Profile: {
    load(
      name: string,
    ): Promise<{ validate(descriptor: unknown): { valid: boolean; errors: Error[] } }>;
  };
};

describe('the published data package', () => {
  it('is a valid Frictionless Data Package', async () => {
    const profile = await Profile.load('data-package');
    // As Package.load does: a resource's schema path is read before the check.
    const dereferenced = {
      ...descriptor,
      resources: descriptor.resources.map((resource) => ({
        ...resource,
        schema: readJson(resource.schema),
      })),
    };
    const result = profile.validate(dereferenced);
    expect(result.errors.map(String)).toEqual([]);
    expect(result.valid).toBe(true);
    // The same profile catches what a hand edit could break.
    expect(profile.validate({ ...dereferenced, name: 'Not A Valid Name!' }).valid).toBe(false);
  });

  it('is what npm run data:package writes from the schema today', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(descriptor).toEqual(dataPackage(version));
    for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
      const resource = descriptor.resources.find((candidate) => candidate.name === key);
      expect(readJson(resource?.schema ?? ''), `${key}: run npm run data:package`).toEqual(
        dataFileJsonSchema(key),
      );
    }
  });

  it('describes every published data file, and each file is valid against its schema', () => {
    const published = readdirSync(dataDir).filter(
      (name) => name.endsWith('.json') && name !== DATA_PACKAGE_FILE,
    );
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(published.sort());
    for (const resource of descriptor.resources) {
      const validate = addFormats(new Ajv2020({ allErrors: true })).compile(
        readJson(resource.schema) as object,
      );
      const valid = validate(readJson(resource.path));
      expect(validate.errors ?? [], resource.path).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('rejects a data file that breaks its schema', () => {
    const validate = addFormats(new Ajv2020()).compile(
      readJson('schema/events.schema.json') as object,
    );
    expect(validate({ events: [{ id: 'x', kind: 'banquet' }] })).toBe(false);
  });
});
