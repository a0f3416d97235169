import { lex } from './lexer.js';
import type { FoundItem, Structure } from './clike.js';
import { attachDocs, bodyFrom, declarationStarts, parameterList, parameters, structureOf, thrownClasses } from './clike.js';
import { blockLines, isBlockDoc, parseTagged, tagLines } from './javadoc.js';
import type { TagRules } from './javadoc.js';
import { applyLineEdits, completeDocs, removeComments, unique } from './shared.js';
import { uniqueStarts } from './typescript.js';
import type { DocItem, DocItemKind, ItemDocs, LanguageDocs, ScannedItem } from './types.js';

const RULES: TagRules = {
  known: new Set([
    'param', 'return', 'returns', 'throws', 'exception', 'see', 'since', 'deprecated', 'author', 'version', 'serial', 'serialData',
    'serialField', 'apiNote', 'implSpec', 'implNote', 'hidden', 'inheritDoc', 'link', 'linkplain', 'code', 'literal', 'value',
    'index', 'summary', 'snippet', 'spec', 'provides', 'uses', 'docRoot',
  ]),
  param: new Set(['param']),
  returns: new Set(['return']),
  misspelledReturns: new Set(['returns']),
  throws: new Set(['throws', 'exception']),
  description: new Set(['summary']),
  lenientThrows: false,
};

const isAnnotation = (trimmed: string): boolean => trimmed.startsWith('@') && !trimmed.startsWith('@interface');

const MODIFIERS = '(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp|synchronized|native|default|transient)\\s+)';
const TYPE = new RegExp(`^(${MODIFIERS}*)(class|interface|enum|record|@interface)\\s+(\\w+)`);
const NOT_TYPE = '(?!(?:return|new|throw|else|case|public|protected|private|static|final|abstract|synchronized|native|default)\\b)';
const METHOD = new RegExp(`^(${MODIFIERS}*)(<[^(]*>\\s*)?${NOT_TYPE}([\\w$.]+(?:\\s*<[^(;=]*>)?(?:\\s*\\[\\s*\\])*)\\s+(\\w+)\\s*\\(`);
const CONSTRUCTOR = new RegExp(`^(${MODIFIERS}*)(<[^(]*>\\s*)?(\\w+)\\s*\\(`);
const TYPE_KINDS: Record<string, DocItemKind> = { class: 'class', interface: 'interface', '@interface': 'interface', enum: 'enum', record: 'class' };

function paramName(param: string): string | null {
  const text = param.replace(/@[\w.]+(\([^)]*\))?\s*/g, '').replace(/(\[\s*\])+\s*$/, '').trim();
  const name = /(\w+)$/.exec(text)?.[1];
  return name ?? null;
}

const paramNames = (text: string): string[] => parameters(text).map(paramName).filter((name): name is string => name !== null);

interface Container {
  name: string;
  interface: boolean;
}

function memberItem(s: Structure, offset: number, owner: Container): FoundItem | null {
  const head = s.masked.slice(offset, offset + 600);
  const method = METHOD.exec(head);
  const constructor = method ? null : CONSTRUCTOR.exec(head);
  const match = method ?? constructor;
  if (!match) return null;
  const modifiers = match[1]!;
  const name = method ? method[4]! : constructor![3]!;
  if (!method && name !== owner.name) return null;
  const visible = /\bpublic\b/.test(modifiers) || (owner.interface && !/\bprivate\b/.test(modifiers));
  if (!visible) return null;
  const list = parameterList(s.masked, offset + match[0].length - 1)!;
  const body = bodyFrom(s.masked, list.end);
  const signature = s.masked.slice(list.end, body ? body[0] : s.masked.indexOf(';', list.end) >>> 0);
  const declared = /\bthrows\s+([\w$.,\s<>]+)/.exec(signature)?.[1]?.split(',').map((name) => name.trim().split('.').pop()!) ?? [];
  const thrown = body ? thrownClasses(s.masked.slice(...body)) : [];
  const returns = Boolean(method) && method![3]!.trim() !== 'void';
  return { offset, name, kind: 'method', line: 0, params: paramNames(list.text), returns, throws: unique([...declared, ...thrown].filter(Boolean)) };
}

function typeItems(s: Structure, offset: number, container: Container | null): FoundItem[] {
  const match = TYPE.exec(s.masked.slice(offset, offset + 400));
  if (!match) return [];
  const visible = /\bpublic\b/.test(match[1]!) || (container?.interface ?? false);
  if (!visible) return [];
  const keyword = match[2]!;
  const end = offset + match[0].length;
  const params = keyword === 'record' ? paramNames(parameterList(s.masked, end)?.text ?? '') : [];
  const item: FoundItem = { offset, name: match[3]!, kind: TYPE_KINDS[keyword]!, line: 0, params, returns: false, throws: [] };
  const body = bodyFrom(s.masked, keyword === 'record' ? parameterList(s.masked, end)?.end ?? end : end);
  if (!body) return [item];
  const self: Container = { name: item.name, interface: keyword.includes('interface') };
  const members: FoundItem[] = [];
  for (const start of declarationStarts(s, body[0] + 1, body[1] - 1, isAnnotation)) {
    const nested = typeItems(s, start, self);
    if (nested.length > 0 || TYPE.test(s.masked.slice(start, start + 200))) members.push(...nested);
    else {
      const member = memberItem(s, start, self);
      if (member) members.push(member);
    }
  }
  return [item, ...members];
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('java', code);
  const s = structureOf(lexed);
  const found = declarationStarts(s, 0, lexed.masked.length, isAnnotation).flatMap((offset) => typeItems(s, offset, null));
  const parse = (comment: string, item: DocItem, terminated: boolean) => parseTagged(comment, item, terminated, RULES);
  return attachDocs(s, found, isAnnotation, { block: isBlockDoc, allowBlank: true }, parse);
}

function strip(code: string): string {
  return removeComments(lex('java', code), (_token, text) => isBlockDoc(text));
}

/** Escapes text for Javadoc HTML: entities for `<`, `>`, `&`, `@` at the start and `*\/`. */
function javadocSafe(text: string): string {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\*\//g, '*&#47;');
  return html.startsWith('@') ? `&#64;${html.slice(1)}` : html;
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const edits = scan(code).map((item) => {
    const docs = completeDocs(item, docsFor(item));
    const tags = tagLines(
      { ...docs, returns: docs.returns === null ? null : javadocSafe(docs.returns) },
      {
        param: (name, text) => `@param ${name} ${javadocSafe(text)}`,
        returns: '@return',
        throws: (name, text) => `@throws ${name} ${javadocSafe(text)}`,
      },
    );
    const lines = blockLines(javadocSafe(docs.summary), tags).map((line) => item.indent + line);
    const start = item.docLines ? item.docLines[0] : item.anchor;
    return { start, deleteCount: item.anchor - start, insert: lines };
  });
  return applyLineEdits(code, uniqueStarts(edits));
}

/** Java: Javadoc. */
export const javaDocs: LanguageDocs = {
  format: 'Javadoc block comments (/** ... */) before each public class and public method, with @param, @return and @throws tags',
  scan,
  strip,
  render,
};
