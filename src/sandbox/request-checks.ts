import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AibaasError } from '../core/index.js';
import type { ResolvedBind } from './command-line.js';
import type { ExecRequest, ReadOnlyBind } from './types.js';
import { safeRelativePath } from './work-dir.js';

/** A bind as requested: `relative` set means "under the work directory". */
export interface Bind extends ResolvedBind {
  relative: string | null;
}

function invalid(message: string, fix: string): AibaasError {
  return new AibaasError('SANDBOX_INVALID_REQUEST', message, { fix });
}

/** Rejects a request the sandbox cannot run safely (SANDBOX_INVALID_REQUEST). */
export function validateRequest(request: ExecRequest): void {
  if (request.command.length === 0 || request.command.some((part) => part.includes('\0'))) {
    throw invalid('The sandbox was asked to run an empty command or one containing a NUL byte.', 'Pass the program and its arguments as a non-empty argv array.');
  }
  for (const [name, value] of Object.entries(request.env ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || value.includes('\0')) {
      throw invalid(`The sandbox environment variable "${name}" is not a valid name or its value contains a NUL byte.`, 'Use names of letters, digits and underscores.');
    }
  }
  const names = new Set(request.files.map((file) => safeRelativePath(file.name, 'file name')));
  if (names.size !== request.files.length) {
    throw invalid('Two of the files given to the sandbox have the same name.', 'Give each file of an execution its own name.');
  }
  for (const name of names) {
    for (let parent = path.posix.dirname(name); parent !== '.'; parent = path.posix.dirname(parent)) {
      if (names.has(parent)) throw invalid(`The file name "${parent}" is also used as a directory (by "${name}").`, 'Give files and directories different names.');
    }
  }
  for (const name of request.collect ?? []) safeRelativePath(name, 'collected file name');
  if (request.reportMarker !== undefined && (request.reportMarker.length < 8 || request.reportMarker.includes('\n'))) {
    throw invalid('The report marker must be at least 8 characters on one line.', 'Use a random marker such as a 32-character hex nonce.');
  }
}

const FORBIDDEN_BIND_TARGETS = ['/', '/work', '/tmp', '/proc', '/dev'];

/**
 * Checks and resolves the request's binds. bubblewrap opens a bind's source as the slot uid, so when the slots have
 * their own uids, a source the uid cannot reach (a pyenv under /root, mode 0700) is refused here, clearly, rather
 * than failing inside the run where it would look like the answer's fault.
 */
export async function resolveBinds(binds: readonly ReadOnlyBind[], otherUid: boolean): Promise<Bind[]> {
  const resolved: Bind[] = [];
  for (const bind of binds) {
    const source = typeof bind === 'string' ? bind : bind.source;
    const relative = typeof bind === 'string' ? null : safeRelativePath(bind.target, 'bind target');
    if (!path.isAbsolute(source) || path.normalize(source) !== source || (relative === null && FORBIDDEN_BIND_TARGETS.includes(source))) {
      throw invalid(`The read-only bind "${source}" is not a normalised absolute path the sandbox can show.`, 'Bind a specific directory such as /opt/jdk, never /, /work, /tmp, /proc or /dev.');
    }
    if (!(await stat(source).catch(() => null))) {
      throw invalid(`The read-only bind source "${source}" does not exist on this machine.`, 'Install the toolchain that provides it, or fix its configured path.');
    }
    if (otherUid && !(await readableByOthers(source))) {
      throw invalid(`The read-only bind source "${source}" is not readable by the sandbox uids (a directory on its path is private to its owner).`, 'Install the toolchain where every user can read it (/usr, /opt), e.g. use /usr/bin/python3 rather than a pyenv under /root.');
    }
    resolved.push({ source, target: source, relative });
  }
  return resolved;
}

/** Whether a user other than the owner (and not in its group) can reach `source` and read it. */
async function readableByOthers(source: string): Promise<boolean> {
  for (let dir = path.dirname(source); ; dir = path.dirname(dir)) {
    const stats = await stat(dir).catch(() => null);
    if (!stats || (stats.mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) break;
  }
  const stats = await stat(source).catch(() => null);
  const needed = stats?.isDirectory() ? 0o005 : 0o004;
  return stats !== null && (stats.mode & needed) === needed;
}

/** The slot uids must reach their work directories under `tmpRoot`: every directory on the way needs o+x. */
export async function assertSearchable(tmpRoot: string): Promise<void> {
  for (let dir = path.resolve(tmpRoot); ; dir = path.dirname(dir)) {
    const stats = await stat(dir).catch(() => null);
    if (!stats?.isDirectory() || (stats.mode & 0o001) === 0) {
      throw new AibaasError('SANDBOX_UNAVAILABLE', `The sandbox temp directory ${tmpRoot} is missing or not searchable by other users (${dir}), so the sandbox uids cannot reach their work directories.`, {
        fix: `Create it and allow traversal (chmod o+x ${dir}), or point the sandbox tmpRoot at a directory such as /tmp.`,
      });
    }
    if (dir === path.dirname(dir)) return;
  }
}
