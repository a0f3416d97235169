/**
 * The Gemini API (generativelanguage v1beta) wire format: `GET /v1beta/models` (paged with `pageSize` /
 * `pageToken`), `POST /v1beta/models/<id>:generateContent` and `:streamGenerateContent` (`?alt=sse`: SSE with CRLF
 * line ends; without it: a streamed JSON array), `{"error":{"code","message","status"}}` errors with google.rpc
 * details. Like the real API it sends no rate-limit headers: a 429 says when to retry in a RetryInfo detail.
 */
import {
  type Answer, type FakeModel, type FamilyWire, type Message, type ParsedGenerate, type Reply, type StatusSpec, type StreamEvent,
  chunks, isObject, positiveNumber, tokens,
} from './wire.js';

const STATUS: Record<number, { status: string; message: string }> = {
  400: { status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' },
  401: { status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' },
  403: { status: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  404: { status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  429: { status: 'RESOURCE_EXHAUSTED', message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.' },
  500: { status: 'INTERNAL', message: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting' },
  503: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
  504: { status: 'DEADLINE_EXCEEDED', message: 'Deadline expired before operation could complete.' },
  529: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
};

/** google.protobuf.Duration in JSON: `30s`, `1.5s`. */
const duration = (ms: number) => `${Number((Math.max(0, ms) / 1000).toFixed(3))}s`;

function quotaFailure(quotaId: string, model: string | undefined, limit?: number): Record<string, unknown> {
  return {
    '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
    violations: [{
      quotaMetric: 'generativelanguage.googleapis.com/generate_content_requests',
      quotaId,
      quotaDimensions: { location: 'global', ...(model ? { model } : {}) },
      ...(limit !== undefined ? { quotaValue: String(limit) } : {}),
    }],
  };
}

export function geminiError(spec: StatusSpec, model?: string, details: unknown[] = []): Reply {
  const fallback = STATUS[spec.status] ?? (spec.status >= 500 ? STATUS[500] : STATUS[400]);
  const notFound = spec.status === 404 && model ? `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.` : undefined;
  const all = [...details];
  if (spec.errorCode) all.push({ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: spec.errorCode, domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } });
  const retryMs = spec.retryAfterMs ?? (spec.retryAfterSeconds !== undefined ? spec.retryAfterSeconds * 1000 : undefined);
  if (retryMs !== undefined) all.push({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: duration(retryMs) });
  return {
    status: spec.status,
    body: { error: { code: spec.status, message: spec.message ?? notFound ?? fallback?.message ?? 'Error', status: spec.errorType ?? fallback?.status ?? 'UNKNOWN', ...(all.length ? { details: all } : {}) } },
  };
}

const invalid = (message: string): Reply => geminiError({ status: 400, message });

function partsText(parts: unknown): string | undefined {
  if (!Array.isArray(parts)) return undefined;
  let text = '';
  for (const part of parts) if (isObject(part) && typeof part.text === 'string' && part.thought !== true) text += part.text;
  return text;
}

function generationConfig(body: Record<string, unknown>): Record<string, unknown> {
  const config = body.generationConfig ?? body.generation_config;
  return isObject(config) ? config : {};
}

function thinkingConfig(body: Record<string, unknown>): Record<string, unknown> {
  const config = generationConfig(body);
  const thinking = config.thinkingConfig ?? config.thinking_config;
  return isObject(thinking) ? thinking : {};
}

const reasoningAllowed = (body: Record<string, unknown>) => {
  const thinking = thinkingConfig(body);
  return (thinking.thinkingBudget ?? thinking.thinking_budget) !== 0;
};

export function parseGemini(body: unknown, model: string, method: string, alt: string | null): ParsedGenerate | Reply {
  if (!isObject(body)) return invalid('Invalid JSON payload received.');
  if (!Array.isArray(body.contents) || body.contents.length === 0) return invalid('* GenerateContentRequest.contents: contents is not specified\n');
  const messages: Message[] = [];
  const system = body.systemInstruction ?? body.system_instruction;
  if (system !== undefined) {
    const text = isObject(system) ? partsText(system.parts) : undefined;
    if (text === undefined) return invalid('Invalid value at \'system_instruction\': expected a Content with parts.');
    messages.push({ role: 'system', content: text });
  }
  for (const [index, content] of body.contents.entries()) {
    if (!isObject(content)) return invalid(`Invalid value at 'contents[${index}]'.`);
    const role = content.role ?? 'user';
    if (role !== 'user' && role !== 'model') return invalid('Please use a valid role: user, model.');
    const text = partsText(content.parts);
    if (text === undefined) return invalid(`* GenerateContentRequest.contents[${index}].parts: contents.parts must not be empty.\n`);
    messages.push({ role: role === 'model' ? 'assistant' : 'user', content: text });
  }
  const config = generationConfig(body);
  const maxTokens = positiveNumber(config.maxOutputTokens ?? config.max_output_tokens);
  const thinking = thinkingConfig(body);
  const stream = method === 'streamGenerateContent';
  return {
    model,
    stream,
    messages,
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    includeUsage: true,
    reasoningAllowed: reasoningAllowed(body),
    showReasoning: (thinking.includeThoughts ?? thinking.include_thoughts) === true,
    ...(stream && alt !== 'sse' ? { jsonArray: true } : {}),
  };
}

const isEmbedding = (id: string) => /embed/i.test(id);

export function geminiModel(model: FakeModel): Record<string, unknown> {
  const embedding = isEmbedding(model.id);
  return {
    name: `models/${model.id}`,
    version: '001',
    displayName: model.displayName ?? model.id,
    description: 'A model of the fake provider.',
    ...(model.contextWindow ? { inputTokenLimit: model.contextWindow } : {}),
    ...(model.maxOutput ? { outputTokenLimit: model.maxOutput } : {}),
    supportedGenerationMethods: embedding ? ['embedContent', 'countTextTokens'] : ['generateContent', 'countTokens'],
    ...(embedding ? {} : { temperature: 1, topP: 0.95, topK: 64, maxTemperature: 2 }),
    ...(/reason|think/i.test(model.id) ? { thinking: true } : {}),
  };
}

const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** `GET /v1beta/models?pageSize=&pageToken=`: pages of at most min(pageSize, the server's page size). */
export function listGemini(models: readonly FakeModel[], query: URLSearchParams, pageSize: number): Reply {
  const sizeText = query.get('pageSize');
  const requested = sizeText === null || sizeText === '' ? 50 : Number(sizeText);
  if (!Number.isInteger(requested) || requested < 0) return invalid(`Invalid value at 'page_size' (TYPE_INT32), "${sizeText}"`);
  const size = Math.min(requested === 0 ? 50 : Math.min(requested, 1000), pageSize);
  const token = query.get('pageToken');
  let offset = 0;
  if (token) {
    const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (!match || Number(match[1]) > models.length) return invalid('Invalid page token.');
    offset = Number(match[1]);
  }
  const page = models.slice(offset, offset + size);
  const next = offset + page.length;
  return { status: 200, body: { models: page.map(geminiModel), ...(next < models.length ? { nextPageToken: pageToken(next) } : {}) } };
}

/** Proto3 JSON leaves zero counts out, so absent fields mean 0. */
function usageMetadata(answer: Answer, textSoFar: number, thoughtsSoFar: number): Record<string, unknown> | undefined {
  const usage = answer.usage;
  if (!usage) return undefined;
  const candidates = tokens(textSoFar);
  const thoughts = answer.showReasoning ? tokens(thoughtsSoFar) : usage.reasoning;
  return {
    promptTokenCount: usage.input,
    ...(candidates ? { candidatesTokenCount: candidates } : {}),
    totalTokenCount: usage.input + candidates + thoughts,
    ...(usage.cached ? { cachedContentTokenCount: usage.cached } : {}),
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: usage.input }],
    ...(usage.cached ? { cacheTokensDetails: [{ modality: 'TEXT', tokenCount: usage.cached }] } : {}),
    ...(thoughts ? { thoughtsTokenCount: thoughts } : {}),
  };
}

const finishReason = (answer: Answer) => (answer.finish === 'length' ? 'MAX_TOKENS' : 'STOP');

export const geminiWire: FamilyWire = {
  family: 'gemini',
  eol: '\r\n',
  error: (spec, model) => geminiError(spec, model),
  auth(headers, query, policy) {
    if (!policy.required) return null;
    const key = headers['x-goog-api-key'] || query.get('key');
    if (!key) {
      return geminiError({ status: 403, message: "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API." });
    }
    // An unknown key is a 400 INVALID_ARGUMENT on this API, not a 401.
    if (policy.key !== undefined && key !== policy.key) return geminiError({ status: 400, message: 'API key not valid. Please pass a valid API key.', errorCode: 'API_KEY_INVALID' });
    return null;
  },
  idHeaders: () => ({}),
  rateHeaders: () => ({}),
  rateLimited(snapshot, model) {
    return geminiError({ status: 429, retryAfterMs: snapshot.retryMs }, model, [quotaFailure('GenerateRequestsPerMinutePerProjectPerModel', model, snapshot.limit)]);
  },
  quota: () => ({ status: 429, message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.' }),
  midStreamFailure: () => ({ status: 500 }),
  reasoningAllowed: (body) => !isObject(body) || reasoningAllowed(body),

  message(answer) {
    const usage = usageMetadata(answer, answer.text.length, answer.reasoning.length);
    return {
      candidates: [{
        content: { parts: [...(answer.reasoning && answer.showReasoning ? [{ text: answer.reasoning, thought: true }] : []), { text: answer.text }], role: 'model' },
        finishReason: finishReason(answer),
        index: 0,
      }],
      ...(usage ? { usageMetadata: usage } : {}),
      modelVersion: answer.model,
      responseId: answer.id,
    };
  },

  events(answer) {
    const events: StreamEvent[] = [];
    let text = 0;
    let thoughts = 0;
    const chunk = (part: Record<string, unknown>, finish?: string) => {
      const usage = usageMetadata(answer, text, thoughts);
      return JSON.stringify({
        candidates: [{ content: { parts: [part], role: 'model' }, ...(finish ? { finishReason: finish } : {}), index: 0 }],
        ...(usage ? { usageMetadata: usage } : {}),
        modelVersion: answer.model,
        responseId: answer.id,
      });
    };
    if (answer.showReasoning) {
      for (const piece of chunks(answer.reasoning, answer.chunkSize)) {
        thoughts += piece.length;
        events.push({ phase: 'body', delta: true, json: true, data: chunk({ text: piece, thought: true }) });
      }
    }
    for (const piece of chunks(answer.text, answer.chunkSize)) {
      text += piece.length;
      events.push({ phase: 'body', delta: true, json: true, data: chunk({ text: piece }) });
    }
    // The terminal chunk: an empty text part with the finish reason and the final usage.
    thoughts = answer.reasoning.length;
    events.push({ phase: 'post', json: true, data: chunk({ text: '' }, finishReason(answer)) });
    return events;
  },

  streamError: () => ({ json: true, data: JSON.stringify({ error: { code: 500, message: STATUS[500]?.message, status: 'INTERNAL' } }) }),
};
