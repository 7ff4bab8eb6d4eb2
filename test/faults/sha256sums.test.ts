/** The fault matrix for sha256sums (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('sha256sums');
