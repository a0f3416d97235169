import { LANGUAGE_INFO } from '../../core/index.js';
import type { Problem } from './problem.js';
import type { LanguageRenderer } from './renderer.js';

/** The statement, signature, failure rule and examples of a problem in one language. */
export function problemSpecification(problem: Problem, renderer: LanguageRenderer): string {
  const parts = [problem.statement, `Signature:\n\n${indent(renderer.signature(problem))}`];
  const rule = renderer.errorRule(problem);
  if (rule) parts.push(rule);
  const examples = problem.cases.slice(0, problem.examples).filter((entry) => !entry.error);
  if (examples.length > 0) {
    const lines = examples.map((entry) => `${renderer.call(problem, entry.args)}  returns  ${renderer.literal(entry.expected, problem.returns)}`);
    parts.push(`Examples:\n\n${indent(lines.join('\n'))}`);
  }
  return parts.join('\n\n');
}

/** The code-generation prompt. */
export function codeGenerationPrompt(problem: Problem, renderer: LanguageRenderer): string {
  return `${renderer.conventions}\n\n${problemSpecification(problem, renderer)}\n`;
}

/** The refactoring prompt: the poor code, what it does, and what must not change. */
export function refactoringPrompt(problem: Problem, renderer: LanguageRenderer, original: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return [
    `Refactor the ${language} code below (file ${renderer.solutionFile}) into clean, idiomatic, maintainable ${language}. It works:`,
    'keep its behaviour exactly, including the failures, and keep the signature of the public function unchanged.',
    'Reduce complexity, duplication and nesting; use the idioms and standard library of the language. Answer with the',
    'complete refactored file.',
    '',
    'What the code does:',
    '',
    problemSpecification(problem, renderer),
    '',
    'The code:',
    '',
    fence(renderer, original),
    '',
  ].join('\n');
}

/** The debugging prompt: the faulty code and the output of the tests that fail. */
export function debuggingPrompt(problem: Problem, renderer: LanguageRenderer, defect: string, failures: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return [
    `The ${language} code below (file ${renderer.solutionFile}) has a bug: some of its tests fail. Find the bug and fix it.`,
    'Answer with the complete corrected file, then explain in a few sentences what was wrong.',
    '',
    'What the code should do:',
    '',
    problemSpecification(problem, renderer),
    '',
    'The code:',
    '',
    fence(renderer, defect),
    '',
    'The failing tests:',
    '',
    indent(failures.trim()),
    '',
  ].join('\n');
}

/** The test-generation prompt: the code to test and the test conventions of the language. */
export function testGenerationPrompt(problem: Problem, renderer: LanguageRenderer, reference: string, conventions: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return [
    `Write thorough unit tests in ${language} for the code below (file ${renderer.solutionFile}). Good tests pass on this`,
    'code and fail on any variant that breaks the described behaviour: cover normal cases, edge cases and failures.',
    `Answer with one complete test file named ${renderer.testFile}. ${conventions}`,
    '',
    'What the code does:',
    '',
    problemSpecification(problem, renderer),
    '',
    'The code:',
    '',
    fence(renderer, reference),
    '',
  ].join('\n');
}

function fence(renderer: LanguageRenderer, code: string): string {
  return `\`\`\`${LANGUAGE_INFO[renderer.language].fenceTags[0] ?? ''}\n${code.trimEnd()}\n\`\`\``;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');
}
