/**
 * Faults of the fake provider: the injectable `Fault` union, the per-request plan built from it, and the small
 * grammar of fault directives carried in a model name (for a CLI running as a child process).
 *
 * Model-name grammar (case-insensitive):
 *
 *   model-id  = base "@fault=" directive *("+" directive)
 *   directive = STATUS ["x" N]            e.g. 429x2, 529, 500x3, 401: that HTTP status in the family's error shape
 *                                          (a 429 carries a retry-after of 0 s)
 *             / "quota" ["x" N]           the provider's spend-limit error
 *             / "cut" ["x" N]             stream: 1 content chunk, then the socket is destroyed
 *             / "error" ["x" N]           stream: 1 content chunk, then an in-stream error event
 *             / "malformed" ["x" N]       stream: 1 content chunk, then a data line that is not JSON
 *             / "hang=" MS ["x" N]        nothing at all for MS milliseconds, then the answer
 *             / "nousage"                 every answer for this model reports no usage
 *             / "crlf"                    every stream uses CRLF and `: keep-alive` comments
 *             / "slow=" MS                every answer's first content chunk comes MS ms after the headers
 *
 * The counted directives (N defaults to 1) take the model's requests in order, counted per model name for the life
 * of the server: `m@fault=429x2+cutx1` answers requests 1-2 with 429, cuts request 3, and answers 4+ normally. The
 * three modifiers apply to every request of the model, combined with whatever counted directive applies.
 */
import type { Family, FamilyWire, StatusSpec } from './wire.js';

export type Fault =
  | { type: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number; errorType?: string; errorCode?: string; message?: string }
  | { type: 'cut-stream'; afterChunks: number }
  | { type: 'error-event'; afterChunks: number }
  | { type: 'malformed-json'; afterChunks: number }
  | { type: 'slow-first-token'; delayMs: number }
  | { type: 'missing-usage' }
  | { type: 'crlf-and-comments' }
  | { type: 'hang'; ms: number };

/** Everything one request's faults ask for. */
export interface Plan {
  status?: StatusSpec;
  stream?: { kind: 'cut' | 'error' | 'malformed'; afterChunks: number };
  slowMs: number;
  hangMs: number;
  noUsage: boolean;
  crlf: boolean;
}

export const emptyPlan = (): Plan => ({ slowMs: 0, hangMs: 0, noUsage: false, crlf: false });

/** Adds one fault to a plan (a later status or stream fault replaces an earlier one). */
export function applyFault(plan: Plan, fault: Fault): Plan {
  switch (fault.type) {
    case 'status': {
      const { type: _type, ...spec } = fault;
      plan.status = spec;
      break;
    }
    case 'cut-stream':
      plan.stream = { kind: 'cut', afterChunks: Math.max(0, fault.afterChunks) };
      break;
    case 'error-event':
      plan.stream = { kind: 'error', afterChunks: Math.max(0, fault.afterChunks) };
      break;
    case 'malformed-json':
      plan.stream = { kind: 'malformed', afterChunks: Math.max(0, fault.afterChunks) };
      break;
    case 'slow-first-token':
      plan.slowMs = Math.max(plan.slowMs, fault.delayMs);
      break;
    case 'missing-usage':
      plan.noUsage = true;
      break;
    case 'crlf-and-comments':
      plan.crlf = true;
      break;
    case 'hang':
      plan.hangMs = Math.max(plan.hangMs, fault.ms);
      break;
  }
  return plan;
}

export const FAULT_MARK = '@fault=';

/** The model name without its fault directives. */
export function baseModel(model: string): string {
  const at = model.toLowerCase().indexOf(FAULT_MARK);
  return at < 0 ? model : model.slice(0, at);
}

type FaultOf = (wire: FamilyWire) => Fault;

/** The directives of one model name: counted stages in order, and modifiers for every request. */
export interface NameFaults {
  stages: { fault: FaultOf; times: number }[];
  modifiers: Fault[];
}

export class FaultGrammarError extends Error {
  override name = 'FaultGrammarError';
}

const COUNTED = /^(?:(\d{3})|(quota)|(cut)|(error)|(malformed)|hang=(\d+))(?:x(\d+))?$/;

/** Parses the `@fault=` part of a model name; null when there is none. Throws FaultGrammarError on a bad directive. */
export function parseFaultName(model: string): NameFaults | null {
  const at = model.toLowerCase().indexOf(FAULT_MARK);
  if (at < 0) return null;
  const spec = model.slice(at + FAULT_MARK.length).toLowerCase();
  const faults: NameFaults = { stages: [], modifiers: [] };
  for (const directive of spec.split('+')) {
    if (directive === 'nousage') {
      faults.modifiers.push({ type: 'missing-usage' });
      continue;
    }
    if (directive === 'crlf') {
      faults.modifiers.push({ type: 'crlf-and-comments' });
      continue;
    }
    const slow = /^slow=(\d+)$/.exec(directive);
    if (slow) {
      faults.modifiers.push({ type: 'slow-first-token', delayMs: Number(slow[1]) });
      continue;
    }
    const match = COUNTED.exec(directive);
    if (!match) {
      throw new FaultGrammarError(
        `Unknown fault directive ${JSON.stringify(directive)} in model ${JSON.stringify(model)}: expected STATUSxN, quotaxN, cutxN, errorxN, malformedxN, hang=MSxN, nousage, crlf or slow=MS, joined with +.`,
      );
    }
    const [, status, quota, cut, error, malformed, hang, count] = match;
    const times = count === undefined ? 1 : Number(count);
    let fault: FaultOf;
    if (status !== undefined) {
      const code = Number(status);
      if (code < 400 || code > 599) throw new FaultGrammarError(`Fault status ${code} in model ${JSON.stringify(model)} is not an HTTP error status (400-599).`);
      fault = () => ({ type: 'status', status: code, ...(code === 429 ? { retryAfterSeconds: 0 } : {}) });
    } else if (quota !== undefined) fault = (wire) => ({ type: 'status', ...wire.quota() });
    else if (cut !== undefined) fault = () => ({ type: 'cut-stream', afterChunks: 1 });
    else if (error !== undefined) fault = () => ({ type: 'error-event', afterChunks: 1 });
    else if (malformed !== undefined) fault = () => ({ type: 'malformed-json', afterChunks: 1 });
    else fault = () => ({ type: 'hang', ms: Number(hang) });
    faults.stages.push({ fault, times });
  }
  return faults;
}

/** The name faults for the `index`-th (0-based) request of a model. */
export function nameFaultsFor(faults: NameFaults, index: number, wire: FamilyWire): Fault[] {
  const out = [...faults.modifiers];
  let start = 0;
  for (const stage of faults.stages) {
    if (index < start + stage.times) {
      out.push(stage.fault(wire));
      break;
    }
    start += stage.times;
  }
  return out;
}

/** Queued faults from `inject()`. */
export interface QueuedFault {
  fault: Fault;
  family?: string;
  model?: string;
  times: number;
}

/** Takes the first queued fault matching this request (FIFO), counting one use of it. */
export function takeQueued(queue: QueuedFault[], family: Family, model: string): Fault | undefined {
  const base = baseModel(model);
  const index = queue.findIndex((entry) => (entry.family === undefined || entry.family === family) && (entry.model === undefined || entry.model === model || entry.model === base));
  if (index < 0) return undefined;
  const entry = queue[index] as QueuedFault;
  entry.times -= 1;
  if (entry.times <= 0) queue.splice(index, 1);
  return entry.fault;
}
