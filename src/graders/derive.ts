import type { Language, SandboxReport, SourceFile } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { mutants, shuffled } from './mutation.js';

export interface DeriveInput {
  language: Language;
  solutionFile: string;
  reference: string;
  tests: SourceFile[];
  /** Seeds the order in which mutants are tried (e.g. a hash of the problem and language). */
  seed: number;
}

export interface Derivation {
  /** The debugging task's defect: a mutant that compiles and fails some tests; null when none was found. */
  defect: string | null;
  /** The failing tests of the defect, as the debugging prompt shows them. */
  failures: string;
  /** Mutants the tests kill (test generation), the defect included. */
  killed: string[];
  /** Mutants tried in the sandbox. */
  tried: number;
}

export interface DeriveOptions {
  /** Mutants run in the sandbox per problem and language once one was killed. Default 12. */
  maxTries?: number;
  /** Mutants tried at most while none has been killed yet. Default 30. */
  maxTriesWithoutKill?: number;
  /** Killed mutants to keep for test generation. Default 5. */
  keep?: number;
}

/**
 * Derives a debugging defect and test-generation mutants from a validated reference: tries single-change mutants
 * (mutation.ts) in a seeded order, at most one per source line, and keeps those that compile and fail at least one
 * of the task's tests. The first such mutant that leaves some tests passing (a subtle fault) is the defect.
 */
export async function deriveFaults(input: DeriveInput, toolchain: Toolchain, options: DeriveOptions = {}): Promise<Derivation> {
  const maxTries = options.maxTries ?? 12;
  const maxTriesWithoutKill = Math.max(maxTries, options.maxTriesWithoutKill ?? 30);
  const keep = options.keep ?? 5;
  const candidates = shuffled(mutants(input.reference, input.language), input.seed);
  const usedLines = new Set<number>();
  const killed: { code: string; report: SandboxReport }[] = [];
  let tried = 0;
  for (const candidate of candidates) {
    if (killed.length >= keep || tried >= (killed.length > 0 ? maxTries : maxTriesWithoutKill)) break;
    if (usedLines.has(candidate.line)) continue;
    usedLines.add(candidate.line);
    tried++;
    const report = await toolchain.runTests({ solutionFile: input.solutionFile, solution: candidate.code, tests: input.tests });
    if (report.compiled && report.status === 'failed') killed.push({ code: candidate.code, report });
  }
  const subtle = killed.find((entry) => entry.report.passed > 0) ?? killed[0];
  return {
    defect: subtle?.code ?? null,
    failures: subtle ? describeFailures(subtle.report) : '',
    killed: killed.map((entry) => entry.code),
    tried,
  };
}

/** The failing tests and their messages, capped, as a developer would see them. */
export function describeFailures(report: SandboxReport): string {
  const failing = report.tests.filter((test) => test.outcome !== 'passed');
  const lines = [`${failing.length} of ${report.tests.length} tests fail:`];
  for (const test of failing.slice(0, 4)) {
    const message = (test.message ?? test.outcome).split('\n').map((line) => line.trimEnd()).filter((line) => line !== '').slice(0, 6);
    lines.push(`- ${test.name}: ${message.join('\n  ').slice(0, 400)}`);
  }
  if (failing.length > 4) lines.push(`- ... and ${failing.length - 4} more`);
  return lines.join('\n');
}
