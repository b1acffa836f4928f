import type { BenchRow } from './report';

export interface SuiteOptions {
  /** Small sizes that run in seconds: `npm test` runs the bench this way so it does not rot. */
  smoke: boolean;
  /** Progress lines (stderr), so a long run shows where it is. */
  log: (message: string) => void;
}

export interface Suite {
  name: string;
  run(options: SuiteOptions): Promise<BenchRow[]>;
}
