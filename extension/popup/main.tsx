import { render } from 'preact';
import '../ui/tokens.css';
import './popup.css';
import { applyDocumentLanguage, t } from '../ui/i18n';
import { PopupApp } from './PopupApp';

applyDocumentLanguage(document);
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
