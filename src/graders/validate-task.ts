import type { SandboxReport, Task } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { extractCode } from './extract.js';
import { measureQuality, type QualityReport } from './quality.js';

export interface TaskValidation {
  taskId: string;
  valid: boolean;
  /** Why the task is invalid, one reason per failed check. */
  reasons: string[];
  durationMs: number;
}

function describeReport(report: SandboxReport): string {
  const failing = report.tests.filter((t) => t.outcome !== 'passed').slice(0, 3).map((t) => `${t.name}: ${t.message ?? t.outcome}`);
  const output = report.compileOutput || report.stderr;
  return `${report.status}, ${report.passed}/${report.tests.length} passed${failing.length ? ` (${failing.join('; ')})` : ''}${output && report.status !== 'failed' ? ` — ${output.slice(0, 300)}` : ''}`;
}

/** The checks of the derived scenarios: what each needs to grade answers fairly. */
async function scenarioChecks(task: Task, run: (solution: string) => Promise<SandboxReport>): Promise<string[]> {
  const reasons: string[] = [];
  if (task.scenario === 'debugging' && task.defect === undefined) reasons.push('a debugging task needs files.defect');
  if (task.scenario === 'refactoring') {
    if (task.original === undefined) return ['a refactoring task needs files.original (the working but poor code)'];
    const report = await run(task.original);
    if (report.status !== 'passed') reasons.push(`original does not pass its tests (it must work, only poorly): ${describeReport(report)}`);
    if (!measurablyPoorer(measureQuality(task.original, task.language), measureQuality(task.reference, task.language))) {
      reasons.push('original is not measurably poorer than the reference (findings, complexity, function length or nesting)');
    }
  }
  if (task.scenario === 'test-generation') {
    if (!task.mutants || task.mutants.length === 0) return ['a test-generation task needs files.mutants'];
    for (const [index, mutant] of task.mutants.entries()) {
      const report = await run(mutant);
      if (report.status === 'passed') reasons.push(`mutant ${index + 1} passes every test: the task's tests do not kill it`);
      else if (report.status === 'compile_error') reasons.push(`mutant ${index + 1} does not compile`);
    }
  }
  return reasons;
}

/** True when `before` is worse than `after` on at least one static measure. */
export function measurablyPoorer(before: QualityReport, after: QualityReport): boolean {
  return (
    before.findings.length > after.findings.length ||
    before.maxComplexity > after.maxComplexity ||
    before.maxFunctionLines > after.maxFunctionLines ||
    before.maxDepth > after.maxDepth
  );
}

/**
 * Checks a task by execution: the reference passes every test and meets the quality bar; the known defect and the
 * starter code each fail at least one test (otherwise the tests cannot tell a wrong answer from a right one).
 */
export async function validateTask(task: Task, toolchain: Toolchain): Promise<TaskValidation> {
  const started = Date.now();
  const reasons: string[] = [];
  const run = (solution: string) => toolchain.runTests({ solutionFile: task.solutionFile, solution, tests: task.tests });

  const reference = await run(task.reference);
  if (reference.status !== 'passed') reasons.push(`reference does not pass its tests: ${describeReport(reference)}`);
  const quality = measureQuality(task.reference, task.language);
  if (quality.score < 1) reasons.push(`reference has quality findings: ${quality.findings.map((f) => `${f.rule}@${f.line}`).join(', ')}`);
  if (extractCode(`\`\`\`\n${task.reference}\n\`\`\``, task.language).code.trim() !== task.reference.trim()) {
    reasons.push('reference does not survive answer extraction (does it contain a ``` fence?)');
  }
  for (const [role, code] of [['defect', task.defect], ['starter', task.starterCode]] as const) {
    if (code === undefined) continue;
    const report = await run(code);
    if (report.status === 'passed') reasons.push(`${role} passes every test: the tests do not detect it`);
    else if (report.status === 'compile_error') reasons.push(`${role} does not compile: ${report.compileOutput.slice(0, 300)}`);
  }
  reasons.push(...(await scenarioChecks(task, run)));
  return { taskId: task.id, valid: reasons.length === 0, reasons, durationMs: Date.now() - started };
}
