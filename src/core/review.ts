import type { AutomatedScore, LayerScores, LayerWeights, ResultRecord, ScoreLayer } from './result.js';
import { clampScore, finalScore, roundScore, withJudgedComponents } from './scoring.js';

/** Names one result: run, model, task and attempt. */
export type ResultRef = Pick<ResultRecord, 'runId' | 'modelId' | 'taskId' | 'attempt'>;

/** A panel member or the self-reviewer: who judges, in which role, with what weight. */
export interface JudgeSeat {
  judgeId: string;
  role: string;
  kind: 'self' | 'team';
  weight: number;
}

/** One judge's review of one result: a self-review or a team-panel review; failed reviews are kept as failed. */
export interface JudgeReview {
  ref: ResultRef;
  /** The judge model's id. */
  judgeId: string;
  /** The panel role (`security`, `edge cases`…), or `self`. */
  role: string;
  kind: 'self' | 'team';
  weight: number;
  status: 'ok' | 'failed';
  /** 0..10; null when the review failed. */
  score: number | null;
  /** Scores 0..10 of the scenario's judged criteria (e.g. `suggestions`, `accuracy`). */
  criteria: Record<string, number>;
  reasoning: string | null;
  criticalIssues: string[];
  suggestions: string[];
  /** The judge's last reply, as received. */
  rawReply: string;
  error: string | null;
  /** Model calls made (0 when the review came from the cache). */
  calls: number;
  rubricHash: string;
  answerHash: string;
  /** Set when the review was copied from an identical earlier one (same judge, rubric and answer). */
  cachedFrom: ResultRef | null;
  costUsd: number | null;
  createdAt: string;
}

/** A staff member's review of a result, each 0..10. */
export interface StaffReview {
  ref: ResultRef;
  author: string;
  correctness: number;
  quality: number;
  bestPractices: number;
  efficiency: number;
  overall: number;
  notes: string;
  createdAt: string;
}

/** A user's vote on a result: one per user per result (a new vote replaces the old one). */
export interface UserVote {
  ref: ResultRef;
  userId: string;
  vote: 1 | -1;
  comment: string;
  createdAt: string;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Team layer: the weighted mean of the panel's successful reviews; null when none succeeded. */
export function teamLayer(reviews: readonly JudgeReview[]): number | null {
  const ok = reviews.filter((review) => review.kind === 'team' && review.status === 'ok' && review.score !== null && review.weight > 0);
  const weight = ok.reduce((sum, review) => sum + review.weight, 0);
  return weight === 0 ? null : ok.reduce((sum, review) => sum + review.weight * (review.score as number), 0) / weight;
}

/** Self-review layer: the model's own score of its answer (mean when repeated); null when none succeeded. */
export function selfReviewLayer(reviews: readonly JudgeReview[]): number | null {
  return mean(reviews.filter((review) => review.kind === 'self' && review.status === 'ok' && review.score !== null).map((review) => review.score as number));
}

/** Staff layer: the mean of the staff reviews' overall scores. */
export function staffLayer(reviews: readonly StaffReview[]): number | null {
  return mean(reviews.map((review) => review.overall));
}

/** Users layer: upvotes / votes × 10 (SPEC.md §4). */
export function usersLayer(votes: readonly UserVote[]): number | null {
  return votes.length === 0 ? null : (votes.filter((vote) => vote.vote === 1).length / votes.length) * 10;
}

/** Mean per judged criterion over the successful team reviews (the criteria feed the automated layer's judged parts). */
export function judgedCriteria(reviews: readonly JudgeReview[]): Record<string, number> {
  const sums = new Map<string, number[]>();
  for (const review of reviews) {
    if (review.kind !== 'team' || review.status !== 'ok') continue;
    for (const [name, value] of Object.entries(review.criteria)) sums.set(name, [...(sums.get(name) ?? []), value]);
  }
  return Object.fromEntries([...sums].map(([name, values]) => [name, mean(values) as number]));
}

/** The scores of a result once its reviews, staff reviews and votes are known. */
export interface Rescored {
  automated: AutomatedScore | null;
  layers: LayerScores;
  finalScore: number | null;
  included: ScoreLayer[];
}

/**
 * Recomputes a result's automated score (judged components from the panel's criteria), its five layers and its
 * final score, renormalised over the layers present. Error results stay without a score.
 */
export function rescoreWithReviews(
  result: Pick<ResultRecord, 'status' | 'scenario' | 'automated'>,
  judged: readonly JudgeReview[],
  staff: readonly StaffReview[],
  votes: readonly UserVote[],
  weights?: LayerWeights,
): Rescored {
  if (result.status !== 'scored' || !result.automated) return { automated: result.automated, layers: {}, finalScore: null, included: [] };
  const automated = withJudgedComponents(result.automated, result.scenario, judgedCriteria(judged));
  const layers: LayerScores = { automated: automated.score };
  const add = (layer: ScoreLayer, value: number | null) => {
    if (value !== null) layers[layer] = roundScore(clampScore(value));
  };
  add('staff', staffLayer(staff));
  add('users', usersLayer(votes));
  add('selfReview', selfReviewLayer(judged));
  add('team', teamLayer(judged));
  const final = finalScore(layers, weights);
  return { automated, layers, finalScore: final.score, included: final.included };
}
