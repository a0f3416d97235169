import cliProgress from 'cli-progress';
import type { RunProgressEvent } from '../engine/index.js';
import { formatDuration, formatScore } from './format.js';

export interface ProgressReporter {
  handle(event: RunProgressEvent): void;
  stop(): void;
}

interface ProgressOptions {
  stream: NodeJS.WriteStream;
  now?: () => number;
}

function budgetLine(event: Extract<RunProgressEvent, { type: 'budget' }>): string {
  return `budget cap of $${event.maxCostUsd} reached ($${event.spentUsd.toFixed(4)} spent): starting no more items, finishing those in flight (${event.remaining} left undone; raise --max-cost and resume to complete the run)`;
}

function summary(event: Extract<RunProgressEvent, { type: 'result' | 'failure' }>): string {
  if (event.type === 'failure') return `${event.item.modelId} ${event.item.taskId} failed: ${event.error.message}`;
  const { result } = event;
  const score = result.status === 'error' ? `error (${result.error ?? ''})` : formatScore(result.finalScore);
  return `${result.modelId} ${result.taskId}#${result.attempt} → ${score}`;
}

/**
 * Live progress of a run: a bar with counts, elapsed time and ETA on a terminal; one plain line per finished
 * item otherwise (logs and CI keep a readable record).
 */
export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const startedAt = now();
  let startedDone = 0;
  if (options.stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: options.stream,
        format: ' {bar} {value}/{total} {percentage}% | elapsed {duration_formatted} | ETA {eta_formatted} | {last}',
        hideCursor: true,
        etaBuffer: 20,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      handle(event) {
        if (event.type === 'start') bar.start(event.total, event.alreadyDone, { last: `run ${event.run.id}` });
        else if (event.type === 'budget') bar.update({ last: budgetLine(event).slice(0, 60) });
        else bar.update(event.done, { last: summary(event).slice(0, 60) });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    handle(event) {
      if (event.type === 'start') {
        startedDone = event.alreadyDone;
        const resumed = event.alreadyDone > 0 ? ` (${event.alreadyDone} already done, resuming)` : '';
        options.stream.write(`run ${event.run.id}: ${event.total} items${resumed}\n`);
        return;
      }
      if (event.type === 'budget') {
        options.stream.write(`${budgetLine(event)}\n`);
        return;
      }
      const elapsed = now() - startedAt;
      const doneHere = event.done - startedDone;
      const eta = doneHere > 0 ? (elapsed / doneHere) * (event.total - event.done) : Number.NaN;
      const width = String(event.total).length;
      const percent = Math.floor((event.done / event.total) * 100);
      options.stream.write(
        `[${String(event.done).padStart(width)}/${event.total}] ${String(percent).padStart(3)}% ${summary(event)} ` +
          `(elapsed ${formatDuration(elapsed)}, ETA ${formatDuration(eta)})\n`,
      );
    },
    stop() {},
  };
}
