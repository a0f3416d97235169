import { createHash } from 'node:crypto';
import {
  AibaasError, type AutomatedScore, type JudgeReview, type LayerScores, type ModelInfo, type ResultRecord, type ResultRef, type Run, type RunStatus,
  type StaffReview, type StoredModel, type Task, type UserVote,
} from '../core/index.js';
import { modelFromRow, modelParams, SELECT_MODELS_SQL, UPSERT_MODEL_SQL } from './model-row.js';
import { INSERT_RESULT_SQL, resultFromRow, resultParams, SELECT_RESULT_COLUMNS_SQL, SELECT_RESULTS_SQL } from './result-row.js';
import { INSERT_RUN_SQL, RUN_COLUMNS, runFromRow, runParams } from './run-row.js';
import { checkDiscovered, checkTimestamp } from './input-checks.js';
import { jsonParam } from './sql-values.js';
import {
  judgeReviewFromRow, judgeReviewParams, refParams, staffReviewFromRow, staffReviewParams, UPSERT_JUDGE_REVIEW_SQL, UPSERT_STAFF_REVIEW_SQL,
  UPSERT_VOTE_SQL, voteFromRow, voteParams,
} from './review-rows.js';
import type { ProviderDetails, RunSummary, SqlClient, Store } from './types.js';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/** The one Store implementation: plain SQL over a SqlClient, shared by PGlite and PostgreSQL. */
export class SqlStore implements Store {
  /** The client is public so tests and maintenance tools can inspect tables the Store API does not expose. */
  constructor(readonly client: SqlClient) {}

  async recordDiscovery(provider: string, models: ModelInfo[], seenAt: string, details: ProviderDetails = {}): Promise<void> {
    checkTimestamp('seenAt', seenAt);
    for (const model of models) checkDiscovered(provider, model);
    const defaultKind = models.length > 0 && models.every((m) => m.baseline) ? 'baseline' : 'api';
    await this.client.transaction(async (tx) => {
      // Unknown details never overwrite known ones: a later call without details keeps the stored kind and name.
      await tx.query(
        `INSERT INTO providers (id, kind, display_name, first_seen, last_seen)
         VALUES ($1, COALESCE($2, $3), COALESCE($4, $1), $5::timestamptz, $5::timestamptz)
         ON CONFLICT (id) DO UPDATE SET
           kind = COALESCE($2, providers.kind), display_name = COALESCE($4, providers.display_name),
           last_seen = excluded.last_seen`,
        [provider, details.kind ?? null, defaultKind, details.displayName ?? null, seenAt],
      );
      for (const model of models) await tx.query(UPSERT_MODEL_SQL, [...modelParams(model), seenAt]);
      await tx.query(
        `UPDATE models SET deprecated = true
         WHERE provider = $1 AND NOT deprecated AND id NOT IN (SELECT jsonb_array_elements_text($2::text::jsonb))`,
        [provider, jsonParam(models.map((m) => m.id))],
      );
    });
  }

  async listModels(options: { provider?: string; includeDeprecated?: boolean } = {}): Promise<StoredModel[]> {
    const { rows } = await this.client.query(
      `${SELECT_MODELS_SQL}
       WHERE ($1::text IS NULL OR provider = $1) AND ($2::boolean OR NOT deprecated)
       ORDER BY id COLLATE "C"`,
      [options.provider ?? null, options.includeDeprecated ?? false],
    );
    return rows.map(modelFromRow);
  }

  async upsertTasks(tasks: Task[], bankVersion: string): Promise<void> {
    await this.client.transaction(async (tx) => {
      for (const task of tasks) {
        const content = JSON.stringify(task);
        // updated_at only moves when something changed, so it tells when a task was last edited.
        await tx.query(
          `INSERT INTO tasks (id, language, scenario, difficulty, title, visibility, path, bank_version, content,
                              content_hash, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, now())
           ON CONFLICT (id) DO UPDATE SET
             language = excluded.language, scenario = excluded.scenario, difficulty = excluded.difficulty,
             title = excluded.title, visibility = excluded.visibility, path = excluded.path,
             bank_version = excluded.bank_version, content = excluded.content, content_hash = excluded.content_hash,
             updated_at = CASE WHEN tasks.content_hash = excluded.content_hash AND tasks.bank_version = excluded.bank_version
                               THEN tasks.updated_at ELSE excluded.updated_at END`,
          [task.id, task.language, task.scenario, task.difficulty, task.title, task.visibility, task.path, bankVersion,
            content, createHash('sha256').update(content).digest('hex')],
        );
      }
    });
  }

  async createRun(run: Run): Promise<void> {
    checkTimestamp('Run createdAt', run.createdAt);
    if (run.finishedAt !== null) checkTimestamp('Run finishedAt', run.finishedAt);
    try {
      await this.client.query(INSERT_RUN_SQL, runParams(run));
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
      throw new AibaasError('RUN_ALREADY_EXISTS', `A run with id ${run.id} is already stored.`, {
        fix: 'Resume it with `aibaas run --resume <run-id>`, or start a new run (it gets a new id).',
        cause: error,
      });
    }
  }

  async getRun(id: string): Promise<Run | undefined> {
    const { rows } = await this.client.query(`SELECT ${RUN_COLUMNS} FROM runs WHERE id = $1`, [id]);
    return rows[0] ? runFromRow(rows[0]) : undefined;
  }

  async listRuns(limit?: number): Promise<RunSummary[]> {
    const { rows } = await this.client.query(
      `SELECT ${RUN_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ')}, s.completed, s.errors, s.total_cost
       FROM runs r
       CROSS JOIN LATERAL (
         SELECT count(*)::integer AS completed,
                (count(*) FILTER (WHERE status = 'error'))::integer AS errors,
                sum(cost_usd) AS total_cost
         FROM results WHERE run_id = r.id
       ) s
       ORDER BY r.created_at DESC, r.id COLLATE "C" DESC
       LIMIT $1::integer`,
      [limit ?? null],
    );
    return rows.map((row) => {
      const run = runFromRow(row);
      return {
        run,
        planned: run.modelIds.length * run.taskIds.length * run.options.repeat,
        completed: Number(row.completed),
        errors: Number(row.errors),
        // sum() over only NULLs (or no rows) is NULL: an unknown cost is never reported as 0.
        totalCostUsd: row.total_cost === null ? null : Number(row.total_cost),
      };
    });
  }

  async setRunStatus(id: string, status: RunStatus, finishedAt: string | null, error?: string | null): Promise<void> {
    if (finishedAt !== null) checkTimestamp('finishedAt', finishedAt);
    // An omitted error leaves the stored one alone; an explicit null clears it.
    const { rows } = await this.client.query(
      `UPDATE runs SET status = $2, finished_at = $3::timestamptz, error = CASE WHEN $4::boolean THEN $5 ELSE error END
       WHERE id = $1 RETURNING id`,
      [id, status, finishedAt, error !== undefined, error ?? null],
    );
    if (rows.length === 0) throw runNotFound(id);
  }

  async saveResult(result: ResultRecord): Promise<boolean> {
    checkTimestamp('Result createdAt', result.createdAt);
    try {
      const { rows } = await this.client.query(INSERT_RESULT_SQL, resultParams(result));
      return rows.length === 1;
    } catch (error) {
      if (sqlState(error) === FOREIGN_KEY_VIOLATION) throw runNotFound(result.runId, error);
      throw error;
    }
  }

  async findAnswer(modelId: string, promptHash: string, excludeRunId: string): Promise<ResultRecord | undefined> {
    const { rows } = await this.client.query(
      `${SELECT_RESULT_COLUMNS_SQL}
       WHERE model_id = $1 AND prompt_hash = $2 AND run_id <> $3 AND status = 'scored' AND reused_from IS NULL
       ORDER BY created_at DESC
       LIMIT 1`,
      [modelId, promptHash, excludeRunId],
    );
    return rows[0] ? resultFromRow(rows[0]) : undefined;
  }

  async listResults(runId: string): Promise<ResultRecord[]> {
    const { rows } = await this.client.query(SELECT_RESULTS_SQL, [runId]);
    return rows.map(resultFromRow);
  }

  async getResult(ref: ResultRef): Promise<ResultRecord | undefined> {
    const { rows } = await this.client.query(`${SELECT_RESULT_COLUMNS_SQL} WHERE run_id = $1 AND model_id = $2 AND task_id = $3 AND attempt = $4`, refParams(ref));
    return rows[0] ? resultFromRow(rows[0]) : undefined;
  }

  async updateResultScores(ref: ResultRef, scores: { automated: AutomatedScore | null; layers: LayerScores; finalScore: number | null }): Promise<void> {
    await this.client.query(
      `UPDATE results SET automated = $5::text::jsonb, automated_score = $6, layers = $7::text::jsonb, final_score = $8
       WHERE run_id = $1 AND model_id = $2 AND task_id = $3 AND attempt = $4`,
      [...refParams(ref), scores.automated ? jsonParam(scores.automated) : null, scores.automated?.score ?? null, jsonParam(scores.layers), scores.finalScore],
    );
  }

  async saveJudgeReview(review: JudgeReview): Promise<boolean> {
    const { rows } = await this.client.query(`${UPSERT_JUDGE_REVIEW_SQL} RETURNING 1 AS written`, judgeReviewParams(review));
    return rows.length > 0;
  }

  async listJudgeReviews(runId: string, ref?: ResultRef): Promise<JudgeReview[]> {
    const { rows } = await this.client.query(`SELECT * FROM judge_reviews WHERE run_id = $1 ${ref ? 'AND model_id = $2 AND task_id = $3 AND attempt = $4' : ''} ORDER BY model_id, task_id, attempt, kind, role, judge_id`, ref ? refParams(ref) : [runId]);
    return rows.map(judgeReviewFromRow);
  }

  async findCachedReview(judgeId: string, rubricHash: string, answerHash: string): Promise<JudgeReview | undefined> {
    const { rows } = await this.client.query(
      `SELECT * FROM judge_reviews WHERE judge_id = $1 AND rubric_hash = $2 AND answer_hash = $3 AND status = 'ok' ORDER BY created_at DESC LIMIT 1`,
      [judgeId, rubricHash, answerHash],
    );
    return rows[0] ? judgeReviewFromRow(rows[0]) : undefined;
  }

  async saveStaffReview(review: StaffReview): Promise<void> {
    await this.withResult(review.ref, () => this.client.query(UPSERT_STAFF_REVIEW_SQL, staffReviewParams(review)));
  }

  async listStaffReviews(runId: string, ref?: ResultRef): Promise<StaffReview[]> {
    const { rows } = await this.client.query(`SELECT * FROM staff_reviews WHERE run_id = $1 ${ref ? 'AND model_id = $2 AND task_id = $3 AND attempt = $4' : ''} ORDER BY model_id, task_id, attempt, author`, ref ? refParams(ref) : [runId]);
    return rows.map(staffReviewFromRow);
  }

  async saveVote(vote: UserVote): Promise<void> {
    await this.withResult(vote.ref, () => this.client.query(UPSERT_VOTE_SQL, voteParams(vote)));
  }

  async listVotes(runId: string, ref?: ResultRef): Promise<UserVote[]> {
    const { rows } = await this.client.query(`SELECT * FROM user_votes WHERE run_id = $1 ${ref ? 'AND model_id = $2 AND task_id = $3 AND attempt = $4' : ''} ORDER BY model_id, task_id, attempt, user_id`, ref ? refParams(ref) : [runId]);
    return rows.map(voteFromRow);
  }

  /** Runs a write that references a result, turning a missing result into a clear error. */
  private async withResult(ref: ResultRef, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) {
        throw new AibaasError('RESULT_NOT_FOUND', `There is no result ${ref.runId} / ${ref.modelId} / ${ref.taskId} / attempt ${ref.attempt}.`, {
          fix: 'Name a stored result: `aibaas results <run-id>` lists them.',
        });
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function runNotFound(id: string, cause?: unknown): AibaasError {
  return new AibaasError('RUN_NOT_FOUND', `There is no stored run with id ${id}.`, {
    fix: 'List the stored runs with `aibaas runs` and use one of their ids.',
    ...(cause === undefined ? {} : { cause }),
  });
}

/** The SQLSTATE of a database error from either driver. */
function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
