import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../limits.js';
import type { ExecResult } from '../types.js';
import { parseHarnessReport } from './harness-report.js';
import { capText, judgeStatus } from './judge.js';

function exec(status: ExecResult['status'], exitCode: number | null = status === 'ok' ? 0 : 1): ExecResult {
  return { status, exitCode, signal: null, durationMs: 1, stdout: '', stderr: '', stdoutTruncated: false, stderrTruncated: false, limits: { ...DEFAULT_LIMITS } };
}
const line = (event: object) => JSON.stringify(event);
const test = (name: string, outcome: string, message?: string) => line({ event: 'test', name, outcome, ...(message ? { message } : {}) });
const done = line({ event: 'done' });
const compiled = line({ event: 'compiled' });

describe('judgeStatus', () => {
  it('passes only a finished report whose tests all passed, with a clean exit', () => {
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, test('a', 'passed'), done]))).toBe('passed');
    expect(judgeStatus(exec('runtime_error'), parseHarnessReport([compiled, test('a', 'passed'), done]))).toBe('runtime_error');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, test('a', 'passed'), test('b', 'skipped'), done]))).toBe('failed');
  });

  it('never passes on an exit code alone', () => {
    expect(judgeStatus(exec('ok'), parseHarnessReport([]))).toBe('harness_error');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, test('a', 'passed')]))).toBe('harness_error');
    expect(judgeStatus(exec('runtime_error'), parseHarnessReport([compiled, test('a', 'passed')]))).toBe('runtime_error');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, 'not json', test('a', 'passed'), done]))).toBe('harness_error');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, line({ event: 'test', name: 'a', outcome: 'great' }), done]))).toBe('harness_error');
  });

  it('reports zero tests as no_tests and a compile error first', () => {
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, done]))).toBe('no_tests');
    expect(judgeStatus(exec('timeout'), parseHarnessReport([line({ event: 'compile_error', message: 'x' })]))).toBe('compile_error');
  });

  it('keeps the limit the sandbox hit, with the tests that reported', () => {
    expect(judgeStatus(exec('timeout', null), parseHarnessReport([compiled, test('a', 'passed')]))).toBe('timeout');
    expect(judgeStatus(exec('output_limit', null), parseHarnessReport([compiled, test('a', 'passed'), done]))).toBe('output_limit');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, test('a', 'error', 'MemoryError'), done]))).toBe('memory_limit');
    expect(judgeStatus(exec('ok'), parseHarnessReport([compiled, test('a', 'failed', 'x'), done]))).toBe('failed');
  });
});

describe('capText', () => {
  it('cuts long text and says so', () => {
    expect(capText('abcdef', 3)).toBe('abc\n[3 more characters]');
    expect(capText('abc', 3)).toBe('abc');
    expect(capText('abc', 3, true)).toBe('abc\n[output truncated by the sandbox]');
  });
});
