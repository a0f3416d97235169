import { describe, expect, it } from 'vitest';
import type { JudgeReview, ResultRecord, ResultRef, StaffReview } from '../../core/index.js';
import { krippendorffAlpha, pearson, roundScore } from '../../core/index.js';
import { describeLayers, judgesReport, noJudgesMessage, renderJudgesReport } from './reviews.js';

const RUN = 'run-test';
const ref = (taskId: string): ResultRef => ({ runId: RUN, modelId: 'openai/gpt-x', taskId, attempt: 1 });
const result = (taskId: string, automated: number): ResultRecord =>
  ({ ...ref(taskId), status: 'scored', automated: { score: automated, grader: 'test', components: [] } }) as unknown as ResultRecord;

function review(taskId: string, judgeId: string, role: string, score: number | null, extra: Partial<JudgeReview> = {}): JudgeReview {
  return {
    ref: ref(taskId), judgeId, role, kind: role === 'self' ? 'self' : 'team', weight: 1, status: score === null ? 'failed' : 'ok', score,
    criteria: {}, reasoning: null, criticalIssues: [], suggestions: [], rawReply: '', error: score === null ? 'no JSON' : null, calls: 1,
    rubricHash: 'sha256:r', answerHash: 'sha256:a', cachedFrom: null, costUsd: null, createdAt: '2026-11-28T10:00:00.000Z', ...extra,
  };
}

const staff = (taskId: string, overall: number): StaffReview => ({
  ref: ref(taskId), author: 'alice', correctness: overall, quality: overall, bestPractices: overall, efficiency: overall, overall, notes: '',
  createdAt: '2026-11-28T10:00:00.000Z',
});

describe('judgesReport', () => {
  const results = [result('t1', 10), result('t2', 6), result('t3', 2)];
  const judged = [
    review('t1', 'a/judge-1', 'security', 8), review('t2', 'a/judge-1', 'security', 6, { cachedFrom: { ...ref('t2'), runId: 'run-old' }, calls: 0 }),
    review('t3', 'a/judge-1', 'security', 2),
    review('t1', 'b/judge-2', 'edge cases', 9), review('t2', 'b/judge-2', 'edge cases', 5), review('t3', 'b/judge-2', 'edge cases', 3),
    review('t1', 'c/judge-3', 'performance', null),
    review('t1', 'openai/gpt-x', 'self', 10), review('t2', 'openai/gpt-x', 'self', 9), review('t3', 'openai/gpt-x', 'self', 4),
  ];
  const report = judgesReport(RUN, results, judged, [staff('t1', 7), staff('t2', 5)]);

  it('counts each judge’s reviews (ok / failed / cached) and mean score, panel first', () => {
    expect(report.judges).toEqual([
      { judgeId: 'a/judge-1', role: 'security', kind: 'team', ok: 3, failed: 0, cached: 1, meanScore: roundScore(16 / 3) },
      { judgeId: 'b/judge-2', role: 'edge cases', kind: 'team', ok: 3, failed: 0, cached: 0, meanScore: roundScore(17 / 3) },
      { judgeId: 'c/judge-3', role: 'performance', kind: 'team', ok: 0, failed: 1, cached: 0, meanScore: null },
      { judgeId: 'openai/gpt-x', role: 'self', kind: 'self', ok: 3, failed: 0, cached: 0, meanScore: roundScore(23 / 3) },
    ]);
    expect(report).toMatchObject({ runId: RUN, results: 3, judgeReviews: 10, staffReviews: 2 });
  });

  it('measures panel agreement over results with the successful panel judges as raters', () => {
    // The failed judge is no rater; units are the results.
    expect(report.panel).toEqual({
      judges: 2, results: 3,
      krippendorffAlpha: roundScore(krippendorffAlpha([[8, 9], [6, 5], [2, 3]])!),
      meanPairwisePearson: roundScore(pearson([8, 6, 2], [9, 5, 3])!),
      pairsComputed: 1, pairs: 1,
    });
    expect(report.panel.krippendorffAlpha).toBeGreaterThan(0.8);
  });

  it('compares self-review, staff and automated scores with the panel mean', () => {
    // Panel means: 8.5, 5.5, 2.5.
    expect(report.selfVsPanel.n).toBe(3);
    expect(report.selfVsPanel.meanDifference).toBe(roundScore(6.5 / 3));
    expect(report.selfVsPanel.pearson).toBe(roundScore(pearson([10, 9, 4], [8.5, 5.5, 2.5])!));
    expect(report.panelVsStaff).toEqual({ n: 2, pearson: 1, meanDifference: 1, meanAbsoluteDifference: 1 });
    expect(report.automatedVsPanel.n).toBe(3);
    expect(report.automatedVsPanel.pearson).toBe(roundScore(pearson([10, 6, 2], [8.5, 5.5, 2.5])!));
  });

  it('renders every figure, with n/a and the reason where one is not computable', () => {
    const text = renderJudgesReport(report);
    expect(text).toContain("Krippendorff's alpha (interval): ");
    expect(text).toContain('(1 of 1 judge pairs)');
    expect(text).toContain('Self-review vs panel mean: n=3');
    expect(text).toContain('mean difference (self − panel) +2.17');
    expect(text).toContain('Panel mean vs staff overall: n=2, r 1.000, mean |difference| 1.00');

    const lone = renderJudgesReport(judgesReport(RUN, results, [review('t1', 'a/judge-1', 'security', 8)], []));
    expect(lone).toContain("Krippendorff's alpha (interval): n/a (needs ≥2 panel judges)");
    expect(lone).toContain('mean pairwise Pearson r: n/a (needs ≥2 panel judges)');
    expect(lone).toContain('Self-review vs panel mean: n=0, r n/a (needs ≥2 results with both; 0 here), mean difference (self − panel) n/a');
    expect(lone).toContain('Automated vs panel mean: n=1, r n/a (needs ≥2 results with both; 1 here)');
  });

  it('explains how to enable judges', () => {
    expect(noJudgesMessage(RUN)).toMatch(/judges\.panel.*judges\.selfReview.*docs\/judging\.md/);
  });
});

describe('describeLayers', () => {
  it('lists the present layers in order', () => {
    expect(describeLayers({ users: 5, automated: 10, staff: 6.66666 })).toBe('automated 10, staff 6.6667, users 5');
    expect(describeLayers({})).toBe('none');
  });
});
