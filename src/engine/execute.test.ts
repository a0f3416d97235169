import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelInfo, Run, SandboxReport, Task } from '../core/index.js';
import { AibaasError, ZERO_USAGE } from '../core/index.js';
import type { GenerateRequest, ModelCallResult } from '../providers/index.js';
import { migrate, openPgliteClient, SqlStore, type Store } from '../store/index.js';
import { reuseFromStore } from './reuse.js';
import { executeRun, type RunProgressEvent } from './execute.js';
import { planRun } from './plan.js';
import type { AnswerGrader, CallableModel } from './ports.js';

function task(id: string, difficulty: Task['difficulty']): Task {
  return {
    id, language: 'python', scenario: 'code-generation', difficulty, title: id, description: id, prompt: `Solve ${id}.`,
    solutionFile: 'solution.py', reference: 'x = 1\n', tests: [], tags: [], source: 'test', author: 'test',
    createdAt: '2026-11-28', visibility: 'public', path: id,
  };
}

const tasks = [task('t-easy', 'easy'), task('t-medium', 'medium'), task('t-hard', 'hard')];

function modelInfo(id: string): ModelInfo {
  return { id, provider: id.split('/')[0]!, name: id.split('/')[1]!, displayName: id, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false, price: { inputPerMTok: 1, outputPerMTok: 2, source: 'test' } };
}

/** A model double answering `score:<n>` so the grader double can score it; `behaviour` injects failures. */
function fakeModel(id: string, behaviour: (request: GenerateRequest, call: number) => string | Error = () => 'score:10'): CallableModel & { calls: number } {
  const model = {
    id, info: modelInfo(id), calls: 0,
    async generate(request: GenerateRequest): Promise<ModelCallResult> {
      model.calls++;
      const answer = behaviour(request, model.calls);
      if (answer instanceof Error) throw answer;
      return { text: answer, finishReason: 'stop', usage: { ...ZERO_USAGE, inputTokens: 100, outputTokens: 50 }, costUsd: 0.0002, price: model.info.price ?? null, latencyMs: 12, ttftMs: 3, callAttempts: 1, httpStatus: 200, requestId: `req-${model.calls}`, reasoning: null, attempts: [] };
    },
  };
  return model;
}

const report: SandboxReport = { status: 'passed', compiled: true, tests: [{ name: 'a', outcome: 'passed' }], passed: 1, failed: 0, durationMs: 5, compileOutput: '', stdout: '', stderr: '', toolchainVersion: 'Python 3.11' };
const grade: AnswerGrader = async (_task, answer) => {
  const score = Number(/score:(\d+)/.exec(answer)?.[1] ?? 0);
  return { extraction: { code: answer, method: 'unfenced' }, sandbox: report, automated: { score, grader: 'fake', components: [] } };
};

let store: Store;
let clockTick = 0;
const clock = { now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, clockTick++)) };

// One in-memory PostgreSQL for the file (opening one takes seconds); every test uses its own run id.
beforeAll(async () => {
  const client = await openPgliteClient();
  await migrate(client);
  store = new SqlStore(client);
});
afterAll(async () => {
  await store.close();
});

async function newRun(models: CallableModel[], options: Partial<Run['options']> = {}): Promise<Run> {
  const run = planRun({
    id: `run-${Math.random().toString(36).slice(2)}`,
    options: { modelPatterns: [], languages: ['python'], scenarios: ['code-generation'], difficulties: ['easy', 'medium', 'hard'], seed: 1, repeat: 1, concurrency: 2, temperature: 0.2, maxOutputTokens: 100, ...options },
    models: models.map((m) => m.info), tasks, bankVersion: 'v2026_11', codeRevision: 'abc', createdAt: clock.now().toISOString(),
  });
  await store.createRun(run);
  return run;
}

function dependencies(models: CallableModel[], grader: AnswerGrader = grade) {
  return { store, models: new Map(models.map((m) => [m.id, m])), tasks: new Map(tasks.map((t) => [t.id, t])), grade: grader, clock };
}

describe('executeRun', () => {
  it('stores one scored result per model × task × attempt and completes the run', async () => {
    const models = [fakeModel('p/a'), fakeModel('p/b', () => 'score:4')];
    const run = await newRun(models, { repeat: 2 });
    const events: RunProgressEvent[] = [];
    const outcome = await executeRun(run, dependencies(models), { onProgress: (e) => events.push(e) });
    expect(outcome).toMatchObject({ planned: 12, completed: 12, failed: [] });
    expect(outcome.run.status).toBe('completed');
    const results = await store.listResults(run.id);
    expect(results).toHaveLength(12);
    expect(results.filter((r) => r.modelId === 'p/b').every((r) => r.finalScore === 4)).toBe(true);
    expect(results[0]).toMatchObject({ status: 'scored', costUsd: 0.0002, timing: { latencyMs: 12, ttftMs: 3 }, layers: { automated: expect.any(Number) }, toolchainVersion: 'Python 3.11', bankVersion: 'v2026_11', codeRevision: 'abc' });
    expect(events[0]).toMatchObject({ type: 'start', total: 12, alreadyDone: 0 });
    expect(events.filter((e) => e.type === 'result').map((e) => (e as { done: number }).done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('stops starting items at the budget cap, ends the run stopped with what it has, and a higher cap resumes it', async () => {
    const model = fakeModel('p/a');
    const run = await newRun([model], { concurrency: 1, repeat: 2, maxCostUsd: 0.0005 });
    const events: RunProgressEvent[] = [];
    const outcome = await executeRun(run, dependencies([model]), { onProgress: (event) => events.push(event) });
    // 0.0002 a call: the third call passes the cap, so no fourth starts.
    expect(outcome).toMatchObject({ planned: 6, completed: 3, budgetReached: true, unpricedResults: 0 });
    expect(outcome.spentUsd).toBeCloseTo(0.0006, 12);
    expect(outcome.run.status).toBe('stopped');
    expect(outcome.run.error).toMatch(/budget cap of \$0\.0005 reached/);
    expect(events.filter((event) => event.type === 'budget')).toHaveLength(1);
    expect(model.calls).toBe(3);
    const resumed = await executeRun({ ...outcome.run, options: { ...outcome.run.options, maxCostUsd: 1 } }, dependencies([model]));
    expect(resumed).toMatchObject({ completed: 6, budgetReached: false });
    expect(resumed.spentUsd).toBeCloseTo(0.0012, 12);
    expect(resumed.run.status).toBe('completed');
  });

  it('answers from a stored answer when the run reuses answers, charging the new run nothing', async () => {
    const model = fakeModel('p/a', () => 'score:8');
    const first = await newRun([model]);
    await executeRun(first, dependencies([model]));
    const calls = model.calls;
    const second = await newRun([model], { reuseAnswers: true });
    const outcome = await executeRun(second, { ...dependencies([model]), reuse: reuseFromStore(store, second.id) });
    expect(model.calls).toBe(calls);
    expect(outcome).toMatchObject({ completed: 3, spentUsd: 0 });
    const results = await store.listResults(second.id);
    expect(results.every((result) => result.reusedFrom?.runId === first.id && result.finalScore === 8 && result.costUsd === 0.0002)).toBe(true);
    const fresh = await newRun([model]);
    await executeRun(fresh, { ...dependencies([model]), reuse: reuseFromStore(store, fresh.id) });
    expect(model.calls).toBe(calls + 3);
  });

  it('runs only the missing items when executed again (resume), never duplicating or redoing', async () => {
    const model = fakeModel('p/a', (_request, call) => (call === 2 ? new AibaasError('NET', 'connection reset', { fix: 'retry', retryable: true }) : 'score:9'));
    const run = await newRun([model]);
    const first = await executeRun(run, dependencies([model]));
    expect(first).toMatchObject({ planned: 3, completed: 2 });
    expect(first.failed).toHaveLength(1);
    expect(first.run.status).toBe('failed');
    expect(first.run.error).toContain('connection reset');

    const second = await executeRun(first.run, dependencies([model]));
    expect(second).toMatchObject({ planned: 3, completed: 3, failed: [] });
    expect(second.run.status).toBe('completed');
    expect(model.calls).toBe(4);
    expect(await store.listResults(run.id)).toHaveLength(3);
  });

  it('stores a model call that fails for good as an error result, which scores nothing', async () => {
    const model = fakeModel('p/a', (request) => (request.taskId === 't-hard' ? new AibaasError('BAD_REQUEST', 'the prompt was refused', { fix: 'none' }) : 'score:7'));
    const run = await newRun([model]);
    const outcome = await executeRun(run, dependencies([model]));
    expect(outcome.completed).toBe(3);
    const failed = (await store.listResults(run.id)).find((r) => r.taskId === 't-hard');
    expect(failed).toMatchObject({ status: 'error', finalScore: null, error: 'BAD_REQUEST: the prompt was refused', automated: null });
  });

  it('stops at the first failure of the service itself and keeps the item missing', async () => {
    const model = fakeModel('p/a');
    const run = await newRun([model], { concurrency: 1 });
    const broken: AnswerGrader = async () => { throw new AibaasError('SANDBOX_UNAVAILABLE', 'bwrap is missing', { fix: 'install it' }); };
    await expect(executeRun(run, dependencies([model], broken))).rejects.toMatchObject({ code: 'SANDBOX_UNAVAILABLE' });
    expect(model.calls).toBe(1);
    expect(await store.listResults(run.id)).toHaveLength(0);
    expect((await store.getRun(run.id))?.status).toBe('failed');
  });

  it('stops starting items when aborted and marks the run cancelled; a resume completes it', async () => {
    const controller = new AbortController();
    const model = fakeModel('p/a', () => { controller.abort(); return 'score:5'; });
    const run = await newRun([model], { concurrency: 1 });
    const outcome = await executeRun(run, dependencies([model]), { signal: controller.signal });
    expect(outcome.completed).toBe(1);
    expect(outcome.run.status).toBe('cancelled');
    const resumed = await executeRun(outcome.run, dependencies([model]));
    expect(resumed.run.status).toBe('completed');
    expect(await store.listResults(run.id)).toHaveLength(3);
  });

  it('refuses to resume a run whose models or tasks are not available', async () => {
    const run = await newRun([fakeModel('p/a')]);
    await expect(executeRun(run, dependencies([]))).rejects.toMatchObject({ code: 'RUN_MODEL_UNAVAILABLE' });
  });
});

describe('planRun', () => {
  it('refuses a model filter matching nothing, listing the models it knows', () => {
    expect(() => planRun({ id: 'r', options: { modelPatterns: ['nope/*'], languages: ['python'], scenarios: ['code-generation'], difficulties: ['easy'], seed: 1, repeat: 1, concurrency: 1, temperature: 0, maxOutputTokens: 1 }, models: [modelInfo('p/a')], tasks, bankVersion: 'v', codeRevision: 'c', createdAt: 'now' }))
      .toThrow(expect.objectContaining({ code: 'RUN_NO_MODELS', fix: expect.stringContaining('p/a') }));
  });

  it('refuses cells without tasks', () => {
    expect(() => planRun({ id: 'r', options: { modelPatterns: [], languages: ['rust'], scenarios: ['code-generation'], difficulties: ['easy'], seed: 1, repeat: 1, concurrency: 1, temperature: 0, maxOutputTokens: 1 }, models: [modelInfo('p/a')], tasks, bankVersion: 'v', codeRevision: 'c', createdAt: 'now' }))
      .toThrow(expect.objectContaining({ code: 'RUN_NO_TASKS' }));
  });
});
