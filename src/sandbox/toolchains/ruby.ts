import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { AibaasError, type SandboxReport } from '../../core/index.js';
import { RUBY_HARNESS, RUBY_PROGRAM_SCRIPT } from '../harness/ruby-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { ProgramRunInput, ProgramRunResult, ReadOnlyBind, Sandbox, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { programResult } from './program.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link RubyToolchain}. */
export interface RubyToolchainOptions {
  /** The interpreter. Default /usr/bin/ruby (Debian's ruby, Ruby 3.1 with minitest bundled). */
  rubyPath?: string;
}

const HARNESS_FILE = `${HARNESS_DIR}/harness.rb`;
const SCRIPT = `${HARNESS_DIR}/run.sh`;
const COMPILE_LOG = `${HARNESS_DIR}/compile.log`;

interface Interpreter {
  interpreter: string;
  /** Ruby options that make minitest loadable: `--disable-gems -I <minitest lib>` when it was found, else none. */
  minitestArgs: string[];
  binds: ReadOnlyBind[];
}

/**
 * Ruby: the answer (`solution.rb`) is syntax-checked, then the task's Minitest files (`class TestX < Minitest::Test`,
 * `require_relative 'solution'`) run in the sandbox through a reporting harness (harness/ruby-harness.ts).
 */
export class RubyToolchain implements Toolchain {
  readonly language = 'ruby' as const;
  readonly providedBy = 'ruby (apt-get install ruby)';
  private readonly rubyPath: string;
  private versionCache: Promise<string | null> | null = null;
  private interpreterCache: Promise<Interpreter> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: RubyToolchainOptions = {},
  ) {
    this.rubyPath = options.rubyPath ?? '/usr/bin/ruby';
  }

  version(): Promise<string | null> {
    // `ruby 3.1.2p20 (2022-04-12 revision 4491bb740a) [x86_64-linux-gnu]` -> `ruby 3.1.2p20`.
    this.versionCache ??= commandOutput(this.rubyPath, ['--version']).then((text) => text?.match(/^ruby \S+/)?.[0] ?? null);
    return this.versionCache;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    if (version === null) throw missingRuby(this.rubyPath);
    const prepared = taskFiles(input, 'rb', []);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const { interpreter, minitestArgs, binds } = await this.interpreter();
    const marker = newReportMarker();
    const [solution, ...tests] = prepared.files;
    const result = await this.sandbox.exec({
      files: [...prepared.files, { name: HARNESS_FILE, content: RUBY_HARNESS }, { name: NONCE_FILE, content: marker }],
      command: [interpreter, ...minitestArgs, HARNESS_FILE, solution?.name ?? '', ...tests.map((test) => test.name)],
      env: { LANG: 'C.UTF-8' },
      reportMarker: marker,
      readOnlyBinds: binds,
      ...(input.limits ? { limits: input.limits } : {}),
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    return buildReport(result, report, version, report.compileError ?? '');
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    if (version === null) throw missingRuby(this.rubyPath);
    const { interpreter, binds } = await this.interpreter();
    const fileName = input.fileName ?? 'main.rb';
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const marker = newReportMarker();
    const result = await this.sandbox.exec({
      files: [
        { name: fileName, content: input.source },
        { name: SCRIPT, content: RUBY_PROGRAM_SCRIPT },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', SCRIPT, interpreter, fileName],
      env: { LANG: 'C.UTF-8' },
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
   * The interpreter's real path, where minitest lives, and what to bind read-only when either is outside /usr (an
   * rbenv or /opt build): the sandbox shows only system directories otherwise. Worked out once per toolchain.
   */
  private interpreter(): Promise<Interpreter> {
    this.interpreterCache ??= (async () => {
      const real = await realpath(this.rubyPath).catch(() => this.rubyPath);
      const binds: ReadOnlyBind[] = real.startsWith('/usr/') ? [] : [path.dirname(path.dirname(real))];
      const feature = await commandOutput(real, ['-e', 'require "minitest"; print $LOADED_FEATURES.find { |f| f.end_with?("/minitest.rb") }']);
      let minitestArgs: string[] = [];
      if (feature?.endsWith('/minitest.rb') && path.isAbsolute(feature)) {
        const lib = path.dirname(feature);
        minitestArgs = ['--disable-gems', '-I', lib];
        if (!lib.startsWith('/usr/') && !binds.some((bind) => typeof bind === 'string' && lib.startsWith(`${bind}/`))) binds.push(lib);
      }
      return { interpreter: real, minitestArgs, binds };
    })();
    return this.interpreterCache;
  }
}

function missingRuby(rubyPath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The Ruby toolchain is missing: ${rubyPath} does not run.`, {
    fix: 'Install Ruby (apt-get install ruby), or pass the Ruby toolchain path (rubyPath) of a Ruby 3.1 interpreter.',
  });
}
