import { t } from '../ui/i18n';
import type { OverlayLabels } from './overlays/overlay-labels';

/** The overlay card's words in the browser's language, from assets/_locales. */
export function localizedOverlayLabels(): OverlayLabels {
  return {
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
