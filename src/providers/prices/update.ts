import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AibaasError, isAibaasError } from '../../core/index.js';
import { parseCatalogue, type PriceCatalogue } from './catalogue.js';
import { fromLiteLlm, isLiteLlmFormat } from './litellm.js';

/** LiteLLM's public, community-maintained price list: the default source of `aibaas prices update`. */
export const DEFAULT_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';

const UNCHANGED = 'The current catalogue is unchanged.';

export interface UpdateOptions {
  /** A file path or an http(s) URL, in our catalogue format or LiteLLM's; DEFAULT_PRICES_URL when absent. */
  from?: string;
  /** The catalogue to replace, e.g. `<dataDir>/prices/catalogue.json`; its directory is created when missing. */
  targetFile: string;
  /** The fetch used for URLs (injectable for tests); the global fetch when absent. */
  fetch?: typeof fetch;
  /** The clock that dates a converted catalogue (`asOf`); the system clock when absent. */
  now?: () => Date;
}

/** What an update wrote. */
export interface UpdateSummary {
  models: number;
  /** Entries per provider id. */
  providers: Record<string, number>;
  file: string;
}

async function readSource(from: string, fetchImpl: typeof fetch): Promise<string> {
  if (/^https?:\/\//i.test(from)) {
    let response: Response;
    try {
      response = await fetchImpl(from, { signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      throw new AibaasError('PRICES_INVALID', `The price list at ${from} could not be fetched (${(error as Error).message}).`, {
        fix: `Check the URL and the network, or download the file and run \`aibaas prices update --from <file>\`. ${UNCHANGED}`,
        retryable: true,
        cause: error,
      });
    }
    if (!response.ok) {
      throw new AibaasError('PRICES_INVALID', `The price list at ${from} answered HTTP ${response.status}.`, {
        fix: `Check the URL, or download the file and use \`--from <file>\`. ${UNCHANGED}`,
        retryable: response.status >= 500 || response.status === 429,
      });
    }
    return response.text();
  }
  try {
    return readFileSync(from, 'utf8');
  } catch (error) {
    throw new AibaasError('PRICES_INVALID', `The price list ${from} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      fix: `Check the path (a file, or an http(s) URL). ${UNCHANGED}`,
    });
  }
}

/** Our format is kept as it is (its asOf dates its figures); LiteLLM's is converted and dated today. */
function toCatalogue(json: unknown, from: string, asOf: string): PriceCatalogue {
  const candidate = isLiteLlmFormat(json)
    ? {
        version: 1,
        asOf,
        sources: [from],
        notes: "Converted from LiteLLM's model_prices_and_context_window.json by `aibaas prices update`: chat models, base-tier prices in USD per 1M tokens.",
        models: fromLiteLlm(json),
      }
    : json;
  try {
    return parseCatalogue(candidate, from);
  } catch (error) {
    if (!isAibaasError(error)) throw error;
    throw new AibaasError(error.code, error.message, { fix: `Correct the source (docs/prices.md describes the format) or use LiteLLM's list. ${UNCHANGED}`, cause: error });
  }
}

/** Writes beside the target, then renames over it: readers see the old file or the new one, never half of one. */
function replaceFile(targetFile: string, content: string): void {
  mkdirSync(path.dirname(targetFile), { recursive: true });
  const temporary = path.join(path.dirname(targetFile), `.${path.basename(targetFile)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, targetFile);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AibaasError('PRICES_INVALID', `The price catalogue ${targetFile} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      fix: `Check that its directory is writable. ${UNCHANGED}`,
      cause: error,
    });
  }
}

/**
 * Refreshes the catalogue from a file or URL in our format or LiteLLM's (detected from the content). The new
 * catalogue is converted and checked in full first; an unreadable, invalid or empty one is refused with a
 * PRICES_INVALID error and the target file is left byte for byte as it was.
 */
export async function updateCatalogue(options: UpdateOptions): Promise<UpdateSummary> {
  const from = options.from ?? DEFAULT_PRICES_URL;
  const text = await readSource(from, options.fetch ?? globalThis.fetch);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AibaasError('PRICES_INVALID', `The price list from ${from} is not JSON (${(error as Error).message.split('\n')[0]}).`, {
      fix: `Point --from at a catalogue (docs/prices.md) or at LiteLLM's JSON price list. ${UNCHANGED}`,
    });
  }
  const asOf = (options.now ?? (() => new Date()))().toISOString().slice(0, 10);
  const catalogue = toCatalogue(json, from, asOf);
  if (catalogue.models.length === 0) {
    throw new AibaasError('PRICES_INVALID', `The price list from ${from} holds no usable chat-model prices.`, {
      fix: `Use a catalogue with at least one model, or LiteLLM's full list (${DEFAULT_PRICES_URL}). ${UNCHANGED}`,
    });
  }
  replaceFile(options.targetFile, `${JSON.stringify(catalogue, null, 2)}\n`);
  const providers: Record<string, number> = {};
  for (const entry of catalogue.models) providers[entry.provider] = (providers[entry.provider] ?? 0) + 1;
  return { models: catalogue.models.length, providers, file: options.targetFile };
}
