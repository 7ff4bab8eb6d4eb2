/** The fault matrix for qe-signoff-gate (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('qe-signoff-gate');
