import { sentence } from './shared.js';
import { hasWords, namesThrow, splitBlockTags, withoutBraceType } from './tags.js';
import type { CompleteDocs } from './shared.js';
import type { DocItem, ParsedDoc } from './types.js';

/** The tag rules of a `/** ... *\/` doc format (TSDoc/JSDoc or Javadoc). */
export interface TagRules {
  known: Set<string>;
  param: Set<string>;
  returns: Set<string>;
  /** Tags that describe the return value but are spelled wrong for the format (Javadoc `@returns`). */
  misspelledReturns: Set<string>;
  throws: Set<string>;
  /** Tags whose text is part of the description. */
  description: Set<string>;
  /** Any throws tag describes the item's only thrown error, even without naming it. */
  lenientThrows: boolean;
}

/** The text of a `/** ... *\/` comment without its markers and leading asterisks. */
export function blockCommentText(comment: string): string {
  const inner = comment.trim().replace(/^\/\*\*/, '').replace(/\*\/$/, '');
  return inner
    .split('\n')
    .map((line) => line.replace(/^\s*\*(?!\/) ?/, ''))
    .join('\n')
    .trim();
}

/** Whether a comment token is a `/** ... *\/` doc comment (not the empty `/**\/`). */
export const isBlockDoc = (text: string): boolean => text.startsWith('/**') && !text.startsWith('/**/');

interface ParamEntry {
  name: string | null;
  text: string;
}

function paramEntry(body: string): ParamEntry {
  const { rest } = withoutBraceType(body);
  const match = /^(?:\[([\w$.]+)(?:=[^\]]*)?\]|(<\w+>|[\w$.]+))\s*(?:-\s*)?([\s\S]*)$/.exec(rest);
  if (!match) return { name: null, text: '' };
  return { name: match[1] ?? match[2]!, text: match[3]!.trim() };
}

/** Parses a `/** ... *\/` doc comment by the rules of its format. */
export function parseTagged(comment: string, _item: DocItem, terminated: boolean, rules: TagRules): ParsedDoc {
  const text = blockCommentText(comment);
  const { description, tags } = splitBlockTags(text);
  const problems: string[] = terminated ? [] : ['the comment is not terminated'];
  const declaredParams: string[] = [];
  const undescribedParams: string[] = [];
  const throwTexts: string[] = [];
  let returns = false;
  let summary = hasWords(description);
  for (const tag of tags) {
    if (!rules.known.has(tag.name)) problems.push(`unknown tag @${tag.name}`);
    if (rules.description.has(tag.name) && hasWords(tag.body)) summary = true;
    if (rules.returns.has(tag.name) || rules.misspelledReturns.has(tag.name)) returns ||= hasWords(withoutBraceType(tag.body).rest);
    if (rules.misspelledReturns.has(tag.name)) problems.push(`@${tag.name} is not a tag of this format: write @${[...rules.returns][0]}`);
    if (rules.throws.has(tag.name)) throwTexts.push(tag.body);
    if (!rules.param.has(tag.name)) continue;
    const entry = paramEntry(tag.body);
    if (entry.name === null) problems.push(`@${tag.name} without a parameter name`);
    if (entry.name === null || entry.name.startsWith('<') || entry.name.includes('.')) continue;
    declaredParams.push(entry.name);
    if (!hasWords(entry.text)) undescribedParams.push(entry.name);
  }
  const describesThrow = (thrown: string, owner: DocItem): boolean =>
    namesThrow(throwTexts, thrown) || (rules.lenientThrows && owner.throws.length === 1 && throwTexts.length > 0);
  return { text, problems, summary, declaredParams, undescribedParams, paramLabel: '@param', returns, describesThrow };
}

/** Escapes text for a `/** ... *\/` comment: no `*\/`, no line starting a tag. */
export function blockSafe(text: string, at: string): string {
  const safe = text.replace(/\*\//g, '*\\/');
  return safe.startsWith('@') ? at + safe.slice(1) : safe;
}

/** Lays out the lines of a `/** ... *\/` comment. */
export function blockLines(summary: string, tagLines: string[]): string[] {
  const body = tagLines.length > 0 ? [sentence(summary), '', ...tagLines] : [sentence(summary)];
  return ['/**', ...body.map((line) => (line ? ` * ${line}` : ' *')), ' */'];
}

/** How a format spells its tags. */
export interface TagSpelling {
  param: (name: string, text: string) => string;
  returns: string;
  throws: (thrown: string, text: string) => string;
}

/** The canonical tag lines of complete docs. */
export function tagLines(docs: CompleteDocs, spell: TagSpelling): string[] {
  const lines = docs.params.map(([name, text]) => spell.param(name, text));
  if (docs.returns !== null) lines.push(`${spell.returns} ${docs.returns}`);
  for (const [name, text] of docs.throws) lines.push(spell.throws(name, text));
  return lines;
}
