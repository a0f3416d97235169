import { availableParallelism, tmpdir } from 'node:os';
import { AibaasError } from '../core/index.js';
import { bwrapArgs, prlimitArgs, type RootEntry } from './command-line.js';
import { execStatus, signalFromExitCode } from './exec-status.js';
import { commandOutput, DEFAULT_ETC_PATHS, DEFAULT_SEARCH_PATH, resolveExecutable, systemRootEntries } from './host-setup.js';
import { DEFAULT_LIMITS, describeLimits, mergeLimits } from './limits.js';
import { cgroupWrapper, createMemoryCgroup, DEFAULT_MEMORY_CGROUP_MOUNT, detectMemoryCgroup, memoryCgroupOomKilled, removeMemoryCgroup, type MemoryCgroup, type MemoryCgroupRoot } from './memory-cgroup.js';
import { runContained, type ContainedOutcome } from './run-contained.js';
import { SlotPool } from './slot-pool.js';
import type { ExecRequest, ExecResult, Sandbox, SandboxLimits } from './types.js';
import { leaseUid } from './uid-lease.js';
import { killAllOfUid, waitUntilNoProcessOf } from './uid-processes.js';
import { collectFiles, createWorkDir, linkIntoWorkDir, removeWorkDir, type WorkDir } from './work-dir.js';
import { assertSearchable, resolveBinds, validateRequest, type Bind } from './request-checks.js';

/** How long the processes of a finished bubblewrap run may take to die with its pid namespace before they are killed. */
const NAMESPACE_EXIT_GRACE_MS = 200;

/** Options of {@link BwrapSandbox}; every one has a default. */
export interface BwrapSandboxOptions {
  /** The bubblewrap binary: a path, or a name looked up in `searchPath`. Default `bwrap`. */
  bwrapPath?: string;
  /** util-linux prlimit, which applies the rlimits. Default `prlimit`. */
  prlimitPath?: string;
  /** Directories searched for bare program names. */
  searchPath?: readonly string[];
  /** Overrides of {@link DEFAULT_LIMITS}. */
  defaultLimits?: Partial<SandboxLimits>;
  /** Executions at once; each gets its own uid. Default: the number of CPUs. */
  concurrency?: number;
  /** Executions run as uids from `uidBase` on (only when the service runs as root). Default 60000. */
  uidBase?: number;
  /**
   * How many uids from `uidBase` on the sandbox may lease. Slot i prefers `uidBase + i`; when another AIBaaS process
   * holds it (a `bank validate` beside a `run`), the slot takes the next free one, so processes share the range
   * instead of waiting on each other's uid. Default 64 for the default base, else the concurrency.
   */
  uidCount?: number;
  /** Where the per-execution directories are created. Default the OS temp directory. */
  tmpRoot?: string;
  /** Size of the sandbox's private /tmp. Default 64 MiB. */
  tmpfsBytes?: number;
  /** Run without bubblewrap when it is unavailable (loudly warned). Default false. */
  allowUnsandboxed?: boolean;
  /** Receives the warning about running unsandboxed. Default: stderr. */
  warn?: (message: string) => void;
  /** /etc entries shown read-only. */
  etcPaths?: readonly string[];
  /** PATH inside the sandbox. */
  pathEnv?: string;
  /** Largest file `collect` reads back. Default 1 MiB. */
  collectMaxBytes?: number;
  /** Cap on the marked report lines of one execution. Default 4 MiB. */
  maxReportBytes?: number;
  /**
   * Where cgroup v1's memory controller is mounted, for the `cgroup` memory mode (used only when running as root and
   * the hierarchy is writable; a writable cgroup v1 pids hierarchy at /sys/fs/cgroup/pids then also caps the tasks
   * of such a run); null turns cgroups off (`cgroup` requests then fall back to `runtime`). Default
   * /sys/fs/cgroup/memory.
   */
  memoryCgroupMount?: string | null;
}

interface Tools {
  bwrap: string | null;
  prlimit: string;
  shell: string;
  rootEntries: RootEntry[];
  /** Set when the `cgroup` memory mode can be enforced (root, cgroup v1 memory writable, setpriv found). */
  cgroup: { root: MemoryCgroupRoot; setpriv: string } | null;
}

type Mode = { kind: 'bwrap'; version: string } | { kind: 'unsandboxed'; reason: string };

/** Output this many times the cap (and at least 1 MiB more) kills the run instead of being silently dropped. */
const OUTPUT_KILL_FACTOR = 4;

/**
 * Runs each command in a fresh bubblewrap sandbox: a new temp directory at /work, the host read-only, no network,
 * a scrubbed environment, rlimits, a wall clock that kills the whole process tree, and its own uid per slot.
 */
export class BwrapSandbox implements Sandbox {
  readonly defaultLimits: Readonly<SandboxLimits>;
  private readonly pool: SlotPool;
  private readonly uidBase: number;
  private readonly uidCount: number;
  private readonly asRoot: boolean;
  private readonly settings: Required<Omit<BwrapSandboxOptions, 'defaultLimits' | 'concurrency' | 'uidBase' | 'uidCount'>>;
  private cgroupRoot: MemoryCgroupRoot | null = null;
  private ready: Promise<{ tools: Tools; mode: Mode }> | null = null;
  private mode: Mode | null = null;

  constructor(options: BwrapSandboxOptions = {}) {
    this.defaultLimits = Object.freeze(mergeLimits(DEFAULT_LIMITS, options.defaultLimits));
    this.pool = new SlotPool(Math.max(1, options.concurrency ?? availableParallelism()));
    this.uidBase = options.uidBase ?? 60_000;
    this.uidCount = Math.max(this.pool.size, options.uidCount ?? (options.uidBase === undefined ? 64 : this.pool.size));
    this.asRoot = process.getuid?.() === 0;
    this.settings = {
      bwrapPath: options.bwrapPath ?? 'bwrap',
      prlimitPath: options.prlimitPath ?? 'prlimit',
      searchPath: options.searchPath ?? DEFAULT_SEARCH_PATH,
      tmpRoot: options.tmpRoot ?? tmpdir(),
      tmpfsBytes: options.tmpfsBytes ?? 64 * 1024 * 1024,
      allowUnsandboxed: options.allowUnsandboxed ?? false,
      warn: options.warn ?? ((message) => console.error(message)),
      etcPaths: options.etcPaths ?? DEFAULT_ETC_PATHS,
      pathEnv: options.pathEnv ?? '/usr/local/bin:/usr/bin:/bin',
      collectMaxBytes: options.collectMaxBytes ?? 1024 * 1024,
      maxReportBytes: options.maxReportBytes ?? 4 * 1024 * 1024,
      memoryCgroupMount: options.memoryCgroupMount === undefined ? DEFAULT_MEMORY_CGROUP_MOUNT : options.memoryCgroupMount,
    };
  }

  /**
   * Finds the tools and runs `true` in the sandbox once (cached). Throws SANDBOX_UNAVAILABLE when bubblewrap is
   * missing or cannot start, unless `allowUnsandboxed`, which switches to unsandboxed runs with one warning.
   */
  async check(): Promise<void> {
    await this.readyTools();
  }

  describe(): string {
    const uids = this.asRoot ? `uid ${this.uidBase}-${this.uidBase + this.uidCount - 1}` : `the service's own uid ${process.getuid?.() ?? '?'} (not root)`;
    if (this.mode === null) return `bubblewrap (not checked yet), ${uids}, limits: ${describeLimits(this.defaultLimits)}`;
    const pids = this.cgroupRoot?.pidsDir ? `, pids cgroup at ${this.cgroupRoot.pidsDir}` : '';
    const memory = this.cgroupRoot ? `memory mode cgroup available (cgroup v1 at ${this.cgroupRoot.dir}${pids})` : 'memory mode cgroup unavailable (falls back to runtime)';
    const limits = `limits: ${describeLimits(this.defaultLimits)}, ${memory}`;
    if (this.mode.kind === 'bwrap') return `${this.mode.version}, ${uids}, no network, read-only host, ${limits}`;
    const escape = this.asRoot ? '' : ', processes that leave their process group survive';
    return `UNSANDBOXED (${this.mode.reason}): model code can read this machine and use the network${escape}, ${uids}, ${limits}`;
  }

  async exec(request: ExecRequest): Promise<ExecResult> {
    const { tools, mode } = await this.readyTools();
    const limits = mergeLimits(this.defaultLimits, request.limits);
    validateRequest(request);
    const binds = await resolveBinds(request.readOnlyBinds ?? [], this.asRoot);
    return this.pool.with((slot) => this.runInSlot(slot, request, limits, binds, tools, mode.kind === 'bwrap'));
  }

  private async readyTools(): Promise<{ tools: Tools; mode: Mode }> {
    this.ready ??= this.setUp();
    return this.ready;
  }

  private async setUp(): Promise<{ tools: Tools; mode: Mode }> {
    const { searchPath } = this.settings;
    const prlimit = await resolveExecutable(this.settings.prlimitPath, searchPath);
    const shell = await resolveExecutable('sh', searchPath);
    if (!prlimit || !shell) {
      throw new AibaasError('SANDBOX_UNAVAILABLE', `The sandbox cannot apply resource limits: ${prlimit ? 'sh' : 'prlimit'} was not found (looked in ${searchPath.join(', ')}).`, {
        fix: 'Install util-linux (apt-get install util-linux), which provides prlimit.',
      });
    }
    if (this.asRoot) await assertSearchable(this.settings.tmpRoot);
    const bwrap = await resolveExecutable(this.settings.bwrapPath, searchPath);
    const tools: Tools = { bwrap, prlimit, shell, rootEntries: await systemRootEntries(), cgroup: await this.findCgroup() };
    this.cgroupRoot = tools.cgroup?.root ?? null;
    const problem = bwrap ? await this.selfCheck(tools) : `bubblewrap (${this.settings.bwrapPath}) was not found`;
    if (problem === null) {
      const version = (await commandOutput(bwrap as string, ['--version'])) ?? 'bubblewrap';
      this.mode = { kind: 'bwrap', version };
      return { tools, mode: this.mode };
    }
    if (!this.settings.allowUnsandboxed) {
      throw new AibaasError('SANDBOX_UNAVAILABLE', `The sandbox cannot run model code: ${problem}.`, {
        fix: 'Install bubblewrap (apt-get install bubblewrap) and allow unprivileged user namespaces ' +
          '(sysctl kernel.unprivileged_userns_clone=1), or set sandbox.allowUnsandboxed: true (AIBAAS_ALLOW_UNSANDBOXED=1) ' +
          'only on a throwaway machine.',
      });
    }
    this.mode = { kind: 'unsandboxed', reason: problem };
    this.settings.warn(
      `WARNING: running model-written code WITHOUT a sandbox (${problem}). It can read and change this machine's files ` +
        'and use the network; only rlimits, a scrubbed environment and process-group kills apply. Install bubblewrap.',
    );
    return { tools, mode: this.mode };
  }

  /** The cgroup v1 memory hierarchy and setpriv, when the service runs as root and both are usable. */
  private async findCgroup(): Promise<Tools['cgroup']> {
    if (!this.asRoot || this.settings.memoryCgroupMount === null) return null;
    const setpriv = await resolveExecutable('setpriv', this.settings.searchPath);
    if (!setpriv) return null;
    const root = await detectMemoryCgroup(this.settings.memoryCgroupMount);
    return root ? { root, setpriv } : null;
  }

  /** Runs `true` through the full bubblewrap command line; returns what went wrong, or null. */
  private async selfCheck(tools: Tools): Promise<string | null> {
    try {
      const request: ExecRequest = { files: [], command: ['true'] };
      const limits = { ...this.defaultLimits, wallTimeMs: Math.max(this.defaultLimits.wallTimeMs, 10_000) };
      const result = await this.pool.with((slot) => this.runInSlot(slot, request, limits, [], tools, true));
      if (result.status === 'ok') return null;
      const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
      return `its self-check failed (${result.status}${detail ? `: ${detail}` : ''})`;
    } catch (error) {
      return `its self-check failed (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  private async runInSlot(slot: number, request: ExecRequest, limits: SandboxLimits, binds: readonly Bind[], tools: Tools, sandboxed: boolean): Promise<ExecResult> {
    let owner: { uid: number; gid: number } | null = null;
    let release: (() => Promise<void>) | null = null;
    if (this.asRoot) {
      const candidates = Array.from({ length: this.uidCount }, (_, index) => this.uidBase + ((slot + index) % this.uidCount));
      const lease = await leaseUid(this.settings.tmpRoot, candidates).catch((error: unknown) => {
        throw hostFailure('lease its uid', error);
      });
      owner = { uid: lease.uid, gid: lease.uid };
      release = lease.release;
    }
    try {
      return await this.runWithUid(request, limits, binds, tools, owner, sandboxed);
    } finally {
      await release?.();
    }
  }

  private async runWithUid(request: ExecRequest, limits: SandboxLimits, binds: readonly Bind[], tools: Tools, owner: { uid: number; gid: number } | null, sandboxed: boolean): Promise<ExecResult> {
    const dir = await createWorkDir(this.settings.tmpRoot, request.files, owner).catch((error: unknown) => {
      throw hostFailure('create the work directory', error);
    });
    try {
      if (!sandboxed) for (const bind of binds) if (bind.relative) await linkIntoWorkDir(dir, bind.source, bind.relative, owner);
      const cgroup = request.memoryLimit === 'cgroup' && tools.cgroup && owner
        ? await createMemoryCgroup(tools.cgroup.root, `uid-${owner.uid}`, limits.memoryBytes, limits.maxProcesses).catch((error: unknown) => {
            throw hostFailure('create the memory cgroup', error);
          })
        : null;
      try {
        const outcome = await this.spawn(request, limits, binds, tools, dir, owner, sandboxed, cgroup).catch((error: unknown) => {
          throw hostFailure('start the sandboxed process', error);
        });
        const oomKilled = cgroup ? await memoryCgroupOomKilled(cgroup) : false;
        const collected = request.collect ? await collectFiles(dir, request.collect, this.settings.collectMaxBytes) : undefined;
        return toResult(outcome, limits, sandboxed, collected, oomKilled);
      } finally {
        if (cgroup) await removeMemoryCgroup(cgroup);
      }
    } finally {
      await removeWorkDir(dir);
    }
  }

  private spawn(request: ExecRequest, limits: SandboxLimits, binds: readonly Bind[], tools: Tools, dir: WorkDir, owner: { uid: number; gid: number } | null, sandboxed: boolean, cgroup: MemoryCgroup | null): Promise<ContainedOutcome> {
    const env = {
      PATH: this.settings.pathEnv,
      HOME: sandboxed ? '/work' : dir.work,
      LANG: 'C.UTF-8',
      TMPDIR: sandboxed ? '/tmp' : dir.tmp,
      ...request.env,
    };
    const allowanceMs = request.reportMarker ? Math.max(0, request.compileAllowanceMs ?? 0) : 0;
    const rlimits = prlimitArgs({ ...limits, cpuSeconds: limits.cpuSeconds + Math.ceil(allowanceMs / 1000) }, request.memoryLimit ?? 'address-space');
    const inner = sandboxed
      ? [tools.bwrap as string, ...bwrapArgs({
          workDir: dir.work,
          rootEntries: tools.rootEntries,
          etcPaths: this.settings.etcPaths,
          binds: binds.map((bind) => ({ source: bind.source, target: bind.relative ? `/work/${bind.relative}` : bind.source })),
          env,
          tmpfsBytes: this.settings.tmpfsBytes,
        }), '--', ...request.command]
      : request.command;
    // In a memory cgroup, a root wrapper joins the group and drops to the slot's uid itself (setpriv).
    const wrapped = cgroup && owner && tools.cgroup
      ? cgroupWrapper(tools.shell, tools.cgroup.setpriv, cgroup, owner, [tools.prlimit, ...rlimits, '--', ...inner])
      : { file: tools.prlimit, args: [...rlimits, '--', ...inner] };
    return runContained({
      ...wrapped,
      cwd: dir.work,
      // bubblewrap sets the sandbox's environment itself (--clearenv, --setenv); bwrap and prlimit need none.
      env: sandboxed ? {} : env,
      owner: cgroup ? null : owner,
      ...(request.stdin !== undefined ? { stdin: request.stdin } : {}),
      wallTimeMs: limits.wallTimeMs + allowanceMs,
      ...(allowanceMs > 0 ? { runWallTimeMs: limits.wallTimeMs } : {}),
      maxOutputBytes: limits.maxOutputBytes,
      killOutputBytes: Math.max(limits.maxOutputBytes * OUTPUT_KILL_FACTOR, limits.maxOutputBytes + 1024 * 1024),
      ...(request.reportMarker ? { reportMarker: request.reportMarker } : {}),
      maxReportBytes: this.settings.maxReportBytes,
      afterExit: async () => {
        if (!owner) return;
        // Every process of the slot's uid is gone before the execution returns. Under bubblewrap the command ran in its
        // own pid namespace, which the kernel empties once its init (bwrap's) exits: bwrap itself returns as soon as the
        // command exits, so the others may take a moment to die, and a short wait usually sees them go. Whatever is
        // still there after it (or anything, without bubblewrap) is killed wherever it hid, as the slot's uid.
        if (sandboxed && (await waitUntilNoProcessOf(owner.uid, NAMESPACE_EXIT_GRACE_MS))) return;
        await killAllOfUid(owner.uid, tools.shell);
        await waitUntilNoProcessOf(owner.uid, 2000);
      },
    });
  }
}

function toResult(outcome: ContainedOutcome, limits: SandboxLimits, sandboxed: boolean, collected: Record<string, string> | undefined, oomKilled = false): ExecResult {
  // Under bubblewrap a signal death arrives as exit status 128 + N.
  const signal = outcome.signal ?? (sandboxed && outcome.exitCode !== null ? signalFromExitCode(outcome.exitCode) : null);
  const exitCode = signal === null ? outcome.exitCode : null;
  const facts = execStatus({ exitCode, signal, killedBy: outcome.killedBy, stderrTail: outcome.stderr.tail() });
  // The kernel's OOM killer acted in the execution's memory cgroup: the limit ended (part of) the run.
  const status = oomKilled && facts !== 'timeout' && facts !== 'output_limit' ? 'memory_limit' : facts;
  return {
    status,
    exitCode,
    signal,
    durationMs: outcome.durationMs,
    stdout: outcome.stdout.text(),
    stderr: outcome.stderr.text(),
    stdoutTruncated: outcome.stdout.truncated,
    stderrTruncated: outcome.stderr.truncated,
    limits,
    ...(collected ? { collected } : {}),
    ...(outcome.reportLines ? { reportLines: outcome.reportLines } : {}),
  };
}

function hostFailure(action: string, error: unknown): AibaasError {
  if (error instanceof AibaasError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AibaasError('SANDBOX_FAILED', `The sandbox could not ${action}: ${detail}`, {
    fix: 'Check that the temp directory (sandbox tmpRoot) is writable and has free space, and run `aibaas doctor`.',
    cause: error,
  });
}
