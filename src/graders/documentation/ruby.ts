import { lex, lineAt } from './lexer.js';
import type { Lexed } from './lexer.js';
import { logicalLines } from './indented.js';
import { applyLineEdits, attachedComment, completeDocs, fullLineComments, mentions, oneLine, sentence, splitTopLevel, unique } from './shared.js';
import { hasWords, namesThrow, splitBlockTags } from './tags.js';
import type { DocItem, ItemDocs, LanguageDocs, ParsedDoc, ScannedItem } from './types.js';

const TAGS = new Set([
  'param', 'option', 'return', 'raise', 'yield', 'yieldparam', 'yieldreturn', 'example', 'note', 'see', 'since', 'deprecated',
  'overload', 'api', 'abstract', 'author', 'todo', 'version', 'private', 'attr', 'attr_reader', 'attr_writer', 'visibility', 'scope',
  '!attribute', '!method', '!macro', '!group', '!endgroup', '!parse', '!scope', '!visibility', 'type',
]);

const MAGIC = /^#(!|\s*(frozen_string_literal|encoding|coding|warn_indent|shareable_constant_value):|\s*-\*-|\s*rubocop:)/;
const isSpecial = (text: string): boolean => MAGIC.test(text);
const MARKERS = { line: (text: string) => text.startsWith('#') && !isSpecial(text), allowBlank: false };

interface Container {
  kind: 'class' | 'module' | 'singleton' | 'def';
  indent: number;
  visibility: string;
  isPublic: boolean;
  privateNames: Set<string>;
}

interface Found {
  item: DocItem;
  line: number;
  owner: Container | null;
}

function rubyParams(text: string): string[] {
  return splitTopLevel(text)
    .map((param) => /^(?:\*\*|\*|&)?(\w+)/.exec(param.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

function defItem(lexed: Lexed, line: number, text: string, bodyEnd: number, owner: Container | null): DocItem | null {
  const match = /^(?:(?:private|protected|public)\s+)?def\s+(self\.)?([\w]+[?!=]?|\[\]=?|[-+*/%<>=!~^&|]+@?)\s*(\(|=|;|$)?/.exec(text);
  if (!match) return null;
  const name = match[2]!;
  const rest = lexed.masked.slice(lexed.lineStarts[line]);
  const start = lexed.lineStarts[line]! + (rest.length - rest.trimStart().length);
  const afterName = start + match[0].length - (match[3] ?? '').length;
  let params: string[] = [];
  if (match[3] === '(') {
    let depth = 0;
    let close = afterName;
    for (; close < lexed.masked.length; close++) {
      if (lexed.masked[close] === '(') depth++;
      else if (lexed.masked[close] === ')' && --depth === 0) break;
    }
    params = rubyParams(lexed.masked.slice(afterName + 1, close));
  } else if (!match[3]) {
    const lineEnd = lexed.masked.indexOf('\n', afterName);
    params = rubyParams(lexed.masked.slice(afterName, lineEnd < 0 ? undefined : lineEnd));
  }
  const body = lexed.masked.slice(afterName, bodyEnd);
  const throws = [...body.matchAll(/\b(?:raise|fail)\b[ \t(]*((?:[A-Z]\w*::)*[A-Z]\w*|["'%])?/g)]
    .filter((raise) => raise[1] !== undefined)
    .map((raise) => (/^["'%]/.test(raise[1]!) ? 'RuntimeError' : raise[1]!.split('::').pop()!));
  const returns = name !== 'initialize' && !/\w=$/.test(name);
  return { name, kind: owner ? 'method' : 'function', line: line + 1, params, returns, throws: unique(throws) };
}

/** Every def, class and module (public or not), with its owner; `item` is null for non-public ones. */
function declarations(lexed: Lexed): (Found & { isPublic: boolean })[] {
  const logical = logicalLines(lexed);
  const stack: Container[] = [];
  const result: (Found & { isPublic: boolean })[] = [];
  logical.forEach((current, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= current.indent) stack.pop();
    const owner = stack[stack.length - 1] ?? null;
    const text = current.text;
    const ownerPublic = owner === null || (owner.kind !== 'def' && owner.isPublic);
    const visibility = /^(private|protected|public|module_function)\s*$/.exec(text);
    if (visibility && owner && owner.kind !== 'def') owner.visibility = visibility[1] === 'module_function' ? 'public' : visibility[1]!;
    const named = /^(?:private|protected|private_class_method)\s+((?::\w+[?!=]?\s*,?\s*)+)$/.exec(text);
    if (named && owner) for (const name of named[1]!.match(/\w+[?!=]?/g) ?? []) owner.privateNames.add(name);
    const type = /^(class|module)\s+((?:\w+::)*\w+)/.exec(text);
    const singleton = /^class\s*<<\s*self\b/.test(text);
    const isDef = /^(?:(?:private|protected|public)\s+)?def\s/.test(text);
    if (!type && !singleton && !isDef) return;
    const end = logical.slice(index + 1).find((next) => next.indent <= current.indent);
    const bodyEnd = end ? end.offset : lexed.masked.length;
    if (singleton) {
      stack.push({ kind: 'singleton', indent: current.indent, visibility: 'public', isPublic: ownerPublic, privateNames: new Set() });
      return;
    }
    if (type) {
      const isPublic = ownerPublic;
      stack.push({ kind: type[1] as 'class' | 'module', indent: current.indent, visibility: 'public', isPublic, privateNames: new Set() });
      const name = type[2]!.split('::').pop()!;
      const item: DocItem = { name, kind: type[1] === 'class' ? 'class' : 'module', line: current.line + 1, params: [], returns: false, throws: [] };
      result.push({ item, line: current.line, owner, isPublic });
      return;
    }
    const item = defItem(lexed, current.line, text, bodyEnd, owner);
    const oneLine = /(;\s*end|\bend)\s*$/.test(text) || /^def\s+[^(]*(\([^)]*\))?\s*=[^=~]/.test(text.replace(/^(private|protected|public)\s+/, ''));
    if (!oneLine) stack.push({ kind: 'def', indent: current.indent, visibility: 'private', isPublic: false, privateNames: new Set() });
    if (!item) return;
    const visible = !/^(private|protected)\s/.test(text) && (owner === null || owner.visibility === 'public');
    const isPublic = ownerPublic && visible && item.name !== 'initialize';
    result.push({ item, line: current.line, owner, isPublic });
  });
  return result.map((found) => ({ ...found, isPublic: found.isPublic && !(found.owner?.privateNames.has(found.item.name) ?? false) }));
}

function commentText(comment: string): string {
  return comment
    .split('\n')
    .map((line) => line.trim().replace(/^# ?/, ''))
    .join('\n')
    .trim();
}

/** Parses a YARD (or plain RDoc) comment. */
function parseYard(comment: string, item: DocItem): ParsedDoc {
  const text = commentText(comment);
  const { description, tags } = splitBlockTags(text);
  const problems: string[] = [];
  const declaredParams: string[] = [];
  const undescribedParams: string[] = [];
  const raises: string[] = [];
  let returns = false;
  for (const tag of tags) {
    if (!TAGS.has(tag.name)) problems.push(`unknown tag @${tag.name}`);
    const opened = (tag.body.match(/\[/g) ?? []).length;
    if (opened !== (tag.body.match(/\]/g) ?? []).length) problems.push(`@${tag.name} has a malformed [Type]`);
    if (tag.name === 'return') returns ||= hasWords(tag.body);
    if (tag.name === 'raise') raises.push(tag.body);
    if (tag.name !== 'param') continue;
    const match = /^(?:\[[^\]]*\]\s*)?([*&]{0,2}\w+)\s*(?:\[[^\]]*\]\s*)?([\s\S]*)$/.exec(tag.body.trim());
    if (!match) {
      problems.push('@param without a parameter name');
      continue;
    }
    const name = match[1]!.replace(/^[*&]+/, '');
    declaredParams.push(name);
    if (!hasWords(match[2]!)) undescribedParams.push(name);
  }
  const plain = tags.length === 0;
  const mentionedParams = plain ? item.params.filter((param) => text.includes(`+${param}+`) || mentions(text, param)) : [];
  if (plain) returns = /\breturns?\b/i.test(text);
  const describesThrow = (thrown: string, owner: DocItem): boolean =>
    plain ? mentions(text, thrown, true) : namesThrow(raises, thrown) || (owner.throws.length === 1 && raises.length > 0);
  const summary = hasWords(description);
  return { text, problems, summary, declaredParams, undescribedParams, paramLabel: '@param', mentionedParams, returns, describesThrow };
}

function scan(code: string): ScannedItem[] {
  const lexed = lex('ruby', code);
  const comments = fullLineComments(lexed);
  const lines = code.split('\n');
  return declarations(lexed)
    .filter((found) => found.isPublic)
    .map(({ item, line }) => {
      const docLines = attachedComment(lexed, comments, line, MARKERS);
      const parsed = docLines ? parseYard(lines.slice(docLines[0], docLines[1] + 1).join('\n'), item) : null;
      return { ...item, anchor: line, indent: /^\s*/.exec(lines[line] ?? '')![0], docLines, parsed };
    });
}

/** The comment block at the top of the file (after the shebang and magic comments), if any. */
function fileHeader(lexed: Lexed, lines: string[]): number[] {
  const header: number[] = [];
  for (let line = 0; line < lines.length; line++) {
    const trimmed = lines[line]!.trim();
    if (trimmed === '') {
      if (header.length > 0) break;
      continue;
    }
    if (!trimmed.startsWith('#') || lexed.masked.split('\n')[line]!.trim() !== '') break;
    if (!isSpecial(trimmed)) header.push(line);
  }
  return header;
}

function strip(code: string): string {
  const lexed = lex('ruby', code);
  const comments = fullLineComments(lexed);
  const lines = code.split('\n');
  const doomed = new Set(fileHeader(lexed, lines));
  for (const { line } of declarations(lexed)) {
    const range = attachedComment(lexed, comments, line, MARKERS);
    if (range) for (let at = range[0]; at <= range[1]; at++) doomed.add(at);
  }
  for (const token of lexed.tokens) {
    if (token.kind === 'string') continue;
    const at = lineAt(lexed.lineStarts, token.start);
    if (isSpecial(lines[at]!.trim())) doomed.delete(at);
  }
  return lines.filter((_line, index) => !doomed.has(index)).join('\n');
}

const yardSafe = (text: string): string => (text.startsWith('@') ? `\\${text}` : text);

function docLines(item: DocItem, docs: ItemDocs): string[] {
  const complete = completeDocs(item, docs);
  const tags = complete.params.map(([name, text]) => `@param ${name} [Object] ${oneLine(text)}`);
  if (complete.returns !== null) tags.push(`@return [Object] ${complete.returns}`);
  for (const [name, text] of complete.throws) tags.push(`@raise [${name}] ${text}`);
  const lines = [yardSafe(sentence(complete.summary)), ...(tags.length > 0 ? ['', ...tags] : [])];
  return lines.map((line) => (line ? `# ${line}` : '#'));
}

function render(code: string, docsFor: (item: DocItem) => ItemDocs): string {
  const edits = scan(code).map((item) => {
    const start = item.docLines ? item.docLines[0] : item.anchor;
    return { start, deleteCount: item.anchor - start, insert: docLines(item, docsFor(item)).map((line) => item.indent + line) };
  });
  return applyLineEdits(code, edits);
}

/** Ruby: YARD comments. */
export const rubyDocs: LanguageDocs = {
  format: 'YARD comments (# lines) right above each public class, module and method, with @param name [Type], @return [Type] and @raise [Error] tags',
  scan,
  strip,
  render,
};
