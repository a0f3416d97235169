import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AibaasError } from '../../core/index.js';

const perMTok = z.number().finite().nonnegative();

const entrySchema = z
  .object({
    /** Our provider id (`openai`, `anthropic`, `google`, …): an entry only prices that provider's models. */
    provider: z.string().min(1),
    model: z.string().min(1),
    /**
     * `exact` matches the name only; `prefix` also matches the name followed by a dated or versioned snapshot
     * suffix (`gpt-4o` → `gpt-4o-2024-08-06`, `claude-sonnet-4` → `claude-sonnet-4-20250514`), see SNAPSHOT_SUFFIX.
     */
    match: z.enum(['exact', 'prefix']).default('exact'),
    inputPerMTok: perMTok,
    outputPerMTok: perMTok,
    cachedInputPerMTok: perMTok.optional(),
    cacheWritePerMTok: perMTok.optional(),
    reasoningPerMTok: perMTok.optional(),
    contextWindow: z.number().int().positive().optional(),
    maxOutputTokens: z.number().int().positive().optional(),
  })
  .strict();

/** The price catalogue: a dated snapshot of public list prices in USD per one million tokens (docs/prices.md). */
export const catalogueSchema = z
  .object({
    version: z.literal(1),
    /** The date the prices are from (yyyy-mm-dd). */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a yyyy-mm-dd date'),
    sources: z.array(z.string().min(1)).min(1, 'must name where the prices come from'),
    notes: z.string().optional(),
    models: z.array(entrySchema),
  })
  .strict()
  .superRefine((catalogue, context) => {
    const seen = new Map<string, number>();
    catalogue.models.forEach((entry, index) => {
      const key = `${entry.provider}/${entry.model}`.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else context.addIssue({ code: 'custom', path: ['models', index, 'model'], message: `repeats entry ${first} (${entry.provider}/${entry.model})` });
    });
  });

export type PriceCatalogue = z.infer<typeof catalogueSchema>;
export type CatalogueEntry = z.infer<typeof entrySchema>;

/** `models.3.inputPerMTok` → `entry 3 (openai/gpt-4o), field inputPerMTok`. */
function describePath(json: unknown, issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'the top level';
  const [head, index, ...field] = issuePath;
  if (head !== 'models' || typeof index !== 'number') return `field ${issuePath.map(String).join('.')}`;
  const raw = (json as { models?: unknown[] }).models?.[index] as { provider?: unknown; model?: unknown } | undefined;
  const name = typeof raw?.provider === 'string' && typeof raw.model === 'string' ? ` (${raw.provider}/${raw.model})` : '';
  return field.length > 0 ? `entry ${index}${name}, field ${field.map(String).join('.')}` : `entry ${index}${name}`;
}

/** Checks a decoded catalogue; the error names the file, the entry index and the field, and says the fix. */
export function parseCatalogue(json: unknown, file: string): PriceCatalogue {
  const parsed = catalogueSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? describePath(json, issue.path) : 'the top level';
  throw new AibaasError('PRICES_INVALID', `The price catalogue ${file} is invalid at ${where}: ${issue?.message ?? 'unexpected shape'}.`, {
    fix: 'Correct that field (docs/prices.md describes the format), or replace the file with `aibaas prices update`.',
  });
}

/** Reads and checks a catalogue file (the bundled `prices/catalogue.json`, or a refreshed one). */
export function loadCatalogue(file: string): PriceCatalogue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AibaasError('PRICES_INVALID', `The price catalogue ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      fix: 'Restore it (the bundled one is prices/catalogue.json in the package), or write a new one with `aibaas prices update`.',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AibaasError('PRICES_INVALID', `The price catalogue ${file} is not valid JSON (${(error as Error).message.split('\n')[0]}).`, {
      fix: 'Fix the JSON syntax, or replace the file with `aibaas prices update`.',
    });
  }
  return parseCatalogue(json, file);
}

/**
 * What may follow a `prefix` entry's name: one or more dated or versioned snapshot suffixes — `-2024-08-06`,
 * `-20250514`, `-0709` / `-2411`, `-001`, `-latest`, or Vertex's `@20240620`. Anything else (`-mini`, `-pro`,
 * `-preview`, `-fast`, `-4-5`) is another model with its own price, so it does not match.
 */
const SNAPSHOT_SUFFIX = /^(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{3,4}|latest))+$/;

function lookupName(catalogue: PriceCatalogue, provider: string, name: string): CatalogueEntry | undefined {
  let best: CatalogueEntry | undefined;
  for (const entry of catalogue.models) {
    if (entry.provider !== provider) continue;
    const candidate = entry.model.toLowerCase();
    if (candidate === name) return entry;
    if (entry.match !== 'prefix' || !name.startsWith(candidate) || !SNAPSHOT_SUFFIX.test(name.slice(candidate.length))) continue;
    if (!best || candidate.length > best.model.length) best = entry;
  }
  return best;
}

/**
 * The catalogue entry for one of a provider's models: an exact name first (case-insensitive), then the longest
 * `prefix` entry the name extends with a snapshot suffix. A name with a leading path (`models/gemini-2.5-pro`) is
 * tried again without it, segment by segment. Only entries of the same provider id ever match: OpenRouter's
 * `openai/gpt-4o` is not OpenAI's `gpt-4o` (use `gatewayCatalogueKey` for gateways that pass prices through).
 */
export function lookupCatalogue(catalogue: PriceCatalogue, provider: string, model: string): CatalogueEntry | undefined {
  let name = model.toLowerCase();
  for (;;) {
    const entry = lookupName(catalogue, provider, name);
    if (entry) return entry;
    const slash = name.indexOf('/');
    if (slash < 0 || slash === name.length - 1) return undefined;
    name = name.slice(slash + 1);
  }
}

/**
 * Cloudflare AI Gateway's provider path segments → our provider ids. A gateway model `openai/gpt-4o` is billed
 * by OpenAI at OpenAI's price, so it is priced as the `openai` catalogue entry `gpt-4o`. Paths not listed here
 * (e.g. `workers-ai`) stay under the gateway's own id and are priced only by a listing or an override.
 */
export const GATEWAY_PROVIDERS: Readonly<Record<string, string>> = Object.freeze({
  openai: 'openai',
  anthropic: 'anthropic',
  'google-ai-studio': 'google',
  groq: 'groq',
  mistral: 'mistral',
  deepseek: 'deepseek',
  grok: 'xai',
});

/** The gateway providers whose model names are `<upstream path>/<model>` (see GATEWAY_PROVIDERS). */
const GATEWAY_PROVIDER_IDS: ReadonlySet<string> = new Set(['cloudflare-gateway']);

/**
 * Where to look a model up in the catalogue: a `cloudflare-gateway` model `google-ai-studio/gemini-2.5-flash` is
 * looked up as `google` / `gemini-2.5-flash`; every other (provider, model) pair is returned as it is.
 */
export function gatewayCatalogueKey(provider: string, model: string): { provider: string; model: string } {
  if (!GATEWAY_PROVIDER_IDS.has(provider)) return { provider, model };
  const slash = model.indexOf('/');
  const upstream = slash > 0 ? GATEWAY_PROVIDERS[model.slice(0, slash).toLowerCase()] : undefined;
  return upstream && slash < model.length - 1 ? { provider: upstream, model: model.slice(slash + 1) } : { provider, model };
}
