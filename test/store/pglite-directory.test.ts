import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStore, openStore } from '../../src/store/index.js';
import { makeResult, makeRun, uniqueId } from './fixtures/records.js';

const registerTs = pathToFileURL(fileURLToPath(new URL('../support/register-ts.mjs', import.meta.url))).href;
const crashWriter = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

// Creating a PGlite data directory runs initdb (seconds, more on a loaded machine), hence the long timeouts.
describe('embedded store in a data directory', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aibaas-store-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('creates <dataDir>/db, keeps data across reopen, refuses a second opener and frees its lock on close', async () => {
    const dataDir = join(await tempDir(), 'nested', '.aibaas');
    expect(describeStore({ dataDir })).toBe(`PGlite at ${join(dataDir, 'db')}`);
    const run = makeRun();
    const first = await openStore({ dataDir });
    await first.createRun(run);

    const locked = await openStore({ dataDir }).catch((error: unknown) => error);
    expect(locked).toMatchObject({ code: 'DATABASE_LOCKED', message: expect.stringContaining(`pid ${process.pid}`) });
    expect((locked as { fix: string }).fix).toContain('DATABASE_URL');

    await first.close();
    expect(existsSync(join(dataDir, 'db.lock'))).toBe(false);
    const second = await openStore({ dataDir });
    expect(await second.getRun(run.id)).toStrictEqual(run);
    await second.close();
  }, 120_000);

  it('reopens after the writing process is SIGKILLed mid-run, keeping every acknowledged result', async () => {
    const dataDir = await tempDir();
    const runId = uniqueId('run');
    const child = spawn(process.execPath, ['--import', registerTs, crashWriter, dataDir, runId], { stdio: ['ignore', 'pipe', 'pipe'] });
    const progress = track(child);
    try {
      await progress.until(1);
      const locked = await openStore({ dataDir }).catch((error: unknown) => error);
      expect(locked).toMatchObject({ code: 'DATABASE_LOCKED', message: expect.stringContaining(`pid ${child.pid}`) });
      await progress.until(50);
    } finally {
      child.kill('SIGKILL');
    }
    await progress.exited;
    const acknowledged = progress.saved();

    const store = await openStore({ dataDir });
    try {
      const results = await store.listResults(runId);
      // At most one save was in flight when the process died; it may or may not have committed.
      expect(results.length - acknowledged).toBeGreaterThanOrEqual(0);
      expect(results.length - acknowledged).toBeLessThanOrEqual(1);
      expect(results.slice(0, acknowledged)).toStrictEqual(Array.from({ length: acknowledged }, (_, i) => makeResult(runId, { attempt: i + 1 })));
      expect(await store.saveResult(makeResult(runId, { attempt: 1_000_000 }))).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);
});

/** Follows the crash writer's `saved <n>` lines; `until(n)` fails fast with its stderr if it dies first. */
function track(child: ChildProcess) {
  let saved = 0;
  let stderr = '';
  let buffered = '';
  const waiters: Array<() => void> = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^saved (\d+)$/.exec(line);
      if (match) saved = Number(match[1]);
    }
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit');
  return {
    saved: () => saved,
    exited,
    async until(count: number): Promise<void> {
      while (saved < count) {
        const died = exited.then(([code, signal]) => {
          throw new Error(`crash writer exited (${code ?? signal}) after ${saved} saves:\n${stderr}`);
        });
        await Promise.race([new Promise<void>((wake) => waiters.push(wake)), died]);
      }
    },
  };
}
