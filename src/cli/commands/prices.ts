import path from 'node:path';
import { updateCatalogue } from '../../providers/prices/index.js';
import type { CommandContext } from '../context.js';

/** `aibaas prices update`: refreshes the catalogue in the data directory (the bundled snapshot stays as it is). */
export async function pricesUpdateCommand(context: CommandContext, options: { from?: string }): Promise<number> {
  const targetFile = path.join(context.config.dataDir, 'prices', 'catalogue.json');
  const summary = await updateCatalogue({ ...(options.from ? { from: options.from } : {}), targetFile, fetch: globalThis.fetch, now: () => new Date() });
  const providers = Object.entries(summary.providers).map(([provider, count]) => `${provider} ${count}`).join(', ');
  context.stdout.write(`price catalogue updated: ${summary.models} models (${providers}) written to ${summary.file}\n`);
  return 0;
}
