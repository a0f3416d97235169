import type { TestCaseResult } from '../../core/index.js';

/** What a harness reported through its marked lines (see harness/*.ts for the events). */
export interface HarnessReport {
  /** The solution compiled (a `compiled` event arrived). */
  compiled: boolean;
  /** Set by a `compile_error` event: the compiler's message (may be empty when the host reads it elsewhere). */
  compileError: string | null;
  tests: TestCaseResult[];
  /** A `done` event arrived: every test file ran to the end. */
  done: boolean;
  /** A marked line was not a well-formed event. */
  garbled: boolean;
}

const OUTCOMES = new Set<TestCaseResult['outcome']>(['passed', 'failed', 'error', 'skipped']);

/** Parses the marked report lines of one run; anything malformed sets `garbled` and is otherwise ignored. */
export function parseHarnessReport(lines: readonly string[]): HarnessReport {
  const report: HarnessReport = { compiled: false, compileError: null, tests: [], done: false, garbled: false };
  for (const line of lines) {
    const event = parseObject(line);
    if (event === null) {
      report.garbled = true;
      continue;
    }
    if (event.event === 'compiled') report.compiled = true;
    else if (event.event === 'compile_error') report.compileError = typeof event.message === 'string' ? event.message : '';
    else if (event.event === 'done') report.done = true;
    else if (event.event === 'test' && typeof event.name === 'string' && OUTCOMES.has(event.outcome as TestCaseResult['outcome'])) {
      const test: TestCaseResult = { name: event.name, outcome: event.outcome as TestCaseResult['outcome'] };
      if (typeof event.message === 'string' && event.message !== '') test.message = event.message;
      report.tests.push(test);
    } else {
      report.garbled = true;
    }
  }
  return report;
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
