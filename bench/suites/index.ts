import type { Suite } from '../lib/suite';
import { editorOpenSuite } from './editorOpen';
import { librarySuite } from './library';
import { memorySuite } from './memory';
import { pasteSuite } from './paste';
import { proofreadingSuite } from './proofreading';
import { publishingSuite } from './publishing';
import { startupSuite } from './startup';
import { storageSuite } from './storage';
import { typingSuite } from './typing';

/** Every suite `npm run bench` runs, in order. */
export const suites: Suite[] = [storageSuite, librarySuite, typingSuite, editorOpenSuite, startupSuite, memorySuite, pasteSuite, proofreadingSuite, publishingSuite];
