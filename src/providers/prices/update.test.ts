import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue.js';
import { updateCatalogue } from './update.js';

const bundledFile = path.resolve(import.meta.dirname, '../../../prices/catalogue.json');
const fixtureFile = path.join(import.meta.dirname, 'fixtures', 'litellm-sample.json');
const now = () => new Date('2026-03-04T23:59:00Z');
const temporaryDirectory = () => mkdtempSync(path.join(tmpdir(), 'aibaas-prices-update-'));

/** A real HTTP server on a free local port, serving a few price lists and failures. */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/catalogue.json') response.end(readFileSync(bundledFile));
    else if (request.url === '/litellm.json') response.end(readFileSync(fixtureFile));
    else if (request.url === '/not-json') response.end('<html>rate limited</html>');
    else {
      response.statusCode = 500;
      response.end('boom');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('updateCatalogue', () => {
  it("converts LiteLLM's list from a file, dated today, into a new directory", async () => {
    const target = path.join(temporaryDirectory(), 'data', 'prices', 'catalogue.json');
    const summary = await updateCatalogue({ from: fixtureFile, targetFile: target, fetch, now });
    expect(summary).toEqual({ models: 6, providers: { openai: 1, anthropic: 1, google: 1, groq: 1, together: 1, openrouter: 1 }, file: target });
    const written = loadCatalogue(target);
    expect(written).toMatchObject({ version: 1, asOf: '2026-03-04', sources: [fixtureFile] });
    expect(written.notes).toMatch(/LiteLLM/);
    expect(readdirSync(path.dirname(target))).toEqual(['catalogue.json']);
  });

  it('reads LiteLLM and our own format over HTTP, replacing the previous catalogue', async () => {
    const directory = temporaryDirectory();
    const target = path.join(directory, 'catalogue.json');
    writeFileSync(target, 'old');
    const converted = await updateCatalogue({ from: `${baseUrl}/litellm.json`, targetFile: target, fetch, now });
    expect(converted.models).toBe(6);
    expect(loadCatalogue(target).sources).toEqual([`${baseUrl}/litellm.json`]);
    const bundled = loadCatalogue(bundledFile);
    const copied = await updateCatalogue({ from: `${baseUrl}/catalogue.json`, targetFile: target, fetch, now });
    expect(copied.models).toBe(bundled.models.length);
    // Our format keeps its own date and sources: they describe the figures, not the download.
    expect(loadCatalogue(target)).toEqual(bundled);
    expect(readdirSync(directory)).toEqual(['catalogue.json']);
  });

  it('uses the injected fetch and LiteLLM’s URL by default', async () => {
    const requested: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      requested.push(String(input));
      return new Response(readFileSync(fixtureFile));
    }) as typeof fetch;
    const target = path.join(temporaryDirectory(), 'catalogue.json');
    await updateCatalogue({ targetFile: target, fetch: fakeFetch, now });
    expect(requested).toEqual(['https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json']);
  });

  it('refuses a missing, failing, non-JSON, invalid or empty source and leaves the old file byte for byte', async () => {
    const directory = temporaryDirectory();
    const target = path.join(directory, 'catalogue.json');
    writeFileSync(target, readFileSync(bundledFile));
    const before = readFileSync(target);
    const source = (name: string, content: unknown) => {
      const file = path.join(directory, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    };
    const cases: [string, RegExp][] = [
      [path.join(directory, 'missing.json'), /cannot be read \(ENOENT\)/],
      [source('text.json', 'not json'), /is not JSON/],
      [source('invalid.json', { version: 1, asOf: '2026-03-04', sources: ['x'], models: [{ provider: 'openai', model: 'm', inputPerMTok: -1, outputPerMTok: 1 }] }), /entry 0 \(openai\/m\), field inputPerMTok/],
      [source('empty.json', { version: 1, asOf: '2026-03-04', sources: ['x'], models: [] }), /holds no usable chat-model prices/],
      [source('no-chat.json', { 'x/y': { litellm_provider: 'bedrock', mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 1e-6 } }), /holds no usable chat-model prices/],
      [`${baseUrl}/missing`, /answered HTTP 500/],
      [`${baseUrl}/not-json`, /is not JSON/],
      ['http://127.0.0.1:1/unreachable.json', /could not be fetched/],
    ];
    for (const [from, message] of cases) {
      const error = await updateCatalogue({ from, targetFile: target, fetch, now }).then(() => undefined, (failure: unknown) => failure);
      expect(error, from).toMatchObject({ code: 'PRICES_INVALID', message: expect.stringMatching(message), fix: expect.stringMatching(/unchanged/) });
      expect(readFileSync(target).equals(before), from).toBe(true);
    }
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
