import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * publiccode.yml against the standard's published JSON Schema (see
 * test/fixtures/publiccode/SOURCE.md), plus the v0.4 rules the schema does not encode.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('test/fixtures/publiccode/publiccode.schema.json')) as object;
const pkg = JSON.parse(read('package.json')) as { version: string; license: string; repository: { url: string } };

interface Description {
  shortDescription: string;
  longDescription: string;
  features: string[];
}
interface PublicCode {
  publiccodeYmlVersion: string;
  url: string;
  softwareType: string;
  softwareVersion?: string;
  releaseDate?: string;
  description: Record<string, Description>;
  legal: { license: string };
  localisation: { availableLanguages: string[] };
  maintenance: { type: string; contacts?: unknown[] };
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('publiccode.yml', () => {
  const publiccode = parse(read('publiccode.yml')) as PublicCode;

  it('validates against the publiccode.yml JSON Schema', () => {
    const validate = validator();
    expect(validate(publiccode) ? [] : validate.errors).toEqual([]);
  });

  it('is rejected by the same schema when a mandatory key is missing or a value is unknown', () => {
    const validate = validator();
    const { legal: _legal, ...withoutLegal } = publiccode;
    expect(validate(withoutLegal)).toBe(false);
    expect(validate({ ...publiccode, softwareType: 'app' })).toBe(false);
  });

  it('declares standard v0.4, a library under the EUPL-1.2 that lives where package.json says', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(publiccode.softwareType).toBe('library');
    expect(publiccode.legal.license).toBe(pkg.license);
    expect(pkg.repository.url).toBe(`git+${publiccode.url}.git`);
    if (publiccode.softwareVersion !== undefined) {
      expect(publiccode.softwareVersion).toBe(pkg.version);
      expect(publiccode.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('describes the software in Dutch and English with the v0.4 limits', () => {
    expect(publiccode.localisation.availableLanguages).toEqual(['nl', 'en']);
    for (const lang of ['nl', 'en']) {
      const d = publiccode.description[lang]!;
      expect(d.shortDescription.length, lang).toBeLessThanOrEqual(150);
      expect(d.longDescription.length, lang).toBeGreaterThanOrEqual(150);
      expect(d.features.length, lang).toBeGreaterThanOrEqual(5);
      for (const feature of d.features) expect(feature.length, feature).toBeLessThanOrEqual(100);
    }
  });

  it('names maintenance contacts, which v0.4 requires for community maintenance', () => {
    expect(publiccode.maintenance.type).toBe('community');
    expect(publiccode.maintenance.contacts?.length).toBeGreaterThan(0);
  });
});
