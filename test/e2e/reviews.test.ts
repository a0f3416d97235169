import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultRecord } from '../../src/core/index.js';
import { runCli, tempDir } from './cli-helpers.js';

const MODEL = 'baseline/oracle';

describe('aibaas review, vote and judges report on a stored run', () => {
  const cwd = tempDir('aibaas-e2e-reviews-');
  const env = { AIBAAS_DATA_DIR: path.join(cwd, 'data') };
  const cli = (args: string[]) => runCli(args, env, cwd);
  let runId = '';
  let taskId = '';
  const storedResult = async (): Promise<ResultRecord> => {
    const results = JSON.parse((await cli(['results', runId, '--json'])).stdout) as ResultRecord[];
    expect(results).toHaveLength(1);
    return results[0]!;
  };
  const scores = (overall: string) => ['--correctness', '7', '--quality', '6', '--best-practices', '6.5', '--efficiency', '5', '--overall', overall];

  beforeAll(async () => {
    const run = await cli(['run', '-m', MODEL, '-l', 'python', '-s', 'code-generation', '-d', 'easy', '--seed', '1']);
    expect(run.stderr).not.toMatch(/error /);
    expect(run.code).toBe(0);
    const [summary] = JSON.parse((await cli(['runs', '--json'])).stdout) as { run: { id: string } }[];
    runId = summary!.run.id;
    const result = await storedResult();
    taskId = result.taskId;
    expect(result.layers).toEqual({ automated: 10 });
    expect(result.finalScore).toBe(10);
  }, 300_000);

  it('adds a staff review and votes; the final score is renormalised over the layers present', { timeout: 120_000 }, async () => {
    const first = await cli(['review', runId, MODEL, taskId, '--author', 'alice', ...scores('3'), '--notes', 'first look']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Staff review by alice saved');
    // (0.4·10 + 0.25·3) / 0.65 = 7.3077
    expect(first.stdout).toContain('Final score: 7.3077');

    // The same author again replaces the earlier review.
    const again = await cli(['review', runId, MODEL, taskId, '--author', 'alice', ...scores('6'), '--attempt', '1']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("(replaces alice's earlier review)");
    expect(again.stdout).toContain('Layers: automated 10, staff 6');
    // (0.4·10 + 0.25·6) / 0.65 = 8.4615
    expect(again.stdout).toContain('Final score: 8.4615');

    const up1 = await cli(['vote', runId, MODEL, taskId, 'up', '--user', 'u1']);
    expect(up1.code).toBe(0);
    expect(up1.stdout).toContain('Votes: 1 up, 0 down');
    const up2 = await cli(['vote', runId, MODEL, taskId, 'up', '--user', 'u2', '--comment', 'clean']);
    expect(up2.stdout).toContain('Votes: 2 up, 0 down');
    // u2 changes their mind: one vote per user per result, the new one replaces the old.
    const down2 = await cli(['vote', runId, MODEL, taskId, 'down', '--user', 'u2']);
    expect(down2.code).toBe(0);
    expect(down2.stdout).toContain("(replaces u2's earlier vote)");
    expect(down2.stdout).toContain('Votes: 1 up, 1 down');
    expect(down2.stdout).toContain('Layers: automated 10, staff 6, users 5');
    // (0.4·10 + 0.25·6 + 0.2·5) / 0.85 = 7.6471
    expect(down2.stdout).toContain('Final score: 7.6471');

    const result = await storedResult();
    expect(result.layers).toEqual({ automated: 10, staff: 6, users: 5 });
    expect(result.finalScore).toBe(Math.round(((0.4 * 10 + 0.25 * 6 + 0.2 * 5) / 0.85) * 10_000) / 10_000);
    expect(result.finalScore).toBe(7.6471);
  });

  it('refuses bad input with an error naming the problem and changes nothing', { timeout: 120_000 }, async () => {
    const before = await storedResult();

    const tooHigh = await cli(['review', runId, MODEL, taskId, '--author', 'bob', ...scores('11')]);
    expect(tooHigh.code).not.toBe(0);
    expect(tooHigh.stderr).toContain('error REVIEW_INVALID: --overall must be a number from 0 to 10, got "11".');

    const noAuthor = await cli(['review', runId, MODEL, taskId, '--author', ' ', ...scores('5')]);
    expect(noAuthor.code).not.toBe(0);
    expect(noAuthor.stderr).toContain('REVIEW_INVALID: --author is empty');

    const unknownTask = await cli(['review', runId, MODEL, 'py-cg-easy-no-such-task', '--author', 'bob', ...scores('5')]);
    expect(unknownTask.code).not.toBe(0);
    expect(unknownTask.stderr).toContain(`error RESULT_NOT_FOUND: There is no result ${runId} / ${MODEL} / py-cg-easy-no-such-task / attempt 1.`);

    const unknownAttempt = await cli(['vote', runId, MODEL, taskId, 'up', '--user', 'u3', '--attempt', '2']);
    expect(unknownAttempt.code).not.toBe(0);
    expect(unknownAttempt.stderr).toContain('RESULT_NOT_FOUND');

    const unknownRun = await cli(['vote', 'run-nope', MODEL, taskId, 'up', '--user', 'u3']);
    expect(unknownRun.code).not.toBe(0);
    expect(unknownRun.stderr).toContain('error RUN_NOT_FOUND: There is no run "run-nope".');

    const sideways = await cli(['vote', runId, MODEL, taskId, 'sideways', '--user', 'u3']);
    expect(sideways.code).not.toBe(0);
    expect(sideways.stderr).toContain('error VOTE_INVALID: A vote is "up" or "down", got "sideways".');

    const after = await storedResult();
    expect(after.layers).toEqual(before.layers);
    expect(after.finalScore).toBe(before.finalScore);
  });

  it('judges report on a run without judges says so and how to enable them', { timeout: 120_000 }, async () => {
    const text = await cli(['judges', 'report']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Run ${runId} has no judge reviews`);
    expect(text.stdout).toContain('judges.panel');
    expect(text.stdout).toContain('judges.selfReview');
    expect(text.stdout).toContain('docs/judging.md');

    const json = await cli(['judges', 'report', runId, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { runId: string; judgeReviews: number; staffReviews: number; judges: unknown[]; panel: { krippendorffAlpha: number | null }; message: string };
    expect(report).toMatchObject({ runId, judgeReviews: 0, staffReviews: 1, judges: [], panel: { krippendorffAlpha: null } });
    expect(report.message).toContain('has no judge reviews');

    const missing = await cli(['judges', 'report', 'run-nope']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('RUN_NOT_FOUND');
  });
});
