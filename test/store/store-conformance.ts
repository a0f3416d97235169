import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomatedScore, JudgeReview, ResultRef } from '../../src/core/index.js';
import { MIGRATIONS, migrate, type SqlClient, type Store } from '../../src/store/index.js';
import { makeErrorResult, makeModel, makeResult, makeRun, makeTask, uniqueId } from './fixtures/records.js';

/** What a conformance run needs: the store under test, its SQL client (for tables the API does not read) and teardown. */
export interface StoreUnderTest {
  store: Store;
  client: SqlClient;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every Store must show, run against each backend. One store serves the whole suite (opening
 * PGlite takes seconds), so every test works on its own run ids and provider names.
 */
export function defineStoreConformance(name: string, factory: () => Promise<StoreUnderTest>): void {
  describe(`Store conformance: ${name}`, () => {
    let subject: StoreUnderTest | undefined;
    const store = (): Store => required(subject).store;
    const client = (): SqlClient => required(subject).client;

    beforeAll(async () => {
      subject = await factory();
    });
    afterAll(async () => {
      await subject?.cleanup();
    });

    async function newRun(overrides: Parameters<typeof makeRun>[0] = {}) {
      const run = makeRun(overrides);
      await store().createRun(run);
      return run;
    }

    describe('results', () => {
      it('round-trips a fully populated record exactly', async () => {
        const run = await newRun();
        const record = makeResult(run.id);
        expect(await store().saveResult(record)).toBe(true);
        expect(await store().listResults(run.id)).toStrictEqual([record]);
      });

      it('round-trips an error record with every nullable field null', async () => {
        const run = await newRun();
        const record = makeErrorResult(run.id);
        await store().saveResult(record);
        expect(await store().listResults(run.id)).toStrictEqual([record]);
      });

      it('stores untrusted text with NUL characters, replacing each NUL with U+FFFD', async () => {
        const run = await newRun();
        const record = makeResult(run.id);
        const sandbox = { ...record.sandbox!, stdout: 'a\u0000b', stderr: 'literal \\u0000 stays' };
        await store().saveResult({ ...record, rawResponse: 'x\u0000y', extractedAnswer: '\u0000', error: 'e\u0000', sandbox });
        const [stored] = await store().listResults(run.id);
        expect(stored).toMatchObject({ rawResponse: 'x\uFFFDy', extractedAnswer: '\uFFFD', error: 'e\uFFFD' });
        expect(stored?.sandbox).toMatchObject({ stdout: 'a\uFFFDb', stderr: 'literal \\u0000 stays' });
      });

      it('lists by created_at, then model, task and attempt (byte order, whatever the server collation)', async () => {
        const run = await newRun();
        const at = (second: number) => `2026-11-28T10:00:0${second}.000Z`;
        const records = [
          makeResult(run.id, { createdAt: at(2), modelId: 'a/a', taskId: 't1', attempt: 1 }),
          makeResult(run.id, { createdAt: at(1), modelId: 'a/b', taskId: 't1', attempt: 2 }),
          makeResult(run.id, { createdAt: at(1), modelId: 'a/b', taskId: 't1', attempt: 1 }),
          makeResult(run.id, { createdAt: at(1), modelId: 'a/Z', taskId: 't2', attempt: 1 }),
          makeResult(run.id, { createdAt: at(1), modelId: 'a/b', taskId: 't0', attempt: 1 }),
        ];
        for (const record of records) await store().saveResult(record);
        const keys = (await store().listResults(run.id)).map((r) => `${r.createdAt} ${r.modelId} ${r.taskId} ${r.attempt}`);
        expect(keys).toEqual([
          `${at(1)} a/Z t2 1`,
          `${at(1)} a/b t0 1`,
          `${at(1)} a/b t1 1`,
          `${at(1)} a/b t1 2`,
          `${at(2)} a/a t1 1`,
        ]);
      });

      it('lists nothing for an unknown run', async () => {
        expect(await store().listResults(uniqueId('missing'))).toEqual([]);
      });

      it('saves idempotently: a second save of the same key returns false and keeps the first row', async () => {
        const run = await newRun();
        const first = makeResult(run.id);
        expect(await store().saveResult(first)).toBe(true);
        expect(await store().saveResult({ ...first, finalScore: 1, rawResponse: 'changed' })).toBe(false);
        expect(await store().listResults(run.id)).toStrictEqual([first]);
      });

      it('keeps exactly one row when ten saves of one key race', async () => {
        const run = await newRun();
        const saves = Array.from({ length: 10 }, (_, index) => store().saveResult(makeResult(run.id, { requestId: `req-${index}` })));
        const inserted = await Promise.all(saves);
        expect(inserted.filter(Boolean)).toHaveLength(1);
        const rows = await store().listResults(run.id);
        expect(rows).toHaveLength(1);
        expect(rows[0]?.requestId).toBe(`req-${inserted.indexOf(true)}`);
      });

      it('refuses timestamps that would not read back as given (not in toISOString form) with TIMESTAMP_INVALID', async () => {
        const run = await newRun();
        for (const createdAt of ['2026-11-28T10:00:00Z', '2026-11-28T12:00:00.000+02:00', 'yesterday']) {
          await expect(store().saveResult(makeResult(run.id, { createdAt }))).rejects.toMatchObject({ code: 'TIMESTAMP_INVALID', message: expect.stringContaining(createdAt) });
        }
        await expect(store().createRun(makeRun({ createdAt: '2026-11-28' }))).rejects.toMatchObject({ code: 'TIMESTAMP_INVALID' });
        await expect(store().setRunStatus(run.id, 'completed', '2026-11-28 10:00')).rejects.toMatchObject({ code: 'TIMESTAMP_INVALID' });
        await expect(store().recordDiscovery(uniqueId('prov'), [], 'now')).rejects.toMatchObject({ code: 'TIMESTAMP_INVALID' });
        expect(await store().listResults(run.id)).toEqual([]);
        expect(await store().getRun(run.id)).toStrictEqual(run);
      });

      it('finds the newest real answer of a model to a prompt in other runs, never a reused one or an error', async () => {
        const model = `${uniqueId('prov')}/m`;
        const prompt = `sha256:${uniqueId('p')}`;
        const older = await newRun();
        const newer = await newRun();
        const current = await newRun();
        await store().saveResult(makeResult(older.id, { modelId: model, promptHash: prompt, rawResponse: 'old', createdAt: '2026-11-28T10:00:00.000Z' }));
        await store().saveResult(makeResult(newer.id, { modelId: model, promptHash: prompt, rawResponse: 'new', createdAt: '2026-11-28T11:00:00.000Z' }));
        await store().saveResult(makeResult(newer.id, { modelId: model, promptHash: prompt, attempt: 2, rawResponse: 'reused', reusedFrom: { runId: older.id, attempt: 1 }, createdAt: '2026-11-28T12:00:00.000Z' }));
        await store().saveResult(makeErrorResult(newer.id, { modelId: model, promptHash: prompt, attempt: 3, createdAt: '2026-11-28T13:00:00.000Z' }));
        await store().saveResult(makeResult(current.id, { modelId: model, promptHash: prompt, rawResponse: 'same run', createdAt: '2026-11-28T14:00:00.000Z' }));
        const found = await store().findAnswer(model, prompt, current.id);
        expect(found?.rawResponse).toBe('new');
        expect(found?.callLog).toEqual(makeResult(newer.id).callLog);
        expect(await store().findAnswer(model, 'sha256:other', current.id)).toBeUndefined();
        expect(await store().findAnswer(`${model}x`, prompt, current.id)).toBeUndefined();
      });

      it('rejects a result of a run that was never created with RUN_NOT_FOUND', async () => {
        await expect(store().saveResult(makeResult(uniqueId('no-run')))).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
      });
    });

    describe('discovery', () => {
      const t1 = '2026-11-01T08:00:00.000Z';
      const t2 = '2026-11-02T08:00:00.000Z';
      const t3 = '2026-11-03T08:00:00.000Z';

      it('stores models with first and last seen, and reads optional fields back as they were given', async () => {
        const provider = uniqueId('prov');
        const full = makeModel(provider, 'full');
        const bare = { id: `${provider}/bare`, provider, name: 'bare', displayName: 'Bare', capabilities: full.capabilities, baseline: true };
        expect(full.contextSource).toBeDefined();
        await store().recordDiscovery(provider, [full, bare], t1);
        expect(await store().listModels({ provider })).toStrictEqual([
          { ...bare, firstSeen: t1, lastSeen: t1, deprecated: false },
          { ...full, firstSeen: t1, lastSeen: t1, deprecated: false },
        ]);
      });

      it('deprecates a model dropped from a later discovery without deleting it, and revives it when it reappears', async () => {
        const provider = uniqueId('prov');
        const kept = makeModel(provider, 'kept');
        const dropped = makeModel(provider, 'dropped');
        await store().recordDiscovery(provider, [kept, dropped], t1);

        const repriced = { ...kept, displayName: 'Kept v2', price: { inputPerMTok: 1, outputPerMTok: 2, source: 'override' } };
        await store().recordDiscovery(provider, [repriced], t2);
        expect(await store().listModels({ provider })).toStrictEqual([{ ...repriced, firstSeen: t1, lastSeen: t2, deprecated: false }]);
        expect(await store().listModels({ provider, includeDeprecated: true })).toStrictEqual([
          { ...dropped, firstSeen: t1, lastSeen: t1, deprecated: true },
          { ...repriced, firstSeen: t1, lastSeen: t2, deprecated: false },
        ]);

        await store().recordDiscovery(provider, [repriced, dropped], t3);
        expect(await store().listModels({ provider })).toStrictEqual([
          { ...dropped, firstSeen: t1, lastSeen: t3, deprecated: false },
          { ...repriced, firstSeen: t1, lastSeen: t3, deprecated: false },
        ]);
      });

      it("leaves other providers' models alone and deprecates every model of a provider that lists none", async () => {
        const a = uniqueId('prova');
        const b = uniqueId('provb');
        await store().recordDiscovery(a, [makeModel(a, 'm')], t1);
        await store().recordDiscovery(b, [makeModel(b, 'm')], t1);
        await store().recordDiscovery(a, [], t2);
        expect(await store().listModels({ provider: a })).toEqual([]);
        expect((await store().listModels({ provider: a, includeDeprecated: true })).map((m) => m.deprecated)).toEqual([true]);
        expect((await store().listModels({ provider: b })).map((m) => m.id)).toEqual([`${b}/m`]);
        const all = (await store().listModels()).map((m) => m.id);
        expect(all).toContain(`${b}/m`);
        expect(all).not.toContain(`${a}/m`);
        expect(all).toEqual([...all].sort());
      });

      it('keeps the provider kind and display name it was told about', async () => {
        const provider = uniqueId('prov');
        await store().recordDiscovery(provider, [makeModel(provider, 'm')], t1, { kind: 'openai-compatible', displayName: 'Acme AI' });
        await store().recordDiscovery(provider, [makeModel(provider, 'm')], t2);
        const { rows } = await client().query('SELECT kind, display_name, first_seen, last_seen FROM providers WHERE id = $1', [provider]);
        expect(rows).toEqual([{ kind: 'openai-compatible', display_name: 'Acme AI', first_seen: new Date(t1), last_seen: new Date(t2) }]);
      });

      it('refuses models of another provider and dates that are not yyyy-mm-dd, writing nothing', async () => {
        const provider = uniqueId('prov');
        await expect(store().recordDiscovery(provider, [makeModel('other', 'm')], t1)).rejects.toMatchObject({ code: 'DISCOVERY_PROVIDER_MISMATCH' });
        await expect(store().recordDiscovery(provider, [makeModel(provider, 'm', { releaseDate: '2025-02-30' })], t1)).rejects.toMatchObject({
          code: 'MODEL_DATE_INVALID',
          message: expect.stringContaining(`${provider}/m`),
        });
        expect(await store().listModels({ provider, includeDeprecated: true })).toEqual([]);
      });
    });

    describe('tasks', () => {
      it('inserts tasks and updates them in place by id', async () => {
        const [one, two] = [uniqueId('task'), uniqueId('task')];
        await store().upsertTasks([makeTask(one), makeTask(two)], 'v1');
        const edited = makeTask(one, { title: 'Edited', difficulty: 'hard', groundTruth: [{ kind: 'sql-injection', severity: 'high' }] });
        await store().upsertTasks([edited], 'v2');
        const { rows } = await client().query<{ id: string; title: string; difficulty: string; bank_version: string; content: unknown }>(
          'SELECT id, title, difficulty, bank_version, content FROM tasks WHERE id = ANY (SELECT jsonb_array_elements_text($1::text::jsonb)) ORDER BY id',
          [JSON.stringify([one, two])],
        );
        expect(rows).toHaveLength(2);
        const byId = new Map(rows.map((row) => [row.id, row]));
        expect(byId.get(one)).toMatchObject({ title: 'Edited', difficulty: 'hard', bank_version: 'v2', content: edited });
        expect(byId.get(two)).toMatchObject({ title: 'Run-length encoding', bank_version: 'v1', content: makeTask(two) });
      });
    });

    describe('reviews and votes', () => {
      async function storedResult(): Promise<ResultRef> {
        const run = await newRun();
        const record = makeResult(run.id);
        await store().saveResult(record);
        return { runId: record.runId, modelId: record.modelId, taskId: record.taskId, attempt: record.attempt };
      }
      const review = (ref: ResultRef, overrides: Partial<JudgeReview> = {}): JudgeReview => ({
        ref, judgeId: 'judge/a', role: 'security', kind: 'team', weight: 2, status: 'ok', score: 7.5, criteria: { remediation: 8 },
        reasoning: 'fine', criticalIssues: ['x'], suggestions: ['y'], rawReply: '{"score": 7.5}', error: null, calls: 1,
        rubricHash: 'sha256:r', answerHash: `sha256:${ref.runId}`, cachedFrom: null, costUsd: 0.001, createdAt: '2026-11-29T10:00:00.000Z', ...overrides,
      });

      it('round-trips judge reviews; a failed review is replaced by a later one, a successful one kept', async () => {
        const ref = await storedResult();
        expect(await store().saveJudgeReview(review(ref, { status: 'failed', score: null, criteria: {}, error: 'invalid reply', calls: 2, costUsd: 0.002 }))).toBe(true);
        expect(await store().saveJudgeReview(review(ref))).toBe(true);
        const [stored] = await store().listJudgeReviews(ref.runId);
        // The calls and cost of the failed attempts are added to the successful review's.
        expect(stored).toStrictEqual(review(ref, { calls: 3, costUsd: 0.003 }));
        expect(await store().saveJudgeReview(review(ref, { score: 1 }))).toBe(false);
        expect((await store().listJudgeReviews(ref.runId, ref))[0]?.score).toBe(7.5);
      });

      it('finds a cached review by judge, rubric and answer, never a failed one', async () => {
        const ref = await storedResult();
        await store().saveJudgeReview(review(ref, { judgeId: 'judge/failing', status: 'failed', score: null, error: 'x' }));
        expect(await store().findCachedReview('judge/failing', 'sha256:r', `sha256:${ref.runId}`)).toBeUndefined();
        await store().saveJudgeReview(review(ref));
        expect((await store().findCachedReview('judge/a', 'sha256:r', `sha256:${ref.runId}`))?.ref).toStrictEqual(ref);
        expect(await store().findCachedReview('judge/a', 'sha256:other', `sha256:${ref.runId}`)).toBeUndefined();
      });

      it('keeps one staff review per author and one vote per user, and refuses unknown results with RESULT_NOT_FOUND', async () => {
        const ref = await storedResult();
        const staff = { ref, author: 'ana', correctness: 7, quality: 6, bestPractices: 5, efficiency: 4, overall: 6, notes: 'n', createdAt: '2026-11-29T10:00:00.000Z' };
        await store().saveStaffReview(staff);
        await store().saveStaffReview({ ...staff, overall: 8 });
        expect(await store().listStaffReviews(ref.runId)).toStrictEqual([{ ...staff, overall: 8 }]);
        const vote = { ref, userId: 'u1', vote: 1 as const, comment: '', createdAt: '2026-11-29T10:00:00.000Z' };
        await store().saveVote(vote);
        await store().saveVote({ ...vote, vote: -1 });
        await store().saveVote({ ...vote, userId: 'u2' });
        expect((await store().listVotes(ref.runId)).map((entry) => [entry.userId, entry.vote])).toEqual([['u1', -1], ['u2', 1]]);
        await expect(store().saveVote({ ...vote, ref: { ...ref, taskId: 'missing' } })).rejects.toMatchObject({ code: 'RESULT_NOT_FOUND' });
        await expect(store().saveStaffReview({ ...staff, ref: { ...ref, attempt: 9 } })).rejects.toMatchObject({ code: 'RESULT_NOT_FOUND' });
      });

      it('updates a result\'s scores in place and reads it back by key', async () => {
        const ref = await storedResult();
        const before = required(await store().getResult(ref));
        const automated = { ...(before.automated as AutomatedScore), score: 6.5 };
        await store().updateResultScores(ref, { automated, layers: { automated: 6.5, team: 4 }, finalScore: 5.9 });
        const after = required(await store().getResult(ref));
        expect(after).toStrictEqual({ ...before, automated, layers: { automated: 6.5, team: 4 }, finalScore: 5.9 });
        expect(await store().getResult({ ...ref, attempt: 99 })).toBeUndefined();
      });
    });

    describe('runs', () => {
      it('creates and reads a run back exactly; an unknown id reads as undefined', async () => {
        const run = await newRun();
        expect(await store().getRun(run.id)).toStrictEqual(run);
        expect(await store().getRun(uniqueId('missing'))).toBeUndefined();
      });

      it('refuses a second run with the same id', async () => {
        const run = await newRun();
        await expect(store().createRun(run)).rejects.toMatchObject({ code: 'RUN_ALREADY_EXISTS' });
      });

      it('sets status, finish time and error; an omitted error is kept and null clears it', async () => {
        const run = await newRun();
        await store().setRunStatus(run.id, 'failed', '2026-11-28T11:00:00.000Z', 'sandbox crashed');
        expect(await store().getRun(run.id)).toStrictEqual({ ...run, status: 'failed', finishedAt: '2026-11-28T11:00:00.000Z', error: 'sandbox crashed' });
        await store().setRunStatus(run.id, 'running', null);
        expect(await store().getRun(run.id)).toMatchObject({ status: 'running', finishedAt: null, error: 'sandbox crashed' });
        await store().setRunStatus(run.id, 'completed', '2026-11-28T12:00:00.000Z', null);
        expect(await store().getRun(run.id)).toMatchObject({ status: 'completed', finishedAt: '2026-11-28T12:00:00.000Z', error: null });
      });

      it('reports RUN_NOT_FOUND when setting the status of an unknown run', async () => {
        await expect(store().setRunStatus(uniqueId('missing'), 'completed', null)).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
      });

      it('lists runs newest first with planned, completed, errors and total cost', async () => {
        // Far-future dates make these the newest runs whatever else the suite stored.
        const oldest = await newRun({ createdAt: '2100-01-01T00:00:00.000Z' });
        const middle = await newRun({ createdAt: '2100-01-02T00:00:00.000Z', modelIds: ['a/b'], taskIds: ['t'], options: { ...makeRun().options, repeat: 3 } });
        const newest = await newRun({ createdAt: '2100-01-03T00:00:00.000Z' });
        await store().saveResult(makeResult(oldest.id, { costUsd: 0.5 }));
        await store().saveResult(makeErrorResult(oldest.id, { attempt: 2 }));
        await store().saveResult(makeResult(oldest.id, { taskId: 'other', costUsd: 0.25 }));
        await store().saveResult(makeResult(middle.id, { costUsd: null }));

        const summaries = await store().listRuns(3);
        expect(summaries.map((s) => s.run.id)).toEqual([newest.id, middle.id, oldest.id]);
        expect(summaries[2]).toStrictEqual({ run: oldest, planned: 2 * 3 * 2, completed: 3, errors: 1, totalCostUsd: 0.75 });
        expect(summaries[1]).toStrictEqual({ run: middle, planned: 3, completed: 1, errors: 0, totalCostUsd: null });
        expect(summaries[0]).toStrictEqual({ run: newest, planned: 12, completed: 0, errors: 0, totalCostUsd: null });
        expect(await store().listRuns(1)).toHaveLength(1);
        expect((await store().listRuns()).length).toBeGreaterThanOrEqual(3);
      });
    });

    describe('SQL client', () => {
      it('returns int8 and numeric as numbers, dates as yyyy-mm-dd text and jsonb parsed', async () => {
        const { rows } = await client().query(
          `SELECT count(*) AS n, 9007199254740991::int8 AS big, 2.5::numeric AS d, '2025-04-14'::date AS day, '{"a":[1,null]}'::jsonb AS j`,
        );
        expect(rows).toStrictEqual([{ n: 1, big: 9007199254740991, d: 2.5, day: '2025-04-14', j: { a: [1, null] } }]);
      });

      it('rolls a failed transaction back and rethrows its error', async () => {
        const id = uniqueId('tx');
        const failure = new Error('boom');
        await expect(
          client().transaction(async (tx) => {
            await tx.query(`INSERT INTO providers (id, kind, display_name, first_seen, last_seen) VALUES ($1, 'api', $1, now(), now())`, [id]);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect((await client().query('SELECT id FROM providers WHERE id = $1', [id])).rows).toEqual([]);
      });
    });

    describe('migrations', () => {
      it('are idempotent, also when run twice at once', async () => {
        expect(await migrate(client())).toEqual([]);
        expect(await Promise.all([migrate(client()), migrate(client())])).toEqual([[], []]);
        const { rows } = await client().query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
        expect(rows.map((row) => row.id)).toEqual(MIGRATIONS.map((m) => m.id));
      });

      it('refuse a database migrated by a newer version with DATABASE_TOO_NEW', async () => {
        await expect(migrate(client(), [])).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });
      });
    });
  });
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The store under test failed to open; see the beforeAll error above.');
  return value;
}
