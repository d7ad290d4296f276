import { parseMessage, toContent, type ContentMessageType, type ContentReplies, type ContentRequest, type PageVerdictMessage, type Result } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { PageVerdict } from '../../src/detect';
import { checkPage, whenLexiconPublished } from './page-check';
import type { PageSession } from './page-session';
import { pageTextFrom, type PageText } from './page-text';

/**
 * The content script's second stage, loaded only on pages the pre-filter let through or when
 * the background asks something of the page: it reads settings and the lexicon, runs full
 * detection, reports the verdict and shows the sidebar and overlays on relevant articles.
 */
export interface PageController {
  /** Classifies the page again; true when it is a relevant article. */
  check(): Promise<boolean>;
  /** Answers a message from the background (already known to come from this extension). */
  handleMessage(raw: unknown): Promise<Result<unknown>>;
}

type ContentHandlers = { [K in ContentMessageType]: (payload: ContentRequest<K>) => Promise<ContentReplies[K]> };

const NOT_AN_ARTICLE: PageVerdictMessage = { relevant: false, isArticle: false, lang: '', topics: [], score: 0 };

function toMessage({ relevant, isArticle, lang, topics, score }: PageVerdict): PageVerdictMessage {
  return { relevant, isArticle, lang, topics, score };
}

/** Everything stops with `signal` (the extension was updated or removed). */
export function startPageController(signal: AbortSignal): PageController {
  let session: Promise<PageSession> | null = null;
  /** The page the background last heard about, so an unchanged verdict is not sent twice. */
  let reported: { url: string; relevant: boolean } | null = null;
  let waitingForLexicon = false;
  let queue: Promise<boolean> = Promise.resolve(false);

  /** `text`: the page's UI strings when a verdict brought them. */
  const loadSession = (text?: PageText) => (session ??= import('./page-session').then(({ createPageSession }) => createPageSession(text)));
  signal.addEventListener('abort', () => void session?.then((current) => current.destroy()), { once: true });

  // Checks run one after another, so a slow check never overtakes a later one.
  const check = () => (queue = queue.then(runCheck, runCheck));
  // A page restored from the back/forward cache had its tab state cleared by the background:
  // report it afresh. Listened for here, not in the first chunk, since a page the controller
  // never loaded for was not relevant and has nothing to report.
  addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      reported = null;
      void check();
    },
    { signal },
  );

  async function runCheck(): Promise<boolean> {
    if (signal.aborted) return false;
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
      // The sidebar opens by itself unless the reader closed it on this site; the background
      // learns so with the verdict.
      const openSidebar = checked.settings.sidebarOpenBySite[location.hostname] !== false;
      const reply = await sendToBackground('content:page-verdict', { ...toMessage(verdict), sidebarOpen: openSidebar });
      const text = reply.ok && reply.value.pageText ? pageTextFrom(reply.value.pageText) : undefined;
      await (await loadSession(text)).showArticle(toMessage(verdict), { overlaysVisible: checked.settings.overlaysVisible, openSidebar });
      return true;
    }
    if (reported?.relevant) {
      // A single-page app navigated away from the article; its sidebar goes with it.
      reported = { url, relevant: false };
      await sendToBackground('content:page-verdict', { ...(verdict ? toMessage(verdict) : NOT_AN_ARTICLE), sidebarOpen: false });
      (await session)?.destroy();
      session = null;
    }
    return false;
  }

  const handlers: ContentHandlers = {
    // The user asked for the sidebar, so it opens even on pages the detector passed over.
    'background:set-sidebar-open': async ({ open }) => ({ open: (await loadSession()).setSidebarOpen(open) }),
    'background:jump-to-claim': async ({ index }) => ({ found: session ? (await session).jumpTo(index) : false }),
  };

  return {
    check,
    async handleMessage(raw) {
      const parsed = parseMessage(toContent, raw);
      if (!parsed.ok) return parsed;
      const handler = handlers[parsed.value.type] as (payload: unknown) => Promise<unknown>;
      return handler(parsed.value.payload).then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({ ok: false, error: String(error) }),
      );
    },
  };
}
