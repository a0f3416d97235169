import { structuredPatch } from 'diff';
import type { Task } from '../core/index.js';
import { debuggingScore } from '../core/index.js';
import type { CodeGenerationGraderOptions } from './code-generation.js';
import { extractCode } from './extract.js';
import type { GradeOutcome, Grader } from './types.js';

/** Lines of `from` (1-based) that the change to `to` removes or replaces. */
export function changedLines(from: string, to: string): Set<number> {
  const lines = new Set<number>();
  const patch = structuredPatch('a', 'b', normalise(from), normalise(to), '', '', { context: 0 });
  for (const hunk of patch.hunks) {
    let line = hunk.oldStart;
    const removed = hunk.lines.filter((text) => text.startsWith('-')).length;
    // A pure insertion (no line removed) touches the lines on both sides of it.
    if (removed === 0) for (const near of [hunk.oldStart - 1, hunk.oldStart]) if (near >= 1) lines.add(near);
    for (const text of hunk.lines) {
      if (text.startsWith('-')) lines.add(line++);
      else if (!text.startsWith('+')) line++;
    }
  }
  return lines;
}

function normalise(code: string): string {
  return `${code.replace(/\r\n/g, '\n').split('\n').map((line) => line.trimEnd()).join('\n').trimEnd()}\n`;
}

/**
 * Debugging: the answer's corrected code runs against the task's tests; the bug counts as identified when the fix
 * changes at least one of the defect's lines (those that differ from the reference, one line of slack either side)
 * while leaving most of the file as it was (a rewrite of everything locates nothing).
 * Bug identified 40% + tests 40% + explanation 20% (null until the judges issue adds judges: renormalised).
 */
export function debuggingGrader(options: CodeGenerationGraderOptions): Grader {
  return {
    scenario: 'debugging',
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const defect = task.defect ?? '';
      const extraction = extractCode(answer, task.language);
      if (extraction.code.trim() === '') {
        return { extraction, sandbox: null, automated: debuggingScore({ identified: false, compiled: false, testsPassed: 0, testsTotal: task.tests.length, explanation: null }) };
      }
      const location = changedLines(defect, task.reference);
      const touched = changedLines(defect, extraction.code);
      // A rewrite of most of the file touches every line: only a focused change shows that the bug was found.
      const focused = touched.size <= Math.max(3, Math.ceil(defect.split('\n').length / 2));
      const identified = focused && [...location].some((line) => touched.has(line) || touched.has(line - 1) || touched.has(line + 1));
      const sandbox = await options.toolchainFor(task.language).runTests({ solutionFile: task.solutionFile, solution: extraction.code, tests: task.tests });
      const automated = debuggingScore({ identified, compiled: sandbox.compiled, testsPassed: sandbox.passed, testsTotal: sandbox.tests.length, explanation: null });
      const component = automated.components.find((entry) => entry.name === 'identified');
      if (component) component.detail = `defect at line ${[...location].join(', ')}; the answer changes ${touched.size === 0 ? 'nothing' : `line ${[...touched].slice(0, 8).join(', ')}`}`;
      return { extraction, sandbox, automated };
    },
  };
}
