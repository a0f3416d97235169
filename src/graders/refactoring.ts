import type { Task } from '../core/index.js';
import { progressTowards, refactoringScore } from '../core/index.js';
import type { CodeGenerationGraderOptions } from './code-generation.js';
import { extractCode } from './extract.js';
import { countAntiIdioms } from './idioms.js';
import { measureQuality, type QualityReport } from './quality.js';
import type { GradeOutcome, Grader } from './types.js';

const MEASURES = ['findings', 'maxComplexity', 'maxFunctionLines', 'maxDepth'] as const;

function measure(report: QualityReport, name: (typeof MEASURES)[number]): number {
  return name === 'findings' ? report.findings.length : report[name];
}

/**
 * The quality gain of a refactoring (0..1): per static measure (findings, complexity, function length, nesting) on
 * which the original was worse than the reference, how far the answer moved from the original towards the reference;
 * the mean of those. 1 when the original was nowhere worse and the answer made nothing worse.
 */
export function qualityGain(original: QualityReport, answer: QualityReport, reference: QualityReport): number {
  const progress = MEASURES.map((name) => progressTowards(measure(original, name), measure(answer, name), measure(reference, name)));
  const relevant = MEASURES.map((name, index) => ({ worse: measure(original, name) > measure(reference, name), value: progress[index] as number })).filter((entry) => entry.worse);
  if (relevant.length === 0) return progress.every((value) => value === 1) ? 1 : 0;
  return relevant.reduce((sum, entry) => sum + entry.value, 0) / relevant.length;
}

/**
 * Refactoring: the answer must keep the behaviour the tests pin (30%), compile (30%), replace the original's
 * anti-idioms (20%, idioms.ts) and improve the static measures (20%), each of the last two measured as progress from
 * the original towards the reference.
 */
export function refactoringGrader(options: CodeGenerationGraderOptions): Grader {
  return {
    scenario: 'refactoring',
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const extraction = extractCode(answer, task.language);
      const original = task.original ?? task.reference;
      if (extraction.code.trim() === '') {
        return { extraction, sandbox: null, automated: refactoringScore({ compiled: false, testsPassed: 0, testsTotal: task.tests.length, idioms: 0, qualityGain: 0 }) };
      }
      const sandbox = await options.toolchainFor(task.language).runTests({ solutionFile: task.solutionFile, solution: extraction.code, tests: task.tests });
      const idiomsBefore = countAntiIdioms(original, task.language);
      const idiomsAfter = countAntiIdioms(extraction.code, task.language);
      const idioms = progressTowards(idiomsBefore.total, idiomsAfter.total, countAntiIdioms(task.reference, task.language).total);
      const gain = qualityGain(measureQuality(original, task.language), measureQuality(extraction.code, task.language), measureQuality(task.reference, task.language));
      const automated = refactoringScore({ compiled: sandbox.compiled, testsPassed: sandbox.passed, testsTotal: sandbox.tests.length, idioms, qualityGain: gain });
      const idiomComponent = automated.components.find((entry) => entry.name === 'idioms');
      if (idiomComponent && idiomsAfter.found.length > 0) idiomComponent.detail = idiomsAfter.found.map((entry) => `${entry.name} x${entry.count}`).join('; ');
      return { extraction, sandbox, automated };
    },
  };
}
