import { lex, lineAt } from './lexer.js';
import type { Lexed, Token } from './lexer.js';
import { logicalLines, tokenAt } from './indented.js';
import type { LogicalLine } from './indented.js';
import { parsePythonDocstring } from './pydoc.js';
import { completeDocs, replaceRanges, sentence, simpleName, splitTopLevel, unique } from './shared.js';
import type { DocItem, ItemDocs, LanguageDocs, ScannedItem } from './types.js';

interface Block {
  name: string;
  keyword: 'def' | 'class';
  head: LogicalLine;
  parent: Block | null;
  isPublic: boolean;
  decorators: string[];
  /** Offset of the `:` ending the header. */
  colon: number;
  /** Offset of the first statement of the body (on the header line when the body is inline). */
  bodyStart: number;
  inline: boolean;
  bodyEnd: number;
  docstring: Token | null;
}

function headerColon(masked: string, from: number): number {
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ':' && depth === 0) return i;
  }
  return masked.length;
}

function docstringAt(lexed: Lexed, offset: number): Token | null {
  const token = tokenAt(lexed.tokens, offset);
  if (!token || token.kind !== 'string' || /^[^'"]*[fFbB]/.test(lexed.code.slice(token.start, token.start + 3))) return null;
  const lineEnd = lexed.masked.indexOf('\n', token.end);
  const after = lexed.masked.slice(token.end, lineEnd < 0 ? undefined : lineEnd).trim();
  return after === '' || after.startsWith(';') ? token : null;
}

function blocksOf(lexed: Lexed): { blocks: Block[]; logical: LogicalLine[] } {
  const logical = logicalLines(lexed);
  const blocks: Block[] = [];
  const stack: Block[] = [];
  logical.forEach((head, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.head.indent >= head.indent) stack.pop();
    const match = /^(?:async\s+)?(def|class)\s+(\w+)/.exec(head.text);
    if (!match) return;
    const parent = stack[stack.length - 1] ?? null;
    const name = match[2]!;
    const colon = headerColon(lexed.masked, head.offset + match[0].length);
    const colonLine = lineAt(lexed.lineStarts, colon);
    const lineEnd = lexed.masked.indexOf('\n', colon);
    const rest = lexed.masked.slice(colon + 1, lineEnd < 0 ? undefined : lineEnd);
    const inline = rest.trim() !== '';
    const following = logical.slice(index + 1).filter((next) => next.line > colonLine);
    const bodyLine = following[0] && following[0].indent > head.indent ? following[0] : null;
    const end = following.find((next) => next.indent <= head.indent);
    const bodyStart = inline ? colon + 1 + (rest.length - rest.trimStart().length) : (bodyLine?.offset ?? -1);
    const decorators = [];
    for (let back = index - 1; back >= 0 && logical[back]!.indent === head.indent && logical[back]!.text.startsWith('@'); back--) {
      decorators.unshift(logical[back]!.text);
    }
    const isPublic = !name.startsWith('_') && (parent === null ? head.indent === 0 : parent.keyword === 'class' && parent.isPublic);
    const block: Block = {
      name, keyword: match[1] as Block['keyword'], head, parent, isPublic, decorators, colon, bodyStart, inline,
      bodyEnd: end ? end.offset - end.indent : lexed.masked.length,
      docstring: bodyStart >= 0 ? docstringAt(lexed, bodyStart) : null,
    };
    blocks.push(block);
    stack.push(block);
  });
  return { blocks, logical };
}

function paramsOf(lexed: Lexed, block: Block): string[] {
  const open = lexed.masked.indexOf('(', block.head.offset);
  if (open < 0 || open > block.colon) return [];
  const close = lexed.masked.lastIndexOf(')', block.colon);
  const names = splitTopLevel(lexed.masked.slice(open + 1, close).replace(/\s+/g, ' '))
    .map((param) => /^\*{0,2}(\w+)/.exec(param)?.[1])
    .filter((name): name is string => name !== undefined);
  const method = block.parent?.keyword === 'class' && !block.decorators.some((decorator) => decorator.startsWith('@staticmethod'));
  return method ? names.slice(1) : names;
}

function itemOf(lexed: Lexed, block: Block): DocItem {
  if (block.keyword === 'class') return { name: block.name, kind: 'class', line: block.head.line + 1, params: [], returns: false, throws: [] };
  const header = lexed.masked.slice(block.head.offset, block.colon);
  const body = lexed.masked.slice(block.colon + 1, block.bodyEnd);
  const annotation = /->\s*(.+)$/s.exec(header)?.[1]?.trim();
  const returns = annotation !== undefined
    ? !/^(None|NoReturn|Never|typing\.NoReturn|typing\.Never)$/.test(annotation)
    : /\breturn[ \t]+[^\s#;]|\byield\b/.test(body) || block.decorators.some((decorator) => decorator.startsWith('@property'));
  const throws = unique([...body.matchAll(/\braise\s+([\w.]+)/g)].map((match) => simpleName(match[1]!)).filter((name) => /^[A-Z]/.test(name)));
  const kind = block.parent?.keyword === 'class' ? 'method' : 'function';
  return { name: block.name, kind, line: block.head.line + 1, params: paramsOf(lexed, block), returns, throws };
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('python', code);
  const lines = code.split('\n');
  return blocksOf(lexed).blocks.filter((block) => block.isPublic && !(block.name.startsWith('__') && block.name.endsWith('__'))).map((block) => {
    const item = itemOf(lexed, block);
    const token = block.docstring;
    const docLines: [number, number] | null = token ? [lineAt(lexed.lineStarts, token.start), lineAt(lexed.lineStarts, token.end - 1)] : null;
    const parsed = token ? parsePythonDocstring(code.slice(token.start, token.end), item, token.terminated) : null;
    const anchor = block.head.line - block.decorators.length;
    return { ...item, anchor, indent: /^\s*/.exec(lines[anchor] ?? '')![0], docLines, parsed };
  });
}

function moduleDocstring(lexed: Lexed, logical: LogicalLine[]): Token | null {
  const first = logical[0];
  return first && first.indent === 0 ? docstringAt(lexed, first.offset) : null;
}

/** Removes a docstring token; a body left empty gets `pass`. */
function removal(lexed: Lexed, token: Token, block: Block | null, logical: LogicalLine[]): [number, number, string] {
  const { code, lineStarts } = lexed;
  const firstLine = lineAt(lineStarts, token.start);
  const lastLine = lineAt(lineStarts, token.end - 1);
  const lineEnd = lineStarts[lastLine + 1] ?? code.length;
  const rest = lexed.masked.slice(token.end, lineEnd).trim();
  const ownLines = code.slice(lineStarts[firstLine], token.start).trim() === '' && rest === '';
  const inBody = (line: LogicalLine): boolean => block === null || (line.offset < block.bodyEnd && line.indent > block.head.indent);
  const others = logical.some((line) => line.offset >= token.end && inBody(line));
  const inlineOthers = rest.replace(/^;/, '').trim() !== '';
  if (block && !others && !inlineOthers) return [token.start, token.end, 'pass'];
  if (ownLines) return [lineStarts[firstLine]!, lineEnd, ''];
  const semicolon = lexed.masked.indexOf(';', token.end);
  return [token.start, rest.startsWith(';') ? semicolon + 1 : token.end, ''];
}

function strip(code: string): string {
  const lexed = lex('python', code);
  const { blocks, logical } = blocksOf(lexed);
  const ranges: [number, number, string][] = [];
  const module = moduleDocstring(lexed, logical);
  if (module) ranges.push(removal(lexed, module, null, logical));
  for (const block of blocks) if (block.docstring) ranges.push(removal(lexed, block.docstring, block, logical));
  return replaceRanges(code, ranges);
}

/** Makes text safe inside a `"""` docstring. */
function pySafe(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
}

function docstring(item: DocItem, docs: ItemDocs, indent: string): string {
  const complete = completeDocs(item, docs);
  const summary = pySafe(sentence(complete.summary));
  const sections: string[] = [];
  const section = (title: string, entries: string[]): void => {
    sections.push('', `${indent}${title}:`, ...entries.map((entry) => `${indent}    ${pySafe(entry)}`));
  };
  if (complete.params.length > 0) section('Args', complete.params.map(([name, text]) => `${name}: ${text}`));
  if (complete.returns !== null) section('Returns', [complete.returns]);
  if (complete.throws.length > 0) section('Raises', complete.throws.map(([name, text]) => `${name}: ${text}`));
  if (sections.length === 0) return `"""${summary.endsWith('"') ? summary.slice(0, -1) + '\\"' : summary}"""`;
  return [`"""${summary}`, ...sections, `${indent}"""`].join('\n');
}

function bodyIndent(lexed: Lexed, block: Block): string {
  if (!block.inline && block.bodyStart >= 0) {
    const start = lexed.lineStarts[lineAt(lexed.lineStarts, block.bodyStart)]!;
    return lexed.code.slice(start, block.bodyStart);
  }
  return ' '.repeat(block.head.indent + 4);
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const lexed = lex('python', code);
  const ranges: [number, number, string][] = [];
  for (const block of blocksOf(lexed).blocks) {
    if (!block.isPublic || (block.name.startsWith('__') && block.name.endsWith('__'))) continue;
    const indent = bodyIndent(lexed, block);
    const text = docstring(itemOf(lexed, block), docsFor(itemOf(lexed, block)), indent);
    if (block.docstring) ranges.push([block.docstring.start, block.docstring.end, text]);
    else if (block.inline) ranges.push([block.colon + 1, block.bodyStart, `\n${indent}${text}\n${indent}`]);
    else {
      const lineEnd = lexed.code.indexOf('\n', block.colon);
      const at = lineEnd < 0 ? code.length : lineEnd + 1;
      ranges.push([at, at, `${indent}${text}\n` + (lineEnd < 0 ? '' : '')]);
    }
  }
  return replaceRanges(code, ranges);
}

/** Python: docstrings. */
export const pythonDocs: LanguageDocs = {
  format:
    'Python docstrings ("""...""" as the first statement of each public function, class and method), ' +
    'Google style with Args:, Returns: and Raises: sections',
  scan,
  strip,
  render,
};
