import type { Language, Task } from '../core/index.js';
import { documentationScore } from '../core/index.js';
import { documentationOf, publicItems, type DocItem, type DocumentedItem } from './documentation/index.js';
import type { CodeGenerationGraderOptions } from './code-generation.js';
import { extractCode } from './extract.js';
import type { GradeOutcome, Grader } from './types.js';

/** How well one answer documents the public items of the code it was given. */
export interface DocumentationCoverage {
  documented: number;
  required: number;
  comments: number;
  validComments: number;
  /** What is missing or malformed, for the breakdown: `add: no doc comment`, `add: parameter count not documented`. */
  gaps: string[];
}

/** The facts each public item needs documented: a summary, every parameter, the return value, every throw. */
export function documentationCoverage(language: Language, original: string, answer: string): DocumentationCoverage {
  const required = publicItems(language, original);
  const found = documentationOf(language, answer);
  const coverage: DocumentationCoverage = { documented: 0, required: 0, comments: 0, validComments: 0, gaps: [] };
  const used = new Set<DocumentedItem>();
  for (const item of required) {
    const documented = found.find((candidate) => !used.has(candidate) && candidate.name === item.name && candidate.kind === item.kind) ?? found.find((candidate) => !used.has(candidate) && candidate.name === item.name);
    if (documented) used.add(documented);
    tally(coverage, item, documented?.doc ?? null);
  }
  return coverage;
}

function tally(coverage: DocumentationCoverage, item: DocItem, doc: DocumentedItem['doc']): void {
  const facts: [string, boolean][] = [
    ['summary', doc?.summary ?? false],
    ...item.params.map((param): [string, boolean] => [`parameter ${param}`, doc?.params.includes(param) ?? false]),
    ...(item.returns ? [['return value', doc?.returns ?? false] as [string, boolean]] : []),
    ...item.throws.map((thrown): [string, boolean] => [`throws ${thrown}`, doc?.throws.includes(thrown) ?? false]),
  ];
  coverage.required += facts.length;
  coverage.documented += facts.filter(([, ok]) => ok).length;
  const missing = facts.filter(([, ok]) => !ok).map(([name]) => name);
  if (!doc) coverage.gaps.push(`${item.name}: no doc comment`);
  else if (missing.length > 0) coverage.gaps.push(`${item.name}: ${missing.join(', ')} not documented`);
  if (doc) {
    coverage.comments++;
    if (doc.valid) coverage.validComments++;
    else coverage.gaps.push(`${item.name}: ${doc.problems.join('; ') || 'invalid doc comment'}`);
  }
}

/**
 * Documentation: the answer (the documented file) is parsed for the language's doc comments (graders/documentation)
 * and checked against the public items of the code given: completeness 30% + valid format 20%, both scaled by the
 * share of tests the documented code still passes, + accuracy 30% and clarity 20% (judged; renormalised away until a
 * judge scores them).
 */
export function documentationGrader(options: CodeGenerationGraderOptions): Grader {
  return {
    scenario: 'documentation',
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const extraction = extractCode(answer, task.language);
      if (extraction.code.trim() === '') {
        const automated = documentationScore({ documented: 0, required: 1, comments: 0, validComments: 0, behaviour: 0, accuracy: null, clarity: null });
        return { extraction, sandbox: null, automated };
      }
      const coverage = documentationCoverage(task.language, task.original ?? task.reference, extraction.code);
      const sandbox = await options.toolchainFor(task.language).runTests({ solutionFile: task.solutionFile, solution: extraction.code, tests: task.tests });
      const behaviour = sandbox.tests.length > 0 ? sandbox.passed / sandbox.tests.length : 0;
      const automated = documentationScore({ ...coverage, behaviour, accuracy: null, clarity: null });
      const completeness = automated.components.find((c) => c.name === 'completeness');
      if (completeness && coverage.gaps.length > 0) completeness.detail = `${completeness.detail}; ${coverage.gaps.slice(0, 6).join('; ')}`;
      return { extraction, sandbox, automated };
    },
  };
}
