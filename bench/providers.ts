// The provider layer under load, against the fake provider (a separate process) with a fixed per-request latency:
// - throughput of the Model facade vs the ideal (concurrency / latency);
// - CPU per call of the facade + adapter vs a bare fetch of the same streamed answer (the baseline, same run);
// - under a request rate limit (the fake refuses above it with 429), achieved rate vs the limit and the 429s seen.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ModelInfo } from '../src/core/index.js';
import { createPresetAdapter, createProviderPolicy, Model, PROVIDER_PRESETS, type ProviderPreset } from '../src/providers/index.js';
import { median, round } from './stats.js';
import type { Benchmark } from './types.js';

const root = path.resolve(import.meta.dirname, '..');

async function startFake(options: Record<string, unknown>): Promise<{ openaiBaseUrl: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', './test/support/register-ts.mjs', 'bench/fake-provider-process.ts', JSON.stringify(options)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the fake provider exited (${code}) before it listened`)));
  });
  const { openaiBaseUrl } = JSON.parse(line) as { openaiBaseUrl: string };
  return { openaiBaseUrl, stop: () => child.kill('SIGTERM') };
}

const preset = PROVIDER_PRESETS.find((entry) => entry.id === 'openai') as ProviderPreset;
const info: ModelInfo = {
  id: 'openai/gpt-fake-mini', provider: 'openai', name: 'gpt-fake-mini', displayName: 'GPT Fake Mini', baseline: false,
  capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, price: { inputPerMTok: 0.15, outputPerMTok: 0.6, source: 'listing' },
};
const request = { messages: [{ role: 'system' as const, content: 'You write Python.' }, { role: 'user' as const, content: 'Write add(a, b).' }], temperature: 0, maxOutputTokens: 512 };

/** Runs `calls` calls with `concurrency` workers; returns wall ms and this process's CPU ms. */
async function drive(calls: number, concurrency: number, call: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < calls) {
      next++;
      await call();
    }
  }));
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** A bare streamed request: fetch, read the whole body, nothing else (the cost any client pays). */
function bareCall(baseUrl: string): () => Promise<unknown> {
  const body = JSON.stringify({ model: 'gpt-fake-mini', messages: request.messages, stream: true, stream_options: { include_usage: true }, max_tokens: 512 });
  return async () => (await fetch(`${baseUrl}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
}

export const providersBenchmark: Benchmark = async (options) => {
  const latencyMs = 100;
  const concurrency = 32;
  const calls = 640;
  const runs = Math.max(1, Math.min(options.runs, 5));
  const fake = await startFake({ latencyMs, chunkSize: 64 });
  const throughput: { facadePerSecond: number; barePerSecond: number; facadeCpuMs: number; bareCpuMs: number }[] = [];
  try {
    const io = { fetch: globalThis.fetch, now: () => Date.now() };
    const adapter = createPresetAdapter(preset, { baseUrl: fake.openaiBaseUrl }, io);
    const model = new Model(info, adapter, createProviderPolicy());
    await drive(64, concurrency, () => model.generate(request)); // warm-up: connections, JIT
    for (let run = 0; run < runs; run++) {
      options.log(`providers: throughput run ${run + 1}/${runs} (${calls} calls, ${concurrency} at once, ${latencyMs} ms latency)`);
      const bare = await drive(calls, concurrency, bareCall(fake.openaiBaseUrl));
      const facade = await drive(calls, concurrency, () => model.generate(request));
      throughput.push({ facadePerSecond: (calls / facade.wallMs) * 1000, barePerSecond: (calls / bare.wallMs) * 1000, facadeCpuMs: facade.cpuMs / calls, bareCpuMs: bare.cpuMs / calls });
    }
  } finally {
    fake.stop();
  }

  // Rate limit: 3000 a minute, enforced by the fake as 50 in any 1 s window (so a minute's limit is seen in seconds).
  const limitPerMinute = 3000;
  const limited = await startFake({ latencyMs: 20, requestsPerMinute: limitPerMinute, rateWindowMs: 1000 });
  let rate: { achievedPerSecond: number; limitPerSecond: number; status429: number; calls: number };
  try {
    let status429 = 0;
    const policy = createProviderPolicy({ limits: { requestsPerMinute: limitPerMinute }, onAttempt: (_id, attempt) => { if (attempt.status === 429) status429++; } });
    const model = new Model(info, createPresetAdapter(preset, { baseUrl: limited.openaiBaseUrl }, { fetch: globalThis.fetch, now: () => Date.now() }), policy);
    const rateCalls = 400;
    options.log(`providers: rate-limit run (${rateCalls} calls, ${concurrency} at once, limit ${limitPerMinute}/min as 50 per 1 s window)`);
    const result = await drive(rateCalls, concurrency, () => model.generate(request));
    rate = { achievedPerSecond: (rateCalls / result.wallMs) * 1000, limitPerSecond: limitPerMinute / 60, status429, calls: rateCalls };
  } finally {
    limited.stop();
  }

  const ideal = (concurrency / latencyMs) * 1000;
  const facadePerSecond = median(throughput.map((entry) => entry.facadePerSecond));
  const barePerSecond = median(throughput.map((entry) => entry.barePerSecond));
  const facadeCpuMs = median(throughput.map((entry) => entry.facadeCpuMs));
  const bareCpuMs = median(throughput.map((entry) => entry.bareCpuMs));
  const json = {
    latencyMs, concurrency, calls, runs,
    idealPerSecond: ideal,
    facadePerSecond: round(facadePerSecond), barePerSecond: round(barePerSecond),
    facadeOfIdeal: round(facadePerSecond / ideal, 3), facadeOfBare: round(facadePerSecond / barePerSecond, 3),
    cpuMsPerCall: { facade: round(facadeCpuMs, 3), bareFetch: round(bareCpuMs, 3), facadeOverhead: round(facadeCpuMs - bareCpuMs, 3) },
    rateLimit: { ...rate, achievedPerSecond: round(rate.achievedPerSecond, 2), ofLimit: round(rate.achievedPerSecond / rate.limitPerSecond, 3) },
  };
  const text = [
    `providers (fake provider in another process, ${latencyMs} ms latency, ${concurrency} calls at once, median of ${runs} runs of ${calls} calls)`,
    `  throughput: facade ${round(facadePerSecond)}/s = ${round((facadePerSecond / ideal) * 100)}% of ideal ${ideal}/s (bare fetch ${round(barePerSecond)}/s; facade/bare ${round(facadePerSecond / barePerSecond, 3)})   goal ≥ 90% of ideal`,
    `  CPU per call: facade + adapter ${round(facadeCpuMs, 3)} ms, bare fetch + read ${round(bareCpuMs, 3)} ms, so the facade adds ${round(facadeCpuMs - bareCpuMs, 3)} ms   goal < 1 ms`,
    `  rate limit ${limitPerMinute}/min (${rate.limitPerSecond}/s): achieved ${round(rate.achievedPerSecond, 2)}/s = ${round((rate.achievedPerSecond / rate.limitPerSecond) * 100)}% of the limit with ${rate.status429} × 429 in ${rate.calls} calls   goal 0 × 429`,
  ].join('\n');
  return { name: 'providers', text, json };
};
