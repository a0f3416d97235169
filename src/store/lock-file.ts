import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

/** The outcome of trying to take a lock file: held now, or held by another live process. */
export type LockAttempt = { acquired: true; release(): void } | { acquired: false; pid: number };

const held = new Map<string, string>();
let exitHookInstalled = false;

/**
 * Takes `lockPath` for this process by writing its pid there, or reports the live pid that holds it.
 * A lock left by a dead process (a crash, SIGKILL) is taken over. The file appears atomically with its full
 * content (written aside, then hard-linked into place), so a reader never sees a half-written pid.
 */
export function tryLock(lockPath: string): LockAttempt {
  const content = `${process.pid}\n${randomUUID()}\n`;
  // Bounded: each round either succeeds, reports a live holder, or removes one stale lock.
  for (let round = 0; round < 10; round++) {
    if (linkInto(lockPath, content)) {
      held.set(lockPath, content);
      installExitHook();
      return { acquired: true, release: () => release(lockPath, content) };
    }
    const existing = readOrUndefined(lockPath);
    if (existing === undefined) continue;
    const pid = Number.parseInt(existing, 10);
    if (pid === process.pid) {
      // Our own pid but not a lock we took: left by an earlier life of a container whose process always gets this pid.
      if (held.has(lockPath)) return { acquired: false, pid };
    } else if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      return { acquired: false, pid };
    }
    takeOverStale(lockPath, existing);
  }
  throw new Error(`Could not take the lock file ${lockPath}: it keeps changing hands.`);
}

function linkInto(lockPath: string, content: string): boolean {
  const aside = `${lockPath}.${process.pid}.${randomUUID()}.tmp`;
  writeFileSync(aside, content);
  try {
    linkSync(aside, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

/**
 * Removes a stale lock without racing another process doing the same: the file is first moved aside, and if what
 * was moved is not the stale content we judged (someone took the lock meanwhile), it is put back.
 */
function takeOverStale(lockPath: string, staleContent: string): void {
  const aside = `${lockPath}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readOrUndefined(aside) !== staleContent) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // Someone else holds the lock now; the next round reads who.
    }
  }
  unlinkSync(aside);
}

function release(lockPath: string, content: string): void {
  if (held.get(lockPath) !== content) return;
  held.delete(lockPath);
  // Never remove a lock that is no longer ours (e.g. taken over after this process was judged dead).
  if (readOrUndefined(lockPath) === content) {
    try {
      unlinkSync(lockPath);
    } catch {
      // Already gone.
    }
  }
}

/** Releases held locks when the process exits normally; a killed process leaves a stale lock, taken over later. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockPath, content] of [...held]) release(lockPath, content);
  });
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
