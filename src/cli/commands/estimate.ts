import Table from 'cli-table3';
import { discoverModels, judgingSetup, openServices } from '../../config/index.js';
import { estimateRun } from '../../core/index.js';
import { planRun } from '../../engine/index.js';
import type { CommandContext } from '../context.js';
import { estimateLine, judgingEstimateLine } from '../estimate-line.js';
import { formatUsd } from '../format.js';
import { judgingEstimate } from './judge.js';
import { runOptions, type RunCommandOptions } from './run.js';

/** `aibaas estimate`: projects what a run with the same options would cost, without calling any model. */
export async function estimateCommand(context: CommandContext, options: RunCommandOptions & { json?: boolean }): Promise<number> {
  const services = await openServices(context.config, context.warn);
  try {
    const discovered = await discoverModels(services, context.warn);
    const run = planRun({
      id: 'estimate',
      options: runOptions(context, options),
      models: discovered,
      tasks: services.bank.tasks,
      bankVersion: services.bank.version,
      codeRevision: services.codeRevision,
      createdAt: services.clock.now().toISOString(),
    });
    const models = discovered.filter((model) => run.modelIds.includes(model.id));
    const tasks = services.bank.tasks.filter((task) => run.taskIds.includes(task.id));
    const estimate = estimateRun({ models, tasks, repeat: run.options.repeat, maxOutputTokens: run.options.maxOutputTokens, expectedOutputTokens: context.config.run.expectedOutputTokens });
    const judging = judgingEstimate(context, judgingSetup(services, discovered), discovered, models, tasks, run.options.repeat);
    if (options.json) {
      context.stdout.write(`${JSON.stringify({ seed: run.options.seed, tasks: tasks.length, repeat: run.options.repeat, ...estimate, judging: judging ?? null }, null, 2)}\n`);
      return 0;
    }
    const table = new Table({ head: ['Model', 'Calls', 'Input tokens', 'Output tokens', 'Cost', 'Price source'], style: { head: [], border: [] } });
    for (const model of estimate.models) {
      table.push([model.modelId, model.calls, model.inputTokens.toLocaleString('en-US'), model.outputTokens.toLocaleString('en-US'), formatUsd(model.costUsd, true), model.priceSource ?? '—']);
    }
    context.stdout.write(`${table.toString()}\n`);
    context.stdout.write(`${tasks.length} tasks × ${run.options.repeat} (seed ${run.options.seed}): ${estimateLine(estimate, run.options.maxCostUsd)}\n`);
    if (judging) context.stdout.write(`${judgingEstimateLine(judging)}\n`);
    if (estimate.unpriced.length > 0) context.stdout.write('* unknown price: not counted (add it to a price override file, docs/prices.md).\n');
    context.stdout.write('Input is estimated from the prompts (~4 characters a token); output from run.expectedOutputTokens per scenario.\n');
    return 0;
  } finally {
    await services.close();
  }
}
