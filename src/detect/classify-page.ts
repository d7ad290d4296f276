import type { Lexicon } from '../pack/lexicon-schema';
import { ARTICLE_THRESHOLD, declaresNonArticle, readPageStructure, scoreArticle } from './article-signals';
import { compileLexicon, type CompiledLanguage, type CompiledLexicon } from './compile-lexicon';
import { withoutPinyinGlosses } from './pinyin-glosses';
import { withoutServerNotices } from './server-notices';
import { declaredLanguage, detectLanguage } from './detect-language';
import { normalizeText } from './normalize-text';
import { readPageMetadata } from './page-metadata';
import { datelinePublicationDate, publishedBefore, urlPublicationDate } from './publication-date';
import { CHEAP_SAMPLE_CHARS, CHEAP_SAMPLE_PARAGRAPHS, densityScore, findMainContainer, readingLength, readTextSample, type TextSample } from './text-sample';
import { readsAsTeasers, stacksAgencyLeads } from './teaser-text';
import { readsAsPhotoCaption, splicesGlossaries } from './copied-text';
import { scoreTopic } from './topic-score';
import { topicThreshold } from './topic-threshold';
import { inspectUrl } from './url-signals';
import { withoutKeywordLines } from './keyword-lines';

export interface PageVerdict {
  /** A single news article (report, analysis, opinion, live blog), not a front, listing or media page. */
  isArticle: boolean;
  /** An article about the Russian 2022 mobilization and what followed. */
  relevant: boolean;
  /** ISO 639-1 code of the text, or 'und'. */
  lang: string;
  /** Pack topic tags the text touches, strongest first. */
  topics: string[];
  /** Topic score (positive evidence minus near-miss penalties). */
  score: number;
  /** The last stage the detector ran: later stages read more of the page. */
  stage: 'url' | 'metadata' | 'sample' | 'full';
}

/** The full stage stops here: later text of a very long page changes nothing. */
const FULL_CHARS = 40_000;
const FULL_PARAGRAPHS = 400;
/** Below this cheap article score a page cannot become an article, whatever the rest of its text says. */
const HOPELESS_ARTICLE_SCORE = ARTICLE_THRESHOLD - 4;

const EMPTY_SAMPLE: TextSample = { text: '', paragraphLengths: [], truncated: false };

function languageFor(lexicon: CompiledLexicon, lang: string): CompiledLanguage | undefined {
  return lexicon.languages.get(lang) ?? lexicon.languages.get('en') ?? lexicon.languages.values().next().value;
}

function longParagraphs(sample: TextSample): number {
  return sample.paragraphLengths.filter((length) => length >= 140).length;
}

/** A footnote mark printed in the text, "[3]", as encyclopedia entries cite. */
const FOOTNOTE_MARK = /\[\d{1,3}\]/g;

/** Sentence ends in Latin, Cyrillic, Armenian (։) and CJK punctuation. */
const SENTENCE_END = /[.!?։。！？](?=\s|$|["'»”）)])/g;
/** A one-sentence flash ("Shoigu: 200,000 men have joined since the call-up began.") is news too. */
const SHORT_PROSE_MIN = 60;
const SHORT_PROSE_MAX = 2500;

/** A few sentences of prose and nothing longer: what a wire item or a live-feed entry reads like. */
function isShortProse(sample: TextSample): boolean {
  const length = readingLength(sample.text);
  if (length < SHORT_PROSE_MIN || length > SHORT_PROSE_MAX || longParagraphs(sample) > 4) return false;
  return (sample.text.match(SENTENCE_END)?.length ?? 0) >= 1;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Decides, cheapest stage first, whether a page is a news article about the Russian
 * mobilization: the URL; then title and head metadata; then a bounded text sample; the
 * whole text only when the sample is promising. A page with no hint of the topic is
 * rejected after title, metadata and about 2,500 characters of text.
 */
export interface ClassifyOptions {
  /**
   * Skip the article-structure reading on pages whose sample is off-topic, reporting them as
   * not articles. The content script sets it: it only acts on relevant pages, and most pages
   * a reader opens are off-topic. Evaluation leaves it off to measure article-ness everywhere.
   */
  onlyJudgeOnTopicPages?: boolean;
}

/** Normalized page text without what a server or a converter printed into it (see each module). */
function pageText(raw: string): string {
  return withoutPinyinGlosses(withoutServerNotices(normalizeText(raw)));
}

/**
 * The text whose topic is scored: without keyword lines (tag lists name what a site files a
 * page under, not what it reports), normalized afresh only when one was dropped.
 */
function topicBody(raw: string, normalized: string): string {
  const kept = withoutKeywordLines(raw);
  return kept === raw ? normalized : pageText(kept);
}

/** `lexicon` may come compiled already (the content script revives the worker's compiled copy). */
export function classifyPage(doc: Document, url: string, lexicon: Lexicon | CompiledLexicon, options: ClassifyOptions = {}): PageVerdict {
  const compiled = lexicon.languages instanceof Map ? (lexicon as CompiledLexicon) : compileLexicon(lexicon as Lexicon);
  const declared = declaredLanguage(doc.documentElement?.getAttribute('lang'));
  const urlInfo = inspectUrl(url);
  if (urlInfo.kind === 'not-web' || urlInfo.kind === 'home' || urlInfo.kind === 'search' || urlInfo.kind === 'listing') {
    return { isArticle: false, relevant: false, lang: declared || 'und', topics: [], score: 0, stage: 'url' };
  }

  const metadata = readPageMetadata(doc);
  const headline = pageText(`${metadata.title}\n${metadata.h1}\n${metadata.description}`);
  const urlHint = compiled.urlHints.some((hint) => urlInfo.pathText.includes(hint));
  // Read only for pages that declare themselves no article: the headline is scored with the text next.
  const headlineHint = (): boolean => {
    const headlineLanguage = languageFor(compiled, detectLanguage(headline, declared, compiled));
    return headlineLanguage ? scoreTopic(headlineLanguage, { headline, body: '' }).hint : false;
  };
  if (declaresNonArticle(metadata) && !urlHint && !headlineHint()) {
    return { isArticle: false, relevant: false, lang: declared || 'und', topics: [], score: 0, stage: 'metadata' };
  }

  let structure: ReturnType<typeof readPageStructure> | undefined;
  const container = findMainContainer(doc);
  const sample = container ? readTextSample(container, CHEAP_SAMPLE_CHARS, CHEAP_SAMPLE_PARAGRAPHS) : EMPTY_SAMPLE;
  const sampleText = pageText(sample.text);
  const lang = detectLanguage(`${headline}\n${sampleText}`, declared, compiled);
  const language = languageFor(compiled, lang);
  const articleScore = (read: TextSample, text = normalizeText(read.text)): number =>
    scoreArticle({
      metadata,
      structure: (structure ??= readPageStructure(doc, hostOf(url))),
      urlKind: urlInfo.kind,
      density: densityScore(read.paragraphLengths),
      longParagraphs: longParagraphs(read),
      shortProse: isShortProse(read),
      teasers: language !== undefined && readsAsTeasers(language, text),
      stackedLeads: stacksAgencyLeads(text),
      bracketCitations: text.match(FOOTNOTE_MARK)?.length ?? 0,
      photoCaption: readsAsPhotoCaption(text),
      splicedGlossaries: splicesGlossaries(text),
    });
  const cheap = language ? scoreTopic(language, { headline, body: topicBody(sample.text, sampleText) }) : undefined;
  const promising = cheap !== undefined && (cheap.score >= compiled.sampleThreshold || (urlHint && cheap.hint) || (urlHint && cheap.score > 0));
  const cheapArticle = promising || !options.onlyJudgeOnTopicPages ? articleScore(sample, sampleText) : Number.NEGATIVE_INFINITY;
  if (!language || !cheap || !promising || cheapArticle < HOPELESS_ARTICLE_SCORE) {
    return {
      isArticle: cheapArticle >= ARTICLE_THRESHOLD,
      relevant: false,
      lang,
      topics: [],
      score: round(cheap?.score ?? 0),
      stage: 'sample',
    };
  }

  const full = container && sample.truncated ? readTextSample(container, FULL_CHARS, FULL_PARAGRAPHS) : sample;
  const fullText = full === sample ? sampleText : pageText(full.text);
  const fullScore = full === sample ? cheap : scoreTopic(language, { headline, body: topicBody(full.text, fullText) });
  const isArticle = articleScore(full, fullText) >= ARTICLE_THRESHOLD;
  const threshold = topicThreshold({
    threshold: compiled.threshold,
    length: readingLength(full.text),
    shortProse: isShortProse(full),
    leadCallUp: fullScore.leadCallUp,
    penalty: fullScore.penalty,
  });
  // A page published before the call-up cannot report it, however many of its words it shares;
  // when the head declares no date, the one written in the address stands in, and failing that
  // the one its first lines print (a byline or dateline).
  const predates = compiled.since !== undefined && publishedBefore(metadata.publishedTime || urlPublicationDate(url) || datelinePublicationDate(`${metadata.title}\n${full.text}`), compiled.since);
  const relevant = isArticle && !predates && fullScore.score >= threshold;
  return { isArticle, relevant, lang, topics: fullScore.topics, score: round(fullScore.score), stage: 'full' };
}
