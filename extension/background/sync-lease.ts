import { readMeta, type MobilizationDb } from './database';

/** Longer than a sync can take (its two requests time out well before), short enough to recover soon. */
export const LEASE_MS = 3 * 60 * 1000;

/**
 * Takes the sync lease if nobody holds it or the holder's lease has lapsed. The check and the
 * write happen in one IndexedDB transaction, so two workers (or a restarted worker and a
 * request still running from its predecessor's options page) cannot both get it. Returns the
 * holder id to release with, or null when another sync is running.
 */
export async function acquireSyncLease(db: MobilizationDb, now: number = Date.now()): Promise<string | null> {
  const holder = crypto.randomUUID();
  return db.transaction('rw', db.meta, async () => {
    const current = await readMeta(db, 'syncLease');
    if (current && current.expiresAt > now) return null;
    await db.meta.put({ key: 'syncLease', value: { holder, expiresAt: now + LEASE_MS } });
    return holder;
  });
}

/** Gives the lease back, unless it lapsed and someone else took it meanwhile. */
export async function releaseSyncLease(db: MobilizationDb, holder: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if ((await readMeta(db, 'syncLease'))?.holder === holder) await db.meta.delete('syncLease');
  });
}
