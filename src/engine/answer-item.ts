import { createHash } from 'node:crypto';
import type { CallAttempt, PlannedItem, ResultRecord, Run, Task } from '../core/index.js';
import { buildPrompt, finalScore, RESULT_SCHEMA_VERSION, ZERO_USAGE } from '../core/index.js';
import { isProviderFatal } from './failures.js';
import type { AnswerGrader, CallableModel, Clock } from './ports.js';
import type { ModelCallResult } from '../providers/index.js';

/** An earlier stored response to the same model and prompt (for `--reuse-answers`). */
export interface StoredAnswer {
  runId: string;
  attempt: number;
  call: ModelCallResult;
}

export interface ItemContext {
  run: Run;
  /** Finds a stored response to reuse instead of calling the model; only given when the run asks for reuse. */
  reuse?: (modelId: string, promptHash: string, item: PlannedItem) => Promise<StoredAnswer | undefined>;
  model: CallableModel;
  task: Task;
  item: PlannedItem;
  grade: AnswerGrader;
  clock: Clock;
  signal?: AbortSignal;
}

function promptHash(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}

/**
 * One planned item: ask the model, grade its answer, and return the full result record. A model call that fails
 * for good becomes an `error` result (it is part of the model's record); a retryable call failure and any grading
 * failure are thrown, so the item stays missing and a resume tries it again.
 */
export async function answerItem(context: ItemContext): Promise<ResultRecord> {
  const { run, model, task, item, clock } = context;
  const messages = buildPrompt(task);
  const promptText = JSON.stringify(messages);
  const base = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    runId: run.id,
    modelId: model.id,
    taskId: task.id,
    attempt: item.attempt,
    language: task.language,
    scenario: task.scenario,
    difficulty: task.difficulty,
    promptHash: promptHash(promptText),
    prompt: promptText,
    bankVersion: run.bankVersion,
    codeRevision: run.codeRevision,
  };
  const stored = context.reuse ? await context.reuse(model.id, base.promptHash, item) : undefined;
  const reusedFrom: ResultRecord['reusedFrom'] = stored ? { runId: stored.runId, attempt: stored.attempt } : null;
  let call: ModelCallResult;
  if (stored) {
    call = stored.call;
  } else {
    try {
      call = await model.generate({
        messages,
        temperature: run.options.temperature,
        maxOutputTokens: run.options.maxOutputTokens,
        taskId: task.id,
        ...(context.signal ? { signal: context.signal } : {}),
      });
    } catch (error) {
      // Retryable failures leave the item for a resume; a provider that refuses us (bad key, no credit) stops the
      // run. Neither is the model's answer, so neither is stored as one.
      if (isRetryable(error) || isProviderFatal(error)) throw error;
      const attempts = callLogOf(error);
      const last = attempts[attempts.length - 1];
      return {
        ...base, status: 'error', error: errorText(error), rawResponse: '', extractedAnswer: '', extraction: 'empty',
        sandbox: null, automated: null, layers: {}, finalScore: null, usage: { ...ZERO_USAGE }, costUsd: null,
        price: model.info.price ?? null, timing: { latencyMs: 0, ttftMs: null }, callAttempts: Math.max(1, attempts.length),
        callLog: attempts, reasoning: null, finishReason: null, reusedFrom: null,
        httpStatus: last?.status ?? null, requestId: last?.requestId ?? null, toolchainVersion: null, createdAt: clock.now().toISOString(),
      };
    }
  }
  const callFields = {
    rawResponse: call.text, usage: call.usage, costUsd: call.costUsd, price: call.price,
    timing: { latencyMs: call.latencyMs, ttftMs: call.ttftMs }, callAttempts: call.callAttempts,
    callLog: call.attempts, reasoning: call.reasoning, finishReason: call.finishReason, reusedFrom,
    httpStatus: call.httpStatus, requestId: call.requestId,
  };
  // Graders turn every kind of bad answer into a score; an exception here is the service's own failure (sandbox,
  // toolchain), so it is thrown and the item stays missing rather than charging the model with it.
  const graded = await context.grade(task, call.text);
  const layers = { automated: graded.automated.score };
  return {
    ...base, ...callFields, status: 'scored', error: null,
    extractedAnswer: graded.extraction.code, extraction: graded.extraction.method,
    sandbox: graded.sandbox, automated: graded.automated, layers, finalScore: finalScore(layers).score,
    toolchainVersion: graded.sandbox?.toolchainVersion ?? null, createdAt: clock.now().toISOString(),
  };
}

function callLogOf(error: unknown): CallAttempt[] {
  return typeof error === 'object' && error !== null && 'attempts' in error && Array.isArray(error.attempts) ? (error.attempts as CallAttempt[]) : [];
}

/** Retryable failures (network, rate limits, a missing toolchain being installed) leave the item for a resume. */
export function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'retryable' in error && (error as { retryable: unknown }).retryable === true;
}
