import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tryLock } from '../../src/store/lock-file.js';
import { openPgliteClient } from '../../src/store/index.js';

describe('pid lock file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aibaas-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is held once per path, also within one process, and released on release()', () => {
    const path = join(dir, 'a.lock');
    const lock = tryLock(path);
    expect(lock.acquired).toBe(true);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(String(process.pid));
    expect(tryLock(path)).toEqual({ acquired: false, pid: process.pid });
    if (lock.acquired) lock.release();
    expect(existsSync(path)).toBe(false);
    const again = tryLock(path);
    expect(again.acquired).toBe(true);
    if (again.acquired) again.release();
  });

  it('reports another live process as DATABASE_LOCKED, and takes the lock over once that process is dead', async () => {
    const dataDir = join(dir, 'db');
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${dataDir}.lock`, `${other.pid}\nsomeone-else\n`);
      expect(tryLock(`${dataDir}.lock`)).toEqual({ acquired: false, pid: other.pid });
      const error = await openPgliteClient({ dataDir }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'DATABASE_LOCKED', message: expect.stringContaining(`pid ${other.pid}`) });
      expect((error as { fix: string }).fix).toMatch(/Wait for process \d+ to finish or stop it, or use a PostgreSQL server by setting DATABASE_URL/);
    } finally {
      other.kill('SIGKILL');
    }
    await once(other, 'exit');
    const lock = tryLock(`${dataDir}.lock`);
    expect(lock.acquired).toBe(true);
    if (lock.acquired) lock.release();
  });

  it('takes over a lock file that holds no pid', () => {
    const path = join(dir, 'garbage.lock');
    writeFileSync(path, '');
    const lock = tryLock(path);
    expect(lock.acquired).toBe(true);
    if (lock.acquired) lock.release();
  });

  it('takes over a lock with its own pid that it does not hold (a restarted container reuses pids)', () => {
    const path = join(dir, 'own-pid.lock');
    writeFileSync(path, `${process.pid}\nprevious-container-life\n`);
    const lock = tryLock(path);
    expect(lock.acquired).toBe(true);
    if (lock.acquired) lock.release();
  });

  it('does not remove a lock that someone else has taken over meanwhile', () => {
    const path = join(dir, 'taken.lock');
    const lock = tryLock(path);
    writeFileSync(path, '1\nanother-owner\n');
    if (lock.acquired) lock.release();
    expect(readFileSync(path, 'utf8')).toBe('1\nanother-owner\n');
  });
});
