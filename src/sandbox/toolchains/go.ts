import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AibaasError, type SandboxReport, type TestCaseResult } from '../../core/index.js';
import { GO_PROGRAM_SCRIPT, GO_TEST_SCRIPT } from '../harness/go-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { ProgramRunInput, ReadOnlyBind, ProgramRunResult, Sandbox, SandboxLimits, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport, type HarnessReport } from './harness-report.js';
import { programResult } from './program.js';

import { buildReport, harnessErrorReport, REPORT_TEXT_LIMIT } from './judge.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link GoToolchain}. */
export interface GoToolchainOptions {
  /** The go command. Default /usr/bin/go (Debian's golang-go). */
  goPath?: string;
  /**
   * Extra wall-clock and CPU time for compiling, added to the run's limits (which are meant for the tests
   * themselves). Default 10 s.
   */
  compileAllowanceMs?: number;
}

const BUILD_LOG = `${HARNESS_DIR}/build.log`;
const SCRIPT = `${HARNESS_DIR}/run.sh`;
const SEED_DIR = `${HARNESS_DIR}/go-seed`;
const MESSAGE_LIMIT = 2000;

/**
 * Go: the answer (`solution.go`, package `solution`) and the task's `_test.go` files (standard `testing` tests,
 * subtests included) are compiled with `go test -c` and run under test2json, in one sandbox execution. GOPATH mode
 * (GO111MODULE=off), no proxy, no cgo: only the standard library is available.
 */
export class GoToolchain implements Toolchain {
  readonly language = 'go' as const;
  readonly providedBy = 'golang-go (apt-get install golang-go)';
  private readonly goPath: string;
  private readonly compileAllowanceMs: number;
  private versionCache: Promise<string | null> | null = null;
  private seedCache: Promise<string | null> | null = null;
  private wideSeedCache: Promise<string | null> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: GoToolchainOptions = {},
  ) {
    this.goPath = options.goPath ?? '/usr/bin/go';
    this.compileAllowanceMs = options.compileAllowanceMs ?? 10_000;
  }

  version(): Promise<string | null> {
    // `go version go1.19.8 linux/amd64` -> `go1.19.8`.
    this.versionCache ??= commandOutput(this.goPath, ['version']).then((text) => text?.match(/\bgo\d+(\.\d+)*\S*/)?.[0] ?? null);
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingGo(this.goPath);
    const prepared = taskFiles(input, 'go', []);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [...prepared.files, { name: SCRIPT, content: GO_TEST_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT],
      ...(await this.seedBinds()),
      env: goEnv(this.goPath, limits),
      memoryLimit: 'cgroup',
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG],
    });
    const { report, output } = parseGoReport(result.reportLines ?? []);
    const compileOutput = report.compileError !== null ? (result.collected?.[BUILD_LOG] ?? '') : '';
    // The test binary's own output reached the host only inside test2json events: show it as the run's stdout.
    return buildReport({ ...result, stdout: `${result.stdout}${output}` }, report, version, compileOutput);
  }

  /**
   * The seed build cache bound read-only at `.aibaas/go-seed`, when it could be built. Code that imports packages
   * beyond the common ones (net/http, crypto, database/sql… in security modules) gets a wider seed, built on first
   * need: compiling net/http from a cold cache takes the sandbox half a minute.
   */
  private async seedBinds(source?: string): Promise<{ readOnlyBinds?: ReadOnlyBind[] }> {
    const wide = source !== undefined && goImports(source).some((name) => !SEED_PACKAGES.includes(name));
    const seed = wide ? await (this.wideSeedCache ??= buildSeedCache(this.goPath, WIDE_SEED_PACKAGES)) : await (this.seedCache ??= buildSeedCache(this.goPath, SEED_PACKAGES));
    return seed === null ? {} : { readOnlyBinds: [{ source: seed, target: SEED_DIR }] };
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    if (version === null) throw missingGo(this.goPath);
    const fileName = input.fileName ?? 'main.go';
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [{ name: fileName, content: input.source }, { name: SCRIPT, content: GO_PROGRAM_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT, `./${fileName}`],
      ...(await this.seedBinds(input.source)),
      env: goEnv(this.goPath, limits),
      memoryLimit: 'cgroup',
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG],
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    return programResult(result, parseHarnessReport(result.reportLines ?? []), result.collected?.[BUILD_LOG] ?? '', limits, version);
  }
}

/**
 * A build cache with the standard library's common packages, built once per process on the host: with a cold cache
 * `go test -c` takes ~2.5 s instead of ~0.5 s. The run script copies it into the sandbox's writable /tmp cache. The
 * cache only speeds builds up (go checks every entry's inputs), so a missing seed just makes runs slower.
 */
const SEED_PACKAGES: readonly string[] = ['errors', 'fmt', 'math', 'sort', 'strconv', 'strings'];
const WIDE_SEED_PACKAGES: readonly string[] = [
  ...SEED_PACKAGES, 'bytes', 'compress/gzip', 'crypto/aes', 'crypto/cipher', 'crypto/hmac', 'crypto/md5', 'crypto/rand', 'crypto/sha1',
  'crypto/sha256', 'crypto/subtle', 'database/sql', 'encoding/base64', 'encoding/binary', 'encoding/gob', 'encoding/hex', 'encoding/json',
  'html', 'html/template', 'io', 'net', 'net/http', 'net/mail', 'net/url', 'os', 'os/exec', 'path/filepath', 'regexp', 'sync', 'time', 'unicode',
];

/** The import paths of a Go source file (single imports and import blocks). */
export function goImports(source: string): string[] {
  const blocks = [...source.matchAll(/^import\s*\(([\s\S]*?)\)/gm)].flatMap((match) => [...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
  const single = [...source.matchAll(/^import\s+(?:\w+\s+)?"([^"]+)"/gm)].map((match) => match[1]!);
  return [...blocks, ...single];
}

async function buildSeedCache(goPath: string, packages: readonly string[]): Promise<string | null> {
  try {
    const dir = await mkdtemp(path.join(tmpdir(), 'aibaas-go-seed-'));
    const pkg = path.join(dir, 'pkg');
    const cache = path.join(dir, 'cache');
    await mkdir(pkg);
    // Blank imports compile each package into the cache without having to use it.
    await writeFile(path.join(pkg, 'seed.go'), `package seed\n\nimport (\n${packages.map((name) => `\t_ "${name}"\n`).join('')})\n`);
    await writeFile(path.join(pkg, 'seed_test.go'), 'package seed\n\nimport "testing"\n\nfunc TestSeed(t *testing.T) {}\n');
    const env = { ...goEnv(goPath, { memoryBytes: 512 * 1024 * 1024 } as SandboxLimits), HOME: dir, GOCACHE: cache, GOPATH: path.join(dir, 'gopath'), GOTMPDIR: dir };
    await new Promise<void>((resolve, reject) => {
      execFile(goPath, ['test', '-c', '-o', path.join(dir, 'seed.test'), '.'], { cwd: pkg, env, timeout: 120_000 }, (error) => (error ? reject(error) : resolve()));
    });
    // Readable by the sandbox's uids.
    await chmodTree(dir);
    return cache;
  } catch {
    return null;
  }
}

async function chmodTree(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(full);
    else await chmod(full, 0o644);
  }
}

/**
 * The environment of the go command in the sandbox: no modules, no network, caches in the private /tmp. The Go runtime
 * reserves far more address space at start than RLIMIT_AS = 512 MiB allows ("failed to reserve page summary memory"),
 * so runs use the `runtime` memory mode and GOMEMLIMIT (a soft limit: the garbage collector works harder near it).
 */
function goEnv(goPath: string, limits: SandboxLimits): Record<string, string> {
  const bin = goPath.slice(0, goPath.lastIndexOf('/')) || '/usr/bin';
  return {
    PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
    GOCACHE: '/tmp/go-cache',
    GOPATH: '/tmp/go-path',
    GOTMPDIR: '/tmp',
    GO111MODULE: 'off',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOFLAGS: '',
    CGO_ENABLED: '0',
    GOTELEMETRY: 'off',
    GOMEMLIMIT: String(limits.memoryBytes),
  };
}



interface GoEvent {
  Action?: unknown;
  Test?: unknown;
  Output?: unknown;
}

interface TestState {
  outcome: TestCaseResult['outcome'] | null;
  output: string;
}

/**
 * The report of a Go test run from its marked lines: the script's `compiled`/`compile_error` events, then test2json
 * events. Tests are reported by full name (`TestA/sub`); a parent test is left out when its subtests report (its
 * outcome is theirs), unless it failed while they all passed. A test that started but never finished (a panic ended
 * the binary) is an error; tests after it never ran and are not reported. The package's final pass/fail event is the
 * `done`, or the script's `ended` once a test failed (a panic ends the binary without the package's event). `output` is the test binary's output.
 */
export function parseGoReport(lines: readonly string[]): { report: HarnessReport; output: string } {
  const protocol: string[] = [];
  const tests = new Map<string, TestState>();
  let output = '';
  let done = false;
  let ended = false;
  let garbled = false;
  for (const line of lines) {
    const event = parseEvent(line);
    if (event === null) {
      garbled = true;
      continue;
    }
    if ('event' in event) {
      if (event.event === 'ended') ended = true;
      else protocol.push(line);
      continue;
    }
    const { Action: action, Test: test, Output: text } = event;
    if (typeof action !== 'string') {
      garbled = true;
      continue;
    }
    if (action === 'output' && typeof text === 'string') {
      if (output.length < 4 * REPORT_TEXT_LIMIT) output += text;
      if (typeof test === 'string') {
        const state = stateOf(tests, test);
        if (state.output.length < 4 * MESSAGE_LIMIT && !/^\s*(=== (RUN|PAUSE|CONT)|--- (PASS|FAIL|SKIP):)/.test(text)) state.output += text;
      }
      continue;
    }
    if (typeof test !== 'string') {
      if (action === 'pass' || action === 'fail' || action === 'skip') done = true;
      continue;
    }
    const state = stateOf(tests, test);
    if (action === 'pass') state.outcome = 'passed';
    else if (action === 'fail') state.outcome = 'failed';
    else if (action === 'skip') state.outcome = 'skipped';
  }
  const report = parseHarnessReport(protocol);
  report.garbled ||= garbled;
  report.tests = goTests(tests);
  // A panic ends the binary before the package's event: the run still finished if a test failed for it.
  report.done = done || (ended && report.tests.some((test) => test.outcome === 'failed' || test.outcome === 'error'));
  return { report, output };
}

function goTests(tests: Map<string, TestState>): TestCaseResult[] {
  const results: TestCaseResult[] = [];
  for (const [name, state] of tests) {
    const children = [...tests.entries()].filter(([other]) => other.startsWith(`${name}/`));
    if (children.length > 0) {
      const explained = children.some(([, child]) => child.outcome !== 'passed');
      if (explained || state.outcome === 'passed' || state.outcome === 'skipped') continue;
    }
    const outcome = state.outcome ?? 'error';
    const result: TestCaseResult = { name, outcome };
    const message = state.outcome === null ? `${state.output}\nThe test did not finish: the test binary stopped (a panic, os.Exit or a limit).` : state.output;
    if (outcome !== 'passed' && message.trim() !== '') result.message = clip(message.trim());
    results.push(result);
  }
  return results;
}

function stateOf(tests: Map<string, TestState>, name: string): TestState {
  let state = tests.get(name);
  if (!state) {
    state = { outcome: null, output: '' };
    tests.set(name, state);
  }
  return state;
}

function parseEvent(line: string): (GoEvent & { event?: unknown }) | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as GoEvent) : null;
  } catch {
    return null;
  }
}

function clip(text: string): string {
  return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT)}...`;
}

function missingGo(goPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The Go toolchain is missing: ${goPath} does not run.`, {
    fix: 'Install Go (apt-get install golang-go), or set the Go toolchain path (goPath) to a go binary.',
  });
}
