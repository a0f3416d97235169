import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AibaasError, type SandboxReport } from '../../core/index.js';
import { NODE_REPORTER, TYPESCRIPT_PROGRAM_SCRIPT, TYPESCRIPT_RUN_SCRIPT, nodeEntry } from '../harness/node-harness.js';
import { commandOutput } from '../host-setup.js';
import { mergeLimits } from '../limits.js';
import type { ProgramRunInput, ProgramRunResult, ReadOnlyBind, Sandbox, TestRunInput, Toolchain } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { buildReport, harnessErrorReport } from './judge.js';
import { programResult } from './program.js';
import { HARNESS_DIR, NONCE_FILE, newReportMarker, taskFiles } from './run-input.js';

/** Options of {@link TypeScriptToolchain}. */
export interface TypeScriptToolchainOptions {
  /** Node.js binary used inside the sandbox. Default: the one running the service. */
  nodePath?: string;
  /**
   * Extra wall-clock and CPU time for type-checking and compiling, added to the run's limits (which are meant for
   * the tests themselves): tsc takes a few seconds to start. Default 10 s.
   */
  compileAllowanceMs?: number;
}

/** The packages tsc needs, found in this project's node_modules and bound read-only into the sandbox. */
interface Packages {
  typescript: string;
  typesNode: string;
  undiciTypes: string;
  typescriptVersion: string;
}

const LOG_FILE = `${HARNESS_DIR}/tsc.log`;
const MODULES = `${HARNESS_DIR}/node_modules`;
const MIB = 1024 * 1024;

/**
 * TypeScript on Node.js: the solution and tests are type-checked and compiled with tsc (strict, NodeNext), then the
 * compiled node:test files run with a reporting harness, both in one sandbox execution.
 */
export class TypeScriptToolchain implements Toolchain {
  readonly language = 'typescript' as const;
  readonly providedBy = 'Node.js 20 (apt-get install nodejs) with the typescript and @types/node packages (npm ci)';
  private readonly nodePath: string;
  private readonly compileAllowanceMs: number;
  private versionCache: Promise<string | null> | null = null;

  constructor(
    private readonly sandbox: Sandbox,
    options: TypeScriptToolchainOptions = {},
  ) {
    this.nodePath = options.nodePath ?? process.execPath;
    this.compileAllowanceMs = options.compileAllowanceMs ?? 10_000;
  }

  version(): Promise<string | null> {
    this.versionCache ??= this.findVersion();
    return this.versionCache;
  }

  private async findVersion(): Promise<string | null> {
    const packages = findPackages();
    const node = this.nodePath === process.execPath ? process.version : await commandOutput(this.nodePath, ['--version']);
    return packages && node ? `tsc ${packages.typescriptVersion} + node ${node}` : null;
  }

  async runTests(input: TestRunInput): Promise<SandboxReport> {
    const version = await this.version();
    const packages = findPackages();
    if (version === null || packages === null) throw missingTypeScript(this.nodePath);
    const prepared = taskFiles(input, 'ts', ['package.json', 'out']);
    if ('problem' in prepared) return harnessErrorReport(prepared.problem, version);
    const sources = prepared.files.filter((file) => file.name.endsWith('.ts'));
    const testModules = input.tests
      .filter((test) => test.name.endsWith('.ts'))
      .map((test) => ({ name: test.name, specifier: `../out/${test.name.replace(/\.ts$/, '.js')}` }));
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const marker = newReportMarker();
    const result = await this.sandbox.exec({
      files: [
        ...prepared.files,
        { name: 'package.json', content: '{ "type": "module" }\n' },
        { name: `${HARNESS_DIR}/run.sh`, content: TYPESCRIPT_RUN_SCRIPT },
        { name: `${HARNESS_DIR}/reporter.mjs`, content: NODE_REPORTER },
        { name: `${HARNESS_DIR}/entry.mjs`, content: nodeEntry(testModules) },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', `${HARNESS_DIR}/run.sh`, this.nodePath, String(Math.max(16, Math.floor(limits.memoryBytes / MIB))), ...sources.map((file) => file.name)],
      // V8 reserves far more address space than it uses: node enforces the memory limit (--max-old-space-size).
      memoryLimit: 'runtime',
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      readOnlyBinds: this.binds(packages),
      collect: [LOG_FILE],
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    const compileOutput = report.compileError !== null ? (result.collected?.[LOG_FILE] ?? '') : '';
    return buildReport(result, report, version, compileOutput);
  }

  async runProgram(input: ProgramRunInput): Promise<ProgramRunResult> {
    const version = await this.version();
    const packages = findPackages();
    if (version === null || packages === null) throw missingTypeScript(this.nodePath);
    const fileName = input.fileName ?? 'main.ts';
    const limits = mergeLimits(this.sandbox.defaultLimits, input.limits);
    const marker = newReportMarker();
    const result = await this.sandbox.exec({
      files: [
        { name: fileName, content: input.source },
        { name: 'package.json', content: '{ "type": "module" }\n' },
        { name: `${HARNESS_DIR}/run.sh`, content: TYPESCRIPT_PROGRAM_SCRIPT },
        { name: NONCE_FILE, content: marker },
      ],
      command: ['sh', `${HARNESS_DIR}/run.sh`, this.nodePath, String(Math.max(16, Math.floor(limits.memoryBytes / MIB))), fileName],
      memoryLimit: 'runtime',
      limits,
      compileAllowanceMs: this.compileAllowanceMs,
      reportMarker: marker,
      readOnlyBinds: this.binds(packages),
      collect: [LOG_FILE],
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    const report = parseHarnessReport(result.reportLines ?? []);
    return programResult(result, report, result.collected?.[LOG_FILE] ?? '', limits, version);
  }

  private binds(packages: Packages): ReadOnlyBind[] {
    const binds: ReadOnlyBind[] = [
      { source: packages.typescript, target: `${MODULES}/typescript` },
      { source: packages.typesNode, target: `${MODULES}/@types/node` },
      // @types/node imports undici-types; it resolves it from the node_modules above it.
      { source: packages.undiciTypes, target: `${MODULES}/undici-types` },
    ];
    // A node installed outside /usr (nvm, /opt) is shown at its own path.
    if (!this.nodePath.startsWith('/usr/')) binds.push(path.dirname(path.dirname(this.nodePath)));
    return binds;
  }
}

let packagesCache: Packages | null | undefined;

/** typescript, @types/node and undici-types as this project resolves them, or null when one is missing. */
function findPackages(): Packages | null {
  if (packagesCache !== undefined) return packagesCache;
  try {
    const require = createRequire(import.meta.url);
    const typescriptManifest = require.resolve('typescript/package.json');
    const typesNodeManifest = require.resolve('@types/node/package.json');
    const undiciManifest = createRequire(typesNodeManifest).resolve('undici-types/package.json');
    const { version } = JSON.parse(readFileSync(typescriptManifest, 'utf8')) as { version: string };
    packagesCache = {
      typescript: path.dirname(typescriptManifest),
      typesNode: path.dirname(typesNodeManifest),
      undiciTypes: path.dirname(undiciManifest),
      typescriptVersion: version,
    };
  } catch {
    packagesCache = null;
  }
  return packagesCache;
}

function missingTypeScript(nodePath: string): AibaasError {
  return new AibaasError('TOOLCHAIN_MISSING', `The TypeScript toolchain is missing: typescript or @types/node is not installed, or ${nodePath} does not run.`, {
    fix: 'Run `npm ci` in the AIBaaS directory (it installs typescript and @types/node) and use Node.js 20.',
  });
}
