import type { JudgeReview, ResultRef, StaffReview, UserVote } from '../core/index.js';
import { jsonParam } from './sql-values.js';

type Row = Record<string, unknown>;

const KEY = 'run_id, model_id, task_id, attempt';

export function refParams(ref: ResultRef): unknown[] {
  return [ref.runId, ref.modelId, ref.taskId, ref.attempt];
}

function refFromRow(row: Row): ResultRef {
  return { runId: String(row.run_id), modelId: String(row.model_id), taskId: String(row.task_id), attempt: Number(row.attempt) };
}

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A failed review may be replaced by a later attempt; a successful one is kept (first write wins). */
export const UPSERT_JUDGE_REVIEW_SQL = `
INSERT INTO judge_reviews (${KEY}, judge_id, role, kind, weight, status, score, criteria, reasoning, critical_issues,
  suggestions, raw_reply, error, calls, rubric_hash, answer_hash, cached_from, cost_usd, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12, $13::text::jsonb, $14::text::jsonb, $15, $16, $17, $18,
  $19, $20::text::jsonb, $21, $22::timestamptz)
ON CONFLICT (${KEY}, judge_id, role) DO UPDATE SET
  kind = excluded.kind, weight = excluded.weight, status = excluded.status, score = excluded.score,
  criteria = excluded.criteria, reasoning = excluded.reasoning, critical_issues = excluded.critical_issues,
  suggestions = excluded.suggestions, raw_reply = excluded.raw_reply, error = excluded.error,
  calls = judge_reviews.calls + excluded.calls, rubric_hash = excluded.rubric_hash, answer_hash = excluded.answer_hash,
  cached_from = excluded.cached_from, cost_usd = COALESCE(judge_reviews.cost_usd, 0) + COALESCE(excluded.cost_usd, 0),
  created_at = excluded.created_at
WHERE judge_reviews.status = 'failed'`;

export function judgeReviewParams(review: JudgeReview): unknown[] {
  return [
    ...refParams(review.ref), review.judgeId, review.role, review.kind, review.weight, review.status, review.score,
    jsonParam(review.criteria), review.reasoning, jsonParam(review.criticalIssues), jsonParam(review.suggestions), review.rawReply,
    review.error, review.calls, review.rubricHash, review.answerHash, review.cachedFrom ? jsonParam(review.cachedFrom) : null,
    review.costUsd, review.createdAt,
  ];
}

export function judgeReviewFromRow(row: Row): JudgeReview {
  return {
    ref: refFromRow(row),
    judgeId: String(row.judge_id),
    role: String(row.role),
    kind: row.kind === 'self' ? 'self' : 'team',
    weight: Number(row.weight),
    status: row.status === 'ok' ? 'ok' : 'failed',
    score: nullableNumber(row.score),
    criteria: (row.criteria ?? {}) as Record<string, number>,
    reasoning: (row.reasoning as string | null) ?? null,
    criticalIssues: (row.critical_issues ?? []) as string[],
    suggestions: (row.suggestions ?? []) as string[],
    rawReply: String(row.raw_reply ?? ''),
    error: (row.error as string | null) ?? null,
    calls: Number(row.calls),
    rubricHash: String(row.rubric_hash),
    answerHash: String(row.answer_hash),
    cachedFrom: (row.cached_from as ResultRef | null) ?? null,
    costUsd: nullableNumber(row.cost_usd),
    createdAt: iso(row.created_at),
  };
}

export const UPSERT_STAFF_REVIEW_SQL = `
INSERT INTO staff_reviews (${KEY}, author, correctness, quality, best_practices, efficiency, overall, notes, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz)
ON CONFLICT (${KEY}, author) DO UPDATE SET
  correctness = excluded.correctness, quality = excluded.quality, best_practices = excluded.best_practices,
  efficiency = excluded.efficiency, overall = excluded.overall, notes = excluded.notes, created_at = excluded.created_at`;

export function staffReviewParams(review: StaffReview): unknown[] {
  return [...refParams(review.ref), review.author, review.correctness, review.quality, review.bestPractices, review.efficiency, review.overall, review.notes, review.createdAt];
}

export function staffReviewFromRow(row: Row): StaffReview {
  return {
    ref: refFromRow(row), author: String(row.author), correctness: Number(row.correctness), quality: Number(row.quality),
    bestPractices: Number(row.best_practices), efficiency: Number(row.efficiency), overall: Number(row.overall),
    notes: String(row.notes ?? ''), createdAt: iso(row.created_at),
  };
}

export const UPSERT_VOTE_SQL = `
INSERT INTO user_votes (${KEY}, user_id, vote, comment, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)
ON CONFLICT (${KEY}, user_id) DO UPDATE SET vote = excluded.vote, comment = excluded.comment, created_at = excluded.created_at`;

export function voteParams(vote: UserVote): unknown[] {
  return [...refParams(vote.ref), vote.userId, vote.vote, vote.comment, vote.createdAt];
}

export function voteFromRow(row: Row): UserVote {
  return { ref: refFromRow(row), userId: String(row.user_id), vote: Number(row.vote) === 1 ? 1 : -1, comment: String(row.comment ?? ''), createdAt: iso(row.created_at) };
}
