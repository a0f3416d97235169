import { stringify } from 'yaml';
import { hashString, LANGUAGE_INFO, LANGUAGES, renderFindingsAnswer, type GroundTruthIssue, type Language, type Scenario } from '../../core/index.js';
import type { ProblemSource } from './load.js';
import { codeGenerationPrompt, codeReviewPrompt, debuggingPrompt, documentationPrompt, refactoringPrompt, testGenerationPrompt } from './prompt.js';
import { numberedCases, type NumberedCase } from './renderer.js';
import { RENDERERS } from './renderers.js';
import { TEST_CONVENTIONS } from './test-conventions.js';

/** One task directory to write: its path under the bank root and its files (task.yaml included). */
export interface GeneratedTask {
  id: string;
  dir: string;
  files: Record<string, string>;
}

export const LANGUAGE_PREFIX: Readonly<Record<Language, string>> = { python: 'py', typescript: 'ts', csharp: 'cs', java: 'java', go: 'go', ruby: 'rb', rust: 'rs' };
export const SCENARIO_ABBREVIATION: Readonly<Record<Scenario, string>> = {
  'code-generation': 'cg', debugging: 'dbg', 'test-generation': 'tg', refactoring: 'rf', 'code-review': 'cr', security: 'sec', documentation: 'doc',
};

/** The share of tasks shown publicly; the rest are private (docs/bank.md). */
export const PUBLIC_SHARE = 0.2;

/** Deterministic: the same seed and id always give the same visibility (FNV-1a over `seed:id`). */
export function visibilityOf(seed: number, id: string): 'public' | 'private' {
  return hashString(`${seed}:${id}`) / 2 ** 32 < PUBLIC_SHARE ? 'public' : 'private';
}

/** A public item of a source file, as the documentation tools see it (graders/documentation). */
export interface DocumentableItem {
  name: string;
  kind: string;
  params: string[];
  returns: boolean;
  throws: string[];
}

/** What documentation tasks need from the doc-comment tools; the composition root passes graders/documentation in. */
export interface DocumentationTools {
  /** The code without its doc comments. */
  strip(language: Language, code: string): string;
  /** The code with a valid doc comment on every public item. */
  render(language: Language, code: string, docsFor: (item: DocumentableItem) => { summary: string; params: Record<string, string>; returns?: string; throws?: Record<string, string> }): string;
  /** The doc format of the language, for the prompt. */
  format(language: Language): string;
}

export interface GenerateOptions {
  /** bank.yaml's visibility_seed. */
  seed: number;
  /** The `created` date of generated tasks (the bank release date). */
  created: string;
  /** Without them no documentation tasks are generated. */
  documentation?: DocumentationTools;
}

/** Every task the problems give: code generation and, where their files exist, refactoring, debugging, test generation. */
export function generateTasks(sources: readonly ProblemSource[], options: GenerateOptions): GeneratedTask[] {
  const tasks: GeneratedTask[] = [];
  for (const source of sources) {
    for (const language of LANGUAGES) {
      const reference = source.references[language];
      if (reference === undefined) continue;
      tasks.push(codeGenerationTask(source, language, reference, options));
      const poor = source.poor[language];
      if (poor !== undefined) tasks.push(refactoringTask(source, language, reference, poor, options));
      const derived = source.derived[language];
      if (derived?.stale) continue;
      if (options.documentation) tasks.push(documentationTask(source, language, reference, options.documentation, options));
      if (derived?.defect !== undefined) tasks.push(debuggingTask(source, language, reference, derived.defect, derived.failures ?? '', options));
      if (derived && derived.mutants.length > 0) tasks.push(testGenerationTask(source, language, reference, derived.mutants, options));
      if (derived?.defect !== undefined) {
        const review = codeReviewTask(source, language, reference, [derived.defect, ...derived.mutants], options);
        if (review) tasks.push(review);
      }
    }
  }
  return tasks;
}

function numbered(source: ProblemSource): NumberedCase[] {
  return numberedCases(source.problem);
}

function base(source: ProblemSource, language: Language, scenario: Scenario, options: GenerateOptions) {
  const id = `${LANGUAGE_PREFIX[language]}-${SCENARIO_ABBREVIATION[scenario]}-${source.problem.difficulty}-${source.problem.slug}`;
  const dir = `${language}/${scenario}/${source.problem.difficulty}/${id}`;
  const renderer = RENDERERS[language];
  const extension = LANGUAGE_INFO[language].extension;
  const meta = {
    id,
    title: source.problem.title,
    description: `${source.problem.title} (${LANGUAGE_INFO[language].displayName}, ${scenario})`,
    generated_from: source.path,
    solution_file: renderer.solutionFile,
    tags: source.problem.tags,
    source: 'original',
    author: 'aibaas-team',
    created: options.created,
    visibility: visibilityOf(options.seed, id),
  };
  return { id, dir, renderer, extension, meta, tests: renderer.tests(source.problem, numbered(source)) };
}

function taskYaml(meta: Record<string, unknown>): string {
  const header = `# Generated by \`aibaas bank generate\` from bank/${String(meta.generated_from)}: edit the problem, not this file.\n`;
  return header + stringify(meta, { lineWidth: 0 });
}

function codeGenerationTask(source: ProblemSource, language: Language, reference: string, options: GenerateOptions): GeneratedTask {
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'code-generation', options);
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile] };
  const yaml = taskYaml({ ...meta, prompt: codeGenerationPrompt(source.problem, renderer), files });
  return { id, dir, files: { 'task.yaml': yaml, [files.reference]: reference, [renderer.testFile]: tests } };
}

function refactoringTask(source: ProblemSource, language: Language, reference: string, poor: string, options: GenerateOptions): GeneratedTask {
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'refactoring', options);
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile], original: `original.${extension}` };
  const yaml = taskYaml({ ...meta, prompt: refactoringPrompt(source.problem, renderer, poor), files });
  return { id, dir, files: { 'task.yaml': yaml, [files.reference]: reference, [renderer.testFile]: tests, [files.original]: poor } };
}

function debuggingTask(source: ProblemSource, language: Language, reference: string, defect: string, failures: string, options: GenerateOptions): GeneratedTask {
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'debugging', options);
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile], defect: `defect.${extension}` };
  const yaml = taskYaml({ ...meta, prompt: debuggingPrompt(source.problem, renderer, defect, failures), files });
  return { id, dir, files: { 'task.yaml': yaml, [files.reference]: reference, [renderer.testFile]: tests, [files.defect]: defect } };
}

function testGenerationTask(source: ProblemSource, language: Language, reference: string, mutants: readonly string[], options: GenerateOptions): GeneratedTask {
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'test-generation', options);
  const mutantFiles = mutants.map((_, index) => `mutants/mutant-${String(index + 1).padStart(2, '0')}.${extension}`);
  // A weak answer for the defective baseline: the tests of the first example only.
  const weak = renderer.tests(source.problem, numbered(source).slice(0, 1));
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile], mutants: mutantFiles, weak_answer: `weak-${renderer.testFile}` };
  const yaml = taskYaml({ ...meta, prompt: testGenerationPrompt(source.problem, renderer, reference, TEST_CONVENTIONS[language]), files });
  const out: Record<string, string> = { 'task.yaml': yaml, [files.reference]: reference, [renderer.testFile]: tests, [files.weak_answer]: weak };
  mutants.forEach((mutant, index) => (out[mutantFiles[index]!] = mutant));
  return { id, dir, files: out };
}

/** How many defects a code-review task plants, by difficulty (fewer when the problem has fewer usable ones). */
const PLANTED_DEFECTS: Readonly<Record<string, number>> = { easy: 1, medium: 2, hard: 3 };

interface LineChange {
  line: number;
  from: string;
  to: string;
}

/** The one line where `variant` differs from `reference`, or null when they differ in line count or in more lines. */
function singleLineChange(reference: readonly string[], variant: string): LineChange | null {
  const lines = variant.split('\n');
  if (lines.length !== reference.length) return null;
  const changed = lines.flatMap((text, index) => (text === reference[index] ? [] : [index]));
  if (changed.length !== 1) return null;
  const index = changed[0]!;
  return { line: index + 1, from: reference[index]!, to: lines[index]! };
}

/**
 * A code-review task: the reference with up to 1/2/3 of its derived single-line defects planted (the debugging
 * defect first, then mutants), at least 7 lines apart so each finding points at one of them. Every planted defect
 * fails some test on its own; the tests ship with the task so validation shows the planted code fails.
 */
function codeReviewTask(source: ProblemSource, language: Language, reference: string, variants: readonly string[], options: GenerateOptions): GeneratedTask | null {
  const referenceLines = reference.split('\n');
  const chosen: LineChange[] = [];
  for (const variant of variants) {
    const change = singleLineChange(referenceLines, variant);
    if (!change || chosen.some((other) => Math.abs(other.line - change.line) < 7)) continue;
    chosen.push(change);
    if (chosen.length === (PLANTED_DEFECTS[source.problem.difficulty] ?? 1)) break;
  }
  if (chosen.length === 0) return null;
  const planted = [...referenceLines];
  for (const change of chosen) planted[change.line - 1] = change.to;
  const code = planted.join('\n');
  // The debugging defect (chosen first) was picked as the subtle, test-detected one: high; further mutants: medium.
  const issues: GroundTruthIssue[] = chosen
    .map((change, index) => ({ change, severity: index === 0 ? ('high' as const) : ('medium' as const) }))
    .sort((a, b) => a.change.line - b.change.line)
    .map(({ change, severity }) => ({
      kind: 'logic-error',
      severity,
      location: `line ${change.line}`,
      lines: [change.line, change.line],
      description: `Line ${change.line} is wrong: \`${change.to.trim()}\` should be \`${change.from.trim()}\`.\nThis line breaks the described behaviour for some inputs.`,
      keywords: [change.to.trim()],
      fix: change.from.trim(),
    }));
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'code-review', options);
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile], original: `original.${extension}`, answer: 'answer.md' };
  const yaml = taskYaml({ ...meta, prompt: codeReviewPrompt(source.problem, renderer, code), files, ground_truth: issues });
  return { id, dir, files: { 'task.yaml': yaml, [files.reference]: reference, [renderer.testFile]: tests, [files.original]: code, [files.answer]: renderFindingsAnswer(issues) } };
}

function normalisedName(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** The doc texts of a public item of a problem's reference: the main function from the problem, the rest generic. */
function itemDocs(source: ProblemSource, item: DocumentableItem) {
  const problem = source.problem;
  const sentence = (problem.statement.split(/(?<=\.)\s/)[0] ?? problem.title).replace(/\s+/g, ' ').trim();
  const isMain = normalisedName(item.name) === normalisedName(problem.name);
  const params: Record<string, string> = {};
  for (const name of item.params) {
    const param = problem.params.find((candidate) => normalisedName(candidate.name) === normalisedName(name));
    params[name] = param ? `the ${param.name.replace(/_/g, ' ')} (${formatTypeName(param.type)}) the description refers to as \`${param.name}\`` : `the ${name} to work on`;
  }
  const throws: Record<string, string> = {};
  for (const thrown of item.throws) throws[thrown] = problem.error ? `when ${problem.error}` : 'when the input is invalid';
  const summary = isMain ? sentence : item.kind === 'module' ? `implements ${problem.title.toLowerCase()}` : `${item.kind === 'function' || item.kind === 'method' ? 'Helper for' : 'Part of'} ${problem.title.toLowerCase()}.`;
  return { summary, params, ...(item.returns ? { returns: isMain ? `the result described above (${formatTypeName(problem.returns)})` : 'the computed value' } : {}), throws };
}

function formatTypeName(type: { kind: string; of?: unknown }): string {
  return type.kind === 'list' || type.kind === 'map' || type.kind === 'optional' ? `${type.kind} of ${formatTypeName(type.of as { kind: string })}` : type.kind;
}

/** A documentation task: the reference without doc comments; its documented form is the reference answer. */
function documentationTask(source: ProblemSource, language: Language, reference: string, tools: DocumentationTools, options: GenerateOptions): GeneratedTask {
  const original = tools.strip(language, reference);
  const documented = tools.render(language, original, (item) => itemDocs(source, item));
  const { id, dir, renderer, extension, meta, tests } = base(source, language, 'documentation', options);
  const files = { reference: `reference.${extension}`, tests: [renderer.testFile], original: `original.${extension}` };
  const yaml = taskYaml({ ...meta, prompt: documentationPrompt(source.problem, renderer, original, tools.format(language)), files });
  return { id, dir, files: { 'task.yaml': yaml, [files.reference]: documented, [renderer.testFile]: tests, [files.original]: original } };
}
