import type { Run, RunOptions } from '../core/index.js';
import { isoTimestamp, isoTimestampOrNull, jsonParam, stringOrNull } from './sql-values.js';

export const INSERT_RUN_SQL = `
INSERT INTO runs (id, status, options, model_ids, task_ids, bank_version, code_revision, created_at, finished_at, error)
VALUES ($1, $2, $3::text::jsonb, $4::text::jsonb, $5::text::jsonb, $6, $7, $8::timestamptz, $9::timestamptz, $10)`;

export const RUN_COLUMNS = 'id, status, options, model_ids, task_ids, bank_version, code_revision, created_at, finished_at, error';

export function runParams(run: Run): unknown[] {
  return [
    run.id, run.status, jsonParam(run.options), jsonParam(run.modelIds), jsonParam(run.taskIds),
    run.bankVersion, run.codeRevision, run.createdAt, run.finishedAt, run.error,
  ];
}

export function runFromRow(row: Record<string, unknown>): Run {
  return {
    id: String(row.id),
    status: row.status as Run['status'],
    options: row.options as RunOptions,
    modelIds: row.model_ids as string[],
    taskIds: row.task_ids as string[],
    bankVersion: String(row.bank_version),
    codeRevision: String(row.code_revision),
    createdAt: isoTimestamp(row.created_at),
    finishedAt: isoTimestampOrNull(row.finished_at),
    error: stringOrNull(row.error),
  };
}
