import { render } from 'preact';
import '../ui/tokens.css';
import './options.css';
import { applyDocumentLanguage, t } from '../ui/i18n';
import { OptionsApp } from './OptionsApp';

applyDocumentLanguage(document);
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
