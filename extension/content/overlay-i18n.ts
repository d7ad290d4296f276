import { t } from '../ui/i18n';
import { RATING_LABELS } from '../ui/rating';
import type { OverlayLabels } from './overlays/overlay-labels';

/** The overlay card's words in the browser's language, from assets/_locales. */
export function localizedOverlayLabels(): OverlayLabels {
  return {
    rating: (rating) => t(RATING_LABELS[rating]),
    verdict: t('verdictHeading'),
    quoteTranslation: t('quoteTranslation'),
    said: (date) => t('claimDateSaid', date),
    reported: (date) => t('claimDateReported', date),
    via: (reporter, site) => t('reporterVia', [reporter, site]),
    markerLabel: (question) => t('overlayMarkerLabel', [question]),
    cardLabel: t('cardOtherSources'),
    statusConsensus: t('cardStatusConsensus'),
    statusRange: t('cardStatusRange'),
    statusDisputed: t('cardStatusDisputed'),
    saidBy: t('answerSaidBy'),
    reportedBy: t('answerReportedBy'),
    thisArticle: t('articleClaimTag'),
    openSource: t('overlaySource'),
    opensInNewTab: t('opensInNewTab'),
    openInSidebar: t('cardOpenInSidebar'),
    close: t('cardClose'),
    approx: (value) => t('valueApprox', [value]),
  };
}
