import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { AibaasError, type SandboxReport } from '../../core/index.js';
import { PYTHON_HARNESS, PYTHON_PROGRAM_SCRIPT } from '../harness/python-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { ProgramRunInput, ProgramRunResult, Sandbox, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { programResult } from './program.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link PythonToolchain}. */
export interface PythonToolchainOptions {
  /** The interpreter. Default /usr/bin/python3. Give the real binary, not a pyenv shim (a shell script). */
  pythonPath?: string;
}

const HARNESS_FILE = `${HARNESS_DIR}/harness.py`;
const COMPILE_LOG = `${HARNESS_DIR}/compile.log`;

/** Python 3: the solution is compiled, then the task's unittest files run in the sandbox through a reporting harness. */
export class PythonToolchain implements Toolchain {
  readonly language = 'python' as const;
  readonly providedBy = 'python3 (apt-get install python3)';
  private readonly pythonPath: string;
  private versionCache: Promise<string | null> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: PythonToolchainOptions = {},
  ) {
    this.pythonPath = options.pythonPath ?? '/usr/bin/python3';
  }

  version(): Promise<string | null> {
    this.versionCache ??= commandOutput(this.pythonPath, ['--version']);
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingPython(this.pythonPath);
    const prepared = taskFiles(input, 'py', []);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const { interpreter, binds } = await this.interpreter();
    const marker = newReportMarker();
    const [solution, ...tests] = prepared.files;
    const result = await this.sandbox.exec({
      files: [...prepared.files, { name: HARNESS_FILE, content: PYTHON_HARNESS }, { name: NONCE_FILE, content: marker }],
      // -I: no PYTHON* variables, no user site, no script directory on sys.path; -B: no .pyc files.
      command: [interpreter, '-I', '-B', HARNESS_FILE, solution?.name ?? '', ...tests.map((test) => test.name)],
      reportMarker: marker,
      readOnlyBinds: binds,
      ...(input.limits ? { limits: input.limits } : {}),
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    return buildReport(result, report, version, report.compileError ?? '');
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    if (version === null) throw missingPython(this.pythonPath);
    const { interpreter, binds } = await this.interpreter();
    const fileName = input.fileName ?? 'main.py';
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const marker = newReportMarker();
    const result = await this.sandbox.exec({
      files: [
        { name: fileName, content: input.source },
        { name: `${HARNESS_DIR}/run.sh`, content: PYTHON_PROGRAM_SCRIPT },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', `${HARNESS_DIR}/run.sh`, interpreter, fileName],
      limits,
      reportMarker: marker,
      readOnlyBinds: binds,
      collect: [COMPILE_LOG],
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    return programResult(result, report, result.collected?.[COMPILE_LOG] ?? '', limits, version);
  }

  /**
   * The interpreter's real path, and its installation bound read-only when it lives outside /usr (a pyenv or
   * /opt build): the sandbox shows only system directories otherwise.
   */
  private async interpreter(): Promise<{ interpreter: string; binds: string[] }> {
    const real = await realpath(this.pythonPath).catch(() => this.pythonPath);
    if (real.startsWith('/usr/')) return { interpreter: this.pythonPath, binds: [] };
    return { interpreter: real, binds: [path.dirname(path.dirname(real))] };
  }
}

function missingPython(pythonPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The Python toolchain is missing: ${pythonPath} does not run.`, {
    fix: 'Install python3 (apt-get install python3), or set sandbox.pythonPath (AIBAAS_PYTHON) to a Python 3.11 interpreter.',
  });
}
