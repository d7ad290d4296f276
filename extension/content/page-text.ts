import type { PageTextMessages } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { PageTextKey } from '../ui/page-text-keys';

/** A UI string for the page, its `$1`, `$2` filled with `values`; the key itself when it is missing. */
export type PageText = (key: PageTextKey, ...values: string[]) => string;

/**
 * The page's UI strings in the reader's language, as the worker sent them: the page never
 * calls `i18n.getMessage`, whose first call loads the whole catalogue synchronously.
 */
export function pageTextFrom(messages: PageTextMessages): PageText {
  // A function replacement, so a `$` in a value (a price, a name) is never read as a pattern.
  return (key, ...values) => (messages[key] || key).replace(/\$([12])/g, (_slot, n: string) => values[Number(n) - 1] ?? '');
}

/**
 * The strings in a message of their own, for a page whose verdict did not bring them (the
 * reader opened the sidebar on a page the detector passed over).
 */
export async function loadPageText(): Promise<PageText> {
  const reply = await sendToBackground('content:get-page-text', {});
  return pageTextFrom(reply.ok ? reply.value.messages : {});
}
