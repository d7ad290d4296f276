import type { Runtime } from 'webextension-polyfill';
import type { SenderRole } from '../messaging/protocol';

/** The extension pages that may send each role's messages. */
const PAGE_OF_ROLE: Record<Exclude<SenderRole, 'content'>, string> = {
  sidebar: 'extension/sidebar/sidebar.html',
  popup: 'extension/popup/popup.html',
  options: 'extension/options/options.html',
};

/**
 * Checks that a message comes from this extension and from the context its type belongs to:
 * content messages from a top-frame content script on a web page, page messages from that
 * extension page. Web pages cannot reach the background at all (no `externally_connectable`),
 * and a content script cannot pose as the popup.
 */
export function senderHasRole(sender: Runtime.MessageSender, role: SenderRole, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? '';
  if (role === 'content') {
    return sender.tab?.id !== undefined && sender.frameId === 0 && /^https?:\/\//.test(url);
  }
  const page = `${extensionOrigin}${PAGE_OF_ROLE[role]}`;
  const matches = url === page || url.startsWith(`${page}?`) || url.startsWith(`${page}#`);
  // The sidebar always lives in a tab's frame; it must say which tab it serves.
  return role === 'sidebar' ? matches && sender.tab?.id !== undefined : matches;
}
