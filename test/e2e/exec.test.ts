import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './cli-helpers.js';

const dir = tempDir('aibaas-exec-');
const env = { AIBAAS_DATA_DIR: tempDir('aibaas-data-') };

function program(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

async function exec(args: string[], extraEnv: Record<string, string> = {}) {
  const result = await runCli(['exec', ...args], { ...env, ...extraEnv });
  return { ...result, json: result.code === 0 ? (JSON.parse(result.stdout) as Record<string, unknown>) : null };
}

function expectUserError(result: { code: number | null; stderr: string }, code: string, ...mentions: string[]) {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain(`error ${code}:`);
  expect(result.stderr).toMatch(/\nFix: .+/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const mention of mentions) expect(result.stderr).toContain(mention);
}

describe('aibaas exec', () => {
  it('runs a program with stdin and prints JSON (stdout is not a TTY): status, exit code, output, limits', async () => {
    const file = program('greet_me.py', 'import os, sys\nprint("hello", input(), os.path.basename(__file__))\nprint("warn", file=sys.stderr)\nsys.exit(3)\n');
    const stdin = program('stdin.txt', 'world\n');
    const result = await exec(['--language', 'python', file, '--stdin', stdin, '--timeout', '4000', '--memory', '128', '--output', '32']);
    expect(result.code).toBe(0);
    expect(result.json).toMatchObject({
      language: 'python', status: 'runtime_error', exitCode: 3, stdout: 'hello world greet_me.py\n', stderr: 'warn\n', compileOutput: '',
      limits: { wallTimeMs: 4000, memoryBytes: 128 * 1024 * 1024, maxOutputBytes: 32 * 1024 },
    });
    expect(typeof result.json?.durationMs).toBe('number');
    expect(result.json?.toolchainVersion).toMatch(/^Python 3/);
  });

  it('reports compile_error and timeout as statuses, exiting 0', async () => {
    const broken = await exec(['-l', 'python', program('broken.py', 'def f(:\n')]);
    expect(broken.code).toBe(0);
    expect(broken.json).toMatchObject({ status: 'compile_error', exitCode: null });
    expect(broken.json?.compileOutput).toContain('SyntaxError');
    const loop = await exec(['-l', 'python', program('loop.py', 'while True:\n    pass\n'), '--timeout', '1000']);
    expect(loop.code).toBe(0);
    expect(loop.json).toMatchObject({ status: 'timeout', limits: { wallTimeMs: 1000 } });
  });

  it('contains a fork bomb and a network connection to the host', async () => {
    const bomb = await exec(['-l', 'python', program('bomb.py', 'import os\nwhile True:\n    os.fork()\n'), '--processes', '16', '--timeout', '3000']);
    expect(bomb.code).toBe(0);
    expect(['runtime_error', 'killed', 'timeout']).toContain(bomb.json?.status);
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const source = `import socket\ntry:\n    socket.create_connection(('127.0.0.1', ${port}), timeout=2)\n    print('connected')\nexcept OSError as error:\n    print('blocked', error)\n`;
      const connect = await exec(['-l', 'python', program('connect.py', source)]);
      expect(connect.json).toMatchObject({ status: 'ok' });
      expect(connect.json?.stdout).toMatch(/^blocked/);
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });

  it('fails with one paragraph for an unreadable file, an unknown language, a missing toolchain or a bad limit', async () => {
    expectUserError(await exec(['-l', 'python', path.join(dir, 'missing.py')]), 'EXEC_FILE_UNREADABLE', 'missing.py');
    expectUserError(await exec(['-l', 'cobol', program('x.cob', '')]), 'CONFIG_INVALID', 'cobol', 'python, ', 'ruby');
    expectUserError(await exec(['-l', 'python', program('ok.py', 'print(1)\n')], { AIBAAS_PYTHON: '/nonexistent/python3' }), 'TOOLCHAIN_MISSING', '/nonexistent/python3');
    expectUserError(await exec(['-l', 'ruby', program('ok.rb', 'puts 1\n')], { AIBAAS_RUBY: '/nonexistent/ruby' }), 'TOOLCHAIN_MISSING', '/nonexistent/ruby');
    expectUserError(await exec(['-l', 'go', program('main.go', 'package main\n\nfunc main() {}\n')], { AIBAAS_GO: '/nonexistent/go' }), 'TOOLCHAIN_MISSING', '/nonexistent/go');
    expectUserError(await exec(['-l', 'python', program('ok2.py', 'print(1)\n'), '--memory', '0']), 'CONFIG_INVALID', '--memory');
  });
});
