import type { MemoryLimitMode, SandboxLimits } from './types.js';

/** A read-only bind, resolved: host `source` shown at the absolute sandbox path `target`. */
export interface ResolvedBind {
  source: string;
  target: string;
}

/** How a top-level host directory is shown in the sandbox: merged-/usr systems make /bin, /lib... symlinks. */
export type RootEntry = { path: string; kind: 'dir' } | { path: string; kind: 'symlink'; linkTarget: string };

/** Everything the bubblewrap command line depends on. */
export interface BwrapLayout {
  /** Host directory bound read-write at /work. */
  workDir: string;
  rootEntries: readonly RootEntry[];
  /** Files and directories of /etc shown read-only when they exist (a minimal subset, never all of /etc). */
  etcPaths: readonly string[];
  binds: readonly ResolvedBind[];
  env: Readonly<Record<string, string>>;
  tmpfsBytes: number;
}

/**
 * The bubblewrap arguments before the command: a fresh root with the system directories read-only, no network (every
 * namespace unshared), a private /proc, /dev and /tmp, the work directory read-write at /work, and only the given
 * environment. The root is remounted read-only last, so nothing outside /work and /tmp is writable.
 */
export function bwrapArgs(layout: BwrapLayout): string[] {
  const args = ['--unshare-all', '--unshare-user', '--die-with-parent', '--new-session', '--disable-userns', '--hostname', 'aibaas'];
  for (const entry of layout.rootEntries) {
    if (entry.kind === 'symlink') args.push('--symlink', entry.linkTarget, entry.path);
    else args.push('--ro-bind', entry.path, entry.path);
  }
  for (const path of layout.etcPaths) args.push('--ro-bind-try', path, path);
  args.push('--proc', '/proc', '--dev', '/dev', '--size', String(layout.tmpfsBytes), '--tmpfs', '/tmp');
  args.push('--bind', layout.workDir, '/work');
  for (const bind of layout.binds) args.push('--ro-bind', bind.source, bind.target);
  args.push('--remount-ro', '/', '--chdir', '/work', '--clearenv');
  for (const [name, value] of Object.entries(layout.env)) args.push('--setenv', name, value);
  return args;
}

/**
 * RLIMIT_AS for `runtime` memory mode: V8 and other runtimes reserve much more address space than they use, so the
 * runtime's own flag enforces `memoryBytes` and this ceiling only stops a runaway native allocation.
 */
export const RUNTIME_ADDRESS_SPACE_HEADROOM = 4 * 1024 * 1024 * 1024;

/**
 * prlimit arguments for the limits. RLIMIT_CPU gets a hard limit one second above the soft one, so a program that
 * ignores SIGXCPU is killed; core dumps are off.
 */
export function prlimitArgs(limits: SandboxLimits, memoryMode: MemoryLimitMode): string[] {
  const addressSpace = memoryMode === 'address-space' ? limits.memoryBytes : limits.memoryBytes + RUNTIME_ADDRESS_SPACE_HEADROOM;
  return [
    `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 1}`,
    `--as=${addressSpace}`,
    `--nproc=${limits.maxProcesses}`,
    `--fsize=${limits.maxFileSizeBytes}`,
    `--nofile=${limits.maxOpenFiles}`,
    '--core=0',
  ];
}
