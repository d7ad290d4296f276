import browser from 'webextension-polyfill';
import type {
  BackgroundMessageType,
  BackgroundReplies,
  BackgroundRequest,
  ContentMessageType,
  ContentReplies,
  ContentRequest,
  Envelope,
  Result,
} from './protocol';

/** Sends a message to the background and returns its answer; transport failures become errors. */
export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<Result<BackgroundReplies[K]>> {
  const envelope: Envelope<K> = { type, payload };
  try {
    return ((await browser.runtime.sendMessage(envelope)) as Result<BackgroundReplies[K]> | undefined) ?? {
      ok: false,
      error: 'no answer from the background',
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends a message to a tab's top-frame content script. */
export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: ContentRequest<K>,
): Promise<Result<ContentReplies[K]>> {
  const envelope: Envelope<K> = { type, payload };
  try {
    return ((await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Result<ContentReplies[K]> | undefined) ?? {
      ok: false,
      error: 'no content script in this tab',
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
