import { lex } from './lexer.js';
import type { FoundItem, Structure } from './clike.js';
import { attachDocs, bodyFrom, declarationStarts, parameterList, parameters, statementEnd, structureOf, thrownClasses } from './clike.js';
import { applyLineEdits, completeDocs, removeComments, sentence, unique } from './shared.js';
import { uniqueStarts } from './typescript.js';
import type { DocItem, DocItemKind, ItemDocs, LanguageDocs, ScannedItem } from './types.js';
import { parseXmlDoc, xmlEscape } from './xmldoc.js';

const isAttribute = (trimmed: string): boolean => trimmed.startsWith('[') && trimmed.endsWith(']');
const isDocLine = (text: string): boolean => text.startsWith('///') && !text.startsWith('////');

const MODIFIER_WORDS = 'public|private|protected|internal|static|virtual|override|abstract|sealed|async|extern|unsafe|partial|readonly';
const MODIFIERS = `(?:(?:${MODIFIER_WORDS}|new|file|ref|required)\\s+)`;
const TYPE = new RegExp(`^(${MODIFIERS}*)(class|struct|interface|enum|record\\s+struct|record\\s+class|record)\\s+(\\w+)`);
const NAMESPACE = /^namespace\s+[\w.]+\s*\{/;
const RETURN_TYPE =
  `(?!(?:return|new|throw|else|case|await|var|using|yield|operator|${MODIFIER_WORDS})\\b)` +
  '[\\w.]+(?:\\s*<[^(;=]*>)?\\??(?:\\s*\\[[\\s,]*\\])*\\??';
const TUPLE_TYPE = '\\([^()]*\\)\\??';
const METHOD = new RegExp(`^(${MODIFIERS}*)(${RETURN_TYPE}|${TUPLE_TYPE})\\s+(\\w+)\\s*(?:<[^(]*>)?\\s*\\(`);
const PROPERTY = new RegExp(`^(${MODIFIERS}*)(${RETURN_TYPE}|${TUPLE_TYPE})\\s+(\\w+)\\s*(\\{|=>)`);
const CONSTRUCTOR = new RegExp(`^(${MODIFIERS}*)(\\w+)\\s*\\(`);
const TYPE_KINDS: Record<string, DocItemKind> = { class: 'class', struct: 'struct', interface: 'interface', enum: 'enum', record: 'class' };

function paramName(param: string): string | null {
  const text = param.replace(/^(\[[^\]]*\]\s*)+/, '').replace(/\s*=.*$/, '').trim();
  return /(\w+)$/.exec(text)?.[1] ?? null;
}

const paramNames = (text: string): string[] => parameters(text).map(paramName).filter((name): name is string => name !== null);

function thrownIn(masked: string): string[] {
  const guards = [...masked.matchAll(/\b(\w+Exception)\.ThrowIf\w*\s*\(/g)].map((match) => match[1]!);
  return unique([...thrownClasses(masked), ...guards]);
}

interface Container {
  name: string;
  interface: boolean;
}

const isVisible = (modifiers: string, owner: Container): boolean =>
  /\bpublic\b/.test(modifiers) || (owner.interface && !/\b(private|protected|internal)\b/.test(modifiers));

function methodItem(s: Structure, offset: number, name: string, returnType: string | null, headLength: number): FoundItem {
  const list = parameterList(s.masked, offset + headLength - 1)!;
  let body = bodyFrom(s.masked, list.end, true);
  if (!body) {
    const arrow = s.masked.indexOf('=>', list.end);
    const end = statementEnd(s.masked, list.end);
    if (arrow >= 0 && arrow < end) body = [arrow, end];
  }
  const returns = returnType !== null && !/^(void|Task|ValueTask)$/.test(returnType.trim());
  const throws = body ? thrownIn(s.masked.slice(...body)) : [];
  return { offset, name, kind: 'method', line: 0, params: paramNames(list.text), returns, throws };
}

function memberItem(s: Structure, offset: number, owner: Container): FoundItem | null {
  const head = s.masked.slice(offset, offset + 600);
  const method = METHOD.exec(head);
  if (method) return isVisible(method[1]!, owner) ? methodItem(s, offset, method[3]!, method[2]!, method[0].length) : null;
  const property = PROPERTY.exec(head);
  if (property) {
    if (!isVisible(property[1]!, owner) || property[3] === 'this') return null;
    const body = property[4] === '{' ? bodyFrom(s.masked, offset + property[0].length - 1) : null;
    const throws = body ? thrownIn(s.masked.slice(...body)) : [];
    return { offset, name: property[3]!, kind: 'method', line: 0, params: [], returns: true, throws };
  }
  const constructor = CONSTRUCTOR.exec(head);
  if (constructor && constructor[2] === owner.name && isVisible(constructor[1]!, owner)) {
    return methodItem(s, offset, constructor[2], null, constructor[0].length);
  }
  return null;
}

function typeItems(s: Structure, offset: number, container: Container | null): FoundItem[] {
  const head = s.masked.slice(offset, offset + 400);
  if (NAMESPACE.test(head)) {
    const body = bodyFrom(s.masked, offset)!;
    return declarationStarts(s, body[0] + 1, body[1] - 1, isAttribute).flatMap((start) => typeItems(s, start, null));
  }
  const match = TYPE.exec(head);
  if (!match || !(/\bpublic\b/.test(match[1]!) || (container?.interface ?? false))) return [];
  const keyword = match[2]!.replace(/\s+/g, ' ');
  const kind = keyword === 'record struct' ? 'struct' : TYPE_KINDS[keyword.split(' ')[0]!]!;
  const end = offset + match[0].length;
  const primary = /^\s*(<[^(]*>)?\s*\(/.test(s.masked.slice(end, end + 200)) ? parameterList(s.masked, end) : null;
  const item: FoundItem = { offset, name: match[3]!, kind, line: 0, params: primary ? paramNames(primary.text) : [], returns: false, throws: [] };
  const body = bodyFrom(s.masked, primary?.end ?? end);
  if (!body || kind === 'enum') return [item];
  const self: Container = { name: item.name, interface: kind === 'interface' };
  const members = declarationStarts(s, body[0] + 1, body[1] - 1, isAttribute).flatMap((start) => {
    if (TYPE.test(s.masked.slice(start, start + 200))) return typeItems(s, start, self);
    const member = memberItem(s, start, self);
    return member ? [member] : [];
  });
  return [item, ...members];
}

function docText(comment: string): string {
  return comment
    .split('\n')
    .map((line) => line.trim().replace(/^\/\/\/ ?/, ''))
    .join('\n');
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('csharp', code);
  const s = structureOf(lexed);
  const found = declarationStarts(s, 0, lexed.masked.length, isAttribute).flatMap((offset) => typeItems(s, offset, null));
  const parse = (comment: string, item: DocItem) => parseXmlDoc(docText(comment), item);
  return attachDocs(s, found, isAttribute, { line: isDocLine, allowBlank: true }, parse);
}

function strip(code: string): string {
  return removeComments(lex('csharp', code), (_token, text) => isDocLine(text) || (text.startsWith('/**') && !text.startsWith('/**/')));
}

function docLines(item: DocItem, docs: ItemDocs): string[] {
  const complete = completeDocs(item, docs);
  const lines = ['<summary>', xmlEscape(sentence(complete.summary)), '</summary>'];
  for (const [name, text] of complete.params) lines.push(`<param name="${name}">${xmlEscape(text)}</param>`);
  if (complete.returns !== null) lines.push(`<returns>${xmlEscape(complete.returns)}</returns>`);
  for (const [name, text] of complete.throws) lines.push(`<exception cref="${name}">${xmlEscape(text)}</exception>`);
  return lines.map((line) => `/// ${line}`);
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const edits = scan(code).map((item) => {
    const start = item.docLines ? item.docLines[0] : item.anchor;
    return { start, deleteCount: item.anchor - start, insert: docLines(item, docsFor(item)).map((line) => item.indent + line) };
  });
  return applyLineEdits(code, uniqueStarts(edits));
}

/** C#: XML documentation comments. */
export const csharpDocs: LanguageDocs = {
  format:
    'C# XML documentation comments (/// lines) before each public type and member, ' +
    'with <summary>, <param name="...">, <returns> and <exception cref="..."> elements',
  scan,
  strip,
  render,
};
