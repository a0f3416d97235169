import Table from 'cli-table3';
import pLimit from 'p-limit';
import { scanBank, type TaskProblem } from '../../bank/index.js';
import { createExecution } from '../../config/index.js';
import type { Task } from '../../core/index.js';
import { AibaasError, DIFFICULTIES } from '../../core/index.js';
import { shuffled, validateTask, type TaskValidation } from '../../graders/index.js';
import { getToolchain } from '../../sandbox/index.js';
import type { CommandContext } from '../context.js';

function cellOf(task: Pick<Task, 'language' | 'scenario' | 'difficulty'>): string {
  return `${task.language}/${task.scenario}/${task.difficulty}`;
}

/** `aibaas bank stats`: task counts per language × scenario × difficulty. */
export async function bankStatsCommand(context: CommandContext, options: { json?: boolean }): Promise<number> {
  const { bank, problems } = await scanBank(context.config.bankDir);
  const counts = new Map<string, Record<string, number>>();
  for (const task of bank.tasks) {
    const key = `${task.language}/${task.scenario}`;
    const row = counts.get(key) ?? { easy: 0, medium: 0, hard: 0 };
    row[task.difficulty] = (row[task.difficulty] ?? 0) + 1;
    counts.set(key, row);
  }
  if (options.json) {
    context.stdout.write(`${JSON.stringify({ version: bank.version, total: bank.tasks.length, cells: Object.fromEntries(counts), malformed: problems }, null, 2)}\n`);
    return 0;
  }
  const table = new Table({ head: ['Language/scenario', ...DIFFICULTIES, 'total'], style: { head: [], border: [] } });
  for (const [key, row] of [...counts].sort()) {
    table.push([key, ...DIFFICULTIES.map((d) => String(row[d] ?? 0)), String(DIFFICULTIES.reduce((sum, d) => sum + (row[d] ?? 0), 0))]);
  }
  context.stdout.write(`Bank ${bank.version}: ${bank.tasks.length} tasks${problems.length ? `, ${problems.length} malformed` : ''}\n${table.toString()}\n`);
  return 0;
}

/** `aibaas bank validate`: runs every task's checks in the sandbox and prints a table per cell. */
export async function bankValidateCommand(context: CommandContext, options: { json?: boolean; filter?: string; sample?: string; seed?: string }): Promise<number> {
  const { bank, problems } = await scanBank(context.config.bankDir);
  const filtered = bank.tasks.filter((task) => !options.filter || `${cellOf(task)}/${task.id}`.includes(options.filter));
  const tasks = options.sample === undefined ? filtered : stratifiedSample(filtered, positive(options.sample, '--sample'), options.seed === undefined ? 1 : positive(options.seed, '--seed'));
  const { toolchains } = createExecution(context.config, context.warn);
  const limit = pLimit(context.config.sandbox.concurrency);
  let done = 0;
  const validations: (TaskValidation & { task: Task })[] = await Promise.all(
    tasks.map((task) =>
      limit(async () => {
        let validation: TaskValidation;
        try {
          validation = await validateTask(task, getToolchain(toolchains, task.language));
        } catch (error) {
          validation = { taskId: task.id, valid: false, reasons: [(error as Error).message], durationMs: 0 };
        }
        done++;
        if (!options.json && context.stderr.isTTY) context.stderr.write(`\r${done}/${tasks.length} validated`);
        // Without a terminal (CI logs): a line at every tenth of the work.
        else if (!options.json && tasks.length >= 50 && done % Math.ceil(tasks.length / 10) === 0) context.stderr.write(`${done}/${tasks.length} validated\n`);
        return { ...validation, task };
      }),
    ),
  );
  if (!options.json && context.stderr.isTTY) context.stderr.write('\n');
  const invalid = validations.filter((v) => !v.valid);
  if (options.json) {
    context.stdout.write(`${JSON.stringify({ version: bank.version, total: tasks.length, valid: tasks.length - invalid.length, malformed: problems, invalid: invalid.map(({ task, ...rest }) => ({ ...rest, path: task.path })) }, null, 2)}\n`);
  } else {
    const sampled = options.sample === undefined ? '' : `\nA sample of ${options.sample} task(s) per cell (seed ${options.seed ?? 1}) of ${filtered.length}; the full check is \`aibaas bank validate\`.`;
    context.stdout.write(`${renderValidation(validations, problems)}${sampled}\n`);
  }
  return invalid.length === 0 && problems.length === 0 ? 0 : 1;
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new AibaasError('CONFIG_INVALID', `${flag} must be a positive whole number, got ${text}.`, { fix: `Give ${flag} a value of 1 or more.` });
  }
  return value;
}

/** Up to `perCell` tasks of every language × scenario × difficulty cell, drawn with a seeded shuffle. */
export function stratifiedSample(tasks: readonly Task[], perCell: number, seed: number): Task[] {
  const cells = new Map<string, Task[]>();
  for (const task of tasks) cells.set(cellOf(task), [...(cells.get(cellOf(task)) ?? []), task]);
  return [...cells.values()].flatMap((cell) => shuffled(cell, seed).slice(0, perCell));
}

/** Sorts cells by language and scenario, then easy → medium → hard. */
function cellOrder(cell: string): number {
  return DIFFICULTIES.indexOf(cell.split('/')[2] as (typeof DIFFICULTIES)[number]);
}

const prefix = (cell: string) => cell.split('/').slice(0, 2).join('/');

function renderValidation(validations: (TaskValidation & { task: Task })[], problems: TaskProblem[]): string {
  const cells = new Map<string, { tasks: number; valid: number }>();
  for (const validation of validations) {
    const cell = cells.get(cellOf(validation.task)) ?? { tasks: 0, valid: 0 };
    cell.tasks++;
    if (validation.valid) cell.valid++;
    cells.set(cellOf(validation.task), cell);
  }
  const table = new Table({ head: ['Language/scenario/difficulty', 'tasks', 'valid', 'invalid'], style: { head: [], border: [] } });
  for (const [cell, counts] of [...cells].sort(([a], [b]) => prefix(a).localeCompare(prefix(b)) || cellOrder(a) - cellOrder(b))) table.push([cell, String(counts.tasks), String(counts.valid), String(counts.tasks - counts.valid)]);
  const lines = [table.toString()];
  for (const validation of validations.filter((v) => !v.valid)) lines.push(`INVALID ${validation.task.path}: ${validation.reasons.join(' | ')}`);
  for (const problem of problems) lines.push(`MALFORMED ${problem.path}: ${problem.reason}`);
  const invalidCount = validations.filter((v) => !v.valid).length + problems.length;
  lines.push(`${validations.length} tasks checked, ${invalidCount} invalid`);
  return lines.join('\n');
}
