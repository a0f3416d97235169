// The benchmarks: `npm run bench [-- <name>...] [--runs N] [--languages a,b] [--json]`; no name runs them all. A benchmark reports, it
// does not fail: the exit status is 0 unless the arguments are wrong or a benchmark cannot run at all.
import { parseArgs } from 'node:util';
import { providersBenchmark } from './providers.js';
import { sandboxBenchmark } from './sandbox.js';
import type { Benchmark, BenchResult } from './types.js';

/** Every benchmark by name; add new ones here. */
const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  sandbox: sandboxBenchmark,
  providers: providersBenchmark,
};

const USAGE = `usage: npm run bench -- [${Object.keys(BENCHMARKS).join('|')}]... [--runs N] [--languages a,b] [--json]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '15' }, languages: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  const unknown = positionals.filter((name) => !(name in BENCHMARKS));
  if (!Number.isSafeInteger(runs) || runs < 1 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `Unknown benchmark ${unknown.join(', ')}.` : `--runs must be a positive whole number, got ${values.runs}.`);
    console.error(USAGE);
    return 2;
  }
  const names = positionals.length > 0 ? positionals : Object.keys(BENCHMARKS);
  const results: BenchResult[] = [];
  for (const name of names) {
    const benchmark = BENCHMARKS[name] as Benchmark;
    const languages = values.languages?.split(',').map((name) => name.trim()).filter((name) => name !== '');
    results.push(await benchmark({ runs, ...(languages ? { languages } : {}), log: (message) => console.error(message) }));
  }
  if (values.json) console.log(JSON.stringify(Object.fromEntries(results.map((result) => [result.name, result.json])), null, 2));
  else for (const result of results) console.log(`${result.text}\n`);
  return 0;
}

process.exitCode = await main();
