import Table from 'cli-table3';
import { computeLeaderboard } from '../../analytics/index.js';
import { openStoreFor } from '../../config/index.js';
import { AibaasError } from '../../core/index.js';
import type { CommandContext } from '../context.js';
import { formatUsd } from '../format.js';
import { renderLeaderboard } from '../leaderboard-table.js';

/** `aibaas runs`: the stored runs, newest first. */
export async function runsCommand(context: CommandContext, options: { json?: boolean; limit: number }): Promise<number> {
  const store = await openStoreFor(context.config);
  try {
    const runs = await store.listRuns(options.limit);
    if (options.json) {
      context.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
      return 0;
    }
    if (runs.length === 0) {
      context.stdout.write('No runs yet: start one with `aibaas run`.\n');
      return 0;
    }
    const table = new Table({ head: ['Run', 'Status', 'Started', 'Models', 'Tasks', 'Done', 'Errors', 'Cost'], style: { head: [], border: [] } });
    for (const summary of runs) {
      const { run } = summary;
      table.push([run.id, run.status, run.createdAt.replace('T', ' ').slice(0, 19), String(run.modelIds.length), String(run.taskIds.length), `${summary.completed}/${summary.planned}`, String(summary.errors), formatUsd(summary.totalCostUsd)]);
    }
    context.stdout.write(`${table.toString()}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function requireRun(context: CommandContext, runId: string) {
  const store = await openStoreFor(context.config);
  const run = await store.getRun(runId);
  if (!run) {
    await store.close();
    throw new AibaasError('RUN_NOT_FOUND', `There is no run "${runId}".`, { fix: '`aibaas runs` lists the runs of the database in use.' });
  }
  return { store, run };
}

/** `aibaas results <run-id>`: the stored result records of a run (the whole records with --json). */
export async function resultsCommand(context: CommandContext, runId: string, options: { json?: boolean }): Promise<number> {
  const { store } = await requireRun(context, runId);
  try {
    const results = await store.listResults(runId);
    if (options.json) {
      context.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return 0;
    }
    const table = new Table({ head: ['Model', 'Task', 'Try', 'Status', 'Score', 'Tests', 'Extraction', 'Latency'], style: { head: [], border: [] } });
    for (const result of results) {
      const tests = result.sandbox ? `${result.sandbox.passed}/${result.sandbox.tests.length} ${result.sandbox.status}` : '—';
      table.push([result.modelId, result.taskId, String(result.attempt), result.status, result.finalScore?.toFixed(2) ?? '—', tests, result.extraction, `${Math.round(result.timing.latencyMs)} ms`]);
    }
    context.stdout.write(`${table.toString()}\n${results.length} results; \`--json\` prints every field.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `aibaas leaderboard <run-id>`: the leaderboard of a stored run, recomputed from its results. */
export async function leaderboardCommand(context: CommandContext, runId: string, options: { json?: boolean }): Promise<number> {
  const { store, run } = await requireRun(context, runId);
  try {
    const results = await store.listResults(runId);
    const models = await store.listModels({ includeDeprecated: true });
    const rows = computeLeaderboard(results, models, { resamples: context.config.run.bootstrapResamples, seed: run.options.seed });
    context.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${renderLeaderboard(rows)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
