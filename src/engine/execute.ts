import pLimit from 'p-limit';
import type { PlannedItem, ResultRecord, Run, Task } from '../core/index.js';
import { AibaasError, planItems, resultKey } from '../core/index.js';
import type { Store } from '../store/index.js';
import { answerItem, isRetryable, type ItemContext } from './answer-item.js';
import type { AnswerGrader, CallableModel, Clock } from './ports.js';

export type RunProgressEvent =
  | { type: 'start'; run: Run; total: number; alreadyDone: number; spentUsd: number }
  | { type: 'budget'; spentUsd: number; maxCostUsd: number; remaining: number }
  | { type: 'result'; item: PlannedItem; result: ResultRecord; done: number; total: number }
  | { type: 'failure'; item: PlannedItem; error: Error; done: number; total: number };

export interface ExecuteDependencies {
  store: Store;
  models: ReadonlyMap<string, CallableModel>;
  tasks: ReadonlyMap<string, Task>;
  grade: AnswerGrader;
  clock: Clock;
  /** Looks up a stored response for `reuseAnswers` runs (the store's findAnswer). */
  reuse?: ItemContext['reuse'];
  /** Always answer from stored responses (a re-grade), whatever the run's options say. */
  reuseAlways?: boolean;
}

export interface ExecuteOptions {
  onProgress?: (event: RunProgressEvent) => void;
  /** Aborting stops new items from starting; items in flight finish and are stored. */
  signal?: AbortSignal;
}

export interface RunOutcome {
  run: Run;
  planned: number;
  completed: number;
  /** Items that failed retryably this time and stay missing (a resume retries them). */
  failed: { item: PlannedItem; error: Error }[];
  /** USD spent by the run's stored results (results with an unknown price are not counted). */
  spentUsd: number;
  /** Results whose cost is unknown (no price): the budget cap cannot count them. */
  unpricedResults: number;
  /** True when the run stopped because it reached its budget cap. */
  budgetReached: boolean;
}

function checkResolvable(run: Run, dependencies: ExecuteDependencies): void {
  const missingModels = run.modelIds.filter((id) => !dependencies.models.has(id));
  const missingTasks = run.taskIds.filter((id) => !dependencies.tasks.has(id));
  if (missingModels.length > 0) {
    throw new AibaasError('RUN_MODEL_UNAVAILABLE', `Run ${run.id} needs models that are not available now: ${missingModels.join(', ')}.`, {
      fix: 'Configure the providers of those models again (keys in the environment), then resume.',
    });
  }
  if (missingTasks.length > 0) {
    throw new AibaasError('RUN_TASK_UNAVAILABLE', `Run ${run.id} needs tasks that are not in the loaded bank: ${missingTasks.slice(0, 5).join(', ')}.`, {
      fix: `Resume with the bank version the run started with (${run.bankVersion}).`,
    });
  }
}

/**
 * Executes the items of a run that have no stored result yet, with bounded concurrency, storing each result as
 * soon as it is graded. Running it again on the same run (a resume, or a restart after a crash) does only the
 * missing work; the store's unique key makes a replayed item harmless.
 */
export async function executeRun(run: Run, dependencies: ExecuteDependencies, options: ExecuteOptions = {}): Promise<RunOutcome> {
  checkResolvable(run, dependencies);
  const { store } = dependencies;
  const planned = planItems(run);
  const stored = await store.listResults(run.id);
  const doneKeys = new Set(stored.map(resultKey));
  const missing = planned.filter((item) => !doneKeys.has(resultKey({ runId: run.id, ...item })));
  let done = planned.length - missing.length;
  // Reused answers cost this run nothing; their cost stays on the result as the price of the original call.
  const chargeable = (result: ResultRecord) => (result.reusedFrom ? 0 : result.costUsd);
  let spentUsd = stored.reduce((sum, result) => sum + (chargeable(result) ?? 0), 0);
  let unpricedResults = stored.filter((result) => result.status === 'scored' && chargeable(result) === null).length;
  const maxCostUsd = run.options.maxCostUsd;
  let budgetSkipped = 0;
  options.onProgress?.({ type: 'start', run, total: planned.length, alreadyDone: done, spentUsd });
  if (run.status !== 'running') await store.setRunStatus(run.id, 'running', null, null);

  const failed: RunOutcome['failed'] = [];
  let fatal: Error | undefined;
  const limit = pLimit(Math.max(1, run.options.concurrency));
  await Promise.all(
    missing.map((item) =>
      limit(async () => {
        if (options.signal?.aborted || fatal) return;
        // The cap is checked before each item starts; items already in flight finish and are stored, so a run
        // can pass its cap by at most the cost of the items in flight.
        if (maxCostUsd !== undefined && spentUsd >= maxCostUsd) {
          if (budgetSkipped++ === 0) options.onProgress?.({ type: 'budget', spentUsd, maxCostUsd, remaining: planned.length - done });
          return;
        }
        try {
          const result = await answerItem({
            run, item, grade: dependencies.grade, clock: dependencies.clock,
            ...((run.options.reuseAnswers || dependencies.reuseAlways) && dependencies.reuse ? { reuse: dependencies.reuse } : {}),
            model: dependencies.models.get(item.modelId) as CallableModel,
            task: dependencies.tasks.get(item.taskId) as Task,
            ...(options.signal ? { signal: options.signal } : {}),
          });
          await store.saveResult(result);
          done++;
          const cost = chargeable(result);
          if (cost === null) {
            if (result.status === 'scored') unpricedResults++;
          } else {
            spentUsd += cost;
          }
          options.onProgress?.({ type: 'result', item, result, done, total: planned.length });
        } catch (error) {
          const failure = error instanceof Error ? error : new Error(String(error));
          failed.push({ item, error: failure });
          // A failure that will not go away by itself (no sandbox, a missing toolchain) stops the run early.
          if (!isRetryable(failure)) fatal ??= failure;
          options.onProgress?.({ type: 'failure', item, error: failure, done, total: planned.length });
        }
      }),
    ),
  );

  const finishedAt = dependencies.clock.now().toISOString();
  const budgetReached = budgetSkipped > 0;
  if (done === planned.length) {
    await store.setRunStatus(run.id, 'completed', finishedAt, null);
  } else if (budgetReached && !fatal) {
    await store.setRunStatus(run.id, 'stopped', finishedAt, `budget cap of $${maxCostUsd} reached ($${spentUsd.toFixed(4)} spent) with ${planned.length - done} of ${planned.length} items missing`);
  } else if (options.signal?.aborted && !fatal) {
    await store.setRunStatus(run.id, 'cancelled', finishedAt, `cancelled with ${planned.length - done} of ${planned.length} items missing`);
  } else {
    const reason = fatal ?? failed[0]?.error;
    await store.setRunStatus(run.id, 'failed', finishedAt, `${planned.length - done} of ${planned.length} items missing${reason ? `: ${reason.message}` : ''}`);
  }
  const finalRun = await store.getRun(run.id);
  if (fatal) throw fatal;
  return { run: finalRun ?? run, planned: planned.length, completed: done, failed, spentUsd, unpricedResults, budgetReached };
}
