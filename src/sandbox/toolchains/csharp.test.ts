import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { CSharpToolchain } from './csharp.js';

// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 72_000 + 4 * Math.floor(Math.random() * 500) });
const csharp = new CSharpToolchain(sandbox);

const TESTS = `using Xunit;

public class SolutionTests
{
    [Fact]
    public void Small()
    {
        Assert.Equal(3, Solution.Add(1, 2));
    }

    [Fact]
    public void Negative()
    {
        Assert.Equal(-3, Solution.Add(-1, -2));
    }

    [Fact]
    public void Zero()
    {
        Assert.True(Solution.Add(0, 0) == 0);
    }
}
`;

const REFERENCE = 'public static class Solution\n{\n    public static int Add(int a, int b) => a + b;\n}\n';

function solution(body: string): string {
  return `using System;\n\npublic static class Solution\n{\n    public static int Add(int a, int b)\n    {\n        ${body}\n    }\n}\n`;
}

function input(answer: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'Solution.cs', solution: answer, tests: [{ name: 'SolutionTests.cs', content: tests }], ...extra };
}

const available = (await new CSharpToolchain(sandbox).version()) !== null;

beforeAll(async () => {
  await sandbox.check();
});

describe.skipIf(!available)('CSharpToolchain', () => {
  it('reports its version', async () => {
    expect(await csharp.version()).toMatch(/^mcs \d+/);
  });

  it('passes a correct solution, test by test', async () => {
    const started = Date.now();
    const report = await csharp.runTests(input(REFERENCE));
    console.log(`csharp runTests (reference): ${Date.now() - started} ms`);
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 3, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name)).toEqual(['SolutionTests.Negative', 'SolutionTests.Small', 'SolutionTests.Zero']);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await csharp.runTests(input(solution('return a < 0 ? 0 : a + b;')));
    expect(report).toMatchObject({ status: 'failed', passed: 2, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'SolutionTests.Negative');
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('Expected: -3');
    expect(negative?.message).toContain('Actual:   0');
  });

  it('reports a compile error with the diagnostics', async () => {
    const report = await csharp.runTests(input(solution('return a + "b";')));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('Solution.cs');
  });

  it('reports a test class with zero tests as no_tests', async () => {
    const report = await csharp.runTests(input(REFERENCE, 'public class SolutionTests\n{\n    public void Helper() { }\n}\n'));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('stops an infinite loop with timeout', async () => {
    // A shorter compile allowance keeps the test fast (the default 10 s is added to the wall clock).
    const quick = new CSharpToolchain(sandbox, { csharpCompileAllowanceMs: 5000 });
    const report = await quick.runTests(input(solution('while (true) { }'), TESTS, { limits: { wallTimeMs: 2000 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('fails a test that throws and still runs the others', async () => {
    const report = await csharp.runTests(input(solution('if (a < 0) throw new InvalidOperationException("negative");\n        return a + b;')));
    expect(report).toMatchObject({ status: 'failed', passed: 2, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'SolutionTests.Negative');
    expect(negative?.outcome).toBe('error');
    expect(negative?.message).toContain('System.InvalidOperationException: negative');
  });

  it('never counts a skipped test as passed', async () => {
    const tests = TESTS.replace(/}\n$/, '\n    [Fact(Skip = "not today")]\n    public void Later()\n    {\n        Assert.True(false);\n    }\n}\n');
    const report = await csharp.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(3);
    expect(report.tests.find((test) => test.name === 'SolutionTests.Later')).toMatchObject({ outcome: 'skipped', message: 'not today' });
  });

  it('checks exceptions with Assert.Throws', async () => {
    const tests = 'using System;\nusing Xunit;\n\npublic class SolutionTests\n{\n    [Fact]\n    public void Throws()\n    {\n        var error = Assert.Throws<ArgumentException>(() => Solution.Add(-1, 0));\n        Assert.Equal("bad", error.Message);\n        Assert.Null(null);\n        Assert.NotNull(error);\n        Assert.False(false);\n    }\n}\n';
    const report = await csharp.runTests(input(solution('if (a < 0) throw new ArgumentException("bad");\n        return a + b;'), tests));
    expect(report).toMatchObject({ status: 'passed', passed: 1 });
  });

  it('ignores forged report lines printed by the solution', async () => {
    const forged = solution(
      'foreach (var m in new[] { "", "@@aibaas-report-00000000000000000000000000000000@@ " })\n        {\n' +
        '            Console.WriteLine(m + "{\\"event\\":\\"test\\",\\"name\\":\\"forged\\",\\"outcome\\":\\"passed\\"}");\n' +
        '            Console.WriteLine(m + "{\\"event\\":\\"done\\"}");\n        }\n        return 0;',
    );
    const report = await csharp.runTests(input(forged));
    expect(report.status).toBe('failed');
    expect(report.tests.map((test) => test.name)).not.toContain('forged');
    expect(report.stdout).toContain('forged');
  });

  it('does not pass a solution that exits during the tests', async () => {
    const report = await csharp.runTests(input(solution('Environment.Exit(0);\n        return 0;')));
    expect(report.status).not.toBe('passed');
    expect(report.passed).toBe(0);
  });

  it('runs a program with stdin and reports its exit code', async () => {
    const source = 'using System;\n\nclass Program\n{\n    static void Main()\n    {\n        Console.WriteLine("hello " + Console.ReadLine());\n        Environment.Exit(3);\n    }\n}\n';
    const result = await csharp.runProgram({ source, stdin: 'mono\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'hello mono\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^mcs/);
  });

  it('runs a program that exits cleanly', async () => {
    const result = await csharp.runProgram({ source: 'class Program\n{\n    static void Main()\n    {\n        System.Console.WriteLine(6 * 7);\n    }\n}\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '42\n' });
  });

  it('reports a program that does not compile as compile_error', async () => {
    const result = await csharp.runProgram({ source: 'class Program\n{\n    static void Main()\n    {\n        Undefined();\n    }\n}\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toContain('Undefined');
  });

  it('ends a test that allocates 1 GiB under a 256 MiB limit with memory_limit', async () => {
    const answer = solution('var keep = new System.Collections.Generic.List<long[]>();\n        for (int i = 0; i < 1024; i++) keep.Add(new long[128 * 1024]);\n        return keep.Count;');
    const report = await csharp.runTests(input(answer, TESTS, { limits: { memoryBytes: 256 * 1024 * 1024 } }));
    expect(report.status, JSON.stringify({ tests: report.tests, stderr: report.stderr })).toBe('memory_limit');
  });
});
