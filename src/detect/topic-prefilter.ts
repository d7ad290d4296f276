import { containsFragment, fragmentText, type PackedTopicFragments } from './topic-fragments';
import { CHEAP_SAMPLE_CHARS, CHEAP_SAMPLE_PARAGRAPHS, findMainContainer, readTextSample } from './text-sample';

/**
 * The content script's first question on every page: could it be about the mobilization at
 * all? It reads exactly what detection's cheap stage scores (title, first <h1>, description,
 * and the same bounded text sample) and looks for the lexicon's topic fragments there
 * (topic-fragments.ts says why a page without any cannot be relevant). No lexicon, no
 * storage, no regex compiled, nothing written to the page.
 */

const TITLE_KEYS = ['og:title', 'twitter:title'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description'];
const WANTED_KEYS = new Set([...TITLE_KEYS, ...DESCRIPTION_KEYS]);
/**
 * The <meta> elements that can have a wanted key: one of the three attributes naming it holds
 * a wanted value (any case). The key is still read as page-metadata.ts reads it, from the first
 * of those attributes present, so an element selected by another attribute than its key is
 * dropped below. Pages carry dozens of other <meta> tags, each read attribute by attribute.
 */
const WANTED_META = [...WANTED_KEYS].flatMap((key) => ['property', 'name', 'itemprop'].map((attribute) => `meta[${attribute}="${key}" i][content]`)).join(',');

/** The trimmed text of the first element named `tag` that has any. */
function firstText(doc: Document, tag: string): string {
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i++) {
    const text = (elements[i]!.textContent ?? '').trim();
    if (text) return text;
  }
  return '';
}

/**
 * Title, first <h1> and description as page-metadata.ts reads them (its first value per
 * key, its fallbacks, its limits), joined the way classifyPage joins them; a test keeps the
 * two equal on every fixture and corpus page.
 */
export function readHeadline(doc: Document): string {
  const metas = new Map<string, string>();
  const elements = doc.querySelectorAll(WANTED_META);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = element.getAttribute('content');
    if (WANTED_KEYS.has(key) && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const first = (keys: readonly string[]) => keys.map((key) => metas.get(key)).find((value) => value) ?? '';
  const title = firstText(doc, 'title') || first(TITLE_KEYS);
  const h1 = firstText(doc, 'h1').slice(0, 400);
  return `${title}\n${h1}\n${first(DESCRIPTION_KEYS).slice(0, 600)}`;
}

/** What the pre-filter reads of a page, as read: its headline (readHeadline) and its bounded text sample. */
export interface TopicInput {
  headline: string;
  sample: string;
}

export function readTopicInput(doc: Document): TopicInput {
  const headline = readHeadline(doc);
  const container = findMainContainer(doc);
  return { headline, sample: container ? readTextSample(container, CHEAP_SAMPLE_CHARS, CHEAP_SAMPLE_PARAGRAPHS).text : '' };
}

/** Whether two readings of a page are the same, so the answer for one holds for the other. */
export function sameTopicInput(a: TopicInput, b: TopicInput): boolean {
  return a.headline === b.headline && a.sample === b.sample;
}

/**
 * False only for pages full detection would certainly not find relevant. The headline and
 * the sample are searched together: on the pages that stop here (almost all), looking in
 * the headline first would only be one more pass.
 */
export function inputMightBeAboutTopic({ headline, sample }: TopicInput, fragments: PackedTopicFragments): boolean {
  // Joined as detection joins them, so a phrase running from the description into the text still counts.
  return containsFragment(`${fragmentText(headline)}\n${fragmentText(sample)}`, fragments);
}

export function mightBeAboutTopic(doc: Document, fragments: PackedTopicFragments): boolean {
  return inputMightBeAboutTopic(readTopicInput(doc), fragments);
}
