import { t } from '../ui/i18n';

/** The UI and the pack follow the browser's language; quotes keep theirs, translated beside them. */
export function LanguageNote() {
  return (
    <section class="options-section" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('languageHeading')}</h2>
      <p>{t('languageNote')}</p>
    </section>
  );
}
