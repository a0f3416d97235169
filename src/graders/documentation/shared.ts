import type { Lexed, Token } from './lexer.js';
import { lineAt } from './lexer.js';
import type { DocCommentInfo, DocItem, ItemDocs, ParsedDoc } from './types.js';

/** A replacement of whole lines: `deleteCount` lines from `start` (0-based) give way to `insert`. */
export interface LineEdit {
  start: number;
  deleteCount: number;
  insert: string[];
}

/** Applies line edits (they must not overlap), bottom first so earlier line numbers stay valid. */
export function applyLineEdits(code: string, edits: LineEdit[]): string {
  const lines = code.split('\n');
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.deleteCount - a.deleteCount);
  for (const edit of ordered) lines.splice(edit.start, edit.deleteCount, ...edit.insert);
  return lines.join('\n');
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** Splits text at top-level separators (outside (), [], {}, <>); arrows `=>`/`->` are no brackets. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ((ch === '>' && (text[i - 1] === '=' || text[i - 1] === '-')) || (ch === '<' && text[i + 1] === '<')) continue;
    if (ch in OPENERS) depth++;
    else if (')]}>'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** The offset just after the bracket matching the one at `open` in masked code (or the end of the code). */
export function matchBracket(masked: string, open: number): number {
  const opener = masked[open]!;
  const closer = OPENERS[opener]!;
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i]!;
    if (ch === opener) depth++;
    else if (ch === closer && --depth === 0) return i + 1;
  }
  return masked.length;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether text holds a word (letters, digits, `_` around it are no word boundary), case-insensitively by default. */
export function mentions(text: string, word: string, caseSensitive = false): boolean {
  const pattern = new RegExp(`(^|[^\\w$])${escapeRegExp(word)}($|[^\\w$])`, caseSensitive ? '' : 'i');
  return pattern.test(text);
}

/** Adds unique values in first-seen order. */
export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Collapses text to one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-cases the first letter unless the text starts with an acronym or a code name. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** ItemDocs with a non-empty text for everything the item needs. */
export interface CompleteDocs {
  summary: string;
  params: [string, string][];
  returns: string | null;
  throws: [string, string][];
}

/** Fills in what docsFor left out, so the rendered comment is always complete. */
export function completeDocs(item: DocItem, docs: ItemDocs): CompleteDocs {
  const summary = oneLine(docs.summary ?? '') || `The ${item.name} ${item.kind}.`;
  const params = item.params.map((name): [string, string] => [name, oneLine(docs.params?.[name] ?? '') || `The ${name} value.`]);
  const returns = item.returns ? oneLine(docs.returns ?? '') || 'The result.' : null;
  const throws = item.throws.map((name): [string, string] => [name, oneLine(docs.throws?.[name] ?? '') || 'When the input is invalid.']);
  return { summary, params, returns, throws };
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

/** Turns a parsed doc comment into the public info, checking its parameter entries against the item. */
export function toInfo(item: DocItem, parsed: ParsedDoc, lines: [number, number]): DocCommentInfo {
  const problems = [...parsed.problems];
  for (const name of unique(parsed.declaredParams)) {
    if (!item.params.includes(name)) problems.push(`${parsed.paramLabel} "${name}" names no parameter of ${item.name}`);
  }
  const described = new Set([...parsed.declaredParams, ...(parsed.mentionedParams ?? [])]);
  for (const name of parsed.undescribedParams ?? []) described.delete(name);
  return {
    text: parsed.text,
    startLine: lines[0] + 1,
    endLine: lines[1] + 1,
    valid: problems.length === 0,
    problems,
    summary: parsed.summary,
    params: item.params.filter((name) => described.has(name)),
    returns: parsed.returns,
    throws: item.throws.filter((thrown) => parsed.describesThrow(thrown, item)),
  };
}

/** The last segment of a qualified name, without generic arguments: `System.ArgumentException` → `ArgumentException`. */
export function simpleName(name: string): string {
  const bare = name.replace(/<.*$/, '').replace(/^[A-Z]:/, '');
  const segments = bare.split(/\.|::/);
  return segments[segments.length - 1]!.trim();
}

/** The comment tokens that are alone on their lines, by their last line. */
export function fullLineComments(lexed: Lexed): Map<number, Token> {
  const byEndLine = new Map<number, Token>();
  const { code, lineStarts } = lexed;
  for (const token of lexed.tokens) {
    if (token.kind !== 'comment') continue;
    const startLine = lineAt(lineStarts, token.start);
    const endLine = lineAt(lineStarts, Math.max(token.start, token.end - 1));
    const before = code.slice(lineStarts[startLine], token.start);
    const lineEnd = lineStarts[endLine + 1] !== undefined ? lineStarts[endLine + 1]! - 1 : code.length;
    const after = code.slice(token.end, lineEnd);
    if (before.trim() === '' && after.trim() === '') byEndLine.set(endLine, token);
  }
  return byEndLine;
}

/** How a language marks its doc comments. */
export interface DocMarkers {
  /** Line doc comments: each line's comment text is a doc line (`///`, `#`, `//`). */
  line?: (text: string) => boolean;
  /** Block doc comments (`/** ... *\/`). */
  block?: (text: string) => boolean;
  /** Blank lines may separate the comment from the declaration. */
  allowBlank: boolean;
}

/** The 0-based line range of the doc comment attached above a declaration's anchor line, if any. */
export function attachedComment(lexed: Lexed, comments: Map<number, Token>, anchor: number, markers: DocMarkers): [number, number] | null {
  const lines = lexed.code.split('\n');
  let line = anchor - 1;
  while (markers.allowBlank && line >= 0 && lines[line]!.trim() === '') line--;
  const token = comments.get(line);
  if (!token) return null;
  const text = lexed.code.slice(token.start, token.end);
  const startLine = lineAt(lexed.lineStarts, token.start);
  if (markers.block && startLine < line) return markers.block(text) ? [startLine, line] : null;
  if (markers.block?.(text)) return [startLine, line];
  if (!markers.line?.(text)) return null;
  let first = line;
  while (first > 0) {
    const previous = comments.get(first - 1);
    if (!previous || lineAt(lexed.lineStarts, previous.start) !== first - 1) break;
    if (!markers.line(lexed.code.slice(previous.start, previous.end))) break;
    first--;
  }
  return [first, line];
}

/** The leading whitespace of a line. */
export function indentOf(line: string): string {
  return /^\s*/.exec(line)![0];
}

/** Removes the comment tokens a predicate picks: whole lines when they stand alone, else the token itself. */
export function removeComments(lexed: Lexed, pick: (token: Token, text: string) => boolean): string {
  const { code, lineStarts } = lexed;
  const ranges: [number, number, string][] = [];
  const alone = new Set(fullLineComments(lexed).values());
  for (const token of lexed.tokens) {
    if (token.kind !== 'comment' || !pick(token, code.slice(token.start, token.end))) continue;
    if (!alone.has(token)) {
      ranges.push([token.start, token.end, ' ']);
      continue;
    }
    const first = lineAt(lineStarts, token.start);
    const last = lineAt(lineStarts, Math.max(token.start, token.end - 1));
    ranges.push([lineStarts[first]!, lineStarts[last + 1] ?? code.length, '']);
  }
  return replaceRanges(code, ranges);
}

/** Replaces non-overlapping [start, end) ranges of a text. */
export function replaceRanges(text: string, ranges: [number, number, string][]): string {
  let result = '';
  let at = 0;
  for (const [start, end, replacement] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    result += text.slice(at, start) + replacement;
    at = end;
  }
  return result + text.slice(at);
}
