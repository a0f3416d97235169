import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leaseUid } from './uid-lease.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aibaas-lease-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leaseUid', () => {
  it('gives a uid to one holder at a time', async () => {
    const { release } = await leaseUid(dir, 70_001);
    let second = false;
    const waiting = leaseUid(dir, 70_001, 10).then((lease) => {
      second = true;
      return lease;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second).toBe(false);
    await release();
    await (await waiting).release();
    expect(second).toBe(true);
  });

  it('takes the first free uid of a range, so a second holder does not wait for the first', async () => {
    const first = await leaseUid(dir, [70_010, 70_011, 70_012]);
    const second = await leaseUid(dir, [70_010, 70_011, 70_012]);
    const third = await leaseUid(dir, [70_011, 70_012, 70_010]);
    expect([first.uid, second.uid, third.uid]).toEqual([70_010, 70_011, 70_012]);
    await second.release();
    expect((await leaseUid(dir, [70_010, 70_011, 70_012])).uid).toBe(70_011);
    await first.release();
    await third.release();
  });

  it('takes over the lease of a process that is gone', async () => {
    const file = path.join(dir, 'aibaas-uid-70002.lock');
    writeFileSync(file, '999999999 12345');
    const { release } = await leaseUid(dir, 70_002);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    await release();
  });
});
