import Table from 'cli-table3';
import { discoverModels, openServices } from '../../config/index.js';
import type { CommandContext } from '../context.js';

/** `aibaas models`: discovers every configured provider's models and lists them with price and context. */
export async function modelsCommand(context: CommandContext, options: { provider?: string; json?: boolean; all?: boolean }): Promise<number> {
  const services = await openServices(context.config, context.warn);
  try {
    await discoverModels(services, context.warn);
    const models = (await services.store.listModels({ ...(options.provider ? { provider: options.provider } : {}), includeDeprecated: options.all ?? false }));
    if (options.json) {
      context.stdout.write(`${JSON.stringify(models, null, 2)}\n`);
      return 0;
    }
    const table = new Table({ head: ['Model', 'Name', 'Context', 'In $/1M', 'Out $/1M', 'Price source', 'Status'], style: { head: [], border: [] } });
    for (const model of models) {
      table.push([
        model.id,
        model.displayName,
        model.contextWindow?.toLocaleString('en-US') ?? 'unknown',
        model.price ? String(model.price.inputPerMTok) : 'unknown',
        model.price ? String(model.price.outputPerMTok) : 'unknown',
        model.price?.source ?? '—',
        [model.baseline ? 'baseline' : '', model.deprecated ? 'deprecated' : 'active'].filter(Boolean).join(', '),
      ]);
    }
    context.stdout.write(`${table.toString()}\n`);
    return 0;
  } finally {
    await services.close();
  }
}
