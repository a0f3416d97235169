import type { GroundTruthIssue } from '../../core/index.js';
import { CONCEPTS, conceptOf, cweNumber, cwesIn, hasPhrase, mentionsConcept, words, type Concept } from './concepts.js';
import type { Finding } from './parse.js';

/** Lines of slack either side when comparing a finding's lines with an issue's (models miscount a little). */
export const LINE_SLACK = 3;

/** How one finding relates to the ground truth. */
export interface FindingVerdict {
  finding: number;
  /** Index of the ground-truth issue it found, or null. */
  issue: number | null;
  /** `match`, `duplicate` (a second report of a found issue), `false-positive`, or `remark` (no issue claimed). */
  verdict: 'match' | 'duplicate' | 'false-positive' | 'remark';
  /** Why, for the score breakdown. */
  reason: string;
}

export interface MatchReport {
  /** Per ground-truth issue: the finding that found it, or null. */
  found: (number | null)[];
  verdicts: FindingVerdict[];
  falsePositives: number;
}

type Location = 'same' | 'elsewhere' | 'unknown';

interface Candidate {
  finding: number;
  issue: number;
  strength: number;
  reason: string;
}

/** Keywords that look like code (not plain words) are quotes of the flawed line, not synonyms. */
function isQuote(keyword: string): boolean {
  return !/^[\p{L}\s-]+$/u.test(keyword);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function locationOf(finding: Finding, issue: GroundTruthIssue, raw: string): Location {
  if (issue.symbol && new RegExp(`\\b${escapeRegExp(issue.symbol)}\\b`).test(raw)) return 'same';
  // Quoting the flawed code (whitespace aside) points at it as well as a line number does.
  const quotes = (issue.keywords ?? []).filter(isQuote).map(squeeze).filter((quote) => quote.length >= 6);
  if (quotes.length > 0 && quotes.some((quote) => squeeze(raw).includes(quote))) return 'same';
  if (!finding.lines || !issue.lines) return 'unknown';
  const [start, end] = finding.lines;
  const [issueStart, issueEnd] = issue.lines;
  return start <= issueEnd + LINE_SLACK && end >= issueStart - LINE_SLACK ? 'same' : 'elsewhere';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The concept of an issue, with its own keywords as extra phrases. */
function issueConcept(issue: GroundTruthIssue): Concept {
  const base = conceptOf(issue.kind, cweNumber(issue.cwe)) ?? { name: issue.kind, cwes: [], phrases: [issue.kind.replace(/-/g, ' ')] };
  const cwe = cweNumber(issue.cwe);
  return {
    name: base.name,
    cwes: cwe !== null && !base.cwes.includes(cwe) ? [...base.cwes, cwe] : base.cwes,
    phrases: [...base.phrases, ...(issue.keywords ?? []).filter((keyword) => !isQuote(keyword))],
  };
}

/** True when a finding claims some issue at all (a location, a CWE, a severity, or the name of a kind of issue). */
function claimsIssue(finding: Finding, haystack: readonly string[], cwes: number[]): boolean {
  if (finding.lines || finding.cwe !== null || finding.severity !== null) return true;
  return CONCEPTS.some((concept) => mentionsConcept(concept, finding.text, haystack, cwes));
}

/**
 * Matches an answer's findings to the planted issues (docs/scoring.md, "Matching findings"):
 * - a finding names an issue's kind when it gives one of its CWE ids (the `cwe` field or `CWE-n` in the text), one of
 *   the kind's phrases or one of the issue's keywords, compared as normalised, stemmed words;
 * - it points at the issue when its lines overlap the issue's (±3 lines) or it names the issue's function;
 * - kind + place is a match; a kind without any place matches when only one issue is of that kind (not for logic
 *   errors: "something is wrong" names no bug); for logic errors
 *   (code review), the right place is enough unless the finding is a low-severity remark without a defect word,
 *   since a wrong comparison has many names.
 * Each issue is found at most once (the strongest candidate wins); another finding of a found issue is a duplicate,
 * not a false positive. A finding that claims an issue but matches none is a false positive.
 */
export function matchFindings(findings: readonly Finding[], issues: readonly GroundTruthIssue[]): MatchReport {
  const concepts = issues.map(issueConcept);
  const prepared = findings.map((finding) => ({ haystack: words(finding.text), cwes: finding.cwe !== null ? [finding.cwe, ...cwesIn(finding.text)] : cwesIn(finding.text) }));
  const candidates: Candidate[] = [];
  findings.forEach((finding, f) => {
    const { haystack, cwes } = prepared[f]!;
    issues.forEach((issue, i) => {
      const concept = concepts[i]!;
      const named = mentionsConcept(concept, finding.text, haystack, cwes);
      const place = locationOf(finding, issue, finding.text);
      const sameKind = concepts.filter((other) => other.name === concept.name).length;
      if (named && place === 'same') candidates.push({ finding: f, issue: i, strength: 3, reason: `names ${concept.name} at the issue's place` });
      else if (named && place === 'unknown' && sameKind === 1 && concept.name !== 'logic-error') candidates.push({ finding: f, issue: i, strength: 2, reason: `names ${concept.name} (no place given)` });
      else if (concept.name === 'logic-error' && place === 'same' && (claimsDefect(haystack) || finding.severity !== 'low')) {
        candidates.push({ finding: f, issue: i, strength: 1, reason: 'a defect reported at the issue\'s place' });
      }
    });
  });
  candidates.sort((a, b) => b.strength - a.strength || a.finding - b.finding || a.issue - b.issue);
  const found: (number | null)[] = issues.map(() => null);
  const verdicts: (FindingVerdict | undefined)[] = findings.map(() => undefined);
  for (const candidate of candidates) {
    if (verdicts[candidate.finding] || found[candidate.issue] !== null) continue;
    found[candidate.issue] = candidate.finding;
    verdicts[candidate.finding] = { finding: candidate.finding, issue: candidate.issue, verdict: 'match', reason: candidate.reason };
  }
  for (const candidate of candidates) {
    if (verdicts[candidate.finding]) continue;
    verdicts[candidate.finding] = { finding: candidate.finding, issue: candidate.issue, verdict: 'duplicate', reason: `another report of issue ${candidate.issue + 1}` };
  }
  const complete = findings.map((finding, f): FindingVerdict => {
    const verdict = verdicts[f];
    if (verdict) return verdict;
    const { haystack, cwes } = prepared[f]!;
    return claimsIssue(finding, haystack, cwes)
      ? { finding: f, issue: null, verdict: 'false-positive', reason: 'matches no planted issue' }
      : { finding: f, issue: null, verdict: 'remark', reason: 'claims no issue' };
  });
  return { found, verdicts: complete, falsePositives: complete.filter((v) => v.verdict === 'false-positive').length };
}

const DEFECT_WORDS = ['bug', 'wrong', 'incorrect', 'should', 'error', 'fail', 'broken', 'instead', 'off by one', 'invert', 'flip', 'revers', 'mistake', 'fix', 'defect', 'issue', 'problem'];

function claimsDefect(haystack: readonly string[]): boolean {
  return DEFECT_WORDS.some((phrase) => hasPhrase(haystack, phrase));
}
