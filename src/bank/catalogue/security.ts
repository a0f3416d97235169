import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import {
  createRandom, DIFFICULTIES, hashString, LANGUAGE_INFO, LANGUAGES, renderFindingsAnswer, shuffled, type Difficulty, type GroundTruthIssue, type Language, type SeededRandom,
} from '../../core/index.js';
import type { GeneratedTask } from '../problems/generate.js';
import { LANGUAGE_PREFIX, visibilityOf } from '../problems/generate.js';
import { describeZodIssues } from '../load-bank.js';

const snippetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
    role: z.enum(['vulnerable', 'benign', 'decoy']),
    subtlety: z.enum(['obvious', 'moderate', 'subtle']).optional(),
    category: z.string().min(2).optional(),
    cwe: z.string().regex(/^CWE-\d+$/, 'must be written CWE-<number>').optional(),
    severity: z.enum(['critical', 'high', 'medium']).optional(),
    symbol: z.string().min(1),
    imports: z.array(z.string()).default([]),
    code: z.string().min(1),
    flaw: z.string().optional(),
    flaw_lines: z.number().int().min(1).default(1),
    title: z.string().optional(),
    explanation: z.string().optional(),
    remediation: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    fixed: z.string().optional(),
    fixed_imports: z.array(z.string()).default([]),
    looks_like: z.string().optional(),
  })
  .strict();

const catalogueSchema = z
  .object({
    language: z.enum(LANGUAGES),
    prelude: z.string().default(''),
    prelude_imports: z.array(z.string()).default([]),
    snippets: z.array(snippetSchema).min(1),
  })
  .strict();

export type Snippet = z.infer<typeof snippetSchema>;
export type SecurityCatalogue = z.infer<typeof catalogueSchema>;

/** Checks what the schema cannot: a vulnerable snippet's fields, and where its flaw line is. */
function checkSnippet(snippet: Snippet): string | null {
  if (snippet.role !== 'vulnerable') return null;
  for (const key of ['subtlety', 'category', 'cwe', 'severity', 'flaw', 'title', 'explanation', 'remediation', 'fixed'] as const) {
    if (snippet[key] === undefined) return `snippet ${snippet.id}: a vulnerable snippet needs ${key}`;
  }
  const hits = snippet.code.split('\n').filter((line) => line.includes(snippet.flaw!)).length;
  if (hits !== 1) return `snippet ${snippet.id}: flaw must occur on exactly one line of code (found on ${hits})`;
  return null;
}

/** Reads `bank/catalogue/security/<language>.yaml` for every language that has one. */
export async function loadSecurityCatalogues(bankRoot: string): Promise<{ catalogues: SecurityCatalogue[]; issues: { path: string; reason: string }[] }> {
  const catalogues: SecurityCatalogue[] = [];
  const issues: { path: string; reason: string }[] = [];
  for (const language of LANGUAGES) {
    const relative = `catalogue/security/${language}.yaml`;
    let text: string;
    try {
      text = await readFile(path.join(bankRoot, relative), 'utf8');
    } catch {
      continue;
    }
    try {
      const parsed = catalogueSchema.safeParse(parseYaml(text));
      if (!parsed.success) throw new Error(describeZodIssues(parsed.error));
      if (parsed.data.language !== language) throw new Error(`language "${parsed.data.language}" contradicts the file name`);
      const problems = parsed.data.snippets.map(checkSnippet).filter((problem): problem is string => problem !== null);
      const ids = parsed.data.snippets.map((snippet) => snippet.id);
      const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
      if (duplicate) problems.push(`snippet id "${duplicate}" is used twice`);
      if (problems.length > 0) throw new Error(problems.join('; '));
      catalogues.push(parsed.data);
    } catch (error) {
      issues.push({ path: relative, reason: (error as Error).message });
    }
  }
  return { catalogues, issues };
}

/** The shape of a task at each difficulty: how many vulnerable, benign and decoy snippets, and which subtleties. */
const SHAPES: Readonly<Record<Difficulty, { vulnerable: number[]; subtleties: string[]; needsSubtle: boolean; benign: number; decoys: number }>> = {
  easy: { vulnerable: [1, 2], subtleties: ['obvious', 'moderate'], needsSubtle: false, benign: 2, decoys: 0 },
  medium: { vulnerable: [2], subtleties: ['obvious', 'moderate', 'subtle'], needsSubtle: false, benign: 2, decoys: 1 },
  hard: { vulnerable: [3], subtleties: ['obvious', 'moderate', 'subtle'], needsSubtle: true, benign: 1, decoys: 2 },
};

export const SECURITY_TASKS_PER_CELL = 20;

/**
 * Chooses the vulnerable sets of a difficulty: distinct sets, no two snippets of one category in a set (so every
 * finding has one answer), medium sets hold a moderate or subtle one, hard sets a subtle one; the seeded order
 * spreads the snippets evenly.
 */
function vulnerableSets(catalogue: SecurityCatalogue, difficulty: Difficulty, seed: number): Snippet[][] {
  const shape = SHAPES[difficulty];
  const pool = catalogue.snippets.filter((s) => s.role === 'vulnerable' && shape.subtleties.includes(s.subtlety!));
  const random = createRandom(seed);
  const sets: Snippet[][] = [];
  const seen = new Set<string>();
  const uses = new Map<string, number>();
  for (const size of shape.vulnerable) {
    const tries = 4000;
    for (let attempt = 0; attempt < tries && sets.length < SECURITY_TASKS_PER_CELL; attempt++) {
      const ordered = shuffled(pool, random).sort((a, b) => (uses.get(a.id) ?? 0) - (uses.get(b.id) ?? 0));
      const set: Snippet[] = [];
      for (const snippet of ordered) {
        if (set.length === size) break;
        if (set.some((other) => other.category === snippet.category)) continue;
        if (random.int(0, 99) < 35 && ordered.length > size * 2) continue;
        set.push(snippet);
      }
      if (set.length !== size) continue;
      if (difficulty === 'medium' && !set.some((s) => s.subtlety !== 'obvious')) continue;
      if (shape.needsSubtle && !set.some((s) => s.subtlety === 'subtle')) continue;
      const key = set.map((s) => s.id).sort().join('+');
      if (seen.has(key)) continue;
      seen.add(key);
      sets.push(set);
      for (const s of set) uses.set(s.id, (uses.get(s.id) ?? 0) + 1);
      // Easy tasks start with one vulnerability each; once every snippet has had one, pairs follow.
      if (size === 1 && sets.length >= pool.length) break;
    }
  }
  return sets;
}

interface Composition {
  code: string;
  issues: GroundTruthIssue[];
}

function unique(lines: readonly string[]): string[] {
  return [...new Set(lines.map((line) => line.trimEnd()).filter((line) => line.trim() !== ''))];
}

function indent(code: string, by: string): string {
  return code.split('\n').map((line) => (line.trim() === '' ? '' : `${by}${line}`)).join('\n');
}

/** The module header: imports in the language's form (Go: one import block). */
function header(language: Language, imports: readonly string[]): string[] {
  if (language === 'go') return imports.length === 0 ? ['package solution'] : ['package solution', '', 'import (', ...imports.map((line) => `\t${line.trim()}`), ')'];
  return [...imports];
}

/**
 * Composes snippets into one module (docs/bank.md, "Security tasks"): imports, prelude, snippets one blank line
 * apart; Java and C# wrap the members in class Solution. With `fixed`, vulnerable snippets give their fixed code.
 * Returns the code and, for the vulnerable form, where each planted flaw sits.
 */
export function composeModule(catalogue: SecurityCatalogue, snippets: readonly Snippet[], fixed: boolean): Composition {
  const language = catalogue.language;
  const bodies = snippets.map((s) => (fixed && s.role === 'vulnerable' ? s.fixed! : s.code).trimEnd());
  const imports = unique([...catalogue.prelude_imports, ...snippets.flatMap((s) => [...s.imports, ...(fixed && s.role === 'vulnerable' ? s.fixed_imports : [])])]);
  const wrap = language === 'java' || language === 'csharp';
  const memberIndent = wrap ? '    ' : '';
  const lines: string[] = [...header(language, imports)];
  if (lines.length > 0) lines.push('');
  if (wrap) lines.push(language === 'java' ? 'public final class Solution {' : 'public static class Solution {');
  if (catalogue.prelude.trim() !== '') lines.push(indent(catalogue.prelude.trimEnd(), memberIndent), '');
  const issues: GroundTruthIssue[] = [];
  snippets.forEach((snippet, index) => {
    const start = lines.length + 1;
    if (!fixed && snippet.role === 'vulnerable') {
      const offset = snippet.code.split('\n').findIndex((line) => line.includes(snippet.flaw!));
      const first = start + offset;
      issues.push({
        kind: snippet.category!,
        cwe: snippet.cwe!,
        severity: snippet.severity!,
        location: `lines ${first}-${first + snippet.flaw_lines - 1} in ${snippet.symbol}`,
        lines: [first, first + snippet.flaw_lines - 1],
        symbol: snippet.symbol,
        description: `${snippet.title!}\n${snippet.explanation!}`,
        ...(snippet.keywords ? { keywords: snippet.keywords } : {}),
        fix: snippet.remediation!,
      });
    }
    lines.push(...indent(bodies[index]!, memberIndent).split('\n'));
    if (index < snippets.length - 1) lines.push('');
  });
  if (wrap) lines.push('}');
  return { code: `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, issues: issues.sort((a, b) => a.lines![0] - b.lines![0]) };
}

function pick(pool: readonly Snippet[], count: number, random: SeededRandom): Snippet[] {
  return shuffled(pool, random).slice(0, count);
}

function securityPrompt(language: Language, code: string, fileName: string): string {
  const name = LANGUAGE_INFO[language].displayName;
  return [
    `Audit the ${name} module below (file ${fileName}) from a web service for security vulnerabilities. Report each`,
    'vulnerability with its line, its CWE id, how severe it is (critical, high or medium), why it can be exploited and how',
    'to remediate it. Report only real vulnerabilities: safe code reported as vulnerable counts against you.',
    '',
    '```' + (LANGUAGE_INFO[language].fenceTags[0] ?? '') + '\n' + code.trimEnd() + '\n```',
    '',
  ].join('\n');
}

/** Every security task the catalogues give: 20 per language and difficulty where the catalogue allows. */
export function generateSecurityTasks(catalogues: readonly SecurityCatalogue[], options: { seed: number; created: string }): GeneratedTask[] {
  const tasks: GeneratedTask[] = [];
  for (const catalogue of catalogues) {
    const language = catalogue.language;
    const extension = LANGUAGE_INFO[language].extension;
    const fileName = language === 'java' || language === 'csharp' ? `Solution.${extension}` : `solution.${extension}`;
    for (const difficulty of DIFFICULTIES) {
      const random = createRandom(hashString(`${options.seed}:${language}:${difficulty}`));
      const shape = SHAPES[difficulty];
      vulnerableSets(catalogue, difficulty, hashString(`${language}:${difficulty}`)).forEach((set, index) => {
        const categories = new Set(set.map((s) => s.cwe));
        const benign = pick(catalogue.snippets.filter((s) => s.role === 'benign'), shape.benign, random);
        const decoys = pick(catalogue.snippets.filter((s) => s.role === 'decoy' && !categories.has(s.cwe)), shape.decoys, random);
        const snippets = shuffled([...set, ...benign, ...decoys], random);
        const vulnerable = composeModule(catalogue, snippets, false);
        const fixed = composeModule(catalogue, snippets, true);
        const id = `${LANGUAGE_PREFIX[language]}-sec-${difficulty}-${String(index + 1).padStart(2, '0')}-${set[0]!.id}`.slice(0, 80).replace(/-+$/, '');
        const meta = {
          id,
          title: `Security audit: ${set.map((s) => s.category).join(', ')}`,
          description: `A ${LANGUAGE_INFO[language].displayName} module with ${set.length} planted vulnerabilit${set.length === 1 ? 'y' : 'ies'} (${set.map((s) => s.cwe).join(', ')})`,
          generated_from: `catalogue/security/${language}.yaml`,
          solution_file: fileName,
          tags: ['security', ...new Set(set.map((s) => s.category!))],
          source: 'original',
          author: 'aibaas-team',
          created: options.created,
          visibility: visibilityOf(options.seed, id),
          prompt: securityPrompt(language, vulnerable.code, fileName),
          files: { reference: `fixed.${extension}`, original: `original.${extension}`, answer: 'answer.md' },
          ground_truth: vulnerable.issues,
        };
        const yaml = `# Generated by \`aibaas bank generate\` from bank/catalogue/security/${language}.yaml: edit the catalogue, not this file.\n${stringifyYaml(meta)}`;
        tasks.push({
          id,
          dir: `${language}/security/${difficulty}/${id}`,
          files: { 'task.yaml': yaml, [`fixed.${extension}`]: fixed.code, [`original.${extension}`]: vulnerable.code, 'answer.md': renderFindingsAnswer(vulnerable.issues) },
        });
      });
    }
  }
  return tasks;
}
