import type { Difficulty, Language, Scenario } from './taxonomy.js';

export type Visibility = 'public' | 'private';
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** A ground-truth issue planted in a review or security task. */
export interface GroundTruthIssue {
  /** What is wrong: a category such as `injection`, `path-traversal` or `logic-error` (graders/findings concepts). */
  kind: string;
  /** `CWE-89`; security issues always have one. */
  cwe?: string;
  severity: Severity;
  /** For people: where the issue is, e.g. `lines 12-13 in find_user`. */
  location?: string;
  description?: string;
  /** 1-based first and last line of the issue in the code under review. */
  lines?: [number, number];
  /** The function or method holding the issue. */
  symbol?: string;
  /** Extra words a correct finding is likely to use, beyond the usual names of its kind. */
  keywords?: string[];
  /** How to fix it, for people and for the ground-truth answer. */
  fix?: string;
}

/** A source file of a task: a name inside the sandbox work directory and its content. */
export interface SourceFile {
  name: string;
  content: string;
}

/**
 * One task of the test bank, as loaded and validated from `bank/<language>/<scenario>/<difficulty>/<id>/`.
 * Every field of the bank format (docs/bank.md) is here; file contents are loaded eagerly.
 */
export interface Task {
  /** Unique across the bank, e.g. `python-cg-easy-run-length`. */
  id: string;
  language: Language;
  scenario: Scenario;
  difficulty: Difficulty;
  title: string;
  description: string;
  /** The exact task statement given to the model (the system prompt and format rules are added by the engine). */
  prompt: string;
  /** The file name the model's answer is written to in the sandbox, e.g. `solution.py`. */
  solutionFile: string;
  starterCode?: string;
  /** The reference solution: passes every test. */
  reference: string;
  /** Test files, written next to the solution in the sandbox. */
  tests: SourceFile[];
  /** The reference with a known defect that the tests detect (used by the defective baseline and debugging). */
  defect?: string;
  /**
   * The code given to the model to work on: refactoring (working but poor code), code review and security (the code
   * with planted issues), documentation (the code without doc comments).
   */
  original?: string;
  /** Code review and security: the ground-truth answer (the findings in the answer format), the oracle's reply. */
  answer?: string;
  /** Test generation: variants of the reference that the task's own tests detect. */
  mutants?: string[];
  /** Test generation: a weak test file (the defective baseline's answer). */
  weakAnswer?: string;
  /** `problems/<difficulty>/<slug>` for tasks generated from a language-neutral problem. */
  generatedFrom?: string;
  expectedMetrics?: Record<string, number>;
  tags: string[];
  source: string;
  author: string;
  /** Release date (ISO yyyy-mm-dd), used by contamination checks. */
  createdAt: string;
  visibility: Visibility;
  groundTruth?: GroundTruthIssue[];
  /** Directory the task was loaded from, relative to the bank root. */
  path: string;
}
