/** The fault matrix for sbom-attach (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('sbom-attach');
