import type { AutomatedScore, SandboxReport, Scenario, Task } from '../core/index.js';
import type { Extraction } from './extract.js';

/** What grading one answer produced: what was extracted, what the sandbox said, and the automated score. */
export interface GradeOutcome {
  extraction: Extraction;
  sandbox: SandboxReport | null;
  automated: AutomatedScore;
}

/** Scores answers to the tasks of one scenario. Created by a named factory; its settings are in the breakdown. */
export interface Grader {
  readonly scenario: Scenario;
  grade(task: Task, answer: string): Promise<GradeOutcome>;
}
