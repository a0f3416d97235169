import type { SandboxReport, Task } from '../core/index.js';
import { testGenerationScore } from '../core/index.js';
import type { CodeGenerationGraderOptions } from './code-generation.js';
import { extractCode } from './extract.js';
import type { GradeOutcome, Grader } from './types.js';

/**
 * Test generation: the answer is a test file (named like the task's own, e.g. test_solution.py). It runs against the
 * reference, then against each of the task's stored mutants; a mutant is killed when a test that passed on the
 * reference does not pass on it (a failure, an error or a timeout). Compiles 20% + runs 30% + kill rate 40% +
 * passes on the reference 10%.
 */
export function testGenerationGrader(options: CodeGenerationGraderOptions): Grader {
  return {
    scenario: 'test-generation',
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const extraction = extractCode(answer, task.language);
      const mutants = task.mutants ?? [];
      const empty = { compiled: false, ran: false, testsTotal: 0, passedOnReference: 0, mutantsKilled: 0, mutantsTotal: mutants.length };
      const testFile = task.tests[0]?.name;
      if (extraction.code.trim() === '' || testFile === undefined) return { extraction, sandbox: null, automated: testGenerationScore(empty) };
      const toolchain = options.toolchainFor(task.language);
      const run = (solution: string) => toolchain.runTests({ solutionFile: task.solutionFile, solution, tests: [{ name: testFile, content: extraction.code }] });
      const reference = await run(task.reference);
      const passing = new Set(reference.tests.filter((test) => test.outcome === 'passed').map((test) => test.name));
      let killed = 0;
      if (passing.size > 0) {
        for (const mutant of mutants) if (kills(await run(mutant), passing)) killed++;
      }
      // A test file that does not load (a syntax error, the wrong language) shows up as one errored entry: neither
      // compiled nor run. Tests that ran passed or failed.
      const ran = reference.tests.some((test) => test.outcome === 'passed' || test.outcome === 'failed');
      const automated = testGenerationScore({
        compiled: reference.compiled && reference.tests.some((test) => test.outcome !== 'error'),
        ran,
        testsTotal: reference.tests.length,
        passedOnReference: passing.size,
        mutantsKilled: killed,
        mutantsTotal: mutants.length,
      });
      return { extraction, sandbox: reference, automated };
    },
  };
}

function kills(report: SandboxReport, passingOnReference: Set<string>): boolean {
  if (!report.compiled) return true;
  const outcomes = new Map(report.tests.map((test) => [test.name, test.outcome]));
  return [...passingOnReference].some((name) => outcomes.get(name) !== 'passed');
}
