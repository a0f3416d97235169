import { afterAll, describe, expect, it } from 'vitest';
import type { ResultRecord } from '../../src/core/index.js';
import { freshDatabase, runCli, startCli, tempDir } from './cli-helpers.js';

const RUN_ARGS = ['run', '--models', 'baseline/*', '--languages', 'python,typescript', '--seed', '11', '--concurrency', '1'];

/** Starts a run and SIGKILLs it once `killAfter` results have been reported; returns the run id. */
function runAndKill(env: Record<string, string>, killAfter: number): Promise<{ runId: string; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = startCli(RUN_ARGS, env);
    let stderr = '';
    let runId = '';
    let seen = 0;
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      runId ||= /run (run-[\w-]+):/.exec(stderr)?.[1] ?? '';
      seen = (stderr.match(/^\[\s*\d+\/\d+\]/gm) ?? []).length;
      if (seen >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the run ended by itself (code ${code}) before it was killed:\n${stderr}`));
      else resolve({ runId, seen });
    });
  });
}

async function resumeScenario(env: Record<string, string>) {
  const { runId, seen } = await runAndKill(env, 4);
  expect(runId).toMatch(/^run-/);
  const before = JSON.parse((await runCli(['results', runId, '--json'], env)).stdout) as ResultRecord[];
  expect(before.length).toBeGreaterThanOrEqual(seen);
  const [summaryBefore] = JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { planned: number; completed: number; run: { status: string } }[];
  expect(summaryBefore?.run.status).toBe('running');
  expect(summaryBefore!.completed).toBeLessThan(summaryBefore!.planned);

  const resumed = await runCli(['run', '--resume', runId], env);
  expect(resumed.stderr).toContain(`(${before.length} already done, resuming)`);
  expect(resumed.code).toBe(0);

  const after = JSON.parse((await runCli(['results', runId, '--json'], env)).stdout) as ResultRecord[];
  const [summary] = JSON.parse((await runCli(['runs', '--json'], env)).stdout) as { planned: number; run: { status: string; modelIds: string[]; taskIds: string[] } }[];
  expect(summary?.run.status).toBe('completed');
  // Exactly one result per planned (model, task, attempt): no duplicates, nothing missing.
  const keys = after.map((r) => `${r.modelId}|${r.taskId}|${r.attempt}`);
  expect(new Set(keys).size).toBe(keys.length);
  const planned = summary!.run.modelIds.flatMap((m) => summary!.run.taskIds.map((t) => `${m}|${t}|1`));
  expect([...keys].sort()).toEqual([...planned].sort());
  // Results stored before the crash were not redone.
  for (const old of before) {
    expect(after.find((r) => r.modelId === old.modelId && r.taskId === old.taskId)?.createdAt).toBe(old.createdAt);
  }
}

describe('a run killed with SIGKILL and resumed', () => {
  // A run of 72 items, killed and resumed: about 1.5 minutes on two cores.
  it('ends with exactly one result per planned item on the embedded database', { timeout: 300_000 }, async () => {
    await resumeScenario({ AIBAAS_DATA_DIR: tempDir('aibaas-resume-') });
  });

  const databases: { drop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it('ends with exactly one result per planned item on a PostgreSQL server', { timeout: 300_000 }, async () => {
    const database = await freshDatabase();
    databases.push(database);
    await resumeScenario({ DATABASE_URL: database.url, AIBAAS_DATA_DIR: tempDir('aibaas-resume-') });
  });
});
