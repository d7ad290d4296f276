import browser, { type Runtime } from 'webextension-polyfill';
import { openDatabase } from './database';
import { createHandlers } from './handlers';
import { createMessageRouter } from './message-router';
import { ensureLexiconPublished, installShippedPack, RETRY_ALARM, scheduleDailySync, SYNC_ALARM, syncIfConfigured } from './pack-lifecycle';
import { sendToTab } from '../messaging/send';
import { clearTabState } from './tab-state';
import { updateSettings } from '../settings/settings-store';

// Listeners are registered synchronously at start-up so a restarted worker receives the
// event that woke it. The database connection is reopened on demand; no other state lives here.
const db = openDatabase();
const route = createMessageRouter(createHandlers(db));

// The shipped pack first, so the extension works at once and offline; then, when an update
// URL is in effect (built in or set by the reader), a check for a newer pack.
browser.runtime.onInstalled.addListener(async () => {
  await scheduleDailySync();
  await installShippedPack(db);
  await syncIfConfigured(db);
});

// A worker that died between installing a pack and publishing its lexicon publishes it now.
browser.runtime.onStartup.addListener(async () => {
  await scheduleDailySync();
  await ensureLexiconPublished(db);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) await syncIfConfigured(db);
});

browser.tabs.onRemoved.addListener((tabId) => clearTabState(tabId));

// A new document in the tab starts with no verdict; its content script sends a fresh one.
browser.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status === 'loading') {
    await clearTabState(tabId);
    await browser.action.setBadgeText({ tabId, text: '' });
  }
});

browser.commands.onCommand.addListener(async (command) => {
  if (command === 'toggle-overlays') {
    await updateSettings(({ overlaysVisible }) => ({ overlaysVisible: !overlaysVisible }));
  } else if (command === 'toggle-sidebar') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, 'background:set-sidebar-open', {});
  }
});
