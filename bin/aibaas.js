#!/usr/bin/env node
// The `aibaas` command: runs the compiled CLI from dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('aibaas is not built yet: run `npm run build` (or ./scripts/setup.sh) in the repository first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
