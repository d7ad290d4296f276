import { describe, expect, it } from 'vitest';
import { boundedFetch, FetchFailure } from './bounded-fetch';

const URL = 'https://packs.example.org/index.json';
const options = (fetch: typeof globalThis.fetch) => ({ fetch, maxBytes: 1024, timeoutMs: 1000 });

async function failure(promise: Promise<unknown>): Promise<FetchFailure> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FetchFailure)) throw new Error(`expected a FetchFailure, got ${String(error)}`);
  return error;
}

describe('boundedFetch', () => {
  it('returns the bytes, the text and the validators', async () => {
    const fetch = (async () => new Response('{"a":1}', { headers: { etag: 'W/"1"', 'last-modified': 'Sat, 01 Mar 2025 11:00:00 GMT' } })) as typeof globalThis.fetch;
    const result = await boundedFetch(URL, options(fetch));
    expect(result).toMatchObject({ status: 'ok', text: '{"a":1}', validators: { etag: 'W/"1"', lastModified: 'Sat, 01 Mar 2025 11:00:00 GMT' } });
  });

  it('calls a connection that breaks or times out half-way through the body unreachable', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([123]));
        controller.error(new TypeError('network error'));
      },
    });
    const fetch = (async () => new Response(broken)) as typeof globalThis.fetch;
    expect(await failure(boundedFetch(URL, options(fetch)))).toMatchObject({ code: 'unreachable', params: ['packs.example.org'] });
  });

  it('aborts a request that takes too long', async () => {
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof globalThis.fetch;
    expect(await failure(boundedFetch(URL, { fetch, maxBytes: 1024, timeoutMs: 20 }))).toMatchObject({ code: 'unreachable' });
  });

  it('refuses a body that is not UTF-8', async () => {
    const fetch = (async () => new Response(new Uint8Array([0xff, 0xfe, 0x00]))) as typeof globalThis.fetch;
    expect(await failure(boundedFetch(URL, options(fetch)))).toMatchObject({ code: 'not-utf8' });
  });
});
