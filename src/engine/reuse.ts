import type { ResultRecord } from '../core/index.js';
import type { Store } from '../store/index.js';
import type { StoredAnswer } from './answer-item.js';

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
