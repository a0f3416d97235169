import type { SandboxReport, Task } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { compileModule } from './compile-check.js';
import { documentationCoverage } from './documentation.js';
import { extractCode } from './extract.js';
import { reviewFindings } from './review.js';
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

/** Review and security: every planted issue lies inside the code, the ground-truth answer finds all, silence none. */
async function reviewChecks(task: Task, toolchain: Toolchain, run: (solution: string) => Promise<SandboxReport>): Promise<string[]> {
  const reasons: string[] = [];
  const original = task.original ?? '';
  const lineCount = original.split('\n').length;
  for (const [index, issue] of (task.groundTruth ?? []).entries()) {
    if (!issue.lines) reasons.push(`ground_truth ${index + 1} (${issue.kind}) has no lines: matching by place needs them`);
    else if (issue.lines[0] > issue.lines[1] || issue.lines[1] > lineCount) reasons.push(`ground_truth ${index + 1} lines ${issue.lines.join('-')} are outside the code (${lineCount} lines)`);
    if (task.scenario === 'security' && !issue.cwe) reasons.push(`ground_truth ${index + 1} (${issue.kind}) has no cwe`);
  }
  const full = reviewFindings(task, task.answer ?? '');
  const missed = full.record.issues.filter((issue) => !issue.found);
  if (missed.length > 0) reasons.push(`the ground-truth answer does not find: ${missed.map((issue) => issue.kind).join(', ')}`);
  if (full.report.falsePositives > 0) reasons.push(`the ground-truth answer has ${full.report.falsePositives} false positive(s)`);
  if (reviewFindings(task, '').record.issues.some((issue) => issue.found)) reasons.push('an empty answer finds an issue');
  if (task.tests.length > 0) {
    // The planted code really holds its defects where tests can show them: it fails, the fixed code passes.
    const planted = await run(original);
    if (planted.status === 'passed') reasons.push('the code under review passes every test: the planted defects are not real');
  } else {
    for (const [role, code] of [['original', original], ['reference', task.reference]] as const) {
      const problem = await compileModule(toolchain, code);
      if (problem) reasons.push(`${role} does not compile: ${problem}`);
    }
  }
  return reasons;
}

/** Documentation: the code to document works and lacks docs; the documented reference documents everything validly. */
async function documentationChecks(task: Task, run: (solution: string) => Promise<SandboxReport>): Promise<string[]> {
  const reasons: string[] = [];
  const original = task.original ?? '';
  const report = await run(original);
  if (report.status !== 'passed') reasons.push(`the code to document does not pass its tests: ${describeReport(report)}`);
  const given = documentationCoverage(task.language, original, original);
  if (given.required === 0) reasons.push('the code to document has no public item');
  else if (given.documented === given.required) reasons.push('the code to document is already fully documented');
  const full = documentationCoverage(task.language, original, task.reference);
  if (full.documented < full.required || full.validComments < full.comments) reasons.push(`the documented reference is incomplete: ${full.gaps.slice(0, 4).join('; ')}`);
  return reasons;
}

const JUDGED_AGAINST_GROUND_TRUTH = new Set(['code-review', 'security', 'documentation']);

/**
 * Checks a task by execution: the reference passes every test and meets the quality bar; the known defect and the
 * starter code each fail at least one test (otherwise the tests cannot tell a wrong answer from a right one).
 * Review, security and documentation tasks have checks of their own (reviewChecks, documentationChecks).
 */
export async function validateTask(task: Task, toolchain: Toolchain): Promise<TaskValidation> {
  const started = Date.now();
  const reasons: string[] = [];
  const run = (solution: string) => toolchain.runTests({ solutionFile: task.solutionFile, solution, tests: task.tests });

  if (task.tests.length > 0) {
    const reference = await run(task.reference);
    if (reference.status !== 'passed') reasons.push(`reference does not pass its tests: ${describeReport(reference)}`);
  }
  if (task.scenario === 'code-review' || task.scenario === 'security') reasons.push(...(await reviewChecks(task, toolchain, run)));
  if (task.scenario === 'documentation') reasons.push(...(await documentationChecks(task, run)));
  if (JUDGED_AGAINST_GROUND_TRUTH.has(task.scenario)) return { taskId: task.id, valid: reasons.length === 0, reasons, durationMs: Date.now() - started };
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
