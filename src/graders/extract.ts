import type { Language } from '../core/index.js';
import { LANGUAGE_INFO } from '../core/index.js';

export interface Extraction {
  code: string;
  /** `fenced:<tag>` (matching language), `fenced:untagged`, `fenced:other:<tag>`, `unfenced` or `empty`. */
  method: string;
}

interface Block {
  tag: string;
  code: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*$/;

/** Splits markdown into fenced blocks; an unclosed fence runs to the end of the text. */
function fencedBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE_OPEN.exec(lines[index] as string);
    if (!open) continue;
    const fence = open[1] as string;
    const body: string[] = [];
    let closed = index + 1;
    while (closed < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[closed] as string)) {
      body.push(lines[closed] as string);
      closed++;
    }
    blocks.push({ tag: (open[2] ?? '').toLowerCase(), code: body.join('\n') });
    index = closed;
  }
  return blocks;
}

function longest(blocks: Block[]): Block | undefined {
  return blocks.reduce<Block | undefined>((best, block) => (!best || block.code.length > best.code.length ? block : best), undefined);
}

/**
 * Finds the code in a model's answer. Prefers fenced blocks tagged with the task's language, then untagged ones,
 * then blocks with another tag (a wrong tag is common and the compiler is the judge of it); among equals the
 * longest wins, since models often add a short usage example. Without fences the whole answer is taken as code.
 */
export function extractCode(answer: string, language: Language): Extraction {
  const blocks = fencedBlocks(answer).filter((block) => block.code.trim().length > 0);
  const tags = LANGUAGE_INFO[language].fenceTags;
  const tagged = longest(blocks.filter((block) => tags.includes(block.tag)));
  if (tagged) return { code: tagged.code, method: `fenced:${tagged.tag}` };
  const untagged = longest(blocks.filter((block) => block.tag === ''));
  if (untagged) return { code: untagged.code, method: 'fenced:untagged' };
  const other = longest(blocks);
  if (other) return { code: other.code, method: `fenced:other:${other.tag}` };
  const trimmed = answer.trim();
  if (trimmed.length === 0 || /^(`{3,}|~{3,})/.test(trimmed)) return { code: '', method: 'empty' };
  return { code: answer, method: 'unfenced' };
}
