import type { ExecResult, ProgramRunResult, SandboxLimits } from '../types.js';
import type { HarnessReport } from './harness-report.js';
import { capText } from './judge.js';

/** The result of a compile-and-run execution whose script reported `compiled` or `compile_error`. */
export function programResult(result: ExecResult, report: HarnessReport, buildLog: string, limits: SandboxLimits, version: string): ProgramRunResult {
  const compileError = report.compileError !== null;
  const base = {
    durationMs: result.durationMs,
    stdout: result.stdout,
    stderr: result.stderr,
    stdoutTruncated: result.stdoutTruncated,
    stderrTruncated: result.stderrTruncated,
    compileOutput: capText(buildLog),
    limits,
    toolchainVersion: version,
  };
  if (compileError) return { ...base, status: 'compile_error', exitCode: null, signal: null };
  // Killed during the build (timeout, memory): the sandbox's status says so; a build that never reported is a failure.
  return { ...base, status: result.status, exitCode: result.exitCode, signal: result.signal };
}
