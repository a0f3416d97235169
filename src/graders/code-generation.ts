import type { Language, Task } from '../core/index.js';
import { codeGenerationScore } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { extractCode } from './extract.js';
import { measureQuality } from './quality.js';
import type { GradeOutcome, Grader } from './types.js';

export interface CodeGenerationGraderOptions {
  /** The toolchain of a language; throws a clear error when it is missing. */
  toolchainFor(language: Language): Toolchain;
}

/**
 * Code generation: the answer's code is compiled and run against the task's tests in the sandbox, and measured by
 * the static quality check. Score = compiles 30% + test pass rate 50% + quality 20% (SPEC.md §4).
 */
export function codeGenerationGrader(options: CodeGenerationGraderOptions): Grader {
  return {
    scenario: 'code-generation',
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const extraction = extractCode(answer, task.language);
      if (extraction.code.trim() === '') {
        const automated = codeGenerationScore({ compiled: false, testsPassed: 0, testsTotal: task.tests.length, quality: null });
        automated.components[0] = { ...automated.components[0]!, detail: 'the answer contains no code' };
        return { extraction, sandbox: null, automated };
      }
      const sandbox = await options.toolchainFor(task.language).runTests({
        solutionFile: task.solutionFile,
        solution: extraction.code,
        tests: task.tests,
      });
      const quality = measureQuality(extraction.code, task.language);
      const automated = codeGenerationScore({
        compiled: sandbox.compiled,
        testsPassed: sandbox.passed,
        // A skipped test is in the total but never passed; tests that never reported (a crash) count as failed.
        testsTotal: sandbox.tests.length,
        quality: quality.score,
      });
      const qualityComponent = automated.components.find((c) => c.name === 'quality');
      if (qualityComponent && quality.findings.length > 0) {
        qualityComponent.detail = quality.findings.slice(0, 5).map((f) => `${f.rule}@${f.line}: ${f.message}`).join('; ');
      }
      const testsComponent = automated.components.find((c) => c.name === 'tests');
      if (testsComponent && sandbox.status !== 'passed' && sandbox.status !== 'failed') testsComponent.detail = `${testsComponent.detail} (${sandbox.status})`;
      return { extraction, sandbox, automated };
    },
  };
}
