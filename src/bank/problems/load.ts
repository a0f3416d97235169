import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIFFICULTIES, LANGUAGES, type Language } from '../../core/index.js';
import { toProblem, type Problem } from './problem.js';
import { RENDERERS } from './renderers.js';

/** A problem with the per-language files found next to it. */
export interface ProblemSource {
  problem: Problem;
  /** `problems/<difficulty>/<slug>`, relative to the bank root. */
  path: string;
  references: Partial<Record<Language, string>>;
  poor: Partial<Record<Language, string>>;
  /** What `aibaas bank derive` stored per language (defect, failing output, mutants). */
  derived: Partial<Record<Language, DerivedFiles>>;
}

export interface DerivedFiles {
  /** The derivation was made from an earlier version of the reference: derive it again. */
  stale: boolean;
  defect?: string;
  failures?: string;
  mutants: string[];
}

export interface ProblemIssue {
  path: string;
  reason: string;
}

const readOptional = (file: string) => readFile(file, 'utf8').catch(() => undefined);

async function directories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Loads every problem under `<bank>/problems/<difficulty>/<slug>/`; malformed ones are returned as issues. */
export async function loadProblems(bankRoot: string): Promise<{ problems: ProblemSource[]; issues: ProblemIssue[] }> {
  const problems: ProblemSource[] = [];
  const issues: ProblemIssue[] = [];
  const root = path.join(bankRoot, 'problems');
  for (const difficulty of await directories(root)) {
    if (!(DIFFICULTIES as readonly string[]).includes(difficulty)) {
      issues.push({ path: path.join('problems', difficulty), reason: `"${difficulty}" is not a difficulty (easy, medium, hard)` });
      continue;
    }
    for (const slug of await directories(path.join(root, difficulty))) {
      const relative = path.join('problems', difficulty, slug);
      const dir = path.join(bankRoot, relative);
      try {
        const text = await readFile(path.join(dir, 'problem.yaml'), 'utf8').catch(() => {
          throw new Error('problem.yaml is missing');
        });
        const problem = toProblem(parseYaml(text), difficulty, slug);
        const source: ProblemSource = { problem, path: relative, references: {}, poor: {}, derived: {} };
        for (const language of LANGUAGES) {
          const file = RENDERERS[language].solutionFile;
          const reference = await readOptional(path.join(dir, 'reference', file));
          if (reference !== undefined) source.references[language] = reference;
          const poor = await readOptional(path.join(dir, 'poor', file));
          if (poor !== undefined) source.poor[language] = poor;
          const derived = await loadDerived(path.join(dir, 'derived', language), file, reference);
          if (derived) source.derived[language] = derived;
        }
        problems.push(source);
      } catch (error) {
        issues.push({ path: path.join(relative, 'problem.yaml'), reason: (error as Error).message });
      }
    }
  }
  return { problems, issues };
}

/** The digest of a reference that derived files record. */
export function referenceDigest(reference: string): string {
  return createHash('sha256').update(reference).digest('hex');
}

async function loadDerived(dir: string, solutionFile: string, reference: string | undefined): Promise<DerivedFiles | null> {
  const digest = (await readOptional(path.join(dir, 'reference.sha256')))?.trim();
  const defect = await readOptional(path.join(dir, `defect-${solutionFile}`));
  const failures = await readOptional(path.join(dir, 'failures.txt'));
  const mutantNames = (await readdir(path.join(dir, 'mutants')).catch(() => [] as string[])).filter((name) => name.endsWith(`-${solutionFile}`)).sort();
  const mutants: string[] = [];
  for (const name of mutantNames) mutants.push(await readFile(path.join(dir, 'mutants', name), 'utf8'));
  if (defect === undefined && mutants.length === 0 && digest === undefined) return null;
  const stale = reference === undefined || digest !== referenceDigest(reference);
  return { stale, ...(defect !== undefined ? { defect } : {}), ...(failures !== undefined ? { failures } : {}), mutants };
}
