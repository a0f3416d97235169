import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leaseUid } from './uid-lease.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aibaas-lease-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leaseUid', () => {
  it('gives a uid to one holder at a time', async () => {
    const release = await leaseUid(dir, 70_001);
    let second = false;
    const waiting = leaseUid(dir, 70_001, 10).then((releaseSecond) => {
      second = true;
      return releaseSecond;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second).toBe(false);
    await release();
    await (await waiting)();
    expect(second).toBe(true);
  });

  it('takes over the lease of a process that is gone', async () => {
    const file = path.join(dir, 'aibaas-uid-70002.lock');
    writeFileSync(file, '999999999 12345');
    const release = await leaseUid(dir, 70_002);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    await release();
  });
});
