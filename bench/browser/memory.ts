import type { Page } from 'playwright-core';

export interface MemoryUse {
  /** JS heap in use after garbage collection, MB. */
  heapMB: number;
  /** Elements in the document. */
  elements: number;
}

/** Collects garbage (twice: the first pass frees what finalizers keep) and reads the tab's heap and DOM size over CDP. */
export async function measureMemory(page: Page): Promise<MemoryUse> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heapMB: usedSize / 1_048_576, elements };
  } finally {
    await cdp.detach();
  }
}
