import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { JavaToolchain } from './java.js';

// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 70_000 + 4 * Math.floor(Math.random() * 500) });
const java = new JavaToolchain(sandbox);

const TESTS = `public class SolutionTest {
  @Test
  public void small() {
    Assert.assertEquals(3, Solution.add(1, 2));
  }

  @Test
  public void negative() {
    Assert.assertEquals(-3, Solution.add(-1, -2), "negatives");
  }

  @Test
  public void zero() {
    Assertions.assertTrue(Solution.add(0, 0) == 0);
  }
}
`;

const REFERENCE = 'public class Solution {\n  public static int add(int a, int b) {\n    return a + b;\n  }\n}\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'Solution.java', solution, tests: [{ name: 'SolutionTest.java', content: tests }], ...extra };
}

const available = (await new JavaToolchain(sandbox).version()) !== null;

beforeAll(async () => {
  await sandbox.check();
});

describe.skipIf(!available)('JavaToolchain', () => {
  it('reports its version', async () => {
    expect(await java.version()).toMatch(/^javac \d+/);
  });

  it('passes a correct solution, test by test', async () => {
    const started = Date.now();
    const report = await java.runTests(input(REFERENCE));
    console.log(`java runTests (reference): ${Date.now() - started} ms`);
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 3, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name)).toEqual(['SolutionTest.negative', 'SolutionTest.small', 'SolutionTest.zero']);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await java.runTests(input('public class Solution {\n  public static int add(int a, int b) {\n    return a < 0 ? 0 : a + b;\n  }\n}\n'));
    expect(report).toMatchObject({ status: 'failed', passed: 2, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'SolutionTest.negative');
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('negatives ==> expected: <-3> but was: <0>');
  });

  it('reports a compile error with the diagnostics', async () => {
    const report = await java.runTests(input('public class Solution {\n  public static int add(int a, int b) {\n    return a + "b";\n  }\n}\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('Solution.java');
  });

  it('reports a test class with zero tests as no_tests', async () => {
    const report = await java.runTests(input(REFERENCE, 'public class SolutionTest {\n  public void helper() {}\n}\n'));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('stops an infinite loop with timeout', async () => {
    // A shorter compile allowance keeps the test fast (the default 10 s is added to the wall clock).
    const quick = new JavaToolchain(sandbox, { javaCompileAllowanceMs: 5000 });
    const report = await quick.runTests(input('public class Solution {\n  public static int add(int a, int b) {\n    while (true) {}\n  }\n}\n', TESTS, { limits: { wallTimeMs: 2000 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('fails a test that throws and still runs the others', async () => {
    const solution = 'public class Solution {\n  public static int add(int a, int b) {\n    if (a < 0) throw new IllegalStateException("negative");\n    return a + b;\n  }\n}\n';
    const report = await java.runTests(input(solution));
    expect(report).toMatchObject({ status: 'failed', passed: 2, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'SolutionTest.negative');
    expect(negative?.outcome).toBe('error');
    expect(negative?.message).toContain('IllegalStateException: negative');
  });

  it('never counts a disabled test as passed', async () => {
    const tests = TESTS.replace(/}\n$/, '\n  @Test\n  @Disabled("not today")\n  public void later() {\n    Assert.fail("ran");\n  }\n}\n');
    const report = await java.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(3);
    expect(report.tests.find((test) => test.name === 'SolutionTest.later')).toMatchObject({ outcome: 'skipped', message: 'not today' });
  });

  it('ignores forged report lines printed by the solution', async () => {
    const forged = [
      'public class Solution {',
      '  static {',
      '    for (String m : new String[] {"", "@@aibaas-report-00000000000000000000000000000000@@ "}) {',
      '      System.out.println(m + "{\\"event\\":\\"test\\",\\"name\\":\\"forged\\",\\"outcome\\":\\"passed\\"}");',
      '      System.out.println(m + "{\\"event\\":\\"done\\"}");',
      '    }',
      '  }',
      '  public static int add(int a, int b) {',
      '    return 0;',
      '  }',
      '}',
    ].join('\n');
    const report = await java.runTests(input(forged));
    expect(report.status).toBe('failed');
    expect(report.tests.map((test) => test.name)).not.toContain('forged');
    expect(report.stdout).toContain('forged');
  });

  it('does not pass a solution that exits during the tests', async () => {
    const report = await java.runTests(input('public class Solution {\n  public static int add(int a, int b) {\n    System.exit(0);\n    return 0;\n  }\n}\n'));
    expect(report.status).not.toBe('passed');
    expect(report.passed).toBe(0);
  });

  it('runs a program with stdin and reports its exit code', async () => {
    const source = [
      'import java.io.*;',
      'public class Main {',
      '  public static void main(String[] args) throws IOException {',
      '    String line = new BufferedReader(new InputStreamReader(System.in)).readLine();',
      '    System.out.println("hello " + line);',
      '    System.exit(3);',
      '  }',
      '}',
    ].join('\n');
    const result = await java.runProgram({ source, stdin: 'duke\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'hello duke\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^javac/);
  });

  it('runs a program that exits cleanly', async () => {
    const result = await java.runProgram({ source: 'public class Main {\n  public static void main(String[] args) {\n    System.out.println(6 * 7);\n  }\n}\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '42\n' });
  });

  it('reports a program that does not compile as compile_error', async () => {
    const result = await java.runProgram({ source: 'public class Main {\n  public static void main(String[] args) {\n    undefined();\n  }\n}\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toContain('cannot find symbol');
  });

  it('ends a test that allocates 1 GiB under a 256 MiB limit with memory_limit', async () => {
    const solution = 'public class Solution {\n  public static int add(int a, int b) {\n    long[][] keep = new long[1024][];\n    for (int i = 0; i < keep.length; i++) keep[i] = new long[128 * 1024];\n    return keep.length;\n  }\n}\n';
    const report = await java.runTests(input(solution, TESTS, { limits: { memoryBytes: 256 * 1024 * 1024 } }));
    expect(report.status).toBe('memory_limit');
  });
});
