/** The fault matrix for dependency-watch (cells: test/faults/matrix.ts, scenario: test/faults/scenarios.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('dependency-watch');
