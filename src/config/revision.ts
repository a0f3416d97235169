import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The package's root directory (where package.json, bank/ and docs/ are). */
export function packageDirectory(): string {
  return packageRoot;
}

/**
 * The code revision stored with every result: the git commit (with `+dirty` for uncommitted changes) when the
 * package is a git checkout, else the package version.
 */
export function codeRevision(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    const version = (JSON.parse(readFileSync(new URL('package.json', `file://${packageRoot}`), 'utf8')) as { version: string }).version;
    return `v${version}`;
  }
}
