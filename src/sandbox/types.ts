import type { Language, SandboxReport, SourceFile } from '../core/index.js';

/** Resource limits of one sandboxed execution. */
export interface SandboxLimits {
  /** Wall-clock limit; the whole process group is killed when it passes. */
  wallTimeMs: number;
  /** CPU seconds (RLIMIT_CPU). */
  cpuSeconds: number;
  /** Memory in bytes. */
  memoryBytes: number;
  /** Maximum number of processes/threads. */
  maxProcesses: number;
  /** Largest file the code may write, in bytes (RLIMIT_FSIZE). */
  maxFileSizeBytes: number;
  maxOpenFiles: number;
  /** Cap on captured stdout and on stderr, each, in bytes. */
  maxOutputBytes: number;
}

export type ExecStatus = 'ok' | 'runtime_error' | 'timeout' | 'memory_limit' | 'output_limit' | 'killed';

/**
 * A host path made visible read-only inside the sandbox: a string binds it at the same path; `target` (relative to the
 * work directory) binds it there instead, which also works unsandboxed (there it becomes a symlink).
 */
export type ReadOnlyBind = string | { source: string; target: string };

/**
 * How `limits.memoryBytes` is enforced. `address-space`: RLIMIT_AS = memoryBytes (right for Python and native code).
 * `runtime`: the command enforces it itself (e.g. `node --max-old-space-size`), because runtimes such as V8 reserve far
 * more address space than they use; the sandbox then sets only a generous RLIMIT_AS ceiling. `cgroup`: a cgroup v1
 * memory cgroup per execution limits what the processes actually use (memory.limit_in_bytes, and memsw when swap is
 * accounted), with the same RLIMIT_AS ceiling as `runtime`; an OOM kill in it is status `memory_limit`. It needs root
 * and a writable cgroup v1 memory hierarchy; elsewhere `cgroup` falls back to `runtime`.
 */
export type MemoryLimitMode = 'address-space' | 'runtime' | 'cgroup';

export interface ExecRequest {
  /** Files written into the fresh work directory before the command runs. */
  files: SourceFile[];
  /** argv; the program is resolved inside the sandbox. */
  command: string[];
  /** Extra environment variables (the environment is otherwise scrubbed). */
  env?: Record<string, string>;
  stdin?: string;
  limits?: Partial<SandboxLimits>;
  /** Host paths to bind read-only (e.g. a toolchain outside /usr). */
  readOnlyBinds?: ReadOnlyBind[];
  /** Default `address-space`. */
  memoryLimit?: MemoryLimitMode;
  /**
   * Lines of stdout containing this marker are taken out of `stdout` and returned in `reportLines` (the text after the
   * marker), so a harness's report survives the output cap and never mixes with the program's own output.
   */
  reportMarker?: string;
  /** Work-directory files to read back after the run (regular files only, size-capped). */
  collect?: string[];
  /**
   * A compile phase before the run (with `reportMarker`): the execution may take this much more wall-clock time and
   * CPU time than `limits` give, but once the harness reports `{"event":"compiled"}` the rest of it (the program or
   * the tests) has `limits.wallTimeMs` from that moment. So a fast compile does not lend its spare time to the run.
   */
  compileAllowanceMs?: number;
}

export interface ExecResult {
  status: ExecStatus;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  limits: SandboxLimits;
  /** Files left in the work directory that the caller asked to collect (missing or unreadable ones are absent). */
  collected?: Record<string, string>;
  /** With `reportMarker`: the text after the marker of each marked stdout line, in order. */
  reportLines?: string[];
}

/** Runs one command in a fresh, isolated work directory. */
export interface Sandbox {
  exec(request: ExecRequest): Promise<ExecResult>;
  /** A one-line description of the isolation in use, for `aibaas doctor`. */
  describe(): string;
  /** The limits of a request that sets none. */
  readonly defaultLimits: Readonly<SandboxLimits>;
}

/** What a toolchain needs to run a task's tests against an answer. */
export interface TestRunInput {
  /** The answer, written as `solutionFile`. */
  solutionFile: string;
  solution: string;
  tests: SourceFile[];
  limits?: Partial<SandboxLimits>;
}

/** One program to compile (where the language compiles) and run, as `aibaas exec` does. */
export interface ProgramRunInput {
  source: string;
  /** The file name to use; default per language (`main.py`, `Main.java`, `main.go`, …). */
  fileName?: string;
  stdin?: string;
  limits?: Partial<SandboxLimits>;
}

/** Outcome of running one program: the execution statuses plus `compile_error`. */
export type ProgramStatus = ExecStatus | 'compile_error';

export interface ProgramRunResult {
  status: ProgramStatus;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  /** Compiler diagnostics (empty for interpreted languages or a clean compile). */
  compileOutput: string;
  limits: SandboxLimits;
  toolchainVersion: string;
}

/** One language: how to compile, run and test code in it, inside the sandbox. */
export interface Toolchain {
  language: Language;
  /** The toolchain's version string (e.g. `Python 3.11.7`), or null when it is not installed. */
  version(): Promise<string | null>;
  /** The Debian package (or other source) that provides it, for doctor messages. */
  providedBy: string;
  runTests(input: TestRunInput): Promise<SandboxReport>;
  /** Compiles (where the language compiles) and runs one program, in one sandboxed execution where possible. */
  runProgram(input: ProgramRunInput): Promise<ProgramRunResult>;
}
