import { constants as fsConstants, lchownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, lchown, lstat, mkdir, mkdtemp, open, readdir, realpath, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { AibaasError, type SourceFile } from '../core/index.js';

/** The host directories of one execution: `work` becomes /work, `tmp` is TMPDIR when running unsandboxed. */
export interface WorkDir {
  root: string;
  work: string;
  tmp: string;
}

/**
 * Checks that `name` is a plain relative path that stays inside the work directory (no `..`, no absolute path, no
 * empty or `.` segment) and returns it normalised to forward slashes.
 */
export function safeRelativePath(name: string, what: string): string {
  const segments = name.split('/');
  const bad =
    name.length === 0 || name.includes('\0') || name.includes('\\') || name.startsWith('/') ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.length > 255);
  if (bad) {
    throw new AibaasError('SANDBOX_INVALID_REQUEST', `The ${what} "${name}" is not a relative path inside the work directory.`, {
      fix: 'Use a relative file name such as `solution.py` or `tests/test_x.py` (no `..`, no leading `/`).',
    });
  }
  return segments.join('/');
}

/** Creates the directories of one execution and writes the request's files, all owned by `uid` when one is given. */
export async function createWorkDir(tmpRoot: string, files: readonly SourceFile[], owner: { uid: number; gid: number } | null): Promise<WorkDir> {
  const root = await mkdtemp(path.join(tmpRoot, 'aibaas-sbx-'));
  const dir: WorkDir = { root, work: path.join(root, 'work'), tmp: path.join(root, 'tmp') };
  try {
    // One pass with synchronous calls, each entry given to the slot's uid as it is made: a few dozen small calls,
    // far cheaper this way than as promises followed by a second pass that walks the tree to chown it.
    const give = (entry: string) => {
      if (owner) lchownSync(entry, owner.uid, owner.gid);
    };
    give(root);
    mkdirSync(dir.work, { mode: 0o700 });
    give(dir.work);
    mkdirSync(dir.tmp, { mode: 0o700 });
    give(dir.tmp);
    const made = new Set<string>([dir.work]);
    for (const file of files) {
      const target = path.join(dir.work, safeRelativePath(file.name, 'file name'));
      makeParents(path.dirname(target), made, give);
      writeFileSync(target, file.content, { mode: 0o644, flag: 'wx' });
      give(target);
    }
  } catch (error) {
    await removeWorkDir(dir);
    throw error;
  }
  return dir;
}

/** Creates the missing directories down to `directory` (mode 0755), each given to the slot's uid. */
function makeParents(directory: string, made: Set<string>, give: (entry: string) => void): void {
  if (made.has(directory)) return;
  makeParents(path.dirname(directory), made, give);
  mkdirSync(directory, { mode: 0o755 });
  give(directory);
  made.add(directory);
}

/** Makes `target` (relative to the work directory) a symlink to `source`: the unsandboxed form of a bind. */
export async function linkIntoWorkDir(dir: WorkDir, source: string, target: string, owner: { uid: number; gid: number } | null): Promise<void> {
  const link = path.join(dir.work, safeRelativePath(target, 'bind target'));
  await mkdir(path.dirname(link), { recursive: true, mode: 0o755 });
  await symlink(source, link);
  if (owner) await chownTree(dir.work, owner.uid, owner.gid);
}

async function chownTree(entry: string, uid: number, gid: number): Promise<void> {
  await lchown(entry, uid, gid);
  const stats = await lstat(entry);
  if (!stats.isDirectory()) return;
  for (const name of await readdir(entry)) await chownTree(path.join(entry, name), uid, gid);
}

/**
 * Reads files back from the work directory after the run. The directory was writable by the sandboxed code, so each
 * name must resolve inside it, must not be a symlink or a FIFO (O_NOFOLLOW | O_NONBLOCK, then a regular-file check),
 * and is read only up to `maxBytes`. Missing or refused files are left out.
 */
export async function collectFiles(dir: WorkDir, names: readonly string[], maxBytes: number): Promise<Record<string, string>> {
  const collected: Record<string, string> = {};
  const workReal = await realpath(dir.work);
  for (const name of names) {
    const file = path.join(dir.work, safeRelativePath(name, 'collected file name'));
    const content = await readInside(workReal, file, maxBytes);
    if (content !== null) collected[name] = content;
  }
  return collected;
}

async function readInside(workReal: string, file: string, maxBytes: number): Promise<string | null> {
  try {
    const real = await realpath(file);
    if (!real.startsWith(`${workReal}${path.sep}`)) return null;
    const handle = await open(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      // A hard link to a file outside the work directory would have more than one link.
      if (!stats.isFile() || stats.nlink !== 1) return null;
      const buffer = Buffer.alloc(Math.min(stats.size, maxBytes));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** Removes the execution's directories, even when the sandboxed code made parts of them unwritable. */
export async function removeWorkDir(dir: WorkDir): Promise<void> {
  try {
    // Synchronous: a work directory holds a handful of files, removed in a fraction of a millisecond this way.
    rmSync(dir.root, { recursive: true, force: true });
  } catch {
    // Code in the sandbox may have made a directory unwritable (chmod 0500): make the tree writable and retry.
    await makeWritable(dir.root);
    await rm(dir.root, { recursive: true, force: true });
  }
}

async function makeWritable(entry: string): Promise<void> {
  const stats = await lstat(entry).catch(() => null);
  if (!stats?.isDirectory()) return;
  await chmod(entry, 0o700).catch(() => undefined);
  const names = await readdir(entry).catch(() => []);
  for (const name of names) await makeWritable(path.join(entry, name));
}
