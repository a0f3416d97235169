import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where cgroup v1's memory controller is mounted on Debian/Ubuntu hosts with the legacy hierarchy. */
export const DEFAULT_MEMORY_CGROUP_MOUNT = '/sys/fs/cgroup/memory';
/** Where cgroup v1's pids controller is mounted; used alongside the memory cgroup when it is writable too. */
export const DEFAULT_PIDS_CGROUP_MOUNT = '/sys/fs/cgroup/pids';
/**
 * Tasks a pids cgroup allows beyond `maxProcesses`: the sandbox's own processes in the group (bubblewrap, its pid-1
 * init), so RLIMIT_NPROC (per slot uid) stays the limit the code meets first.
 */
export const PIDS_HEADROOM = 4;

/**
 * Where the per-execution cgroups go, when cgroup v1 memory limits can be used: directly under the service's own
 * cgroup (so its limits keep applying to the code it runs), each named `aibaas-<slot>-<random>` and removed after its
 * run, so nothing is left behind in the hierarchy.
 */
export interface MemoryCgroupRoot {
  /** e.g. /sys/fs/cgroup/memory/<the service's own cgroup> */
  dir: string;
  /** memory.memsw.limit_in_bytes exists (swap accounting on): swap is limited too. */
  memsw: boolean;
  /** The service's own cgroup in the pids hierarchy, or null when cgroup v1 pids is not mounted or not writable. */
  pidsDir: string | null;
}

/** One execution's cgroup (memory, and pids when available). */
export interface MemoryCgroup {
  dir: string;
  /** The pids cgroup of the execution, or null. */
  pidsDir: string | null;
  /** The files the root wrapper writes its own pid to before it drops privileges and execs the sandbox. */
  procsFiles: string[];
}

/**
 * The service's own cgroup in the cgroup v1 memory hierarchy (and in the pids one, when usable) once a probe child
 * could be created there; null when cgroup v1 memory is not mounted at `mount`, or is not writable (not root, cgroup
 * v2, a read-only /sys).
 */
export async function detectMemoryCgroup(mount: string = DEFAULT_MEMORY_CGROUP_MOUNT, pidsMount: string | null = DEFAULT_PIDS_CGROUP_MOUNT): Promise<MemoryCgroupRoot | null> {
  const dir = await writableParent(mount, 'memory', 'memory.limit_in_bytes', String(64 * 1024 * 1024));
  if (dir === null) return null;
  const pidsDir = pidsMount === null ? null : await writableParent(pidsMount, 'pids', 'pids.max', '64');
  return { dir, memsw: await exists(path.join(dir, 'memory.memsw.limit_in_bytes')), pidsDir };
}

/**
 * `<mount>/<the service's own cgroup of controller>` (or `<mount>`), once a probe child in it took a write to
 * `limitFile`; null when the hierarchy is missing or not writable.
 */
async function writableParent(mount: string, controller: string, limitFile: string, probeValue: string): Promise<string | null> {
  try {
    // The root of a v1 memory hierarchy has memory.limit_in_bytes; a pids root has no pids.* files (the probe tells).
    await access(path.join(mount, controller === 'memory' ? limitFile : 'cgroup.procs'));
    const own = await ownCgroup(controller);
    let parent = mount;
    if (own !== null && own !== '/') {
      const candidate = path.join(mount, own);
      if (await exists(path.join(candidate, 'cgroup.procs'))) parent = candidate;
    }
    // A probe: creating a child, setting its limit and removing it proves the hierarchy is writable.
    const probe = path.join(parent, `aibaas-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(probe);
    try {
      await writeFile(path.join(probe, limitFile), probeValue);
    } finally {
      await rmdir(probe);
    }
    return parent;
  } catch {
    return null;
  }
}

/**
 * A fresh cgroup with the memory (and, with swap accounting, memory+swap) limit set to `memoryBytes`, and, when the
 * pids hierarchy is usable, a pids cgroup of the same name with pids.max = `maxProcesses` + {@link PIDS_HEADROOM}.
 */
export async function createMemoryCgroup(root: MemoryCgroupRoot, name: string, memoryBytes: number, maxProcesses?: number): Promise<MemoryCgroup> {
  const leaf = `aibaas-${name}-${randomBytes(4).toString('hex')}`;
  const dir = path.join(root.dir, leaf);
  await mkdir(dir);
  let pidsDir: string | null = null;
  try {
    await writeFile(path.join(dir, 'memory.limit_in_bytes'), String(memoryBytes));
    // memsw must stay >= memory; set after memory. Equal values: no swap at all.
    if (root.memsw) await writeFile(path.join(dir, 'memory.memsw.limit_in_bytes'), String(memoryBytes));
    // Never pause the group at the limit (oom_kill_disable): the kernel kills inside it.
    await writeFile(path.join(dir, 'memory.oom_control'), '0').catch(() => undefined);
    if (root.pidsDir !== null && maxProcesses !== undefined) {
      pidsDir = path.join(root.pidsDir, leaf);
      await mkdir(pidsDir);
      await writeFile(path.join(pidsDir, 'pids.max'), String(maxProcesses + PIDS_HEADROOM));
    }
  } catch (error) {
    await rmdir(dir).catch(() => undefined);
    if (pidsDir !== null) await rmdir(pidsDir).catch(() => undefined);
    throw error;
  }
  const procsFiles = [path.join(dir, 'cgroup.procs')];
  if (pidsDir !== null) procsFiles.push(path.join(pidsDir, 'cgroup.procs'));
  return { dir, pidsDir, procsFiles };
}

/** True when the kernel's OOM killer acted in the group (memory.oom_control's `oom_kill` counter, kernels >= 4.13). */
export async function memoryCgroupOomKilled(cgroup: MemoryCgroup): Promise<boolean> {
  try {
    const control = await readFile(path.join(cgroup.dir, 'memory.oom_control'), 'utf8');
    const kills = control.match(/^oom_kill\s+(\d+)/m);
    if (kills) return Number(kills[1]) > 0;
    // Older kernels: the group hit its limit and was under OOM.
    const failcnt = Number((await readFile(path.join(cgroup.dir, 'memory.failcnt'), 'utf8')).trim());
    return failcnt > 0 && /^under_oom\s+1/m.test(control);
  } catch {
    return false;
  }
}

/** Removes the group(s); its processes must be gone (killed by uid). Retries briefly while the kernel reaps them. */
export async function removeMemoryCgroup(cgroup: MemoryCgroup): Promise<void> {
  await removeCgroupDir(cgroup.dir);
  if (cgroup.pidsDir !== null) await removeCgroupDir(cgroup.pidsDir);
}

async function removeCgroupDir(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await rmdir(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * The argv prefix that runs `command` inside the group(s) race-free: a root shell writes its own pid to each
 * cgroup.procs (so every process it becomes or starts is in the groups from its first allocation), then execs setpriv,
 * which drops to the slot's uid and gid (no supplementary groups) and execs the command. Exit status 125: joining failed.
 */
export function cgroupWrapper(shell: string, setpriv: string, cgroup: MemoryCgroup, owner: { uid: number; gid: number }, command: readonly string[]): { file: string; args: string[] } {
  return {
    file: shell,
    args: [
      '-c',
      'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"',
      'aibaas-cgroup',
      ...cgroup.procsFiles,
      '--',
      setpriv,
      `--reuid=${owner.uid}`,
      `--regid=${owner.gid}`,
      '--clear-groups',
      '--',
      ...command,
    ],
  };
}

async function ownCgroup(controller: string): Promise<string | null> {
  try {
    const text = await readFile('/proc/self/cgroup', 'utf8');
    for (const line of text.split('\n')) {
      const [, controllers, cgroupPath] = line.split(':');
      if (controllers?.split(',').includes(controller) && cgroupPath) return cgroupPath;
    }
    return null;
  } catch {
    return null;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
