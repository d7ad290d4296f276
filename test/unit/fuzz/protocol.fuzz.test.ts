import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MATCH_TEXT_MAX, parseMessage, toBackground, toContent } from '../../../extension/messaging/protocol';

/**
 * The message protocol's gate, fuzzed: whatever arrives (any value a structured clone can
 * carry, deep nesting, `__proto__` keys, huge strings, numbers at the edges), `parseMessage`
 * answers with a Result and never throws; what it accepts is a known type whose payload
 * passes its schema and carries no key the schema does not name.
 */

const tables = { toBackground, toContent } as const;
const typesOf = (table: Record<string, unknown>) => Object.keys(table);

/** One valid payload per message type: the starting point for mutations. */
const VALID: Record<string, unknown> = {
  'content:page-verdict': { relevant: true, isArticle: true, lang: 'en', topics: ['exodus'], score: 12, sidebarOpen: true },
  'content:match-claims': { lang: 'ru', text: 'Около 700 тысяч человек покинули Россию.', knownQuestionIds: ['how-many-left-russia'] },
  'content:get-page-text': {},
  'content:anchored-claims': { anchored: [{ index: 0, matcherId: 'm', questionId: 'q', claimIds: ['c'], excerpt: 'A sentence.' }] },
  'content:sidebar-state': { open: false },
  'sidebar:get-context': {},
  'sidebar:jump-to-claim': { index: 3 },
  'sidebar:close': {},
  'popup:get-tab-summary': { tabId: 7 },
  'popup:toggle-sidebar': { tabId: 7 },
  'popup:set-overlays-visible': { visible: false },
  'options:get-status': {},
  'options:sync-now': {},
  'options:update-settings': { paused: true, disabledSites: ['example.org'], updateUrl: 'https://packs.example.org/p.json' },
  'background:set-sidebar-open': { open: true },
  'background:jump-to-claim': { index: 0 },
};

const edgeValue = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, 2 ** 53, Number.MAX_VALUE, '', 'x'.repeat(100_000), '__proto__', 'constructor'),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown),
);

/** Sets or adds a key somewhere in a value (or replaces the whole value). */
function mutate(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  const keys = Object.keys(copy);
  const target = keys.length > 0 && key.length % 2 === 0 ? (keys[key.length % keys.length] as string) : key;
  copy[target] = mutate(copy[target], rest, replacement);
  return copy;
}

function expectAcceptedIsClean(table: Record<string, { request: v.GenericSchema }>, raw: unknown): void {
  const result = parseMessage(table, raw);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  const { type, payload } = result.value;
  expect(Object.hasOwn(table, type)).toBe(true);
  const entry = table[type] as { request: v.GenericSchema };
  expect(v.safeParse(entry.request, payload).success).toBe(true);
  // Nothing the schema does not name rides along: only plain JSON data comes out.
  expect(isPlainJson(payload), JSON.stringify(payload)?.slice(0, 200)).toBe(true);
}

/** Null, booleans, finite numbers, strings, arrays and plain objects (an optional key may be undefined), all the way down. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => item === undefined || isPlainJson(item));
}

describe('parseMessage on generated messages', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: any value at all is answered, never thrown`, () => {
      fc.assert(
        fc.property(edgeValue, (raw) => expectAcceptedIsClean(table, raw)),
        { numRuns: 300 },
      );
    });

    it(`${name}: a known type with a mutated payload is refused or clean`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...typesOf(table)), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), edgeValue, (type, path, replacement) => {
          expectAcceptedIsClean(table, { type, payload: mutate(VALID[type], path, replacement) });
        }),
        { numRuns: 500 },
      );
    });
  }

  it('the valid payloads are accepted (the control)', () => {
    for (const [type, payload] of Object.entries(VALID)) {
      const table = type.startsWith('background:') ? toContent : toBackground;
      expect(parseMessage(table, { type, payload }).ok, type).toBe(true);
    }
  });

  it('refuses what it should: unknown and inherited types, out-of-range numbers, oversized strings and lists', () => {
    const refused: Array<[Record<string, { request: v.GenericSchema }>, unknown]> = [
      [toBackground, { type: 'constructor', payload: {} }],
      [toBackground, { type: '__proto__', payload: {} }],
      [toBackground, { type: 'toString', payload: {} }],
      [toBackground, { type: 'background:jump-to-claim', payload: { index: 0 } }],
      [toContent, { type: 'options:sync-now', payload: {} }],
      [toBackground, { type: 'popup:get-tab-summary', payload: { tabId: -1 } }],
      [toBackground, { type: 'popup:get-tab-summary', payload: { tabId: 1.5 } }],
      [toBackground, { type: 'popup:get-tab-summary', payload: { tabId: NaN } }],
      [toBackground, { type: 'popup:get-tab-summary', payload: { tabId: Infinity } }],
      [toBackground, { type: 'popup:get-tab-summary', payload: { tabId: '7' } }],
      [toBackground, { type: 'content:page-verdict', payload: { ...(VALID['content:page-verdict'] as object), score: NaN } }],
      // Regression found by the fuzzer: Infinity passed `v.number()`.
      [toBackground, { type: 'content:page-verdict', payload: { ...(VALID['content:page-verdict'] as object), score: Infinity } }],
      [toBackground, { type: 'content:match-claims', payload: { lang: 'x'.repeat(9), text: '', knownQuestionIds: [] } }],
      [toBackground, { type: 'content:match-claims', payload: { lang: 'ru', text: 'x'.repeat(MATCH_TEXT_MAX + 1), knownQuestionIds: [] } }],
      [toBackground, { type: 'content:match-claims', payload: { lang: 'ru', text: '', knownQuestionIds: Array.from({ length: 501 }, () => 'q') } }],
      [toBackground, { type: 'content:match-claims', payload: { lang: 'ru', text: '', knownQuestionIds: ['x'.repeat(81)] } }],
      [toBackground, { type: 'content:match-claims', payload: { lang: 'ru', text: '' } }],
      [toBackground, { type: 'options:update-settings', payload: { updateUrl: 'x'.repeat(2001) } }],
      [toBackground, { type: 'content:anchored-claims', payload: { anchored: Array.from({ length: 501 }, () => (VALID['content:anchored-claims'] as { anchored: unknown[] }).anchored[0]) } }],
      [toBackground, { type: 'x'.repeat(65), payload: {} }],
      [toBackground, null],
      [toBackground, 'options:sync-now'],
    ];
    for (const [table, raw] of refused) expect(parseMessage(table, raw).ok, JSON.stringify(raw)?.slice(0, 120)).toBe(false);
  });

  it('a `__proto__` key in a payload pollutes nothing and is not passed on', () => {
    const raw = JSON.parse('{"type":"options:update-settings","payload":{"paused":true,"__proto__":{"polluted":true}}}') as unknown;
    const result = parseMessage(toBackground, raw);
    expect(result.ok && result.value.payload).toEqual({ paused: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.ok ? result.value.payload : null)).toBe(Object.prototype);
  });
});
