/** A model id is always `provider/model`; the model part may itself contain slashes. */
export type ModelId = string;

export interface ParsedModelId {
  provider: string;
  model: string;
}

/** Splits `provider/model` at the first slash; returns undefined for an id without both parts. */
export function parseModelId(id: string): ParsedModelId | undefined {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return undefined;
  return { provider: id.slice(0, slash), model: id.slice(slash + 1) };
}

export interface ModelCapabilities {
  chat: boolean;
  code: boolean;
  functionCalling: boolean;
  reasoning: boolean;
}

/** Prices in USD per one million tokens, with where they came from. */
export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
  cachedInputPerMTok?: number;
  cacheWritePerMTok?: number;
  /** Reasoning tokens, when billed differently from other output tokens (otherwise they cost as output). */
  reasoningPerMTok?: number;
  /** e.g. `listing`, `catalogue:2026-11-01`, `override`, `baseline`. */
  source: string;
}

/** What discovery knows about one model. */
export interface ModelInfo {
  id: ModelId;
  provider: string;
  name: string;
  displayName: string;
  capabilities: ModelCapabilities;
  contextWindow?: number;
  /** Where the context window and max output figures came from: `listing`, `catalogue:<date>`, `override`. */
  contextSource?: string;
  maxOutputTokens?: number;
  price?: ModelPrice;
  releaseDate?: string;
  trainingCutoff?: string;
  /** Offline baseline shipped with the product (labelled as such everywhere). */
  baseline: boolean;
}

/** The stored view of a model: discovery fields plus when it was seen. */
export interface StoredModel extends ModelInfo {
  firstSeen: string;
  lastSeen: string;
  deprecated: boolean;
}
