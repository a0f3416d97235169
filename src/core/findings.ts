import type { GroundTruthIssue } from './task.js';

/** The ground-truth answer of a review or security task: its planted issues in the answer format (core/prompt.ts). */
export function renderFindingsAnswer(issues: readonly GroundTruthIssue[]): string {
  const findings = issues.map((issue) => ({
    line: issue.lines?.[0] ?? null,
    end_line: issue.lines?.[1] ?? null,
    severity: issue.severity,
    ...(issue.cwe ? { cwe: issue.cwe } : {}),
    title: (issue.description ?? issue.kind).split('\n')[0],
    explanation: (issue.description ?? '').split('\n').slice(1).join(' ').trim(),
    fix: issue.fix ?? '',
    ...(issue.symbol ? { function: issue.symbol } : {}),
  }));
  return `\`\`\`json\n${JSON.stringify(findings, null, 2)}\n\`\`\`\n`;
}
