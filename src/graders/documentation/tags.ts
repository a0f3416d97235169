import { mentions, simpleName } from './shared.js';

/** A block tag of a doc comment (`@param x text`), with the lines it spans. */
export interface BlockTag {
  name: string;
  body: string;
}

/** The description before the first block tag, and the tags. Lines inside ``` fences never start a tag. */
export function splitBlockTags(text: string): { description: string; tags: BlockTag[] } {
  const description: string[] = [];
  const tags: BlockTag[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('```')) fenced = !fenced;
    const tag = fenced ? null : /^@([\w!-]+)\s*(.*)$/.exec(trimmed);
    const current = tags[tags.length - 1];
    if (tag) tags.push({ name: tag[1]!, body: tag[2]! });
    else if (current) current.body += '\n' + line;
    else description.push(line);
  }
  return { description: description.join('\n').trim(), tags };
}

/** Whether text holds at least one word. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Removes a leading `{Type}` (balanced braces) from a tag body. */
export function withoutBraceType(body: string): { type: string; rest: string } {
  const trimmed = body.trimStart();
  if (!trimmed.startsWith('{')) return { type: '', rest: trimmed };
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] === '{') depth++;
    else if (trimmed[i] === '}' && --depth === 0) return { type: trimmed.slice(1, i), rest: trimmed.slice(i + 1).trimStart() };
  }
  return { type: trimmed.slice(1), rest: '' };
}

/** Whether one of the texts names the thrown class (a qualified name matches its last segment). */
export function namesThrow(texts: string[], thrown: string): boolean {
  return texts.some((text) => mentions(text, thrown, true) || text.split(/[\s{}[\](),|]+/).some((word) => simpleName(word) === thrown));
}
