// Runs electronegativity over one file or folder and prints its findings as JSON.
// Usage: node scripts/security/runElectronegativity.mjs <input> [CheckName,CheckName]
// It works fully offline: electronegativity fetches its message translations
// from the internet at start, so that fetch is answered "unavailable" here
// before it is made, and the bundled English messages are used.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [packageDir] });
const offline = () => Promise.reject(new Error('offline: translations are not fetched'));
const stub = new Module(gotPath);
stub.filename = gotPath;
stub.loaded = true;
stub.exports = Object.assign(offline, { default: offline });
require.cache[gotPath] = stub;

const run = require('@doyensec/electronegativity');

async function main() {
  const [input, exclude = ''] = process.argv.slice(2);
  if (!input) throw new Error('usage: runElectronegativity.mjs <input> [CheckName,…]');
  const log = console.log;
  console.log = () => undefined; // its own progress chatter would corrupt the JSON below
  const result = await run({
    input,
    excludeFromScan: exclude.split(',').filter(Boolean),
    isRelative: true,
    electronVersionOverride: require('electron/package.json').version,
  });
  console.log = log;
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }));
  process.stdout.write(
    `${JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }, null, 1)}\n`,
  );
}

main().catch((error) => {
  console.error(`electronegativity: ${error && error.message ? error.message : error}`);
  process.exit(2);
});
