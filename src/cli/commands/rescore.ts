import { computeLeaderboard } from '../../analytics/index.js';
import { answerGrader, openServices } from '../../config/index.js';
import { AibaasError, type Run } from '../../core/index.js';
import { executeRun, reuseFromRun, storedAnswersOnly } from '../../engine/index.js';
import type { CommandContext } from '../context.js';
import { renderLeaderboard } from '../leaderboard-table.js';
import { newRunId } from './run.js';
import { createProgressReporter } from '../progress.js';

/**
 * `aibaas rescore <run-id>`: grades the stored answers of a run again with today's graders and bank, as a new run
 * (the source run is never changed). No model is called: every answer comes from the store.
 */
export async function rescoreCommand(context: CommandContext, sourceId: string): Promise<number> {
  const services = await openServices(context.config, context.warn);
  try {
    const source = await services.store.getRun(sourceId);
    if (!source) {
      throw new AibaasError('RUN_NOT_FOUND', `There is no run "${sourceId}" to re-grade.`, { fix: '`aibaas runs` lists the runs of the database in use.' });
    }
    const records = await services.store.listResults(source.id);
    const tasks = new Map(services.bank.tasks.map((task) => [task.id, task]));
    const missing = source.taskIds.filter((id) => !tasks.has(id));
    if (missing.length > 0) {
      throw new AibaasError('RUN_TASK_UNAVAILABLE', `Run ${source.id} used tasks that are not in the loaded bank: ${missing.slice(0, 5).join(', ')}.`, {
        fix: `Re-grade with the bank version the run used (${source.bankVersion}).`,
      });
    }
    const now = services.clock.now();
    const run: Run = {
      ...source,
      id: newRunId(now, 'rescore'),
      status: 'running',
      bankVersion: services.bank.version,
      codeRevision: services.codeRevision,
      createdAt: now.toISOString(),
      finishedAt: null,
      error: null,
    };
    const known = new Map((await services.store.listModels({ includeDeprecated: true })).map((model) => [model.id, model]));
    const models = new Map(run.modelIds.map((id) => {
      const info = known.get(id) ?? { id, provider: id.split('/')[0] ?? id, name: id, displayName: id, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false };
      return [id, storedAnswersOnly(info, source.id)];
    }));
    await services.store.upsertTasks(run.taskIds.map((id) => tasks.get(id)).filter((task) => task !== undefined), services.bank.version);
    await services.store.createRun(run);
    context.stderr.write(`re-grading the ${records.filter((record) => record.status === 'scored').length} stored answers of ${source.id} as run ${run.id}; no model is called\n`);
    const progress = createProgressReporter({ stream: context.stderr });
    try {
      await executeRun(run, { store: services.store, models, tasks, grade: answerGrader(services.graders), clock: services.clock, reuse: reuseFromRun(records), reuseAlways: true }, { onProgress: (event) => progress.handle(event) });
    } finally {
      progress.stop();
    }
    const results = await services.store.listResults(run.id);
    const rows = computeLeaderboard(results, [...known.values()], { resamples: context.config.run.bootstrapResamples, seed: run.options.seed });
    context.stdout.write(`\nLeaderboard of ${run.id} (the answers of ${source.id}, graded again)\n${renderLeaderboard(rows)}\n`);
    return 0;
  } finally {
    await services.close();
  }
}
