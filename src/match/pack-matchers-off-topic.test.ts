/**
 * Precision of the real matchers in assets/pack/matchers: run all of them over articles that
 * are not about Russia's 2022 mobilization and expect no match at all. The articles are the
 * own-written fixture pages in test/fixtures/pages (tags stripped crudely) and look-alike
 * articles in ./fixtures/off-topic: Ukraine's own mobilization law and electronic summonses,
 * other protests, air fares, the White House on another crisis.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realPackMatchers } from '../../test/pack/real-pack-matchers';
import { compileMatchers, findClaims } from './claim-matcher';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
const OFF_TOPIC = join(import.meta.dirname, 'fixtures', 'off-topic');

/** Fixture pages that are about the topic: a section front listing mobilization headlines. */
const ON_TOPIC_PAGES = new Set(['non-article.html']);

const compiled = compileMatchers(realPackMatchers());

/** Crude page text: scripts, styles and tags dropped, block ends kept as sentence breaks. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h\d|li|div|title|article|section)>/gi, '.\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ');
}

function matchedSentences(text: string): string[] {
  return findClaims(text, compiled).map((match) => `${match.matcherId}: ${text.slice(match.start, match.end).trim()}`);
}

const pages = readdirSync(PAGES).filter((file) => file.endsWith('.html') && !ON_TOPIC_PAGES.has(file));
const articles = readdirSync(OFF_TOPIC).filter((file) => file.endsWith('.txt'));

describe('pack matchers on articles about something else', () => {
  it('have off-topic pages and articles to run on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages)('fixture page %s: no match', (file) => {
    expect(matchedSentences(pageText(readFileSync(join(PAGES, file), 'utf8')))).toEqual([]);
  });

  it.each(articles)('look-alike article %s: no match', (file) => {
    expect(matchedSentences(readFileSync(join(OFF_TOPIC, file), 'utf8'))).toEqual([]);
  });
});
