import { createParser } from 'eventsource-parser';

/** One server-sent event. `event` is absent for unnamed events (the default `message` type). */
export interface SseEvent {
  event?: string;
  data: string;
  id?: string;
}

/**
 * Reads a server-sent-event body as events, following the WHATWG rules through eventsource-parser: CR, LF and CRLF
 * line ends, comments (`: keep-alive`) skipped, multi-line `data:` joined. An event cut off by the end of the body is
 * dropped, as the standard says; the adapters notice a missing final event themselves. A body that breaks while
 * being read rejects with the underlying error.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const queue: SseEvent[] = [];
  const parser = createParser({
    onEvent(event) {
      queue.push({ data: event.data, ...(event.event ? { event: event.event } : {}), ...(event.id ? { id: event.id } : {}) });
    },
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift() as SseEvent;
    }
    parser.feed(decoder.decode());
    while (queue.length > 0) yield queue.shift() as SseEvent;
  } finally {
    // Stopping early (a final event, an error) frees the connection; not awaited, as some bodies never settle it.
    reader.cancel().catch(() => undefined);
  }
}
