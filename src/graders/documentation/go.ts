import { lex, lineAt } from './lexer.js';
import type { Lexed } from './lexer.js';
import { parameters, structureOf } from './clike.js';
import type { Structure } from './clike.js';
import { applyLineEdits, attachedComment, completeDocs, fullLineComments, indentOf, lowerFirst, matchBracket, mentions, sentence } from './shared.js';
import { hasWords } from './tags.js';
import type { DocItem, DocItemKind, ItemDocs, LanguageDocs, ParsedDoc, ScannedItem } from './types.js';

const isDirective = (line: string): boolean => /^\/\/(go:|nolint|lint:|export |line |extern |#)/.test(line.trim());
const MARKERS = { line: (text: string) => text.startsWith('//'), block: (text: string) => text.startsWith('/*'), allowBlank: false };
const exported = (name: string): boolean => /^\p{Lu}/u.test(name);

interface Declaration {
  /** 0-based line of the declaration (a spec line inside a group). */
  line: number;
  /** 0-based line of the enclosing `const (`/`var (`/`type (` group, if any. */
  group: number | null;
  item: DocItem | null;
}

function goParams(text: string): { names: string[]; types: string[] } {
  const pieces = parameters(text);
  const named = pieces.some((piece) => /^[\p{L}_][\p{L}\p{N}_]*\s+\S/u.test(piece) && !/^(chan|func|map|struct|interface)\b/.test(piece));
  if (!named) return { names: [], types: pieces };
  const names: string[] = [];
  const types: string[] = [];
  for (const piece of pieces) {
    const match = /^([\p{L}_][\p{L}\p{N}_]*)\s*(.*)$/u.exec(piece)!;
    names.push(match[1]!);
    if (match[2]) types.push(match[2].replace(/^\.\.\./, ''));
  }
  return { names: names.filter((name) => name !== '_'), types };
}

/** The offset of a function's body `{` after its signature (skipping `struct{}`/`interface{}` in result types). */
function bodyOpen(masked: string, from: number): number {
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '\n' && masked.slice(from, i).trim() !== '' && !/[,(]\s*$/.test(masked.slice(from, i))) return -1;
    if (ch === '(' || ch === '[') i = matchBracket(masked, i) - 1;
    else if (ch === '{') {
      if (!/\b(struct|interface)\s*$/.test(masked.slice(from, i))) return i;
      i = matchBracket(masked, i) - 1;
    }
  }
  return -1;
}

function funcItem(s: Structure, offset: number): DocItem | null {
  const masked = s.masked;
  const match = /^func\s*(\(([^)]*)\))?\s*([\p{L}_][\p{L}\p{N}_]*)\s*(\[[^\]]*\])?\s*\(/u.exec(masked.slice(offset, offset + 400));
  if (!match) return null;
  const name = match[3]!;
  const receiver = match[2] ? /([\p{L}_][\p{L}\p{N}_]*)\s*(\[[^\]]*\])?\s*$/u.exec(match[2].trim())?.[1] ?? '' : null;
  if (!exported(name) || (receiver !== null && !exported(receiver))) return null;
  const open = offset + match[0].length - 1;
  const close = matchBracket(masked, open);
  const params = goParams(masked.slice(open + 1, close - 1)).names;
  const body = bodyOpen(masked, close);
  const resultText = masked.slice(close, body < 0 ? masked.indexOf('\n', close) >>> 0 : body).trim();
  const results = resultText.startsWith('(') ? goParams(resultText.slice(1, -1)).types : resultText ? [resultText] : [];
  const bodyText = body < 0 ? '' : masked.slice(body, matchBracket(masked, body));
  const throws: string[] = [];
  if (results.some((type) => type.trim() === 'error')) throws.push('error');
  if (/\bpanic\s*\(/.test(bodyText)) throws.push('panic');
  const returns = results.some((type) => type.trim() !== 'error');
  return { name, kind: receiver === null ? 'function' : 'method', line: 0, params, returns, throws };
}

function typeKind(rest: string): DocItemKind {
  if (/^(\[[^\]]*\]\s*)?struct\b/.test(rest)) return 'struct';
  if (/^(\[[^\]]*\]\s*)?interface\b/.test(rest)) return 'interface';
  return 'type';
}

function specItems(keyword: string, spec: string): DocItem[] {
  if (keyword === 'type') {
    const match = /^([\p{L}_][\p{L}\p{N}_]*)\s*(?:=\s*)?(.*)$/u.exec(spec);
    if (!match || !exported(match[1]!)) return [];
    return [{ name: match[1]!, kind: typeKind(match[2]!), line: 0, params: [], returns: false, throws: [] }];
  }
  const names = /^([\p{L}_][\p{L}\p{N}_]*(?:\s*,\s*[\p{L}_][\p{L}\p{N}_]*)*)/u.exec(spec)?.[1]?.split(/\s*,\s*/) ?? [];
  return names.filter(exported).map((name) => ({ name, kind: 'constant' as const, line: 0, params: [], returns: false, throws: [] }));
}

/** Every top-level declaration line (exported or not), with the public item it declares. */
function declarations(s: Structure): Declaration[] {
  const { masked, lexed } = s;
  const result: Declaration[] = [];
  lexed.lineStarts.forEach((start, line) => {
    if (s.braces[start] !== 0 || s.parens[start] !== 0) return;
    const text = masked.slice(start, masked.indexOf('\n', start) >>> 0);
    const keyword = /^(package|func|type|const|var)\b\s*(.*)$/.exec(text);
    if (!keyword) return;
    const [, word, rest] = keyword;
    if (word === 'package') {
      result.push({ line, group: null, item: { name: rest!.trim(), kind: 'module', line: 0, params: [], returns: false, throws: [] } });
    } else if (word === 'func') {
      result.push({ line, group: null, item: funcItem(s, start) });
    } else if (rest!.startsWith('(')) {
      result.push({ line, group: null, item: null });
      const open = start + text.indexOf('(');
      const close = matchBracket(masked, open);
      groupSpecs(s, word!, open, close, line, result);
    } else {
      for (const item of specItems(word!, rest!)) result.push({ line, group: null, item });
      if (specItems(word!, rest!).length === 0) result.push({ line, group: null, item: null });
    }
  });
  return result;
}

function groupSpecs(s: Structure, keyword: string, open: number, close: number, groupLine: number, result: Declaration[]): void {
  const { masked, lexed } = s;
  for (let line = groupLine + 1; line < lexed.lineStarts.length && lexed.lineStarts[line]! < close; line++) {
    const start = lexed.lineStarts[line]!;
    if (s.parens[start] !== s.parens[open + 1] || s.braces[start] !== 0) continue;
    const text = masked.slice(start, masked.indexOf('\n', start) >>> 0).trim();
    if (!text || text === ')') continue;
    const items = specItems(keyword, text);
    if (items.length === 0) result.push({ line, group: groupLine, item: null });
    for (const item of items) result.push({ line, group: groupLine, item });
  }
}

function commentText(comment: string): string {
  const trimmed = comment.trim();
  if (trimmed.startsWith('/*')) return trimmed.slice(2, -2).trim();
  return comment
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !isDirective(line))
    .map((line) => line.replace(/^\/\/ ?/, ''))
    .join('\n')
    .trim();
}

/** Parses a Go doc comment: it starts with the item's name; params, results and errors are mentioned in prose. */
function parseGoDoc(text: string, item: DocItem, fromGroup: boolean): ParsedDoc {
  const lead = item.kind === 'module' ? `Package ${item.name}` : item.name;
  const opening = new RegExp(`^(?:(?:A|An|The)\\s+)?${lead.replace(/\s+/g, '\\s+')}\\b`).exec(text);
  const problems = opening || fromGroup ? [] : [`the comment should start with "${lead}" (Go doc convention)`];
  const rest = opening ? text.slice(opening[0].length) : text;
  const describesThrow = (thrown: string): boolean =>
    thrown === 'panic' ? /\bpanic(s|ked|king)?\b/i.test(text) : /\b(errors?|err|fails?|failure)\b/i.test(text);
  return {
    text,
    problems,
    summary: hasWords(rest),
    declaredParams: [],
    paramLabel: 'parameter',
    mentionedParams: item.params.filter((param) => mentions(text, param)),
    returns: /\b(return(s|ed|ing)?|reports?|gives?|yields?|produces?|computes?|results?)\b/i.test(rest),
    describesThrow,
  };
}

interface GoFile {
  lexed: Lexed;
  declarations: Declaration[];
  docOf: (line: number) => [number, number] | null;
}

function goFile(code: string): GoFile {
  const lexed = lex('go', code);
  const s = structureOf(lexed);
  const comments = fullLineComments(lexed);
  const docOf = (line: number): [number, number] | null => {
    const range = attachedComment(lexed, comments, line, MARKERS);
    return range && commentText(lines(lexed, range)) ? range : null;
  };
  return { lexed, declarations: declarations(s), docOf };
}

const lines = (lexed: Lexed, [first, last]: [number, number]): string =>
  lexed.code.slice(lexed.lineStarts[first], (lexed.lineStarts[last + 1] ?? lexed.code.length + 1) - 1);

function scan(code: string): ScannedItem[] {
  const { lexed, declarations: found, docOf } = goFile(code);
  const codeLines = code.split('\n');
  return found.flatMap(({ line, group, item }) => {
    if (!item) return [];
    const own = docOf(line);
    const docLines = own ?? (group !== null ? docOf(group) : null);
    const parsed = docLines ? parseGoDoc(commentText(lines(lexed, docLines)), item, !own) : null;
    return [{ ...item, line: line + 1, anchor: line, indent: indentOf(codeLines[line] ?? ''), docLines, parsed }];
  });
}

function strip(code: string): string {
  const { lexed, declarations: found, docOf } = goFile(code);
  const doomed = new Set<number>();
  for (const line of new Set(found.flatMap(({ line, group }) => (group === null ? [line] : [line, group])))) {
    const range = docOf(line);
    if (!range) continue;
    for (let at = range[0]; at <= range[1]; at++) doomed.add(at);
  }
  const codeLines = code.split('\n');
  for (const token of lexed.tokens) {
    const at = lineAt(lexed.lineStarts, token.start);
    if (token.kind === 'comment' && isDirective(codeLines[at]!)) doomed.delete(at);
  }
  return codeLines.filter((_line, index) => !doomed.has(index)).join('\n');
}

/** How a sentence about an error or a panic continues: "when ..." stays, anything else follows a colon. */
const clause = (text: string): string => (/^(when|if|unless|for|on)\b/i.test(text) ? ` ${lowerFirst(text)}` : `: ${text}`);

function docLines(item: DocItem, docs: ItemDocs): string[] {
  const complete = completeDocs(item, docs);
  const lead = item.kind === 'module' ? `Package ${item.name}` : item.name;
  const summary = complete.summary.startsWith(lead + ' ') ? complete.summary : `${lead} ${lowerFirst(complete.summary)}`;
  const lines = [sentence(summary)];
  if (complete.params.length > 0) lines.push('', 'Parameters:', ...complete.params.map(([name, text]) => `  - ${name}: ${text}`));
  const closing: string[] = [];
  if (complete.returns !== null) closing.push(`It returns ${sentence(lowerFirst(complete.returns))}`);
  for (const [name, text] of complete.throws) {
    closing.push(name === 'panic' ? `It panics${sentence(clause(text))}` : `It returns an error${sentence(clause(text))}`);
  }
  if (closing.length > 0) lines.push('', ...closing);
  return lines.map((line) => (line ? `// ${line}` : '//'));
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const seen = new Set<number>();
  const edits = scan(code).flatMap((item) => {
    if (seen.has(item.anchor)) return [];
    seen.add(item.anchor);
    const own = item.docLines !== null && item.docLines[1] === item.anchor - 1;
    const start = own ? item.docLines![0] : item.anchor;
    return [{ start, deleteCount: item.anchor - start, insert: docLines(item, docsFor(item)).map((line) => item.indent + line) }];
  });
  return applyLineEdits(code, edits);
}

/** Go: doc comments. */
export const goDocs: LanguageDocs = {
  format:
    'Go doc comments: // lines right above each exported declaration and the package clause, starting with the name ' +
    '("// Name does ...", "// Package name ..."), mentioning each parameter, the results and when it returns an error or panics',
  scan,
  strip,
  render,
};
