/** The fault matrix for release-rollback (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('release-rollback');
