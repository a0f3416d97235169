import type { ModelInfo, ResultRecord } from '../core/index.js';
import { AibaasError, resultKey } from '../core/index.js';
import type { Store } from '../store/index.js';
import type { StoredAnswer } from './answer-item.js';
import type { CallableModel } from './ports.js';

/** A stored result as the model call that produced it (its usage, cost and attempts as they were then). */
export function storedAnswerOf(record: ResultRecord): StoredAnswer {
  return {
    runId: record.runId,
    attempt: record.attempt,
    call: {
      text: record.rawResponse,
      reasoning: record.reasoning,
      finishReason: record.finishReason ?? 'stop',
      usage: record.usage,
      costUsd: record.costUsd,
      price: record.price,
      latencyMs: record.timing.latencyMs,
      ttftMs: record.timing.ttftMs,
      callAttempts: record.callAttempts,
      httpStatus: record.httpStatus,
      requestId: record.requestId,
      attempts: record.callLog.map((attempt) => ({ ...attempt, outcome: attempt.outcome as 'ok' })),
    },
  };
}

/** Looks up earlier answers of other runs in the store (for runs started with `--reuse-answers`). */
export function reuseFromStore(store: Store, runId: string): (modelId: string, promptHash: string) => Promise<StoredAnswer | undefined> {
  return async (modelId, promptHash) => {
    const record = await store.findAnswer(modelId, promptHash, runId);
    return record ? storedAnswerOf(record) : undefined;
  };
}

/** The answers of one stored run, item by item, for re-grading it (`aibaas rescore`). */
export function reuseFromRun(records: readonly ResultRecord[]): (modelId: string, promptHash: string, item: { taskId: string; attempt: number }) => Promise<StoredAnswer | undefined> {
  const byItem = new Map(records.filter((record) => record.status === 'scored').map((record) => [resultKey({ ...record, runId: '' }), record]));
  return async (modelId, _promptHash, item) => {
    const record = byItem.get(resultKey({ runId: '', modelId, taskId: item.taskId, attempt: item.attempt }));
    return record ? storedAnswerOf(record) : undefined;
  };
}

/**
 * A stand-in for a model in a re-grade: it is never called for an item that has a stored answer, and refuses (as
 * the model's error result) the items whose original call failed, so re-grading can never spend money.
 */
export function storedAnswersOnly(info: ModelInfo, sourceRunId: string): CallableModel {
  return {
    id: info.id,
    info,
    generate: async () => {
      throw new AibaasError('RESCORE_NO_ANSWER', `Run ${sourceRunId} has no answer of ${info.id} to this task (its call failed), so there is nothing to re-grade.`, {
        fix: 'Nothing to do: the original error stays in the source run. Resume or rerun the source run to get an answer.',
      });
    },
  };
}
