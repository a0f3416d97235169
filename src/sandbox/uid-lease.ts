import { open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Host-wide exclusive use of a slot uid among AIBaaS processes. Two processes with the same uid range (an
 * `aibaas run` next to an `aibaas bank validate`) would otherwise share uids, and each one's clean-up, which kills
 * every process of the uid, would kill the other's runs. The lease is a lock file `aibaas-uid-<uid>.lock` in `dir`
 * holding the owner's pid and start time; a file whose owner is gone (or reused its pid) is stale and taken over,
 * and so is one not owned by this service's own uid (a sandboxed process cannot plant one to block a slot).
 * Given several uids, the first free one is taken: processes sharing a range then use different uids at once
 * instead of one waiting for the uid the other keeps re-taking.
 */
export async function leaseUid(dir: string, uids: number | readonly number[], pollMs = 50): Promise<{ uid: number; release: () => Promise<void> }> {
  const candidates = typeof uids === 'number' ? [uids] : uids;
  const me = await processIdentity(process.pid);
  for (;;) {
    // The first free uid in the caller's order; a process alone always gets its preferred one.
    for (const uid of candidates) {
      const file = path.join(dir, `aibaas-uid-${uid}.lock`);
      try {
        const handle = await open(file, 'wx', 0o644);
        await handle.writeFile(me);
        await handle.close();
        return { uid, release: () => unlink(file).catch(() => undefined) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    let freed = false;
    for (const uid of candidates) {
      const file = path.join(dir, `aibaas-uid-${uid}.lock`);
      if (await isStale(file)) {
        await unlink(file).catch(() => undefined);
        freed = true;
      }
    }
    if (!freed) await sleep(pollMs);
  }
}

async function isStale(file: string): Promise<boolean> {
  const stats = await stat(file).catch(() => null);
  if (stats === null) return false;
  if (stats.uid !== process.geteuid?.()) return true;
  const owner = (await readFile(file, 'utf8').catch(() => '')).trim();
  // A lease being written right now is still empty: give its writer a moment.
  if (owner === '') return Date.now() - stats.mtimeMs > 5000;
  const pid = Number(owner.split(' ')[0]);
  return !Number.isSafeInteger(pid) || (await processIdentity(pid)) !== owner;
}

/** `<pid> <start time>`: the start time tells a live owner from an unrelated process that reused its pid. */
async function processIdentity(pid: number): Promise<string> {
  const status = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the parenthesised command name; the start time is field 22 of the whole line.
  const fields = status.slice(status.lastIndexOf(')') + 2).split(' ');
  return `${pid} ${fields[19] ?? '?'}`;
}
