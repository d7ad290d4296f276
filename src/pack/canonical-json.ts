/**
 * JSON with object keys sorted at every level, so that the same pack always hashes the same
 * whatever order its authors, the build or a JSON library wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
  }
  return value;
}

/** `sha256-<hex>` of the UTF-8 bytes of `text`, with Web Crypto (browsers and Node 20). */
export function sha256Tag(text: string): Promise<string> {
  return sha256TagOfBytes(new TextEncoder().encode(text));
}

/** `sha256-<hex>` of raw bytes, such as a downloaded file exactly as it arrived. */
export async function sha256TagOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `sha256-${hex}`;
}
