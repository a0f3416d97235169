import type { Language } from '../core/index.js';

/** One small change to a source file: a fault a test should notice. */
export interface Mutant {
  /** 1-based line of the change. */
  line: number;
  operator: string;
  code: string;
}

interface Operator {
  name: string;
  pattern: RegExp;
  replace: (match: string) => string;
  languages?: readonly Language[];
}

const swap = (pairs: Record<string, string>) => (match: string) => pairs[match.trim()] !== undefined ? match.replace(match.trim(), pairs[match.trim()] as string) : match;

/**
 * Mutation operators over spaced binary operators (idiomatic code writes ` < `, generics and arrows never have spaces
 * on both sides), boolean and integer literals. Each mutant applies one operator at one place.
 */
const OPERATORS: readonly Operator[] = [
  { name: 'relational', pattern: / (<=|>=|<|>) /g, replace: swap({ '<=': '<', '<': '<=', '>=': '>', '>': '>=' }) },
  { name: 'equality', pattern: / (===|!==|==|!=) /g, replace: swap({ '===': '!==', '!==': '===', '==': '!=', '!=': '==' }) },
  { name: 'arithmetic', pattern: / (\+|-) /g, replace: swap({ '+': '-', '-': '+' }) },
  { name: 'logical', pattern: / (&&|\|\|) /g, replace: swap({ '&&': '||', '||': '&&' }) },
  { name: 'logical', pattern: / (and|or) /g, replace: swap({ and: 'or', or: 'and' }), languages: ['python', 'ruby'] },
  { name: 'boolean', pattern: /\b(true|false)\b/g, replace: swap({ true: 'false', false: 'true' }), languages: ['typescript', 'java', 'csharp', 'go', 'ruby', 'rust'] },
  { name: 'boolean', pattern: /\b(True|False)\b/g, replace: swap({ True: 'False', False: 'True' }), languages: ['python'] },
  { name: 'negation', pattern: /\bnot (?=\w)/g, replace: () => '', languages: ['python'] },
  { name: 'quantifier', pattern: /\b(any|all)(?=\()/g, replace: swap({ any: 'all', all: 'any' }), languages: ['python'] },
  { name: 'quantifier', pattern: /\.(any|all)\?/g, replace: swap({ '.any?': '.all?', '.all?': '.any?' }), languages: ['ruby'] },
  {
    name: 'prefix-suffix',
    pattern: /\b(startswith|endswith|startsWith|endsWith|StartsWith|EndsWith|HasPrefix|HasSuffix|starts_with|ends_with)(?=\()/g,
    replace: swap({ startswith: 'endswith', endswith: 'startswith', startsWith: 'endsWith', endsWith: 'startsWith', StartsWith: 'EndsWith', EndsWith: 'StartsWith', HasPrefix: 'HasSuffix', HasSuffix: 'HasPrefix', starts_with: 'ends_with', ends_with: 'starts_with' }),
  },
  {
    // Searching from the other end: the first match becomes the last.
    name: 'first-last',
    pattern: /\b(split_once|rsplit_once|find|rfind|indexOf|lastIndexOf|IndexOf|LastIndexOf|trim_start_matches|trim_end_matches)(?=\()/g,
    replace: swap({ split_once: 'rsplit_once', rsplit_once: 'split_once', find: 'rfind', rfind: 'find', indexOf: 'lastIndexOf', lastIndexOf: 'indexOf', IndexOf: 'LastIndexOf', LastIndexOf: 'IndexOf', trim_start_matches: 'trim_end_matches', trim_end_matches: 'trim_start_matches' }),
  },
  { name: 'min-max', pattern: /\b(min|max|Min|Max)(?=\()/g, replace: swap({ min: 'max', max: 'min', Min: 'Max', Max: 'Min' }) },
  // Off by one: `+ 1` becomes `+ 2` (a `+ 0` would give the bug away); other 0s and 1s swap.
  { name: 'literal', pattern: /(?<=[+-] )1(?![\w.])/g, replace: () => '2' },
  { name: 'literal', pattern: /(?<![\w.]|[+-] )(0|1)(?![\w.])/g, replace: (match) => (match === '0' ? '1' : '0') },
];

const LINE_COMMENT: Readonly<Record<Language, RegExp>> = {
  python: /^\s*#/,
  ruby: /^\s*#/,
  typescript: /^\s*(\/\/|\/?\*)/,
  java: /^\s*(\/\/|\/?\*)/,
  csharp: /^\s*(\/\/\/?|\/?\*)/,
  go: /^\s*(\/\/|\/?\*)/,
  rust: /^\s*(\/\/|\/?\*)/,
};

/** Spans of string and character literals on a line, which mutations leave alone. */
function literalSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = /(["'`])(?:\\.|(?!\1).)*\1/g;
  for (const match of line.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Every single-change mutant of `code`, in source order. Lines that declare imports or are comments are skipped. */
export function mutants(code: string, language: Language): Mutant[] {
  const lines = code.split('\n');
  const found: Mutant[] = [];
  lines.forEach((line, index) => {
    if (LINE_COMMENT[language].test(line) || /^\s*(import|using|use|package|require|from|#\[)/.test(line)) return;
    const spans = literalSpans(line);
    for (const operator of OPERATORS) {
      if (operator.languages && !operator.languages.includes(language)) continue;
      for (const match of line.matchAll(operator.pattern)) {
        const at = match.index;
        if (spans.some(([start, end]) => at >= start && at < end)) continue;
        const replacement = operator.replace(match[0]);
        if (replacement === match[0]) continue;
        const mutated = `${line.slice(0, at)}${replacement}${line.slice(at + match[0].length)}`;
        found.push({ line: index + 1, operator: operator.name, code: [...lines.slice(0, index), mutated, ...lines.slice(index + 1)].join('\n') });
      }
    }
  });
  return found;
}

/** A deterministic shuffle (mulberry32 from `seed`), so a derivation picks the same mutants on every machine. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
