import type { Lexed, Token } from './lexer.js';

/** A line that starts a statement (not blank, not inside a string, brackets or a continued line). */
export interface LogicalLine {
  /** 0-based line number. */
  line: number;
  indent: number;
  /** Offset of the first non-space character. */
  offset: number;
  /** The masked text of the line, trimmed. */
  text: string;
}

/** The statement-starting lines of an indentation-structured file (Python, Ruby). */
export function logicalLines(lexed: Lexed): LogicalLine[] {
  const { masked, lineStarts, tokens } = lexed;
  const result: LogicalLine[] = [];
  let depth = 0;
  let tokenIndex = 0;
  let continued = false;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : masked.length;
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= start) tokenIndex++;
    const inside = tokenIndex < tokens.length && tokens[tokenIndex]!.start < start;
    const raw = masked.slice(start, end);
    const text = raw.trim();
    if (!inside && depth === 0 && !continued && text !== '') {
      const indent = raw.length - raw.trimStart().length;
      result.push({ line, indent, offset: start + indent, text });
    }
    for (const ch of raw) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    continued = raw.trimEnd().endsWith('\\');
  }
  return result;
}

/** The token starting exactly at an offset, if any. */
export function tokenAt(tokens: Token[], offset: number): Token | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle]!;
    if (token.start === offset) return token;
    if (token.start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
