import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { RootEntry } from './command-line.js';

/** Where bare program names (`bwrap`, `prlimit`) are looked up; the sandbox reads no environment. */
export const DEFAULT_SEARCH_PATH: readonly string[] = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin'];

/** The absolute path of an executable: `name` itself when it contains a slash, else the first hit in `searchPath`. */
export async function resolveExecutable(name: string, searchPath: readonly string[]): Promise<string | null> {
  const candidates = name.includes('/') ? [path.resolve(name)] : searchPath.map((dir) => path.join(dir, name));
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // Try the next one.
    }
  }
  return null;
}

/** The top-level system directories shown read-only in the sandbox (never /root, /home or the project). */
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

/** How each system directory exists on this host: a directory to bind, a symlink to recreate, or absent. */
export async function systemRootEntries(): Promise<RootEntry[]> {
  const entries: RootEntry[] = [];
  for (const dir of SYSTEM_DIRS) {
    const stats = await lstat(dir).catch(() => null);
    if (stats?.isSymbolicLink()) entries.push({ path: dir, kind: 'symlink', linkTarget: await readlink(dir) });
    else if (stats?.isDirectory()) entries.push({ path: dir, kind: 'dir' });
  }
  return entries;
}

/**
 * The parts of /etc programs need: the dynamic linker cache, Debian's alternatives symlinks (java, c++...),
 * user and group names, the time zone, and Python's Debian config. Secrets (shadow, ssh keys) are never shown.
 */
export const DEFAULT_ETC_PATHS: readonly string[] = [
  '/etc/ld.so.cache',
  '/etc/ld.so.conf',
  '/etc/ld.so.conf.d',
  '/etc/alternatives',
  '/etc/passwd',
  '/etc/group',
  '/etc/nsswitch.conf',
  '/etc/localtime',
  '/etc/python3',
  '/etc/python3.11',
];

/** Runs `file args` on the host and returns its trimmed output, or null when it cannot run. */
export function commandOutput(file: string, args: readonly string[], timeoutMs = 10_000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(file, [...args], { timeout: timeoutMs, env: {} }, (error, stdout, stderr) => {
      const text = `${String(stdout)}${String(stderr)}`.trim();
      resolve(error ? null : text);
    });
  });
}
