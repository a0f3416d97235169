import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from './bwrap-sandbox.js';
import type { ExecRequest } from './types.js';
import { processesOfUid } from './uid-processes.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const asRoot = process.getuid?.() === 0;
// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const UID_BASE = 61_000 + 16 * Math.floor(Math.random() * 250);
const tmpRoot = mkdtempSync(path.join(tmpdir(), 'aibaas-sandbox-test-'));
// The slot uids must be able to traverse it (mkdtemp makes it 0700).
chmodSync(tmpRoot, 0o711);
// No test is skipped: when bubblewrap is missing or broken, check() throws SANDBOX_UNAVAILABLE and every test fails.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: UID_BASE, tmpRoot });

const run = (command: string[], extra: Partial<ExecRequest> = {}) => sandbox.exec({ files: [], command, ...extra });
const sh = (script: string, extra: Partial<ExecRequest> = {}) => run(['sh', '-c', script], extra);
const py = (code: string, extra: Partial<ExecRequest> = {}) => run(['python3', '-c', code], extra);

/** Host processes whose command line contains `token`. */
function processesWith(token: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(token);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function slotProcesses(): Promise<number[]> {
  const all = await Promise.all([0, 1, 2, 3].map((slot) => processesOfUid(UID_BASE + slot)));
  return all.flat();
}

beforeAll(async () => {
  await sandbox.check();
});

afterAll(() => {
  rmSync(tmpRoot, { recursive: true, force: true });
});

describe('BwrapSandbox basics', () => {
  it('runs a command and captures its output', async () => {
    const result = await run(['echo', 'hello']);
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, signal: null, stdout: 'hello\n', stderr: '', stdoutTruncated: false });
  });

  it('reports a non-zero exit code as runtime_error', async () => {
    const result = await sh('echo oops >&2; exit 3');
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stderr: 'oops\n' });
  });

  it('writes the request files into /work, the working directory, and feeds stdin', async () => {
    const result = await sh('pwd; cat dir/a.txt; cat', { files: [{ name: 'dir/a.txt', content: 'from file\n' }], stdin: 'from stdin\n' });
    expect(result.stdout).toBe('/work\nfrom file\nfrom stdin\n');
  });

  it('describes the isolation', () => {
    expect(sandbox.describe()).toMatch(/^bubblewrap \d+\.\d+/);
    expect(sandbox.describe()).toContain('no network');
    expect(sandbox.describe()).toContain('memory 512 MiB');
  });

  it('collects regular files from the work directory but never follows a symlink out of it', async () => {
    const result = await sh('echo result > out.txt; ln -s /etc/passwd leak.txt', { collect: ['out.txt', 'leak.txt', 'missing.txt'] });
    expect(result.collected).toEqual({ 'out.txt': 'result\n' });
  });

  it('rejects file names that leave the work directory', async () => {
    await expect(run(['true'], { files: [{ name: '../escape.txt', content: 'x' }] })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
    await expect(run(['true'], { readOnlyBinds: ['/does/not/exist'] })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
    await expect(run(['true'], { readOnlyBinds: ['/'] })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
    await expect(run(['true'], { env: { 'BAD=NAME': 'x' } })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
    await expect(run(['true'], { files: [{ name: 'a.py', content: '1' }, { name: 'a.py', content: '2' }] })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
    await expect(run(['true'], { files: [{ name: 'a', content: '1' }, { name: 'a/b.py', content: '2' }] })).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST', message: expect.stringContaining('also used as a directory') });
  });

  it('refuses a bind the slot uids cannot read, instead of failing inside the run', async () => {
    const privateDir = mkdtempSync(path.join(tmpdir(), 'aibaas-private-'));
    try {
      writeFileSync(path.join(privateDir, 'tool'), 'x');
      const attempt = run(['true'], { readOnlyBinds: [path.join(privateDir, 'tool')] });
      if (asRoot) await expect(attempt).rejects.toMatchObject({ code: 'SANDBOX_INVALID_REQUEST' });
      else expect((await attempt).status).toBe('ok');
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });

  it('shows a bind at a path under the work directory, read-only', async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'aibaas-shared-'));
    try {
      chmodSync(shared, 0o755);
      writeFileSync(path.join(shared, 'data.txt'), 'shared\n');
      const result = await sh('cat lib/shared/data.txt; echo x > lib/shared/data.txt 2>/dev/null || echo read-only', { readOnlyBinds: [{ source: shared, target: 'lib/shared' }] });
      expect(result.stdout).toBe('shared\nread-only\n');
      expect(readFileSync(path.join(shared, 'data.txt'), 'utf8')).toBe('shared\n');
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('runs parallel executions under different uids', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => sh('id -u; sleep 0.3')));
    const uids = results.map((result) => Number(result.stdout.trim()));
    if (asRoot) expect(new Set(uids).size).toBe(4);
    for (const uid of uids) expect(uid).not.toBe(0);
  });
});

describe('BwrapSandbox across processes', () => {
  it('never lets two sandboxes with the same uid range use one uid at once (their clean-ups would kill each other)', async () => {
    const twin = new BwrapSandbox({ concurrency: 4, uidBase: UID_BASE, tmpRoot });
    const runs = [sandbox, twin, sandbox, twin, sandbox, twin].map((each) => each.exec({ files: [], command: ['sh', '-c', 'sleep 0.3; echo ok'] }));
    for (const result of await Promise.all(runs)) expect(result).toMatchObject({ status: 'ok', stdout: 'ok\n' });
  });
});

describe('BwrapSandbox output limits', () => {
  it('truncates stdout at the cap', async () => {
    const result = await sh("head -c 3000 /dev/zero | tr '\\0' a", { limits: { maxOutputBytes: 1024 } });
    expect(result.status).toBe('ok');
    expect(result.stdout).toBe('a'.repeat(1024));
    expect(result.stdoutTruncated).toBe(true);
  });

  it('kills a run whose output grows far past the cap', async () => {
    const result = await run(['yes'], { limits: { maxOutputBytes: 1024 } });
    expect(result.status).toBe('output_limit');
    expect(result.stdout.length).toBe(1024);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('takes marked report lines out of stdout, even after a flood of output', async () => {
    const marker = `@@test-${randomBytes(8).toString('hex')}@@`;
    const script = `head -c 100000 /dev/zero | tr '\\0' x; echo "${marker} {\\"a\\":1}"; echo after`;
    const result = await sh(script, { reportMarker: marker, limits: { maxOutputBytes: 4096 } });
    expect(result.reportLines).toEqual(['{"a":1}']);
    expect(result.stdout).not.toContain(marker);
    expect(result.stdoutTruncated).toBe(true);
  });

  describe('a compile allowance', () => {
    const marker = `@@test-${randomBytes(8).toString('hex')}@@`;
    const phases = (compileSeconds: number, runSeconds: number) =>
      `sleep ${compileSeconds}; echo "${marker} {\\"event\\":\\"compiled\\"}"; sleep ${runSeconds}; echo finished`;

    it('lets a compile use the allowance on top of the wall-clock limit', async () => {
      const result = await sh(phases(1.5, 0.2), { reportMarker: marker, compileAllowanceMs: 3000, limits: { wallTimeMs: 1000 } });
      expect(result.status).toBe('ok');
      expect(result.stdout).toContain('finished');
    });

    it('gives the run only its own wall-clock limit once the harness reports compiled', async () => {
      const result = await sh(phases(0.1, 30), { reportMarker: marker, compileAllowanceMs: 8000, limits: { wallTimeMs: 1000 } });
      expect(result.status).toBe('timeout');
      // Killed about 1 s after the compile, not at 9 s (limit + allowance).
      expect(result.durationMs).toBeLessThan(4000);
    });

    it('times out a compile that overruns limit plus allowance', async () => {
      const result = await sh(phases(30, 0), { reportMarker: marker, compileAllowanceMs: 1000, limits: { wallTimeMs: 500 } });
      expect(result.status).toBe('timeout');
      expect(result.reportLines).toEqual([]);
    });
  });
});

describe('BwrapSandbox isolation', () => {
  let server: Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.end('hello');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => {
    server.close();
  });

  it('has no network: a TCP server on the host loopback is unreachable', async () => {
    const result = await py(`import socket\ns = socket.create_connection(("127.0.0.1", ${port}), timeout=2)\nprint(s.recv(10))`);
    expect(result.status).toBe('runtime_error');
    expect(result.stderr).toMatch(/ConnectionRefused|Network is unreachable|Errno/);
    expect(connections).toBe(0);
  });

  it('scrubs the environment and sets only its own variables', async () => {
    process.env.TEST_SECRET_API_KEY = 'sk-test-must-not-leak';
    try {
      const result = await run(['env'], { env: { EXTRA: 'yes' } });
      expect(result.stdout).not.toContain('sk-test-must-not-leak');
      expect(result.stdout).not.toContain('TEST_SECRET_API_KEY');
      const names = result.stdout.trim().split('\n').map((line) => line.split('=')[0]).sort();
      expect(names).toEqual(['EXTRA', 'HOME', 'LANG', 'PATH', 'PWD', 'TMPDIR']);
      expect(result.stdout).toContain('HOME=/work\n');
    } finally {
      delete process.env.TEST_SECRET_API_KEY;
    }
  });

  it('cannot see the project or /root, and cannot write outside /work and /tmp', async () => {
    const packageJson = path.join(projectRoot, 'package.json');
    const before = createHash('sha256').update(readFileSync(packageJson)).digest('hex');
    const script = [
      `test -e ${packageJson} && echo project-visible`,
      'ls /root >/dev/null 2>&1 && echo root-visible',
      `echo x > ${packageJson} 2>/dev/null && echo wrote-project`,
      'echo x >> /etc/passwd 2>/dev/null && echo wrote-etc',
      'touch /etc/new-file 2>/dev/null && echo created-etc',
      'touch /usr/new-file 2>/dev/null && echo created-usr',
      'touch /new-file 2>/dev/null && echo created-root',
      'touch /work/ok /tmp/ok && echo work-and-tmp-ok',
    ].join('; ');
    const result = await sh(script);
    expect(result.stdout).toBe('work-and-tmp-ok\n');
    expect(createHash('sha256').update(readFileSync(packageJson)).digest('hex')).toBe(before);
  });

  it('runs as a non-root uid from its slot range', async () => {
    const result = await run(['id', '-u']);
    const uid = Number(result.stdout.trim());
    expect(uid).not.toBe(0);
    if (asRoot) {
      expect(uid).toBeGreaterThanOrEqual(UID_BASE);
      expect(uid).toBeLessThan(UID_BASE + 4);
    }
  });

  it('removes its temp directory afterwards, also after a timeout', async () => {
    await sh('echo data > file.txt; mkdir -p a/b; chmod 000 a');
    await sh('while :; do :; done', { limits: { wallTimeMs: 500 } });
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});

describe('BwrapSandbox process clean-up', () => {
  it('kills an infinite loop and its background children at the wall-clock limit', async () => {
    const token = `sleeper${randomBytes(6).toString('hex')}`;
    const started = Date.now();
    const result = await sh(`python3 -c 'import time; time.sleep(100)' ${token} & while :; do :; done`, { limits: { wallTimeMs: 1500 } });
    expect(result.status).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(6000);
    expect(processesWith(token)).toEqual([]);
    if (asRoot) expect(await slotProcesses()).toEqual([]);
  });

  it('kills background processes left behind by a command that exited', async () => {
    const token = `orphan${randomBytes(6).toString('hex')}`;
    const result = await sh(`(setsid python3 -c 'import time; time.sleep(100)' ${token} > /dev/null 2>&1 &); echo started`);
    expect(result).toMatchObject({ status: 'ok', stdout: 'started\n' });
    expect(processesWith(token)).toEqual([]);
    if (asRoot) expect(await slotProcesses()).toEqual([]);
  });
});

describe('BwrapSandbox resource limits', () => {
  it('stops a CPU-bound loop at the CPU limit (SIGXCPU) before the wall clock', async () => {
    const result = await py('while True: pass', { limits: { cpuSeconds: 1, wallTimeMs: 20_000 } });
    expect(result.status).toBe('timeout');
    expect(result.signal).toBe('SIGXCPU');
    expect(result.durationMs).toBeLessThan(10_000);
  });

  it('limits the size of a written file', async () => {
    const result = await sh('head -c 3000000 /dev/zero > big; wc -c < big', { limits: { maxFileSizeBytes: 1024 * 1024 } });
    expect(Number(result.stdout.trim())).toBe(1024 * 1024);
  });

  it('contains a fork loop at the process limit', async () => {
    const code = [
      'import os, time',
      'children = 0',
      'for _ in range(100):',
      '    try:',
      '        pid = os.fork()',
      '    except OSError:',
      '        break',
      '    if pid == 0:',
      '        time.sleep(3)',
      '        os._exit(0)',
      '    children += 1',
      'print(children)',
    ].join('\n');
    const result = await py(code, { limits: { maxProcesses: 10 } });
    expect(result.status).toBe('ok');
    expect(Number(result.stdout.trim())).toBeLessThan(10);
  });

  it('limits open files', async () => {
    const result = await py('files = [open("/dev/null") for _ in range(100)]', { limits: { maxOpenFiles: 32 } });
    expect(result.status).toBe('runtime_error');
    expect(result.stderr).toContain('Too many open files');
  });

  it('reports a Python allocation beyond the memory limit as memory_limit', async () => {
    const result = await py('data = bytearray(512 * 1024 * 1024)', { limits: { memoryBytes: 128 * 1024 * 1024 } });
    expect(result.status).toBe('memory_limit');
    expect(result.stderr).toContain('MemoryError');
  });

  it('lets node run with the runtime memory mode and its own heap flag', async () => {
    const result = await run([process.execPath, '--max-old-space-size=64', '-e', 'const a = []; for (;;) a.push(new Array(1e6).fill(1));'], {
      memoryLimit: 'runtime',
      limits: { memoryBytes: 64 * 1024 * 1024, wallTimeMs: 20_000 },
    });
    expect(result.status).toBe('memory_limit');
    expect(result.stderr).toContain('heap out of memory');
  });
});

describe('BwrapSandbox without bubblewrap', () => {
  it('throws SANDBOX_UNAVAILABLE with an install fix when bubblewrap is missing', async () => {
    const missing = new BwrapSandbox({ bwrapPath: '/nonexistent/bwrap', tmpRoot });
    const error = await missing.exec({ files: [], command: ['true'] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'SANDBOX_UNAVAILABLE' });
    expect((error as { fix: string }).fix).toContain('apt-get install bubblewrap');
    expect((error as { fix: string }).fix).toContain('allowUnsandboxed');
  });

  it('runs unsandboxed only when allowed, warning once, still with limits and a scrubbed environment', async () => {
    const warnings: string[] = [];
    const fallback = new BwrapSandbox({ bwrapPath: '/nonexistent/bwrap', allowUnsandboxed: true, warn: (message) => warnings.push(message), tmpRoot, uidBase: UID_BASE + 10, concurrency: 2 });
    process.env.TEST_SECRET_API_KEY = 'sk-test-must-not-leak';
    try {
      const first = await fallback.exec({ files: [{ name: 'a.txt', content: 'A' }], command: ['sh', '-c', 'cat a.txt; env'] });
      expect(first.status).toBe('ok');
      expect(first.stdout.startsWith('A')).toBe(true);
      expect(first.stdout).not.toContain('sk-test-must-not-leak');
      const token = `unsandboxed${randomBytes(6).toString('hex')}`;
      const second = await fallback.exec({ files: [], command: ['sh', '-c', `python3 -c 'import time; time.sleep(100)' ${token} & while :; do :; done`], limits: { wallTimeMs: 1000 } });
      expect(second.status).toBe('timeout');
      expect(processesWith(token)).toEqual([]);
      const third = await fallback.exec({ files: [], command: ['python3', '-c', 'bytearray(512 * 1024 * 1024)'], limits: { memoryBytes: 128 * 1024 * 1024 } });
      expect(third.status).toBe('memory_limit');
    } finally {
      delete process.env.TEST_SECRET_API_KEY;
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('WITHOUT a sandbox');
    expect(fallback.describe()).toMatch(/^UNSANDBOXED/);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});
