/** The fault matrix for crates-verify (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('crates-verify');
