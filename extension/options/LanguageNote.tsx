import { t } from '../ui/i18n';

/** The UI language is the browser's; the pack's own text keeps its language. */
export function LanguageNote() {
  return (
    <section class="options-section" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('languageHeading')}</h2>
      <p>{t('languageNote')}</p>
    </section>
  );
}
