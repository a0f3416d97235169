import { describe, expect, it } from 'vitest';
import { selectTasks } from './selection.js';
import type { Task } from './task.js';
import type { Difficulty, Language } from './taxonomy.js';

function task(id: string, language: Language, difficulty: Difficulty): Task {
  return {
    id, language, difficulty, scenario: 'code-generation', title: id, description: '', prompt: '', solutionFile: 's',
    reference: '', tests: [], tags: [], source: 'test', author: 'test', createdAt: '2026-01-01', visibility: 'public', path: id,
  };
}

const bank: Task[] = [];
for (const language of ['python', 'typescript'] as const) {
  for (const difficulty of ['easy', 'medium', 'hard'] as const) {
    for (let index = 0; index < 5; index++) bank.push(task(`${language}-${difficulty}-${index}`, language, difficulty));
  }
}
const options = { languages: ['python', 'typescript'] as Language[], scenarios: ['code-generation' as const], seed: 42 };

describe('selectTasks', () => {
  it('picks one easy, one medium and one hard task per language and scenario', () => {
    const selected = selectTasks(bank, options);
    expect(selected).toHaveLength(6);
    expect(selected.map((t) => `${t.language}/${t.difficulty}`)).toEqual([
      'typescript/easy', 'typescript/medium', 'typescript/hard', 'python/easy', 'python/medium', 'python/hard',
    ]);
  });

  it('is reproducible from the seed and independent of the order tasks were loaded in', () => {
    const first = selectTasks(bank, options).map((t) => t.id);
    expect(selectTasks([...bank].reverse(), options).map((t) => t.id)).toEqual(first);
  });

  it('picks differently with other seeds', () => {
    const picks = new Set(Array.from({ length: 10 }, (_, seed) => selectTasks(bank, { ...options, seed }).map((t) => t.id).join()));
    expect(picks.size).toBeGreaterThan(1);
  });

  it('honours filters and a larger per-cell count', () => {
    const selected = selectTasks(bank, { ...options, languages: ['python'], difficulties: ['hard'], perCell: 3 });
    expect(selected).toHaveLength(3);
    expect(new Set(selected.map((t) => t.id)).size).toBe(3);
    expect(selected.every((t) => t.language === 'python' && t.difficulty === 'hard')).toBe(true);
  });

  it('skips empty cells', () => {
    expect(selectTasks(bank, { ...options, scenarios: ['security'] })).toEqual([]);
  });
});
