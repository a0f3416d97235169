import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AibaasError, type SandboxReport } from '../../core/index.js';
import { JAVA_PROGRAM_SCRIPT, JAVA_TEST_SCRIPT, javaHarnessFiles } from '../harness/java-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { MemoryLimitMode, ProgramRunInput, ProgramRunResult, Sandbox, SandboxLimits, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { programResult } from './program.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link JavaToolchain}. */
export interface JavaToolchainOptions {
  /** The compiler; `java` is looked up next to it. Default /usr/bin/javac (Debian's default-jdk). */
  javacPath?: string;
  /** Extra wall-clock and CPU time for compiling (javac is a JVM too), added to the run's limits. Default 10 s. */
  javaCompileAllowanceMs?: number;
}

const BUILD_LOG = `${HARNESS_DIR}/build.log`;
const SCRIPT = `${HARNESS_DIR}/run.sh`;
const API_DIR = `${HARNESS_DIR}/java`;
const API_FILES = javaHarnessFiles(API_DIR);
/** Task files may not define the harness's classes (javac would see them twice). */
const RESERVED = API_FILES.map((file) => path.posix.basename(file.name));

/**
 * The JVM reserves far more address space than it uses (heap, code cache, class space), and cannot start under
 * RLIMIT_AS = 512 MiB, so Java runs in the `cgroup` memory mode: a memory cgroup limits what the JVM really uses (the
 * sandbox falls back to `runtime` without cgroups), and -Xmx (75%) keeps the heap below it, so a heap overflow is a
 * catchable OutOfMemoryError reported per test rather than a kill.
 */
const MEMORY_MODE: MemoryLimitMode = 'cgroup';

/**
 * The JVM's flags: heap about 75% of the memory limit (the rest is metaspace, code cache and thread stacks), a fast
 * start (serial GC, C1 only, no perf data), and few threads (one "processor": one GC and one compiler thread), well
 * inside the 64-process limit (a JVM runs ~12-15 threads, and javac's JVM has exited before the tests' one starts).
 */
export function jvmFlags(limits: SandboxLimits): string[] {
  const heapMiB = Math.max(16, Math.floor((limits.memoryBytes * 0.75) / (1024 * 1024)));
  return [`-Xmx${heapMiB}m`, '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xshare:auto', '-Xss1m', '-XX:-UsePerfData', '-XX:ActiveProcessorCount=1', '-XX:ReservedCodeCacheSize=64m'];
}

/** javac's own JVM: the same fast-start flags (and heap cap, so its young generation fits the memory cgroup). */
export function javacFlags(limits: SandboxLimits): string[] {
  return jvmFlags(limits).filter((flag) => !flag.startsWith('-Xss')).map((flag) => `-J${flag}`).concat('-J-Xss4m');
}

/**
 * Java 17: the answer (`Solution.java`, default package) and the task's test classes (`SolutionTest.java`, written
 * against the harness's small JUnit-like API: `@Test`, `@Disabled`, `Assert.*`; the `assert` keyword is off, so tests
 * must use Assert) are compiled with one javac together with the harness, then HarnessMain runs every `@Test` method
 * in the same sandbox execution. No Maven, no libraries: the JDK only.
 */
export class JavaToolchain implements Toolchain {
  readonly language = 'java' as const;
  readonly providedBy = 'default-jdk-headless (apt-get install default-jdk-headless)';
  private readonly javacPath: string;
  private readonly compileAllowanceMs: number;
  private versionCache: Promise<string | null> | null = null;
  private bindsCache: Promise<string[]> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: JavaToolchainOptions = {},
  ) {
    this.javacPath = options.javacPath ?? '/usr/bin/javac';
    this.compileAllowanceMs = options.javaCompileAllowanceMs ?? 10_000;
  }

  version(): Promise<string | null> {
    // `javac 17.0.9`.
    this.versionCache ??= commandOutput(this.javacPath, ['-version']).then((text) => text?.split('\n')[0]?.trim() || null);
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingJava(this.javacPath);
    const prepared = taskFiles(input, 'java', RESERVED);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const sources = prepared.files.filter((file) => file.name.endsWith('.java')).map((file) => file.name);
    const testClasses = prepared.files.slice(1).filter((file) => file.name.endsWith('.java')).map((file) => path.posix.basename(file.name, '.java'));
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [...prepared.files, ...API_FILES, { name: SCRIPT, content: JAVA_TEST_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT, jvmFlags(limits).join(' '), javacFlags(limits).join(' '), ...sources, ...API_FILES.map((file) => file.name), '--', ...testClasses],
      env: javaEnv(this.javacPath),
      readOnlyBinds: await this.binds(),
      memoryLimit: MEMORY_MODE,
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG],
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    const compileOutput = report.compileError !== null ? (result.collected?.[BUILD_LOG] ?? '') : '';
    return buildReport(result, report, version, compileOutput);
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    if (version === null) throw missingJava(this.javacPath);
    const fileName = input.fileName ?? 'Main.java';
    const className = path.posix.basename(fileName, '.java');
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [{ name: fileName, content: input.source }, { name: SCRIPT, content: JAVA_PROGRAM_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT, jvmFlags(limits).join(' '), javacFlags(limits).join(' '), fileName, className],
      env: javaEnv(this.javacPath),
      readOnlyBinds: await this.binds(),
      memoryLimit: MEMORY_MODE,
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      collect: [BUILD_LOG],
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    return programResult(result, parseHarnessReport(result.reportLines ?? []), result.collected?.[BUILD_LOG] ?? '', limits, version);
  }

  /** Debian's JDK keeps its configuration (conf/security...) as symlinks into /etc/java-N-openjdk: shown read-only. */
  private binds(): Promise<string[]> {
    this.bindsCache ??= readdir('/etc').then(
      (names) => names.filter((name) => /^java-\d+-openjdk$/.test(name)).map((name) => `/etc/${name}`),
      () => [],
    );
    return this.bindsCache;
  }
}

function javaEnv(javacPath: string): Record<string, string> {
  const bin = javacPath.slice(0, javacPath.lastIndexOf('/')) || '/usr/bin';
  // No JAVA_TOOL_OPTIONS / _JAVA_OPTIONS reach the sandbox (its environment is scrubbed).
  return { PATH: `${bin}:/usr/local/bin:/usr/bin:/bin` };
}

function missingJava(javacPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The Java toolchain is missing: ${javacPath} does not run.`, {
    fix: 'Install a JDK (apt-get install default-jdk), or set the Java compiler path (javacPath) to a javac the sandbox can read.',
  });
}
