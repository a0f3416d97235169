import type { AutomatedScore, JudgeReview, LayerScores, ModelInfo, ResultRecord, ResultRef, Run, RunStatus, StaffReview, StoredModel, Task, UserVote } from '../core/index.js';

/** Summary row for `aibaas runs`. */
export interface RunSummary {
  run: Run;
  planned: number;
  completed: number;
  errors: number;
  totalCostUsd: number | null;
}

/**
 * The persistence port. Implemented once in SQL over a small `SqlClient` that both PGlite (embedded)
 * and node-postgres (server) satisfy, so both modes share schema, migrations and queries.
 */
export interface Store {
  /**
   * Records that these models were seen now; models of the same provider not in the list become deprecated.
   * `details` names the provider's wire family and display name when the caller knows them.
   */
  recordDiscovery(provider: string, models: ModelInfo[], seenAt: string, details?: ProviderDetails): Promise<void>;
  listModels(options?: { provider?: string; includeDeprecated?: boolean }): Promise<StoredModel[]>;

  /** Inserts or updates tasks (by id) with their bank version. */
  upsertTasks(tasks: Task[], bankVersion: string): Promise<void>;

  createRun(run: Run): Promise<void>;
  getRun(id: string): Promise<Run | undefined>;
  /** Newest first. */
  listRuns(limit?: number): Promise<RunSummary[]>;
  setRunStatus(id: string, status: RunStatus, finishedAt: string | null, error?: string | null): Promise<void>;

  /**
   * Stores a result idempotently on (runId, modelId, taskId, attempt).
   * Returns true when the row was inserted, false when it already existed (the stored row is kept unchanged).
   */
  saveResult(result: ResultRecord): Promise<boolean>;
  listResults(runId: string): Promise<ResultRecord[]>;
  /**
   * The newest scored answer of this model to this exact prompt from another run, made by a real call (not itself
   * reused), or undefined. Used only when a run asks to reuse answers.
   */
  findAnswer(modelId: string, promptHash: string, excludeRunId: string): Promise<ResultRecord | undefined>;

  /** One result by its key, or undefined. */
  getResult(ref: ResultRef): Promise<ResultRecord | undefined>;
  /** Replaces a result's scores after judging, staff reviews or votes (the answer and its record stay as they were). */
  updateResultScores(ref: ResultRef, scores: { automated: AutomatedScore | null; layers: LayerScores; finalScore: number | null }): Promise<void>;

  /** Stores a judge's review; a stored failed review is replaced, a stored successful one kept. Returns true when written. */
  saveJudgeReview(review: JudgeReview): Promise<boolean>;
  /** Every judge review of a run (or of one result). */
  listJudgeReviews(runId: string, ref?: ResultRef): Promise<JudgeReview[]>;
  /** The newest successful review by this judge with this rubric of an identical answer (the judge cache). */
  findCachedReview(judgeId: string, rubricHash: string, answerHash: string): Promise<JudgeReview | undefined>;
  /** Adds or replaces (per author) a staff review; the result must exist. */
  saveStaffReview(review: StaffReview): Promise<void>;
  listStaffReviews(runId: string, ref?: ResultRef): Promise<StaffReview[]>;
  /** Adds or replaces (per user) a vote; the result must exist. */
  saveVote(vote: UserVote): Promise<void>;
  listVotes(runId: string, ref?: ResultRef): Promise<UserVote[]>;

  close(): Promise<void>;
}

/** What discovery may know about a provider beyond its id. */
export interface ProviderDetails {
  /** The wire family, e.g. `openai-compatible`, `baseline`. */
  kind?: string;
  displayName?: string;
}

/** Statements that can run either on their own or inside a transaction. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a multi-statement script (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The minimal SQL surface both drivers provide. Both return int8/numeric as JS numbers, date as `yyyy-mm-dd`
 * text, timestamptz as Date and jsonb parsed, so the queries above them need not know the driver.
 */
export interface SqlClient extends SqlQueryable {
  /** Runs `fn` on one connection inside BEGIN/COMMIT; rolls back and rethrows when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
