#!/usr/bin/env node
// The `habar` command: registers tsx (as `node --import tsx` does), then runs the TypeScript CLI.
import 'tsx';

await import('../src/cli/main.ts');
