import { AibaasError } from '../core/index.js';
import type { HttpAdapterOptions } from './adapters/adapter-options.js';
import { AnthropicAdapter } from './adapters/anthropic.js';
import { GeminiAdapter } from './adapters/gemini.js';
import { OpenAiCompatibleAdapter, type OpenAiCompatibleOptions } from './adapters/openai-compatible.js';
import type { ListingStyle } from './adapters/openai-listing.js';
import type { HttpSettings } from './http/http.js';
import type { ProviderAdapter } from './types.js';

/** The settings of one provider after the config is loaded (environment and file merged). */
export interface ProviderSettings {
  enabled?: boolean | undefined;
  apiKey?: string | undefined;
  baseUrl?: string | undefined;
  /** Cloudflare account (Workers AI and the AI Gateway). */
  accountId?: string | undefined;
  /** Cloudflare AI Gateway id. */
  gatewayId?: string | undefined;
  /** Route this provider through the Cloudflare AI Gateway's native proxy for it. */
  viaGateway?: boolean | undefined;
  /** Models to list in addition to the discovered ones (or the only ones, where there is no listing). */
  models?: readonly string[] | undefined;
}

/** A custom OpenAI-compatible endpoint (vLLM, llama.cpp, LM Studio…) declared in aibaas.config.yaml. */
export interface CustomEndpointSettings {
  id: string;
  displayName?: string | undefined;
  baseUrl: string;
  apiKey?: string | undefined;
  /** `openai` lists `GET /models`; `none` uses only `models`. */
  listing: 'openai' | 'none';
  models?: readonly string[] | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
}

type Family = 'openai-compatible' | 'anthropic' | 'gemini';

/** One provider the product knows how to reach; its settings come from the environment or the config file. */
export interface ProviderPreset {
  id: string;
  displayName: string;
  family: Family;
  /** Environment variables holding the key, in order of preference. */
  keyEnv: readonly string[];
  baseUrlEnv?: string;
  defaultBaseUrl: string;
  listing?: ListingStyle | 'none';
  /** The path of this provider under a Cloudflare AI Gateway (its "native proxy" endpoint). */
  gatewayPath?: string;
  /** Needs a key even when the base URL is overridden (false: local servers that take none). */
  keyRequired: boolean;
}

const openAiLike = (id: string, displayName: string, defaultBaseUrl: string, extra: Partial<ProviderPreset> = {}): ProviderPreset => ({
  id, displayName, family: 'openai-compatible', keyEnv: [`${id.toUpperCase()}_API_KEY`], baseUrlEnv: `${id.toUpperCase()}_BASE_URL`, defaultBaseUrl, listing: 'openai', keyRequired: true, ...extra,
});

/** Every preset; a preset is enabled by its key (or base URL) in the environment or the config file. */
export const PROVIDER_PRESETS: readonly ProviderPreset[] = Object.freeze([
  openAiLike('openai', 'OpenAI', 'https://api.openai.com/v1', { gatewayPath: 'openai' }),
  { id: 'anthropic', displayName: 'Anthropic', family: 'anthropic', keyEnv: ['ANTHROPIC_API_KEY'], baseUrlEnv: 'ANTHROPIC_BASE_URL', defaultBaseUrl: 'https://api.anthropic.com', gatewayPath: 'anthropic', keyRequired: true },
  { id: 'google', displayName: 'Google Gemini', family: 'gemini', keyEnv: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'], baseUrlEnv: 'GEMINI_BASE_URL', defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta', gatewayPath: 'google-ai-studio/v1beta', keyRequired: true },
  openAiLike('openrouter', 'OpenRouter', 'https://openrouter.ai/api/v1', { gatewayPath: 'openrouter' }),
  openAiLike('groq', 'Groq', 'https://api.groq.com/openai/v1', { gatewayPath: 'groq' }),
  openAiLike('mistral', 'Mistral', 'https://api.mistral.ai/v1', { gatewayPath: 'mistral/v1' }),
  openAiLike('deepseek', 'DeepSeek', 'https://api.deepseek.com', { gatewayPath: 'deepseek' }),
  openAiLike('together', 'Together AI', 'https://api.together.xyz/v1'),
  openAiLike('fireworks', 'Fireworks AI', 'https://api.fireworks.ai/inference/v1'),
  openAiLike('xai', 'xAI', 'https://api.x.ai/v1', { listing: 'xai', gatewayPath: 'grok/v1' }),
  { id: 'cloudflare', displayName: 'Cloudflare Workers AI', family: 'openai-compatible', keyEnv: ['CLOUDFLARE_API_TOKEN'], baseUrlEnv: 'CLOUDFLARE_BASE_URL', defaultBaseUrl: 'https://api.cloudflare.com/client/v4', listing: 'workers-ai', keyRequired: true },
  { id: 'cloudflare-gateway', displayName: 'Cloudflare AI Gateway', family: 'openai-compatible', keyEnv: ['CLOUDFLARE_API_TOKEN'], baseUrlEnv: 'CLOUDFLARE_GATEWAY_BASE_URL', defaultBaseUrl: 'https://gateway.ai.cloudflare.com/v1', listing: 'openai', keyRequired: true },
  { id: 'ollama', displayName: 'Ollama', family: 'openai-compatible', keyEnv: [], baseUrlEnv: 'OLLAMA_HOST', defaultBaseUrl: 'http://127.0.0.1:11434', listing: 'ollama', keyRequired: false },
]);

export const PRESET_IDS: readonly string[] = PROVIDER_PRESETS.map((preset) => preset.id);

/** Environment variable → settings field, for the config loader (the one place that reads the environment). */
export function presetEnvironment(): { variable: string; provider: string; field: 'apiKey' | 'baseUrl' | 'accountId' | 'gatewayId' }[] {
  const entries: ReturnType<typeof presetEnvironment> = [];
  for (const preset of PROVIDER_PRESETS) {
    // Later entries win in the loader, so the preferred key variable goes last.
    for (const variable of [...preset.keyEnv].reverse()) entries.push({ variable, provider: preset.id, field: 'apiKey' });
    if (preset.baseUrlEnv) entries.push({ variable: preset.baseUrlEnv, provider: preset.id, field: 'baseUrl' });
  }
  for (const provider of ['cloudflare', 'cloudflare-gateway']) entries.push({ variable: 'CLOUDFLARE_ACCOUNT_ID', provider, field: 'accountId' });
  entries.push({ variable: 'CLOUDFLARE_GATEWAY_ID', provider: 'cloudflare-gateway', field: 'gatewayId' });
  return entries;
}

/** `OLLAMA_HOST` may be `host:port` without a scheme. */
function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Whether a preset is on: `enabled: false` turns it off; otherwise a key, or a base URL for providers that may run
 * without one (Ollama, or any preset pointed at a local compatible server), turns it on. Cloudflare also needs the
 * account (and, for the gateway, the gateway id).
 */
export function presetEnabled(preset: ProviderPreset, settings: ProviderSettings | undefined): boolean {
  if (!settings || settings.enabled === false) return false;
  if (settings.enabled === true) return true;
  if (preset.id === 'cloudflare') return Boolean(settings.apiKey && settings.accountId);
  if (preset.id === 'cloudflare-gateway') return Boolean(settings.accountId && settings.gatewayId && settings.apiKey);
  return Boolean(settings.apiKey || settings.baseUrl);
}

function missing(preset: ProviderPreset, what: string, variable: string | undefined, field: string): AibaasError {
  return new AibaasError('PROVIDER_NOT_CONFIGURED', `Provider ${preset.id} is enabled but ${what} is not set${variable ? ` (${variable})` : ''}.`, {
    fix: `${variable ? `Export ${variable}, or add` : 'Add'} providers.${preset.id}.${field} to aibaas.config.yaml (or set providers.${preset.id}.enabled: false).`,
  });
}

/** What adapters need from the composition root besides settings. */
export interface AdapterDependencies {
  fetch: typeof fetch;
  now: () => number;
}

interface Resolved {
  baseUrl: string;
  listingBaseUrl?: string;
  headers: Record<string, string>;
  generationHeaders?: Record<string, string>;
  overridden: boolean;
}

function gatewayBase(settings: ProviderSettings, gatewaySettings: ProviderSettings | undefined, preset: ProviderPreset): string {
  const account = gatewaySettings?.accountId ?? settings.accountId;
  const gateway = gatewaySettings?.gatewayId ?? settings.gatewayId;
  if (!account || !gateway) {
    throw new AibaasError('PROVIDER_NOT_CONFIGURED', `Provider ${preset.id} is set to go through the Cloudflare AI Gateway, but the gateway is not configured (CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_GATEWAY_ID).`, {
      fix: 'Export CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_GATEWAY_ID (and CLOUDFLARE_API_TOKEN for an authenticated gateway), or set viaGateway: false.',
    });
  }
  const root = stripSlash(gatewaySettings?.baseUrl ?? 'https://gateway.ai.cloudflare.com/v1');
  return `${root}/${account}/${gateway}`;
}

function resolve(preset: ProviderPreset, settings: ProviderSettings, gatewaySettings: ProviderSettings | undefined): Resolved {
  const key = settings.apiKey;
  if (preset.keyRequired && !key && !settings.baseUrl) throw missing(preset, 'its API key', preset.keyEnv[0], 'apiKey');
  const overridden = settings.baseUrl !== undefined;
  const auth: Record<string, string> = {};
  if (key) {
    if (preset.family === 'anthropic') auth['x-api-key'] = key;
    else if (preset.family === 'gemini') auth['x-goog-api-key'] = key;
    else auth.authorization = `Bearer ${key}`;
  }
  if (preset.family === 'anthropic') auth['anthropic-version'] = '2023-06-01';
  if (preset.id === 'ollama') {
    const host = stripSlash(withScheme(settings.baseUrl ?? preset.defaultBaseUrl));
    return { baseUrl: `${host}/v1`, listingBaseUrl: host, headers: auth, overridden };
  }
  if (preset.id === 'cloudflare') {
    if (!settings.accountId) throw missing(preset, 'the Cloudflare account id', 'CLOUDFLARE_ACCOUNT_ID', 'accountId');
    const account = `${stripSlash(settings.baseUrl ?? preset.defaultBaseUrl)}/accounts/${settings.accountId}/ai`;
    return { baseUrl: `${account}/v1`, listingBaseUrl: account, headers: auth, overridden };
  }
  if (preset.id === 'cloudflare-gateway') {
    if (!settings.accountId) throw missing(preset, 'the Cloudflare account id', 'CLOUDFLARE_ACCOUNT_ID', 'accountId');
    if (!settings.gatewayId) throw missing(preset, 'the AI Gateway id', 'CLOUDFLARE_GATEWAY_ID', 'gatewayId');
    const base = `${gatewayBase(settings, undefined, preset)}/compat`;
    // The gateway authenticates with cf-aig-authorization; provider keys are stored in the gateway (BYOK) or billed
    // to the Cloudflare account. A benchmark answer must never come from the gateway's cache.
    return { baseUrl: base, headers: key ? { 'cf-aig-authorization': `Bearer ${key}` } : {}, generationHeaders: { 'cf-aig-skip-cache': 'true' }, overridden };
  }
  if (settings.viaGateway) {
    if (!preset.gatewayPath) {
      throw new AibaasError('PROVIDER_NOT_CONFIGURED', `Provider ${preset.id} cannot go through the Cloudflare AI Gateway's native proxy.`, {
        fix: `Set providers.${preset.id}.viaGateway: false, or use the cloudflare-gateway provider's compat endpoint.`,
      });
    }
    const gatewayKey = gatewaySettings?.apiKey;
    return {
      baseUrl: `${gatewayBase(settings, gatewaySettings, preset)}/${preset.gatewayPath}`,
      headers: { ...auth, ...(gatewayKey ? { 'cf-aig-authorization': `Bearer ${gatewayKey}` } : {}) },
      generationHeaders: { 'cf-aig-skip-cache': 'true' },
      overridden,
    };
  }
  return { baseUrl: stripSlash(settings.baseUrl ?? preset.defaultBaseUrl), headers: auth, overridden };
}

/** Builds the adapter of one enabled preset. */
export function createPresetAdapter(preset: ProviderPreset, settings: ProviderSettings, dependencies: AdapterDependencies, gatewaySettings?: ProviderSettings): ProviderAdapter {
  const resolved = resolve(preset, settings, gatewaySettings);
  const http: HttpSettings = { provider: preset.id, baseUrl: resolved.baseUrl, headers: resolved.headers, fetch: dependencies.fetch, now: dependencies.now };
  const options: HttpAdapterOptions = {
    id: preset.id,
    displayName: preset.displayName,
    http,
    ...(settings.models ? { declaredModels: settings.models } : {}),
    ...(resolved.generationHeaders ? { generationHeaders: resolved.generationHeaders } : {}),
  };
  if (preset.family === 'anthropic') return new AnthropicAdapter(options);
  if (preset.family === 'gemini') return new GeminiAdapter(options);
  const compatible: OpenAiCompatibleOptions = {
    ...options,
    listing: preset.listing ?? 'openai',
    ...(resolved.listingBaseUrl ? { listingBaseUrl: resolved.listingBaseUrl } : {}),
    ...(preset.id === 'cloudflare-gateway' ? { listingOptional: true } : {}),
    // OpenAI's own API wants max_completion_tokens (its reasoning models refuse max_tokens); compatible servers
    // reached through OPENAI_BASE_URL may only know max_tokens.
    ...(preset.id === 'openai' && !resolved.overridden && !settings.viaGateway ? { maxTokensField: 'max_completion_tokens' as const } : {}),
  };
  return new OpenAiCompatibleAdapter(compatible);
}

/** Builds the adapter of a custom OpenAI-compatible endpoint. */
export function createCustomAdapter(custom: CustomEndpointSettings, dependencies: AdapterDependencies): ProviderAdapter {
  const headers: Record<string, string> = { ...custom.headers, ...(custom.apiKey ? { authorization: `Bearer ${custom.apiKey}` } : {}) };
  return new OpenAiCompatibleAdapter({
    id: custom.id,
    displayName: custom.displayName ?? custom.id,
    http: { provider: custom.id, baseUrl: stripSlash(custom.baseUrl), headers, fetch: dependencies.fetch, now: dependencies.now },
    listing: custom.listing,
    ...(custom.models ? { declaredModels: custom.models } : {}),
  });
}
