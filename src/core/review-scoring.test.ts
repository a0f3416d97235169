import { describe, expect, it } from 'vitest';
import type { JudgeReview, StaffReview, UserVote } from './review.js';
import { rescoreWithReviews, teamLayer, usersLayer } from './review.js';
import { codeReviewScore, documentationScore, securityScore, withJudgedComponents } from './scoring.js';

const ref = { runId: 'r', modelId: 'm/x', taskId: 't', attempt: 1 };

describe('code review score', () => {
  it('weights found issues by severity and renormalises the unjudged parts away', () => {
    // critical (4) found, medium (2) missed: 4/6 of the issue marks; suggestions and style not judged.
    const score = codeReviewScore({ issues: [{ severity: 'critical', found: true }, { severity: 'medium', found: false }], findings: 3, falsePositives: 1, suggestions: null, style: null });
    expect(score.score).toBeCloseTo(6.6667, 4);
    expect(score.components[0]?.detail).toContain('rate 0.33');
  });

  it('blends the judged parts 60/30/10 once judged', () => {
    const score = codeReviewScore({ issues: [{ severity: 'high', found: true }], findings: 1, falsePositives: 0, suggestions: 0.5, style: 1 });
    expect(score.score).toBeCloseTo(10 * (0.6 + 0.3 * 0.5 + 0.1), 4);
  });
});

describe('security score', () => {
  const issues = [{ severity: 'critical' as const, found: true }, { severity: 'high' as const, found: false }, { severity: 'medium' as const, found: true }];

  it('is 50/30/10 by severity class, renormalised without remediation', () => {
    expect(securityScore({ issues, findings: 2, falsePositives: 0, remediation: null }).score).toBeCloseTo((10 * 0.6) / 0.9, 4);
  });

  it('takes 5% of the scale per false positive, at most 20%', () => {
    const clean = securityScore({ issues, findings: 2, falsePositives: 0, remediation: 1 }).score;
    expect(securityScore({ issues, findings: 4, falsePositives: 2, remediation: 1 }).score).toBeCloseTo(clean - 1, 4);
    expect(securityScore({ issues, findings: 12, falsePositives: 10, remediation: 1 }).score).toBeCloseTo(clean - 2, 4);
  });

  it('drops a severity class the task has none of, and gives nothing when nothing was found', () => {
    expect(securityScore({ issues: [{ severity: 'high', found: true }], findings: 1, falsePositives: 0, remediation: null }).score).toBe(10);
    expect(securityScore({ issues: [{ severity: 'high', found: false }], findings: 0, falsePositives: 0, remediation: 1 }).score).toBe(0);
  });

  it('keeps the false-positive penalty when judged parts are filled in', () => {
    const base = securityScore({ issues, findings: 3, falsePositives: 1, remediation: null });
    const judged = withJudgedComponents(base, 'security', { remediation: 10 });
    expect(judged.score).toBeCloseTo(securityScore({ issues, findings: 3, falsePositives: 1, remediation: 1 }).score, 4);
  });
});

describe('documentation score', () => {
  it('scales completeness and format by the behaviour kept', () => {
    const full = documentationScore({ documented: 8, required: 8, comments: 3, validComments: 3, behaviour: 1, accuracy: null, clarity: null });
    expect(full.score).toBe(10);
    const broken = documentationScore({ documented: 8, required: 8, comments: 3, validComments: 3, behaviour: 0.5, accuracy: null, clarity: null });
    expect(broken.score).toBe(5);
    const half = documentationScore({ documented: 4, required: 8, comments: 2, validComments: 1, behaviour: 1, accuracy: null, clarity: null });
    expect(half.score).toBe(5);
    expect(documentationScore({ documented: 0, required: 8, comments: 0, validComments: 0, behaviour: 1, accuracy: null, clarity: null }).score).toBe(0);
  });
});

function review(kind: 'self' | 'team', status: 'ok' | 'failed', score: number | null, weight = 1, criteria: Record<string, number> = {}): JudgeReview {
  return {
    ref, judgeId: `j/${Math.random()}`, role: kind === 'self' ? 'self' : 'security', kind, weight, status, score, criteria, reasoning: null, criticalIssues: [],
    suggestions: [], rawReply: '', error: null, calls: 1, rubricHash: 'h', answerHash: 'a', cachedFrom: null, costUsd: null, createdAt: '2026-11-29T00:00:00Z',
  };
}

describe('layers and the final score', () => {
  it('team layer is the weighted mean of successful reviews; a failed review is not a 0', () => {
    expect(teamLayer([review('team', 'ok', 8, 1), review('team', 'ok', 2, 3), review('team', 'failed', null, 5)])).toBeCloseTo(3.5, 6);
    expect(teamLayer([review('team', 'failed', null)])).toBeNull();
  });

  it('users layer is upvotes / votes × 10', () => {
    const vote = (v: 1 | -1): UserVote => ({ ref, userId: String(Math.random()), vote: v, comment: '', createdAt: '' });
    expect(usersLayer([vote(1), vote(1), vote(-1), vote(1)])).toBe(7.5);
    expect(usersLayer([])).toBeNull();
  });

  it('renormalises over the layers present (SPEC.md §4 worked example)', () => {
    const automated = documentationScore({ documented: 1, required: 1, comments: 1, validComments: 1, behaviour: 1, accuracy: null, clarity: null });
    const staff: StaffReview[] = [{ ref, author: 'ana', correctness: 6, quality: 6, bestPractices: 6, efficiency: 6, overall: 6, notes: '', createdAt: '' }];
    const rescored = rescoreWithReviews({ status: 'scored', scenario: 'documentation', automated }, [review('team', 'ok', 4, 1, { accuracy: 5, clarity: 10 })], staff, []);
    // Automated: completeness 1×.3 + accuracy .5×.3 + clarity 1×.2 + format 1×.2 = .85 → 8.5.
    expect(rescored.layers).toEqual({ automated: 8.5, staff: 6, team: 4 });
    expect(rescored.finalScore).toBeCloseTo((0.4 * 8.5 + 0.25 * 6 + 0.075 * 4) / 0.725, 4);
    expect(rescored.included).toEqual(['automated', 'staff', 'team']);
  });

  it('leaves error results without a score', () => {
    expect(rescoreWithReviews({ status: 'error', scenario: 'security', automated: null }, [], [], []).finalScore).toBeNull();
  });
});
