import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage, toBackground, type BackgroundMessageType, type Result } from '../messaging/protocol';
import type { BackgroundHandlers, SenderInfo } from './handlers';
import { senderHasRole } from './sender-role';

/**
 * Checks every incoming message (shape, payload, sender) before a handler sees it, and turns
 * handler failures into `Result` errors the other side can show.
 */
export function createMessageRouter(handlers: BackgroundHandlers) {
  const extensionOrigin = browser.runtime.getURL('');
  return async (raw: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> => {
    const parsed = parseMessage(toBackground, raw);
    if (!parsed.ok) return parsed;
    const type: BackgroundMessageType = parsed.value.type;
    if (!senderHasRole(sender, toBackground[type].sender, browser.runtime.id, extensionOrigin)) {
      return { ok: false, error: `"${type}" is not accepted from this sender` };
    }
    const handler = handlers[type] as (payload: unknown, info: SenderInfo) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.value.payload, { tabId: sender.tab?.id, url: sender.url }) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
