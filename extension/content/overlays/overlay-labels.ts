import type { Rating } from '../../../src/pack/fact-pack-schema';
import type { AttributionWords } from '../../ui/claim-attribution';

/**
 * The card's and markers' words. The content script passes them from `browser.i18n`
 * (assets/_locales, keys in the comments; see extension/content/overlay-i18n.ts); English
 * defaults keep the module testable alone.
 */
export interface OverlayLabels extends AttributionWords {
  /** ratingAccurate, ratingMisattributed…: the word for each rating. */
  rating(rating: Rating): string;
  /** verdictHeading: the accessible name of a rating with its reason. */
  verdict: string;
  /** quoteTranslation: before a quote's translation. */
  quoteTranslation: string;
  /** overlayMarkerLabel: the marker button's accessible name, e.g. "Compare sources: How many people left Russia…?" */
  markerLabel(questionText: string): string;
  /** cardOtherSources: the card dialog's accessible name. */
  cardLabel: string;
  /** cardStatusConsensus / cardStatusRange / cardStatusDisputed */
  statusConsensus: string;
  statusRange: string;
  statusDisputed: string;
  /** answerSaidBy: "Said by" */
  saidBy: string;
  /** answerReportedBy: "Reported by" */
  reportedBy: string;
  /** articleClaimTag: tag on the answers this sentence states. */
  thisArticle: string;
  /** overlaySource: link text to a claim's source. */
  openSource: string;
  /** opensInNewTab: appended to the link's accessible name. */
  opensInNewTab: string;
  /** cardOpenInSidebar */
  openInSidebar: string;
  /** cardClose: the close button's accessible name. */
  close: string;
  /** valueApprox: "about $1" for approximate numbers. */
  approx(value: string): string;
}

const ENGLISH_RATINGS: Record<Rating, string> = {
  accurate: 'Accurate',
  imprecise: 'Imprecise',
  misattributed: 'Misattributed',
  misdated: 'Wrong date',
  exaggerated: 'Exaggerated',
  understated: 'Understated',
  unsupported: 'Unsupported',
  disputed: 'Disputed',
  outdated: 'Outdated',
};

export const ENGLISH_LABELS: OverlayLabels = {
  rating: (rating) => ENGLISH_RATINGS[rating],
  verdict: 'Does it hold up?',
  quoteTranslation: 'Translation',
  said: (date) => `said ${date}`,
  reported: (date) => `reported ${date}`,
  via: (reporter, site) => `${reporter}, via ${site}`,
  markerLabel: (questionText) => `Compare sources: ${questionText}`,
  cardLabel: 'What other sources say',
  statusConsensus: 'Sources agree',
  statusRange: 'Sources give a range',
  statusDisputed: 'Sources disagree',
  saidBy: 'Said by',
  reportedBy: 'Reported by',
  thisArticle: 'This article',
  openSource: 'Source',
  opensInNewTab: '(opens in a new tab)',
  openInSidebar: 'Open in sidebar',
  close: 'Close',
  approx: (value) => `about ${value}`,
};
