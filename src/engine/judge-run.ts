import type { JudgeReview, JudgeSeat, LayerWeights, ResultRecord, ResultRef, Task } from '../core/index.js';
import { createRandom, hashString, shuffled } from '../core/index.js';
import pLimit from 'p-limit';
import type { Store } from '../store/index.js';
import { refreshResultScores } from './layers.js';

/** Which results the panel reviews: the best share by automated score plus a random share of the rest. */
export interface PanelSample {
  top: number;
  random: number;
}

/**
 * The results the team panel reviews (SPEC.md §4, to control cost): the top `top` share by automated score, plus a
 * seeded random `random` share of the others. Shares are of the scored results; 1 + 0 reviews everything.
 */
export function sampleForPanel(results: readonly ResultRecord[], sample: PanelSample, seed: number): ResultRecord[] {
  const scored = results.filter((result) => result.status === 'scored');
  const ranked = [...scored].sort((a, b) => (b.automated?.score ?? 0) - (a.automated?.score ?? 0) || a.taskId.localeCompare(b.taskId) || a.modelId.localeCompare(b.modelId));
  const topCount = Math.ceil(ranked.length * Math.min(1, Math.max(0, sample.top)));
  const rest = ranked.slice(topCount);
  const randomCount = Math.min(rest.length, Math.ceil(scored.length * Math.min(1, Math.max(0, sample.random))));
  return [...ranked.slice(0, topCount), ...shuffled(rest, createRandom(seed)).slice(0, randomCount)];
}

/** What the judging phase needs from the judges (graders/judge.ts, wired in config/). */
export interface Reviewer {
  /** True when the model can be called as a judge (configured and not a baseline). */
  canJudge(modelId: string): boolean;
  /** The cache key parts of a review: rubric (prompt version, scenario, seat) and answer. */
  keys(task: Task, answer: string, seat: JudgeSeat): { rubricHash: string; answerHash: string };
  /** Asks the seat's judge; failures come back as failed reviews, never as exceptions. */
  review(seat: JudgeSeat, task: Task, answer: string, ref: ResultRef): Promise<JudgeReview>;
}

export interface JudgingOptions {
  store: Store;
  runId: string;
  seed: number;
  taskById(id: string): Task | undefined;
  /** The panel seats (kind `team`); empty for no panel. */
  panel: readonly JudgeSeat[];
  sample: PanelSample;
  /** Whether each judged result's own model reviews it (baselines never do). */
  selfReview: boolean;
  /** The judge: wired in config/ to graders/judge and the judge models. */
  reviewer: Reviewer;
  weights: LayerWeights;
  concurrency: number;
  now(): Date;
  onProgress?(done: number, total: number, review: JudgeReview): void;
}

export interface JudgingSummary {
  planned: number;
  reviewed: number;
  cached: number;
  failed: number;
  skipped: number;
  costUsd: number;
}

const refOf = (result: ResultRecord): ResultRef => ({ runId: result.runId, modelId: result.modelId, taskId: result.taskId, attempt: result.attempt });

/**
 * The judging phase of a run: self-reviews and panel reviews of the sampled results. Idempotent: reviews already
 * stored successfully are kept, failed ones are tried again, identical reviews come from the cache (same judge,
 * rubric and answer). Afterwards every judged result's layers and final score are recomputed and stored.
 */
export async function judgeRun(options: JudgingOptions): Promise<JudgingSummary> {
  const results = await options.store.listResults(options.runId);
  const sampled = sampleForPanel(results, options.sample, options.seed ^ hashString('panel'));
  const existing = new Map((await options.store.listJudgeReviews(options.runId)).map((review) => [reviewKey(review.ref, review.judgeId, review.role), review]));
  const jobs: { result: ResultRecord; seat: JudgeSeat }[] = [];
  for (const result of sampled) {
    // A model that cannot be called (a baseline, a provider no longer configured) reviews nothing of its own.
    if (options.selfReview && options.reviewer.canJudge(result.modelId)) jobs.push({ result, seat: { judgeId: result.modelId, role: 'self', kind: 'self', weight: 1 } });
    for (const seat of options.panel) jobs.push({ result, seat });
  }
  const summary: JudgingSummary = { planned: jobs.length, reviewed: 0, cached: 0, failed: 0, skipped: 0, costUsd: 0 };
  const touched = new Map<string, ResultRef>();
  const limit = pLimit(Math.max(1, options.concurrency));
  let done = 0;
  await Promise.all(jobs.map(({ result, seat }) => limit(async () => {
    const ref = refOf(result);
    const task = options.taskById(result.taskId);
    if (existing.get(reviewKey(ref, seat.judgeId, seat.role))?.status === 'ok' || !task || !options.reviewer.canJudge(seat.judgeId)) {
      summary.skipped++;
      done++;
      return;
    }
    const review = await judgeOne(options, seat, task, result, ref);
    if (review.cachedFrom) summary.cached++;
    else if (review.status === 'failed') summary.failed++;
    else summary.reviewed++;
    summary.costUsd += review.costUsd ?? 0;
    await options.store.saveJudgeReview(review);
    touched.set(reviewKey(ref, '', ''), ref);
    options.onProgress?.(++done, jobs.length, review);
  })));
  for (const ref of touched.values()) await refreshResultScores(options.store, ref, options.weights);
  return summary;
}

async function judgeOne(options: JudgingOptions, seat: JudgeSeat, task: Task, result: ResultRecord, ref: ResultRef): Promise<JudgeReview> {
  const keys = options.reviewer.keys(task, result.rawResponse, seat);
  const cached = await options.store.findCachedReview(seat.judgeId, keys.rubricHash, keys.answerHash);
  if (cached) {
    return { ...cached, ref, weight: seat.weight, calls: 0, costUsd: 0, cachedFrom: cached.cachedFrom ?? cached.ref, createdAt: options.now().toISOString() };
  }
  return options.reviewer.review(seat, task, result.rawResponse, ref);
}

function reviewKey(ref: ResultRef, judgeId: string, role: string): string {
  return [ref.runId, ref.modelId, ref.taskId, ref.attempt, judgeId, role].join('\u0000');
}
