import type { ModelInfo, ResultRecord, Run, RunStatus, StoredModel, Task } from '../core/index.js';

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
  /** Records that these models were seen now; models of the same provider not in the list become deprecated. */
  recordDiscovery(provider: string, models: ModelInfo[], seenAt: string): Promise<void>;
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

  close(): Promise<void>;
}

/** The minimal SQL surface both drivers provide. */
export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a multi-statement script (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
