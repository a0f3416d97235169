import type { Language } from '../core/index.js';

/** An outdated or non-idiomatic construct the refactoring grader counts. */
export interface IdiomRule {
  name: string;
  pattern: RegExp;
}

/**
 * Per-language anti-idioms: constructs a refactoring should replace with the language's modern idiom. Counted per
 * occurrence on code lines (comments and string literals blanked first).
 */
export const ANTI_IDIOMS: Readonly<Record<Language, readonly IdiomRule[]>> = {
  python: [
    { name: 'index loop (use enumerate / iterate directly)', pattern: /\brange\(\s*len\(/g },
    { name: 'comparison with None (use is / is not)', pattern: /[!=]=\s*None\b/g },
    { name: 'comparison with True/False', pattern: /[!=]=\s*(True|False)\b/g },
    { name: 'printf-style % formatting (use f-strings)', pattern: /""\s*%\s*[\w(]/g },
    { name: 'type() comparison (use isinstance)', pattern: /\btype\([^)]*\)\s*==/g },
  ],
  typescript: [
    { name: 'var (use const/let)', pattern: /\bvar\s/g },
    { name: 'loose equality (use === / !==)', pattern: /[^=!<>]==[^=]|!=[^=]/g },
    { name: 'any type', pattern: /:\s*any\b/g },
    { name: 'index loop (use for...of / array methods)', pattern: /for\s*\(\s*(let|var)\s+\w+\s*=\s*0\s*;/g },
  ],
  java: [
    { name: 'index loop over a collection (use for-each / streams)', pattern: /for\s*\(\s*int\s+\w+\s*=\s*0\s*;[^;]*\.(size\(\)|length)\s*;/g },
    { name: 'boxed constructor (use valueOf / autoboxing)', pattern: /new\s+(Integer|Long|Double|Boolean)\s*\(/g },
    { name: 'legacy collection', pattern: /\b(Vector|Hashtable|Stack)\s*</g },
    { name: 'raw generic type (use <>)', pattern: /new\s+(ArrayList|HashMap|HashSet|LinkedList)\s*\(/g },
    { name: 'comparison with true/false', pattern: /[!=]=\s*(true|false)\b/g },
  ],
  csharp: [
    { name: 'index loop over a collection (use foreach / LINQ)', pattern: /for\s*\(\s*(int|var)\s+\w+\s*=\s*0\s*;[^;]*\.(Count|Length)\s*;/g },
    { name: 'non-generic collection', pattern: /\b(ArrayList|Hashtable)\b/g },
    { name: 'comparison with true/false', pattern: /[!=]=\s*(true|false)\b/g },
  ],
  go: [
    { name: 'index loop (use range)', pattern: /for\s+\w+\s*:=\s*0\s*;\s*\w+\s*<\s*len\(/g },
    { name: 'comparison with true/false', pattern: /[!=]=\s*(true|false)\b/g },
  ],
  ruby: [
    { name: 'for loop (use each / Enumerable)', pattern: /^\s*for\s+\w+(\s*,\s*\w+)*\s+in\b/gm },
    { name: 'comparison with nil (use nil?)', pattern: /[!=]=\s*nil\b/g },
    { name: 'size check (use empty?)', pattern: /\.(length|size|count)\s*[=!]=\s*0\b/g },
    { name: 'index loop (use each_with_index / map)', pattern: /\b0\s*\.\.\.?\s*\w+\.(length|size)\b/g },
  ],
  rust: [
    { name: 'index loop (use iterators)', pattern: /for\s+\w+\s+in\s+0\s*\.\.\s*[\w.]+\.len\(\)/g },
    { name: 'length check (use is_empty)', pattern: /\.len\(\)\s*[=!]=\s*0\b/g },
    { name: 'comparison with true/false', pattern: /[!=]=\s*(true|false)\b/g },
    { name: 'unwrap (handle the None/Err case)', pattern: /\.unwrap\(\)/g },
  ],
};

function blankLiteralsAndComments(code: string, language: Language): string {
  const comment = language === 'python' || language === 'ruby' ? /#.*$/gm : /\/\/.*$/gm;
  return code.replace(/(["'`])(?:\\.|(?!\1)[^\n])*\1/g, '""').replace(comment, '');
}

/** Occurrences of each anti-idiom in `code`; the total is what the refactoring grader compares. */
export function countAntiIdioms(code: string, language: Language): { total: number; found: { name: string; count: number }[] } {
  const clean = blankLiteralsAndComments(code, language);
  const found = ANTI_IDIOMS[language]
    .map((rule) => ({ name: rule.name, count: clean.match(rule.pattern)?.length ?? 0 }))
    .filter((entry) => entry.count > 0);
  return { total: found.reduce((sum, entry) => sum + entry.count, 0), found };
}
