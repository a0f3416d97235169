import { lex } from './lexer.js';
import type { FoundItem, Structure } from './clike.js';
import {
  attachDocs, bodyFrom, declarationStarts, parameterList, parameters, skipGenerics, statementEnd, structureOf, thrownClasses,
} from './clike.js';
import { blockLines, blockSafe, isBlockDoc, parseTagged, tagLines } from './javadoc.js';
import type { TagRules } from './javadoc.js';
import { applyLineEdits, completeDocs, matchBracket, removeComments, unique } from './shared.js';
import type { DocItem, DocItemKind, ItemDocs, LanguageDocs, ScannedItem } from './types.js';

const TAGS = [
  'param', 'arg', 'argument', 'returns', 'return', 'throws', 'throw', 'exception', 'example', 'remarks', 'see', 'deprecated',
  'since', 'typeParam', 'template', 'type', 'internal', 'public', 'private', 'protected', 'beta', 'alpha', 'experimental',
  'defaultValue', 'default', 'inheritDoc', 'override', 'readonly', 'sealed', 'virtual', 'packageDocumentation',
  'privateRemarks', 'author', 'version', 'async', 'yields', 'yield', 'category', 'module', 'callback', 'typedef', 'property',
  'prop', 'constructor', 'class', 'function', 'method', 'static', 'abstract', 'todo', 'license', 'file', 'fileoverview',
  'overview', 'ignore', 'hidden', 'event', 'fires', 'listens', 'enum', 'interface', 'implements', 'extends', 'augments', 'this',
  'generator', 'description', 'desc', 'summary', 'link', 'copyright', 'satisfies', 'label', 'decorator', 'eventProperty',
  'link', 'inheritdoc', 'group', 'namespace', 'memberof', 'name', 'access', 'const', 'constant', 'global', 'instance',
];

const RULES: TagRules = {
  known: new Set(TAGS),
  param: new Set(['param', 'arg', 'argument']),
  returns: new Set(['returns', 'return']),
  misspelledReturns: new Set(),
  throws: new Set(['throws', 'throw', 'exception']),
  description: new Set(['description', 'desc', 'summary', 'remarks']),
  lenientThrows: true,
};

const isDecorator = (trimmed: string): boolean => trimmed.startsWith('@');

const TOP_LEVEL: [DocItemKind, RegExp][] = [
  ['function', /^(export\s+(?:default\s+)?)?(?:declare\s+)?(async\s+)?function\b\s*(\*?)\s*([\w$]+)/],
  ['class', /^(export\s+(?:default\s+)?)?(?:declare\s+)?(?:abstract\s+)?class\s+()()([\w$]+)/],
  ['interface', /^(export\s+)?(?:declare\s+)?interface\s+()()([\w$]+)/],
  ['enum', /^(export\s+)?(?:declare\s+)?(?:const\s+)?enum\s+()()([\w$]+)/],
  ['type', /^(export\s+)?(?:declare\s+)?type\s+()()([\w$]+)\s*[<=]/],
  ['module', /^(export\s+)?(?:declare\s+)?(?:namespace|module)\s+()()([\w$]+)/],
  ['constant', /^(export\s+)?(?:declare\s+)?(?:const|let|var)\s+()()([\w$]+)/],
];

const MEMBER =
  /^((?:(?:public|private|protected|static|async|readonly|override|abstract|declare|accessor)\s+)*)(?:(get|set)\s+)?(\*\s*)?(#?[\w$]+)\s*\??\s*[<(]/;
const ARROW_FIELD =
  /^((?:(?:public|private|protected|static|readonly|override)\s+)*)(#?[\w$]+)\s*\??\s*(?::[^=;]+)?=\s*(async\s+)?(?:\(|[\w$]+\s*=>|function\b)/;
const NOT_MEMBER_NAMES = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'function', 'new', 'super']);

/** Names a local `export { a, b as c }` list exports. */
function exportListNames(masked: string): Set<string> {
  const names = new Set<string>();
  for (const match of masked.matchAll(/\bexport\s*(?:type\s*)?\{([^}]*)\}(?!\s*from)/g)) {
    for (const part of match[1]!.split(',')) {
      const name = /^\s*(?:type\s+)?([\w$]+)/.exec(part)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

function paramName(param: string): string | null {
  let text = param.replace(/^(@[\w$.]+(\([^)]*\))?\s*)+/, '').replace(/^((public|private|protected|readonly|override)\s+)+/, '');
  text = text.replace(/^\.\.\.\s*/, '');
  if (/^[{[]/.test(text)) return 'options';
  const name = /^([\w$]+)/.exec(text)?.[1];
  return name && name !== 'this' ? name : null;
}

const paramNames = (text: string): string[] => parameters(text).map(paramName).filter((name): name is string => name !== null);

interface Callable {
  params: string[];
  returnType: string | null;
  body: [number, number] | null;
  expression: boolean;
}

/** After a parameter list: the return type annotation and the body (`{...}` or, after `=>`, an expression). */
function callableAfter(masked: string, paramsText: string, afterParams: number, arrow: boolean): Callable {
  let i = afterParams;
  let returnType: string | null = null;
  while (/\s/.test(masked[i] ?? '')) i++;
  if (masked[i] === ':') {
    const typeEnd = endOfType(masked, i + 1, arrow);
    returnType = masked.slice(i + 1, typeEnd).trim();
    i = typeEnd;
  }
  while (/\s/.test(masked[i] ?? '')) i++;
  if (arrow && masked.startsWith('=>', i)) {
    i += 2;
    while (/\s/.test(masked[i] ?? '')) i++;
    if (masked[i] !== '{') return { params: paramNames(paramsText), returnType, body: [i, statementEnd(masked, i)], expression: true };
  }
  const body = masked[i] === '{' ? ([i, matchBracket(masked, i)] as [number, number]) : null;
  return { params: paramNames(paramsText), returnType, body, expression: false };
}

/** The end of a type annotation: before the body `{`, the arrow `=>` (arrow functions), `;` or `=`. */
function endOfType(masked: string, from: number, arrow: boolean): number {
  let expectType = true;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i]!;
    if (/\s/.test(ch)) continue;
    if (masked.startsWith('=>', i)) {
      if (arrow && !expectType) return i;
      expectType = true;
      i++;
    } else if (ch === '{' && !expectType) return i;
    else if ('{(['.includes(ch)) {
      i = matchBracket(masked, i) - 1;
      expectType = false;
    } else if (ch === '<') i = skipGenerics(masked, i) - 1;
    else if (ch === ';' || ch === '=' || ch === ')' || ch === '}') return i;
    else expectType = '|&,:?'.includes(ch) || /^(keyof|typeof|readonly|infer|is|extends|asserts|new)$/.test(wordAt(masked, i));
    if (/[\w$]/.test(ch)) i += wordAt(masked, i).length - 1;
  }
  return masked.length;
}

const wordAt = (text: string, i: number): string => /^[\w$]*/.exec(text.slice(i))![0];

function returnsValue(callable: Callable, masked: string, generator: boolean): boolean {
  if (callable.returnType !== null) return !/^(void|never|undefined|Promise<\s*void\s*>|asserts\b.*)$/.test(callable.returnType);
  if (generator || callable.expression) return true;
  const body = callable.body ? masked.slice(...callable.body) : '';
  return /\breturn\s*[^\s;}]/.test(body);
}

function callableItem(s: Structure, offset: number, name: string, kind: DocItemKind, from: number, generator: boolean): FoundItem | null {
  const masked = s.masked;
  const list = parameterList(masked, skipGenerics(masked, from));
  if (!list) return null;
  const callable = callableAfter(masked, list.text, list.end, false);
  const body = callable.body ? masked.slice(...callable.body) : '';
  const returns = returnsValue(callable, masked, generator);
  return { offset, name, kind, line: 0, params: callable.params, returns, throws: unique(thrownClasses(body)) };
}

/** `const f = (a) => ...` or `const f = function (a) {...}`: a function; any other initializer: a constant. */
function variableItem(s: Structure, offset: number, name: string, afterName: number): FoundItem {
  const masked = s.masked;
  const constant: FoundItem = { offset, name, kind: 'constant', line: 0, params: [], returns: false, throws: [] };
  const equals = statementEndOrEquals(masked, afterName);
  if (equals < 0) return constant;
  let i = equals + 1;
  while (/\s/.test(masked[i] ?? '')) i++;
  const head = /^(async\s+)?(function\b\s*(\*?)\s*[\w$]*\s*)?/.exec(masked.slice(i))!;
  i += head[0].length;
  const single = /^([\w$]+)\s*=>/.exec(masked.slice(i));
  let callable: Callable;
  if (single) callable = callableAfter(masked, single[1]!, i + single[1]!.length, true);
  else {
    i = skipGenerics(masked, i);
    if (masked[i] !== '(') return constant;
    const end = matchBracket(masked, i);
    callable = callableAfter(masked, masked.slice(i + 1, end - 1), end, !head[2]);
    if (!head[2] && !callable.expression && !masked.slice(end, callable.body?.[0] ?? end).includes('=>')) return constant;
  }
  const body = callable.body ? masked.slice(...callable.body) : '';
  const returns = returnsValue(callable, masked, Boolean(head[3]));
  return { offset, name, kind: 'function', line: 0, params: callable.params, returns, throws: unique(thrownClasses(body)) };
}

/** The offset of the `=` of a declaration (not `=>`, not inside brackets), or -1 when the statement ends first. */
function statementEndOrEquals(masked: string, from: number): number {
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i]!;
    if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch) && masked[i - 1] !== '=') depth--;
    else if (depth === 0 && ch === '=' && masked[i + 1] !== '>' && masked[i + 1] !== '=') return i;
    else if (depth === 0 && (ch === ';' || ch === '\n')) return -1;
  }
  return -1;
}

function classMembers(s: Structure, body: [number, number]): FoundItem[] {
  const found: FoundItem[] = [];
  for (const offset of declarationStarts(s, body[0] + 1, body[1] - 1, isDecorator)) {
    const head = s.masked.slice(offset, offset + 600);
    const member = MEMBER.exec(head);
    const arrow = member ? null : ARROW_FIELD.exec(head);
    const modifiers = (member?.[1] ?? arrow?.[1] ?? '').split(/\s+/);
    const name = member?.[4] ?? arrow?.[2];
    if (!name || name.startsWith('#') || NOT_MEMBER_NAMES.has(name) || modifiers.includes('private') || modifiers.includes('protected')) continue;
    if (found.some((item) => item.name === name)) continue;
    const item = arrow
      ? variableItem(s, offset, name, offset + head.indexOf(name) + name.length)
      : callableItem(s, offset, name, 'method', offset + member![0].length - 1, Boolean(member![3]));
    if (!item || (arrow && item.kind !== 'function')) continue;
    if (member?.[2] === 'get') item.returns = true;
    if (member?.[2] === 'set' || name === 'constructor') item.returns = false;
    found.push({ ...item, kind: 'method' });
  }
  return found;
}

function topLevelItems(s: Structure, offset: number, exported: Set<string>): FoundItem[] {
  const head = s.masked.slice(offset, offset + 400);
  for (const [kind, pattern] of TOP_LEVEL) {
    const match = pattern.exec(head);
    if (!match) continue;
    const name = match[4]!;
    if (!match[1] && !exported.has(name)) return [];
    const end = offset + match[0].length;
    if (kind === 'function') return [callableItem(s, offset, name, kind, end, Boolean(match[3]))].filter((item): item is FoundItem => item !== null);
    if (kind === 'constant') return [variableItem(s, offset, name, end)];
    const item: FoundItem = { offset, name, kind, line: 0, params: [], returns: false, throws: [] };
    const body = kind === 'class' ? bodyFrom(s.masked, end) : null;
    return body ? [item, ...classMembers(s, body)] : [item];
  }
  return [];
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('typescript', code);
  const s = structureOf(lexed);
  const exported = exportListNames(lexed.masked);
  const found: FoundItem[] = [];
  for (const offset of declarationStarts(s, 0, lexed.masked.length, isDecorator)) {
    for (const item of topLevelItems(s, offset, exported)) {
      const duplicate = item.kind !== 'method' && found.some((other) => other.kind === item.kind && other.name === item.name);
      if (!duplicate) found.push(item);
    }
  }
  const parse = (comment: string, item: DocItem, terminated: boolean) => parseTagged(comment, item, terminated, RULES);
  return attachDocs(s, found, isDecorator, { block: isBlockDoc, allowBlank: true }, parse);
}

function strip(code: string): string {
  return removeComments(lex('typescript', code), (_token, text) => isBlockDoc(text));
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const edits = scan(code).map((item) => {
    const docs = completeDocs(item, docsFor(item));
    const safe = (text: string): string => blockSafe(text, '\\@');
    const tags = tagLines(docs, {
      param: (name, text) => `@param ${name} - ${safe(text)}`,
      returns: '@returns',
      throws: (name, text) => `@throws {${name}} ${safe(text)}`,
    }).map((line) => (line.startsWith('@returns') ? `@returns ${safe(line.slice(9))}` : line));
    const lines = blockLines(safe(docs.summary), tags).map((line) => item.indent + line);
    const start = item.docLines ? item.docLines[0] : item.anchor;
    return { start, deleteCount: item.anchor - start, insert: lines };
  });
  return applyLineEdits(code, uniqueStarts(edits));
}

/** Keeps one edit per start line (items declared on one line share a comment). */
export function uniqueStarts<T extends { start: number }>(edits: T[]): T[] {
  const seen = new Set<number>();
  return edits.filter((edit) => !seen.has(edit.start) && seen.add(edit.start));
}

/** TypeScript: TSDoc/JSDoc. */
export const typescriptDocs: LanguageDocs = {
  format: 'TSDoc/JSDoc block comments (/** ... */) before each exported declaration, with @param, @returns and @throws tags',
  scan,
  strip,
  render,
};
