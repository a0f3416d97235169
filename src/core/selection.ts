import { createRandom, shuffled } from './random.js';
import type { Task } from './task.js';
import type { Difficulty, Language, Scenario } from './taxonomy.js';
import { DIFFICULTIES, LANGUAGES, SCENARIOS } from './taxonomy.js';

export interface SelectionOptions {
  languages: readonly Language[];
  scenarios: readonly Scenario[];
  difficulties?: readonly Difficulty[];
  /** Tasks picked per language × scenario × difficulty cell (default 1). */
  perCell?: number;
  seed: number;
}

/**
 * The default task selection of SPEC.md §3: per language × scenario, one random task of each difficulty.
 * The result depends only on the tasks' ids (not their order) and the seed, so a stored seed reproduces it.
 * Cells without tasks are skipped; callers report them.
 */
export function selectTasks(tasks: readonly Task[], options: SelectionOptions): Task[] {
  const perCell = options.perCell ?? 1;
  const difficulties = options.difficulties ?? DIFFICULTIES;
  const random = createRandom(options.seed);
  const selected: Task[] = [];
  for (const language of LANGUAGES.filter((l) => options.languages.includes(l))) {
    for (const scenario of SCENARIOS.filter((s) => options.scenarios.includes(s))) {
      for (const difficulty of DIFFICULTIES.filter((d) => difficulties.includes(d))) {
        const cell = tasks
          .filter((t) => t.language === language && t.scenario === scenario && t.difficulty === difficulty)
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        // Shuffle every cell, even an empty one, so adding tasks to one cell does not change other cells' picks.
        selected.push(...shuffled(cell, random).slice(0, perCell));
      }
    }
  }
  return selected;
}
