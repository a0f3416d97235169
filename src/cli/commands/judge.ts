import { discoverModels, judgingSetup, openServices, type JudgingSetup, type Services } from '../../config/index.js';
import type { ModelInfo, Run, Task } from '../../core/index.js';
import { AibaasError, estimateJudging } from '../../core/index.js';
import { judgeRun, type JudgingSummary } from '../../engine/index.js';
import type { CommandContext } from '../context.js';

/** Runs the judging phase of a run with progress on stderr; undefined when no judges are configured. */
export async function judgeStoredRun(context: CommandContext, services: Services, run: Run, setup: JudgingSetup): Promise<JudgingSummary | undefined> {
  if (!setup.enabled) return undefined;
  const seats = `${setup.panel.length} panel judge${setup.panel.length === 1 ? '' : 's'}${setup.selfReview ? ' + self-review' : ''}`;
  context.stderr.write(`judging ${run.id}: ${seats}, sample top ${context.config.judges.sample.top * 100}% + random ${context.config.judges.sample.random * 100}%\n`);
  let lastPrinted = 0;
  const tasks = new Map(services.bank.tasks.map((task) => [task.id, task]));
  const summary = await judgeRun({
    store: services.store,
    runId: run.id,
    seed: run.options.seed,
    taskById: (id) => tasks.get(id),
    panel: setup.panel,
    sample: context.config.judges.sample,
    selfReview: setup.selfReview,
    reviewer: setup.reviewer,
    weights: context.config.scoring.weights,
    concurrency: run.options.concurrency,
    now: () => services.clock.now(),
    onProgress: (done, total, review) => {
      if (review.status === 'failed') context.warn(`review of ${review.ref.modelId} ${review.ref.taskId} by ${review.judgeId} (${review.role}) failed: ${review.error ?? 'unknown'}`);
      if (done === total || done - lastPrinted >= Math.max(1, Math.floor(total / 10))) {
        lastPrinted = done;
        context.stderr.write(`  judged ${done}/${total}\n`);
      }
    },
  });
  context.stderr.write(`judging done: ${summary.reviewed} reviewed, ${summary.cached} from the cache, ${summary.failed} failed, ${summary.skipped} already done or not judgeable; $${summary.costUsd.toFixed(4)}\n`);
  return summary;
}

/** `aibaas judge <run-id>`: judges a stored run (again): failed reviews are retried, done ones kept. */
export async function judgeCommand(context: CommandContext, runId: string): Promise<number> {
  const services = await openServices(context.config, context.warn);
  try {
    const run = await services.store.getRun(runId);
    if (!run) throw new AibaasError('RUN_NOT_FOUND', `There is no run "${runId}".`, { fix: '`aibaas runs` lists the runs.' });
    const discovered = await discoverModels(services, context.warn);
    const summary = await judgeStoredRun(context, services, run, judgingSetup(services, discovered));
    if (!summary) {
      context.stdout.write('No judges are configured: scores stay automated-only. Set judges.panel, judges.models or judges.selfReview (docs/judging.md).\n');
      return 0;
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}

/** The projected cost of judging a run of these models and tasks; undefined when no judges are configured. */
export function judgingEstimate(context: CommandContext, setup: JudgingSetup, discovered: readonly ModelInfo[], models: readonly ModelInfo[], tasks: readonly Task[], repeat: number) {
  if (!setup.enabled) return undefined;
  const byId = new Map(discovered.map((model) => [model.id, model]));
  const sample = context.config.judges.sample;
  return estimateJudging({
    models, tasks, repeat, seats: setup.panel.map((seat) => byId.get(seat.judgeId)!), selfReview: setup.selfReview,
    share: sample.top + sample.random, expectedOutputTokens: context.config.run.expectedOutputTokens,
  });
}
