/** A request the sync could not complete, with the reason as a refusal code and its values. */
export class FetchFailure extends Error {
  constructor(
    readonly code: 'unreachable' | 'http-status' | 'oversize' | 'not-utf8',
    readonly params: string[],
  ) {
    super(`${code} ${params.join(' ')}`);
  }
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array<ArrayBuffer>; text: string; validators: Validators };

export interface BoundedFetchOptions {
  fetch: typeof fetch;
  maxBytes: number;
  timeoutMs: number;
  /** Sent as If-None-Match / If-Modified-Since; a 304 answer then costs no download. */
  validators?: Validators | null;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Reads the body, stopping as soon as it passes `maxBytes`, so a huge response is never buffered. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchFailure('oversize', [kib(maxBytes)]);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure('oversize', [kib(maxBytes)]);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * GETs one URL and nothing else: no cookies or other credentials, no redirect to another
 * address, no referrer, a time limit, and a size limit enforced while reading. The browser's
 * HTTP cache is bypassed; revalidation is done here, with the validators the caller kept, so
 * a `304 Not Modified` reaches the caller instead of a cached copy.
 */
export async function boundedFetch(url: string, options: BoundedFetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  let response: Response;
  try {
    response = await options.fetch(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch {
    throw new FetchFailure('unreachable', [new URL(url).host]);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'not-modified' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchFailure('http-status', [String(response.status)]);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readLimited(response, options.maxBytes);
  } catch (error) {
    // A connection dropped or timed out half-way is the same failure as one never made.
    if (error instanceof FetchFailure) throw error;
    throw new FetchFailure('unreachable', [new URL(url).host]);
  }
  let text: string;
  try {
    // ignoreBOM keeps the bytes and the text in step for the hash check.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FetchFailure('not-utf8', []);
  }
  return {
    status: 'ok',
    bytes,
    text,
    validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
  };
}
