import type { Language } from '../../core/index.js';
import type { Case, Problem } from './problem.js';
import type { ValueType } from './types.js';

/** How a language shows a problem: its names, signature, literals and test file (docs/problems.md). */
export interface LanguageRenderer {
  language: Language;
  /** The answer's file in the sandbox, e.g. `solution.py`; also the reference's file name in `reference/`. */
  solutionFile: string;
  /** The generated test file's name. */
  testFile: string;
  functionName(problem: Problem): string;
  /** The declaration as the prompt shows it. */
  signature(problem: Problem): string;
  /** How the function fails in this language, for the prompt; null when it never fails. */
  errorRule(problem: Problem): string | null;
  /** A call of the function with these arguments, as the prompt's examples show it. */
  call(problem: Problem, args: readonly unknown[]): string;
  literal(value: unknown, type: ValueType): string;
  /** The test file: one test per case (`cases` are numbered from 1 by their index in problem.cases). */
  tests(problem: Problem, cases: readonly NumberedCase[]): string;
  /** What the answer must look like beyond the signature (module, class, package...). */
  conventions: string;
  /** Line comment prefix (for the marker comments of generated files). */
  comment: string;
}

export interface NumberedCase extends Case {
  number: number;
}

/** The problem's cases numbered from 1, as test files name them. */
export function numberedCases(problem: Problem): NumberedCase[] {
  return problem.cases.map((entry, index) => ({ ...entry, number: index + 1 }));
}

/** `01`, `02`...: test names sort in case order. */
export function caseLabel(number: number): string {
  return String(number).padStart(2, '0');
}

/** A double-quoted string literal valid in JavaScript, Java, C#, Go and Rust for printable ASCII. */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A float literal that always has a decimal point or exponent (Rust and Go need one for float types). */
export function floatLiteral(value: number): string {
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function mapEntries(value: unknown): [string, unknown][] {
  return Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
