import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The pids of the live processes whose effective uid is `uid` (the owner of /proc/<pid> is the process's euid).
 * Zombies are left out: they run nothing and are reaped by whoever inherited them. The scan uses synchronous calls:
 * about a hundred stat(2)s take well under a millisecond that way, several milliseconds as promises.
 */
export function processesOfUid(uid: number): Promise<number[]> {
  return Promise.resolve(scanProcessesOfUid(uid));
}

function scanProcessesOfUid(uid: number): number[] {
  const pids: number[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stats = statSync(`/proc/${name}`, { throwIfNoEntry: false });
    if (stats?.uid !== uid) continue;
    let status = '';
    try {
      status = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The state follows the command name in parentheses, which may itself contain spaces or parentheses.
    const state = status.slice(status.lastIndexOf(')') + 2, status.lastIndexOf(')') + 3);
    if (state !== '' && state !== 'Z' && state !== 'X') pids.push(Number(name));
  }
  return pids;
}

/**
 * Kills every process of `uid`, wherever it is (another session, a process group of its own, a pid namespace): a
 * shell running as that uid calls kill(-1, SIGKILL), which the kernel applies atomically to every process the caller
 * may signal except itself. Only for the dedicated uid of a sandbox slot, never for the service's own uid.
 */
export function killAllOfUid(uid: number, shellPath: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(shellPath, ['-c', 'kill -KILL -1 2>/dev/null; exit 0'], { uid, gid: uid, env: {}, stdio: 'ignore' });
    child.on('error', () => resolve());
    child.on('close', () => resolve());
  });
}

/** Waits until no process of `uid` is left (killed processes take a moment to be reaped), up to `timeoutMs`. */
export async function waitUntilNoProcessOf(uid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (scanProcessesOfUid(uid).length === 0) return true;
    if (Date.now() >= deadline) return false;
    await sleep(5);
  }
}
