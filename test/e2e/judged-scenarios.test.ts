import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultRecord } from '../../src/core/index.js';
import { runCli, tempDir } from './cli-helpers.js';

/**
 * Code review, security and documentation through the CLI with no judge configured: the oracle (the ground truth)
 * scores full automated marks, the weak baselines nothing, and the leaderboard says the scores are automated-only.
 */
describe('aibaas run on code review, security and documentation, without judges', () => {
  const cwd = tempDir('aibaas-e2e-judged-');
  const env = { AIBAAS_DATA_DIR: path.join(cwd, 'data') };
  const cli = (args: string[]) => runCli(args, env, cwd);
  let stdout = '';
  let results: ResultRecord[] = [];

  beforeAll(async () => {
    const run = await cli(['run', '-m', 'baseline/*', '-s', 'code-review,security,documentation', '-l', 'python,go,csharp', '--seed', '4']);
    expect(run.stderr).not.toMatch(/error /);
    expect(run.code).toBe(0);
    stdout = run.stdout;
    const [summary] = JSON.parse((await cli(['runs', '--json'])).stdout) as { run: { id: string } }[];
    results = JSON.parse((await cli(['results', summary!.run.id, '--json'])).stdout) as ResultRecord[];
  }, 600_000);

  it('gives the ground-truth answer full automated marks and the weak answers none', () => {
    // 3 languages × 3 scenarios × 3 difficulties × 3 baselines.
    expect(results).toHaveLength(81);
    for (const result of results) {
      expect(result.status, result.error ?? '').toBe('scored');
      const expected = result.modelId === 'baseline/oracle' ? 10 : 0;
      expect(result.finalScore, `${result.modelId} ${result.taskId} ${JSON.stringify(result.automated)}`).toBe(expected);
      expect(result.layers).toEqual({ automated: expected });
    }
  });

  it('stores what the grader made of the findings and which parts wait for a judge', () => {
    const security = results.find((result) => result.modelId === 'baseline/oracle' && result.scenario === 'security')!;
    expect(security.extraction).toBe('findings:json');
    const record = JSON.parse(security.extractedAnswer) as { issues: { found: boolean; cwe: string }[]; findings: { verdict: string }[] };
    expect(record.issues.length).toBeGreaterThan(0);
    expect(record.issues.every((issue) => issue.found && /^CWE-\d+$/.test(issue.cwe))).toBe(true);
    expect(record.findings.every((finding) => finding.verdict === 'match')).toBe(true);
    expect(security.automated?.components.find((component) => component.name === 'remediation')).toMatchObject({ value: null, detail: 'not judged (no judge configured)' });
    const docs = results.find((result) => result.modelId === 'baseline/oracle' && result.scenario === 'documentation')!;
    expect(docs.sandbox?.status).toBe('passed');
    expect(docs.automated?.components.map((component) => [component.name, component.value])).toEqual([['completeness', 1], ['accuracy', null], ['clarity', null], ['format', 1]]);
  });

  it('says on the leaderboard that the scores are automated-only', () => {
    expect(stdout).toContain('automated only');
    expect(stdout).not.toMatch(/judging /);
  });

  it('judge and judges report explain how to turn judges on when none are configured', { timeout: 120_000 }, async () => {
    const runId = results[0]!.runId;
    const judge = await cli(['judge', runId]);
    expect(judge.code).toBe(0);
    expect(judge.stdout).toContain('No judges are configured: scores stay automated-only');
    const report = await cli(['judges', 'report', runId]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/judges\.panel/);
  });

  it('refuses a judge model that was not discovered, naming it, before any call', { timeout: 120_000 }, async () => {
    const runId = results[0]!.runId;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(cwd, 'judges.yaml'), 'judges:\n  panel:\n    - { model: openai/no-such-judge }\n');
    const judge = await cli(['-c', 'judges.yaml', 'judge', runId]);
    expect(judge.code).not.toBe(0);
    expect(judge.stderr).toContain('JUDGE_NOT_AVAILABLE');
    expect(judge.stderr).toContain('openai/no-such-judge');
    // A run with that config stops before it starts: no new run is stored.
    const runs = async () => (JSON.parse((await cli(['runs', '--json'])).stdout) as unknown[]).length;
    const before = await runs();
    const run = await cli(['-c', 'judges.yaml', 'run', '-m', 'baseline/oracle', '-l', 'python', '-s', 'security', '-d', 'easy']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('JUDGE_NOT_AVAILABLE');
    expect(await runs()).toBe(before);
  });
});
