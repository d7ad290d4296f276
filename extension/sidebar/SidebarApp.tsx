import { useEffect, useRef } from 'preact/hooks';
import { sendToBackground } from '../messaging/send';
import { t } from '../ui/i18n';
import { LoadError } from '../ui/LoadError';
import { claimEntry, useRequestedClaim } from './claim-hash';
import { SidebarHeader } from './SidebarHeader';
import { SidebarSections } from './SidebarSections';
import { useArticleContext } from './use-article-context';

/** The sidebar page: header, then the article's context once the background sends it. */
export function SidebarApp() {
  const { state, reload } = useArticleContext();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const requestedClaim = useRequestedClaim();

  // The content script focuses the frame when the reader opens the sidebar; this puts them at
  // its title. When it opens by itself on an article, focus stays in the page.
  useEffect(() => {
    const focusTitle = () => {
      if (document.activeElement === document.body || document.activeElement === null) headingRef.current?.focus();
    };
    if (document.hasFocus()) focusTitle();
    addEventListener('focus', focusTitle);
    return () => removeEventListener('focus', focusTitle);
  }, []);

  // Escape closes the drawer, as it would a dialog; the content script returns focus to the page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void sendToBackground('sidebar:close', {});
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, []);

  // Opened from a highlight's card: bring that claim into view instead.
  const ready = state.status === 'ready';
  useEffect(() => {
    if (!ready || requestedClaim === null) return;
    const entry = claimEntry(document, requestedClaim);
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus();
  }, [ready, requestedClaim]);

  return (
    <>
      <SidebarHeader
        pack={state.status === 'ready' ? state.context.pack : null}
        headingRef={headingRef}
        onClose={() => void sendToBackground('sidebar:close', {})}
      />
      <main class="sidebar-main">
        {state.status === 'loading' && <p role="status">{t('loading')}</p>}
        {state.status === 'error' && <LoadError detail={state.message} onRetry={reload} />}
        {state.status === 'ready' && <SidebarSections context={state.context} />}
      </main>
    </>
  );
}
