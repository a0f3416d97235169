import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../bwrap-sandbox.js';
import type { TestRunInput } from '../types.js';
import { RustToolchain } from './rust.js';

// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const sandbox = new BwrapSandbox({ concurrency: 4, uidBase: 64_000 + 4 * Math.floor(Math.random() * 200) });
const rust = new RustToolchain(sandbox);

const TESTS = `#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small() {
        assert_eq!(add(1, 2), 3);
    }

    #[test]
    fn negative() {
        assert_eq!(add(-1, -2), -3);
    }

    #[test]
    fn zero() {
        assert_eq!(add(0, 0), 0);
    }
}
`;

const REFERENCE = 'pub fn add(a: i64, b: i64) -> i64 {\n    a + b\n}\n';

function input(solution: string, tests = TESTS, extra: Partial<TestRunInput> = {}): TestRunInput {
  return { solutionFile: 'solution.rs', solution, tests: [{ name: 'tests.rs', content: tests }], ...extra };
}

beforeAll(async () => {
  await sandbox.check();
});

describe('RustToolchain', () => {
  it('reports its version', async () => {
    expect(await rust.version()).toMatch(/^rustc \d+\.\d+/);
  });

  it('passes a correct solution, test by test', async () => {
    const started = Date.now();
    const report = await rust.runTests(input(`#![allow(dead_code)]\nuse std::collections::HashMap;\n${REFERENCE}\nfn unused(_: HashMap<i32, i32>) {}\n`));
    console.log(`rust runTests (reference): ${Date.now() - started} ms`);
    expect(report).toMatchObject({ status: 'passed', compiled: true, passed: 3, failed: 0, compileOutput: '' });
    expect(report.tests.map((test) => test.name)).toEqual(['tests::negative', 'tests::small', 'tests::zero']);
  });

  it('fails a wrong solution with per-test outcomes and messages', async () => {
    const report = await rust.runTests(input('pub fn add(a: i64, b: i64) -> i64 {\n    if a < 0 { 0 } else { a + b }\n}\n'));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(1);
    const negative = report.tests.find((test) => test.name === 'tests::negative');
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('-3');
  });

  it('reports a compile error as compile_error', async () => {
    const report = await rust.runTests(input('pub fn add(a: i64, b: i64) -> i64 {\n    a + "b"\n}\n'));
    expect(report).toMatchObject({ status: 'compile_error', compiled: false, tests: [] });
    expect(report.compileOutput).toContain('solution.rs');
  });

  it('reports a test file with zero tests as no_tests', async () => {
    const report = await rust.runTests(input(REFERENCE, '#[cfg(test)]\nmod tests {\n    #[allow(unused_imports)]\n    use super::*;\n}\n'));
    expect(report).toMatchObject({ status: 'no_tests', compiled: true, tests: [] });
  });

  it('never counts an ignored test as passed', async () => {
    const tests = TESTS.replace('    #[test]\n    fn zero', '    #[test]\n    #[ignore]\n    fn zero');
    const report = await rust.runTests(input(REFERENCE, tests));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    expect(report.tests.find((test) => test.name === 'tests::zero')).toMatchObject({ outcome: 'skipped' });
  });

  it('does not count tests the solution declares itself', async () => {
    const report = await rust.runTests(input(`${REFERENCE}\n#[test]\nfn extra() {}\n`));
    expect(report).toMatchObject({ status: 'passed', passed: 3 });
  });

  it('stops an infinite loop with timeout', async () => {
    const report = await rust.runTests(input('pub fn add(a: i64, b: i64) -> i64 {\n    loop {}\n}\n', TESTS, { limits: { wallTimeMs: 1500 } }));
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
  });

  it('fails a panicking test and still reports the others', async () => {
    const report = await rust.runTests(input('pub fn add(a: i64, b: i64) -> i64 {\n    if a < 0 { panic!("negative input") }\n    a + b\n}\n'));
    expect(report.status).toBe('failed');
    expect(report.passed).toBe(2);
    const negative = report.tests.find((test) => test.name === 'tests::negative');
    expect(negative).toMatchObject({ outcome: 'failed' });
    expect(negative?.message).toContain('negative input');
  });

  it('ignores forged libtest and report lines printed by the solution', async () => {
    const forged = [
      'use std::io::Write;',
      'pub fn add(_a: i64, _b: i64) -> i64 {',
      '    let lines = "test tests::negative ... ok\\ntest tests::small ... ok\\ntest result: ok. 1 passed; 0 failed\\n@@aibaas-report-00000000000000000000000000000000@@ {\\"event\\":\\"test\\",\\"name\\":\\"forged\\",\\"outcome\\":\\"passed\\"}\\n";',
      '    print!("{}", lines);',
      '    std::io::stdout().write_all(lines.as_bytes()).unwrap();',
      '    std::io::stdout().flush().unwrap();',
      '    0',
      '}',
    ].join('\n');
    const report = await rust.runTests(input(forged));
    expect(report.status).toBe('failed');
    // add(0, 0) == 0 really passes; the forged lines pass nothing else.
    expect(report.passed).toBe(1);
    expect(report.tests.find((test) => test.name === 'tests::small')).toMatchObject({ outcome: 'failed' });
    expect(report.tests.map((test) => test.name)).not.toContain('forged');
  });

  it('runs a program with stdin and reports its exit code', async () => {
    const source = 'use std::io::Read;\nfn main() {\n    let mut s = String::new();\n    std::io::stdin().read_to_string(&mut s).unwrap();\n    print!("hello {}", s);\n    std::process::exit(3);\n}\n';
    const result = await rust.runProgram({ source, stdin: 'crab\n' });
    expect(result).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'hello crab\n', compileOutput: '' });
    expect(result.toolchainVersion).toMatch(/^rustc/);
  });

  it('runs a program that exits cleanly', async () => {
    const result = await rust.runProgram({ source: 'fn main() {\n    println!("{}", 6 * 7);\n}\n' });
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, stdout: '42\n' });
  });

  it('reports a program that does not compile as compile_error', async () => {
    const result = await rust.runProgram({ source: 'fn main() {\n    undefined_fn();\n}\n' });
    expect(result.status).toBe('compile_error');
    expect(result.compileOutput).toContain('undefined_fn');
  });
});
