import { lex } from './lexer.js';
import type { FoundItem, Structure } from './clike.js';
import { attachDocs, bodyFrom, declarationStarts, parameterList, parameters, structureOf } from './clike.js';
import { applyLineEdits, completeDocs, mentions, removeComments, sentence, splitTopLevel } from './shared.js';
import { hasWords } from './tags.js';
import { uniqueStarts } from './typescript.js';
import type { DocItem, DocItemKind, ItemDocs, LanguageDocs, ParsedDoc, ScannedItem } from './types.js';

const isAttribute = (trimmed: string): boolean => trimmed.startsWith('#[');
const isLineDoc = (text: string): boolean => text.startsWith('///') && !text.startsWith('////');
const isBlockDoc = (text: string): boolean => text.startsWith('/**') && !text.startsWith('/**/') && !text.startsWith('/***');
const isInnerDoc = (text: string): boolean => text.startsWith('//!') || text.startsWith('/*!');

const ITEM = new RegExp(
  String.raw`^(pub(?:\s*\([^)]*\))?\s+)?((?:const|async|unsafe|default|extern\s*(?:"[^"]*"\s*)?)\s+)*` +
    String.raw`(fn|struct|enum|trait|type|const|static|mod|union|impl)\b\s*(?:mut\s+)?(\w*)`,
);
const KINDS: Record<string, DocItemKind> = {
  fn: 'function', struct: 'struct', union: 'struct', enum: 'enum', trait: 'interface',
  type: 'type', const: 'constant', static: 'constant', mod: 'module',
};

function paramName(param: string): string | null {
  const [pattern] = splitTopLevel(param, ':');
  const text = (pattern ?? '').replace(/^&\s*('\w+\s+)?/, '').replace(/^(mut|ref)\s+/g, '').trim();
  if (/^(mut\s+)?self$/.test(text) || !/^\w+$/.test(text) || text === '_') return null;
  return text;
}

function fnItem(s: Structure, offset: number, name: string, kind: DocItemKind, from: number): FoundItem | null {
  const list = parameterList(s.masked, from);
  if (!list) return null;
  const body = bodyFrom(s.masked, list.end);
  const signature = s.masked.slice(list.end, body ? body[0] : s.masked.indexOf(';', list.end) >>> 0);
  const returnType = /->\s*([\s\S]*?)\s*(?:\bwhere\b|$)/.exec(signature)?.[1]?.trim() ?? '';
  const unit = returnType === '' || returnType === '()' || returnType === '!' || /^(?:[\w:]*::)?Result\s*<\s*\(\s*\)/.test(returnType);
  const throws: string[] = [];
  if (/^(?:[\w:]*::)?Result\b/.test(returnType)) throws.push('Err');
  if (body && /\bpanic!\s*[([{]/.test(s.masked.slice(...body))) throws.push('panic');
  const params = parameters(list.text).map(paramName).filter((param): param is string => param !== null);
  return { offset, name, kind, line: 0, params, returns: !unit, throws };
}

function blockItems(s: Structure, body: [number, number], inTrait: boolean): FoundItem[] {
  return declarationStarts(s, body[0] + 1, body[1] - 1, isAttribute).flatMap((start) => {
    const match = ITEM.exec(s.masked.slice(start, start + 300));
    if (!match || match[3] !== 'fn' || !(inTrait || match[1]?.trim() === 'pub')) return [];
    const item = fnItem(s, start, match[4]!, 'method', start + match[0].length);
    return item ? [item] : [];
  });
}

function items(s: Structure, from: number, to: number, privateTypes: Set<string>): FoundItem[] {
  return declarationStarts(s, from, to, isAttribute).flatMap((offset) => {
    const match = ITEM.exec(s.masked.slice(offset, offset + 300));
    if (!match) return [];
    const keyword = match[3]!;
    const end = offset + match[0].length;
    if (keyword === 'impl') {
      const header = /^impl\s*(?:<[^{]*?>)?\s*([\s\S]*?)\{/.exec(s.masked.slice(offset, offset + 400))?.[1] ?? '';
      const target = /(\w+)\s*(?:<[^{]*>)?\s*(?:where\b[\s\S]*)?$/.exec(header.trim())?.[1] ?? '';
      const body = bodyFrom(s.masked, end);
      return body && !/\bfor\b/.test(header) && !privateTypes.has(target) ? blockItems(s, body, false) : [];
    }
    if (match[1]?.trim() !== 'pub') return [];
    const name = match[4]!;
    if (keyword === 'fn') return [fnItem(s, offset, name, 'function', end)].filter((item): item is FoundItem => item !== null);
    const item: FoundItem = { offset, name, kind: KINDS[keyword]!, line: 0, params: [], returns: false, throws: [] };
    const body = keyword === 'trait' || keyword === 'mod' ? bodyFrom(s.masked, end) : null;
    if (!body) return [item];
    return [item, ...(keyword === 'trait' ? blockItems(s, body, true) : items(s, body[0] + 1, body[1] - 1, privateTypes))];
  });
}

function privateTypesOf(masked: string): Set<string> {
  const names = new Set<string>();
  for (const match of masked.matchAll(/^\s*(pub(?:\s*\([^)]*\))?\s+)?(?:struct|enum|union|type)\s+(\w+)/gm)) {
    if (match[1]?.trim() !== 'pub') names.add(match[2]!);
  }
  return names;
}

function docText(comment: string): string {
  const trimmed = comment.trim();
  if (trimmed.startsWith('/**')) {
    return trimmed.slice(3, -2).split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
  }
  return comment
    .split('\n')
    .map((line) => line.trim().replace(/^\/\/\/ ?/, ''))
    .join('\n')
    .trim();
}

interface Section {
  heading: string;
  body: string;
}

function sections(text: string): { intro: string; sections: Section[] } {
  const result: Section[] = [];
  const intro: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*$/.exec(line.trim());
    const current = result[result.length - 1];
    if (heading) result.push({ heading: heading[1]!.toLowerCase(), body: '' });
    else if (current) current.body += line + '\n';
    else intro.push(line);
  }
  return { intro: intro.join('\n'), sections: result };
}

/** Parses a rustdoc comment: sections `# Arguments`, `# Returns`, `# Errors`, `# Panics`; params mentioned in backticks or bullets. */
function parseRustDoc(comment: string, item: DocItem, terminated: boolean): ParsedDoc {
  const text = docText(comment);
  const parts = sections(text);
  const section = (...names: string[]): Section | undefined => parts.sections.find((part) => names.includes(part.heading) && hasWords(part.body));
  const declaredParams: string[] = [];
  for (const part of parts.sections.filter((candidate) => /^(arguments|parameters|params|args)$/.test(candidate.heading))) {
    for (const bullet of part.body.matchAll(/^\s*[*-]\s+(?:`(\w+)`|(\w+)\s*(?=[:\-–—]))/gm)) declaredParams.push(bullet[1] ?? bullet[2]!);
  }
  const mentionedParams = item.params.filter(
    (param) => text.includes('`' + param + '`') || new RegExp(`^\\s*[*-]\\s+${param}\\b`, 'm').test(text),
  );
  const returns = Boolean(section('returns', 'return value', 'return')) || mentions(text, 'returns') || mentions(text, 'return');
  const describesThrow = (thrown: string): boolean => Boolean(thrown === 'panic' ? section('panics') : section('errors'));
  const problems = terminated ? [] : ['the comment is not terminated'];
  return { text, problems, summary: hasWords(parts.intro), declaredParams, paramLabel: 'argument bullet', mentionedParams, returns, describesThrow };
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('rust', code);
  const s = structureOf(lexed);
  const found = items(s, 0, lexed.masked.length, privateTypesOf(lexed.masked));
  return attachDocs(s, found, isAttribute, { line: isLineDoc, block: isBlockDoc, allowBlank: true }, parseRustDoc);
}

function strip(code: string): string {
  return removeComments(lex('rust', code), (_token, text) => isLineDoc(text) || isBlockDoc(text) || isInnerDoc(text));
}

const markdownSafe = (text: string): string => (/^[#>=-]/.test(text) ? `\\${text}` : text);

function docLines(item: DocItem, docs: ItemDocs): string[] {
  const complete = completeDocs(item, docs);
  const lines = [markdownSafe(sentence(complete.summary))];
  const add = (heading: string, body: string[]): void => {
    lines.push('', `# ${heading}`, '', ...body);
  };
  if (complete.params.length > 0) add('Arguments', complete.params.map(([name, text]) => `* \`${name}\` - ${text}`));
  if (complete.returns !== null) add('Returns', [markdownSafe(complete.returns)]);
  for (const [name, text] of complete.throws) add(name === 'panic' ? 'Panics' : 'Errors', [markdownSafe(text)]);
  return lines.map((line) => (line ? `/// ${line}` : '///'));
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const edits = scan(code).map((item) => {
    const start = item.docLines ? item.docLines[0] : item.anchor;
    return { start, deleteCount: item.anchor - start, insert: docLines(item, docsFor(item)).map((line) => item.indent + line) };
  });
  return applyLineEdits(code, uniqueStarts(edits));
}

/** Rust: rustdoc comments. */
export const rustDocs: LanguageDocs = {
  format:
    'rustdoc comments (/// lines) before each pub item, Markdown with a summary line and ' +
    '# Arguments (* `name` - ...), # Returns, # Errors and # Panics sections',
  scan,
  strip,
  render,
};
