import { availableParallelism } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { answerHash, createGraders, DEFAULT_JUDGE_ROLES, documentation, type GraderRegistry, reviewAnswer, rubricHash } from '../graders/index.js';
import { type Bank, type DocumentationTools, loadBank } from '../bank/index.js';
import { AibaasError, type JudgeSeat, type ModelInfo, type Task } from '../core/index.js';
import type { AnswerGrader, CallableModel, Clock, Reviewer } from '../engine/index.js';
import {
  type AttemptLog, BaselineProvider, createCustomAdapter, createPresetAdapter, createProviderPolicy, Model, PROVIDER_PRESETS,
  matchesAny, presetEnabled, type ProviderAdapter, type ProviderPolicy, ProviderRegistry, type ProviderSettings, type RateLimits,
} from '../providers/index.js';
import { createPriceResolver, loadCatalogue, loadPriceOverrides } from '../providers/prices/index.js';
import { BwrapSandbox, createToolchains, getToolchain, type Sandbox, type ToolchainRegistry } from '../sandbox/index.js';
import { openStore, type Store } from '../store/index.js';
import { codeRevision, packageDirectory } from './revision.js';
import { type LoadConfigOptions, loadConfig } from './load.js';
import type { AibaasConfig } from './schema.js';

export type Config = Readonly<AibaasConfig>;

/** Loads the configuration from the process environment and the working directory (the CLI's entry point). */
export function loadProcessConfig(options: Pick<LoadConfigOptions, 'configPath' | 'overrides'> & { env: NodeJS.ProcessEnv; cwd: string }) {
  return loadConfig({ ...options, cores: availableParallelism(), defaultBankDir: path.join(packageDirectory(), 'bank') });
}

export const systemClock: Clock = { now: () => new Date() };

/** The sandbox and the toolchains of every language, built from the config. */
export function createExecution(config: Config, warn: (message: string) => void): { sandbox: Sandbox; toolchains: ToolchainRegistry } {
  const sandbox = new BwrapSandbox({
    bwrapPath: config.sandbox.bwrapPath,
    allowUnsandboxed: config.sandbox.allowUnsandboxed,
    concurrency: config.sandbox.concurrency,
    defaultLimits: { ...config.sandbox.limits },
    warn,
  });
  const { pythonPath, goPath, rustcPath, javacPath, mcsPath, rubyPath } = config.sandbox;
  const paths = Object.entries({ pythonPath, goPath, rustcPath, javacPath, mcsPath, rubyPath }).filter(([, value]) => value !== undefined);
  const toolchains = createToolchains(sandbox, Object.fromEntries(paths));
  return { sandbox, toolchains };
}

/** What the providers need from outside: HTTP, time, and where attempt logs go. */
export interface ProviderIo {
  fetch: typeof fetch;
  /** Wall-clock epoch milliseconds (rate-limit reset dates). */
  now: () => number;
  onAttempt?: (modelId: string, attempt: AttemptLog) => void;
}

export const systemProviderIo: ProviderIo = { fetch: globalThis.fetch, now: () => Date.now() };

/** One line per model call attempt, for --debug. */
export function describeAttempt(modelId: string, attempt: AttemptLog): string {
  const status = attempt.status === null ? 'no status' : `HTTP ${attempt.status}`;
  const wait = attempt.waitMs === undefined ? '' : `, retrying in ${attempt.waitMs} ms`;
  return `${modelId} attempt ${attempt.attempt}: ${attempt.outcome} (${status}, request ${attempt.requestId ?? 'unknown'}, ${attempt.durationMs} ms)${wait}${attempt.message && attempt.outcome !== 'ok' ? `: ${attempt.message}` : ''}`;
}

/** The configured providers, each with the call policy its models share. */
export interface ProviderSetup {
  registry: ProviderRegistry;
  policies: ReadonlyMap<string, ProviderPolicy>;
}

function policyFor(config: Config, pace: RateLimits & { timeoutMs?: number | undefined }, io: ProviderIo): ProviderPolicy {
  const { calls } = config;
  return createProviderPolicy({
    retry: { maxAttempts: calls.maxAttempts, baseDelayMs: calls.baseDelayMs, maxDelayMs: calls.maxDelayMs, maxTotalWaitMs: calls.maxTotalWaitMs },
    limits: { requestsPerMinute: pace.requestsPerMinute, tokensPerMinute: pace.tokensPerMinute, maxConcurrency: pace.maxConcurrency },
    breaker: { failureThreshold: calls.breakerThreshold, cooldownMs: calls.breakerCooldownMs },
    timeoutMs: pace.timeoutMs ?? calls.timeoutMs,
    ...(io.onAttempt ? { onAttempt: io.onAttempt } : {}),
  });
}

/**
 * The providers configured: the offline baselines always; each preset whose key (or base URL) is in the environment
 * or the config file; and every custom OpenAI-compatible endpoint of the config file.
 */
export function createProviders(config: Config, bank: Bank, io: ProviderIo = systemProviderIo): ProviderSetup {
  const tasks = new Map(bank.tasks.map((task) => [task.id, task]));
  const adapters: ProviderAdapter[] = [new BaselineProvider((id) => tasks.get(id))];
  const policies = new Map<string, ProviderPolicy>();
  const settingsOf = (id: string) => (config.providers as unknown as Record<string, ProviderSettings & RateLimits & { timeoutMs?: number } | undefined>)[id];
  for (const preset of PROVIDER_PRESETS) {
    const settings = settingsOf(preset.id);
    if (!presetEnabled(preset, settings)) continue;
    adapters.push(createPresetAdapter(preset, settings as ProviderSettings, io, settingsOf('cloudflare-gateway')));
    policies.set(preset.id, policyFor(config, settings ?? {}, io));
  }
  for (const custom of config.providers.custom) {
    adapters.push(createCustomAdapter(custom, io));
    policies.set(custom.id, policyFor(config, custom, io));
  }
  return { registry: new ProviderRegistry(adapters), policies };
}

/** Fills in prices and context windows a listing lacks: the refreshed or bundled catalogue, then the user's file. */
export function createModelEnricher(config: Config): (model: ModelInfo) => ModelInfo {
  const refreshed = path.join(config.dataDir, 'prices', 'catalogue.json');
  const catalogueFile = existsSync(refreshed) ? refreshed : path.join(packageDirectory(), 'prices', 'catalogue.json');
  const catalogue = loadCatalogue(catalogueFile);
  const overrides = config.prices.overridesFile ? loadPriceOverrides(config.prices.overridesFile) : undefined;
  return createPriceResolver({ catalogue, catalogueSource: `catalogue:${catalogue.asOf}`, ...(overrides ? { overrides } : {}) });
}

/** Routes each answer to the grader of its task's scenario. */
export function answerGrader(graders: GraderRegistry): AnswerGrader {
  return (task: Task, answer: string) => graders.get(task.scenario).grade(task, answer);
}

/** Everything a run needs, wired once. */
export interface Services {
  config: Config;
  bank: Bank;
  store: Store;
  providers: ProviderRegistry;
  /** Each provider's shared call policy (rate limits, breaker, retries). */
  policies: ReadonlyMap<string, ProviderPolicy>;
  /** Prices and context windows for what listings lack. */
  enrichModel: (model: ModelInfo) => ModelInfo;
  sandbox: Sandbox;
  toolchains: ToolchainRegistry;
  graders: GraderRegistry;
  clock: Clock;
  codeRevision: string;
  close(): Promise<void>;
}

export async function openStoreFor(config: Config): Promise<Store> {
  return openStore({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
}

/** The composition root: loads the bank, opens the store, builds sandbox, toolchains, graders and providers. */
export async function openServices(config: Config, warn: (message: string) => void, io: ProviderIo = systemProviderIo): Promise<Services> {
  const bank = await loadBank(config.bankDir);
  // Provider settings are checked before the database opens, so a missing key fails fast. Every attempt is stored
  // with its result; with --debug each is also printed as it happens.
  const attemptLog = config.debug && !io.onAttempt ? { onAttempt: (modelId: string, attempt: AttemptLog) => warn(describeAttempt(modelId, attempt)) } : {};
  const { registry, policies } = createProviders(config, bank, { ...io, ...attemptLog });
  const enrichModel = createModelEnricher(config);
  const store = await openStoreFor(config);
  const { sandbox, toolchains } = createExecution(config, warn);
  const graders = createGraders({ toolchainFor: (language) => getToolchain(toolchains, language) });
  return {
    config, bank, store, sandbox, toolchains, graders,
    providers: registry, policies, enrichModel,
    clock: systemClock,
    codeRevision: codeRevision(),
    close: () => store.close(),
  };
}

/** Discovers every provider's models, records what was seen, and returns the models that pass the filter. */
export async function discoverModels(services: Services, warn: (message: string) => void): Promise<ModelInfo[]> {
  const discovery = await services.providers.discover(services.config.models, undefined, services.enrichModel);
  const seenAt = services.clock.now().toISOString();
  for (const [provider, models] of discovery.listed) {
    await services.store.recordDiscovery(provider, models, seenAt, { kind: services.providers.get(provider).kind });
  }
  for (const failure of discovery.failures) warn(`discovery of provider ${failure.provider} failed, skipping it: ${failure.error.message}`);
  return discovery.models;
}

/** The Model facades for the given models. */
export function callableModels(services: Services, models: readonly ModelInfo[]): Map<string, CallableModel> {
  return new Map(models.map((info) => [info.id, new Model(info, services.providers.get(info.provider), services.policies.get(info.provider))]));
}

/** The doc-comment tools of graders/documentation, for the bank generator's documentation tasks. */
export function documentationTools(): DocumentationTools {
  return {
    strip: (language, code) => documentation.stripDocumentation(language, code),
    render: (language, code, docsFor) => documentation.renderDocumented(language, code, docsFor),
    format: (language) => documentation.documentationFormat(language),
  };
}

/** The judging set-up of a run: panel seats from the config and the discovered models, and the reviewer. */
export interface JudgingSetup {
  panel: JudgeSeat[];
  selfReview: boolean;
  enabled: boolean;
  reviewer: Reviewer;
}

/**
 * Builds the panel (docs/judging.md): `judges.panel` seats as written, then for `judges.models` one seat per role
 * with the matching discovered models taking the roles in turn. A panel model that was not discovered is an error
 * naming it; baselines cannot judge.
 */
export function judgingSetup(services: Services, discovered: readonly ModelInfo[]): JudgingSetup {
  const judges = services.config.judges;
  const roles = judges.roles ?? [...DEFAULT_JUDGE_ROLES];
  const known = new Map(discovered.map((model) => [model.id, model]));
  const panel: JudgeSeat[] = [];
  const check = (id: string) => {
    const model = known.get(id);
    if (!model || model.baseline) {
      throw new AibaasError('JUDGE_NOT_AVAILABLE', `Judge model "${id}" is not ${model ? 'a language model (baselines cannot judge)' : 'among the discovered models'}.`, {
        fix: 'Name discovered models in judges.panel / judges.models (`aibaas models` lists them) and configure their provider.',
      });
    }
  };
  judges.panel.forEach((seat, index) => {
    check(seat.model);
    panel.push({ judgeId: seat.model, role: seat.role ?? roles[index % roles.length]!, kind: 'team', weight: seat.weight });
  });
  if (judges.models.length > 0) {
    const matching = discovered.filter((model) => !model.baseline && matchesAny(model.id, judges.models)).map((model) => model.id);
    if (matching.length === 0) {
      throw new AibaasError('JUDGE_NOT_AVAILABLE', `No discovered model matches judges.models (${judges.models.join(', ')}).`, {
        fix: 'Check the globs against `aibaas models`, or configure the judges\' provider.',
      });
    }
    roles.forEach((role, index) => panel.push({ judgeId: matching[index % matching.length]!, role, kind: 'team', weight: 1 }));
  }
  const callable = callableModels(services, discovered.filter((model) => !model.baseline));
  const reviewer: Reviewer = {
    canJudge: (id) => callable.has(id),
    keys: (task, answer, seat) => ({ rubricHash: rubricHash(task.scenario, seat), answerHash: answerHash(task, answer) }),
    review: (seat, task, answer, ref) => reviewAnswer(callable.get(seat.judgeId)!, seat, task, answer, ref, () => services.clock.now()),
  };
  return { panel, selfReview: judges.selfReview, enabled: panel.length > 0 || judges.selfReview, reviewer };
}
