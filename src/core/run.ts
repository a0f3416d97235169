import type { ModelId } from './model.js';
import type { Difficulty, Language, Scenario } from './taxonomy.js';

/** `stopped`: the run reached its budget cap (`--max-cost`) and stopped cleanly with what it had. */
export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'stopped';

/** The options a run was started with; stored so it can be resumed and reproduced. */
export interface RunOptions {
  modelPatterns: string[];
  languages: Language[];
  scenarios: Scenario[];
  difficulties: Difficulty[];
  /** Tasks per language × scenario × difficulty cell (absent in runs stored before it existed: 1). */
  tasksPerCell?: number;
  seed: number;
  repeat: number;
  concurrency: number;
  temperature: number;
  maxOutputTokens: number;
  /** Stop starting new items once the run's calls cost this many USD. */
  maxCostUsd?: number;
  /** Answer from stored responses of earlier runs to the same model and prompt instead of calling again. */
  reuseAnswers?: boolean;
}

/** One unit of planned work: a model answering a task, for one attempt. */
export interface PlannedItem {
  modelId: ModelId;
  taskId: string;
  attempt: number;
}

export interface Run {
  id: string;
  status: RunStatus;
  options: RunOptions;
  modelIds: ModelId[];
  taskIds: string[];
  bankVersion: string;
  codeRevision: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** Expands a run into its planned items: every model × task × attempt, in a stable order. */
export function planItems(run: Pick<Run, 'modelIds' | 'taskIds'> & { options: Pick<RunOptions, 'repeat'> }): PlannedItem[] {
  const items: PlannedItem[] = [];
  for (let attempt = 1; attempt <= run.options.repeat; attempt++) {
    for (const taskId of run.taskIds) {
      for (const modelId of run.modelIds) items.push({ modelId, taskId, attempt });
    }
  }
  return items;
}
