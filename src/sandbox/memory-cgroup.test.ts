import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BwrapSandbox } from './bwrap-sandbox.js';
import { detectMemoryCgroup, PIDS_HEADROOM } from './memory-cgroup.js';

const MIB = 1024 * 1024;
// A random uid range per run, so two test runs on one machine do not share (and clean up) each other's uids.
const UID_BASE = 74_000 + 2 * Math.floor(Math.random() * 500);
const sandbox = new BwrapSandbox({ concurrency: 2, uidBase: UID_BASE });
/** This sandbox's per-execution cgroups (other test files run their own at the same time). */
const ours = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(`aibaas-uid-${UID_BASE}-`) || name.startsWith(`aibaas-uid-${UID_BASE + 1}-`));
const root = await detectMemoryCgroup();
const available = root !== null;
const hasJava = existsSync('/usr/bin/java') && existsSync('/usr/bin/javac');
// Debian's JDK keeps conf/security as symlinks into /etc/java-N-openjdk.
const javaEtc = existsSync('/etc') ? readdirSync('/etc').filter((name) => /^java-\d+-openjdk$/.test(name)).map((name) => `/etc/${name}`) : [];

beforeAll(async () => {
  await sandbox.check();
});

describe.skipIf(!available)('the cgroup memory mode', () => {
  it('says in describe() that it is available', () => {
    expect(sandbox.describe()).toContain('memory mode cgroup available');
  });

  it('ends a 1 GiB allocation under a 256 MiB limit with memory_limit, and removes its cgroup', async () => {
    // bytearray writes every page, so the memory is really used (RLIMIT_AS is only the 4 GiB ceiling in this mode).
    const result = await sandbox.exec({
      files: [],
      command: ['python3', '-c', 'import sys\nchunks = [bytearray(64 * 1024 * 1024) for _ in range(16)]\nprint("survived", file=sys.stderr)'],
      memoryLimit: 'cgroup',
      limits: { memoryBytes: 256 * MIB },
    });
    expect(result.status).toBe('memory_limit');
    expect(result.stderr).not.toContain('survived');
    // Killed by the kernel's OOM killer in the group, not a MemoryError the interpreter printed.
    expect(result.signal).toBe('SIGKILL');
    expect(ours(root?.dir ?? '/')).toEqual([]);
  });

  it('lets a run below the limit finish normally, as the slot uid', async () => {
    const result = await sandbox.exec({
      files: [],
      command: ['python3', '-c', 'import os\nchunk = bytearray(64 * 1024 * 1024)\nprint(os.getuid(), os.getgroups())'],
      memoryLimit: 'cgroup',
      limits: { memoryBytes: 256 * MIB },
    });
    expect(result.status).toBe('ok');
    const [uid, groups] = result.stdout.trim().split(' ', 2);
    expect(Number(uid)).toBeGreaterThanOrEqual(UID_BASE);
    expect(groups).toBe('[]');
  });

  it.skipIf(!hasJava)('runs a JVM under a 512 MiB limit, which RLIMIT_AS = 512 MiB would not let start', async () => {
    const request = { files: [], command: ['java', '-Xmx384m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xshare:auto', '-version'], readOnlyBinds: javaEtc };
    const result = await sandbox.exec({ ...request, memoryLimit: 'cgroup', limits: { memoryBytes: 512 * MIB } });
    expect(result.status).toBe('ok');
    expect(result.stderr).toMatch(/openjdk version/i);
    const capped = await sandbox.exec({ ...request, memoryLimit: 'address-space', limits: { memoryBytes: 512 * MIB } });
    expect(capped.status).not.toBe('ok');
  });

  it.skipIf(!hasJava)('ends a JVM whose heap may grow past the limit (-Xmx1g under 256 MiB) with memory_limit', async () => {
    const source = 'public class Hog { public static void main(String[] a) { long[][] keep = new long[1024][]; for (int i = 0; i < keep.length; i++) keep[i] = new long[128 * 1024]; System.err.println("survived"); } }';
    const result = await sandbox.exec({
      files: [{ name: 'Hog.java', content: source }],
      command: ['sh', '-c', 'javac -J-XX:+UseSerialGC -J-XX:TieredStopAtLevel=1 -J-Xmx128m -d . Hog.java && exec java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp . Hog'],
      readOnlyBinds: javaEtc,
      memoryLimit: 'cgroup',
      limits: { memoryBytes: 256 * MIB, wallTimeMs: 30_000, cpuSeconds: 30 },
    });
    expect(result.status).toBe('memory_limit');
    expect(result.stderr).not.toContain('survived');
  });

  it.skipIf(!root?.pidsDir)('caps the tasks of a cgroup run with a pids cgroup, removed afterwards', async () => {
    const pidsDir = root?.pidsDir ?? '/';
    const running = sandbox.exec({ files: [], command: ['sleep', '1'], memoryLimit: 'cgroup', limits: { memoryBytes: 256 * MIB, maxProcesses: 20 } });
    let seen: string | null = null;
    for (let attempt = 0; attempt < 40 && seen === null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const fresh = ours(pidsDir)[0];
      if (fresh) seen = readFileSync(path.join(pidsDir, fresh, 'pids.max'), 'utf8').trim();
    }
    expect((await running).status).toBe('ok');
    expect(seen).toBe(String(20 + PIDS_HEADROOM));
    expect(ours(pidsDir)).toEqual([]);
  });

  it('falls back to the runtime mode when cgroups are off', async () => {
    const plain = new BwrapSandbox({ concurrency: 1, uidBase: 75_500 + Math.floor(Math.random() * 400), memoryCgroupMount: null });
    const result = await plain.exec({ files: [], command: ['python3', '-c', 'chunk = bytearray(64 * 1024 * 1024)'], memoryLimit: 'cgroup', limits: { memoryBytes: 256 * MIB } });
    expect(result.status).toBe('ok');
    expect(plain.describe()).toContain('memory mode cgroup unavailable');
  });
});
