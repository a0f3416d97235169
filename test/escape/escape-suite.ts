import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/core/index.js';
import { BwrapSandbox, createToolchains, type ProgramRunInput, type ProgramRunResult, type ProgramStatus, type Toolchain } from '../../src/sandbox/index.js';
import { processesOfUid } from '../../src/sandbox/uid-processes.js';
import { runCli } from '../e2e/cli-helpers.js';
import { ATTACKS, type AttackPrograms } from './attacks.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const CONCURRENCY = 2;
const UID_OFFSETS: Partial<Record<Language, number>> = { python: 0, ruby: 1, go: 2, rust: 3, typescript: 4, java: 5, csharp: 6 };

/** Host processes whose command line contains `token`. */
function processesWith(token: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(token);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

const unique = () => randomBytes(8).toString('hex');

/** The program file name `aibaas exec` is given when the attacks do not name one. */
const CLI_FILE_NAMES: Partial<Record<Language, string>> = { python: 'attack.py', ruby: 'attack.rb', go: 'main.go', rust: 'main.rs', typescript: 'attack.ts' };

/**
 * The escape suite of one language: each attack of ATTACKS[language] runs through the toolchain's runProgram in a real
 * bubblewrap sandbox, and the test checks the status, that the attack had no effect, and that the host is unchanged
 * (no process of the slot uids left, no file left in the sandbox's tmp root). One file per language, so the languages
 * run in parallel while the tests of one language run one after another (the process checks are then exact).
 *
 * With `via: 'cli'` every attack is written to a file and run by `aibaas exec` (the built CLI, as users run it), with
 * the limits as flags; the uid check is then left out (the CLI's slots use the default uids, shared with other test
 * files), the other checks stay.
 */
export function defineEscapeSuite(language: Language, options: { via?: 'toolchain' | 'cli' } = {}): void {
  const viaCli = options.via === 'cli';
  const found = ATTACKS[language];
  if (!found) throw new Error(`No attack programs for ${language}`);
  const programs: AttackPrograms = found;
  const secretValue = `sk-escape-${unique()}`;
  process.env.AIBAAS_ESCAPE_API_KEY = secretValue;
  // A random uid range per file and run, clear of the other test files' ranges.
  const uidBase = 80_000 + 1000 * (UID_OFFSETS[language] ?? 9) + CONCURRENCY * Math.floor(Math.random() * 400);
  const tmpRoot = mkdtempSync(path.join(tmpdir(), `aibaas-escape-${language}-`));
  chmodSync(tmpRoot, 0o711);
  const sandbox = new BwrapSandbox({ concurrency: CONCURRENCY, uidBase, tmpRoot });
  // The default compile allowance for TypeScript and Go (10 s; tsc alone takes 2-8 s on a loaded machine), a shorter
  // one for Rust (default 15 s). An attack that hangs lasts its limit plus the allowance, less the compile time.
  const registry = createToolchains(sandbox, { compileAllowanceMs: 10_000, rustCompileAllowanceMs: 10_000 });
  const toolchain: Toolchain | undefined = registry[language];
  if (!toolchain) throw new Error(`No toolchain for ${language} in createToolchains`);
  const created: string[] = [];
  const cliDir = viaCli ? mkdtempSync(path.join(tmpdir(), `aibaas-escape-cli-${language}-`)) : '';
  const run = (source: string, extra: Partial<ProgramRunInput> = {}): Promise<ProgramRunResult> =>
    viaCli
      ? runViaCli(source, extra)
      : toolchain.runProgram({ source, ...(programs.fileName ? { fileName: programs.fileName } : {}), ...extra });

  async function runViaCli(source: string, extra: Partial<ProgramRunInput>): Promise<ProgramRunResult> {
    const dir = mkdtempSync(path.join(cliDir, 'attack-'));
    const file = path.join(dir, programs.fileName ?? CLI_FILE_NAMES[language] ?? 'attack');
    writeFileSync(file, source);
    const limits = extra.limits ?? {};
    const flags = [
      ...(limits.wallTimeMs ? ['--timeout', String(limits.wallTimeMs)] : []),
      ...(limits.cpuSeconds ? ['--cpu', String(limits.cpuSeconds)] : []),
      ...(limits.memoryBytes ? ['--memory', String(limits.memoryBytes / (1024 * 1024))] : []),
      ...(limits.maxProcesses ? ['--processes', String(limits.maxProcesses)] : []),
      ...(limits.maxFileSizeBytes ? ['--file-size', String(limits.maxFileSizeBytes / (1024 * 1024))] : []),
    ];
    // The secret reaches the CLI's environment as a provider key would; TMPDIR puts its work dirs in tmpRoot.
    const env = { AIBAAS_ESCAPE_API_KEY: secretValue, OPENAI_API_KEY: secretValue, TMPDIR: tmpRoot, AIBAAS_DATA_DIR: path.join(cliDir, 'data') };
    const result = await runCli(['exec', '--language', language, file, ...flags], env);
    if (result.code !== 0) throw new Error(`aibaas exec exited ${String(result.code)}: ${result.stderr}`);
    return JSON.parse(result.stdout) as ProgramRunResult;
  }

  const slotProcesses = async () => (await Promise.all(Array.from({ length: CONCURRENCY }, (_, slot) => processesOfUid(uidBase + slot)))).flat();

  /** A secret file readable by anyone on the host (mode 0644), so only the sandbox can keep it from the attack. */
  function secretFile(dir: string): { file: string; content: string } {
    const file = path.join(dir, `aibaas-secret-${unique()}`);
    const content = `secret-${unique()}`;
    writeFileSync(file, content, { mode: 0o644 });
    created.push(file);
    return { file, content };
  }

  /** Test name -> status and duration of its runs, printed after the suite (the escape matrix of the language). */
  const matrix: string[] = [];

  function expectStatus(result: ProgramRunResult, allowed: ProgramStatus[]): void {
    matrix.push(`${language} | ${expect.getState().currentTestName ?? '?'} | ${result.status} | ${Math.round(result.durationMs)} ms`);
    expect(allowed, `status ${result.status}; stdout ${result.stdout.slice(0, 300)}; stderr ${result.stderr.slice(0, 300)}; compile ${result.compileOutput.slice(0, 300)}`).toContain(result.status);
  }

  /** A limit attack's status, and that it ran (it printed `started`), so a compile cut short does not pass for it. */
  function expectContained(result: ProgramRunResult, allowed: ProgramStatus[]): void {
    expectStatus(result, allowed);
    if (programs.announcesStart) expect(result.stdout, `stderr ${result.stderr.slice(0, 300)}`).toMatch(/^started$/m);
  }

  describe(`escape attempts in ${language}`, () => {
    beforeAll(async () => {
      await sandbox.check();
      // Warm up (Go's seed cache, version probes), so the first attack's limits measure the attack.
      await toolchain.version();
    });

    afterEach(async () => {
      // Nothing of the slot uids survives a run, and nothing is left in the sandbox's tmp root.
      if (!viaCli) expect(await slotProcesses()).toEqual([]);
      expect(readdirSync(tmpRoot).filter((name) => !name.startsWith('aibaas-go-seed-'))).toEqual([]);
    });

    afterAll(() => {
      console.log(matrix.join('\n'));
      for (const file of created) rmSync(file, { force: true });
      rmSync(tmpRoot, { recursive: true, force: true });
      if (cliDir) rmSync(cliDir, { recursive: true, force: true });
    });

    it('stops an infinite loop with timeout', async () => {
      const result = await run(programs.infiniteLoop, { limits: { wallTimeMs: 1000, cpuSeconds: 10 } });
      expectContained(result, ['timeout']);
    });

    it('contains a fork bomb', async () => {
      const result = await run(programs.forkBomb, { limits: { wallTimeMs: 2000, maxProcesses: 32 } });
      // output_limit: a bomb whose copies fill stderr with "Cannot fork" is stopped at the output cap.
      expectContained(result, ['runtime_error', 'killed', 'timeout', 'memory_limit', 'output_limit']);
    });

    it('stops a memory hog', async () => {
      // A generous wall-clock limit: the hog ends at the memory limit well before it, even on a loaded machine.
      const result = await run(programs.memoryHog, { limits: { memoryBytes: 256 * 1024 * 1024, wallTimeMs: 10_000 } });
      expectContained(result, programs.memoryStatus ?? ['memory_limit']);
    });

    it('stops a disk filler at the file-size limit', async () => {
      const result = await run(programs.diskFiller, { limits: { maxFileSizeBytes: 4 * 1024 * 1024, wallTimeMs: 10_000 } });
      expectContained(result, ['runtime_error', 'killed']);
    });

    it('cannot connect to a server on the host loopback', async () => {
      let connections = 0;
      const server: Server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const port = (server.address() as { port: number }).port;
        const result = await run(programs.connect(port));
        expectStatus(result, ['ok']);
        expect(result.stdout).toMatch(/^blocked/);
        expect(connections).toBe(0);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it("cannot read a secret file in the host's home directory", async () => {
      const { file, content } = secretFile(homedir());
      const result = await run(programs.readFile(file));
      expectStatus(result, ['ok']);
      expect(result.stdout).toMatch(/^unreadable/);
      expect(result.stdout).not.toContain(content);
    });

    it('cannot read a secret file in the repository', async () => {
      const { file, content } = secretFile(repoRoot);
      const result = await run(programs.readFile(file));
      expectStatus(result, ['ok']);
      expect(result.stdout).toMatch(/^unreadable/);
      expect(result.stdout).not.toContain(content);
    });

    it("cannot see the parent's environment", async () => {
      const result = await run(programs.printEnv);
      expectStatus(result, ['ok']);
      expect(result.stdout).toContain('PATH=');
      expect(result.stdout).not.toContain(secretValue);
      expect(result.stdout).not.toContain('AIBAAS_ESCAPE_API_KEY');
    });

    it('cannot write into the repository', async () => {
      const file = path.join(repoRoot, `aibaas-escape-${unique()}.txt`);
      created.push(file);
      const result = await run(programs.writeFile(file));
      expectStatus(result, ['ok']);
      expect(result.stdout).toMatch(/^blocked/);
      expect(existsSync(file)).toBe(false);
    });

    it('leaves no background process behind (setsid, nohup, double fork)', async () => {
      const seconds = String(300_000 + Math.floor(Math.random() * 600_000));
      try {
        const result = await run(programs.background(seconds), { limits: { wallTimeMs: 5000 } });
        expectStatus(result, ['ok', 'timeout']);
        expect(result.stdout).toContain('spawned');
        expect(processesWith(`sleep ${seconds}`)).toEqual([]);
      } finally {
        killAll(processesWith(`sleep ${seconds}`));
      }
    });

    it('cannot kill the host or the test process (kill -9 -1, pid 1, the parent)', async () => {
      const token = String(400_000 + Math.floor(Math.random() * 600_000));
      const sentinel: ChildProcess = spawn('sleep', [token], { stdio: 'ignore' });
      try {
        const result = await run(programs.killParent);
        expectStatus(result, ['ok', 'runtime_error', 'killed']);
        expect(sentinel.exitCode).toBeNull();
        expect(sentinel.signalCode).toBeNull();
        expect(processesWith(`sleep ${token}`)).toEqual([sentinel.pid]);
        // The sandbox still works afterwards.
        expect((await run(programs.printEnv)).status).toBe('ok');
      } finally {
        sentinel.kill('SIGKILL');
      }
    });
  });
}
