import type { AutomatedScore, Severity, Task } from '../core/index.js';
import { codeReviewScore, securityScore } from '../core/index.js';
import { matchFindings, parseFindings, type FindingVerdict, type MatchReport } from './findings/index.js';
import type { GradeOutcome, Grader } from './types.js';

/** The findings of an answer with what the matcher made of each, as stored with the result (`extractedAnswer`). */
export interface FindingsRecord {
  method: string;
  findings: { title: string; lines: [number, number] | null; cwe: number | null; severity: string | null; verdict: FindingVerdict['verdict']; issue: number | null; reason: string }[];
  /** Per planted issue: found or not. */
  issues: { kind: string; cwe?: string; severity: Severity; found: boolean }[];
}

/** Parses and matches the findings of an answer against a task's planted issues. */
export function reviewFindings(task: Task, answer: string): { record: FindingsRecord; report: MatchReport; claimed: number } {
  const parsed = parseFindings(answer);
  const issues = task.groundTruth ?? [];
  const report = matchFindings(parsed.findings, issues);
  const record: FindingsRecord = {
    method: parsed.method,
    findings: parsed.findings.map((finding, index) => {
      const verdict = report.verdicts[index]!;
      return { title: finding.title.slice(0, 200), lines: finding.lines, cwe: finding.cwe, severity: finding.severity, verdict: verdict.verdict, issue: verdict.issue, reason: verdict.reason };
    }),
    issues: issues.map((issue, index) => ({ kind: issue.kind, ...(issue.cwe ? { cwe: issue.cwe } : {}), severity: issue.severity, found: report.found[index] !== null })),
  };
  const claimed = report.verdicts.filter((verdict) => verdict.verdict !== 'remark').length;
  return { record, report, claimed };
}

function outcome(record: FindingsRecord, automated: AutomatedScore): GradeOutcome {
  return { extraction: { code: JSON.stringify(record, null, 2), method: `findings:${record.method}` }, sandbox: null, automated };
}

/** A grader that scores an answer's findings against the planted issues with `score`. */
function findingsGrader(scenario: 'code-review' | 'security', score: (measures: { issues: { severity: Severity; found: boolean }[]; findings: number; falsePositives: number }) => AutomatedScore): Grader {
  return {
    scenario,
    async grade(task: Task, answer: string): Promise<GradeOutcome> {
      const { record, report, claimed } = reviewFindings(task, answer);
      const issues = record.issues.map((issue) => ({ severity: issue.severity, found: issue.found }));
      return outcome(record, score({ issues, findings: claimed, falsePositives: report.falsePositives }));
    },
  };
}

/**
 * Code review: the answer's findings are matched to the planted issues (graders/findings). Issues found, weighted
 * by severity, 60% + suggested fixes 30% and style 10% (judged; renormalised away until a judge scores them).
 */
export function codeReviewGrader(): Grader {
  return findingsGrader('code-review', (measures) => codeReviewScore({ ...measures, suggestions: null, style: null }));
}

/**
 * Security: the answer's findings are matched to the planted vulnerabilities by CWE or a synonym and by place;
 * critical found 50% + high 30% + medium 10% + remediation 10% (judged), −5% per false positive (at most −20%).
 */
export function securityGrader(): Grader {
  return findingsGrader('security', (measures) => securityScore({ ...measures, remediation: null }));
}
