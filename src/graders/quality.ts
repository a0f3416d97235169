import type { Language } from '../core/index.js';

/** Thresholds of the static quality check; findings past them cost points. */
export const QUALITY_LIMITS = Object.freeze({
  lineLength: 120,
  functionComplexity: 12,
  functionLines: 60,
  nestingDepth: 5,
});

export interface QualityFinding {
  rule: string;
  line: number;
  message: string;
}

export interface QualityReport {
  /** 0..1 */
  score: number;
  findings: QualityFinding[];
  maxComplexity: number;
  maxFunctionLines: number;
  maxDepth: number;
}

/** A Java or C# method: modifiers, a return type, a name and `(`, on a line that is not a statement (no `;`). */
const METHOD_START = new RegExp(
  String.raw`^\s*((public|private|protected|internal|static|final|abstract|synchronized|override|virtual|async|sealed|unsafe)\s+)*` +
    String.raw`(?!(if|for|while|switch|catch|return|new|else|throw|do|try|using|lock|foreach|yield|await|case)\b)` +
    String.raw`[\w<>\[\],.?]+\s+\w+\s*(<[^>]*>)?\s*\([^;]*$`,
);

const FUNCTION_START: Partial<Record<Language, RegExp>> = {
  python: /^\s*(async\s+)?def\s+\w+/,
  java: METHOD_START,
  csharp: METHOD_START,
  // Ruby methods often take no parentheses (`def peek`).
  ruby: /^\s*def\s+(self\.)?[\w?!=[\]]+/,
  typescript: new RegExp(
    [
      /^\s*(export\s+)?(default\s+)?(async\s+)?function\b/.source,
      /^\s*(export\s+)?(const|let)\s+\w+\s*(:[^=]+)?=\s*(async\s+)?(\([^)]*\)|\w+)\s*(:[^=]+)?=>/.source,
      /^\s*((public|private|protected|static|async|readonly|get|set)\s+)*(?!(if|for|while|switch|catch|return)\b)\w+\s*(<[^>]*>)?\(.*\)\s*(:.*)?\{\s*$/.source,
    ].join('|'),
  ),
};
const GENERIC_FUNCTION_START = /^\s*(def|fn|func|function|public|private|protected|internal|static|pub(\([a-z]+\))?\s+fn)\b.*\(/;

const DECISION_PATTERNS: Partial<Record<Language, RegExp>> = {
  python: /\b(if|elif|for|while|except|and|or|case)\b|\bif\b.*\belse\b/g,
  ruby: /\b(if|elsif|unless|while|until|for|when|rescue|and|or)\b|&&|\|\||\?(?=[^:?]*:)/g,
  go: /\b(if|for|case|select)\b|&&|\|\|/g,
  rust: /\b(if|for|while|loop)\b|=>|&&|\|\|/g,
};

/** Languages whose functions live in a class body: one level of indentation is the class, not nesting. */
const CLASS_BODY_LEVELS: Partial<Record<Language, number>> = { java: 1, csharp: 1 };
const C_LIKE_DECISIONS = /\b(if|for|while|case|catch)\b|&&|\|\||\?\?|\?(?=[^.:?]*:)/g;

function stripStringsAndComments(line: string, language: Language): string {
  const comment = language === 'python' || language === 'ruby' ? /#.*$/ : /\/\/.*$/;
  return line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""').replace(comment, '');
}

function indentOf(line: string): number {
  const match = /^[ \t]*/.exec(line);
  return (match?.[0] ?? '').replace(/\t/g, '    ').length;
}

/** The indentation unit of the file (smallest non-zero indent), for measuring nesting by indentation. */
function indentUnit(lines: string[]): number {
  const indents = lines.filter((l) => l.trim()).map(indentOf).filter((n) => n > 0);
  return indents.length > 0 ? Math.min(...indents) : 4;
}

/**
 * A static, offline quality check of one source file: long lines, per-function cyclomatic complexity (decision
 * points + 1), function length, nesting depth, leftover debug output and TODO markers. Language-aware enough to
 * rank code; the per-language linters of later releases refine it.
 */
export function measureQuality(code: string, language: Language): QualityReport {
  const lines = code.split(/\r?\n/);
  const findings: QualityFinding[] = [];
  const unit = indentUnit(lines);
  const startPattern = FUNCTION_START[language] ?? GENERIC_FUNCTION_START;
  const decisions = DECISION_PATTERNS[language] ?? C_LIKE_DECISIONS;
  const functions: { line: number; complexity: number; length: number }[] = [];
  let current: { line: number; complexity: number; length: number } | undefined;
  let maxDepth = 0;

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.length > QUALITY_LIMITS.lineLength) {
      findings.push({ rule: 'line-length', line: lineNumber, message: `line is ${raw.length} characters long` });
    }
    if (/\b(TODO|FIXME|XXX)\b/.test(raw)) findings.push({ rule: 'todo', line: lineNumber, message: 'unfinished-work marker' });
    const clean = stripStringsAndComments(raw, language);
    if (!clean.trim()) return;
    if (/\b(console\.log|print|System\.out\.print\w*|fmt\.Print\w*|puts|println!)\s*\(?/.test(clean) && language !== 'ruby') {
      findings.push({ rule: 'debug-output', line: lineNumber, message: 'prints to the console' });
    }
    if (startPattern.test(raw)) {
      current = { line: lineNumber, complexity: 1, length: 0 };
      functions.push(current);
    }
    if (current) {
      current.length++;
      current.complexity += clean.match(decisions)?.length ?? 0;
    }
    maxDepth = Math.max(maxDepth, Math.floor(indentOf(raw) / unit) - (CLASS_BODY_LEVELS[language] ?? 0));
  });

  for (const fn of functions) {
    if (fn.complexity > QUALITY_LIMITS.functionComplexity) {
      findings.push({ rule: 'complexity', line: fn.line, message: `function complexity ${fn.complexity} > ${QUALITY_LIMITS.functionComplexity}` });
    }
    if (fn.length > QUALITY_LIMITS.functionLines) {
      findings.push({ rule: 'function-length', line: fn.line, message: `function is ${fn.length} lines long` });
    }
  }
  if (maxDepth > QUALITY_LIMITS.nestingDepth) {
    findings.push({ rule: 'nesting', line: 0, message: `nesting depth ${maxDepth} > ${QUALITY_LIMITS.nestingDepth}` });
  }

  const cost: Record<string, number> = { 'line-length': 0.02, todo: 0.05, 'debug-output': 0.05, complexity: 0.1, 'function-length': 0.1, nesting: 0.15 };
  const caps: Record<string, number> = { 'line-length': 0.2, todo: 0.1, 'debug-output': 0.2, complexity: 0.4, 'function-length': 0.2, nesting: 0.15 };
  const penaltyByRule = new Map<string, number>();
  for (const finding of findings) {
    const rule = finding.rule;
    penaltyByRule.set(rule, Math.min((caps[rule] as number), (penaltyByRule.get(rule) ?? 0) + (cost[rule] as number)));
  }
  const penalty = [...penaltyByRule.values()].reduce((sum, value) => sum + value, 0);
  return {
    score: Math.max(0, Math.round((1 - penalty) * 1000) / 1000),
    findings,
    maxComplexity: Math.max(0, ...functions.map((f) => f.complexity)),
    maxFunctionLines: Math.max(0, ...functions.map((f) => f.length)),
    maxDepth,
  };
}
