import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGraders, type GraderRegistry } from '../graders/index.js';
import { type Bank, loadBank } from '../bank/index.js';
import type { ModelInfo, Task } from '../core/index.js';
import type { AnswerGrader, CallableModel, Clock } from '../engine/index.js';
import { BaselineProvider, Model, ProviderRegistry } from '../providers/index.js';
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

/** The providers configured: the offline baselines now, HTTP providers as their keys appear. */
export function createProviders(bank: Bank): ProviderRegistry {
  const tasks = new Map(bank.tasks.map((task) => [task.id, task]));
  return new ProviderRegistry([new BaselineProvider((id) => tasks.get(id))]);
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
export async function openServices(config: Config, warn: (message: string) => void): Promise<Services> {
  const bank = await loadBank(config.bankDir);
  const store = await openStoreFor(config);
  const { sandbox, toolchains } = createExecution(config, warn);
  const graders = createGraders({ toolchainFor: (language) => getToolchain(toolchains, language) });
  return {
    config, bank, store, sandbox, toolchains, graders,
    providers: createProviders(bank),
    clock: systemClock,
    codeRevision: codeRevision(),
    close: () => store.close(),
  };
}

/** Discovers every provider's models, records what was seen, and returns the models that pass the filter. */
export async function discoverModels(services: Services, warn: (message: string) => void): Promise<ModelInfo[]> {
  const discovery = await services.providers.discover(services.config.models);
  const seenAt = services.clock.now().toISOString();
  for (const [provider, models] of discovery.listed) {
    await services.store.recordDiscovery(provider, models, seenAt, { kind: services.providers.get(provider).kind });
  }
  for (const failure of discovery.failures) warn(`discovery of provider ${failure.provider} failed, skipping it: ${failure.error.message}`);
  return discovery.models;
}

/** The Model facades for the given models. */
export function callableModels(services: Services, models: readonly ModelInfo[]): Map<string, CallableModel> {
  return new Map(models.map((info) => [info.id, new Model(info, services.providers.get(info.provider), () => performance.now())]));
}
