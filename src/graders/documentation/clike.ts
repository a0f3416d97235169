import type { Lexed } from './lexer.js';
import { lineAt } from './lexer.js';
import type { DocMarkers } from './shared.js';
import { attachedComment, fullLineComments, indentOf, matchBracket, splitTopLevel } from './shared.js';
import type { DocItem, ParsedDoc, ScannedItem } from './types.js';

/** Brace and parenthesis depths of a masked C-family file. */
export interface Structure {
  lexed: Lexed;
  masked: string;
  /** Brace depth before each offset. */
  braces: Int32Array;
  /** Parenthesis/bracket depth before each offset. */
  parens: Int32Array;
}

/** Computes the depths of a lexed file. */
export function structureOf(lexed: Lexed): Structure {
  const masked = lexed.masked;
  const braces = new Int32Array(masked.length + 1);
  const parens = new Int32Array(masked.length + 1);
  let brace = 0;
  let paren = 0;
  for (let i = 0; i < masked.length; i++) {
    braces[i] = brace;
    parens[i] = paren;
    const ch = masked[i];
    if (ch === '{') brace++;
    else if (ch === '}') brace = Math.max(0, brace - 1);
    else if (ch === '(' || ch === '[') paren++;
    else if (ch === ')' || ch === ']') paren = Math.max(0, paren - 1);
  }
  braces[masked.length] = brace;
  parens[masked.length] = paren;
  return { lexed, masked, braces, parens };
}

/** Whether a (masked, trimmed) line is an attribute, annotation or decorator line. */
export type AttributeLine = (trimmed: string) => boolean;

/**
 * Offsets where a declaration may start inside a scope [from, to): the first non-space character of a line at the
 * scope's own depth, starting a statement (after `;`, `{`, `}` or an attribute line).
 */
export function declarationStarts(s: Structure, from: number, to: number, isAttribute: AttributeLine): number[] {
  const { masked, braces, parens, lexed } = s;
  const depth = braces[from]!;
  const starts: number[] = [];
  const firstLine = lineAt(lexed.lineStarts, from);
  for (let line = firstLine; line < lexed.lineStarts.length; line++) {
    const lineStart = lexed.lineStarts[line]!;
    if (lineStart >= to) break;
    if (lineStart < from && masked.slice(lineStart, from).trim() !== '') continue;
    let offset = Math.max(lineStart, from);
    while (offset < to && (masked[offset] === ' ' || masked[offset] === '\t' || masked[offset] === '\r')) offset++;
    if (offset >= to || masked[offset] === '\n' || masked[offset] === '}') continue;
    if (braces[offset] !== depth || parens[offset] !== parens[from]) continue;
    if (isAttribute(masked.slice(offset, masked.indexOf('\n', offset) >>> 0).trim())) continue;
    if (startsStatement(s, offset, isAttribute)) starts.push(offset);
  }
  return starts;
}

function startsStatement(s: Structure, offset: number, isAttribute: AttributeLine): boolean {
  const masked = s.masked;
  let p = offset - 1;
  while (p >= 0 && /\s/.test(masked[p]!)) p--;
  if (p < 0 || ';{}'.includes(masked[p]!)) return true;
  const line = lineAt(s.lexed.lineStarts, p);
  const text = masked.slice(s.lexed.lineStarts[line], p + 1).trim();
  return isAttribute(text);
}

/** The 0-based line a doc comment goes above: the first of the attribute lines right above the declaration. */
export function anchorLine(s: Structure, declarationLine: number, isAttribute: AttributeLine): number {
  const lines = s.masked.split('\n');
  let anchor = declarationLine;
  while (anchor > 0 && lines[anchor - 1]!.trim() !== '' && isAttribute(lines[anchor - 1]!.trim())) anchor--;
  return anchor;
}

/** The text inside the parentheses opening at or after `from`, and the offset after them. */
export function parameterList(masked: string, from: number): { text: string; end: number } | null {
  const open = masked.indexOf('(', from);
  if (open < 0) return null;
  const end = matchBracket(masked, open);
  return { text: masked.slice(open + 1, end - 1), end };
}

/** Splits a parameter list into its parameters. */
export function parameters(text: string): string[] {
  return splitTopLevel(text.replace(/\s+/g, ' '));
}

/** The body braces `[open, close)` of a declaration: the first `{` at depth 0 before any `;`, from `from`. */
export function bodyFrom(masked: string, from: number, stopAtArrow = false): [number, number] | null {
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && ch === ';') return null;
    else if (depth === 0 && stopAtArrow && ch === '=' && masked[i + 1] === '>') return null;
    else if (depth <= 0 && ch === '{') return [i, matchBracket(masked, i)];
  }
  return null;
}

/** The statement of an expression body from `from` to the `;` ending it at depth 0 (exclusive). */
export function statementEnd(masked: string, from: number): number {
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (--depth < 0) return i;
    } else if (ch === ';' && depth === 0) return i;
  }
  return masked.length;
}

/** Exception names of `throw new X(` statements in masked code, in order. */
export function thrownClasses(masked: string): string[] {
  const names: string[] = [];
  for (const match of masked.matchAll(/\bthrow\s+(?:new\s+)?(?:[\w$]+\.)*([A-Z][\w$]*)\s*[(<]/g)) names.push(match[1]!);
  return names;
}

/** A public item found by a C-family scanner, at the offset of its declaration. */
export interface FoundItem extends DocItem {
  offset: number;
}

/** Parses the doc comment of lines [first, last] (0-based) for an item. */
export type DocParser = (comment: string, item: DocItem, terminated: boolean) => ParsedDoc;

/** Adds anchors and attached doc comments to found items. */
export function attachDocs(s: Structure, found: FoundItem[], isAttribute: AttributeLine, markers: DocMarkers, parse: DocParser): ScannedItem[] {
  const { lexed } = s;
  const comments = fullLineComments(lexed);
  const lines = lexed.code.split('\n');
  return found.map(({ offset, ...item }) => {
    const declaration = lineAt(lexed.lineStarts, offset);
    const anchor = anchorLine(s, declaration, isAttribute);
    const docLines = attachedComment(lexed, comments, anchor, markers);
    let parsed: ParsedDoc | null = null;
    if (docLines) {
      const start = lexed.lineStarts[docLines[0]]!;
      const end = lexed.lineStarts[docLines[1] + 1] ?? lexed.code.length;
      const unterminated = lexed.tokens.some((t) => t.kind === 'comment' && !t.terminated && t.start >= start && t.start < end);
      parsed = parse(lexed.code.slice(start, end).replace(/\n$/, ''), item, !unterminated);
    }
    return { ...item, line: declaration + 1, anchor, indent: indentOf(lines[anchor] ?? ''), docLines, parsed };
  });
}

/** Skips whitespace and a generic parameter list `<...>` from `from`; returns the next offset. */
export function skipGenerics(masked: string, from: number): number {
  let i = from;
  while (/\s/.test(masked[i] ?? '')) i++;
  if (masked[i] !== '<') return i;
  let depth = 0;
  for (; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '<') depth++;
    else if (ch === '>' && masked[i - 1] !== '=' && --depth === 0) return i + 1;
  }
  return i;
}
