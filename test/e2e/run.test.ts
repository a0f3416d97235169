import { describe, expect, it } from 'vitest';
import type { ResultRecord } from '../../src/core/index.js';
import { runCli, tempDir } from './cli-helpers.js';

describe('aibaas run on embedded defaults (the README main job)', () => {
  // One task of every language × scenario × difficulty cell for three baselines: a few minutes on two cores.
  it('ends with a leaderboard where the oracle ranks first with 10 on every task and weaker baselines score lower', { timeout: 1_200_000 }, async () => {
    const env = { AIBAAS_DATA_DIR: tempDir('aibaas-e2e-') };
    const run = await runCli(['run'], env);
    expect(run.stderr).not.toMatch(/error /);
    expect(run.code).toBe(0);

    const lines = run.stdout.split('\n');
    const firstRow = lines.find((line) => line.includes('(baseline)'));
    expect(firstRow).toContain('baseline/oracle (baseline)');
    expect(firstRow).toMatch(/│\s*1\s*│/);
    expect(firstRow).toContain('10.00 [10.00, 10.00]');
    // The weaker baselines rank strictly below: their intervals lie wholly under the oracle's.
    for (const model of ['baseline/defective', 'baseline/starter']) {
      expect(lines.find((line) => line.includes(`${model} (baseline)`))).toMatch(/│\s*[23]\s*│/);
    }

    const runs = await runCli(['runs', '--json'], env);
    const [summary] = JSON.parse(runs.stdout) as { run: { id: string; status: string; taskIds: string[] }; planned: number; completed: number }[];
    expect(summary?.run.status).toBe('completed');
    expect(summary?.completed).toBe(summary?.planned);
    // One task of every cell the bank fills.
    const stats = JSON.parse((await runCli(['bank', 'stats', '--json'], env)).stdout) as { cells: Record<string, Record<string, number>> };
    const cells = Object.values(stats.cells).reduce((sum, row) => sum + Object.values(row).filter((count) => count > 0).length, 0);
    expect(summary?.run.taskIds).toHaveLength(cells);

    const results = JSON.parse((await runCli(['results', summary!.run.id, '--json'], env)).stdout) as ResultRecord[];
    const byModel = (id: string) => results.filter((result) => result.modelId === id);
    expect(byModel('baseline/oracle')).toHaveLength(cells);
    for (const result of byModel('baseline/oracle')) {
      expect(result.finalScore, `${result.taskId}: ${JSON.stringify(result.automated)}`).toBe(10);
      // Review and security answers are findings, matched against the ground truth without running code.
      if (result.scenario === 'code-review' || result.scenario === 'security') expect(result.sandbox).toBeNull();
      else expect(result.sandbox?.status, result.taskId).toBe('passed');
    }
    const mean = (id: string) => byModel(id).reduce((sum, r) => sum + (r.finalScore ?? 0), 0) / byModel(id).length;
    // A defect fails at least one test, so the defective baseline loses points on every code-generation and debugging
    // task (a weak test file may still kill every mutant of a test-generation task).
    const scenarioOf = (taskId: string) => taskId.split('-')[1];
    for (const result of byModel('baseline/defective').filter((r) => ['cg', 'dbg'].includes(scenarioOf(r.taskId) ?? ''))) expect(result.finalScore, result.taskId).toBeLessThan(10);
    expect(mean('baseline/defective')).toBeLessThan(8);
    expect(mean('baseline/starter')).toBeLessThan(mean('baseline/defective'));
    for (const result of results) {
      expect(result.promptHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      // An empty answer (the starter baseline on a task without starter code) never reaches a toolchain.
      if (result.sandbox) expect(result.toolchainVersion, result.taskId).toBeTruthy();
      expect(result.bankVersion).toBe('v2026_11');
      expect(result.codeRevision).toBeTruthy();
      expect(result.layers).toEqual({ automated: result.automated?.score });
    }
  });
});
