import { spawn } from 'node:child_process';
import { readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Language } from '../src/core/index.js';
import { BwrapSandbox, createToolchains, type TestRunInput, type Toolchain } from '../src/sandbox/index.js';
import { LANGUAGE_BENCHES, type LanguageBench } from './languages.js';
import { busyFraction, cpuTimes, median, round } from './stats.js';
import type { BenchOptions, BenchResult } from './types.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Executions per second at a given concurrency, and how busy the machine's CPUs were meanwhile. */
interface Throughput {
  executions: number;
  perSecond: number;
  /** Busy fraction of all CPUs (0..1) during the phase, from /proc/stat. */
  cpuBusy: number | null;
  /** perSecond relative to one execution at a time (1000 / median ms): about the number of cores kept busy. */
  speedup: number;
}

interface LanguageResult {
  language: Language;
  toolchainVersion: string;
  runs: number;
  sandboxedMs: number[];
  bareMs: number[];
  medianSandboxedMs: number;
  medianBareMs: number;
  /** Median of the per-pair ratios sandboxed / bare. */
  medianPairRatio: number;
  /** median sandboxed / median bare. */
  ratioOfMedians: number;
  concurrency: number;
  sandboxedThroughput: Throughput;
  bareThroughput: Throughput;
  /** Runs whose tests did not all pass (the fixture or the toolchain is broken; the timings then mean little). */
  failures: string[];
}

/** The sandbox benchmark: each wired-in toolchain's reference task, sandboxed vs bare (see bench/README.md). */
export async function sandboxBenchmark(options: BenchOptions): Promise<BenchResult> {
  const cores = availableParallelism();
  const sandbox = new BwrapSandbox({ concurrency: cores });
  await sandbox.check();
  const registry = createToolchains(sandbox);
  const results: LanguageResult[] = [];
  const skipped: string[] = [];
  for (const [language, toolchain] of Object.entries(registry) as [Language, Toolchain | undefined][]) {
    if (!toolchain || (options.languages && !options.languages.includes(language))) continue;
    const entry = LANGUAGE_BENCHES.find((bench) => bench.language === language);
    if (!entry) {
      skipped.push(`${language}: toolchain wired in but no entry in bench/languages.ts`);
      continue;
    }
    const version = await toolchain.version();
    if (version === null) {
      skipped.push(`${language}: toolchain not installed (${toolchain.providedBy})`);
      continue;
    }
    options.log(`sandbox: ${language} (${version}), ${options.runs} sandboxed + ${options.runs} bare runs, interleaved...`);
    try {
      results.push(await benchLanguage(entry, toolchain, version, options.runs, cores));
    } catch (error) {
      // A benchmark reports: a toolchain that cannot run the fixture is noted, not fatal.
      skipped.push(`${language}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { name: 'sandbox', text: render(results, skipped, sandbox.describe(), cores), json: { sandbox: sandbox.describe(), cores, languages: results, skipped } };
}

async function benchLanguage(entry: LanguageBench, toolchain: Toolchain, version: string, runs: number, cores: number): Promise<LanguageResult> {
  const input = await fixtureInput(entry);
  await entry.setUp?.();
  const failures: string[] = [];
  const sandboxed = async (): Promise<number> => {
    const started = performance.now();
    const report = await toolchain.runTests(input);
    const elapsed = performance.now() - started;
    if (report.status !== 'passed') failures.push(`sandboxed: ${report.status} (${report.passed} passed, ${report.failed} failed) ${report.compileOutput}${report.stderr}`.slice(0, 500));
    return elapsed;
  };
  const bare = async (): Promise<number> => {
    const started = performance.now();
    const problem = await runBare(entry, input);
    const elapsed = performance.now() - started;
    if (problem) failures.push(`bare: ${problem}`.slice(0, 500));
    return elapsed;
  };

  // Warm-up (page cache, lazy initialisation), not measured.
  await sandboxed();
  await bare();
  const sandboxedMs: number[] = [];
  const bareMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Alternate which goes first, so neither always follows the other.
    if (run % 2 === 0) {
      sandboxedMs.push(await sandboxed());
      bareMs.push(await bare());
    } else {
      bareMs.push(await bare());
      sandboxedMs.push(await sandboxed());
    }
  }
  const medianSandboxedMs = median(sandboxedMs);
  const medianBareMs = median(bareMs);
  const executions = Math.max(runs, cores * 4);
  const sandboxedThroughput = await throughput(sandboxed, executions, cores, medianSandboxedMs);
  const bareThroughput = await throughput(bare, executions, cores, medianBareMs);
  return {
    language: entry.language,
    toolchainVersion: version,
    runs,
    sandboxedMs: sandboxedMs.map((ms) => round(ms)),
    bareMs: bareMs.map((ms) => round(ms)),
    medianSandboxedMs: round(medianSandboxedMs),
    medianBareMs: round(medianBareMs),
    medianPairRatio: round(median(sandboxedMs.map((ms, index) => ms / (bareMs[index] as number))), 3),
    ratioOfMedians: round(medianSandboxedMs / medianBareMs, 3),
    concurrency: cores,
    sandboxedThroughput,
    bareThroughput,
    failures,
  };
}

/** Runs `execute` `executions` times, `concurrency` at once. */
async function throughput(execute: () => Promise<number>, executions: number, concurrency: number, serialMs: number): Promise<Throughput> {
  let next = 0;
  const before = cpuTimes();
  const started = performance.now();
  const worker = async () => {
    while (next < executions) {
      next += 1;
      await execute();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const busy = busyFraction(before, cpuTimes());
  const perSecond = executions / seconds;
  return { executions, perSecond: round(perSecond, 2), cpuBusy: busy === null ? null : round(busy, 2), speedup: round((perSecond * serialMs) / 1000, 2) };
}

async function fixtureInput(entry: LanguageBench): Promise<TestRunInput> {
  const dir = path.join(FIXTURES, entry.language);
  const read = (name: string) => readFile(path.join(dir, name), 'utf8');
  return {
    solutionFile: entry.solutionFile,
    solution: await read(entry.solutionFile),
    tests: await Promise.all(entry.testFiles.map(async (name) => ({ name, content: await read(name) }))),
  };
}

/** Writes the fixture into a fresh temp directory and runs the bare commands there; returns what failed, or null. */
async function runBare(entry: LanguageBench, input: TestRunInput): Promise<string | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibaas-bench-'));
  try {
    const files = [{ name: input.solutionFile, content: input.solution }, ...input.tests, ...(entry.bareFiles ?? [])];
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file.name)), { recursive: true });
      await writeFile(path.join(dir, file.name), file.content);
    }
    for (const command of entry.bareCommands({ dir })) {
      const { argv, stdin } = Array.isArray(command) ? { argv: command, stdin: '' } : command;
      const outcome = await run(argv, stdin, dir, entry.bareEnv?.({ dir }) ?? {});
      if (outcome.code !== 0) return `${argv.map((arg) => path.basename(arg)).join(' ')} exited ${String(outcome.code)}: ${outcome.output}`;
    }
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string[], stdin: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command;
    const child = spawn(file as string, args, { cwd, env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', TMPDIR: cwd, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8').slice(-400) }));
  });
}

function render(results: LanguageResult[], skipped: string[], description: string, cores: number): string {
  const lines = [`Sandbox benchmark: ${description}`, `${cores} cores; goal: sandboxed/bare <= 1.15`, ''];
  for (const result of results) {
    const s = result.sandboxedThroughput;
    const b = result.bareThroughput;
    const busy = (value: number | null) => (value === null ? '?' : `${Math.round(value * 100)}%`);
    lines.push(
      `${result.language} (${result.toolchainVersion}), ${result.runs} runs each`,
      `  median sandboxed ${result.medianSandboxedMs} ms, bare ${result.medianBareMs} ms`,
      `  ratio: median of pairs ${result.medianPairRatio.toFixed(3)}, of medians ${result.ratioOfMedians.toFixed(3)}`,
      `  throughput at concurrency ${result.concurrency}: sandboxed ${s.perSecond}/s (x${s.speedup} of serial, CPUs ${busy(s.cpuBusy)} busy), ` +
        `bare ${b.perSecond}/s (x${b.speedup}, CPUs ${busy(b.cpuBusy)} busy)`,
    );
    if (result.failures.length > 0) lines.push(`  ${result.failures.length} FAILED RUNS, e.g. ${result.failures[0] ?? ''}`);
    lines.push('');
  }
  for (const note of skipped) lines.push(`skipped ${note}`);
  const header = ['language', 'sandboxed ms', 'bare ms', 'ratio (pairs)', 'ratio (medians)', 'sbx exec/s', 'bare exec/s', 'goal <= 1.15'];
  const rows = results.map((result) => [
    result.language,
    String(result.medianSandboxedMs),
    String(result.medianBareMs),
    result.medianPairRatio.toFixed(3),
    result.ratioOfMedians.toFixed(3),
    String(result.sandboxedThroughput.perSecond),
    String(result.bareThroughput.perSecond),
    Math.max(result.medianPairRatio, result.ratioOfMedians) <= 1.15 ? 'met' : 'not met',
  ]);
  lines.push(...table(header, rows));
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}
