import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AibaasError } from '../core/index.js';
import { loadConfig, redactUrl } from './load.js';

function dir(files: Record<string, string> = {}): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'aibaas-config-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
  return directory;
}

const base = { cores: 2, defaultBankDir: '/opt/aibaas/bank' };

function loadError(run: () => unknown): AibaasError {
  try {
    run();
  } catch (error) {
    if (error instanceof AibaasError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('has working defaults with no file and no environment', () => {
    const cwd = dir();
    const { config, file } = loadConfig({ ...base, env: {}, cwd });
    expect(file).toBeUndefined();
    expect(config.dataDir).toBe(path.join(cwd, '.aibaas'));
    expect(config.bankDir).toBe('/opt/aibaas/bank');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.run).toMatchObject({ concurrency: 2, temperature: 0.2, maxOutputTokens: 2048, repeat: 1 });
    expect(config.sandbox.limits.memoryBytes).toBe(512 * 1024 * 1024);
    expect(config.scoring.weights).toEqual({ automated: 0.4, staff: 0.25, users: 0.2, selfReview: 0.075, team: 0.075 });
    expect(Object.isFrozen(config.run)).toBe(true);
  });

  it('layers file < environment < command-line overrides', () => {
    const cwd = dir({ 'aibaas.config.yaml': 'run:\n  concurrency: 3\n  repeat: 2\nbankDir: my-bank\n' });
    const { config, file } = loadConfig({ ...base, env: { AIBAAS_CONCURRENCY: '5' }, cwd, overrides: { 'run.repeat': 4 } });
    expect(file).toBe(path.join(cwd, 'aibaas.config.yaml'));
    expect(config.run.concurrency).toBe(5);
    expect(config.run.repeat).toBe(4);
    expect(config.bankDir).toBe(path.join(cwd, 'my-bank'));
  });

  it('names the field, the variable it came from and the fix for an invalid environment value', () => {
    const error = loadError(() => loadConfig({ ...base, env: { AIBAAS_CONCURRENCY: 'lots' }, cwd: dir() }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('run.concurrency');
    expect(error.message).toContain('AIBAAS_CONCURRENCY="lots"');
    expect(error.fix).toContain('docs/configuration.md');
  });

  it('names the file and the field for an invalid or unknown key in the config file', () => {
    const cwd = dir({ 'aibaas.config.yaml': 'run:\n  concurency: 3\nsandbox:\n  limits:\n    memoryBytes: 10\n' });
    const error = loadError(() => loadConfig({ ...base, env: {}, cwd }));
    expect(error.message).toContain('concurency');
    expect(error.message).toContain('sandbox.limits.memoryBytes');
    expect(error.message).toContain('aibaas.config.yaml');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL without echoing a password', () => {
    const error = loadError(() => loadConfig({ ...base, env: { DATABASE_URL: 'mysql://u:secret@h/db' }, cwd: dir() }));
    expect(error.message).toContain('databaseUrl');
    expect(error.message).not.toContain('secret');
  });

  it('reports YAML syntax errors and unreadable explicit files with their path', () => {
    const cwd = dir({ 'aibaas.config.yaml': 'run: [unclosed\n' });
    expect(loadError(() => loadConfig({ ...base, env: {}, cwd })).message).toContain('not valid YAML');
    const missing = loadError(() => loadConfig({ ...base, env: {}, cwd, configPath: 'nope.yaml' }));
    expect(missing.code).toBe('CONFIG_FILE_UNREADABLE');
    expect(missing.message).toContain('nope.yaml');
  });

  it('rejects languages that do not exist, given on the command line', () => {
    const error = loadError(() => loadConfig({ ...base, env: {}, cwd: dir(), overrides: { 'run.languages': ['cobol'] } }));
    expect(error.message).toContain('run.languages');
  });
});

describe('redactUrl', () => {
  it('hides the password of a connection URL', () => {
    expect(redactUrl('postgres://user:pw@host:5432/db')).toBe('postgres://user:***@host:5432/db');
    expect(redactUrl('postgres://host/db')).toBe('postgres://host/db');
  });
});

describe('provider settings', () => {
  it('reads keys and base URLs from the conventional variables as text, never as numbers', () => {
    const { config } = loadConfig({ ...base, cwd: dir(), env: { OPENAI_API_KEY: '12345', GOOGLE_API_KEY: 'google', GEMINI_API_KEY: 'gemini', OLLAMA_HOST: '127.0.0.1:11434', CLOUDFLARE_ACCOUNT_ID: '0042', CLOUDFLARE_GATEWAY_ID: 'gw' } });
    const providers = config.providers as Record<string, { apiKey?: string; baseUrl?: string; accountId?: string; gatewayId?: string } | undefined>;
    expect(providers.openai?.apiKey).toBe('12345');
    expect(providers.google?.apiKey).toBe('gemini');
    expect(providers.ollama?.baseUrl).toBe('127.0.0.1:11434');
    expect(providers.cloudflare?.accountId).toBe('0042');
    expect(providers['cloudflare-gateway']).toEqual({ accountId: '0042', gatewayId: 'gw' });
    expect(providers.anthropic).toBeUndefined();
  });

  it('takes pace settings and custom endpoints from the file, resolving apiKeyEnv', () => {
    const cwd = dir({
      'aibaas.config.yaml': [
        'providers:',
        '  openai: { requestsPerMinute: 500, tokensPerMinute: 200000, timeoutMs: 60000 }',
        '  custom:',
        '    - { id: lab-vllm, baseUrl: "http://10.0.0.5:8000/v1", apiKeyEnv: LAB_KEY, models: [qwen-coder] }',
        'calls: { maxAttempts: 3 }',
        'prices: { overridesFile: prices.yaml }',
      ].join('\n'),
    });
    const { config } = loadConfig({ ...base, cwd, env: { LAB_KEY: 'secret' } });
    expect((config.providers as Record<string, unknown>).openai).toMatchObject({ requestsPerMinute: 500, tokensPerMinute: 200_000, timeoutMs: 60_000 });
    expect(config.providers.custom[0]).toMatchObject({ id: 'lab-vllm', apiKey: 'secret', listing: 'openai', models: ['qwen-coder'] });
    expect(config.calls.maxAttempts).toBe(3);
    expect(config.prices.overridesFile).toBe(path.join(cwd, 'prices.yaml'));
  });

  it('names the field and the fix for a bad provider setting, and never prints a key', () => {
    const unknown = loadError(() => loadConfig({ ...base, cwd: dir({ 'aibaas.config.yaml': 'providers:\n  opneai: { apiKey: x }\n' }), env: {} }));
    expect(unknown.message).toMatch(/opneai/);
    const clash = loadError(() => loadConfig({ ...base, cwd: dir({ 'aibaas.config.yaml': 'providers:\n  custom:\n    - { id: openai, baseUrl: "http://x" }\n' }), env: {} }));
    expect(clash.message).toMatch(/providers\.custom\.0\.id.*already a provider id/);
    const url = loadError(() => loadConfig({ ...base, cwd: dir({ 'aibaas.config.yaml': 'providers:\n  custom:\n    - { id: lab, baseUrl: "10.0.0.5:8000" }\n' }), env: {} }));
    expect(url.message).toMatch(/providers\.custom\.0\.baseUrl.*http/);
    const missingKey = loadError(() => loadConfig({ ...base, cwd: dir({ 'aibaas.config.yaml': 'providers:\n  custom:\n    - { id: lab, baseUrl: "http://x", apiKeyEnv: LAB_KEY }\n' }), env: {} }));
    expect(missingKey.message).toMatch(/LAB_KEY/);
    const badPace = loadError(() => loadConfig({ ...base, cwd: dir(), env: { OPENAI_API_KEY: 'sk-very-secret' }, overrides: { 'providers.openai.requestsPerMinute': -1 } }));
    expect(badPace.message).toMatch(/providers\.openai\.requestsPerMinute/);
    expect(badPace.message).not.toContain('sk-very-secret');
  });
});
