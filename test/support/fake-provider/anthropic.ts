/**
 * The Anthropic Messages wire format: `GET /v1/models` (paged with `limit` / `after_id` / `before_id`),
 * `POST /v1/messages` (JSON or named SSE events), `{"type":"error","error":{...}}` errors, `anthropic-ratelimit-*`
 * headers.
 */
import {
  type Answer, type FakeModel, type FamilyWire, type Message, type ParsedGenerate, type Reply, type StatusSpec, type StreamEvent,
  chunks, isObject, positiveNumber, rfc3339,
} from './wire.js';

const TYPES: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  402: { type: 'billing_error', message: 'There is an issue with your billing or payment information.' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  404: { type: 'not_found_error', message: 'Not found.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: { type: 'rate_limit_error', message: 'Number of requests has exceeded your rate limit. Please try again later.' },
  500: { type: 'api_error', message: 'Internal server error' },
  504: { type: 'timeout_error', message: 'Request timed out.' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

export function anthropicError(spec: StatusSpec, model?: string): Reply {
  const fallback = TYPES[spec.status] ?? (spec.status >= 500 ? TYPES[500] : TYPES[400]);
  const message = spec.message ?? (spec.status === 404 && model ? `model: ${model}` : fallback?.message ?? 'Error');
  const headers: Record<string, string> = {};
  if (spec.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(0, Math.ceil(spec.retryAfterSeconds)));
  if (spec.retryAfterMs !== undefined) headers['retry-after-ms'] = String(Math.max(0, Math.round(spec.retryAfterMs)));
  return { status: spec.status, headers, body: { type: 'error', error: { type: spec.errorType ?? fallback?.type ?? 'api_error', message } } };
}

const invalid = (message: string): Reply => anthropicError({ status: 400, errorType: 'invalid_request_error', message });

/** A string or an array of content blocks, of which the text blocks count. */
function blocksText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  let text = '';
  for (const block of content) if (isObject(block) && block.type === 'text' && typeof block.text === 'string') text += block.text;
  return text;
}

function thinkingOn(body: Record<string, unknown>): boolean {
  return isObject(body.thinking) && (body.thinking.type === 'enabled' || body.thinking.type === 'adaptive');
}

export function parseAnthropic(body: unknown): ParsedGenerate | Reply {
  if (!isObject(body)) return invalid('The request body is not valid JSON.');
  if (typeof body.model !== 'string' || body.model === '') return invalid('model: Field required');
  const maxTokens = positiveNumber(body.max_tokens);
  if (maxTokens === undefined) return invalid('max_tokens: Field required');
  if (!Array.isArray(body.messages) || body.messages.length === 0) return invalid('messages: at least one message is required');
  const messages: Message[] = [];
  if (body.system !== undefined) {
    const system = blocksText(body.system);
    if (system === undefined) return invalid('system: Input should be a valid string or a list of text blocks');
    messages.push({ role: 'system', content: system });
  }
  for (const [index, message] of body.messages.entries()) {
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      return invalid(`messages.${index}.role: Input should be 'user' or 'assistant'`);
    }
    const content = blocksText(message.content);
    if (content === undefined) return invalid(`messages.${index}.content: Input should be a valid string or a list of content blocks`);
    messages.push({ role: message.role, content });
  }
  const thinking = thinkingOn(body);
  if (thinking && isObject(body.thinking) && body.thinking.type === 'enabled') {
    const budget = positiveNumber(body.thinking.budget_tokens);
    if (budget === undefined || budget < 1024) return invalid('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024');
    if (maxTokens <= budget) return invalid('`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size');
  }
  if (thinking && body.temperature !== undefined && body.temperature !== 1) {
    return invalid('`temperature` may only be set to 1 when thinking is enabled or in adaptive mode. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#feature-compatibility');
  }
  return { model: body.model, stream: body.stream === true, messages, maxTokens, includeUsage: true, reasoningAllowed: thinking, showReasoning: true };
}

export function anthropicModel(model: FakeModel, index: number): Record<string, unknown> {
  // Newest first, like the real listing.
  const created = new Date(Date.UTC(2025, 5, 1) - index * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { type: 'model', id: model.id, display_name: model.displayName ?? model.id, created_at: created };
}

/** `GET /v1/models?limit=&after_id=&before_id=`: pages of at most min(limit, pageSize) models. */
export function listAnthropic(models: readonly FakeModel[], query: URLSearchParams, pageSize: number): Reply {
  const limitText = query.get('limit');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return invalid('limit: Input should be less than or equal to 1000 and greater than or equal to 1');
  const size = Math.min(limit, pageSize);
  const after = query.get('after_id');
  const before = query.get('before_id');
  if (after !== null && before !== null) return invalid('Cannot specify both after_id and before_id');
  let start = 0;
  let end = models.length;
  if (after !== null) {
    const at = models.findIndex((model) => model.id === after);
    if (at < 0) return invalid(`after_id: no model ${after}`);
    start = at + 1;
    end = Math.min(models.length, start + size);
  } else if (before !== null) {
    const at = models.findIndex((model) => model.id === before);
    if (at < 0) return invalid(`before_id: no model ${before}`);
    end = at;
    start = Math.max(0, end - size);
  } else {
    end = Math.min(models.length, size);
  }
  const page = models.slice(start, end);
  const hasMore = before !== null ? start > 0 : end < models.length;
  return {
    status: 200,
    body: { data: page.map((model) => anthropicModel(model, models.indexOf(model))), has_more: hasMore, first_id: page[0]?.id ?? null, last_id: page[page.length - 1]?.id ?? null },
  };
}

function usageOf(answer: Answer, outputTokens: number): Record<string, number> | undefined {
  const usage = answer.usage;
  if (!usage) return undefined;
  // input_tokens excludes both cache reads and cache writes.
  return { input_tokens: usage.input - usage.cached - usage.cacheWrite, cache_creation_input_tokens: usage.cacheWrite, cache_read_input_tokens: usage.cached, output_tokens: outputTokens };
}

const stopReason = (answer: Answer) => (answer.finish === 'length' ? 'max_tokens' : 'end_turn');
const SIGNATURE = 'RmFrZVRoaW5raW5nU2lnbmF0dXJlRm9yVGVzdHM=';
const outputOf = (answer: Answer) => (answer.usage ? answer.usage.text + answer.usage.reasoning : 0);

export const anthropicWire: FamilyWire = {
  family: 'anthropic',
  eol: '\n',
  error: anthropicError,
  auth(headers, _query, policy) {
    if (!headers['anthropic-version']) return invalid('anthropic-version: header is required');
    if (!policy.required) return null;
    const key = headers['x-api-key'];
    if (!key) return anthropicError({ status: 401, message: 'x-api-key header is required' });
    if (policy.key !== undefined && key !== policy.key) return anthropicError({ status: 401, message: 'invalid x-api-key' });
    return null;
  },
  idHeaders: (n) => ({ 'request-id': `req_${n}` }),
  rateHeaders: (snapshot) => ({
    'anthropic-ratelimit-requests-limit': String(snapshot.limit),
    'anthropic-ratelimit-requests-remaining': String(snapshot.remaining),
    'anthropic-ratelimit-requests-reset': rfc3339(snapshot.now + snapshot.resetMs),
  }),
  rateLimited(snapshot) {
    return anthropicError({
      status: 429,
      retryAfterSeconds: snapshot.retryMs / 1000,
      message: `This request would exceed the rate limit for your organization of ${snapshot.limit} requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please try again later.`,
    });
  },
  // Anthropic reports an exhausted credit balance as a 400 invalid_request_error, not as a 402 or 429.
  quota: () => ({ status: 400, errorType: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' }),
  midStreamFailure: () => ({ status: 529 }),
  reasoningAllowed: (body) => !isObject(body) || thinkingOn(body),

  message(answer) {
    const usage = usageOf(answer, outputOf(answer));
    return {
      id: answer.id,
      type: 'message',
      role: 'assistant',
      model: answer.model,
      content: [
        ...(answer.reasoning ? [{ type: 'thinking', thinking: answer.reasoning, signature: SIGNATURE }] : []),
        { type: 'text', text: answer.text },
      ],
      stop_reason: stopReason(answer),
      stop_sequence: null,
      ...(usage ? { usage: { ...usage, service_tier: 'standard' } } : {}),
    };
  },

  events(answer) {
    const event = (phase: StreamEvent['phase'], name: string, data: Record<string, unknown>, delta = false): StreamEvent => ({ phase, event: name, json: true, data: JSON.stringify({ type: name, ...data }), ...(delta ? { delta } : {}) });
    const startUsage = usageOf(answer, 1);
    const events: StreamEvent[] = [
      event('pre', 'message_start', { message: { id: answer.id, type: 'message', role: 'assistant', model: answer.model, content: [], stop_reason: null, stop_sequence: null, ...(startUsage ? { usage: startUsage } : {}) } }),
    ];
    let index = 0;
    if (answer.reasoning) {
      events.push(event('pre', 'content_block_start', { index, content_block: { type: 'thinking', thinking: '' } }));
      events.push(event('pre', 'ping', {}));
      for (const piece of chunks(answer.reasoning, answer.chunkSize)) events.push(event('body', 'content_block_delta', { index, delta: { type: 'thinking_delta', thinking: piece } }, true));
      events.push(event('body', 'content_block_delta', { index, delta: { type: 'signature_delta', signature: SIGNATURE } }));
      events.push(event('body', 'content_block_stop', { index }));
      index += 1;
      events.push(event('body', 'content_block_start', { index, content_block: { type: 'text', text: '' } }));
    } else {
      events.push(event('pre', 'content_block_start', { index, content_block: { type: 'text', text: '' } }));
      events.push(event('pre', 'ping', {}));
    }
    for (const piece of chunks(answer.text, answer.chunkSize)) events.push(event('body', 'content_block_delta', { index, delta: { type: 'text_delta', text: piece } }, true));
    events.push(event('post', 'content_block_stop', { index }));
    events.push(event('post', 'message_delta', { delta: { stop_reason: stopReason(answer), stop_sequence: null }, ...(answer.usage ? { usage: { output_tokens: outputOf(answer) } } : {}) }));
    events.push(event('post', 'message_stop', {}));
    return events;
  },

  streamError: () => ({ event: 'error', json: true, data: JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }) }),
};
