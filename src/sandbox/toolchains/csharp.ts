import { access } from 'node:fs/promises';
import { AibaasError, type SandboxReport } from '../../core/index.js';
import { CSHARP_PROGRAM_SCRIPT, CSHARP_RUNNER, CSHARP_TEST_SCRIPT, CSHARP_XUNIT } from '../harness/csharp-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { MemoryLimitMode, ProgramRunInput, ProgramRunResult, Sandbox, SandboxLimits, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { programResult } from './program.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link CSharpToolchain}. */
export interface CSharpToolchainOptions {
  /** The compiler; `mono` is looked up next to it. Default /usr/bin/mcs (Debian's mono-mcs). */
  mcsPath?: string;
  /** Extra wall-clock and CPU time for compiling, added to the run's limits. Default 10 s. */
  csharpCompileAllowanceMs?: number;
}

const BUILD_LOG = `${HARNESS_DIR}/build.log`;
const SCRIPT = `${HARNESS_DIR}/run.sh`;
const XUNIT_FILE = `${HARNESS_DIR}/Xunit.cs`;
const RUNNER_FILE = `${HARNESS_DIR}/Runner.cs`;
/** Mono's configuration (machine.config, the assembly map), shown read-only when it exists. */
const MONO_ETC = '/etc/mono';

/**
 * Mono's runtime reserves more address space than it uses, so C# runs in the `cgroup` memory mode (a memory cgroup
 * limits real use; without cgroups the sandbox falls back to `runtime`), and the SGen heap is capped below it with
 * MONO_GC_PARAMS=max-heap-size, so a heap overflow is an OutOfMemoryException reported per test.
 */
const MEMORY_MODE: MemoryLimitMode = 'cgroup';

/**
 * C# on Mono (mcs: C# 7 at most): the answer (`Solution.cs`) and the task's tests (`SolutionTests.cs`, xUnit style:
 * `using Xunit;`, `[Fact]`, `Assert.Equal`...) are compiled with one mcs call together with the harness's small
 * xUnit-compatible layer and a reflection runner, then run with mono in the same sandbox execution. Debug.Assert does
 * not fail under Mono: tests must use Assert. No NuGet: the framework assemblies only. The .NET SDK (`dotnet`) is not
 * used: it is not installed on the machines AIBaaS targets, and Mono needs no project file or package restore.
 */
export class CSharpToolchain implements Toolchain {
  readonly language = 'csharp' as const;
  readonly providedBy = 'mono-mcs and mono-runtime (apt-get install mono-mcs mono-runtime)';
  private readonly mcsPath: string;
  private readonly compileAllowanceMs: number;
  private versionCache: Promise<string | null> | null = null;
  private bindsCache: Promise<string[]> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: CSharpToolchainOptions = {},
  ) {
    this.mcsPath = options.mcsPath ?? '/usr/bin/mcs';
    this.compileAllowanceMs = options.csharpCompileAllowanceMs ?? 10_000;
  }

  version(): Promise<string | null> {
    // `Mono C# compiler version 6.8.0.105` -> `mcs 6.8.0.105`.
    this.versionCache ??= commandOutput(this.mcsPath, ['--version']).then((text) => {
      const line = text?.split('\n')[0]?.trim();
      if (!line) return null;
      const number = line.match(/version\s+(\S+)/)?.[1];
      return number ? `mcs ${number}` : line;
    });
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingMono(this.mcsPath);
    const prepared = taskFiles(input, 'cs', []);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const sources = prepared.files.filter((file) => file.name.endsWith('.cs')).map((file) => file.name);
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [
        ...prepared.files,
        { name: XUNIT_FILE, content: CSHARP_XUNIT },
        { name: RUNNER_FILE, content: CSHARP_RUNNER },
        { name: SCRIPT, content: CSHARP_TEST_SCRIPT },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', SCRIPT, ...sources, XUNIT_FILE, RUNNER_FILE],
      env: monoEnv(this.mcsPath, limits),
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
    if (version === null) throw missingMono(this.mcsPath);
    const fileName = input.fileName ?? 'Program.cs';
    const marker = newReportMarker();
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const result = await this.sandbox.exec({
      files: [{ name: fileName, content: input.source }, { name: SCRIPT, content: CSHARP_PROGRAM_SCRIPT }, { name: NONCE_FILE, content: marker }],
      command: ['sh', SCRIPT, fileName],
      env: monoEnv(this.mcsPath, limits),
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

  private binds(): Promise<string[]> {
    this.bindsCache ??= access(MONO_ETC).then(() => [MONO_ETC], () => []);
    return this.bindsCache;
  }
}

/** PATH, and the SGen heap capped at about 75% of the memory limit (mcs runs on Mono too). */
function monoEnv(mcsPath: string, limits: SandboxLimits): Record<string, string> {
  const bin = mcsPath.slice(0, mcsPath.lastIndexOf('/')) || '/usr/bin';
  const heapMiB = Math.max(16, Math.floor((limits.memoryBytes * 0.75) / (1024 * 1024)));
  return { PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`, MONO_GC_PARAMS: `max-heap-size=${heapMiB}m` };
}

function missingMono(mcsPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The C# toolchain is missing: ${mcsPath} does not run.`, {
    fix: 'Install Mono (apt-get install mono-mcs mono-runtime), or set the C# compiler path (mcsPath) to an mcs the sandbox can read.',
  });
}
