import { sha256Tag } from './canonical-json';
import type { BuiltFactPack } from './fact-pack-schema';
import type { PackIndex } from './signed-pack';

/**
 * What `npm run pack:publish` writes and a static host or CDN serves: the signed index at a
 * fixed address (the update URL points at it) and each signed pack under its own version,
 * never overwritten. The index is small and changes with every release, so caches keep it
 * briefly and must ask again; a versioned pack never changes, so caches keep it for good.
 */
export const INDEX_PATH = 'index.json';
export const HEADERS_PATH = '_headers';
export const packPath = (version: string) => `packs/${version}/fact-pack.json`;

export const INDEX_CACHE_CONTROL = 'public, max-age=300, must-revalidate';
export const PACK_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The extension asks no host permission, so its requests are cross-origin: the host must allow
 * any origin (nothing is secret here), answer the preflight that the conditional headers
 * cause, and let the extension read the ETag.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
};
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
};

/** The headers a served file needs, by its path from the publish folder's root ("/index.json"). */
export function headersFor(path: string): Record<string, string> {
  if (path === `/${INDEX_PATH}`) return { ...CORS_HEADERS, 'Cache-Control': INDEX_CACHE_CONTROL };
  if (path.startsWith('/packs/')) return { ...CORS_HEADERS, 'Cache-Control': PACK_CACHE_CONTROL };
  return {};
}

/** The same rules as a `_headers` file, which Netlify and Cloudflare Pages read; other hosts take them from it by hand. */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[block(`/${INDEX_PATH}`, headersFor(`/${INDEX_PATH}`)), block('/packs/*', headersFor('/packs/'))].join('\n\n')}\n`;
}

/** The index for a signed pack file: its version, where it is, and its exact length and hash. */
export async function createIndex(pack: BuiltFactPack, signedPackText: string): Promise<PackIndex> {
  return {
    kind: 'pack-index',
    packId: pack.id,
    version: pack.version,
    publishedAt: pack.publishedAt,
    contentHash: pack.contentHash,
    url: packPath(pack.version),
    size: new TextEncoder().encode(signedPackText).byteLength,
    sha256: await sha256Tag(signedPackText),
  };
}
