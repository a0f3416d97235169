import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks, loadProblems, scanBank, syncGeneratedTasks, type Bank } from '../../src/bank/index.js';
import { BwrapSandbox, createToolchains } from '../../src/sandbox/index.js';

// Three small problems that use every type, optional parameters and returns, floats and errors, with a reference in
// each of the seven languages: every generated test file must compile and pass against its reference.
const fixture = path.join(import.meta.dirname);
const bankDir = mkdtempSync(path.join(tmpdir(), 'aibaas-generated-'));
const sandbox = new BwrapSandbox({ concurrency: 2, uidBase: 88_000 + 2 * Math.floor(Math.random() * 400) });
const toolchains = createToolchains(sandbox);
let bank: Bank;

beforeAll(async () => {
  cpSync(fixture, bankDir, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  const { problems, issues } = await loadProblems(bankDir);
  expect(issues).toEqual([]);
  await syncGeneratedTasks(bankDir, generateTasks(problems, { seed: 1, created: '2026-11-28' }));
  const scanned = await scanBank(bankDir);
  expect(scanned.problems).toEqual([]);
  bank = scanned.bank;
  await sandbox.check();
});

afterAll(() => rmSync(bankDir, { recursive: true, force: true }));

describe('generated code-generation tasks', () => {
  it('give one task per problem and language', () => {
    expect(bank.tasks.filter((task) => task.scenario === 'code-generation')).toHaveLength(3 * 7);
  });

  it.each(['python', 'typescript', 'java', 'csharp', 'go', 'ruby', 'rust'] as const)('pass their %s reference, one test per case', async (language) => {
    const tasks = bank.tasks.filter((task) => task.language === language);
    for (const task of tasks) {
      const report = await toolchains[language]!.runTests({ solutionFile: task.solutionFile, solution: task.reference, tests: task.tests });
      const failing = report.tests.filter((test) => test.outcome !== 'passed').map((test) => `${test.name}: ${test.message ?? test.outcome}`);
      expect({ task: task.id, status: report.status, failing, compile: report.compileOutput.slice(0, 2000) }).toMatchObject({ status: 'passed', failing: [] });
      const cases = task.id.includes('word-positions') ? 6 : task.id.includes('average') ? 4 : 5;
      expect(report.tests, task.id).toHaveLength(cases);
    }
  });
});
