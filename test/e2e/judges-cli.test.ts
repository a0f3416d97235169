import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultRecord } from '../../src/core/index.js';
import { type FakeGenerateRequest, type FakeProvider, startFakeProvider } from '../support/fake-provider/server.js';
import { runCli, tempDir } from './cli-helpers.js';

/**
 * `aibaas run` with judges configured, as a user runs it: the estimate names the judging cost, the run judges its
 * results once answered, and the leaderboard shows the layers the scores include.
 */
let fake: FakeProvider;

function respond(request: FakeGenerateRequest): { text: string } {
  const judged = request.messages.some((message) => /BEGIN-[0-9a-f]{16} ANSWER/.test(message.content));
  if (!judged) return { text: '```json\n[{"line": 1, "severity": "low", "title": "Consider adding type hints everywhere"}]\n```' };
  const system = request.messages.find((message) => message.role === 'system')?.content ?? '';
  if (/own earlier answer/.test(system)) return { text: '{"score": 6, "issues": [], "improvements": []}' };
  return { text: '{"score": 8, "reasoning": "ok", "critical_issues": [], "suggestions": [], "criteria": {"remediation": 9}}' };
}

beforeAll(async () => {
  fake = await startFakeProvider({
    respond,
    models: [
      { id: 'coder', family: 'openai', pricing: { prompt: '0.000001', completion: '0.000002' } },
      { id: 'judge-a', family: 'openai', pricing: { prompt: '0.000003', completion: '0.000015' } },
    ],
  });
});
afterAll(async () => {
  await fake?.close();
});

describe('aibaas run with a judge panel and self-review', () => {
  it('estimates, judges after answering, and shows the layers on the leaderboard', { timeout: 300_000 }, async () => {
    const cwd = tempDir('aibaas-e2e-judges-');
    writeFileSync(path.join(cwd, 'aibaas.config.yaml'), [
      'judges:',
      '  selfReview: true',
      '  sample: { top: 1, random: 0 }',
      '  panel:',
      '    - { model: openai/judge-a, role: security }',
    ].join('\n'));
    const env = { AIBAAS_DATA_DIR: path.join(cwd, 'data'), OPENAI_BASE_URL: fake.openaiBaseUrl };
    const run = await runCli(['run', '-m', 'openai/coder', '-l', 'python', '-s', 'security', '-d', 'easy', '--seed', '2'], env, cwd);
    expect(run.code, run.stderr).toBe(0);
    // One task: one panel seat + the self-review.
    expect(run.stderr).toMatch(/estimated judging: 2 judge calls, \$0\.0\d+/);
    expect(run.stderr).toMatch(/judging run-\S+: 1 panel judge \+ self-review/);
    expect(run.stderr).toContain('judging done: 2 reviewed, 0 from the cache, 0 failed');
    expect(run.stdout).toContain('automated+selfReview+team');

    const [summary] = JSON.parse((await runCli(['runs', '--json'], env, cwd)).stdout) as { run: { id: string } }[];
    const [result] = JSON.parse((await runCli(['results', summary!.run.id, '--json'], env, cwd)).stdout) as ResultRecord[];
    // The finding is a false positive: nothing found scores 0 automated, whatever the judges said of the advice.
    expect(result?.layers).toEqual({ automated: 0, selfReview: 6, team: 8 });
    expect(result?.finalScore).toBeCloseTo((0.075 * 6 + 0.075 * 8) / 0.55, 4);
    expect(result?.automated?.components.find((component) => component.name === 'remediation')).toMatchObject({ value: 0.9 });

    const report = await runCli(['judges', 'report', summary!.run.id], env, cwd);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('openai/judge-a');
  });
});
