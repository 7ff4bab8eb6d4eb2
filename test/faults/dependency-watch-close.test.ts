/** The fault matrix for dependency-watch closing a clean tracking issue. */
import { describeMatrix } from './describe-matrix.js';

describeMatrix('dependency-watch (close when clean)');
