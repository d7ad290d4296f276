import { vi } from 'vitest';
import type { BackgroundMessageType, BackgroundReplies, BackgroundRequest, Result } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';

export type ReplyTable = {
  [K in BackgroundMessageType]?: (payload: BackgroundRequest<K>) => Result<BackgroundReplies[K]> | Promise<Result<BackgroundReplies[K]>>;
};

/**
 * Answers `sendToBackground` (mocked by the test with `vi.mock('.../messaging/send')`) from a
 * table of handlers; a message without one fails as an unreachable background would.
 */
export function replyWith(table: ReplyTable) {
  const mocked = vi.mocked(sendToBackground);
  mocked.mockImplementation((async (type: BackgroundMessageType, payload: unknown) => {
    const handler = table[type] as ((payload: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: `no reply for ${type}` };
    return handler(payload);
  }) as typeof sendToBackground);
  return mocked;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
