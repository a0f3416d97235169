import type { ModelId, ModelPrice } from './model.js';
import type { Difficulty, Language, Scenario } from './taxonomy.js';
import type { Usage } from './usage.js';

/** The version of the result record below; bump it when a field changes meaning. */
export const RESULT_SCHEMA_VERSION = 2;

/** Outcome of one test case as reported by a language harness. */
export interface TestCaseResult {
  name: string;
  outcome: 'passed' | 'failed' | 'error' | 'skipped';
  message?: string;
}

/**
 * Status of compiling and running a task's tests against an answer.
 * `no_tests` means the harness ran zero tests (an error, never a pass).
 */
export type TestRunStatus =
  | 'passed'
  | 'failed'
  | 'compile_error'
  | 'runtime_error'
  | 'timeout'
  | 'memory_limit'
  | 'output_limit'
  | 'no_tests'
  | 'harness_error';

/** What the sandbox reported for one answer's test run (stored with the result). */
export interface SandboxReport {
  status: TestRunStatus;
  compiled: boolean;
  tests: TestCaseResult[];
  passed: number;
  failed: number;
  durationMs: number;
  /** Compiler diagnostics, capped. */
  compileOutput: string;
  stdout: string;
  stderr: string;
  toolchainVersion: string;
}

/** One scored component of an automated score: its weight (0..1), raw value (0..1) and any detail. */
export interface ScoreComponent {
  name: string;
  weight: number;
  /** 0..1, or null when the component could not be measured (then it is renormalised away). */
  value: number | null;
  detail?: string;
}

/** The automated score of one answer with the breakdown that produced it. */
export interface AutomatedScore {
  /** 0..10 */
  score: number;
  grader: string;
  components: ScoreComponent[];
}

/** The five score layers of SPEC.md §4. */
export const SCORE_LAYERS = ['automated', 'staff', 'users', 'selfReview', 'team'] as const;
export type ScoreLayer = (typeof SCORE_LAYERS)[number];
export type LayerScores = Partial<Record<ScoreLayer, number>>;
export type LayerWeights = Record<ScoreLayer, number>;

/** Status of a result row: scored normally, or the call or grading failed (the error is stored). */
export type ResultStatus = 'scored' | 'error';

/** Timings of one model call in milliseconds. */
export interface CallTiming {
  latencyMs: number;
  /** Time to first token, null when the call was not streamed or produced nothing. */
  ttftMs: number | null;
}

/** One HTTP attempt of a model call (version 2 of the record keeps every attempt). */
export interface CallAttempt {
  attempt: number;
  /** Milliseconds from the start of the call to the start of this attempt. */
  startedMs: number;
  durationMs: number;
  status: number | null;
  requestId: string | null;
  /** `ok`, or why it failed: `rate_limited`, `overloaded`, `server`, `timeout`, `network`, `stream_cut`, `malformed`… */
  outcome: string;
  message?: string;
  /** The wait before the next attempt, when there was one. */
  waitMs?: number;
}

/**
 * One result: a model's answer to one task in one run and attempt, with everything needed to trace and
 * re-score it without calling the model again. This is the versioned record that the store persists.
 */
export interface ResultRecord {
  schemaVersion: number;
  runId: string;
  modelId: ModelId;
  taskId: string;
  /** 1-based; repeats of the same task in a run are attempts 1..repeat. */
  attempt: number;
  language: Language;
  scenario: Scenario;
  difficulty: Difficulty;
  status: ResultStatus;
  error: string | null;
  promptHash: string;
  prompt: string;
  rawResponse: string;
  extractedAnswer: string;
  /** How the answer was extracted: `fenced:<tag>`, `fenced:untagged`, `unfenced`, `empty`. */
  extraction: string;
  sandbox: SandboxReport | null;
  automated: AutomatedScore | null;
  layers: LayerScores;
  /** Final score 0..10 over the layers present, null when the result is an error. */
  finalScore: number | null;
  usage: Usage;
  /** USD, null when the price is unknown. */
  costUsd: number | null;
  price: ModelPrice | null;
  timing: CallTiming;
  callAttempts: number;
  /** Every attempt of the call, failed ones included (empty in records of version 1). */
  callLog: CallAttempt[];
  /** The model's reasoning text when the provider streamed it; not part of the graded answer. */
  reasoning: string | null;
  /** Why the model stopped (`stop`, `length`, `end_turn`, `max_tokens`…), null when unknown. */
  finishReason: string | null;
  /** Set when the answer was reused from an earlier run's stored response (`--reuse-answers`), not a new call. */
  reusedFrom: { runId: string; attempt: number } | null;
  httpStatus: number | null;
  requestId: string | null;
  toolchainVersion: string | null;
  bankVersion: string;
  codeRevision: string;
  createdAt: string;
}

/** The unique key of a result: a replayed or retried job never produces a second row for it. */
export function resultKey(result: Pick<ResultRecord, 'runId' | 'modelId' | 'taskId' | 'attempt'>): string {
  return `${result.runId}\u0000${result.modelId}\u0000${result.taskId}\u0000${result.attempt}`;
}
