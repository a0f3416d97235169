import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AibaasError } from '../../core/index.js';
import { globToRegExp } from '../glob.js';

const perMTok = z.number().finite().nonnegative();

/** One model's prices in USD per one million tokens, as the user writes them. */
const overrideSchema = z
  .object({
    input: perMTok,
    output: perMTok,
    cachedInput: perMTok.optional(),
    cacheWrite: perMTok.optional(),
    reasoning: perMTok.optional(),
    contextWindow: z.number().int().positive().optional(),
  })
  .strict();

export type PriceOverride = z.infer<typeof overrideSchema>;

/** One `provider/model` key (`*` and `?` globs allowed) and its prices. */
export interface PriceOverrideEntry {
  pattern: string;
  matcher: RegExp;
  price: PriceOverride;
}

/** The user's price file, in file order. */
export interface PriceOverrides {
  file: string;
  entries: PriceOverrideEntry[];
}

const FORMAT = 'Write one `<provider>/<model>: { input: <USD per 1M>, output: <USD per 1M> }` entry per model; cachedInput, cacheWrite, reasoning and contextWindow are optional (docs/prices.md).';

function invalid(file: string, problem: string): AibaasError {
  return new AibaasError('PRICES_INVALID', `The price override file ${file} is invalid: ${problem}.`, { fix: FORMAT });
}

/** `provider/model`, where the model part may hold slashes and globs; the provider part is a plain id. */
const KEY = /^[A-Za-z0-9][\w.-]*\/\S+$/;

/** Checks a decoded override file; every error names the file, the key and the field. */
export function parsePriceOverrides(tree: unknown, file: string): PriceOverrides {
  if (tree === null || tree === undefined) return { file, entries: [] };
  if (typeof tree !== 'object' || Array.isArray(tree)) throw invalid(file, 'it must be a mapping of `provider/model` keys to prices');
  const entries: PriceOverrideEntry[] = [];
  for (const [pattern, value] of Object.entries(tree as Record<string, unknown>)) {
    if (!KEY.test(pattern)) throw invalid(file, `key "${pattern}" is not a provider/model id (globs such as local/* are allowed in the model part)`);
    const parsed = overrideSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
      const field = unknownKeys ?? (issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(the value)');
      throw invalid(file, `key "${pattern}", field ${field}: ${issue?.message ?? 'unexpected shape'}`);
    }
    entries.push({ pattern, matcher: globToRegExp(pattern), price: parsed.data });
  }
  return { file, entries };
}

/** Reads a YAML or JSON override file (JSON is read as YAML); every error names the file, the key and the field. */
export function loadPriceOverrides(file: string): PriceOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AibaasError('PRICES_INVALID', `The price override file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      fix: 'Check prices.overridesFile in the configuration (docs/configuration.md), or create the file (docs/prices.md).',
    });
  }
  let tree: unknown;
  try {
    tree = parseYaml(text);
  } catch (error) {
    throw invalid(file, `it is not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return parsePriceOverrides(tree, file);
}

/** The override for a model id: a key equal to the id first (case-insensitive), else the first matching glob. */
export function lookupOverride(overrides: PriceOverrides | undefined, modelId: string): PriceOverride | undefined {
  if (!overrides) return undefined;
  const id = modelId.toLowerCase();
  const exact = overrides.entries.find((entry) => entry.pattern.toLowerCase() === id);
  return (exact ?? overrides.entries.find((entry) => entry.matcher.test(modelId)))?.price;
}
