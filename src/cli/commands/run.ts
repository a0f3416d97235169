import { randomBytes } from 'node:crypto';
import { computeLeaderboard } from '../../analytics/index.js';
import { answerGrader, callableModels, discoverModels, judgingSetup, openServices, type Services } from '../../config/index.js';
import type { ModelInfo, Run, RunOptions } from '../../core/index.js';
import { AibaasError, estimateRun } from '../../core/index.js';
import { executeRun, planRun, reuseFromStore } from '../../engine/index.js';
import { estimateLine, judgingEstimateLine } from '../estimate-line.js';
import { getToolchain } from '../../sandbox/index.js';
import type { CommandContext } from '../context.js';
import { renderLeaderboard } from '../leaderboard-table.js';
import { createProgressReporter } from '../progress.js';
import { judgeStoredRun, judgingEstimate } from './judge.js';

export interface RunCommandOptions {
  models?: string[];
  seed?: number;
  /** Budget cap in USD for a new run, or a new cap for a resumed one. */
  maxCostUsd?: number;
  reuseAnswers?: boolean;
  /** A run id, or true for the newest unfinished run. */
  resume?: string | true;
}

/** A new run id: `<prefix>-yyyymmdd-hhmmss-<6 hex>`. */
export function newRunId(now: Date, prefix = 'run'): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${prefix}-${stamp}-${randomBytes(3).toString('hex')}`;
}

async function findRunToResume(services: Services, resume: string | true): Promise<Run> {
  if (resume !== true) {
    const run = await services.store.getRun(resume);
    if (!run) {
      throw new AibaasError('RUN_NOT_FOUND', `There is no run "${resume}" in ${services.config.databaseUrl ? 'the PostgreSQL database' : services.config.dataDir}.`, {
        fix: '`aibaas runs` lists the runs; check the id and the database (DATABASE_URL / dataDir) you are using.',
      });
    }
    if (run.status === 'completed') {
      throw new AibaasError('RUN_ALREADY_COMPLETE', `Run ${run.id} is already complete: nothing to resume.`, {
        fix: `See its results with \`aibaas results ${run.id}\`, or start a new run with \`aibaas run\`.`,
      });
    }
    return run;
  }
  const unfinished = (await services.store.listRuns(50)).find((summary) => summary.run.status !== 'completed');
  if (!unfinished) {
    throw new AibaasError('RUN_NOT_FOUND', 'There is no unfinished run to resume.', { fix: 'Start a new run with `aibaas run`.' });
  }
  return unfinished.run;
}

export function runOptions(context: CommandContext, options: RunCommandOptions): RunOptions {
  const run = context.config.run;
  const maxCostUsd = options.maxCostUsd ?? run.maxCostUsd;
  const reuseAnswers = options.reuseAnswers ?? run.reuseAnswers;
  return {
    ...(maxCostUsd !== undefined ? { maxCostUsd } : {}),
    ...(reuseAnswers ? { reuseAnswers } : {}),
    modelPatterns: options.models ?? [],
    languages: [...run.languages],
    scenarios: [...run.scenarios],
    difficulties: [...run.difficulties],
    tasksPerCell: run.tasksPerCell,
    seed: options.seed ?? randomBytes(4).readInt32LE(0),
    repeat: run.repeat,
    concurrency: run.concurrency,
    temperature: run.temperature,
    maxOutputTokens: run.maxOutputTokens,
  };
}

/** Fails before any model is called when a task of the run cannot be graded here. */
function preflight(services: Services, run: Run): void {
  const tasks = run.taskIds.map((id) => services.bank.tasks.find((task) => task.id === id)).filter((task) => task !== undefined);
  for (const scenario of new Set(tasks.map((task) => task.scenario))) services.graders.get(scenario);
  for (const language of new Set(tasks.map((task) => task.language))) getToolchain(services.toolchains, language);
}

/** `aibaas run`: plan (or resume) a run, execute it with live progress, then print its leaderboard. */
export async function runCommand(context: CommandContext, options: RunCommandOptions): Promise<number> {
  const services = await openServices(context.config, context.warn);
  try {
    const discovered = await discoverModels(services, context.warn);
    // A judge that is not available stops the run before it starts, not after every answer has been paid for.
    const judging = judgingSetup(services, discovered);
    let run: Run;
    let models: ModelInfo[];
    if (options.resume !== undefined) {
      run = await findRunToResume(services, options.resume);
      if (options.maxCostUsd !== undefined) run = { ...run, options: { ...run.options, maxCostUsd: options.maxCostUsd } };
      const all = await services.store.listModels({ includeDeprecated: true });
      models = all.filter((model) => run.modelIds.includes(model.id));
      context.stderr.write(`resuming run ${run.id} (seed ${run.options.seed})\n`);
    } else {
      const unfinished = (await services.store.listRuns(20)).filter((s) => s.run.status !== 'completed');
      for (const summary of unfinished.slice(0, 3)) {
        context.warn(`run ${summary.run.id} is unfinished (${summary.completed}/${summary.planned}); \`aibaas run --resume ${summary.run.id}\` completes it`);
      }
      const now = services.clock.now();
      run = planRun({
        id: newRunId(now),
        options: runOptions(context, options),
        models: discovered,
        tasks: services.bank.tasks,
        bankVersion: services.bank.version,
        codeRevision: services.codeRevision,
        createdAt: now.toISOString(),
      });
      models = discovered.filter((model) => run.modelIds.includes(model.id));
      const tasks = services.bank.tasks.filter((task) => run.taskIds.includes(task.id));
      preflight(services, run);
      await services.store.upsertTasks(tasks, services.bank.version);
      await services.store.createRun(run);
      context.stderr.write(`run ${run.id}: ${run.modelIds.length} models × ${run.taskIds.length} tasks × ${run.options.repeat} (seed ${run.options.seed})\n`);
      const estimate = estimateRun({ models, tasks, repeat: run.options.repeat, maxOutputTokens: run.options.maxOutputTokens, expectedOutputTokens: context.config.run.expectedOutputTokens });
      context.stderr.write(`${estimateLine(estimate, run.options.maxCostUsd)}\n`);
      const judgingCost = judgingEstimate(context, judging, discovered, models, tasks, run.options.repeat);
      if (judgingCost) context.stderr.write(`${judgingEstimateLine(judgingCost)}\n`);
    }
    preflight(services, run);

    const abort = new AbortController();
    const onSignal = () => {
      if (abort.signal.aborted) process.exit(130);
      context.stderr.write('\nstopping after the items in progress (Ctrl-C again to quit at once)…\n');
      abort.abort();
    };
    process.on('SIGINT', onSignal);
    const progress = createProgressReporter({ stream: context.stderr });
    let outcome;
    try {
      outcome = await executeRun(
        run,
        {
          store: services.store, models: callableModels(services, models), tasks: new Map(services.bank.tasks.map((t) => [t.id, t])),
          grade: answerGrader(services.graders), clock: services.clock, reuse: reuseFromStore(services.store, run.id),
        },
        { onProgress: (event) => progress.handle(event), signal: abort.signal },
      );
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
    }

    if (!outcome.budgetReached && outcome.completed === outcome.planned) await judgeStoredRun(context, services, run, judging);
    const results = await services.store.listResults(run.id);
    const rows = computeLeaderboard(results, models, { resamples: context.config.run.bootstrapResamples, seed: run.options.seed });
    context.stdout.write(`\nLeaderboard of ${run.id} (bank ${run.bankVersion}, seed ${run.options.seed}, ${context.config.run.bootstrapResamples} bootstrap resamples)\n`);
    context.stdout.write(`${renderLeaderboard(rows)}\n`);
    const unpriced = outcome.unpricedResults > 0 ? ` (+ ${outcome.unpricedResults} results of unknown cost, not counted)` : '';
    context.stderr.write(`spent: $${outcome.spentUsd.toFixed(4)}${unpriced}\n`);
    if (outcome.budgetReached) {
      context.stderr.write(`run ${run.id} stopped at its budget cap with ${outcome.completed}/${outcome.planned} items: \`aibaas run --resume ${run.id} --max-cost <higher>\` completes it\n`);
      return 3;
    }
    if (outcome.completed < outcome.planned) {
      context.stderr.write(`run ${run.id} is incomplete (${outcome.completed}/${outcome.planned}): \`aibaas run --resume ${run.id}\` completes it\n`);
      return 1;
    }
    return 0;
  } finally {
    await services.close();
  }
}
