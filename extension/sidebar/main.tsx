import { render } from 'preact';
import '../ui/tokens.css';
import './sidebar.css';
import { applyDocumentLanguage, t } from '../ui/i18n';
import { SidebarApp } from './SidebarApp';

applyDocumentLanguage(document);
document.title = t('sidebarTitle');
const root = document.getElementById('app');
if (root) render(<SidebarApp />, root);
