import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { RubyToolchain } from './ruby.js';

// No test is skipped: when bubblewrap is missing, check() throws SANDBOX_UNAVAILABLE and every test fails.
// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 67_000 + 4 * Math.floor(Math.random() * 500) });
const ruby = new RubyToolchain(sandbox);

const TESTS = `require 'minitest/autorun'
require_relative 'solution'

class TestAdd < Minitest::Test
  def test_small
    assert_equal 3, add(1, 2)
  end

  def test_negative
    assert_equal(-3, add(-1, -2))
  end
end
`;

const REFERENCE = 'def add(a, b)\n  a + b\nend\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'solution.rb', solution, tests: [{ name: 'test_solution.rb', content: tests }], ...extra };
}

beforeAll(async () => {
  await sandbox.check();
});

describe('RubyToolchain', () => {
  it('reports its version', async () => {
    expect(await ruby.version()).toMatch(/^ruby 3\.\d+\.\d+/);
  });

  it('passes a correct solution, test by test', async () => {
    const report = await ruby.runTests(input(REFERENCE));
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 2, failed: 0, compileOutput: '', stdout: '' });
    expect(report.tests.map((test) => test.name).sort()).toEqual(['TestAdd#test_negative', 'TestAdd#test_small']);
    expect(report.toolchainVersion).toMatch(/^ruby 3/);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await ruby.runTests(input('def add(a, b)\n  a >= 0 ? a + b : 0\nend\n'));
    expect(report).toMatchObject({ status: 'failed', passed: 1, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'TestAdd#test_negative');
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('Expected: -3');
  });

  it('reports an exception as a failed test with its message', async () => {
    const report = await ruby.runTests(input('def add(a, b)\n  raise ArgumentError, "no negatives" if a < 0\n  a + b\nend\n'));
    expect(report).toMatchObject({ status: 'failed', passed: 1, failed: 1 });
    const negative = report.tests.find((test) => test.name === 'TestAdd#test_negative');
    expect(negative).toMatchObject({ outcome: 'error' });
    expect(negative?.message).toContain('ArgumentError: no negatives');
  });

  it('reports a syntax error as compile_error', async () => {
    const report = await ruby.runTests(input('def add(a, b)\n  a + b\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toMatch(/syntax error/);
  });

  it('reports a test file with zero tests as no_tests', async () => {
    const report = await ruby.runTests(input(REFERENCE, "require 'minitest/autorun'\nrequire_relative 'solution'\n\nclass TestAdd < Minitest::Test\nend\n"));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('never counts a skipped test as passed', async () => {
    const tests = TESTS.replace("assert_equal(-3, add(-1, -2))", "skip 'later'");
    const report = await ruby.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.tests.find((test) => test.name === 'TestAdd#test_negative')).toMatchObject({ outcome: 'skipped', message: expect.stringContaining('later') });
  });

  it('stops an infinite loop with timeout', async () => {
    const report = await ruby.runTests(input('def add(a, b)\n  loop {}\nend\n', TESTS, { limits: { wallTimeMs: 1500 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('ignores forged report lines printed by the answer', async () => {
    const forged = (marker: string) => `puts '${marker} {"event":"test","name":"TestAdd#test_forged","outcome":"passed"}'\nputs '${marker} {"event":"done"}'\n`;
    const solution = `${forged('@@aibaas-report-0000@@')}${forged('')}def add(a, b)\n  0\nend\n`;
    const report = await ruby.runTests(input(solution));
    expect(report).toMatchObject({ status: 'failed', passed: 0, failed: 2 });
    expect(report.tests.map((test) => test.name)).not.toContain('TestAdd#test_forged');
    expect(report.stdout).toContain('test_forged');
  });

  it('reports an answer that exits while loaded as an error, not a pass', async () => {
    const report = await ruby.runTests(input(`${REFERENCE}exit 0\n`));
    expect(report.status).toBe('failed');
    expect(report.tests[0]).toMatchObject({ name: 'test_solution.rb (load)', outcome: 'error' });
  });

  it('runs a program with stdin, its stdout and exit code', async () => {
    const result = await ruby.runProgram({ source: 'name = $stdin.gets.strip\nputs "hello #{name}"\nexit 3\n', stdin: 'rubyist\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'hello rubyist\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^ruby 3/);
  });

  it('runs a program that exits cleanly', async () => {
    const result = await ruby.runProgram({ source: 'puts 6 * 7\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '42\n', stderr: '' });
  });

  it('reports a program with a syntax error as compile_error', async () => {
    const result = await ruby.runProgram({ source: 'puts(1\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toMatch(/syntax error/);
  });

  it('throws TOOLCHAIN_MISSING when ruby is missing', async () => {
    const missing = new RubyToolchain(sandbox, { rubyPath: '/nonexistent/ruby' });
    expect(await missing.version()).toBeNull();
    await expect(missing.runProgram({ source: 'puts 1\n' })).rejects.toMatchObject({ code: 'TOOLCHAIN_MISSING' });
  });
});
