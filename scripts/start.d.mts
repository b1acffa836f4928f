/** Types of what `start.mjs` exports for its test. */
export function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | undefined;
