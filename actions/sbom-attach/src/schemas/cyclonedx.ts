// The official CycloneDX 1.6 schemas as the CycloneDX library ships them, without their documentation
// keywords (see strip.ts; a test checks these copies against the library's files), imported so that
// the bundle carries them.
import bom16 from './cdx-bom-1.6.schema.json' with { type: 'json' };
import cryptoDefs from './cdx-cryptography-defs.schema.json' with { type: 'json' };
import jsf from './cdx-jsf-0.82.schema.json' with { type: 'json' };
import spdxLicenses from './cdx-spdx-licenses.schema.json' with { type: 'json' };

export { bom16, cryptoDefs, jsf, spdxLicenses };
