/**
 * The card's and markers' words. The content script passes them from `browser.i18n`
 * (assets/_locales, keys in the comments); English defaults keep the module testable alone.
 */
export interface OverlayLabels {
  /** overlayMarkerLabel: the marker button's accessible name, e.g. "Compare sources: How many people left Russia…?" */
  markerLabel(questionText: string): string;
  /** overlayCardLabel: the card dialog's accessible name. */
  cardLabel: string;
  /** overlayStatusConsensus / overlayStatusRange / overlayStatusDisputed */
  statusConsensus: string;
  statusRange: string;
  statusDisputed: string;
  /** overlaySaidBy: "Said by" */
  saidBy: string;
  /** overlayReportedBy: "Reported by" */
  reportedBy: string;
  /** overlayThisArticle: tag on the answers this sentence states. */
  thisArticle: string;
  /** overlayOpenSource: link text to a claim's source. */
  openSource: string;
  /** overlayOpensInNewTab: appended to the link's accessible name. */
  opensInNewTab: string;
  /** overlayOpenInSidebar */
  openInSidebar: string;
  /** overlayClose: the close button's accessible name. */
  close: string;
  /** overlayApprox: "about $1" for approximate numbers. */
  approx(value: string): string;
}

export const ENGLISH_LABELS: OverlayLabels = {
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
