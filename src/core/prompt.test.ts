import { describe, expect, it } from 'vitest';
import { buildPrompt } from './prompt.js';
import type { Task } from './task.js';

const task = (scenario: Task['scenario']): Task => ({
  id: 't', language: 'python', scenario, difficulty: 'easy', title: 't', description: 'd', prompt: 'Do the thing.',
  solutionFile: 'solution.py', reference: 'x = 1\n', tests: [{ name: 'test_solution.py', content: '' }], tags: [],
  source: 'original', author: 'a', createdAt: '2026-11-28', visibility: 'public', path: 'p',
});

describe('buildPrompt', () => {
  it('asks for the solution file, the test file or the corrected file with an explanation, by scenario', () => {
    expect(buildPrompt(task('code-generation'))[0]?.content).toContain('the file `solution.py` in one fenced code block tagged `python`');
    expect(buildPrompt(task('test-generation'))[0]?.content).toContain('the test file `test_solution.py`');
    expect(buildPrompt(task('debugging'))[0]?.content).toContain('corrected file `solution.py`');
    expect(buildPrompt(task('debugging'))[0]?.content).toContain('explain the bug');
    expect(buildPrompt(task('refactoring'))[1]?.content).toBe('Do the thing.');
  });
});
