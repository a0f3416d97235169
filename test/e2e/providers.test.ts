import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultRecord, StoredModel } from '../../src/core/index.js';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider/server.js';
import { runCli, tempDir } from './cli-helpers.js';

/**
 * The acceptance: with only a base URL pointed at a server that speaks the documented protocol, `aibaas
 * models` discovers its models and `aibaas run` benchmarks them end to end (the CLI as a user runs it).
 */
let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({
    models: [
      { id: 'local-coder', family: 'openai', contextWindow: 32_768, pricing: { prompt: '0.000001', completion: '0.000002' } },
      { id: 'local-coder-flaky@fault=429x1+cutx1', family: 'openai', contextWindow: 32_768 },
      { id: 'local-embed', family: 'openai' },
    ],
  });
});
afterAll(async () => {
  await fake?.close();
});

describe('aibaas against an OpenAI-compatible server found only through OPENAI_BASE_URL', () => {
  it('discovers its models, runs them end to end with retries logged, and stops at a budget cap', { timeout: 300_000 }, async () => {
    const env = { AIBAAS_DATA_DIR: tempDir('aibaas-e2e-providers-'), OPENAI_BASE_URL: fake.openaiBaseUrl };

    const models = await runCli(['models', '--provider', 'openai', '--json'], env);
    expect(models.stderr).toBe('');
    const listed = JSON.parse(models.stdout) as StoredModel[];
    expect(listed.map((model) => model.id)).toEqual(['openai/local-coder', 'openai/local-coder-flaky@fault=429x1+cutx1', 'openai/local-embed']);
    expect(listed[0]).toMatchObject({ contextWindow: 32_768, contextSource: 'listing', price: { inputPerMTok: 1, outputPerMTok: 2, source: 'listing' } });
    expect(listed[2]?.capabilities.chat).toBe(false);
    const table = await runCli(['models', '--provider', 'openai'], env);
    expect(table.stdout).toContain('unknown*');

    const estimate = await runCli(['estimate', '-m', 'openai/*', '-l', 'python', '-s', 'code-generation', '-d', 'easy', '-n', '2', '--seed', '5', '--json'], env);
    expect(estimate.code).toBe(0);
    const projected = JSON.parse(estimate.stdout) as { models: { modelId: string; costUsd: number | null }[]; unpriced: string[] };
    expect(projected.models.map((model) => model.modelId)).toEqual(['openai/local-coder', 'openai/local-coder-flaky@fault=429x1+cutx1']);
    expect(projected.models[0]?.costUsd).toBeGreaterThan(0);
    expect(projected.unpriced).toEqual(['openai/local-coder-flaky@fault=429x1+cutx1']);

    const run = await runCli(['run', '-m', 'openai/*', '-l', 'python', '-s', 'code-generation', '-d', 'easy', '-n', '2', '--seed', '5'], env);
    expect(run.stderr).toMatch(/estimated cost: \$/);
    expect(run.code, run.stderr).toBe(0);
    const runs = JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { run: { id: string; status: string } }[];
    const results = JSON.parse((await runCli(['results', runs[0]!.run.id, '--json'], env)).stdout) as ResultRecord[];
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(result.status).toBe('scored');
      expect(result.usage.estimated).toBe(false);
      expect(result.usage.inputTokens).toBeGreaterThan(0);
      expect(result.requestId).toMatch(/^req_/);
    }
    const priced = results.filter((result) => result.modelId === 'openai/local-coder');
    for (const result of priced) expect(result.costUsd).toBeCloseTo((result.usage.inputTokens * 1 + result.usage.outputTokens * 2) / 1e6, 12);
    const flaky = results.filter((result) => result.modelId !== 'openai/local-coder');
    expect(flaky.every((result) => result.costUsd === null)).toBe(true);
    expect(flaky.flatMap((result) => result.callLog.map((attempt) => attempt.outcome)).sort()).toEqual(['ok', 'ok', 'rate_limited', 'stream_cut']);

    // A cap below one call's cost: the run stops cleanly after the calls in flight, and a resume with more budget completes it.
    const capped = await runCli(['run', '-m', 'openai/local-coder', '-l', 'python', '-s', 'code-generation', '-d', 'easy', '-n', '3', '--seed', '9', '-j', '1', '--max-cost', '0.000001'], env);
    expect(capped.code, capped.stderr).toBe(3);
    expect(capped.stderr).toMatch(/budget cap of \$0\.000001 reached/);
    const stopped = (JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { run: { id: string; status: string }; completed: number; planned: number }[])[0];
    expect(stopped?.run.status).toBe('stopped');
    expect(stopped?.completed).toBe(1);
    const resumed = await runCli(['run', '--resume', stopped!.run.id, '--max-cost', '5'], env);
    expect(resumed.code, resumed.stderr).toBe(0);

    // A fresh run with --reuse-answers takes the stored answers instead of calling the server again.
    const before = fake.requests.filter((request) => request.generate).length;
    const reused = await runCli(['run', '-m', 'openai/local-coder', '-l', 'python', '-s', 'code-generation', '-d', 'easy', '-n', '2', '--seed', '5', '--reuse-answers'], env);
    expect(reused.code, reused.stderr).toBe(0);
    expect(fake.requests.filter((request) => request.generate).length).toBe(before);
    const latest = (JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { run: { id: string } }[])[0];
    const reusedResults = JSON.parse((await runCli(['results', latest!.run.id, '--json'], env)).stdout) as ResultRecord[];
    expect(reusedResults).toHaveLength(2);
    // Re-grading a run calls no model: the stored answers are graded again, as a new run.
    const rescored = await runCli(['rescore', runs[0]!.run.id], env);
    expect(rescored.code, rescored.stderr).toBe(0);
    expect(rescored.stderr).toContain('no model is called');
    expect(fake.requests.filter((request) => request.generate).length).toBe(before);
    const regraded = (JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { run: { id: string; status: string }; completed: number }[])[0];
    expect(regraded?.run.id).toMatch(/^rescore-/);
    expect(regraded?.run.status).toBe('completed');
    const regradedResults = JSON.parse((await runCli(['results', regraded!.run.id, '--json'], env)).stdout) as ResultRecord[];
    expect(regradedResults.map((result) => [result.modelId, result.taskId, result.finalScore, result.rawResponse]).sort())
      .toEqual(results.map((result) => [result.modelId, result.taskId, result.finalScore, result.rawResponse]).sort());
    expect(regradedResults.every((result) => result.reusedFrom?.runId === runs[0]!.run.id)).toBe(true);

    // A refreshed catalogue prices what the listing leaves unpriced; the listing's own price still comes first.
    const litellm = path.join(env.AIBAAS_DATA_DIR, 'litellm.json');
    writeFileSync(litellm, JSON.stringify({
      'local-coder-flaky@fault=429x1+cutx1': { input_cost_per_token: 5e-7, output_cost_per_token: 1.5e-6, max_input_tokens: 32768, litellm_provider: 'openai', mode: 'chat' },
      'local-coder': { input_cost_per_token: 9e-6, output_cost_per_token: 9e-6, litellm_provider: 'openai', mode: 'chat' },
    }));
    const update = await runCli(['prices', 'update', '--from', litellm], env);
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/2 models \(openai 2\)/);
    const repriced = JSON.parse((await runCli(['models', '--provider', 'openai', '--json'], env)).stdout) as StoredModel[];
    expect(repriced.find((model) => model.name.startsWith('local-coder-flaky'))?.price).toMatchObject({ inputPerMTok: 0.5, outputPerMTok: 1.5, source: expect.stringMatching(/^catalogue:\d{4}-\d{2}-\d{2}$/) });
    expect(repriced.find((model) => model.name === 'local-coder')?.price).toMatchObject({ inputPerMTok: 1, source: 'listing' });
    const broken = await runCli(['prices', 'update', '--from', path.join(env.AIBAAS_DATA_DIR, 'missing.json')], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/PRICES_INVALID.*missing\.json/);
    for (const result of reusedResults) {
      expect(result.reusedFrom?.runId).toBeDefined();
      expect(result.reusedFrom?.runId).not.toBe(latest!.run.id);
    }
  });
});
