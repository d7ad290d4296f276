import { RATING_LABELS } from '../ui/rating';
import type { OverlayLabels } from './overlays/overlay-labels';
import type { PageText } from './page-text';

/** The overlay card's words in the reader's language, from assets/_locales through the worker. */
export function localizedOverlayLabels(text: PageText): OverlayLabels {
  return {
    rating: (rating) => text(RATING_LABELS[rating]),
    verdict: text('verdictHeading'),
    quoteTranslation: text('quoteTranslation'),
    said: (date) => text('claimDateSaid', date),
    reported: (date) => text('claimDateReported', date),
    via: (reporter, site) => text('reporterVia', reporter, site),
    markerLabel: (question) => text('overlayMarkerLabel', question),
    cardLabel: text('cardOtherSources'),
    statusConsensus: text('cardStatusConsensus'),
    statusRange: text('cardStatusRange'),
    statusDisputed: text('cardStatusDisputed'),
    saidBy: text('answerSaidBy'),
    reportedBy: text('answerReportedBy'),
    thisArticle: text('articleClaimTag'),
    openSource: text('overlaySource'),
    opensInNewTab: text('opensInNewTab'),
    openInSidebar: text('cardOpenInSidebar'),
    close: text('cardClose'),
    approx: (value) => text('valueApprox', value),
  };
}
