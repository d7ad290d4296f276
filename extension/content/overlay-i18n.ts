import browser from 'webextension-polyfill';
import type { MessageKey } from '../ui/i18n';
import { ENGLISH_LABELS, type OverlayLabels } from './overlays/overlay-labels';

/** The overlay card's words in the browser's language, from assets/_locales. */
export function localizedOverlayLabels(): OverlayLabels {
  const message = (key: MessageKey, fallback: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || fallback;
  return {
    markerLabel: (question) => message('overlayMarkerLabel', ENGLISH_LABELS.markerLabel(question), [question]),
    cardLabel: message('cardOtherSources', ENGLISH_LABELS.cardLabel),
    statusConsensus: message('cardStatusConsensus', ENGLISH_LABELS.statusConsensus),
    statusRange: message('cardStatusRange', ENGLISH_LABELS.statusRange),
    statusDisputed: message('cardStatusDisputed', ENGLISH_LABELS.statusDisputed),
    saidBy: message('answerSaidBy', ENGLISH_LABELS.saidBy),
    reportedBy: message('answerReportedBy', ENGLISH_LABELS.reportedBy),
    thisArticle: message('articleClaimTag', ENGLISH_LABELS.thisArticle),
    openSource: message('overlaySource', ENGLISH_LABELS.openSource),
    opensInNewTab: message('opensInNewTab', ENGLISH_LABELS.opensInNewTab),
    openInSidebar: message('cardOpenInSidebar', ENGLISH_LABELS.openInSidebar),
    close: message('cardClose', ENGLISH_LABELS.close),
    approx: (value) => message('valueApprox', ENGLISH_LABELS.approx(value), [value]),
  };
}
