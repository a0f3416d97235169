import type { SandboxReport, Task } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { extractCode } from './extract.js';
import { measureQuality } from './quality.js';

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
  return { taskId: task.id, valid: reasons.length === 0, reasons, durationMs: Date.now() - started };
}
