import type { Migration } from './migration.js';

const RESULT_KEY = `run_id text NOT NULL, model_id text NOT NULL, task_id text NOT NULL, attempt integer NOT NULL`;
const RESULT_FK = `FOREIGN KEY (run_id, model_id, task_id, attempt) REFERENCES results (run_id, model_id, task_id, attempt)`;

/**
 * The judged and human score layers: every judge's review (self-review and team panel, failed ones included; the
 * cache of identical reviews is a lookup on judge, rubric and answer hash), staff reviews and user votes.
 */
export const reviews: Migration = {
  id: 3,
  name: 'reviews',
  sql: `
CREATE TABLE judge_reviews (
  ${RESULT_KEY},
  judge_id        text NOT NULL,
  role            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('self', 'team')),
  weight          double precision NOT NULL,
  status          text NOT NULL CHECK (status IN ('ok', 'failed')),
  score           double precision CHECK (score IS NULL OR (score >= 0 AND score <= 10)),
  criteria        jsonb NOT NULL DEFAULT '{}'::jsonb,
  reasoning       text,
  critical_issues jsonb NOT NULL DEFAULT '[]'::jsonb,
  suggestions     jsonb NOT NULL DEFAULT '[]'::jsonb,
  raw_reply       text NOT NULL DEFAULT '',
  error           text,
  calls           integer NOT NULL,
  rubric_hash     text NOT NULL,
  answer_hash     text NOT NULL,
  cached_from     jsonb,
  cost_usd        double precision,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (run_id, model_id, task_id, attempt, judge_id, role),
  ${RESULT_FK}
);
CREATE INDEX judge_reviews_cache_idx ON judge_reviews (judge_id, rubric_hash, answer_hash) WHERE status = 'ok';
CREATE TABLE staff_reviews (
  ${RESULT_KEY},
  author          text NOT NULL,
  correctness     double precision NOT NULL CHECK (correctness BETWEEN 0 AND 10),
  quality         double precision NOT NULL CHECK (quality BETWEEN 0 AND 10),
  best_practices  double precision NOT NULL CHECK (best_practices BETWEEN 0 AND 10),
  efficiency      double precision NOT NULL CHECK (efficiency BETWEEN 0 AND 10),
  overall         double precision NOT NULL CHECK (overall BETWEEN 0 AND 10),
  notes           text NOT NULL DEFAULT '',
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (run_id, model_id, task_id, attempt, author),
  ${RESULT_FK}
);
CREATE TABLE user_votes (
  ${RESULT_KEY},
  user_id         text NOT NULL,
  vote            smallint NOT NULL CHECK (vote IN (-1, 1)),
  comment         text NOT NULL DEFAULT '',
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (run_id, model_id, task_id, attempt, user_id),
  ${RESULT_FK}
);
`,
};
