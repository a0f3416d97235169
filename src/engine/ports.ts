import type { AutomatedScore, ModelInfo, SandboxReport, Task } from '../core/index.js';
import type { GenerateRequest, ModelCallResult } from '../providers/index.js';

/** A model the engine can call: the providers' Model facade satisfies it. */
export interface CallableModel {
  readonly id: string;
  readonly info: ModelInfo;
  generate(request: GenerateRequest): Promise<ModelCallResult>;
}

/** What grading an answer gives back (the graders' outcome, by shape). */
export interface GradedAnswer {
  extraction: { code: string; method: string };
  sandbox: SandboxReport | null;
  automated: AutomatedScore;
}

/** Grades one answer to one task; the composition root routes it to the scenario's grader. */
export type AnswerGrader = (task: Task, answer: string) => Promise<GradedAnswer>;

/** Wall-clock time, injected so runs and tests are reproducible. */
export interface Clock {
  now(): Date;
}
