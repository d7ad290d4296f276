import { inputMightBeAboutTopic, readTopicInput, sameTopicInput, type TopicInput } from '../../src/detect/topic-prefilter';
import type { PageController } from './page-controller';
import { watchLateText, watchNavigation, whenIdle } from './page-watch';

// Runs on every http(s) page, so this first chunk only asks, once the browser is idle,
// whether the page could be about the mobilization at all: its headline and a bounded text
// sample against the lexicon's topic fragments (built in at build time). Almost every page
// stops there: no storage read, no message, no DOM write, nothing compiled. Pages that might
// be, and pages the background asks something of, load the controller, whose first step is
// the address test (home pages, listings): its rules cost more to compile than the
// fragments cost to look for. This file is built as one classic script
// (build/content-first-chunk.ts), so it imports only what is tiny, and loads the controller
// from the extension by its address. The fragments are searched in their packed strings, so
// a page builds and keeps no object for them.

type ControllerModule = typeof import('./page-controller');

if (window.top === window) start();

/** False once the extension that injected this script has been updated, disabled or removed. */
function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

function start() {
  const stop = new AbortController();
  const { signal } = stop;
  let controller: Promise<PageController> | null = null;
  // What the pre-filter last read and said no to: a re-check (late text, a navigation) that
  // reads the same headline and sample has the same answer, so it skips normalizing and
  // searching them, most of the check's cost, on pages whose scripts keep changing the DOM.
  let lastNo: TopicInput | null = null;
  const loadController = () =>
    (controller ??= (import(chrome.runtime.getURL(__MC_CONTROLLER_PATH__)) as Promise<ControllerModule>).then(({ startPageController }) =>
      startPageController(signal),
    ));

  async function check(): Promise<boolean> {
    if (!extensionAlive()) {
      // This script is an orphan: stop watching, and let the controller take its overlays down.
      stop.abort();
      return false;
    }
    // Once loaded, the controller decides every time: it may have to report that a
    // single-page app left its article.
    if (controller) return (await controller).check();
    const input = readTopicInput(document);
    if (lastNo && sameTopicInput(input, lastNo)) return false;
    if (!inputMightBeAboutTopic(input, __MC_TOPIC_FRAGMENTS__)) {
      lastNo = input;
      return false;
    }
    return (await loadController()).check();
  }

  whenIdle(signal, async () => {
    if (!(await check())) watchLateText({ signal, check: () => void check() });
  });
  watchNavigation({ signal, check: () => void check() });

  // Only the background sends to tabs; the raw API keeps the message protocol out of this chunk.
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (signal.aborted || sender.id !== chrome.runtime.id) return false;
    void loadController()
      .then((loaded) => loaded.handleMessage(message))
      .then(sendResponse);
    return true;
  });
}
