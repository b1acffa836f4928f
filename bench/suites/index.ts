import type { Suite } from '../lib/suite';
import { librarySuite } from './library';
import { storageSuite } from './storage';
import { typingSuite } from './typing';

/** Every suite `npm run bench` runs, in order. */
export const suites: Suite[] = [storageSuite, librarySuite, typingSuite];
