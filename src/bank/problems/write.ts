import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { referenceDigest } from './load.js';
import path from 'node:path';
import { DIFFICULTIES, LANGUAGES, SCENARIOS } from '../../core/index.js';
import type { GeneratedTask } from './generate.js';

export interface SyncReport {
  /** Task directories written (new or changed). */
  written: string[];
  /** Generated task directories removed because no problem gives them any more. */
  removed: string[];
  unchanged: number;
}

/**
 * Brings the bank's generated task directories in line with `tasks`: writes new and changed ones, removes generated
 * ones (task.yaml has `generated_from`) that no problem gives any more. Hand-written tasks are never touched. With
 * `dryRun` nothing is written: the report says what would change (`bank generate --check`).
 */
export async function syncGeneratedTasks(bankRoot: string, tasks: readonly GeneratedTask[], dryRun = false): Promise<SyncReport> {
  const report: SyncReport = { written: [], removed: [], unchanged: 0 };
  const wanted = new Set(tasks.map((task) => task.dir));
  for (const task of tasks) {
    const dir = path.join(bankRoot, task.dir);
    if (await sameContent(dir, task.files)) {
      report.unchanged++;
      continue;
    }
    report.written.push(task.dir);
    if (dryRun) continue;
    await rm(dir, { recursive: true, force: true });
    for (const [name, content] of Object.entries(task.files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
  }
  for (const dir of await generatedDirs(bankRoot)) {
    if (wanted.has(dir)) continue;
    report.removed.push(dir);
    if (!dryRun) await rm(path.join(bankRoot, dir), { recursive: true, force: true });
  }
  return report;
}

async function sameContent(dir: string, files: Record<string, string>): Promise<boolean> {
  const present = await listFiles(dir);
  if (present.length !== Object.keys(files).length) return false;
  for (const [name, content] of Object.entries(files)) {
    const actual = await readFile(path.join(dir, name), 'utf8').catch(() => null);
    if (actual !== content) return false;
  }
  return true;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), name)));
    else files.push(name);
  }
  return files;
}

/** Task directories whose task.yaml says `generated_from`. */
async function generatedDirs(bankRoot: string): Promise<string[]> {
  const found: string[] = [];
  for (const language of LANGUAGES) {
    for (const scenario of SCENARIOS) {
      for (const difficulty of DIFFICULTIES) {
        const cell = `${language}/${scenario}/${difficulty}`;
        const entries = await readdir(path.join(bankRoot, cell), { withFileTypes: true }).catch(() => []);
        for (const entry of entries.filter((item) => item.isDirectory())) {
          const yaml = await readFile(path.join(bankRoot, cell, entry.name, 'task.yaml'), 'utf8').catch(() => '');
          if (/^generated_from:/m.test(yaml)) found.push(`${cell}/${entry.name}`);
        }
      }
    }
  }
  return found;
}

/** Stores what `aibaas bank derive` found for one problem and language (read back by loadProblems). */
export async function writeDerived(bankRoot: string, problemPath: string, language: string, solutionFile: string, derived: { defect: string | null; failures: string; killed: readonly string[]; reference: string }): Promise<void> {
  const dir = path.join(bankRoot, problemPath, 'derived', language);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'mutants'), { recursive: true });
  // Which reference the derivation was made from: a changed reference makes it stale (loadProblems tells).
  await writeFile(path.join(dir, 'reference.sha256'), `${referenceDigest(derived.reference)}\n`);
  if (derived.defect !== null) {
    await writeFile(path.join(dir, `defect-${solutionFile}`), derived.defect);
    await writeFile(path.join(dir, 'failures.txt'), `${derived.failures.trim()}\n`);
  }
  for (const [index, mutant] of derived.killed.entries()) {
    await writeFile(path.join(dir, 'mutants', `${String(index + 1).padStart(2, '0')}-${solutionFile}`), mutant);
  }
}
