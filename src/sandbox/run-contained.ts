import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CappedBuffer, MarkedLineSplitter } from './output-capture.js';

/** One process to run: the fully built command line and how to watch it. */
export interface ContainedSpec {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Set when running as root: the slot's uid and gid (libuv also drops the supplementary groups). */
  owner: { uid: number; gid: number } | null;
  stdin?: string;
  wallTimeMs: number;
  maxOutputBytes: number;
  /** Output past this many bytes on one stream kills the run (status output_limit). */
  killOutputBytes: number;
  reportMarker?: string;
  maxReportBytes: number;
  /**
   * With `reportMarker`: once a report line says `{"event":"compiled"}`, the wall clock restarts with this much
   * (when that ends sooner than `wallTimeMs` would).
   */
  runWallTimeMs?: number;
  /** Runs after the main process exited and its process group was killed, before waiting for the pipes to close. */
  afterExit: () => Promise<void>;
}

/** What happened to the process. */
export interface ContainedOutcome {
  exitCode: number | null;
  signal: string | null;
  killedBy: 'timeout' | 'output' | null;
  durationMs: number;
  stdout: CappedBuffer;
  stderr: CappedBuffer;
  reportLines: string[] | undefined;
}

/** The harness's report that the compile phase is over. */
const COMPILED = /^\{\s*"event"\s*:\s*"compiled"\s*[,}]/;

/** After the process exited, how long its pipes may stay open (held by a stray process) before they are cut. */
const PIPE_GRACE_MS = 1000;

/**
 * Spawns the process in its own process group, feeds stdin, captures capped output, and kills the whole group with
 * SIGKILL when the wall clock runs out or the output grows far past its cap.
 */
export function runContained(spec: ContainedSpec): Promise<ContainedOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(spec.file, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(spec.owner ? { uid: spec.owner.uid, gid: spec.owner.gid } : {}),
    });
    const stdout = new CappedBuffer(spec.maxOutputBytes);
    const stderr = new CappedBuffer(spec.maxOutputBytes);
    const splitter = spec.reportMarker ? new MarkedLineSplitter(spec.reportMarker, (chunk) => stdout.push(chunk), spec.maxReportBytes) : null;
    let killedBy: ContainedOutcome['killedBy'] = null;
    let exit: { code: number | null; signal: string | null; durationMs: number } | null = null;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    const kill = (reason: 'timeout' | 'output') => {
      killedBy ??= reason;
      killGroup();
    };
    let timer = setTimeout(() => kill('timeout'), spec.wallTimeMs);
    const watch = (buffer: CappedBuffer) => {
      if (buffer.total > spec.killOutputBytes && exit === null) kill('output');
    };
    // The run phase's own wall clock, from the harness's `compiled` report on.
    let compiled = spec.runWallTimeMs === undefined;
    const watchCompiled = () => {
      if (compiled || !splitter || exit !== null) return;
      if (!splitter.reportLines.some((line) => COMPILED.test(line))) return;
      compiled = true;
      const remaining = spec.wallTimeMs - (performance.now() - started);
      const runMs = spec.runWallTimeMs ?? remaining;
      if (runMs < remaining) {
        clearTimeout(timer);
        timer = setTimeout(() => kill('timeout'), runMs);
      }
    };

    child.stdout.on('data', (chunk: Buffer) => {
      if (splitter) {
        splitter.push(chunk);
        watchCompiled();
      } else stdout.push(chunk);
      watch(stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      watch(stderr);
    });
    // A program that exits without reading its input closes the pipe: that is not an error of ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(spec.stdin ?? '');

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Resolve once the process exited, the clean-up ran, and the pipes are closed (or were cut).
    let cleanedUp = false;
    let closed = false;
    const finish = () => {
      if (!cleanedUp || !closed || exit === null) return;
      resolve({ exitCode: exit.code, signal: exit.signal, killedBy, durationMs: exit.durationMs, stdout, stderr, reportLines: splitter?.reportLines });
    };
    child.on('exit', (code, signal) => {
      exit = { code, signal, durationMs: Math.round(performance.now() - started) };
      clearTimeout(timer);
      // Whatever the command left behind in its group goes with it.
      killGroup();
      void spec.afterExit().finally(() => {
        cleanedUp = true;
        const cut = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
        }, PIPE_GRACE_MS);
        if (closed) clearTimeout(cut);
        else child.once('close', () => clearTimeout(cut));
        finish();
      });
    });
    child.on('close', () => {
      splitter?.end();
      closed = true;
      finish();
    });
  });
}
