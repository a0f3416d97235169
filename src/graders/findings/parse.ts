import type { Severity } from '../../core/index.js';
import { cweNumber, cwesIn } from './concepts.js';

/** One finding of a review or security answer, whatever form the answer took. */
export interface Finding {
  /** Everything the finding says (title, explanation, fix), for concept matching. */
  text: string;
  title: string;
  /** 1-based [first, last] line, when the finding gives one. */
  lines: [number, number] | null;
  cwe: number | null;
  severity: Severity | null;
  /** The suggested fix, when the answer separates it. */
  fix: string;
}

/** How the findings were read: a JSON list (the asked-for format), or the blocks of a prose answer. */
export interface ParsedFindings {
  method: 'json' | 'prose' | 'empty';
  findings: Finding[];
}

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Reads the findings of an answer: a JSON list in a fence or bare, else the list items and paragraphs of prose. */
export function parseFindings(answer: string): ParsedFindings {
  const json = jsonFindings(answer);
  if (json) return { method: 'json', findings: json };
  const prose = proseFindings(answer);
  return prose.length > 0 ? { method: 'prose', findings: prose } : { method: 'empty', findings: [] };
}

function jsonFindings(answer: string): Finding[] | null {
  const candidates = [...answer.matchAll(/```[ \t]*(?:json|jsonc)?[ \t]*\r?\n([\s\S]*?)```/gi)].map((match) => match[1]!);
  const bare = answer.trim();
  if (/^[[{]/.test(bare)) candidates.push(bare);
  for (const candidate of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const list = findingList(value);
    if (list) return list.map(findingFromObject).filter((finding): finding is Finding => finding !== null);
  }
  return null;
}

function findingList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return null;
  for (const key of ['findings', 'issues', 'vulnerabilities', 'problems', 'comments', 'results']) {
    const inner = (value as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner;
  }
  return null;
}

function field(object: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (object[name] !== undefined && object[name] !== null) return object[name];
  return undefined;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asText).join(' ');
  return '';
}

function findingFromObject(value: unknown): Finding | null {
  if (typeof value === 'string') return findingFromText(value);
  if (typeof value !== 'object' || value === null) return null;
  const object = value as Record<string, unknown>;
  const title = asText(field(object, ['title', 'issue', 'name', 'type', 'category', 'vulnerability', 'summary']));
  const explanation = asText(field(object, ['explanation', 'description', 'details', 'detail', 'message', 'reason', 'impact']));
  const fix = asText(field(object, ['fix', 'suggestion', 'remediation', 'recommendation', 'suggested_fix', 'mitigation']));
  const where = field(object, ['line', 'lines', 'line_start', 'start_line', 'startLine', 'location', 'loc']);
  const end = field(object, ['end_line', 'line_end', 'endLine']);
  const symbol = asText(field(object, ['function', 'method', 'symbol', 'where']));
  const text = [title, explanation, fix, symbol, typeof where === 'string' ? where : ''].filter(Boolean).join('\n');
  if (text.trim() === '' && where === undefined) return null;
  const cweValue = field(object, ['cwe', 'cwe_id', 'cweId']);
  return {
    text,
    title,
    lines: linesOf(where, end),
    cwe: typeof cweValue === 'number' || typeof cweValue === 'string' ? cweNumber(cweValue) : (cwesIn(text)[0] ?? null),
    severity: severityOf(asText(field(object, ['severity', 'level', 'priority', 'risk']))),
    fix,
  };
}

function linesOf(where: unknown, end: unknown): [number, number] | null {
  const endLine = typeof end === 'number' ? end : typeof end === 'string' && /^\d+$/.test(end.trim()) ? Number(end) : null;
  if (typeof where === 'number' && Number.isInteger(where) && where > 0) return [where, endLine && endLine >= where ? endLine : where];
  if (Array.isArray(where) && where.length > 0 && where.every((n) => typeof n === 'number')) {
    const numbers = where as number[];
    return [Math.min(...numbers), Math.max(...numbers)];
  }
  if (typeof where === 'string') return linesInText(where) ?? (/^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(where) ? rangeOf(where) : null);
  return null;
}

function rangeOf(text: string): [number, number] | null {
  const match = /(\d+)\s*(?:[-–]|to|through)?\s*(\d+)?/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : start;
  return start > 0 ? [start, Math.max(start, end)] : null;
}

/** `line 12`, `lines 12-14`, `L12`, `L12-L14`, `:12` → the first range the text names. */
export function linesInText(text: string): [number, number] | null {
  const match =
    /\blines?\s*#?\s*(\d+)(?:\s*(?:[-–]|to|through|and)\s*(?:lines?\s*)?(\d+))?/i.exec(text) ??
    /\bL(\d+)(?:\s*[-–]\s*L?(\d+))?\b/.exec(text) ??
    /\.\w{1,4}:(\d+)(?:[-–](\d+))?\b/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : start;
  return start > 0 ? [start, Math.max(start, end)] : null;
}

function severityOf(text: string): Severity | null {
  const lower = text.toLowerCase();
  if (/\b(blocker|critical|severe)\b/.test(lower)) return 'critical';
  if (/\b(high|major|important)\b/.test(lower)) return 'high';
  if (/\b(medium|moderate|warning)\b/.test(lower)) return 'medium';
  if (/\b(low|minor|info|informational|nit|trivial)\b/.test(lower)) return 'low';
  return SEVERITIES.find((severity) => lower === severity) ?? null;
}

function findingFromText(block: string): Finding | null {
  const text = block.trim();
  if (text === '') return null;
  const title = text.split('\n')[0]!.replace(/^[#*\-\d.)\s]+/, '').replace(/\*\*/g, '').trim();
  const fixMatch = /(?:^|\n)\s*(?:[*_-]*\s*)?(?:fix|suggested fix|remediation|recommendation|suggestion)\s*[*_]*\s*[:-]\s*([\s\S]*)/i.exec(text);
  return {
    text,
    title,
    lines: linesInText(text),
    cwe: cwesIn(text)[0] ?? null,
    severity: severityOf(/\b(critical|high|medium|moderate|low|minor|major|severe|blocker)\b(?=[\s)\]:*|-]|$)/i.exec(text)?.[1] ?? ''),
    fix: fixMatch?.[1]?.trim() ?? '',
  };
}

/**
 * Splits a prose answer into finding blocks: top-level list items and headed sections; a paragraph counts when no
 * list or heading structure exists. Code fences stay inside the block they belong to. Blocks that name no line, CWE
 * or severity and hold fewer than four words (e.g. "Findings:") are not findings.
 */
function proseFindings(answer: string): Finding[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const structured = /^(\s{0,3}([-*+]|\d+[.)])\s+|#{1,6}\s|\*\*[^*]+\*\*\s*$)/m.test(answer.replace(/```[\s\S]*?```/g, ''));
  const flush = () => {
    if (current.join('').trim() !== '') blocks.push(current.join('\n'));
    current = [];
  };
  for (const line of answer.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const starts = !inFence && (structured ? /^(\s{0,1}([-*+]|\d+[.)])\s+|#{1,6}\s|\*\*[^*]+\*\*)/.test(line) : line.trim() === '');
    if (starts) flush();
    current.push(line);
  }
  flush();
  return blocks
    .map(findingFromText)
    .filter((finding): finding is Finding => finding !== null)
    .filter((finding) => finding.lines !== null || finding.cwe !== null || finding.severity !== null || finding.text.split(/\s+/).length >= 4)
    .filter((finding) => !/^#{1,6}\s*(summary|overview|findings|issues|conclusion|security review|code review)\s*:?\s*$/i.test(finding.text));
}
