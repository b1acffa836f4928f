#!/usr/bin/env node
// The package's `midad` command: runs the TypeScript CLI through tsx so it works without a build.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
