import { AibaasError, type SandboxReport, type TestCaseResult } from '../../core/index.js';
import { RUST_PROGRAM_SCRIPT, RUST_TEST_SCRIPT, rustCrateRoot } from '../harness/rust-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { MemoryLimitMode, ProgramRunInput, ProgramRunResult, Sandbox, TestRunInput, Toolchain } from '../types.js';
import { programResult } from './program.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link RustToolchain}. */
export interface RustToolchainOptions {
  /** The compiler. Default /usr/bin/rustc (Debian's rustc; a rustup install under /root is unreadable to the sandbox). */
  rustcPath?: string;
  /** Extra wall-clock and CPU time for compiling, added to the run's limits. Default 15 s. */
  rustCompileAllowanceMs?: number;
  /** rustc's -C opt-level for tests and programs. Default '1' (plain debug builds make tight loops very slow). */
  rustOptLevel?: '0' | '1' | '2' | '3';
}

const BUILD_LOG = `${HARNESS_DIR}/build.log`;
const FAILURES_LOG = `${HARNESS_DIR}/failures.log`;
const SCRIPT = `${HARNESS_DIR}/run.sh`;
const CRATE_ROOT = `${HARNESS_DIR}/crate.rs`;
const MESSAGE_LIMIT = 2000;
/**
 * rustc (LLVM) reserves more address space than RLIMIT_AS = 512 MiB leaves it, so Rust runs use the `runtime` memory
 * mode (RLIMIT_AS = memory + 4 GiB headroom); until the cgroup mode lands, a test's memory is bounded by that ceiling.
 */
const MEMORY_MODE: MemoryLimitMode = 'cgroup';

/**
 * Rust: the answer (`solution.rs`) becomes module `solution` of a generated crate root that pastes in the task's test
 * files (`#[cfg(test)] mod tests { use super::*; #[test] fn ... }`); rustc --test builds it and each test runs in
 * its own process of the test binary, all in one sandbox execution. No cargo, no crates: the standard library only.
 */
export class RustToolchain implements Toolchain {
  readonly language = 'rust' as const;
  readonly providedBy = 'rustc (apt-get install rustc)';
  private readonly rustcPath: string;
  private readonly compileAllowanceMs: number;
  private readonly optLevel: string;
  private versionCache: Promise<string | null> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: RustToolchainOptions = {},
  ) {
    this.rustcPath = options.rustcPath ?? '/usr/bin/rustc';
    this.compileAllowanceMs = options.rustCompileAllowanceMs ?? 15_000;
    this.optLevel = options.rustOptLevel ?? '1';
  }

  version(): Promise<string | null> {
    // `rustc 1.63.0` (Debian prints no commit hash).
    this.versionCache ??= commandOutput(this.rustcPath, ['--version']).then((text) => text?.split('\n')[0]?.trim() || null);
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingRust(this.rustcPath);
    const prepared = taskFiles(input, 'rs', []);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const [solution, ...tests] = prepared.files;
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [
        ...prepared.files,
        { name: CRATE_ROOT, content: rustCrateRoot(solution?.name ?? '', tests.filter((test) => test.name.endsWith('.rs')).map((test) => test.name)) },
        { name: SCRIPT, content: RUST_TEST_SCRIPT },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', SCRIPT, this.optLevel],
      env: rustEnv(this.rustcPath),
      memoryLimit: MEMORY_MODE,
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG, FAILURES_LOG],
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    const failures = result.collected?.[FAILURES_LOG] ?? '';
    report.tests = report.tests.map((test) => withMessage(test, failures));
    const compileOutput = report.compileError !== null ? (result.collected?.[BUILD_LOG] ?? '') : '';
    return buildReport({ ...result, stdout: `${result.stdout}${failures}` }, report, version, compileOutput);
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    if (version === null) throw missingRust(this.rustcPath);
    const fileName = input.fileName ?? 'main.rs';
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [{ name: fileName, content: input.source }, { name: SCRIPT, content: RUST_PROGRAM_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT, this.optLevel, fileName],
      env: rustEnv(this.rustcPath),
      memoryLimit: MEMORY_MODE,
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG],
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    return programResult(result, parseHarnessReport(result.reportLines ?? []), result.collected?.[BUILD_LOG] ?? '', limits, version);
  }
}

function rustEnv(rustcPath: string): Record<string, string> {
  const bin = rustcPath.slice(0, rustcPath.lastIndexOf('/')) || '/usr/bin';
  // RUST_BACKTRACE=0: short panic messages; RUST_TEST_THREADS: one test at a time even if the flag is dropped.
  return { PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`, RUST_BACKTRACE: '0', RUST_TEST_THREADS: '1', CARGO_HOME: '/tmp/cargo' };
}

/** A failed test with its section of failures.log (libtest's output for it) as the message. */
function withMessage(test: TestCaseResult, failures: string): TestCaseResult {
  if (test.outcome !== 'failed' || test.message !== undefined) return test;
  const header = `==== ${test.name}\n`;
  const start = failures.indexOf(header);
  if (start < 0) return test;
  const rest = failures.slice(start + header.length);
  const end = rest.indexOf('\n==== ');
  const section = (end < 0 ? rest : rest.slice(0, end)).trim();
  // libtest's own framing says little; the panic message sits in the `---- name stdout ----` section.
  const detail = section.match(/---- \S+ stdout ----\n([\s\S]*?)(\n\nfailures:|$)/)?.[1]?.trim() ?? section;
  return detail === '' ? test : { ...test, message: detail.length <= MESSAGE_LIMIT ? detail : `${detail.slice(0, MESSAGE_LIMIT)}...` };
}

function missingRust(rustcPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The Rust toolchain is missing: ${rustcPath} does not run.`, {
    fix: 'Install rustc (apt-get install rustc), or set the Rust compiler path (rustcPath) to a rustc the sandbox can read (not one under /root).',
  });
}
