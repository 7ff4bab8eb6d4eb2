/** The fault matrix for homebrew-bump run again over its open pull request (cells: test/faults/matrix.ts). */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('homebrew-bump (re-run)');
