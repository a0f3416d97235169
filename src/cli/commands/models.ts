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
    const table = new Table({ head: ['Model', 'Name', 'Context', 'Context source', 'In $/1M', 'Cached $/1M', 'Out $/1M', 'Price source', 'Status'], style: { head: [], border: [] } });
    for (const model of models) {
      const price = model.price;
      table.push([
        model.id,
        model.displayName,
        model.contextWindow?.toLocaleString('en-US') ?? 'unknown',
        model.contextWindow === undefined ? '—' : (model.contextSource ?? (model.baseline ? 'baseline' : 'listing')),
        price ? String(price.inputPerMTok) : 'unknown*',
        price?.cachedInputPerMTok !== undefined ? String(price.cachedInputPerMTok) : price ? '—' : 'unknown*',
        price ? String(price.outputPerMTok) : 'unknown*',
        price?.source ?? '—',
        [model.baseline ? 'baseline' : '', model.deprecated ? 'deprecated' : 'active'].filter(Boolean).join(', '),
      ]);
    }
    context.stdout.write(`${table.toString()}\n`);
    const unpriced = models.filter((model) => !model.price).length;
    if (unpriced > 0) context.stdout.write(`* ${unpriced} models have no known price: their cost is stored as unknown (never 0). Add them to a price override file (docs/prices.md).\n`);
    return 0;
  } finally {
    await services.close();
  }
}
