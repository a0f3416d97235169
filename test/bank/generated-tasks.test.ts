import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks, loadProblems, numberedCases, RENDERERS, scanBank, syncGeneratedTasks, writeDerived, type Bank } from '../../src/bank/index.js';
import { LANGUAGE_INFO, type Language, type Scenario } from '../../src/core/index.js';
import { documentationTools } from '../../src/config/index.js';
import { createGraders, deriveFaults, validateTask } from '../../src/graders/index.js';
import { BaselineProvider } from '../../src/providers/index.js';
import { BwrapSandbox, createToolchains, getToolchain } from '../../src/sandbox/index.js';

// Three small problems that use every type, optional parameters and returns, floats and errors, with a reference in
// each of the seven languages: every generated test file must compile and pass against its reference.
const fixture = path.join(import.meta.dirname);
const bankDir = mkdtempSync(path.join(tmpdir(), 'aibaas-generated-'));
const sandbox = new BwrapSandbox({ concurrency: 2, uidBase: 88_000 + 2 * Math.floor(Math.random() * 400) });
const toolchains = createToolchains(sandbox);
let bank: Bank;

beforeAll(async () => {
  cpSync(fixture, bankDir, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  await sandbox.check();
  const { problems, issues } = await loadProblems(bankDir);
  expect(issues).toEqual([]);
  // As `aibaas bank derive` does: a defect and killed mutants per reference, stored next to the problem.
  for (const source of problems) {
    for (const [language, reference] of Object.entries(source.references) as [Language, string][]) {
      const renderer = RENDERERS[language];
      const tests = [{ name: renderer.testFile, content: renderer.tests(source.problem, numberedCases(source.problem)) }];
      const derivation = await deriveFaults({ language, solutionFile: renderer.solutionFile, reference, tests, seed: 42 }, getToolchain(toolchains, language), { maxTries: 6, keep: 3 });
      await writeDerived(bankDir, source.path, language, renderer.solutionFile, { ...derivation, reference });
    }
  }
  const { problems: derived } = await loadProblems(bankDir);
  await syncGeneratedTasks(bankDir, generateTasks(derived, { seed: 1, created: '2026-11-28', documentation: documentationTools() }));
  const scanned = await scanBank(bankDir);
  expect(scanned.problems).toEqual([]);
  bank = scanned.bank;
}, 600_000);

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

describe('the derived scenarios', () => {
  const graders = createGraders({ toolchainFor: (language) => getToolchain(toolchains, language) });
  const baselines = new BaselineProvider((id) => bank.tasks.find((task) => task.id === id));
  const answer = async (model: string, taskId: string) => (await baselines.generate(model, { taskId, messages: [], maxOutputTokens: 100, temperature: 0 })).text;
  const byScenario = (scenario: Scenario) => bank.tasks.filter((task) => task.scenario === scenario);

  it('derive a debugging and a test-generation task for most references, and refactoring where poor code exists', () => {
    expect(byScenario('debugging').length).toBeGreaterThanOrEqual(10);
    expect(byScenario('test-generation').length).toBeGreaterThanOrEqual(10);
    expect(byScenario('refactoring').map((task) => task.id).sort()).toEqual(['py-rf-easy-word-positions', 'ts-rf-easy-word-positions']);
  });

  // Every fixture problem in seven languages, each with its mutants: minutes on two cores under a full test run.
  it.each(['debugging', 'test-generation', 'refactoring'] as const)('%s tasks are valid, the oracle scores 10 and the defective baseline clearly less', async (scenario) => {
    const defectiveScores: number[] = [];
    for (const task of byScenario(scenario)) {
      const validation = await validateTask(task, getToolchain(toolchains, task.language));
      expect(validation.reasons, task.id).toEqual([]);
      const oracle = await graders.get(scenario).grade(task, await answer('oracle', task.id));
      expect(oracle.automated.score, `${task.id} ${JSON.stringify(oracle.automated.components)}`).toBe(10);
      const defective = await graders.get(scenario).grade(task, await answer('defective', task.id));
      defectiveScores.push(defective.automated.score);
    }
    // Per task a weak test file may still kill every mutant of a short reference; over the tasks it falls short.
    const mean = defectiveScores.reduce((sum, score) => sum + score, 0) / defectiveScores.length;
    expect(mean).toBeLessThanOrEqual(scenario === 'test-generation' ? 8.5 : 6);
  }, 300_000);

  it('derive a code-review and a documentation task per reference', () => {
    expect(byScenario('documentation')).toHaveLength(3 * 7);
    expect(byScenario('code-review').length).toBe(byScenario('debugging').length);
    for (const task of byScenario('code-review')) expect(task.groundTruth?.length, task.id).toBeGreaterThan(0);
  });

  // Documentation tasks of problems with optional values, floats and errors (the throws a doc comment must name).
  it.each(['code-review', 'documentation'] as const)('%s tasks are valid, the oracle scores 10 and the defective baseline 0', async (scenario) => {
    for (const task of byScenario(scenario)) {
      const validation = await validateTask(task, getToolchain(toolchains, task.language));
      expect(validation.reasons, task.id).toEqual([]);
      const oracle = await graders.get(scenario).grade(task, await answer('oracle', task.id));
      expect(oracle.automated.score, `${task.id} ${JSON.stringify(oracle.automated.components)}`).toBe(10);
      expect((await graders.get(scenario).grade(task, await answer('defective', task.id))).automated.score, task.id).toBe(0);
      expect((await graders.get(scenario).grade(task, '')).automated.score, task.id).toBe(0);
    }
  }, 300_000);

  it('grades a wrong answer, an answer without a fence and one in the wrong language without crashing', async () => {
    for (const scenario of ['code-generation', 'debugging', 'test-generation', 'refactoring'] as const) {
      const task = byScenario(scenario).find((entry) => entry.language === 'python') ?? byScenario(scenario)[0]!;
      const grader = graders.get(scenario);
      const wrong = await grader.grade(task, `Here you go:\n\n\`\`\`${LANGUAGE_INFO[task.language].fenceTags[0]}\nx = 1\n\`\`\`\n`);
      expect(wrong.automated.score, `${scenario} wrong`).toBeLessThan(5);
      const unfenced = await grader.grade(task, scenario === 'test-generation' ? task.tests[0]!.content : task.reference);
      expect(unfenced.extraction.method, scenario).toBe('unfenced');
      expect(unfenced.automated.score, `${scenario} unfenced`).toBeGreaterThan(8);
      const otherLanguage = await grader.grade(task, '```rust\nfn main() { println!("hi"); }\n```');
      expect(otherLanguage.extraction.method).toBe('fenced:other:rust');
      expect(otherLanguage.automated.score, `${scenario} wrong language`).toBeLessThan(5);
    }
  });
});

describe('a derivation made from an earlier reference', () => {
  it('is reported stale and gives no debugging or test-generation task until derived again', async () => {
    const file = path.join(bankDir, 'problems', 'easy', 'longest-word', 'reference', 'solution.py');
    appendFileSync(file, '\n# changed after the derivation\n');
    const { problems } = await loadProblems(bankDir);
    const source = problems.find((entry) => entry.problem.slug === 'longest-word');
    expect(source?.derived.python?.stale).toBe(true);
    expect(source?.derived.typescript?.stale).toBe(false);
    const ids = generateTasks(problems, { seed: 1, created: '2026-11-28' }).map((task) => task.id);
    expect(ids).toContain('py-cg-easy-longest-word');
    expect(ids.filter((id) => /^py-(dbg|tg)-easy-longest-word$/.test(id))).toEqual([]);
  });
});
