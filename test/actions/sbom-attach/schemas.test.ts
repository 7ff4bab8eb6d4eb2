import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripDocumentation } from '../../../actions/sbom-attach/src/schemas/strip.js';

// The action bundles the CycloneDX library's schemas without documentation keywords. This test fails
// when the library (and so its schemas) is updated and the copies are not: run it with
// UPDATE_SCHEMAS=1 to rewrite them (then `npx prettier --write actions/sbom-attach/src/schemas`).
const LIBRARY = path.resolve('node_modules/@cyclonedx/cyclonedx-library/res/schema');
const BUNDLED = path.resolve('actions/sbom-attach/src/schemas');
const COPIES: [string, string][] = [
  ['bom-1.6.SNAPSHOT.schema.json', 'cdx-bom-1.6.schema.json'],
  ['spdx.SNAPSHOT.schema.json', 'cdx-spdx-licenses.schema.json'],
  ['jsf-0.82.SNAPSHOT.schema.json', 'cdx-jsf-0.82.schema.json'],
  ['cryptography-defs.SNAPSHOT.schema.json', 'cdx-cryptography-defs.schema.json']
];

describe('bundled CycloneDX schemas', () => {
  test.each(COPIES)('%s → %s is the library schema without documentation', (source, copy) => {
    const expected = stripDocumentation(JSON.parse(readFileSync(path.join(LIBRARY, source), 'utf8')));
    const file = path.join(BUNDLED, copy);
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, JSON.stringify(expected, null, 2) + '\n');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  });

  test('stripping keeps properties that are named like documentation keywords, and every validation keyword', () => {
    const schema = {
      type: 'object',
      title: 'x',
      description: 'doc',
      properties: {
        description: { type: 'string', description: 'the description field' },
        title: { enum: ['a'] }
      },
      required: ['description'],
      definitions: { d: { examples: [1], type: 'integer', minimum: 0 } }
    };
    expect(stripDocumentation(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, title: { enum: ['a'] } },
      required: ['description'],
      definitions: { d: { type: 'integer', minimum: 0 } }
    });
  });
});
