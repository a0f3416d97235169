import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AibaasError } from '../core/index.js';
import { presetEnvironment } from '../providers/index.js';
import { type AibaasConfig, configSchema } from './schema.js';

/** Environment variables that set config fields: variable → dotted field path. */
export const ENVIRONMENT_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  DATABASE_URL: 'databaseUrl',
  AIBAAS_DATA_DIR: 'dataDir',
  AIBAAS_BANK_DIR: 'bankDir',
  AIBAAS_DEBUG: 'debug',
  AIBAAS_CONCURRENCY: 'run.concurrency',
  AIBAAS_SANDBOX_CONCURRENCY: 'sandbox.concurrency',
  AIBAAS_ALLOW_UNSANDBOXED: 'sandbox.allowUnsandboxed',
  AIBAAS_BWRAP: 'sandbox.bwrapPath',
  AIBAAS_PYTHON: 'sandbox.pythonPath',
  AIBAAS_GO: 'sandbox.goPath',
  AIBAAS_RUSTC: 'sandbox.rustcPath',
  AIBAAS_JAVAC: 'sandbox.javacPath',
  AIBAAS_MCS: 'sandbox.mcsPath',
  AIBAAS_RUBY: 'sandbox.rubyPath',
});

export const DEFAULT_CONFIG_FILE = 'aibaas.config.yaml';

export interface LoadConfigOptions {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Explicit config file (--config); otherwise AIBAAS_CONFIG, otherwise ./aibaas.config.yaml if present. */
  configPath?: string;
  /** Values from command-line flags, highest precedence, as dotted paths. */
  overrides?: Record<string, unknown>;
  cores: number;
  /** Where the bundled bank is when bankDir is not set (the package's bank/ directory). */
  defaultBankDir: string;
}

export interface LoadedConfig {
  config: Readonly<AibaasConfig>;
  /** The config file read, if any. */
  file: string | undefined;
}

type Tree = Record<string, unknown>;

function setPath(tree: Tree, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Environment values are strings; turn numbers and booleans into their types and leave anything else for zod. */
function coerce(raw: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (/^(true|yes|on)$/i.test(raw.trim())) return true;
  if (/^(false|no|off)$/i.test(raw.trim())) return false;
  return raw;
}

function readConfigFile(file: string): Tree {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AibaasError('CONFIG_FILE_UNREADABLE', `The config file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, {
      fix: 'Check the path given with --config or AIBAAS_CONFIG, or remove the setting to use the defaults.',
    });
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new AibaasError('CONFIG_INVALID', `${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      fix: `Correct the YAML syntax in ${file} (docs/configuration.md has an example).`,
    });
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AibaasError('CONFIG_INVALID', `${file} must hold a mapping of settings, not a ${Array.isArray(parsed) ? 'list' : typeof parsed}.`, {
      fix: 'Write settings as `key: value` lines (docs/configuration.md has an example).',
    });
  }
  return parsed as Tree;
}

/**
 * Loads the configuration once: defaults, then the YAML file, then the environment, then command-line overrides.
 * Every invalid value is reported with the field, where it came from and how to fix it. The result is frozen.
 */
export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const explicit = options.configPath ?? options.env.AIBAAS_CONFIG;
  const candidate = explicit ? path.resolve(options.cwd, explicit) : path.join(options.cwd, DEFAULT_CONFIG_FILE);
  const file = explicit || existsSync(candidate) ? candidate : undefined;
  const tree: Tree = file ? readConfigFile(file) : {};
  const origins = new Map<string, string>();
  for (const [variable, field] of Object.entries(ENVIRONMENT_FIELDS)) {
    const raw = options.env[variable];
    if (raw === undefined || raw === '') continue;
    setPath(tree, field, coerce(raw));
    origins.set(field, `environment variable ${variable}=${JSON.stringify(field === 'databaseUrl' ? redactUrl(raw) : raw)}`);
  }
  // Provider keys, URLs and ids are text even when they look like numbers: no coercion.
  for (const { variable, provider, field } of presetEnvironment()) {
    const raw = options.env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    setPath(tree, `providers.${provider}.${field}`, raw.trim());
    origins.set(`providers.${provider}.${field}`, `environment variable ${variable}${field === 'apiKey' ? '' : `=${JSON.stringify(raw)}`}`);
  }
  for (const [field, value] of Object.entries(options.overrides ?? {})) {
    if (value === undefined) continue;
    setPath(tree, field, value);
    origins.set(field, `command-line option for ${field}`);
  }
  const parsed = configSchema({ cores: options.cores, bankDir: options.defaultBankDir }).safeParse(tree);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.join('.') || '(top level)';
      const origin = origins.get(field) ?? origins.get(issue.path.slice(0, -1).join('.')) ?? (file ? `${file}` : 'defaults');
      return `${field} (from ${origin}): ${issue.message}`;
    });
    throw new AibaasError('CONFIG_INVALID', `The configuration is invalid: ${lines.join('; ')}.`, {
      fix: 'Correct or remove each value named above; docs/configuration.md lists every setting, its default and the environment variable that sets it.',
    });
  }
  const config = parsed.data;
  for (const custom of config.providers.custom) {
    if (custom.apiKey === undefined && custom.apiKeyEnv !== undefined) {
      const key = options.env[custom.apiKeyEnv];
      if (!key) {
        throw new AibaasError('CONFIG_INVALID', `providers.custom "${custom.id}" reads its key from ${custom.apiKeyEnv}, which is not set.`, {
          fix: `Export ${custom.apiKeyEnv}, or remove apiKeyEnv from the endpoint if it needs no key.`,
        });
      }
      custom.apiKey = key;
    }
  }
  if (config.prices.overridesFile) config.prices.overridesFile = path.resolve(options.cwd, config.prices.overridesFile);
  config.dataDir = path.resolve(options.cwd, config.dataDir);
  config.bankDir = path.resolve(options.cwd, config.bankDir);
  return { config: deepFreeze(config), file };
}

/** A connection URL with the password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
