import browser from 'webextension-polyfill';
import type { BackgroundMessageType, BackgroundReplies, BackgroundRequest, CardData, Settings, TabSummary } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';
import { isSiteEnabled, readSettings, updateSettings } from '../settings/settings-store';
import { normalizeHostname } from '../settings/hostname';
import { validateUpdateUrl } from '../settings/validate-update-url';
import { choosePackLanguage } from '../../src/pack/localize-pack';
import { t, uiLocale } from '../ui/i18n';
import { PAGE_TEXT_KEYS, PAGE_TEXT_SLOTS } from '../ui/page-text-keys';
import { buildArticleContext, sentenceVerdicts } from './article-context';
import type { MobilizationDb } from './database';
import { ensurePackInstalled, readSyncStatus, syncFromUpdateUrl } from './pack-lifecycle';
import { compiledMatchers } from './compiled-matchers';
import { findClaims } from '../../src/match/claim-matcher';
import { getLocalizer, getPackInfo, getQuestionsWithSources } from './pack-store';
import { DEFAULT_UPDATE_URL } from '../settings/update-url';
import { getTabState, patchTabState, showBadge } from './tab-state';

/** What a handler knows about the sender beyond the payload. */
export interface SenderInfo {
  /** The tab of a content script or sidebar. */
  tabId: number | undefined;
  /** The sender's page address (checked against its role by the router). */
  url: string | undefined;
}

export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (payload: BackgroundRequest<K>, sender: SenderInfo) => Promise<BackgroundReplies[K]>;
};

function requireTab(sender: SenderInfo): number {
  if (sender.tabId === undefined) throw new Error('this message must come from a tab');
  return sender.tabId;
}

async function requirePack(db: MobilizationDb) {
  await ensurePackInstalled(db);
  const pack = await getPackInfo(db);
  if (!pack) throw new Error('no fact pack is installed');
  return pack;
}

/** The pack's language for this browser: its UI language when the pack has it, else English. */
const readerPackLanguage = () => choosePackLanguage(uiLocale());

/** How many claim sentences with verdicts the popup shows. */
const POPUP_SENTENCES = 3;

async function tabSummary(db: MobilizationDb, tabId: number): Promise<TabSummary> {
  const [pack, state, settings, sync, tab] = await Promise.all([
    getPackInfo(db),
    getTabState(tabId),
    readSettings(),
    readSyncStatus(db),
    browser.tabs.get(tabId).catch(() => undefined),
  ]);
  const lang = readerPackLanguage();
  const context = pack && state.verdict?.relevant ? await buildArticleContext(db, tabId, pack, state, lang) : null;
  let hostname = '';
  try {
    hostname = tab?.url ? new URL(tab.url).hostname : '';
  } catch {
    hostname = '';
  }
  return {
    pack,
    verdict: state.verdict,
    anchoredCount: state.anchored.length,
    // The questions whose answers the article itself states, not those merely on its topics.
    questionCount: new Set(state.anchored.map((claim) => claim.questionId)).size,
    packLang: context?.packLang ?? lang,
    sentenceVerdicts: context ? sentenceVerdicts(context.anchored, context.questions).slice(0, POPUP_SENTENCES) : [],
    topQuestions: (context?.questions ?? []).slice(0, 3).map(({ id, text, status }) => ({ id, text, status })),
    topFacts: (context?.facts ?? []).slice(0, 3).map(({ id, date, text }) => ({ id, date, text })),
    sidebarOpen: state.sidebarOpen,
    overlaysVisible: settings.overlaysVisible,
    siteEnabled: hostname ? isSiteEnabled(settings, hostname) : !settings.paused,
    sync,
  };
}

/** The page's UI strings, each with its substitutions' markers in place, for the page to fill. */
const pageText = () => Object.fromEntries(PAGE_TEXT_KEYS.map((key) => [key, t(key, PAGE_TEXT_SLOTS)]));

/** The questions `questionIds` names, in the reader's pack language, and the sources their claims cite. */
async function cardData(db: MobilizationDb, questionIds: ReadonlySet<string>): Promise<CardData> {
  const lang = readerPackLanguage();
  if (questionIds.size === 0) return { packLang: (await getLocalizer(db, lang)).lang, questions: [], sources: [] };
  // Only the questions and sources asked for are read: an article's matches name a few of the
  // pack's questions, and reading all of them with every claim cost the worker a full scan.
  const { questions, sources, localizer } = await getQuestionsWithSources(db, [...questionIds], lang);
  return {
    packLang: localizer.lang,
    questions: questions.map((question) => localizer.question(question)),
    sources: sources.map((source) => localizer.source(source)),
  };
}

/** One handler per message type; a missing one fails to compile. */
export function createHandlers(db: MobilizationDb): BackgroundHandlers {
  return {
    'content:page-verdict': async ({ sidebarOpen, ...verdict }, sender) => {
      const tabId = requireTab(sender);
      const state = await patchTabState(tabId, { verdict, anchored: [], sidebarOpen });
      return { badge: await showBadge(tabId, state), pageText: verdict.relevant ? pageText() : null };
    },
    'content:match-claims': async ({ lang, text, knownQuestionIds }) => {
      await ensurePackInstalled(db);
      const matches = findClaims(text, await compiledMatchers(db, lang));
      const known = new Set(knownQuestionIds);
      return { matches, cards: await cardData(db, new Set(matches.map((match) => match.questionId).filter((id) => !known.has(id)))) };
    },
    'content:get-page-text': async () => ({ messages: pageText() }),
    'content:anchored-claims': async ({ anchored }, sender) => {
      const tabId = requireTab(sender);
      const state = await patchTabState(tabId, { anchored });
      return { badge: await showBadge(tabId, state) };
    },
    // Only the reader's own choice comes here (an article's opening by itself comes with its
    // verdict), so no list of visited sites builds up.
    'content:sidebar-state': async ({ open }, sender) => {
      await patchTabState(requireTab(sender), { sidebarOpen: open });
      const site = new URL(sender.url ?? '').hostname;
      // Only closings are kept: opening again forgets the site.
      await updateSettings(({ sidebarOpenBySite }) => {
        const { [site]: _forgotten, ...others } = sidebarOpenBySite;
        return { sidebarOpenBySite: open ? others : { ...others, [site]: false } };
      });
      return null;
    },
    'sidebar:get-context': async (_payload, sender) => {
      const tabId = requireTab(sender);
      const pack = await requirePack(db);
      return buildArticleContext(db, tabId, pack, await getTabState(tabId), readerPackLanguage());
    },
    'sidebar:jump-to-claim': async ({ index }, sender) => {
      const sent = await sendToTab(requireTab(sender), 'background:jump-to-claim', { index });
      if (!sent.ok) throw new Error(sent.error);
      return null;
    },
    'sidebar:close': async (_payload, sender) => {
      const sent = await sendToTab(requireTab(sender), 'background:set-sidebar-open', { open: false });
      if (!sent.ok) throw new Error(sent.error);
      return null;
    },
    'popup:get-tab-summary': async ({ tabId }) => {
      await ensurePackInstalled(db);
      return tabSummary(db, tabId);
    },
    'popup:toggle-sidebar': async ({ tabId }) => {
      const sent = await sendToTab(tabId, 'background:set-sidebar-open', {});
      if (!sent.ok) throw new Error(t('sidebarUnavailable'));
      return sent.value;
    },
    'popup:set-overlays-visible': async ({ visible }) => {
      // Content scripts follow the setting through storage.onChanged.
      await updateSettings({ overlaysVisible: visible });
      return null;
    },
    'options:get-status': async () => {
      await ensurePackInstalled(db);
      const [pack, sync, settings] = await Promise.all([getPackInfo(db), readSyncStatus(db), readSettings()]);
      return { pack, sync, settings, defaultUpdateUrl: DEFAULT_UPDATE_URL };
    },
    'options:sync-now': async () => {
      await ensurePackInstalled(db);
      return syncFromUpdateUrl(db);
    },
    'options:update-settings': async (patch) => {
      // null goes back to the built-in default; a string, empty included, is the reader's choice.
      if (typeof patch.updateUrl === 'string') {
        const checked = validateUpdateUrl(patch.updateUrl);
        if (!checked.ok) throw new Error(t(checked.reason));
        patch = { ...patch, updateUrl: checked.url };
      }
      const clean: Partial<Settings> = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      if (patch.disabledSites) {
        const sites = patch.disabledSites.map(normalizeHostname);
        if (sites.includes(null)) throw new Error(t('sitesInvalid'));
        clean.disabledSites = [...new Set(sites as string[])];
      }
      return updateSettings(clean);
    },
  };
}
