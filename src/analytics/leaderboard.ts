import type { Interval, ModelInfo, ResultRecord, Scenario, ScoreLayer } from '../core/index.js';
import { mean, quantile, SCENARIOS, SCORE_LAYERS, statisticalRanks, stratifiedBootstrap } from '../core/index.js';

export interface LeaderboardOptions {
  /** Bootstrap resamples (≥ 1,000). */
  resamples: number;
  seed: number;
}

export interface LeaderboardRow {
  rank: number;
  modelId: string;
  displayName: string;
  baseline: boolean;
  overall: Interval;
  scenarios: Partial<Record<Scenario, Interval>>;
  tasks: number;
  results: number;
  errors: number;
  /** Mean cost per result in USD; null when any cost is unknown. */
  costPerTask: number | null;
  /** True when some costs are unknown (shown as a marker, never as 0). */
  costUnknown: boolean;
  latencyP95Ms: number | null;
  /** The score layers present in this model's results. */
  layers: ScoreLayer[];
}

function taskScores(results: ResultRecord[]): Map<string, { scenario: Scenario; score: number }> {
  // Repeats of one task are averaged first so a task counts once in the bootstrap over tasks.
  const byTask = new Map<string, { scenario: Scenario; scores: number[] }>();
  for (const result of results) {
    const entry = byTask.get(result.taskId) ?? { scenario: result.scenario, scores: [] };
    // An error (a failed call) earns nothing: it is the model's answer that did not come.
    entry.scores.push(result.finalScore ?? 0);
    byTask.set(result.taskId, entry);
  }
  return new Map([...byTask].map(([taskId, entry]) => [taskId, { scenario: entry.scenario, score: mean(entry.scores) }]));
}

function scoreRow(modelId: string, results: ResultRecord[], info: ModelInfo | undefined, options: LeaderboardOptions): Omit<LeaderboardRow, 'rank'> {
  const perTask = [...taskScores(results).values()];
  const scenarioGroups = SCENARIOS.map((scenario) => ({ scenario, scores: perTask.filter((t) => t.scenario === scenario).map((t) => t.score) }))
    .filter((group) => group.scores.length > 0);
  const scenarios: Partial<Record<Scenario, Interval>> = {};
  for (const group of scenarioGroups) scenarios[group.scenario] = stratifiedBootstrap([group.scores], options);
  const costs = results.map((r) => r.costUsd);
  const costUnknown = costs.some((cost) => cost === null);
  const latencies = results.filter((r) => r.status === 'scored').map((r) => r.timing.latencyMs);
  const layers = new Set<ScoreLayer>();
  for (const result of results) for (const layer of Object.keys(result.layers) as ScoreLayer[]) layers.add(layer);
  return {
    modelId,
    displayName: info?.displayName ?? modelId,
    baseline: info?.baseline ?? modelId.startsWith('baseline/'),
    overall: stratifiedBootstrap(scenarioGroups.map((group) => group.scores), options),
    scenarios,
    tasks: perTask.length,
    results: results.length,
    errors: results.filter((r) => r.status === 'error').length,
    costPerTask: costUnknown || costs.length === 0 ? null : mean(costs as number[]),
    costUnknown,
    latencyP95Ms: latencies.length > 0 ? quantile(latencies, 0.95) : null,
    layers: SCORE_LAYERS.filter((layer) => layers.has(layer)),
  };
}

/**
 * The leaderboard of a set of results: per model, the overall score (mean over scenarios of the mean task score)
 * and per-scenario scores with seeded bootstrap 95% intervals over tasks, the statistical rank, cost per task and
 * p95 latency. Rows are sorted by rank, then score.
 */
export function computeLeaderboard(results: readonly ResultRecord[], models: readonly ModelInfo[], options: LeaderboardOptions): LeaderboardRow[] {
  const byModel = new Map<string, ResultRecord[]>();
  for (const result of results) byModel.set(result.modelId, [...(byModel.get(result.modelId) ?? []), result]);
  const info = new Map(models.map((model) => [model.id, model]));
  const rows = [...byModel].map(([modelId, modelResults]) => scoreRow(modelId, modelResults, info.get(modelId), options));
  const ranks = statisticalRanks(rows.map((row) => ({ id: row.modelId, interval: row.overall })));
  return rows
    .map((row) => ({ ...row, rank: ranks.get(row.modelId) ?? rows.length }))
    .sort((a, b) => a.rank - b.rank || b.overall.estimate - a.overall.estimate || a.modelId.localeCompare(b.modelId));
}
