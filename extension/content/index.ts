import browser, { type Runtime } from 'webextension-polyfill';
import {
  parseMessage,
  toContent,
  type ContentMessageType,
  type ContentReplies,
  type ContentRequest,
  type PageVerdictMessage,
  type Result,
} from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { PageVerdict } from '../../src/detect';
import { checkPage, whenLexiconPublished } from './page-check';
import { watchLateText, watchNavigation, whenIdle } from './page-watch';
import type { PageSession } from './page-session';

// Runs on every http(s) page: it reads two storage keys and classifies the page once the
// browser is idle. Only pages that qualify load the sidebar and overlay code.
if (window.top === window) start();

type ContentHandlers = { [K in ContentMessageType]: (payload: ContentRequest<K>) => Promise<ContentReplies[K]> };

function toMessage({ relevant, isArticle, lang, topics, score }: PageVerdict): PageVerdictMessage {
  return { relevant, isArticle, lang, topics, score };
}

function start() {
  const controller = new AbortController();
  const { signal } = controller;
  let session: Promise<PageSession> | null = null;
  let shownRelevant = false;

  const loadSession = () => (session ??= import('./page-session').then(({ createPageSession }) => createPageSession()));

  async function check() {
    const checked = await checkPage();
    if (!checked) return false;
    const { settings, verdict, lexiconMissing } = checked;
    if (lexiconMissing) whenLexiconPublished(signal, () => void check());
    if (!verdict || verdict.relevant === shownRelevant) return verdict?.relevant ?? false;
    shownRelevant = verdict.relevant;
    await sendToBackground('content:page-verdict', toMessage(verdict));
    if (verdict.relevant) {
      await (await loadSession()).showArticle(toMessage(verdict), settings);
    } else if (session) {
      // A single-page app navigated away from the article.
      (await session).destroy();
      session = null;
    }
    return verdict.relevant;
  }

  whenIdle(signal, async () => {
    if (!(await check())) watchLateText({ signal, check: () => void check() });
  });
  watchNavigation({ signal, check: () => void check() });

  const handlers: ContentHandlers = {
    // The user asked for the sidebar, so it opens even on pages the detector passed over.
    'background:set-sidebar-open': async ({ open }) => ({ open: (await loadSession()).setSidebarOpen(open) }),
    'background:jump-to-claim': async ({ index }) => ({ found: session ? (await session).jumpTo(index) : false }),
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(toContent, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const handler = handlers[parsed.value.type] as (payload: unknown) => Promise<unknown>;
    return handler(parsed.value.payload).then(
      (value): Result<unknown> => ({ ok: true, value }),
      (error: unknown): Result<unknown> => ({ ok: false, error: String(error) }),
    );
  });
}
