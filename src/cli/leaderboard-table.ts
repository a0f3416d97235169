import Table from 'cli-table3';
import type { LeaderboardRow } from '../analytics/index.js';
import type { Scenario } from '../core/index.js';
import { SCENARIOS } from '../core/index.js';
import { formatLatency, formatScore, formatUsd } from './format.js';

const SCENARIO_SHORT: Record<Scenario, string> = {
  'code-generation': 'codegen',
  'test-generation': 'testgen',
  'code-review': 'review',
  refactoring: 'refactor',
  debugging: 'debug',
  security: 'security',
  documentation: 'docs',
};

/** The leaderboard as a terminal table: rank, model, score with 95% CI, per-scenario scores, cost, p95 latency. */
export function renderLeaderboard(rows: readonly LeaderboardRow[]): string {
  const scenarios = SCENARIOS.filter((scenario) => rows.some((row) => row.scenarios[scenario]));
  const table = new Table({
    head: ['Rank', 'Model', 'Score [95% CI]', ...scenarios.map((s) => SCENARIO_SHORT[s]), 'Tasks', 'Cost/task', 'p95 latency', 'Layers'],
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    table.push([
      String(row.rank),
      row.baseline ? `${row.modelId} (baseline)` : row.modelId,
      `${formatScore(row.overall.estimate)} [${formatScore(row.overall.lower)}, ${formatScore(row.overall.upper)}]`,
      ...scenarios.map((s) => formatScore(row.scenarios[s]?.estimate)),
      String(row.tasks) + (row.errors > 0 ? ` (${row.errors} err)` : ''),
      formatUsd(row.costPerTask, row.costUnknown),
      formatLatency(row.latencyP95Ms),
      row.layers.length === 1 && row.layers[0] === 'automated' ? 'automated only' : row.layers.join('+'),
    ]);
  }
  const notes = ['Scores 0–10; rank = 1 + models whose interval lies wholly above (overlapping intervals share a rank).'];
  if (rows.some((row) => row.costUnknown)) notes.push('* unknown price: cost not counted as 0.');
  return `${table.toString()}\n${notes.join('\n')}`;
}
