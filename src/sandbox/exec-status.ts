import { constants } from 'node:os';
import type { ExecStatus } from './types.js';

/**
 * Messages that runtimes print when an allocation fails: Python's MemoryError, errno ENOMEM, V8's "JavaScript heap
 * out of memory", C++'s bad_alloc, the JVM's OutOfMemoryError, Mono's OutOfMemoryException ("Insufficient memory..."), Rust's "memory allocation of N bytes failed", Go's
 * "fatal error: runtime: out of memory". The kernel gives no direct signal for RLIMIT_AS, so a failed run whose stderr
 * ends with one of these is counted as a memory-limit failure. It is a heuristic: a program that prints the marker
 * itself and fails is reported as memory_limit too, which only changes the label of a failure.
 */
const MEMORY_MARKERS = /MemoryError|Cannot allocate memory|ENOMEM|out of memory|bad_alloc|OutOfMemoryError|OutOfMemoryException|Insufficient memory|memory allocation of \d+ bytes failed/i;

/** True when `text` (usually the end of stderr) shows a failed allocation. */
export function looksOutOfMemory(text: string): boolean {
  return MEMORY_MARKERS.test(text);
}

const SIGNAL_NAMES = new Map<number, string>(Object.entries(constants.signals).map(([name, number]) => [number, name]));

/**
 * bubblewrap reports a command killed by signal N as exit status 128 + N (as shells do). Under bubblewrap such a
 * status is read back as the signal; a program that calls exit(137) itself is misread as SIGKILL, which is harmless.
 */
export function signalFromExitCode(exitCode: number): string | null {
  if (exitCode <= 128 || exitCode > 128 + 64) return null;
  return SIGNAL_NAMES.get(exitCode - 128) ?? null;
}

/** How a finished process is reported. */
export interface ExitFacts {
  exitCode: number | null;
  signal: string | null;
  /** Set when the sandbox itself killed the process group. */
  killedBy: 'timeout' | 'output' | null;
  /** The last few KiB of stderr. */
  stderrTail: string;
}

/** Maps the facts of a finished process to the status of the execution. */
export function execStatus(facts: ExitFacts): ExecStatus {
  if (facts.killedBy === 'timeout') return 'timeout';
  if (facts.killedBy === 'output') return 'output_limit';
  // RLIMIT_CPU: SIGXCPU at the soft limit, SIGKILL one second later at the hard limit if SIGXCPU was ignored.
  if (facts.signal === 'SIGXCPU') return 'timeout';
  if (facts.exitCode === 0 && facts.signal === null) return 'ok';
  if (looksOutOfMemory(facts.stderrTail)) return 'memory_limit';
  if (facts.signal !== null) return 'killed';
  return 'runtime_error';
}
