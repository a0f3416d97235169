import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createExecution } from '../../config/index.js';
import { AibaasError, isLanguage, LANGUAGES } from '../../core/index.js';
import { getToolchain, type ProgramRunResult, type SandboxLimits } from '../../sandbox/index.js';
import type { CommandContext } from '../context.js';

/** The flags of `aibaas exec`; sizes in the units the flags name. */
export interface ExecOptions {
  language: string;
  json?: boolean;
  stdin?: string;
  /** Wall-clock limit, ms. */
  timeout?: number;
  /** CPU seconds. */
  cpu?: number;
  /** MiB. */
  memory?: number;
  processes?: number;
  /** MiB. */
  fileSize?: number;
  openFiles?: number;
  /** KiB, for stdout and for stderr each. */
  output?: number;
}

const MIB = 1024 * 1024;

/** The limits the flags set (the rest come from the config's sandbox.limits). */
export function limitsFromOptions(options: ExecOptions): Partial<SandboxLimits> {
  const limits: Partial<SandboxLimits> = {};
  const set = (flag: string, value: number | undefined, apply: (value: number) => void) => {
    if (value === undefined) return;
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new AibaasError('CONFIG_INVALID', `--${flag} must be a positive whole number, got ${value}.`, { fix: `Give --${flag} a value above 0 (see aibaas exec --help).` });
    }
    apply(value);
  };
  set('timeout', options.timeout, (value) => (limits.wallTimeMs = value));
  set('cpu', options.cpu, (value) => (limits.cpuSeconds = value));
  set('memory', options.memory, (value) => (limits.memoryBytes = value * MIB));
  set('processes', options.processes, (value) => (limits.maxProcesses = value));
  set('file-size', options.fileSize, (value) => (limits.maxFileSizeBytes = value * MIB));
  set('open-files', options.openFiles, (value) => (limits.maxOpenFiles = value));
  set('output', options.output, (value) => (limits.maxOutputBytes = value * 1024));
  return limits;
}

async function readInput(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AibaasError('EXEC_FILE_UNREADABLE', `The ${what} ${file} cannot be read (${reason}).`, {
      fix: `Check the path and its permissions; aibaas exec reads the ${what} from the host before running it in the sandbox.`,
    });
  }
}

/**
 * `aibaas exec --language <lang> <file>`: compiles (where the language compiles) and runs one program in the sandbox,
 * under the configured limits and those the flags set, and prints the outcome. Exits 0 whenever the program ran,
 * whatever its status; a file that cannot be read, an unknown language or a missing toolchain is an error.
 */
export async function execCommand(context: CommandContext, file: string, options: ExecOptions): Promise<number> {
  const language = options.language.trim().toLowerCase();
  if (!isLanguage(language)) {
    throw new AibaasError('CONFIG_INVALID', `--language ${options.language} is not a language AIBaaS knows.`, {
      fix: `Use one of: ${LANGUAGES.join(', ')}.`,
    });
  }
  const limits = limitsFromOptions(options);
  const source = await readInput(file, 'program file');
  const stdin = options.stdin === undefined ? undefined : await readInput(options.stdin, 'stdin file');
  const { toolchains } = createExecution(context.config, context.warn);
  const toolchain = getToolchain(toolchains, language);
  const result = await toolchain.runProgram({
    source,
    fileName: path.basename(file),
    limits,
    ...(stdin !== undefined ? { stdin } : {}),
  });
  const json = options.json ?? !context.stdout.isTTY;
  context.stdout.write(json ? `${JSON.stringify(execJson(language, file, result), null, 2)}\n` : summary(language, file, result));
  return 0;
}

function execJson(language: string, file: string, result: ProgramRunResult) {
  return {
    language,
    file,
    status: result.status,
    exitCode: result.exitCode,
    signal: result.signal,
    durationMs: Math.round(result.durationMs),
    stdout: result.stdout,
    stderr: result.stderr,
    stdoutTruncated: result.stdoutTruncated,
    stderrTruncated: result.stderrTruncated,
    compileOutput: result.compileOutput,
    limits: result.limits,
    toolchainVersion: result.toolchainVersion,
  };
}

function section(title: string, text: string, truncated = false): string {
  if (text === '' && !truncated) return '';
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  return `--- ${title}${truncated ? ' (truncated at the output limit)' : ''}\n${body}`;
}

function summary(language: string, file: string, result: ProgramRunResult): string {
  const exit = result.signal ? `signal ${result.signal}` : result.exitCode === null ? 'no exit code' : `exit ${result.exitCode}`;
  const { limits } = result;
  const head = `${result.status}  ${exit}  ${Math.round(result.durationMs)} ms  ${language} (${result.toolchainVersion})  ${file}\n`;
  const limitLine = `limits: ${limits.wallTimeMs} ms wall, ${limits.cpuSeconds} s CPU, ${Math.round(limits.memoryBytes / MIB)} MiB memory, ${limits.maxProcesses} processes, ${Math.round(limits.maxFileSizeBytes / MIB)} MiB files, ${limits.maxOpenFiles} open files, ${Math.round(limits.maxOutputBytes / 1024)} KiB output\n`;
  return head + limitLine + section('compiler', result.compileOutput) + section('stdout', result.stdout, result.stdoutTruncated) + section('stderr', result.stderr, result.stderrTruncated);
}
