import type { Ref } from 'preact';
import type { PackInfo } from '../messaging/protocol';
import { formatDate } from '../ui/format-date';
import { t, uiLocale } from '../ui/i18n';

interface SidebarHeaderProps {
  pack: PackInfo | null;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

/** The sidebar's title (focused when it opens), the fact pack it reads from, and Close. */
export function SidebarHeader({ pack, headingRef, onClose }: SidebarHeaderProps) {
  return (
    <header class="sidebar-header">
      <div class="sidebar-header__titles">
        <h1 class="sidebar-header__title" tabIndex={-1} ref={headingRef}>
          {t('extName')}
        </h1>
        {pack && (
          <p class="sidebar-header__pack muted">
            {t('packVersionDated', [pack.version, formatDate(pack.publishedAt, uiLocale())])}
          </p>
        )}
      </div>
      <button type="button" class="button sidebar-header__close" onClick={onClose}>
        <span aria-hidden="true">{'\u00D7'}</span>
        {t('sidebarClose')}
      </button>
    </header>
  );
}
