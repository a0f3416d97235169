import type { SandboxReport, TestRunStatus } from '../../core/index.js';
import { looksOutOfMemory } from '../exec-status.js';
import type { ExecResult } from '../types.js';
import type { HarnessReport } from './harness-report.js';

/** Cap on the stdout, stderr and compiler output stored with a result. */
export const REPORT_TEXT_LIMIT = 8 * 1024;

/** `text` cut to `limit` characters, saying how much was cut; `truncatedBefore` notes a cut the sandbox made. */
export function capText(text: string, limit = REPORT_TEXT_LIMIT, truncatedBefore = false): string {
  if (text.length <= limit) return truncatedBefore ? `${text}\n[output truncated by the sandbox]` : text;
  return `${text.slice(0, limit)}\n[${text.length - limit} more characters${truncatedBefore ? ' and more truncated by the sandbox' : ''}]`;
}

/**
 * The status of a test run, from the harness's per-test report first and the process second. Never `passed` from an
 * exit code: it takes a finished report with at least one test, every test passed (a skipped test is not a pass),
 * and a clean exit.
 * - a compile error wins (the tests never ran);
 * - a run the sandbox stopped (timeout, memory, output) keeps that status, with the tests that did report;
 * - a report that is garbled, or that never finished while the process exited cleanly, is a harness_error; one that
 *   never finished because the process failed is a runtime_error;
 * - zero tests is no_tests;
 * - a failing test that died of a failed allocation makes the run memory_limit, any other failure `failed`.
 */
export function judgeStatus(exec: ExecResult, report: HarnessReport): TestRunStatus {
  if (report.compileError !== null) return 'compile_error';
  if (exec.status === 'timeout' || exec.status === 'memory_limit' || exec.status === 'output_limit') return exec.status;
  if (report.garbled) return 'harness_error';
  if (!report.done) return exec.status === 'ok' ? 'harness_error' : 'runtime_error';
  if (report.tests.length === 0) return 'no_tests';
  if (report.tests.every((test) => test.outcome === 'passed')) return exec.status === 'ok' ? 'passed' : 'runtime_error';
  if (report.tests.some((test) => test.outcome === 'error' && looksOutOfMemory(test.message ?? ''))) return 'memory_limit';
  return 'failed';
}

/** Builds the stored report of one run. */
export function buildReport(exec: ExecResult, report: HarnessReport, toolchainVersion: string, compileOutput: string): SandboxReport {
  const passed = report.tests.filter((test) => test.outcome === 'passed').length;
  const failed = report.tests.filter((test) => test.outcome === 'failed' || test.outcome === 'error').length;
  return {
    status: judgeStatus(exec, report),
    compiled: report.compiled && report.compileError === null,
    tests: report.tests,
    passed,
    failed,
    durationMs: exec.durationMs,
    compileOutput: capText(compileOutput),
    stdout: capText(exec.stdout, REPORT_TEXT_LIMIT, exec.stdoutTruncated),
    stderr: capText(exec.stderr, REPORT_TEXT_LIMIT, exec.stderrTruncated),
    toolchainVersion,
  };
}

/** A report for a run that could not even start (bad file names in the task): never a pass. */
export function harnessErrorReport(message: string, toolchainVersion: string): SandboxReport {
  return {
    status: 'harness_error', compiled: false, tests: [], passed: 0, failed: 0, durationMs: 0,
    compileOutput: '', stdout: '', stderr: capText(message), toolchainVersion,
  };
}
