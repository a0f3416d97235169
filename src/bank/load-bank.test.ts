import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank, scanBank } from './load-bank.js';

const validYaml = (id: string, extra = '') => `id: ${id}
title: Add
description: Add two numbers.
prompt: |
  Write \`add(a: int, b: int) -> int\` returning the sum.
solution_file: solution.py
files:
  reference: reference.py
  tests: [test_solution.py]
  starter: starter.py
tags: [arithmetic]
source: original
author: tester
created: 2026-11-28
visibility: public
${extra}`;

function makeBank(tasks: Record<string, Record<string, string>>, bankYaml = 'version: v2026_11\n'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'aibaas-bank-'));
  writeFileSync(path.join(root, 'bank.yaml'), bankYaml);
  for (const [relative, files] of Object.entries(tasks)) {
    mkdirSync(path.join(root, relative), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, relative, name), content);
  }
  return root;
}

const goodFiles = (id: string) => ({
  'task.yaml': validYaml(id),
  'reference.py': 'def add(a: int, b: int) -> int:\n    return a + b\n',
  'test_solution.py': 'import unittest\n',
  'starter.py': 'def add(a: int, b: int) -> int:\n    raise NotImplementedError\n',
});

describe('loadBank', () => {
  it('loads a task with its files and takes language, scenario and difficulty from the path', async () => {
    const root = makeBank({ 'python/code-generation/easy/py-add': goodFiles('py-add') });
    const bank = await loadBank(root);
    expect(bank.version).toBe('v2026_11');
    expect(bank.tasks).toHaveLength(1);
    expect(bank.tasks[0]).toMatchObject({
      id: 'py-add', language: 'python', scenario: 'code-generation', difficulty: 'easy', solutionFile: 'solution.py',
      tests: [{ name: 'test_solution.py', content: 'import unittest\n' }], createdAt: '2026-11-28', visibility: 'public',
      path: path.join('python', 'code-generation', 'easy', 'py-add'),
    });
    expect(bank.tasks[0]?.starterCode).toContain('NotImplementedError');
    expect(bank.tasks[0]?.defect).toBeUndefined();
  });

  it('rejects a malformed task file naming the file and the reason', async () => {
    const root = makeBank({
      'python/code-generation/easy/py-add': goodFiles('py-add'),
      'python/code-generation/easy/py-bad': { ...goodFiles('py-bad'), 'task.yaml': validYaml('py-bad').replace('visibility: public', 'visibility: secret') },
    });
    const error = await loadBank(root).then(() => undefined, (e: unknown) => e as { code: string; message: string; fix: string });
    expect(error?.code).toBe('BANK_TASK_INVALID');
    expect(error?.message).toContain(path.join(root, 'python/code-generation/easy/py-bad/task.yaml'));
    expect(error?.message).toContain('visibility');
    expect(error?.fix).toContain('docs/bank.md');
  });

  it.each([
    ['broken YAML', { 'task.yaml': 'id: [oops' }, 'cannot be read as YAML'],
    ['an id that is not the directory name', { 'task.yaml': validYaml('py-other') }, 'must equal the directory name'],
    ['a missing referenced file', { 'reference.py': undefined }, 'does not exist'],
    ['an unknown key', { 'task.yaml': validYaml('py-x', 'colour: blue\n') }, 'colour'],
    ['a path escaping the task directory', { 'task.yaml': validYaml('py-x').replace('reference: reference.py', 'reference: ../../x.py') }, 'inside the task directory'],
    ['a contradicting language', { 'task.yaml': validYaml('py-x', 'language: ruby\n') }, 'contradicts the directory'],
  ])('reports %s', async (_name, change, reason) => {
    const files: Record<string, string> = { ...goodFiles('py-x') };
    for (const [name, content] of Object.entries(change)) {
      if (content === undefined) delete files[name];
      else files[name] = content;
    }
    const { bank, problems } = await scanBank(makeBank({ 'python/code-generation/easy/py-x': files }));
    expect(bank.tasks).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toContain(reason);
  });

  it('reports unknown language directories and duplicate ids', async () => {
    const root = makeBank({
      'cobol/code-generation/easy/x': goodFiles('x'),
      'python/code-generation/easy/dup': goodFiles('dup'),
      'python/code-generation/hard/dup': goodFiles('dup'),
    });
    const { problems } = await scanBank(root);
    expect(problems.map((p) => p.reason)).toEqual(['"cobol" is not a known language', 'id "dup" is already used by python/code-generation/easy/dup']);
  });

  it('says where the bank is expected when it is missing', async () => {
    await expect(loadBank('/nonexistent/bank')).rejects.toMatchObject({ code: 'BANK_NOT_FOUND' });
    await expect(loadBank(makeBank({}, 'version: 2026\n'))).rejects.toThrow(/v2026_11/);
  });
});
