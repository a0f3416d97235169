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

/** A prompt about given code: the instructions, what the code does (or should do), then the code. */
function aboutCode(instructions: readonly string[], heading: string, problem: Problem, renderer: LanguageRenderer, code: string, after: readonly string[] = []): string {
  return [...instructions, '', `${heading}:`, '', problemSpecification(problem, renderer), '', 'The code:', '', fence(renderer, code), '', ...after].join('\n');
}

/** The refactoring prompt: the poor code, what it does, and what must not change. */
export function refactoringPrompt(problem: Problem, renderer: LanguageRenderer, original: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return aboutCode([
    `Refactor the ${language} code below (file ${renderer.solutionFile}) into clean, idiomatic, maintainable ${language}. It works:`,
    'keep its behaviour exactly, including the failures, and keep the signature of the public function unchanged.',
    'Reduce complexity, duplication and nesting; use the idioms and standard library of the language. Answer with the',
    'complete refactored file.',
  ], 'What the code does', problem, renderer, original);
}

/** The debugging prompt: the faulty code and the output of the tests that fail. */
export function debuggingPrompt(problem: Problem, renderer: LanguageRenderer, defect: string, failures: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return aboutCode([
    `The ${language} code below (file ${renderer.solutionFile}) has a bug: some of its tests fail. Find the bug and fix it.`,
    'Answer with the complete corrected file, then explain in a few sentences what was wrong.',
  ], 'What the code should do', problem, renderer, defect, ['The failing tests:', '', indent(failures.trim()), '']);
}

/** The test-generation prompt: the code to test and the test conventions of the language. */
export function testGenerationPrompt(problem: Problem, renderer: LanguageRenderer, reference: string, conventions: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return aboutCode([
    `Write thorough unit tests in ${language} for the code below (file ${renderer.solutionFile}). Good tests pass on this`,
    'code and fail on any variant that breaks the described behaviour: cover normal cases, edge cases and failures.',
    `Answer with one complete test file named ${renderer.testFile}. ${conventions}`,
  ], 'What the code does', problem, renderer, reference);
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

/** The code-review prompt: what the code should do, and the code with planted defects. */
export function codeReviewPrompt(problem: Problem, renderer: LanguageRenderer, code: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return aboutCode([
    `Review the ${language} code below (file ${renderer.solutionFile}) as you would a colleague's pull request. Report every`,
    'defect: each place where the code does not do what the description says, with its line, how severe it is, why it is',
    'wrong and how to fix it. Style remarks are welcome but mark them low.',
  ], 'What the code should do', problem, renderer, code);
}

/** The documentation prompt: the code without doc comments and the doc format of the language. */
export function documentationPrompt(problem: Problem, renderer: LanguageRenderer, code: string, format: string): string {
  const language = LANGUAGE_INFO[renderer.language].displayName;
  return aboutCode([
    `Document the ${language} code below (file ${renderer.solutionFile}) for the people who will use and maintain it. Give`,
    `every public item a doc comment in the language's standard format (${format}): what it does, every parameter, the`,
    'return value, and every error it raises or returns. Keep the code itself exactly as it is.',
  ], 'What the code does', problem, renderer, code);
}
