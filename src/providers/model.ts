import type { ModelInfo, ModelPrice, Usage } from '../core/index.js';
import { callCost } from '../core/index.js';
import type { GenerateRequest, ProviderAdapter } from './types.js';

/** Monotonic milliseconds; injected so tests control time. */
export type MonotonicClock = () => number;

/** Everything measured about one logical model call. */
export interface ModelCallResult {
  text: string;
  finishReason: string;
  usage: Usage;
  costUsd: number | null;
  price: ModelPrice | null;
  latencyMs: number;
  ttftMs: number | null;
  /** HTTP attempts made (1 without retries). */
  callAttempts: number;
  httpStatus: number | null;
  requestId: string | null;
}

/**
 * The Model facade: the one place that owns call policy above an adapter — timing, time to first token,
 * usage and cost (retries, rate limits and caching join it with the real providers).
 */
export class Model {
  constructor(
    readonly info: ModelInfo,
    private readonly adapter: ProviderAdapter,
    private readonly clock: MonotonicClock,
  ) {}

  get id(): string {
    return this.info.id;
  }

  async generate(request: GenerateRequest): Promise<ModelCallResult> {
    const started = this.clock();
    let firstTokenAt: number | null = null;
    const onDelta: GenerateRequest['onDelta'] = (delta) => {
      if (firstTokenAt === null && (delta.text || delta.reasoning)) firstTokenAt = this.clock();
      request.onDelta?.(delta);
    };
    const response = await this.adapter.generate(this.info.name, { ...request, onDelta });
    const finished = this.clock();
    return {
      text: response.text,
      finishReason: response.finishReason,
      usage: response.usage,
      costUsd: callCost(response.usage, this.info.price),
      price: this.info.price ?? null,
      latencyMs: finished - started,
      ttftMs: firstTokenAt === null ? null : (firstTokenAt as number) - started,
      callAttempts: 1,
      httpStatus: response.httpStatus,
      requestId: response.requestId,
    };
  }
}
