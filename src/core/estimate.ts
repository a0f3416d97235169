import type { ModelInfo } from './model.js';
import { buildPrompt, estimateTokens } from './prompt.js';
import type { Task } from './task.js';
import type { Scenario } from './taxonomy.js';
import { callCost } from './usage.js';

/**
 * Output tokens an answer is expected to take, per scenario: a whole source file for generation, refactoring and
 * debugging, a test file for test generation, a list of findings for review and security. Reasoning models spend
 * more (their reasoning tokens are billed as output): set run.expectedOutputTokens for them.
 */
export const DEFAULT_EXPECTED_OUTPUT_TOKENS: Readonly<Record<Scenario, number>> = Object.freeze({
  'code-generation': 700,
  'test-generation': 1000,
  'code-review': 600,
  refactoring: 900,
  debugging: 800,
  security: 700,
  documentation: 900,
});

export interface EstimateInput {
  models: readonly ModelInfo[];
  tasks: readonly Task[];
  repeat: number;
  /** The run's output cap: no answer is expected to be longer. */
  maxOutputTokens: number;
  expectedOutputTokens?: Partial<Record<Scenario, number>>;
}

export interface ModelEstimate {
  modelId: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Null when the model has no known price. */
  costUsd: number | null;
  priceSource: string | null;
}

export interface RunEstimate {
  models: ModelEstimate[];
  calls: number;
  /** The sum over models with a price; `unpriced` lists the others. */
  pricedUsd: number;
  unpriced: string[];
  /** The same figure if every answer used the whole output cap: the worst case. */
  worstCaseUsd: number;
}

/**
 * Projects a run's cost before it starts: for every model, each task's prompt (estimated at ~4 characters a token)
 * plus the scenario's expected output, times the repeats, priced with the model's price. No cache hits are assumed.
 */
export function estimateRun(input: EstimateInput): RunEstimate {
  const expected = { ...DEFAULT_EXPECTED_OUTPUT_TOKENS, ...input.expectedOutputTokens };
  let promptTokens = 0;
  let outputTokens = 0;
  for (const task of input.tasks) {
    promptTokens += estimateTokens(buildPrompt(task).map((message) => message.content).join('\n'));
    outputTokens += Math.min(expected[task.scenario], input.maxOutputTokens);
  }
  const calls = input.tasks.length * input.repeat;
  const usage = (output: number) => ({ inputTokens: promptTokens * input.repeat, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: output * input.repeat, reasoningTokens: 0, estimated: true });
  const models = input.models.map((model): ModelEstimate => ({
    modelId: model.id,
    calls,
    inputTokens: promptTokens * input.repeat,
    outputTokens: outputTokens * input.repeat,
    costUsd: callCost(usage(outputTokens), model.price),
    priceSource: model.price?.source ?? null,
  }));
  const worst = input.models.reduce((sum, model) => sum + (callCost(usage(input.tasks.length * input.maxOutputTokens), model.price) ?? 0), 0);
  return {
    models,
    calls: calls * input.models.length,
    pricedUsd: models.reduce((sum, model) => sum + (model.costUsd ?? 0), 0),
    unpriced: models.filter((model) => model.costUsd === null).map((model) => model.modelId),
    worstCaseUsd: Number(worst.toFixed(10)),
  };
}

/** Judge replies are short JSON objects; the judge prompt adds the rubric to the task and the answer. */
export const JUDGE_REPLY_TOKENS = 350;
export const JUDGE_RUBRIC_TOKENS = 400;

export interface JudgingEstimateInput {
  /** The answering models and the run's tasks and repeats (what is judged). */
  models: readonly ModelInfo[];
  tasks: readonly Task[];
  repeat: number;
  /** One entry per panel seat: the judge model. */
  seats: readonly ModelInfo[];
  selfReview: boolean;
  /** Share of the results judged (judges.sample.top + random, at most 1). */
  share: number;
  expectedOutputTokens?: Partial<Record<Scenario, number>>;
}

/**
 * The projected cost of judging a run: every judged result costs each panel seat (and, with self-review, its own
 * model) one call of the task prompt + the expected answer + the rubric in, a short JSON reply out. Retries of invalid
 * replies and the cache are not counted.
 */
export function estimateJudging(input: JudgingEstimateInput): { calls: number; pricedUsd: number; unpriced: string[] } {
  const expected = { ...DEFAULT_EXPECTED_OUTPUT_TOKENS, ...input.expectedOutputTokens };
  const share = Math.min(1, Math.max(0, input.share));
  const perResultInput = input.tasks.length === 0 ? 0
    : input.tasks.reduce((sum, task) => sum + estimateTokens(task.prompt) + expected[task.scenario] + JUDGE_RUBRIC_TOKENS, 0) / input.tasks.length;
  const judgedPerModel = Math.ceil(input.tasks.length * input.repeat * share);
  const judges = input.models.flatMap((model) => [...input.seats, ...(input.selfReview && !model.baseline ? [model] : [])]);
  const usage = { inputTokens: Math.round(perResultInput * judgedPerModel), cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: JUDGE_REPLY_TOKENS * judgedPerModel, reasoningTokens: 0, estimated: true };
  let pricedUsd = 0;
  const unpriced = new Set<string>();
  for (const judge of judges) {
    const cost = callCost(usage, judge.price);
    if (cost === null) unpriced.add(judge.id);
    else pricedUsd += cost;
  }
  return { calls: judges.length * judgedPerModel, pricedUsd, unpriced: [...unpriced] };
}
