import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Difficulty, Language, Scenario, SourceFile, Task } from '../core/index.js';
import { AibaasError, isDifficulty, isLanguage, isScenario } from '../core/index.js';
import { bankFileSchema, taskFileSchema, type TaskFile } from './task-schema.js';

const PROBLEMS_DIR = 'problems';
/** bank/catalogue/ holds the snippet catalogues security tasks are composed from (docs/bank.md). */
const CATALOGUE_DIR = 'catalogue';

export interface Bank {
  /** Monthly release, e.g. `v2026_11`. */
  version: string;
  /** Seeds the public/private draw of generated tasks. */
  visibilitySeed: number;
  /** The release date (yyyy-mm-dd), the created date of generated tasks. */
  released: string;
  root: string;
  tasks: Task[];
}

/** One problem found in a task directory. */
export interface TaskProblem {
  path: string;
  reason: string;
}

/** Zod issues as one line: `path message; path message`. */
export function describeZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(file)'} ${issue.message}`)
    .join('; ');
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

async function listDirectories(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

const REVIEW_SCENARIOS: ReadonlySet<Scenario> = new Set(['code-review', 'security']);

/** Parses and checks one task directory; throws a string reason for the first problem found. */
async function loadTask(root: string, relative: string, cell: { language: Language; scenario: Scenario; difficulty: Difficulty }): Promise<Task> {
  const directory = path.join(root, relative);
  let raw: unknown;
  try {
    raw = parseYaml(await readText(path.join(directory, 'task.yaml')));
  } catch (error) {
    throw new Error(`task.yaml cannot be read as YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = taskFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`task.yaml: ${describeZodIssues(parsed.error)}`);
  const file: TaskFile = parsed.data;
  const taskDirName = path.basename(directory);
  if (file.id !== taskDirName) throw new Error(`task.yaml: id "${file.id}" must equal the directory name "${taskDirName}"`);
  for (const key of ['language', 'scenario', 'difficulty'] as const) {
    if (file[key] !== undefined && file[key] !== cell[key]) {
      throw new Error(`task.yaml: ${key} "${file[key]}" contradicts the directory (${cell[key]})`);
    }
  }
  const read = async (name: string, role: string) => {
    try {
      return await readText(path.join(directory, name));
    } catch {
      throw new Error(`task.yaml: files.${role} names "${name}", which does not exist in the task directory`);
    }
  };
  const tests: SourceFile[] = [];
  for (const name of file.files.tests) tests.push({ name, content: await read(name, 'tests') });
  if (tests.some((t) => t.name === file.solution_file)) throw new Error('task.yaml: a test file has the same name as solution_file');
  if (tests.length === 0 && !REVIEW_SCENARIOS.has(cell.scenario)) throw new Error(`task.yaml: files.tests must list at least one test file (only code-review and security tasks may have none)`);
  if (REVIEW_SCENARIOS.has(cell.scenario) && (!file.files.original || !file.files.answer || !file.ground_truth?.length)) {
    throw new Error('task.yaml: a code-review or security task needs files.original (the code to review), files.answer (the ground-truth answer) and ground_truth (the planted issues)');
  }
  if (cell.scenario === 'documentation' && !file.files.original) throw new Error('task.yaml: a documentation task needs files.original (the code to document)');
  const created = file.created instanceof Date ? file.created.toISOString().slice(0, 10) : file.created;
  return {
    id: file.id,
    ...cell,
    title: file.title,
    description: file.description,
    prompt: file.prompt,
    solutionFile: file.solution_file,
    reference: await read(file.files.reference, 'reference'),
    tests,
    ...(file.files.starter ? { starterCode: await read(file.files.starter, 'starter') } : {}),
    ...(file.files.defect ? { defect: await read(file.files.defect, 'defect') } : {}),
    ...(file.files.original ? { original: await read(file.files.original, 'original') } : {}),
    ...(file.files.mutants ? { mutants: await Promise.all(file.files.mutants.map((name) => read(name, 'mutants'))) } : {}),
    ...(file.files.weak_answer ? { weakAnswer: await read(file.files.weak_answer, 'weak_answer') } : {}),
    ...(file.files.answer ? { answer: await read(file.files.answer, 'answer') } : {}),
    ...(file.generated_from ? { generatedFrom: file.generated_from } : {}),
    ...(file.expected_metrics ? { expectedMetrics: file.expected_metrics } : {}),
    ...(file.ground_truth ? { groundTruth: file.ground_truth } : {}),
    tags: file.tags,
    source: file.source,
    author: file.author,
    createdAt: created,
    visibility: file.visibility,
    path: relative,
  };
}

async function checkedCellNames(directory: string, isValid: (name: string) => boolean, what: string, problems: TaskProblem[], root: string): Promise<string[]> {
  const names = await listDirectories(directory);
  for (const name of names.filter((n) => !isValid(n))) {
    problems.push({ path: path.relative(root, path.join(directory, name)), reason: `"${name}" is not a known ${what}` });
  }
  return names.filter(isValid);
}

/**
 * Loads every task under `bank/<language>/<scenario>/<difficulty>/<task-id>/`. Returns the tasks that load and a
 * list of problems (path + reason) for those that do not, so `bank validate` can show them all.
 */
export async function scanBank(root: string): Promise<{ bank: Bank; problems: TaskProblem[] }> {
  const problems: TaskProblem[] = [];
  let version: string;
  let visibilitySeed: number;
  let released: string;
  try {
    const bankFile = bankFileSchema.safeParse(parseYaml(await readText(path.join(root, 'bank.yaml'))));
    if (!bankFile.success) throw new Error(`bank.yaml: ${describeZodIssues(bankFile.error)}`);
    version = bankFile.data.version;
    visibilitySeed = bankFile.data.visibility_seed;
    const date = bankFile.data.released;
    released = date instanceof Date ? date.toISOString().slice(0, 10) : date;
  } catch (error) {
    const exists = await stat(root).then(() => true, () => false);
    throw new AibaasError('BANK_NOT_FOUND', exists ? (error as Error).message.replace('bank.yaml:', `${path.join(root, 'bank.yaml')}:`) : `The test bank directory ${root} does not exist.`, {
      fix: 'Point bankDir (AIBAAS_BANK_DIR or bankDir in aibaas.config.yaml) at the repository\'s bank/ directory, which holds bank.yaml.',
    });
  }
  const tasks: Task[] = [];
  const seen = new Map<string, string>();
  // bank/problems/ holds the language-neutral problems the generated tasks come from (docs/problems.md).
  for (const language of await checkedCellNames(root, (name) => isLanguage(name) || name === PROBLEMS_DIR || name === CATALOGUE_DIR, 'language', problems, root)) {
    if (language === PROBLEMS_DIR || language === CATALOGUE_DIR) continue;
    for (const scenario of await checkedCellNames(path.join(root, language), isScenario, 'scenario', problems, root)) {
      const scenarioDir = path.join(root, language, scenario);
      for (const difficulty of await checkedCellNames(scenarioDir, isDifficulty, 'difficulty', problems, root)) {
        const cellDir = path.join(scenarioDir, difficulty);
        for (const id of await listDirectories(cellDir)) {
          const relative = path.join(language, scenario, difficulty, id);
          try {
            const task = await loadTask(root, relative, { language: language as Language, scenario: scenario as Scenario, difficulty: difficulty as Difficulty });
            const duplicate = seen.get(task.id);
            if (duplicate) throw new Error(`id "${task.id}" is already used by ${duplicate}`);
            seen.set(task.id, relative);
            tasks.push(task);
          } catch (error) {
            problems.push({ path: path.join(relative, 'task.yaml'), reason: (error as Error).message });
          }
        }
      }
    }
  }
  return { bank: { version, visibilitySeed, released, root, tasks }, problems };
}

/** Loads the bank and refuses to go on if any task file is malformed, naming each file and its problem. */
export async function loadBank(root: string): Promise<Bank> {
  const { bank, problems } = await scanBank(root);
  if (problems.length > 0) {
    const list = problems.slice(0, 10).map((p) => `  ${path.join(root, p.path)}: ${p.reason}`).join('\n');
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
    throw new AibaasError('BANK_TASK_INVALID', `${problems.length} task file(s) in the bank are malformed:\n${list}${more}`, {
      fix: 'Correct each file as docs/bank.md describes (or move the task out of bank/), then run `aibaas bank validate`.',
    });
  }
  return bank;
}
