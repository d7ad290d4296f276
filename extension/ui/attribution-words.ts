import type { AttributionWords } from './claim-attribution';
import { t } from './i18n';

/** The attribution words in the browser's language, for the sidebar and the popup. */
export function localizedAttributionWords(): AttributionWords {
  return {
    said: (date) => t('claimDateSaid', date),
    reported: (date) => t('claimDateReported', date),
    via: (reporter, site) => t('reporterVia', [reporter, site]),
  };
}
