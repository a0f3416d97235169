/**
 * The OpenAI chat-completions wire format (and the OpenRouter / DeepSeek extensions the compatible servers add):
 * `GET /v1/models`, `POST /v1/chat/completions` (JSON or SSE), `{"error": {...}}` errors, `x-ratelimit-*` headers.
 */
import {
  type Answer, type FakeModel, type FamilyWire, type KeyPolicy, type Message, type ParsedGenerate, type RateSnapshot, type Reply, type StatusSpec, type StreamEvent,
  chunks, isObject, openAiDuration, positiveNumber,
} from './wire.js';

const DEFAULTS: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided: sk-fake***. You can find your API key at https://platform.openai.com/account/api-keys.' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported' },
  404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist or you do not have access to it.' },
  429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests. Please try again later.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request. Sorry about that!' },
  503: { type: 'server_error', code: null, message: 'The engine is currently overloaded, please try again later.' },
  529: { type: 'server_error', code: null, message: 'The engine is currently overloaded, please try again later.' },
};

const QUOTA = { type: 'insufficient_quota', code: 'insufficient_quota', message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.' };

export function openAiError(spec: StatusSpec, model?: string): Reply {
  const fallback = spec.errorCode === 'insufficient_quota' ? QUOTA : DEFAULTS[spec.status] ?? (spec.status >= 500 ? DEFAULTS[500] : DEFAULTS[400]);
  const message = spec.message ?? (spec.status === 404 && model ? `The model \`${model}\` does not exist or you do not have access to it.` : fallback?.message);
  const headers: Record<string, string> = {};
  if (spec.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(0, Math.ceil(spec.retryAfterSeconds)));
  if (spec.retryAfterMs !== undefined) headers['retry-after-ms'] = String(Math.max(0, Math.round(spec.retryAfterMs)));
  return {
    status: spec.status,
    headers,
    body: { error: { message, type: spec.errorType ?? fallback?.type ?? 'invalid_request_error', param: null, code: spec.errorCode === undefined ? fallback?.code ?? null : spec.errorCode || null } },
  };
}

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool']);

/** The text of an OpenAI message content: a string, null, or an array of `{type: "text", text}` parts. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return undefined;
  let text = '';
  for (const part of content) if (isObject(part) && part.type === 'text' && typeof part.text === 'string') text += part.text;
  return text;
}

function invalid(message: string, param: string | null = null): Reply {
  return { status: 400, body: { error: { message, type: 'invalid_request_error', param, code: null } } };
}

export function parseOpenAi(body: unknown): ParsedGenerate | Reply {
  if (!isObject(body)) return invalid('We could not parse the JSON body of your request. (HINT: This likely means you aren\'t using your HTTP library correctly.)');
  if (typeof body.model !== 'string' || body.model === '') return invalid('you must provide a model parameter');
  if (!Array.isArray(body.messages) || body.messages.length === 0) return invalid(`${JSON.stringify(body.messages ?? null)} is too short - 'messages'`, 'messages');
  const messages: Message[] = [];
  for (const [index, message] of body.messages.entries()) {
    if (!isObject(message) || typeof message.role !== 'string' || !ROLES.has(message.role)) {
      return invalid(`Invalid value for 'messages[${index}].role': expected one of 'system', 'developer', 'user', 'assistant' or 'tool'.`, `messages.[${index}].role`);
    }
    const content = contentText(message.content);
    if (content === undefined) return invalid(`Invalid type for 'messages[${index}].content'.`, `messages.[${index}].content`);
    messages.push({ role: message.role === 'developer' ? 'system' : message.role, content });
  }
  const stream = body.stream === true;
  if (body.stream_options !== undefined && body.stream_options !== null && !stream) {
    return invalid("The 'stream_options' parameter is only allowed when 'stream' is enabled.", 'stream_options');
  }
  const maxTokens = positiveNumber(body.max_completion_tokens) ?? positiveNumber(body.max_tokens);
  return {
    model: body.model,
    stream,
    messages,
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    includeUsage: isObject(body.stream_options) && body.stream_options.include_usage === true,
    reasoningAllowed: true,
    showReasoning: true,
  };
}

/** `GET /v1/models`: every OpenAI-family model at once (OpenAI has no paging), with OpenRouter's extra fields. */
export function listOpenAi(models: readonly FakeModel[]): Reply {
  return { status: 200, body: { object: 'list', data: models.map(openAiModel) } };
}

export function openAiModel(model: FakeModel, index = 0): Record<string, unknown> {
  return {
    id: model.id,
    object: 'model',
    created: 1_700_000_000 + index * 86_400,
    owned_by: 'fake-provider',
    ...(model.displayName ? { name: model.displayName } : {}),
    ...(model.contextWindow ? { context_length: model.contextWindow } : {}),
    ...(model.maxOutput ? { top_provider: { context_length: model.contextWindow ?? null, max_completion_tokens: model.maxOutput, is_moderated: false } } : {}),
    ...(model.pricing ? { pricing: { ...model.pricing } } : {}),
  };
}

function usageOf(answer: Answer): Record<string, unknown> | undefined {
  const usage = answer.usage;
  if (!usage) return undefined;
  const completion = usage.text + usage.reasoning;
  return {
    prompt_tokens: usage.input,
    completion_tokens: completion,
    total_tokens: usage.input + completion,
    prompt_tokens_details: { cached_tokens: usage.cached, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: usage.reasoning, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

const finishReason = (answer: Answer) => (answer.finish === 'length' ? 'length' : 'stop');

export const openAiWire: FamilyWire = {
  family: 'openai',
  eol: '\n',
  error: openAiError,
  auth(headers, _query, policy: KeyPolicy) {
    if (!policy.required) return null;
    const match = /^Bearer\s+(\S.*)$/i.exec(headers.authorization ?? '');
    if (!match) {
      const message = "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
      return { status: 401, body: { error: { message, type: 'invalid_request_error', param: null, code: null } } };
    }
    if (policy.key !== undefined && match[1] !== policy.key) return openAiError({ status: 401 });
    return null;
  },
  idHeaders: (n) => ({ 'x-request-id': `req_${n}` }),
  rateHeaders: (snapshot: RateSnapshot) => ({
    'x-ratelimit-limit-requests': String(snapshot.limit),
    'x-ratelimit-remaining-requests': String(snapshot.remaining),
    'x-ratelimit-reset-requests': openAiDuration(snapshot.resetMs),
  }),
  rateLimited(snapshot, model) {
    const seconds = snapshot.retryMs / 1000;
    return openAiError({
      status: 429,
      retryAfterSeconds: seconds,
      message: `Rate limit reached for ${model} in organization org-fake on requests per min (RPM): Limit ${snapshot.limit}, Used ${snapshot.limit}, Requested 1. Please try again in ${openAiDuration(snapshot.retryMs)}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
    });
  },
  quota: () => ({ status: 429, errorCode: 'insufficient_quota' }),
  midStreamFailure: () => ({ status: 500 }),
  reasoningAllowed: () => true,

  message(answer) {
    const usage = usageOf(answer);
    return {
      id: answer.id,
      object: 'chat.completion',
      created: answer.created,
      model: answer.model,
      choices: [{
        index: 0,
        message: { role: 'assistant', content: answer.text, ...(answer.reasoning ? { reasoning_content: answer.reasoning } : {}), refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: finishReason(answer),
      }],
      ...(usage ? { usage } : {}),
      service_tier: 'default',
      system_fingerprint: 'fp_fake',
    };
  },

  events(answer, includeUsage) {
    const withUsage = includeUsage && answer.usage !== null;
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      JSON.stringify({ id: answer.id, object: 'chat.completion.chunk', created: answer.created, model: answer.model, system_fingerprint: 'fp_fake', choices, ...(withUsage ? { usage: null } : {}), ...extra });
    const choice = (delta: Record<string, unknown>, finish: string | null = null) => ({ index: 0, delta, logprobs: null, finish_reason: finish });
    const events: StreamEvent[] = [{ phase: 'pre', json: true, data: chunk([choice({ role: 'assistant', content: '' })]) }];
    // DeepSeek style: reasoning deltas carry `reasoning_content` (and a null `content`) before the answer.
    for (const piece of chunks(answer.reasoning, answer.chunkSize)) events.push({ phase: 'body', delta: true, json: true, data: chunk([choice({ content: null, reasoning_content: piece })]) });
    for (const piece of chunks(answer.text, answer.chunkSize)) events.push({ phase: 'body', delta: true, json: true, data: chunk([choice({ content: piece })]) });
    events.push({ phase: 'post', json: true, data: chunk([choice({}, finishReason(answer))]) });
    if (withUsage) events.push({ phase: 'post', json: true, data: chunk([], { usage: usageOf(answer) }) });
    events.push({ phase: 'post', json: false, data: '[DONE]' });
    return events;
  },

  streamError: () => ({ json: true, data: JSON.stringify({ error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } }) }),
};
