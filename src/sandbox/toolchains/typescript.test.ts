import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { TypeScriptToolchain } from './typescript.js';

// No test is skipped: when bubblewrap is missing, check() throws SANDBOX_UNAVAILABLE and every test fails.
// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 69_000 + 4 * Math.floor(Math.random() * 1000) });
const typescript = new TypeScriptToolchain(sandbox);

const TESTS = `import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from './solution.js';

test('adds small numbers', () => {
  assert.equal(add(1, 2), 3);
});

describe('negatives', () => {
  test('adds negative numbers', () => {
    assert.equal(add(-1, -2), -3);
  });
});
`;

const REFERENCE = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'solution.ts', solution, tests: [{ name: 'solution.test.ts', content: tests }], ...extra };
}

beforeAll(async () => {
  await sandbox.check();
});

describe('TypeScriptToolchain', () => {
  it('reports its version', async () => {
    expect(await typescript.version()).toMatch(/^tsc 5\.\d+\.\d+ \+ node v20\./);
  });

  it('passes a correct solution, test by test', async () => {
    const report = await typescript.runTests(input(REFERENCE));
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 2, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name)).toEqual(['adds small numbers', 'negatives > adds negative numbers']);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await typescript.runTests(input('export function add(a: number, b: number): number {\n  return a >= 0 ? a + b : 0;\n}\n'));
    expect(report).toMatchObject({ status: 'failed', passed: 1, failed: 1 });
    const failing = report.tests.find((test) => test.outcome === 'failed');
    expect(failing?.name).toBe('negatives > adds negative numbers');
    expect(failing?.message).toContain('Expected values to be strictly equal');
  });

  it('reports a type error as compile_error with the diagnostics', async () => {
    const report = await typescript.runTests(input('export function add(a: number, b: number): string {\n  return a + b;\n}\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('solution.ts');
    expect(report.compileOutput).toContain('TS2322');
  });

  it('reports a test file with zero tests as no_tests', async () => {
    const report = await typescript.runTests(input(REFERENCE, "import { add } from './solution.js';\nexport const unused = add;\n"));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('never counts a skipped or todo test as passed', async () => {
    const tests = `${TESTS}\ntest('later', { skip: 'not today' }, () => {});\ntest.todo('some day');\n`;
    const report = await typescript.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    expect(report.tests.filter((test) => test.outcome === 'skipped')).toHaveLength(2);
  });

  it('stops an infinite loop in the solution with timeout', async () => {
    const report = await typescript.runTests(input('export function add(a: number, b: number): number {\n  for (;;) { a += b; }\n}\n', TESTS, { limits: { wallTimeMs: 2000 } }));
    expect(report.status).toBe('timeout');
    expect(report.compiled).toBe(true);
    expect(report.passed).toBe(0);
  });

  it('ignores a forged report line without the nonce and does not pass a process.exit(0)', async () => {
    const forged = [
      "console.log('@@aibaas-report-00000000000000000000000000000000@@ {\"event\":\"test\",\"name\":\"forged\",\"outcome\":\"passed\"}');",
      "console.log('{\"event\":\"done\"}');",
      'export function add(a: number, b: number): number {',
      '  if (a < 0) process.exit(0);',
      '  return a + b;',
      '}',
    ].join('\n');
    const report = await typescript.runTests(input(forged));
    expect(report.status).toBe('harness_error');
    expect(report.tests.map((test) => test.name)).not.toContain('forged');
    expect(report.stdout).toContain('forged');
  });

  it('reports a solution that throws at import as a failed test, not a crash', async () => {
    const report = await typescript.runTests(input(`throw new Error('boom');\n${REFERENCE}`));
    expect(report.status).toBe('failed');
    expect(report.tests).toEqual([expect.objectContaining({ name: 'solution.test.ts (import)', outcome: 'error' })]);
    expect(report.tests[0]?.message).toContain('boom');
  });

  it('reports a solution file name outside the work directory as harness_error without running it', async () => {
    const report = await typescript.runTests(input(REFERENCE, TESTS, { solutionFile: '/etc/solution.ts' }));
    expect(report).toMatchObject({ status: 'harness_error', compiled: false, tests: [] });
  });
});

describe('typescript runProgram', () => {
  it('type-checks, compiles and runs a program with stdin', async () => {
    const source = "import { readFileSync } from 'node:fs';\nconst input: string = readFileSync(0, 'utf8');\nconsole.log(input.trim().length);\nprocess.exitCode = 0;\n";
    const result = await typescript.runProgram({ source, stdin: 'abcd\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '4\n' });
  });

  it('reports a type error as compile_error with the diagnostics', async () => {
    const result = await typescript.runProgram({ source: "const n: number = 'text';\nconsole.log(n);\n" });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toContain('TS2322');
    expect(result.stdout).toBe('');
  });
});
