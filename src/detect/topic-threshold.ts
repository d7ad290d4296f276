/**
 * The topic score a page must reach, by how much text it has. A two-to-four-sentence agency
 * item ("Shoigu: no further mobilization") names the call-up once or twice and cannot pile up
 * the evidence a full report does, so the bar drops with the text's length, but only when the
 * evidence is clean: the headline or the lead says Russia calls men up, no other state's
 * call-up is named, and nothing on the page points at another sense of the words (no near-miss
 * penalty).
 */
export interface ThresholdEvidence {
  /** The lexicon's threshold for a full article. */
  threshold: number;
  /** Reading length of the article text (characters, spaces collapsed). */
  length: number;
  /** The text is a few sentences of prose and nothing longer. */
  shortProse: boolean;
  /** The headline or lead names Russia's call-up (see TopicScore.leadCallUp). */
  leadCallUp: boolean;
  /** Near-miss penalty the page collected. */
  penalty: number;
}

/** At this length and above, an item needs the full threshold. */
export const SHORT_ITEM_CHARS = 1200;
/** The lowest bar, as a share of the full threshold: one anchored call-up phrase alone is not enough. */
export const SHORT_ITEM_FLOOR = 0.6;

export function topicThreshold(evidence: ThresholdEvidence): number {
  const { threshold, length, shortProse, leadCallUp, penalty } = evidence;
  if (!shortProse || !leadCallUp || penalty > 0 || length >= SHORT_ITEM_CHARS) return threshold;
  return threshold * Math.max(SHORT_ITEM_FLOOR, length / SHORT_ITEM_CHARS);
}
