import type { Suite } from '../lib/suite';
import { librarySuite } from './library';

/** Every suite `npm run bench` runs, in order. */
export const suites: Suite[] = [librarySuite];
