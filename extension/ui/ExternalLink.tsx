import type { ComponentChildren } from 'preact';
import { t } from './i18n';

/**
 * A link to an outside page. It opens in a new tab (the sidebar sits in a frame inside the
 * article) without giving that page a handle on ours; the hidden suffix tells screen readers so.
 */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class="external-link">
      {children}
      <span class="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
