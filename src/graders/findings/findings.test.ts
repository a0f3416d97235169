import { describe, expect, it } from 'vitest';
import type { GroundTruthIssue } from '../../core/index.js';
import { renderFindingsAnswer } from '../../core/index.js';
import { hasPhrase, matchFindings, parseFindings, words } from './index.js';

const sqlInjection: GroundTruthIssue = { kind: 'injection', cwe: 'CWE-89', severity: 'critical', lines: [12, 12], symbol: 'find_user', description: 'SQL built by concatenation' };
const traversal: GroundTruthIssue = { kind: 'path-traversal', cwe: 'CWE-22', severity: 'high', lines: [30, 31], symbol: 'read_report' };
const secret: GroundTruthIssue = { kind: 'secrets', cwe: 'CWE-798', severity: 'high', lines: [3, 3], symbol: 'API_TOKEN' };
const issues = [sqlInjection, traversal, secret];

function found(answer: string, truth: readonly GroundTruthIssue[] = issues) {
  const report = matchFindings(parseFindings(answer).findings, truth);
  return { found: report.found.map((f) => f !== null), falsePositives: report.falsePositives };
}

describe('parseFindings', () => {
  it('reads the asked-for JSON list with lenient field names', () => {
    const parsed = parseFindings('```json\n[{"line": "12-13", "severity": "Critical", "cwe": 89, "issue": "SQLi", "details": "x", "recommendation": "bind"}]\n```');
    expect(parsed.method).toBe('json');
    expect(parsed.findings[0]).toMatchObject({ lines: [12, 13], severity: 'critical', cwe: 89, title: 'SQLi', fix: 'bind' });
  });

  it('reads an object holding a findings list and bare JSON', () => {
    expect(parseFindings('{"vulnerabilities": [{"location": "line 30", "title": "Path traversal"}]}').findings[0]?.lines).toEqual([30, 30]);
  });

  it('splits a prose answer into list items and drops the preamble', () => {
    const parsed = parseFindings('Here is what I found in the module:\n\n1. **SQL injection** on line 12: the name is concatenated.\n2. Path traversal (CWE-22) in `read_report`, lines 30-31.\n');
    expect(parsed.method).toBe('prose');
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[1]?.lines).toEqual([12, 12]);
    expect(parsed.findings[2]?.cwe).toBe(22);
  });

  it('gives nothing for an empty answer', () => {
    expect(parseFindings('   ').method).toBe('empty');
  });
});

describe('matching is robust to wording', () => {
  const phrasings = [
    '```json\n[{"line": 12, "cwe": "CWE-89", "title": "SQL injection"}]\n```',
    '- Line 12: the user name is concatenated straight into the SQL string; use a parameterised query.',
    '- `find_user` builds its query by string interpolation, so an attacker can inject SQL.',
    '* L12 — SQLi: unsanitized input reaches conn.execute',
    '### Injection\nThe query on lines 11-13 should use prepared statements / bound parameters instead of concatenating.',
    '1. CWE-89 (no line given)',
    '1. Injecting SQL is possible because user input is not sanitised.',
  ];
  it.each(phrasings)('finds the SQL injection in: %s', (answer) => {
    expect(found(answer).found[0]).toBe(true);
    expect(found(answer).falsePositives).toBe(0);
  });

  it.each([
    '- lines 30-31: directory traversal — "../" in the file name escapes the reports directory',
    '- read_report lets a caller read arbitrary files (path traversal, CWE-22).',
    '```json\n[{"line": 31, "title": "Zip-slip style dot-dot segments are not rejected"}]\n```',
  ])('finds the path traversal in: %s', (answer) => {
    expect(found(answer).found[1]).toBe(true);
  });

  it.each([
    '- Line 3: hard-coded API token; load it from the environment or a secret manager.',
    '- API_TOKEN is a hardcoded credential (CWE-798).',
    '- line 3 embeds a secret in the source code',
  ])('finds the hard-coded secret in: %s', (answer) => {
    expect(found(answer).found[2]).toBe(true);
  });

  it('does not credit the right place with the wrong kind, and counts it as a false positive', () => {
    const result = found('- Line 12: cross-site scripting, the name is echoed into HTML.');
    expect(result.found).toEqual([false, false, false]);
    expect(result.falsePositives).toBe(1);
  });

  it('does not credit the right kind at the wrong place when the task has it once', () => {
    expect(found('- Line 44: SQL injection in delete_user.').found[0]).toBe(false);
  });

  it('counts a second report of a found issue as a duplicate, not a false positive', () => {
    const result = found('- Line 12: SQL injection.\n- Also on line 12, the query concatenates input (CWE-89).');
    expect(result.found[0]).toBe(true);
    expect(result.falsePositives).toBe(0);
  });

  it('needs a place for logic errors: line, or a quote of the flawed code', () => {
    const bug: GroundTruthIssue = { kind: 'logic-error', severity: 'high', lines: [7, 7], keywords: ['if count <= limit:'] };
    expect(found('- Line 7: the comparison should be `<`, not `<=` (off by one).', [bug]).found[0]).toBe(true);
    expect(found('- `if count <= limit:` lets one item too many through; use `<`.', [bug]).found[0]).toBe(true);
    expect(found('- The comparison is wrong somewhere.', [bug]).found[0]).toBe(false);
    expect(found('- Line 20: this is wrong.', [bug]).found[0]).toBe(false);
  });

  it('the ground-truth answer finds every issue with no false positive', () => {
    const answer = renderFindingsAnswer(issues.map((issue) => ({ ...issue, description: `${issue.kind}\nexplained`, fix: 'fix it' })));
    expect(found(answer)).toEqual({ found: [true, true, true], falsePositives: 0 });
  });
});

describe('normalised phrases', () => {
  it('meets inflections and spellings at one stem', () => {
    for (const text of ['SQL injection', 'SQL-injections', 'injected SQL', 'sql injecting']) expect(hasPhrase(words(text), 'inject')).toBe(true);
    expect(hasPhrase(words('parameterised queries'), 'parameterised')).toBe(true);
    expect(hasPhrase(words('string concatenation'), 'concatenat')).toBe(true);
    expect(hasPhrase(words('an unrelated remark'), 'inject')).toBe(false);
  });
});
