import type { MessageKey } from './i18n';
import { RATING_LABELS } from './rating';

/**
 * Every UI string the content script shows inside a page (sidebar launcher and frame title,
 * highlight markers and cards). The page gets them from the worker in one message, rather
 * than from `i18n.getMessage`, whose first call in a page loads the whole catalogue with a
 * synchronous request that stalls the page's main thread.
 */
export const PAGE_TEXT_KEYS = [
  'sidebarLauncher',
  'sidebarFrameTitle',
  'verdictHeading',
  'quoteTranslation',
  'claimDateSaid',
  'claimDateReported',
  'reporterVia',
  'overlayMarkerLabel',
  'cardOtherSources',
  'cardStatusConsensus',
  'cardStatusRange',
  'cardStatusDisputed',
  'answerSaidBy',
  'answerReportedBy',
  'articleClaimTag',
  'overlaySource',
  'opensInNewTab',
  'cardOpenInSidebar',
  'cardClose',
  'valueApprox',
  ...Object.values(RATING_LABELS),
] as const satisfies readonly MessageKey[];

export type PageTextKey = (typeof PAGE_TEXT_KEYS)[number];

/**
 * Substitutions the worker asks the catalogue to fill with their own markers, so the page can
 * put its values where the reader's language places them.
 */
export const PAGE_TEXT_SLOTS = ['$1', '$2'];
