import type { Migration } from './migration.js';

/**
 * Real provider calls: every attempt of a call (status, request id, waits), the reasoning text and finish reason,
 * where a reused answer came from, and where a model's context window figure came from.
 */
export const providerCalls: Migration = {
  id: 2,
  name: 'provider-calls',
  sql: `
ALTER TABLE results ADD COLUMN call_log jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE results ADD COLUMN reasoning text;
ALTER TABLE results ADD COLUMN finish_reason text;
ALTER TABLE results ADD COLUMN reused_from jsonb;
CREATE INDEX results_reuse_idx ON results (model_id, prompt_hash);
ALTER TABLE models ADD COLUMN context_source text;
`,
};
