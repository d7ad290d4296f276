import browser, { type Runtime } from 'webextension-polyfill';
import { openDatabase } from './database';
import { createHandlers } from './handlers';
import { createMessageRouter } from './message-router';
import { installShippedPack, scheduleDailySync, SYNC_ALARM, syncFromUpdateUrl } from './pack-lifecycle';
import { sendToTab } from '../messaging/send';
import { clearTabState } from './tab-state';
import { readSettings, updateSettings } from '../settings/settings-store';

// Listeners are registered synchronously at start-up so a restarted worker receives the
// event that woke it. The database connection is reopened on demand; no other state lives here.
const db = openDatabase();
const route = createMessageRouter(createHandlers(db));

browser.runtime.onInstalled.addListener(async () => {
  await scheduleDailySync();
  await installShippedPack(db);
});

browser.runtime.onStartup.addListener(() => scheduleDailySync());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === SYNC_ALARM && (await readSettings()).updateUrl) await syncFromUpdateUrl(db);
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
