import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerGrader, callableModels, discoverModels, loadConfig, openServices, type Services } from '../../src/config/index.js';
import { callCost, type ModelInfo, type ResultRecord, type Run, type Task } from '../../src/core/index.js';
import { executeRun, planRun } from '../../src/engine/index.js';
import { repoRoot, tempDir } from '../e2e/cli-helpers.js';
import { type FakeGenerateRequest, type FakeProvider, startFakeProvider } from '../support/fake-provider/server.js';

/**
 * A run against the real HTTP fake provider, through the whole stack (config → presets → adapters → Model facade →
 * engine → graders → store), with every fault the providers issue lists injected into it.
 */
let fake: FakeProvider;
let services: Services;
let tasks: Task[];
const warnings: string[] = [];

/** The fake answers each task with its reference solution, so the stored score shows the answer got through whole. */
function answerWithReference(request: FakeGenerateRequest): { text: string; reasoning?: string } {
  const user = request.messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
  const task = tasks.find((candidate) => user.includes(candidate.prompt.trim()));
  const text = task ? `Here it is.\n\n\`\`\`python\n${task.reference}\`\`\`\n` : 'no task matched';
  return /think|reason/.test(request.model) ? { text, reasoning: 'Work through the cases first.' } : { text };
}

beforeAll(async () => {
  fake = await startFakeProvider({ respond: (request) => answerWithReference(request), chunkSize: 64 });
  const cwd = tempDir('aibaas-fake-run-');
  writeFileSync(path.join(cwd, 'prices.yaml'), 'anthropic/*: { input: 1, output: 5, cachedInput: 0.1, cacheWrite: 1.25 }\ngoogle/*: { input: 0.3, output: 2.5, cachedInput: 0.075 }\n');
  writeFileSync(path.join(cwd, 'aibaas.config.yaml'), [
    'prices: { overridesFile: prices.yaml }',
    // Fast retries for the test; the policy itself is the default one.
    'calls: { baseDelayMs: 5, maxDelayMs: 2000, timeoutMs: 4000, breakerCooldownMs: 300 }',
    'models: { exclude: ["baseline/*"] }',
  ].join('\n'));
  const { config } = loadConfig({
    cwd, cores: 2, defaultBankDir: path.join(repoRoot, 'bank'),
    env: {
      AIBAAS_DATA_DIR: path.join(cwd, 'data'),
      OPENAI_BASE_URL: fake.openaiBaseUrl,
      ANTHROPIC_BASE_URL: fake.anthropicBaseUrl,
      ANTHROPIC_API_KEY: 'sk-ant-test',
      GEMINI_BASE_URL: fake.geminiBaseUrl,
      GEMINI_API_KEY: 'gemini-test',
    },
  });
  services = await openServices(config, (message) => warnings.push(message));
  tasks = services.bank.tasks.filter((task) => task.language === 'python' && task.scenario === 'code-generation' && task.difficulty === 'easy').slice(0, 2);
}, 60_000);

afterAll(async () => {
  await services?.close();
  await fake?.close();
});

function recordedFor(model: string, task: Task): FakeGenerateRequest {
  const matching = fake.requests.filter((request) => request.generate && request.status === 200 && request.generate.model === model && request.generate.messages.some((message) => message.content.includes(task.prompt.trim())));
  const last = matching[matching.length - 1];
  if (!last?.generate) throw new Error(`no successful request of ${model} for ${task.id}`);
  return last.generate;
}

async function runModels(models: ModelInfo[], id: string): Promise<{ run: Run; results: ResultRecord[] }> {
  const run = planRun({
    id, models, tasks, bankVersion: services.bank.version, codeRevision: 'test', createdAt: new Date().toISOString(),
    options: { modelPatterns: [], languages: ['python'], scenarios: ['code-generation'], difficulties: ['easy'], tasksPerCell: 2, seed: 1, repeat: 1, concurrency: 4, temperature: 0.2, maxOutputTokens: 2048 },
  });
  await services.store.upsertTasks(tasks, services.bank.version);
  await services.store.createRun(run);
  await executeRun(run, { store: services.store, models: callableModels(services, models), tasks: new Map(tasks.map((task) => [task.id, task])), grade: answerGrader(services.graders), clock: { now: () => new Date() } });
  return { run, results: await services.store.listResults(run.id) };
}

describe('a run against the fake provider (all three wire families)', () => {
  let discovered: ModelInfo[];

  it('discovers the models of every family through their paged listings, filtering out embedding models', async () => {
    discovered = await discoverModels(services, (message) => warnings.push(message));
    const ids = discovered.map((model) => model.id);
    expect(ids).toEqual(expect.arrayContaining(['openai/gpt-fake-mini', 'openai/deepseek-fake-reasoner', 'anthropic/claude-fake-haiku', 'anthropic/claude-fake-cache', 'google/gemini-fake-flash', 'google/gemini-fake-pro-think']));
    expect(ids.some((id) => /embed/.test(id))).toBe(false);
    const listingPages = fake.requests.filter((request) => /\/v1beta\/models\?|\/v1\/models\?/.test(request.path)).length;
    expect(listingPages).toBeGreaterThan(2);
    const mini = discovered.find((model) => model.id === 'openai/gpt-fake-mini');
    expect(mini?.price).toMatchObject({ inputPerMTok: 0.15, outputPerMTok: 0.6, source: 'listing' });
    expect(discovered.find((model) => model.id === 'anthropic/claude-fake-haiku')?.price).toMatchObject({ inputPerMTok: 1, source: 'override' });
    expect(warnings).toEqual([]);
  });

  it('completes with every answer graded, exact token counts and costs, and one logged attempt each', async () => {
    const models = discovered.filter((model) => ['openai/gpt-fake-mini', 'openai/gpt-fake-cache', 'anthropic/claude-fake-cache', 'google/gemini-fake-flash-cache', 'google/gemini-fake-pro-think'].includes(model.id));
    const { results } = await runModels(models, 'fake-clean');
    expect(results).toHaveLength(models.length * tasks.length);
    for (const result of results) {
      const model = models.find((candidate) => candidate.id === result.modelId) as ModelInfo;
      const task = tasks.find((candidate) => candidate.id === result.taskId) as Task;
      expect(result.status, result.error ?? '').toBe('scored');
      expect(result.finalScore, `${result.modelId} ${result.taskId} ${result.rawResponse.slice(0, 200)} ${JSON.stringify(result.automated)} ${result.sandbox?.stderr}`).toBe(10);
      const request = recordedFor(model.name, task);
      // Gemini counts thoughts it does not return: the fake's own reasoning text is what it billed.
      const expected = fake.usageFor(request, result.rawResponse, answerWithReference(request).reasoning);
      expect(result.usage, result.modelId).toEqual({ inputTokens: expected.input, cachedInputTokens: expected.cachedInput, cacheWriteTokens: expected.cacheWrite, outputTokens: expected.output, reasoningTokens: expected.reasoning, estimated: false });
      expect(result.costUsd).toBeCloseTo(callCost(result.usage, model.price) as number, 12);
      expect(result.price?.source).toBe(model.price?.source);
      expect(result.callLog).toMatchObject([{ attempt: 1, outcome: 'ok', status: 200 }]);
      expect(result.requestId).toBeTruthy();
      expect(result.timing.ttftMs).toBeGreaterThan(0);
      if (/cache/.test(model.name)) expect(result.usage.cachedInputTokens).toBeGreaterThan(0);
    }
    // Thoughts are counted as reasoning tokens (and billed as output) even when their text is not returned.
    expect(results.filter((result) => result.modelId === 'google/gemini-fake-pro-think').every((result) => result.usage.reasoningTokens > 0)).toBe(true);
    // The prompt asked for usage in the stream.
    const openAiBodies = fake.requests.filter((request) => request.generate?.family === 'openai').map((request) => request.body as { stream_options?: { include_usage?: boolean } });
    expect(openAiBodies.every((body) => body.stream_options?.include_usage === true)).toBe(true);
  }, 120_000);

  it('rides out 429 with retry-after, 529, 500, a cut stream, an error event after 200 and malformed JSON, logging every attempt', async () => {
    const faults = [
      { model: 'gpt-fake-mini', family: 'openai', fault: { type: 'status', status: 429, retryAfterMs: 30 }, outcome: 'rate_limited' },
      { model: 'claude-fake-haiku', family: 'anthropic', fault: { type: 'status', status: 529 }, outcome: 'overloaded' },
      { model: 'gemini-fake-flash', family: 'gemini', fault: { type: 'status', status: 500 }, outcome: 'server' },
      { model: 'gpt-fake-cache', family: 'openai', fault: { type: 'cut-stream', afterChunks: 1 }, outcome: 'stream_cut' },
      { model: 'claude-fake-cache', family: 'anthropic', fault: { type: 'error-event', afterChunks: 1 }, outcome: 'overloaded' },
      { model: 'gemini-fake-flash-cache', family: 'gemini', fault: { type: 'malformed-json', afterChunks: 1 }, outcome: 'malformed' },
    ] as const;
    for (const entry of faults) fake.inject(entry.fault, { family: entry.family, model: entry.model, times: 1 });
    const models = discovered.filter((model) => faults.some((entry) => model.name === entry.model));
    const { run, results } = await runModels(models, 'fake-faults');
    expect(results).toHaveLength(models.length * tasks.length);
    expect((await services.store.getRun(run.id))?.status).toBe('completed');
    for (const entry of faults) {
      const ofModel = results.filter((result) => result.modelId.endsWith(`/${entry.model}`));
      expect(ofModel.every((result) => result.status === 'scored' && result.finalScore === 10), entry.model).toBe(true);
      // One of the model's two calls met the fault, retried, and was then answered in full.
      const retried = ofModel.filter((result) => result.callAttempts === 2);
      expect(retried, entry.model).toHaveLength(1);
      expect(retried[0]?.callLog.map((attempt) => attempt.outcome), entry.model).toEqual([entry.outcome, 'ok']);
      expect(retried[0]?.callLog[0]?.waitMs, entry.model).toBeGreaterThanOrEqual(0);
      const expected = fake.usageFor(recordedFor(entry.model, tasks.find((task) => task.id === retried[0]?.taskId) as Task), retried[0]?.rawResponse ?? '');
      expect(retried[0]?.usage.outputTokens, entry.model).toBe(expected.output);
    }
    const rateLimited = results.find((result) => result.modelId === 'openai/gpt-fake-mini' && result.callAttempts === 2);
    expect(rateLimited?.callLog[0]).toMatchObject({ status: 429, waitMs: 30 });
  }, 120_000);

  it('reads CRLF streams with comments, measures a slow first token, and flags usage it had to estimate', async () => {
    fake.inject({ type: 'crlf-and-comments' }, { family: 'openai', model: 'gpt-fake-mini', times: 2 });
    fake.inject({ type: 'slow-first-token', delayMs: 300 }, { family: 'anthropic', model: 'claude-fake-haiku', times: 2 });
    fake.inject({ type: 'missing-usage' }, { family: 'gemini', model: 'gemini-fake-flash', times: 2 });
    const models = discovered.filter((model) => ['openai/gpt-fake-mini', 'anthropic/claude-fake-haiku', 'google/gemini-fake-flash'].includes(model.id));
    const { results } = await runModels(models, 'fake-quirks');
    expect(results.every((result) => result.status === 'scored' && result.finalScore === 10)).toBe(true);
    for (const result of results.filter((entry) => entry.modelId === 'anthropic/claude-fake-haiku')) expect(result.timing.ttftMs).toBeGreaterThanOrEqual(290);
    for (const result of results.filter((entry) => entry.modelId === 'google/gemini-fake-flash')) {
      expect(result.usage.estimated).toBe(true);
      expect(result.usage.outputTokens).toBeGreaterThan(0);
    }
    expect(results.filter((entry) => entry.modelId !== 'google/gemini-fake-flash').every((result) => !result.usage.estimated)).toBe(true);
  }, 120_000);

  it('leaves an item missing (never a fake error result) when a provider keeps failing, and a resume completes it', async () => {
    fake.inject({ type: 'status', status: 500 }, { family: 'openai', model: 'gpt-fake-mini', times: 10 });
    const models = discovered.filter((model) => model.id === 'openai/gpt-fake-mini');
    const { run, results } = await runModels(models, 'fake-outage');
    expect(results.length).toBeLessThan(tasks.length);
    expect(results.every((result) => result.status === 'scored')).toBe(true);
    expect((await services.store.getRun(run.id))?.status).toBe('failed');
    // Ten failures in a row opened the provider's circuit: a resume within the cooldown is refused at once...
    await executeRun((await services.store.getRun(run.id)) as Run, { store: services.store, models: callableModels(services, models), tasks: new Map(tasks.map((task) => [task.id, task])), grade: answerGrader(services.graders), clock: { now: () => new Date() } });
    expect(await services.store.listResults(run.id)).toHaveLength(0);
    expect(fake.requests.filter((request) => request.status === 500).length).toBeGreaterThanOrEqual(10);
    // ...and after it, the trial call succeeds and the run completes.
    await new Promise((resolve) => setTimeout(resolve, 350));
    await executeRun((await services.store.getRun(run.id)) as Run, { store: services.store, models: callableModels(services, models), tasks: new Map(tasks.map((task) => [task.id, task])), grade: answerGrader(services.graders), clock: { now: () => new Date() } });
    const after = await services.store.listResults(run.id);
    expect(after).toHaveLength(tasks.length);
    expect((await services.store.getRun(run.id))?.status).toBe('completed');
  }, 120_000);

  it('stops the run on a refused key without retrying or charging the model with an error result', async () => {
    fake.inject({ type: 'status', status: 401 }, { family: 'anthropic', model: 'claude-fake-haiku', times: 1 });
    const models = discovered.filter((model) => model.id === 'anthropic/claude-fake-haiku');
    const before = fake.requests.length;
    await expect(runModels(models, 'fake-auth')).rejects.toMatchObject({ code: 'PROVIDER_AUTH_FAILED' });
    const attempts = fake.requests.slice(before).filter((request) => request.generate);
    expect(attempts.length).toBeLessThanOrEqual(2);
    expect((await services.store.listResults('fake-auth')).every((result) => result.status === 'scored')).toBe(true);
    expect((await services.store.getRun('fake-auth'))?.status).toBe('failed');
  }, 120_000);
});
