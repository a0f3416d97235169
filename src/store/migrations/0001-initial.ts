import type { Migration } from './migration.js';

/**
 * The initial schema. Results keep one column per field that is filtered or aggregated and jsonb for the nested
 * parts, so a record reads back exactly as it was written. Text ordering uses COLLATE "C" in queries (not here)
 * so PGlite and servers with other default collations sort alike.
 */
export const initial: Migration = {
  id: 1,
  name: 'initial',
  sql: `
CREATE TABLE providers (
  id            text PRIMARY KEY,
  kind          text NOT NULL,
  display_name  text NOT NULL,
  first_seen    timestamptz NOT NULL,
  last_seen     timestamptz NOT NULL
);

CREATE TABLE models (
  id                 text PRIMARY KEY,
  provider           text NOT NULL REFERENCES providers (id),
  name               text NOT NULL,
  display_name       text NOT NULL,
  capabilities       jsonb NOT NULL,
  context_window     integer,
  max_output_tokens  integer,
  price              jsonb,
  release_date       date,
  training_cutoff    date,
  baseline           boolean NOT NULL,
  first_seen         timestamptz NOT NULL,
  last_seen          timestamptz NOT NULL,
  deprecated         boolean NOT NULL DEFAULT false
);
CREATE INDEX models_provider_idx ON models (provider);

CREATE TABLE tasks (
  id            text PRIMARY KEY,
  language      text NOT NULL,
  scenario      text NOT NULL,
  difficulty    text NOT NULL,
  title         text NOT NULL,
  visibility    text NOT NULL,
  path          text NOT NULL,
  bank_version  text NOT NULL,
  content       jsonb NOT NULL,
  content_hash  text NOT NULL,
  updated_at    timestamptz NOT NULL
);

CREATE TABLE runs (
  id             text PRIMARY KEY,
  status         text NOT NULL,
  options        jsonb NOT NULL,
  model_ids      jsonb NOT NULL,
  task_ids       jsonb NOT NULL,
  bank_version   text NOT NULL,
  code_revision  text NOT NULL,
  created_at     timestamptz NOT NULL,
  finished_at    timestamptz,
  error          text
);
CREATE INDEX runs_created_at_idx ON runs (created_at DESC);

CREATE TABLE results (
  run_id               text NOT NULL REFERENCES runs (id),
  model_id             text NOT NULL,
  task_id              text NOT NULL,
  attempt              integer NOT NULL,
  language             text NOT NULL,
  scenario             text NOT NULL,
  difficulty           text NOT NULL,
  status               text NOT NULL,
  error                text,
  prompt_hash          text NOT NULL,
  final_score          double precision,
  automated_score      double precision,
  cost_usd             double precision,
  input_tokens         bigint NOT NULL,
  output_tokens        bigint NOT NULL,
  cached_input_tokens  bigint NOT NULL,
  cache_write_tokens   bigint NOT NULL,
  reasoning_tokens     bigint NOT NULL,
  tokens_estimated     boolean NOT NULL,
  latency_ms           double precision NOT NULL,
  ttft_ms              double precision,
  call_attempts        integer NOT NULL,
  http_status          integer,
  request_id           text,
  toolchain_version    text,
  bank_version         text NOT NULL,
  code_revision        text NOT NULL,
  schema_version       integer NOT NULL,
  created_at           timestamptz NOT NULL,
  prompt               text NOT NULL,
  raw_response         text NOT NULL,
  extracted_answer     text NOT NULL,
  extraction           text NOT NULL,
  sandbox              jsonb,
  automated            jsonb,
  layers               jsonb NOT NULL,
  price                jsonb,
  usage                jsonb NOT NULL,
  CONSTRAINT results_key UNIQUE (run_id, model_id, task_id, attempt)
);
CREATE INDEX results_run_order_idx ON results (run_id, created_at);
CREATE INDEX results_model_time_idx ON results (model_id, created_at);
`,
};
