import type { AutomatedScore, CallAttempt, LayerScores, ModelPrice, ResultRecord, SandboxReport, Usage } from '../core/index.js';
import { isoTimestamp, jsonParam, numberOrNull, stringOrNull, textParam } from './sql-values.js';

/** The columns of `results`, with the SQL cast each parameter needs, in parameter order. */
const COLUMNS: ReadonlyArray<readonly [column: string, cast: string]> = [
  ['run_id', 'text'], ['model_id', 'text'], ['task_id', 'text'], ['attempt', 'integer'],
  ['language', 'text'], ['scenario', 'text'], ['difficulty', 'text'], ['status', 'text'], ['error', 'text'],
  ['prompt_hash', 'text'], ['final_score', 'double precision'], ['automated_score', 'double precision'],
  ['cost_usd', 'double precision'], ['input_tokens', 'bigint'], ['output_tokens', 'bigint'],
  ['cached_input_tokens', 'bigint'], ['cache_write_tokens', 'bigint'], ['reasoning_tokens', 'bigint'],
  ['tokens_estimated', 'boolean'], ['latency_ms', 'double precision'], ['ttft_ms', 'double precision'],
  ['call_attempts', 'integer'], ['http_status', 'integer'], ['request_id', 'text'], ['toolchain_version', 'text'],
  ['bank_version', 'text'], ['code_revision', 'text'], ['schema_version', 'integer'], ['created_at', 'timestamptz'],
  ['prompt', 'text'], ['raw_response', 'text'], ['extracted_answer', 'text'], ['extraction', 'text'],
  ['sandbox', 'text::jsonb'], ['automated', 'text::jsonb'], ['layers', 'text::jsonb'], ['price', 'text::jsonb'],
  ['usage', 'text::jsonb'], ['call_log', 'text::jsonb'], ['reasoning', 'text'], ['finish_reason', 'text'],
  ['reused_from', 'text::jsonb'],
];

/** Idempotent insert: a replayed or retried job keeps the first stored row and learns it was not inserted. */
export const INSERT_RESULT_SQL = `
INSERT INTO results (${COLUMNS.map(([column]) => column).join(', ')})
VALUES (${COLUMNS.map(([, cast], index) => `$${index + 1}::${cast}`).join(', ')})
ON CONFLICT (run_id, model_id, task_id, attempt) DO NOTHING
RETURNING run_id`;

/** Every column of `results`, for queries that add their own WHERE. */
export const SELECT_RESULT_COLUMNS_SQL = `
SELECT ${COLUMNS.map(([column]) => column).join(', ')}
FROM results`;

export const SELECT_RESULTS_SQL = `${SELECT_RESULT_COLUMNS_SQL}
WHERE run_id = $1
ORDER BY created_at, model_id COLLATE "C", task_id COLLATE "C", attempt`;

/** The insert parameters of a record, in COLUMNS order. */
export function resultParams(r: ResultRecord): unknown[] {
  return [
    r.runId, r.modelId, r.taskId, r.attempt,
    r.language, r.scenario, r.difficulty, r.status, textParam(r.error),
    r.promptHash, r.finalScore, r.automated?.score ?? null,
    r.costUsd, r.usage.inputTokens, r.usage.outputTokens,
    r.usage.cachedInputTokens, r.usage.cacheWriteTokens, r.usage.reasoningTokens,
    r.usage.estimated, r.timing.latencyMs, r.timing.ttftMs,
    r.callAttempts, r.httpStatus, r.requestId, r.toolchainVersion,
    r.bankVersion, r.codeRevision, r.schemaVersion, r.createdAt,
    textParam(r.prompt), textParam(r.rawResponse), textParam(r.extractedAnswer), r.extraction,
    jsonParam(r.sandbox), jsonParam(r.automated), jsonParam(r.layers), jsonParam(r.price),
    jsonParam(r.usage), jsonParam(r.callLog), r.reasoning === null ? null : textParam(r.reasoning), r.finishReason,
    jsonParam(r.reusedFrom),
  ];
}

/**
 * A stored row back as the record that was saved. Usage comes from its jsonb copy (the token columns exist for
 * queries), so fields added to Usage later survive without a migration.
 */
export function resultFromRow(row: Record<string, unknown>): ResultRecord {
  return {
    schemaVersion: Number(row.schema_version),
    runId: String(row.run_id),
    modelId: String(row.model_id),
    taskId: String(row.task_id),
    attempt: Number(row.attempt),
    language: row.language as ResultRecord['language'],
    scenario: row.scenario as ResultRecord['scenario'],
    difficulty: row.difficulty as ResultRecord['difficulty'],
    status: row.status as ResultRecord['status'],
    error: stringOrNull(row.error),
    promptHash: String(row.prompt_hash),
    prompt: String(row.prompt),
    rawResponse: String(row.raw_response),
    extractedAnswer: String(row.extracted_answer),
    extraction: String(row.extraction),
    sandbox: (row.sandbox ?? null) as SandboxReport | null,
    automated: (row.automated ?? null) as AutomatedScore | null,
    layers: row.layers as LayerScores,
    finalScore: numberOrNull(row.final_score),
    usage: row.usage as Usage,
    costUsd: numberOrNull(row.cost_usd),
    price: (row.price ?? null) as ModelPrice | null,
    timing: { latencyMs: Number(row.latency_ms), ttftMs: numberOrNull(row.ttft_ms) },
    callAttempts: Number(row.call_attempts),
    callLog: (row.call_log ?? []) as CallAttempt[],
    reasoning: stringOrNull(row.reasoning),
    finishReason: stringOrNull(row.finish_reason),
    reusedFrom: (row.reused_from ?? null) as ResultRecord['reusedFrom'],
    httpStatus: numberOrNull(row.http_status),
    requestId: stringOrNull(row.request_id),
    toolchainVersion: stringOrNull(row.toolchain_version),
    bankVersion: String(row.bank_version),
    codeRevision: String(row.code_revision),
    createdAt: isoTimestamp(row.created_at),
  };
}
