import type { ModelInfo, Run, RunOptions, Task } from '../core/index.js';
import { AibaasError, selectTasks } from '../core/index.js';
import { matchesAny } from '../providers/index.js';

export interface PlanInput {
  id: string;
  options: RunOptions;
  /** Discovered models, already through the discovery filter. */
  models: readonly ModelInfo[];
  tasks: readonly Task[];
  bankVersion: string;
  codeRevision: string;
  createdAt: string;
}

/** Chooses the models (by the run's patterns) and tasks (seeded selection) of a new run. */
export function planRun(input: PlanInput): Run {
  const patterns = input.options.modelPatterns;
  const models = input.models.filter((model) => patterns.length === 0 || matchesAny(model.id, patterns));
  if (models.length === 0) {
    const known = input.models.map((m) => m.id).join(', ') || 'none';
    throw new AibaasError('RUN_NO_MODELS', `No discovered model matches --models ${patterns.join(',')}.`, {
      fix: `Use globs matching discovered models (known: ${known}); \`aibaas models\` lists them.`,
    });
  }
  const tasks = selectTasks(input.tasks, {
    languages: input.options.languages,
    scenarios: input.options.scenarios,
    difficulties: input.options.difficulties,
    perCell: input.options.tasksPerCell ?? 1,
    seed: input.options.seed,
  });
  if (tasks.length === 0) {
    throw new AibaasError('RUN_NO_TASKS', `The bank has no tasks for languages ${input.options.languages.join(', ')} × scenarios ${input.options.scenarios.join(', ')}.`, {
      fix: 'Choose languages and scenarios that have tasks (`aibaas bank stats` lists them).',
    });
  }
  return {
    id: input.id,
    status: 'running',
    options: input.options,
    modelIds: models.map((m) => m.id),
    taskIds: tasks.map((t) => t.id),
    bankVersion: input.bankVersion,
    codeRevision: input.codeRevision,
    createdAt: input.createdAt,
    finishedAt: null,
    error: null,
  };
}
