import type { TestProject } from 'vitest/node';
import { bringUpWordPress, tearDownWordPress, type WordPressSite } from './wordpressSite';

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: WordPressSite;
  }
}

/** One WordPress for the whole `wordpress` project, torn down at the end of the run. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const site = await bringUpWordPress();
  console.log(`WordPress ${site.version} up at ${site.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('wordpress', site);
  return () => tearDownWordPress(site);
}
