import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { PythonToolchain } from './python.js';

// No test is skipped: when bubblewrap is missing, check() throws SANDBOX_UNAVAILABLE and every test fails.
// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 65_000 + 4 * Math.floor(Math.random() * 1000) });
const python = new PythonToolchain(sandbox);

const TESTS = `import unittest

from solution import add


class AddTest(unittest.TestCase):
    def test_small(self) -> None:
        self.assertEqual(add(1, 2), 3)

    def test_negative(self) -> None:
        self.assertEqual(add(-1, -2), -3)

    def test_subtests(self) -> None:
        for a in range(3):
            with self.subTest(a=a):
                self.assertEqual(add(a, 0), a)
`;

const REFERENCE = 'def add(a: int, b: int) -> int:\n    return a + b\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'solution.py', solution, tests: [{ name: 'test_solution.py', content: tests }], ...extra };
}

beforeAll(async () => {
  await sandbox.check();
});

describe('PythonToolchain', () => {
  it('reports its version', async () => {
    expect(await python.version()).toMatch(/^Python 3\.\d+\.\d+$/);
  });

  it('passes a correct solution, test by test', async () => {
    const report = await python.runTests(input(REFERENCE));
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 3, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name)).toEqual([
      'test_solution.AddTest.test_negative',
      'test_solution.AddTest.test_small',
      'test_solution.AddTest.test_subtests',
    ]);
    expect(report.toolchainVersion).toMatch(/^Python 3/);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await python.runTests(input('def add(a, b):\n    return a + b if a >= 0 else 0\n'));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(1);
    const negative = report.tests.find((test) => test.name.endsWith('test_negative'));
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('AssertionError');
  });

  it('reports a failing subtest as a failure of its test', async () => {
    const report = await python.runTests(input('def add(a, b):\n    return a + b if a != 2 else 0\n'));
    expect(report.status).toBe('failed');
    expect(report.tests.find((test) => test.name.endsWith('test_subtests'))).toMatchObject({ outcome: 'failed' });
  });

  it('reports a syntax error as compile_error', async () => {
    const report = await python.runTests(input('def add(a, b)\n    return a + b\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('SyntaxError');
  });

  it('reports a test file with zero tests as no_tests', async () => {
    const report = await python.runTests(input(REFERENCE, 'import unittest\nfrom solution import add\n'));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('never counts a skipped test as passed', async () => {
    const tests = `${TESTS}\n    @unittest.skip("not today")\n    def test_skipped(self) -> None:\n        pass\n`;
    const report = await python.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(3);
    expect(report.tests.find((test) => test.name.endsWith('test_skipped'))).toMatchObject({ outcome: 'skipped', message: 'not today' });
  });

  it('stops an infinite loop in the solution with timeout', async () => {
    const report = await python.runTests(input('def add(a, b):\n    while True:\n        pass\n', TESTS, { limits: { wallTimeMs: 1500 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('ignores a forged report line without the nonce', async () => {
    const forged = [
      'import sys',
      'for marker in ("", "@@aibaas-report-00000000000000000000000000000000@@ "):',
      '    for n in range(5):',
      '        print(marker + \'{"event":"test","name":"forged%d","outcome":"passed"}\' % n)',
      '    print(marker + \'{"event":"done"}\')',
      'def add(a, b):',
      '    return 0',
    ].join('\n');
    const report = await python.runTests(input(forged));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(0);
    expect(report.tests.map((test) => test.name)).not.toContain('forged0');
    expect(report.stdout).toContain('forged0');
  });

  it('does not pass a solution that exits the interpreter during the tests', async () => {
    const report = await python.runTests(input('import os\ndef add(a, b):\n    os._exit(0)\n'));
    expect(report.status).toBe('harness_error');
    expect(report.passed).toBe(0);
  });

  it('keeps the report when the solution floods stdout, and caps the stored output', async () => {
    const report = await python.runTests(input(`print("x" * 200_000)\n${REFERENCE}`));
    expect(report.status).toBe('passed');
    expect(report.stdout.length).toBeLessThan(9 * 1024);
    expect(report.stdout).toContain('truncated');
  });

  it('reports a solution that raises at import as failed tests, not a crash', async () => {
    const report = await python.runTests(input('raise SystemExit(0)\n'));
    expect(report.status).toBe('failed');
    expect(report.tests).toEqual([expect.objectContaining({ name: 'test_solution.py (import)', outcome: 'error' })]);
  });

  it('reports an unreadable solution (NUL bytes) as compile_error', async () => {
    const report = await python.runTests(input('def add(a, b):\n    return a + b\n\0'));
    expect(report.status).toBe('compile_error');
    expect(report.compileOutput).toMatch(/null bytes/);
  });

  it('reports a solution file name outside the work directory as harness_error without running it', async () => {
    const report = await python.runTests(input(REFERENCE, TESTS, { solutionFile: '../solution.py' }));
    expect(report).toMatchObject({ status: 'harness_error', compiled: false, tests: [] });
    expect(report.stderr).toContain('../solution.py');
  });

  it('reports memory exhaustion as memory_limit', async () => {
    const report = await python.runTests(input('def add(a, b):\n    return len(bytearray(1 << 30))\n', TESTS, { limits: { memoryBytes: 128 * 1024 * 1024 } }));
    expect(report.status).toBe('memory_limit');
  });

  it('throws TOOLCHAIN_MISSING when the interpreter does not exist', async () => {
    const missing = new PythonToolchain(sandbox, { pythonPath: '/nonexistent/python3' });
    expect(await missing.version()).toBeNull();
    await expect(missing.runTests(input(REFERENCE))).rejects.toMatchObject({ code: 'TOOLCHAIN_MISSING' });
  });
});

describe('python runProgram', () => {
  it('runs a program with stdin and returns its output and exit code', async () => {
    const result = await python.runProgram({ source: 'import sys\nline = sys.stdin.readline().strip()\nprint(line.upper())\nsys.exit(3)\n', stdin: 'hello\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'HELLO\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^Python 3/);
  });

  it('reports a syntax error as compile_error without running anything', async () => {
    const result = await python.runProgram({ source: 'print("ran")\ndef broken(:\n' });
    expect(result.status).toBe('compile_error');
    expect(result.stdout).toBe('');
    expect(result.compileOutput).toContain('SyntaxError');
  });

  it('stops an endless program at the wall-clock limit', async () => {
    const result = await python.runProgram({ source: 'while True:\n    pass\n', limits: { wallTimeMs: 1500, cpuSeconds: 10 } });
    expect(result.status).toBe('timeout');
    expect(result.limits.wallTimeMs).toBe(1500);
  });
});
