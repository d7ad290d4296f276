import { alternationSource, escapeRegex, termLiteral, type CompiledLanguage, type CompiledTerm } from './compile-lexicon';

/** Text to score, already normalized; the headline zone weighs more than the body. */
export interface ScoringZones {
  /** Title, <h1> and description. */
  headline: string;
  /** Article text in reading order. */
  body: string;
}

export interface TopicScore {
  score: number;
  /** Positive evidence before near-miss penalties. */
  positive: number;
  penalty: number;
  /** True when any call-up term (phrase or mobilization role) occurs at all. */
  hint: boolean;
  /**
   * The headline or the lead says Russia calls men up (a call-up phrase, or a call-up term next
   * to a Russia anchor: "Shoigu: no further mobilization"), and no other state's anchor stands
   * next to a call-up word (its call-up would share the words; "taken prisoner by Ukrainian
   * soldiers" at the end of an item on Russia's mobilized men is none): the clean evidence a
   * short item can be trusted on.
   */
  leadCallUp: boolean;
  /** Pack topic tags, strongest first. */
  topics: string[];
}

const HEADLINE_WEIGHT = 2;
const LEAD_WEIGHT = 1.5;
const LEAD_CHARS = 700;
const BODY_CHARS = 5000;
const TAIL_WEIGHT = 0.5;
/** Characters within which a Russia anchor makes a call-up term count fully (about two sentences). */
const NEAR = 250;
const FAR = 800;
/** What a call-up term counts for when another state (Ukraine, Israel) is named closer to it than Russia. */
const RIVAL_FACTOR = 0.15;
/** Core evidence a page needs before context terms (exodus, loan holidays...) count. */
const CONTEXT_GATE = 2;
const MIN_TOPIC_WEIGHT = 1;
/** How far routine conscription must outweigh the 2022 call-up's signs to take the whole text. */
const DOMINANCE = 2;
/**
 * Routine markers that weigh this much (two in the lead, or one in the headline and one in the
 * lead) make the text a routine report even when most call-up mentions sit far from them: a decree
 * report names the draft in its headline and lead, then tells of the conscripts at length.
 */
const DOMINANT_ROUTINE = 3;
/** Topics only the call-up's aftermath has: the electronic-summons law, later waves. */
const AFTERMATH_TOPICS = new Set(['law-2023', 'later-waves']);
/** Topics of the exodus and its figures: the 2022 call-up's against routine conscription, but Russians also fled in March 2022. */
const EXODUS_TOPICS = new Set(['exodus', 'numbers']);

interface Hit {
  position: number;
  term: CompiledTerm;
  zoneWeight: number;
  inHeadline: boolean;
}

/** Term regexes already compiled, by language and source: a page scores its sample, then its whole text. */
const patterns = new WeakMap<CompiledLanguage, Map<string, RegExp>>();
/** Different texts need different regexes; an evaluation over thousands of pages keeps only the latest. */
const PATTERNS_KEPT = 8;

/**
 * The language's term alternation narrowed to the terms `text` could match: those whose
 * literal piece it contains. A term without it matches nowhere, so dropping its alternative
 * changes no match of the others (at each position the same alternatives, in the same order,
 * are tried). The browser compiles a regex the first time it runs it, at a cost that grows
 * with its size, and a page's renderer starts with none compiled: a page names a few dozen of
 * a language's several hundred terms, so it compiles a fraction of the regex.
 */
function termPattern(language: CompiledLanguage, text: string): { pattern: RegExp; terms: readonly CompiledTerm[] } | null {
  const found = new Map<string, boolean>();
  const contains = (literal: string): boolean => {
    let hit = found.get(literal);
    if (hit === undefined) {
      hit = text.includes(literal);
      found.set(literal, hit);
    }
    return hit;
  };
  const terms = language.terms.filter((term) => contains(term.literal ?? termLiteral(term.term)));
  if (terms.length === 0) return null;
  const source = alternationSource(terms);
  let compiled = patterns.get(language);
  if (!compiled) {
    compiled = new Map();
    patterns.set(language, compiled);
  }
  let pattern = compiled.get(source);
  if (!pattern) {
    if (compiled.size >= PATTERNS_KEPT) compiled.delete(compiled.keys().next().value!);
    pattern = new RegExp(source, 'g');
    compiled.set(source, pattern);
  }
  // Shared and stateful (lastIndex): findHits runs it to the end, synchronously, every time.
  pattern.lastIndex = 0;
  return { pattern, terms };
}

/** The term whose group matched: the first group that took part (one per term, in `terms` order). */
function matchedTerm(terms: readonly CompiledTerm[], match: RegExpExecArray): CompiledTerm | undefined {
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return terms[group - 1];
  return undefined;
}

/** Every match of the language's terms in `text`, in order: where it starts and which term it is. */
export function termMatches(language: CompiledLanguage, text: string): Array<{ position: number; term: CompiledTerm }> {
  const found: Array<{ position: number; term: CompiledTerm }> = [];
  const narrowed = termPattern(language, text);
  if (!narrowed) return found;
  const { pattern, terms } = narrowed;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const term = matchedTerm(terms, match);
    if (term) found.push({ position: match.index, term });
  }
  return found;
}

function findHits(language: CompiledLanguage, text: string, headlineLength: number): Hit[] {
  const hits: Hit[] = [];
  for (const { position, term } of termMatches(language, text)) {
    const inHeadline = position < headlineLength;
    const bodyOffset = position - headlineLength;
    const zoneWeight = inHeadline
      ? HEADLINE_WEIGHT
      : bodyOffset < LEAD_CHARS
        ? LEAD_WEIGHT
        : bodyOffset < BODY_CHARS
          ? 1
          : TAIL_WEIGHT;
    hits.push({ position, term, zoneWeight, inHeadline });
  }
  return hits;
}

/** Distance from `position` to the closest anchor; anchors are sorted. */
function distanceToAnchor(anchors: readonly number[], position: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const anchor of anchors) {
    const distance = Math.abs(anchor - position);
    if (distance < best) best = distance;
    if (anchor > position) break;
  }
  return best;
}

interface Anchors {
  russia: readonly number[];
  rival: readonly number[];
  /** Terms that give nearby call-up words another meaning (annual reservist training). */
  otherSense: readonly number[];
  /** The headline names Russia and no other state. */
  headlineRussian: boolean;
}

/**
 * A call-up term counts fully near a Russia anchor and little without one: the same words
 * describe Ukraine's, Israel's or a trade union's mobilization. Who mobilizes whom is read
 * from the nearest state named: a term closer to Ukraine's recruitment centres or Israel's
 * army than to any Russia anchor is about their call-up; one next to a term that gives it
 * another sense (reservists summoned for their annual training) is not about the call-up.
 */
function proximityFactor(hit: Hit, anchors: Anchors): number {
  const distance = distanceToAnchor(anchors.russia, hit.position);
  const rivalDistance = distanceToAnchor(anchors.rival, hit.position);
  if (rivalDistance < distance && rivalDistance <= NEAR) return RIVAL_FACTOR;
  if (!isAftermathTerm(hit.term) && distanceToAnchor(anchors.otherSense, hit.position) <= NEAR) return RIVAL_FACTOR;
  if (hit.inHeadline && anchors.headlineRussian) return 1;
  if (distance <= NEAR) return 1;
  if (distance <= FAR) return 0.6;
  if (anchors.russia.length > 0) return 0.3;
  return 0.1;
}

/**
 * A term only the call-up's aftermath has (the electronic-summons law, a second wave): reservist
 * training beside it gives it no other sense, since a report that reservists are called "for
 * training" and the Kremlin denies a second wave of mobilization is a later-waves story.
 */
function isAftermathTerm(term: CompiledTerm): boolean {
  return term.topics.some((topic) => AFTERMATH_TOPICS.has(topic));
}

/** A Russia anchor stands within two sentences of the hit, and no other state's anchor nearer. */
function russianCallUp(hit: Hit, anchors: Anchors): boolean {
  const distance = distanceToAnchor(anchors.russia, hit.position);
  return distance <= NEAR && distanceToAnchor(anchors.rival, hit.position) > distance;
}

/**
 * What a call-up any state may order ("general mobilization", see nearMissSchema.unlessRussian)
 * counts for when said of Russia: what rumours, denials and analysts say Russia might declare
 * next, so a later wave, weighed and tagged as the lexicon's later-wave terms are ("a new wave of
 * mobilization", 3). Counted as no penalty alone, a piece on it kept only its other words, since
 * its longer match takes the plain call-up word ("mobilization") from the text.
 */
const GENERAL_CALL_UP_WEIGHT = 3;
const GENERAL_CALL_UP_TOPIC = 'later-waves';

/** A sentence end or a line break. */
const SENTENCE_BREAK = /[.!?։。！？\n]/;

/**
 * A general mobilization said of Russia in its own sentence ("the Kremlin denied a general
 * mobilization"): Russia's call-up, a later wave's sign (see GENERAL_CALL_UP_WEIGHT). Only then:
 * a report on Ukraine's own general mobilization names Russia's aggression a sentence away.
 */
function russianGeneralCallUp(hit: Hit, anchors: Anchors, text: string): boolean {
  if (!hit.term.unlessRussian || !russianCallUp(hit, anchors)) return false;
  return anchors.russia.some((anchor) => Math.abs(anchor - hit.position) <= NEAR && !SENTENCE_BREAK.test(text.slice(Math.min(anchor, hit.position), Math.max(anchor, hit.position))));
}

/**
 * Who mobilizes whom, read over the whole text rather than at each mention alone: every
 * call-up or exodus mention votes for the state named nearest to it (Russia, or a rival such as
 * Ukraine's men and institutions). A report on Ukrainian men crossing a river to avoid Ukraine's
 * call-up names Russia too, as the invader, and a single mention can sit nearer to it; most
 * mentions still sit nearer to the state whose men are called up. True when the rivals win.
 */
export function rivalSubject(hits: ReadonlyArray<{ position: number; role: string }>, russia: readonly number[], rival: readonly number[]): boolean {
  if (rival.length === 0) return false;
  let russiaVotes = 0;
  let rivalVotes = 0;
  for (const hit of hits) {
    if (hit.role !== 'phrase' && hit.role !== 'mobilization' && hit.role !== 'context') continue;
    const toRussia = distanceToAnchor(russia, hit.position);
    const toRival = distanceToAnchor(rival, hit.position);
    if (Math.min(toRussia, toRival) > FAR) continue;
    if (toRival < toRussia) rivalVotes++;
    else russiaVotes++;
  }
  return rivalVotes >= 2 && rivalVotes > russiaVotes;
}

/**
 * Evidence of the 2022 call-up rather than of something sharing its words: a call-up phrase, a
 * call-up word routine reports do not use ("mobilization" itself, reservists), or a topic only the
 * call-up's aftermath has (the electronic-summons law, later waves). Against routine conscription
 * the exodus and its figures (300,000) count too (`withExodus`), since routine reports have none;
 * against the war's first weeks they do not, nor does a phrase naming only the Russians who left:
 * Russians fled in March 2022 as they did in September.
 */
function callUpSign(term: CompiledTerm, withExodus: boolean): boolean {
  if (term.role === 'phrase') return withExodus || !exodusOnly(term);
  if (term.sign) return true;
  if (term.role !== 'context' && term.role !== 'mobilization') return false;
  return term.topics.some((topic) => AFTERMATH_TOPICS.has(topic) || (withExodus && EXODUS_TOPICS.has(topic)));
}

/**
 * The sense of the call-up words, read over the whole text: a report on the routine spring or
 * autumn conscription (the decree on the regular call-up, conscripts aged 18 to 30) uses the
 * same words as the 2022 call-up, and its call-up mentions sit next to markers of that other
 * sense. When most of them do, the sense that dominates the text wins: the routine markers
 * against the signs of the 2022 call-up (the plain call-up words belong to either sense and
 * count for neither), each weighted by where it stands (headline and lead above the body), so
 * a decree that recalls the 300,000 in passing stays routine and a call-up report that mentions
 * the autumn draft keeps the call-up.
 */
export function otherSenseSubject(hits: ReadonlyArray<{ position: number; role: string; marker: boolean; sign: boolean; weight: number }>): boolean {
  const markers = hits.filter((hit) => hit.marker).map((hit) => hit.position);
  if (markers.length === 0) return false;
  let near = 0;
  let far = 0;
  let routine = 0;
  let callUp = 0;
  for (const hit of hits) {
    if (hit.sign) callUp += hit.weight;
    else if (hit.marker) routine += hit.weight;
    if (hit.role !== 'mobilization') continue;
    if (distanceToAnchor(markers, hit.position) <= NEAR) near++;
    else far++;
  }
  return near >= 1 && (near >= far || routine >= DOMINANT_ROUTINE) && routine >= DOMINANCE * callUp;
}

/**
 * The time of the story, read over the whole text: a page that does not date itself may still say
 * when it was written ("weeks after the invasion", "since February"; or "a year after the
 * invasion"). When the markers of the war's first weeks outweigh the signs of the call-up and the
 * markers of a later time together, each weighted by where it stands, the page tells of the spring
 * 2022 exodus or of the war, and its call-up and exodus words are in that sense. A phrase that
 * names the call-up itself ("the announcement of mobilization") dates the story after it whatever
 * the markers: a headline counting arrivals "since the military operation began" (a count Russian
 * officials kept giving all autumn) outweighed a lead that named the call-up.
 */
function earlyWarSubject(hits: ReadonlyArray<{ earlyWar: boolean; laterWar: boolean; callUpSign: boolean; namesCallUp: boolean; weight: number }>): boolean {
  let early = 0;
  let later = 0;
  for (const hit of hits) {
    if (hit.namesCallUp) return false;
    if (hit.earlyWar) early += hit.weight;
    else if (hit.laterWar || hit.callUpSign) later += hit.weight;
  }
  return early > 0 && early > later;
}

/**
 * The size of a seasonal draft, written in digits (normalized text has no separators): Russia's
 * spring and autumn decrees each call up between about 120,000 and 160,000 men, and every report
 * on one names its figure. Figures of the 2022 call-up and its exodus lie elsewhere (300,000,
 * 200,000, the round 100,000). Read as routine markers, weighted like terms by where they stand.
 * Only a figure written as a count, followed by what it counts ("150 000 граждан", "150.000
 * Russen", "150,000人"); normalized text has lost the separators, so that is what tells a count
 * from a Moscow postal code (101000–129999), which stands before a comma ("125009, Москва") or
 * closes an address, and from ids and colours inside other characters. Many reports write the
 * figure with the word for thousand instead ("120 bin", "120 тысяч", "120 tys."), which is a
 * count by itself: each language's words are lexicon data (`thousandWords`).
 */
const draftSizePatterns = new WeakMap<CompiledLanguage, RegExp>();

function draftSizePattern(language: CompiledLanguage): RegExp {
  let pattern = draftSizePatterns.get(language);
  if (!pattern) {
    // A stem ("тыс*") takes any ending; a whole word ("mil") none, or it would read "millones".
    const words = (language.thousandWords ?? []).map((word) => (word.endsWith('*') ? `${escapeRegex(word.slice(0, -1))}\\p{L}*` : `${escapeRegex(word)}(?!\\p{L})`));
    const inWords = words.length > 0 ? `| (?:${words.join('|')})` : '';
    pattern = new RegExp(String.raw`(?<!\d)1[1-6]\d(?:\d{3}(?!\d)(?= ?\p{L})${inWords})`, 'gu');
    draftSizePatterns.set(language, pattern);
  }
  return pattern;
}

function draftSizes(language: CompiledLanguage, text: string, headlineLength: number): Array<{ position: number; role: string; marker: boolean; sign: boolean; weight: number }> {
  const sizes: Array<{ position: number; role: string; marker: boolean; sign: boolean; weight: number }> = [];
  for (const match of text.matchAll(draftSizePattern(language))) {
    const position = match.index;
    const bodyOffset = position - headlineLength;
    const weight = position < headlineLength ? HEADLINE_WEIGHT : bodyOffset < LEAD_CHARS ? LEAD_WEIGHT : bodyOffset < BODY_CHARS ? 1 : TAIL_WEIGHT;
    sizes.push({ position, role: 'near-miss', marker: true, sign: false, weight });
  }
  return sizes;
}

/**
 * A phrase that names the Russians who left ("Russian exiles", "Russians who fled") without
 * naming the call-up: it is evidence for the exodus, but a headline or lead made of it alone
 * does not say Russia calls men up, so it does not lower a short item's bar (a one-line
 * documentary listing about Russian exiles is no wire item on the call-up).
 */
function exodusOnly(term: CompiledTerm): boolean {
  return term.topics.length > 0 && term.topics.every((topic) => topic === 'exodus');
}

/**
 * How far after another state's name (a people, "Ukrainians") an exodus word tells that those
 * people fled: the same clause, "Ukrainians who fled the war", "українці, які втекли від війни".
 */
const REFUGEE_CLAUSE = 40;

/**
 * A rival people named as refugees, not a state calling its men up: an exodus word follows it within
 * the clause and no call-up word stands in that clause. Stories on the Russians who left often
 * name the Ukrainians who fled the war beside them (in Belgrade, in Tbilisi); counted as a rival
 * anchor, that name took the Russian call-up mentioned a sentence earlier for Ukraine's. Men who
 * flee a call-up ("Ukrainian men fleeing mobilization") keep their state's anchor: the call-up
 * word stands in the clause.
 */
function namesRefugees(rival: Hit, hits: readonly Hit[]): boolean {
  if (rival.term.people !== true) return false;
  const end = rival.position + REFUGEE_CLAUSE;
  const fled = hits.find((h) => h.position > rival.position && h.position <= end && h.term.role === 'context' && h.term.topics.includes('exodus'));
  if (!fled) return false;
  const clauseEnd = fled.position + REFUGEE_CLAUSE;
  return !hits.some((h) => h.position > rival.position && h.position <= clauseEnd && (h.term.role === 'mobilization' || h.term.role === 'phrase'));
}

/** A rival anchor, or one only beside the terms that make it one (see nearMissSchema.rivalWith). */
function isRival(hit: Hit, hits: readonly Hit[]): boolean {
  if (!hit.term.rival) return false;
  const needs = hit.term.rivalWith;
  return needs === undefined || hits.some((h) => needs.includes(h.term.term));
}

/**
 * Scores how much the text is about the Russian mobilization: call-up phrases and
 * anchored call-up terms add, each repeat of the same term adds less (1, 1/2, 1/3...),
 * context terms add only on top of core evidence, near-miss terms subtract.
 */
export function scoreTopic(language: CompiledLanguage, zones: ScoringZones): TopicScore {
  const headlineLength = zones.headline.length + 1;
  const text = `${zones.headline}\n${zones.body}`;
  const hits = findHits(language, text, headlineLength);
  const anchors: Anchors = {
    russia: hits.filter((h) => h.term.role === 'russia' || h.term.anchor === true).map((h) => h.position),
    rival: hits.filter((h) => isRival(h, hits) && !namesRefugees(h, hits)).map((h) => h.position),
    otherSense: hits.filter((h) => h.term.otherSense).map((h) => h.position),
    headlineRussian: hits.some((h) => h.inHeadline && (h.term.role === 'russia' || h.term.anchor === true)) && !hits.some((h) => h.inHeadline && isRival(h, hits)),
  };
  // When most mentions belong to another state's call-up, even those nearer a Russia anchor do;
  // when routine conscription dominates the signs of the 2022 call-up, all of them are routine;
  // when the war's first weeks date the story and nothing says call-up, all of them are of then.
  const subjectFactor =
    rivalSubject(
      hits.map((h) => ({ position: h.position, role: h.term.role })),
      anchors.russia,
      anchors.rival,
    ) ||
    otherSenseSubject([
      ...hits.map((h) => ({ position: h.position, role: h.term.role, marker: h.term.otherSense || h.term.routine, sign: callUpSign(h.term, true) || russianGeneralCallUp(h, anchors, text), weight: h.zoneWeight })),
      ...draftSizes(language, text, headlineLength),
    ]) ||
    earlyWarSubject(hits.map((h) => ({ earlyWar: h.term.earlyWar, laterWar: h.term.laterWar, callUpSign: callUpSign(h.term, false), namesCallUp: h.term.role === 'phrase' && !exodusOnly(h.term), weight: h.zoneWeight })))
      ? RIVAL_FACTOR
      : 1;
  const repeats = new Map<string, number>();
  const topicWeights = new Map<string, number>();
  let core = 0;
  let context = 0;
  let penalty = 0;
  let hint = false;
  let leadCallUp = false;
  const contextHits: Array<{ hit: Hit; value: number }> = [];
  /**
   * What a call-up mention of `weight` counts: all of it next to Russia with no other state the
   * subject, less as either fades; counted whole in the headline or lead, it makes the call-up the
   * page's lead. Shared by the call-up terms and a general mobilization said of Russia.
   */
  const callUpValue = (hit: Hit, weight: number, seen: number): number => {
    const whole = (weight * hit.zoneWeight) / seen;
    const counted = whole * Math.min(proximityFactor(hit, anchors), subjectFactor);
    if (hit.zoneWeight > 1 && counted === whole) leadCallUp = true;
    return counted;
  };

  for (const hit of hits) {
    const { term } = hit;
    if (term.role === 'russia' || term.role === 'rival') continue;
    const seen = (repeats.get(term.term) ?? 0) + 1;
    repeats.set(term.term, seen);
    if (term.once && seen > 1) continue;
    const base = (term.weight * hit.zoneWeight) / seen;
    let value = 0;
    switch (term.role) {
      case 'phrase':
        hint = true;
        if (hit.zoneWeight > 1 && !exodusOnly(term)) leadCallUp = true;
        value = base * subjectFactor;
        core += value;
        break;
      case 'mobilization':
        hint = true;
        value = callUpValue(hit, term.weight, seen);
        core += value;
        break;
      case 'context':
        contextHits.push({ hit, value: base * subjectFactor });
        break;
      case 'near-miss':
        if (russianGeneralCallUp(hit, anchors, text)) {
          hint = true;
          value = callUpValue(hit, GENERAL_CALL_UP_WEIGHT, seen);
          core += value;
          topicWeights.set(GENERAL_CALL_UP_TOPIC, (topicWeights.get(GENERAL_CALL_UP_TOPIC) ?? 0) + value);
          break;
        }
        if (term.unlessRussian && russianCallUp(hit, anchors)) break;
        penalty += base;
        break;
    }
    if (value > 0) for (const topic of term.topics) topicWeights.set(topic, (topicWeights.get(topic) ?? 0) + value);
  }
  if (core >= CONTEXT_GATE) {
    for (const { hit, value } of contextHits) {
      context += value;
      for (const topic of hit.term.topics) topicWeights.set(topic, (topicWeights.get(topic) ?? 0) + value);
    }
  }
  const positive = core + context;
  const topics = [...topicWeights.entries()]
    .filter(([, weight]) => weight >= MIN_TOPIC_WEIGHT)
    .sort((a, b) => b[1] - a[1])
    .map(([topic]) => topic);
  // Another state's call-up shares the words only where its anchor stands next to one of them.
  // (Checked only when the lead names the call-up: otherwise there is no lower bar to take away.)
  const rivalCallUp = () => hits.some((h) => (h.term.role === 'mobilization' || h.term.role === 'phrase') && distanceToAnchor(anchors.rival, h.position) <= NEAR);
  return { score: positive - penalty, positive, penalty, hint, leadCallUp: leadCallUp && !rivalCallUp(), topics };
}
