import { AibaasError, type ModelInfo } from '../core/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Rejects a timestamp that would not read back exactly as given. timestamptz keeps the instant, not the text, so
 * only the canonical `Date#toISOString()` form (UTC, milliseconds, `Z`) survives a round trip unchanged.
 */
export function checkTimestamp(field: string, value: string): void {
  const date = new Date(value);
  if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return;
  throw new AibaasError('TIMESTAMP_INVALID', `${field} is "${value}", which is not a timestamp in Date#toISOString() form (e.g. 2026-11-28T10:00:00.000Z).`, {
    fix: 'The caller must pass new Date(...).toISOString(); this is a bug in AIBaaS. Please report it.',
  });
}

/** Rejects discovery input the tables cannot hold faithfully, naming the model, before anything is written. */
export function checkDiscovered(provider: string, model: ModelInfo): void {
  if (model.provider !== provider) {
    throw new AibaasError(
      'DISCOVERY_PROVIDER_MISMATCH',
      `Discovery of provider ${provider} listed model ${model.id}, which belongs to provider ${model.provider}.`,
      { fix: 'This is a bug in the provider adapter: it must list only its own models. Please report it.' },
    );
  }
  for (const [field, value] of [['releaseDate', model.releaseDate], ['trainingCutoff', model.trainingCutoff]] as const) {
    if (value === undefined || isIsoDate(value)) continue;
    throw new AibaasError('MODEL_DATE_INVALID', `Model ${model.id} has ${field} "${value}", which is not a yyyy-mm-dd date.`, {
      fix: 'The provider adapter must normalise dates to yyyy-mm-dd or leave them out. Please report it.',
    });
  }
}

/** A real calendar date in yyyy-mm-dd form (2024-02-30 is not one, though Date would roll it over). */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
