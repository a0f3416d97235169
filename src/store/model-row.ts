import type { ModelCapabilities, ModelInfo, ModelPrice, StoredModel } from '../core/index.js';
import { isoTimestamp, jsonParam } from './sql-values.js';

/**
 * Inserts a seen model or refreshes it: first_seen is kept, last_seen moves on and it is no longer deprecated.
 * Parameters: see modelParams, then $13 = seenAt.
 */
export const UPSERT_MODEL_SQL = `
INSERT INTO models (id, provider, name, display_name, capabilities, context_window, max_output_tokens, price,
                    release_date, training_cutoff, baseline, context_source, first_seen, last_seen, deprecated)
VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::integer, $7::integer, $8::text::jsonb, $9::date, $10::date,
        $11::boolean, $12::text, $13::timestamptz, $13::timestamptz, false)
ON CONFLICT (id) DO UPDATE SET
  provider = excluded.provider, name = excluded.name, display_name = excluded.display_name,
  capabilities = excluded.capabilities, context_window = excluded.context_window,
  max_output_tokens = excluded.max_output_tokens, price = excluded.price, release_date = excluded.release_date,
  training_cutoff = excluded.training_cutoff, baseline = excluded.baseline, context_source = excluded.context_source,
  last_seen = excluded.last_seen, deprecated = false`;

export const SELECT_MODELS_SQL = `
SELECT id, provider, name, display_name, capabilities, context_window, max_output_tokens, price,
       to_char(release_date, 'YYYY-MM-DD') AS release_date, to_char(training_cutoff, 'YYYY-MM-DD') AS training_cutoff,
       baseline, context_source, first_seen, last_seen, deprecated
FROM models`;

export function modelParams(model: ModelInfo): unknown[] {
  return [
    model.id, model.provider, model.name, model.displayName, jsonParam(model.capabilities),
    model.contextWindow ?? null, model.maxOutputTokens ?? null, jsonParam(model.price),
    model.releaseDate ?? null, model.trainingCutoff ?? null, model.baseline, model.contextSource ?? null,
  ];
}

/** Optional fields absent in discovery stay absent (not undefined-valued, not null) when read back. */
export function modelFromRow(row: Record<string, unknown>): StoredModel {
  const model: StoredModel = {
    id: String(row.id),
    provider: String(row.provider),
    name: String(row.name),
    displayName: String(row.display_name),
    capabilities: row.capabilities as ModelCapabilities,
    baseline: Boolean(row.baseline),
    firstSeen: isoTimestamp(row.first_seen),
    lastSeen: isoTimestamp(row.last_seen),
    deprecated: Boolean(row.deprecated),
  };
  if (row.context_window !== null) model.contextWindow = Number(row.context_window);
  if (row.max_output_tokens !== null) model.maxOutputTokens = Number(row.max_output_tokens);
  if (row.context_source !== null && row.context_source !== undefined) model.contextSource = String(row.context_source);
  if (row.price !== null) model.price = row.price as ModelPrice;
  if (row.release_date !== null) model.releaseDate = String(row.release_date);
  if (row.training_cutoff !== null) model.trainingCutoff = String(row.training_cutoff);
  return model;
}
