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

const NOT_AN_ARTICLE: PageVerdictMessage = { relevant: false, isArticle: false, lang: '', topics: [], score: 0 };

/** False once the extension that injected this script has been updated, disabled or removed. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

function toMessage({ relevant, isArticle, lang, topics, score }: PageVerdict): PageVerdictMessage {
  return { relevant, isArticle, lang, topics, score };
}

function start() {
  const controller = new AbortController();
  const { signal } = controller;
  let session: Promise<PageSession> | null = null;
  /** The page the background last heard about, so an unchanged verdict is not sent twice. */
  let reported: { url: string; relevant: boolean } | null = null;
  let waitingForLexicon = false;
  let queue: Promise<boolean> = Promise.resolve(false);

  const loadSession = () => (session ??= import('./page-session').then(({ createPageSession }) => createPageSession()));

  // Checks run one after another, so a slow check never overtakes a later one.
  const check = () => (queue = queue.then(runCheck, runCheck));

  async function runCheck(): Promise<boolean> {
    if (!extensionAlive()) {
      // The extension was updated or removed: this script is an orphan and stops everything.
      controller.abort();
      (await session)?.destroy();
      return false;
    }
    const checked = await checkPage();
    if (checked?.lexiconMissing && !waitingForLexicon) {
      waitingForLexicon = true;
      whenLexiconPublished(signal, () => void check());
    }
    const verdict = checked?.verdict;
    const url = location.href;
    if (checked && verdict?.relevant) {
      // A single-page app may move from one article to another: each is reported and anchored.
      if (reported?.relevant && reported.url === url) return true;
      reported = { url, relevant: true };
      await sendToBackground('content:page-verdict', toMessage(verdict));
      await (await loadSession()).showArticle(toMessage(verdict), checked.settings);
      return true;
    }
    if (reported?.relevant) {
      // A single-page app navigated away from the article.
      reported = { url, relevant: false };
      await sendToBackground('content:page-verdict', verdict ? toMessage(verdict) : NOT_AN_ARTICLE);
      (await session)?.destroy();
      session = null;
    }
    return false;
  }

  whenIdle(signal, async () => {
    if (!(await check())) watchLateText({ signal, check: () => void check() });
  });
  watchNavigation({ signal, check: () => void check() });
  // A page restored from the back/forward cache had its tab state cleared by the background.
  addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      reported = null;
      void check();
    },
    { signal },
  );

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
