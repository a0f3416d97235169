import { simpleName } from './shared.js';
import { hasWords } from './tags.js';
import type { DocItem, ParsedDoc } from './types.js';

const GOOGLE = new Map<string, 'params' | 'returns' | 'raises' | 'other'>([
  ...['args', 'arguments', 'parameters', 'params', 'keyword args', 'keyword arguments', 'other parameters'].map((name) => [name, 'params'] as const),
  ...['returns', 'return', 'yields', 'yield'].map((name) => [name, 'returns'] as const),
  ...['raises', 'raise', 'exceptions', 'except'].map((name) => [name, 'raises'] as const),
  ...['attributes', 'example', 'examples', 'note', 'notes', 'todo', 'warning', 'warnings', 'warns', 'see also', 'references', 'methods',
    'tip', 'hint', 'important', 'caution', 'danger', 'error', 'attention', 'receives'].map((name) => [name, 'other'] as const),
]);

const REST_FIELDS = new Map<string, 'params' | 'returns' | 'raises' | 'other'>([
  ...['param', 'parameter', 'arg', 'argument', 'key', 'keyword'].map((name) => [name, 'params'] as const),
  ...['returns', 'return', 'yields', 'yield'].map((name) => [name, 'returns'] as const),
  ...['raises', 'raise', 'except', 'exception'].map((name) => [name, 'raises'] as const),
  ...['type', 'rtype', 'ytype', 'var', 'ivar', 'cvar', 'vartype', 'meta'].map((name) => [name, 'other'] as const),
]);

/** The docstring's content, cleaned like `inspect.cleandoc`. */
function cleandoc(literal: string): { text: string; terminated: boolean } {
  const match = /^[rRuU]?("""|'''|"|')/.exec(literal);
  const quote = match?.[1] ?? '"';
  const prefix = match?.[0].length ?? 1;
  const terminated = literal.length >= prefix + quote.length && literal.endsWith(quote);
  const inner = literal.slice(prefix, terminated ? literal.length - quote.length : undefined);
  const lines = inner.split('\n');
  const rest = lines.slice(1).filter((line) => line.trim() !== '');
  const margin = Math.min(...rest.map((line) => line.length - line.trimStart().length), Infinity);
  const cleaned = [lines[0]!.trim(), ...lines.slice(1).map((line) => line.slice(Number.isFinite(margin) ? margin : 0).trimEnd())];
  return { text: cleaned.join('\n').trim(), terminated };
}

interface Collected {
  problems: string[];
  declared: string[];
  undescribed: string[];
  raises: string[];
  returns: boolean;
  /** Lines that belong to a section or field, not to the description. */
  used: Set<number>;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The lines of a block that starts after line `at` and is indented deeper than `base` (blank lines inside included). */
function blockAfter(lines: string[], at: number, base: number, sameIndent = false): number[] {
  const block: number[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && (sameIndent ? isNumpyHeader(lines, i) : indentOf(line) <= base)) break;
    block.push(i);
  }
  while (block.length > 0 && lines[block[block.length - 1]!]!.trim() === '') block.pop();
  return block;
}

const isNumpyHeader = (lines: string[], i: number): boolean => /^-{3,}$/.test(lines[i + 1]?.trim() ?? '') && hasWords(lines[i]!);

/** Entries of a section: lines at the section's least indentation, each with its deeper continuation text. */
function entries(lines: string[], block: number[]): { line: number; head: string; text: string }[] {
  const filled = block.filter((i) => lines[i]!.trim() !== '');
  const base = Math.min(...filled.map((i) => indentOf(lines[i]!)));
  const result: { line: number; head: string; text: string }[] = [];
  for (const i of filled) {
    const line = lines[i]!;
    const current = result[result.length - 1];
    if (indentOf(line) === base) result.push({ line: i, head: line.trim(), text: '' });
    else if (current) current.text += ' ' + line.trim();
  }
  return result;
}

function readSection(kind: string, title: string, lines: string[], block: number[], numpy: boolean, into: Collected): void {
  for (const i of block) into.used.add(i);
  if (kind === 'returns') into.returns ||= block.some((i) => hasWords(lines[i]!));
  if (kind !== 'params' && kind !== 'raises') return;
  for (const entry of entries(lines, block)) {
    const pattern = numpy
      ? kind === 'params' ? /^(\*{0,2}\w+(?:\s*,\s*\*{0,2}\w+)*)\s*(?::\s*(.*))?$/ : /^([\w.]+)\s*(?::\s*(.*))?$/
      : kind === 'params' ? /^(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$/ : /^([\w.]+)\s*:\s*(.*)$/;
    const match = pattern.exec(entry.head);
    if (!match) {
      into.problems.push(`malformed ${title} entry "${entry.head.slice(0, 40)}"`);
      continue;
    }
    const text = numpy ? entry.text : `${match[2] ?? ''} ${entry.text}`;
    if (kind === 'raises') into.raises.push(simpleName(match[1]!));
    else for (const name of match[1]!.split(',').map((part) => part.trim().replace(/^\*+/, ''))) {
      into.declared.push(name);
      if (!hasWords(text)) into.undescribed.push(name);
    }
  }
}

function readField(lines: string[], i: number, into: Collected): void {
  const match = /^:(\w+)(?:\s+([^:]*?))?\s*:(.*)$/.exec(lines[i]!.trim());
  if (!match) return;
  const [, field, argument, first] = match;
  const block = blockAfter(lines, i, indentOf(lines[i]!));
  const text = [first, ...block.map((at) => lines[at])].join(' ');
  into.used.add(i);
  for (const at of block) into.used.add(at);
  const kind = REST_FIELDS.get(field!);
  if (!kind) into.problems.push(`unknown field :${field}:`);
  const words = (argument ?? '').trim().split(/\s+/).filter(Boolean);
  if (kind === 'params') {
    const name = words[words.length - 1];
    if (!name) into.problems.push(`:${field}: without a parameter name`);
    else {
      into.declared.push(name.replace(/^\*+/, ''));
      if (!hasWords(text)) into.undescribed.push(name.replace(/^\*+/, ''));
    }
  }
  if (kind === 'returns') into.returns ||= hasWords(text);
  if (kind === 'raises') into.raises.push(...words.flatMap((word) => word.split(',')).filter(Boolean).map(simpleName));
}

/** Parses a docstring literal in Google, NumPy or reST (Sphinx) style. */
export function parsePythonDocstring(literal: string, _item: DocItem, tokenTerminated: boolean): ParsedDoc {
  const { text, terminated } = cleandoc(literal);
  const lines = text.split('\n');
  const into: Collected = { problems: [], declared: [], undescribed: [], raises: [], returns: false, used: new Set() };
  if (!terminated || !tokenTerminated) into.problems.push('the docstring is not terminated');
  for (let i = 0; i < lines.length; i++) {
    if (into.used.has(i)) continue;
    const trimmed = lines[i]!.trim();
    const google = /^([A-Za-z][A-Za-z ]*?)\s*:$/.exec(trimmed);
    const googleKind = google ? GOOGLE.get(google[1]!.toLowerCase()) : undefined;
    if (isNumpyHeader(lines, i) && GOOGLE.has(trimmed.toLowerCase())) {
      into.used.add(i).add(i + 1);
      readSection(GOOGLE.get(trimmed.toLowerCase())!, trimmed, lines, blockAfter(lines, i + 1, -1, true), true, into);
    } else if (googleKind) {
      into.used.add(i);
      readSection(googleKind, google![1]!, lines, blockAfter(lines, i, indentOf(lines[i]!)), false, into);
    } else if (trimmed.startsWith(':')) readField(lines, i, into);
  }
  const description = lines.filter((_line, i) => !into.used.has(i)).join('\n');
  const returns = into.returns || /^\s*(returns?|yields?)\b/i.test(description);
  const describesThrow = (thrown: string): boolean => into.raises.includes(thrown);
  return {
    text, problems: into.problems, summary: hasWords(description), declaredParams: into.declared, undescribedParams: into.undescribed,
    paramLabel: 'parameter entry', returns, describesThrow,
  };
}
