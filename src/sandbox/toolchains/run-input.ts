import { randomBytes } from 'node:crypto';
import { isAibaasError, type SourceFile } from '../../core/index.js';
import type { TestRunInput } from '../types.js';
import { safeRelativePath } from '../work-dir.js';

/** Where harness files live in the work directory; task files may not use it. */
export const HARNESS_DIR = '.aibaas';
/** The file the harness reads its report marker from, and deletes before the answer runs. */
export const NONCE_FILE = `${HARNESS_DIR}/nonce`;

/**
 * A fresh report marker for one run. It is generated here, on the host, and reaches the harness only through
 * NONCE_FILE, so an answer cannot print a forged report line that the host accepts.
 */
export function newReportMarker(): string {
  return `@@aibaas-report-${randomBytes(16).toString('hex')}@@`;
}

/** The answer and test files of a run, checked; or the reason they cannot run (a problem of the task, not the answer). */
export function taskFiles(input: TestRunInput, extension: string, reserved: readonly string[]): { files: SourceFile[] } | { problem: string } {
  try {
    const files = [{ name: safeRelativePath(input.solutionFile, 'solution file'), content: input.solution }, ...input.tests.map((test) => ({ name: safeRelativePath(test.name, 'test file'), content: test.content }))];
    const names = new Set<string>();
    for (const file of files) {
      if (names.has(file.name)) return { problem: `The file name ${file.name} is used twice by the task.` };
      if (file.name === HARNESS_DIR || file.name.startsWith(`${HARNESS_DIR}/`) || reserved.includes(file.name)) return { problem: `The task file name ${file.name} is reserved for the harness.` };
      names.add(file.name);
    }
    if (!files[0]?.name.endsWith(`.${extension}`)) return { problem: `The solution file ${input.solutionFile} does not end with .${extension}.` };
    return { files };
  } catch (error) {
    if (isAibaasError(error)) return { problem: error.message };
    throw error;
  }
}
