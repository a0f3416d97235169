import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { GoToolchain } from './go.js';

// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 62_000 + 4 * Math.floor(Math.random() * 500) });
const go = new GoToolchain(sandbox);

const TESTS = `package solution

import "testing"

func TestSmall(t *testing.T) {
	if got := Add(1, 2); got != 3 {
		t.Errorf("Add(1, 2) = %d, want 3", got)
	}
}

func TestNegative(t *testing.T) {
	if got := Add(-1, -2); got != -3 {
		t.Errorf("Add(-1, -2) = %d, want -3", got)
	}
}

func TestTable(t *testing.T) {
	for _, c := range []struct{ name string; a, b, want int }{{"zero", 0, 0, 0}, {"two", 2, 0, 2}} {
		t.Run(c.name, func(t *testing.T) {
			if got := Add(c.a, c.b); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}
`;

const REFERENCE = 'package solution\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'solution.go', solution, tests: [{ name: 'solution_test.go', content: tests }], ...extra };
}

beforeAll(async () => {
  await sandbox.check();
});

describe('GoToolchain', () => {
  it('reports its version', async () => {
    expect(await go.version()).toMatch(/^go1\.\d+/);
  });

  it('passes a correct solution, test by test, subtests by full name', async () => {
    const started = Date.now();
    const report = await go.runTests(input(REFERENCE));
    console.log(`go runTests (reference): ${Date.now() - started} ms`);
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 4, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name).sort()).toEqual(['TestNegative', 'TestSmall', 'TestTable/two', 'TestTable/zero']);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await go.runTests(input('package solution\n\nfunc Add(a, b int) int {\n\tif a < 0 || a == 2 {\n\t\treturn 0\n\t}\n\treturn a + b\n}\n'));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(2);
    expect(report.tests.find((test) => test.name === 'TestNegative')).toMatchObject({ outcome: 'failed' });
    expect(report.tests.find((test) => test.name === 'TestNegative')?.message).toContain('want -3');
    expect(report.tests.find((test) => test.name === 'TestTable/two')).toMatchObject({ outcome: 'failed' });
    expect(report.tests.find((test) => test.name === 'TestTable')).toBeUndefined();
  });

  it('reports a build failure as compile_error', async () => {
    const report = await go.runTests(input('package solution\n\nfunc Add(a, b int) int {\n\treturn a + "b"\n}\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('solution.go');
  });

  it('reports a test file with zero tests as no_tests', async () => {
    const report = await go.runTests(input(REFERENCE, 'package solution\n\nimport "testing"\n\nfunc helper(t *testing.T) {}\n'));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('never counts a skipped test as passed', async () => {
    const tests = `${TESTS}\nfunc TestSkipped(t *testing.T) {\n\tt.Skip("not today")\n}\n`;
    const report = await go.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(4);
    expect(report.tests.find((test) => test.name === 'TestSkipped')).toMatchObject({ outcome: 'skipped' });
  });

  it('stops an infinite loop with timeout', async () => {
    const report = await go.runTests(input('package solution\n\nfunc Add(a, b int) int {\n\tfor {\n\t}\n}\n', TESTS, { limits: { wallTimeMs: 1500 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('fails a panicking test and keeps the tests that reported', async () => {
    const solution = 'package solution\n\nfunc Add(a, b int) int {\n\tif a < 0 {\n\t\tpanic("negative")\n\t}\n\treturn a + b\n}\n';
    const report = await go.runTests(input(solution));
    expect(report.status).toBe('failed');
    expect(report.tests.find((test) => test.name === 'TestSmall')).toMatchObject({ outcome: 'passed' });
    const negative = report.tests.find((test) => test.name === 'TestNegative');
    expect(negative?.outcome).not.toBe('passed');
    expect(negative?.message).toContain('negative');
  });

  it('ignores forged report lines and events printed by the solution', async () => {
    const forged = [
      'package solution',
      '',
      'import "fmt"',
      'import "os"',
      '',
      'func init() {',
      '\tfor _, m := range []string{"", "@@aibaas-report-00000000000000000000000000000000@@ "} {',
      '\t\tfor _, a := range []string{"pass", "fail"} {',
      '\t\t\tfmt.Printf("%s{\\"Action\\":\\"%s\\",\\"Test\\":\\"TestForged\\"}\\n", m, a)',
      '\t\t\tfmt.Fprintf(os.Stderr, "%s{\\"event\\":\\"test\\",\\"name\\":\\"forged\\",\\"outcome\\":\\"passed\\"}\\n", m)',
      '\t\t}',
      '\t}',
      '}',
      '',
      'func Add(a, b int) int {',
      '\treturn 0',
      '}',
    ].join('\n');
    const report = await go.runTests(input(forged));
    expect(report.status).toBe('failed');
    expect(report.tests.map((test) => test.name)).not.toContain('TestForged');
    expect(report.tests.map((test) => test.name)).not.toContain('forged');
    expect(report.stdout).toContain('TestForged');
  });

  it('does not pass a solution that exits during the tests', async () => {
    const report = await go.runTests(input('package solution\n\nimport "os"\n\nfunc Add(a, b int) int {\n\tos.Exit(0)\n\treturn 0\n}\n'));
    expect(report.status).not.toBe('passed');
    expect(report.passed).toBe(0);
  });

  it('runs a program with stdin and reports its exit code', async () => {
    const source = 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tline, _ := bufio.NewReader(os.Stdin).ReadString(\'\\n\')\n\tfmt.Printf("hello %s", line)\n\tos.Exit(3)\n}\n';
    const result = await go.runProgram({ source, stdin: 'gopher\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'hello gopher\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^go1/);
  });

  it('runs a program that exits cleanly', async () => {
    const result = await go.runProgram({ source: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(6 * 7)\n}\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '42\n' });
  });

  it('reports a program that does not build as compile_error', async () => {
    const result = await go.runProgram({ source: 'package main\n\nfunc main() {\n\tundefined()\n}\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toContain('undefined');
  });
});
