/** The fault matrix for qe-signoff-gate with approval by comment (cells: test/faults/matrix.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('qe-signoff-gate (approval by comment)');
