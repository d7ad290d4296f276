// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The card formats values with the UI's helpers, which reach browser.i18n only for defaults.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
import type { AnchoredClaim } from '../../messaging/protocol';
import { mountOverlays, type OverlayController } from './mount-overlays';
import { matchInPlace } from './test-fixtures';

const ARTICLE = `
<article>
  <h1>Russians return</h1>
  <p>Intro sentence. The Kremlin says <b>700</b>,000 men <a href="/more" id="link">left Russia</a> in two weeks. Another sentence.</p>
  <p>Putin said “the mobilisation is complete” on Monday.</p>
  <p>About 70,000 left Russia in 2022.</p>
</article>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The claim sentences come back from the background (here matched in place) after a message. */
const anchored = () => sleep(0);
/** Markers are placed in a task of their own after the highlights (an idle slice in browsers). */
const markersPlaced = () => sleep(10);
let controller: AbortController;
let overlays: OverlayController;
let anchoredCalls: AnchoredClaim[][];

let settledCalls: number;

async function mount(options: { visible?: boolean; findClaims?: typeof matchInPlace } = {}) {
  anchoredCalls = [];
  settledCalls = 0;
  overlays = mountOverlays({
    root: document.querySelector('article') as Element,
    findClaims: options.findClaims ?? matchInPlace,
    visible: options.visible ?? true,
    signal: controller.signal,
    onAnchored: (anchored) => anchoredCalls.push(anchored),
    onSettled: () => (settledCalls += 1),
    onOpenInSidebar: vi.fn(),
    forceMarks: true,
  });
  await anchored();
  return overlays;
}

const marks = () => [...document.querySelectorAll('mark[data-mc-claim]')];
const markers = () => [...document.querySelectorAll('mc-marker')];

// Closed shadow roots keep the page out; tests open them to look inside.
const attach = Element.prototype.attachShadow;

beforeEach(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  });
  document.body.innerHTML = ARTICLE;
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('mountOverlays', () => {
  it('reports once that it has settled: after the markers are placed, not before', async () => {
    await mount();
    expect(settledCalls).toBe(0);
    await markersPlaced();
    expect(markers()).toHaveLength(2);
    expect(settledCalls).toBe(1);
    overlays.setVisible(false);
    overlays.setVisible(true);
    await anchored();
    await markersPlaced();
    expect(settledCalls).toBe(1);
  });

  it('settles at once when the article makes no claim, or the background cannot match', async () => {
    await mount({ findClaims: async () => ({ matches: [], cards: { packLang: 'en', questions: [], sources: [] } }) });
    expect(settledCalls).toBe(1);
    controller.abort();
    controller = new AbortController();
    document.body.innerHTML = ARTICLE;
    await mount({ findClaims: async () => Promise.reject(new Error('the pack is being replaced')) });
    expect(settledCalls).toBe(1);
  });

  it('settles without markers when the overlays are hidden', async () => {
    await mount({ visible: false });
    expect(settledCalls).toBe(1);
    expect(markers()).toHaveLength(0);
  });

  it('settles when the reader hides the highlights while their claims are being found', async () => {
    let answer = (): void => {};
    const matched = new Promise<void>((resolve) => (answer = resolve));
    await mount({ findClaims: async (text, known) => matched.then(() => matchInPlace(text, known)) });
    expect(settledCalls).toBe(0);
    overlays.setVisible(false);
    answer();
    await markersPlaced();
    expect(settledCalls).toBe(1);
    expect(markers()).toHaveLength(0);
  });

  it('settles when the reader hides the highlights before their markers are placed', async () => {
    await mount();
    // The questions are in; the markers' task has not run yet.
    await Promise.resolve();
    overlays.setVisible(false);
    await markersPlaced();
    expect(settledCalls).toBe(1);
    expect(markers()).toHaveLength(0);
  });

  it('anchors the claim sentences and reports them', async () => {
    await mount();
    expect(overlays.anchoredCount()).toBe(2);
    expect(anchoredCalls).toHaveLength(1);
    expect(anchoredCalls[0]?.map((claim) => [claim.index, claim.questionId, claim.excerpt])).toEqual([
      [0, 'how-many-left', 'The Kremlin says 700,000 men left Russia in two weeks.'],
      [1, 'when-done', 'Putin said “the mobilisation is complete” on Monday.'],
    ]);
  });

  it('falls back to <mark> wrappers that keep links and their handlers intact', async () => {
    const link = document.getElementById('link') as HTMLAnchorElement;
    const clicked = vi.fn();
    link.addEventListener('click', clicked);
    await mount();
    expect(marks().map((mark) => mark.textContent).join('|')).toBe('The Kremlin says |700|,000 men |left Russia| in two weeks.|Putin said “the mobilisation is complete” on Monday.');
    // The link still wraps its text (the mark sits inside it) and still gets its clicks.
    expect(link.querySelector('mark')?.textContent).toBe('left Russia');
    expect(link.getAttribute('href')).toBe('/more');
    (link.querySelector('mark') as HTMLElement).click();
    expect(clicked).toHaveBeenCalledOnce();
    expect(document.querySelector('article p')?.textContent).toContain('The Kremlin says 700,000 men left Russia in two weeks.');
  });

  it('adds a keyboard marker per claim with its index and an accessible name', async () => {
    await mount();
    expect(markers()).toEqual([]);
    await markersPlaced();
    expect(markers().map((marker) => marker.getAttribute('data-mc-claim-index'))).toEqual(['0', '1']);
    const button = markers()[0]?.shadowRoot?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Compare sources: How many people left Russia after 21 September 2022?');
  });

  it('opens the card from a marker and closes it with Escape, returning focus', async () => {
    await mount();
    await markersPlaced();
    const button = markers()[0]?.shadowRoot?.querySelector('button') as HTMLButtonElement;
    button.focus();
    button.click();
    const cardHost = document.querySelector('mc-card') as HTMLElement;
    expect(cardHost.getAttribute('data-mc-claim-index')).toBe('0');
    const card = cardHost.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement;
    expect(card.querySelector('h2')?.textContent).toBe('How many people left Russia after 21 September 2022?');
    expect(cardHost.shadowRoot?.activeElement).toBe(card);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardHost.hasAttribute('data-mc-claim-index')).toBe(false);
    expect(markers()[0]?.shadowRoot?.activeElement).toBe(button);
  });

  it('jumps to a claim and opens its card; unknown indexes return false', async () => {
    await mount();
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    expect(overlays.jumpTo(1)).toBe(true);
    expect(scroll).toHaveBeenCalled();
    expect(document.querySelector('mc-card')?.getAttribute('data-mc-claim-index')).toBe('1');
    expect(overlays.jumpTo(7)).toBe(false);
  });

  it('hides and restores every highlight and marker', async () => {
    await mount();
    await markersPlaced();
    overlays.setVisible(false);
    expect(marks()).toEqual([]);
    expect(markers()).toEqual([]);
    expect(document.querySelector('article p')?.textContent).toContain('The Kremlin says 700,000 men left Russia in two weeks.');
    overlays.setVisible(true);
    await anchored();
    expect(marks().length).toBeGreaterThan(0);
    await markersPlaced();
    expect(markers()).toHaveLength(2);
  });

  it('gets the questions with the matches, names the markers after them, and says which it holds when it re-anchors', async () => {
    const known: string[][] = [];
    await mount({
      findClaims: async (text, knownQuestionIds) => {
        known.push([...(knownQuestionIds ?? [])]);
        return matchInPlace(text, knownQuestionIds);
      },
    });
    expect(overlays.anchoredCount()).toBe(2);
    await markersPlaced();
    const button = markers()[0]?.shadowRoot?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Compare sources: How many people left Russia after 21 September 2022?');
    expect(overlays.jumpTo(1)).toBe(true);
    overlays.setVisible(false);
    overlays.setVisible(true);
    await anchored();
    await markersPlaced();
    expect(known).toEqual([[], ['how-many-left', 'when-done']]);
    // The cards still open with the questions held from the first answer.
    expect(overlays.jumpTo(0)).toBe(true);
    expect(document.querySelector('mc-card')?.getAttribute('data-mc-claim-index')).toBe('0');
  });

  it('starts hidden when asked, but still anchors', async () => {
    await mount({ visible: false });
    expect(overlays.anchoredCount()).toBe(2);
    expect(marks()).toEqual([]);
  });

  it('re-anchors after the article changes, debounced', async () => {
    await mount();
    const paragraph = document.createElement('p');
    paragraph.innerHTML = 'Later, Forbes wrote that 700 000 people had fled Russia.';
    document.querySelector('article')?.append(paragraph);
    paragraph.append(' More text.');
    await sleep(100);
    expect(anchoredCalls).toHaveLength(1);
    await sleep(400);
    expect(anchoredCalls).toHaveLength(2);
    expect(overlays.anchoredCount()).toBe(3);
    expect(anchoredCalls[1]?.[2]?.excerpt).toBe('Later, Forbes wrote that 700 000 people had fled Russia.');
  });

  it('re-anchors when a claim sentence is edited away', async () => {
    await mount();
    const second = document.querySelectorAll('article p')[1] as HTMLElement;
    second.textContent = 'Putin said nothing on Monday.';
    await sleep(450);
    expect(overlays.anchoredCount()).toBe(1);
  });

  it('does not re-anchor because of its own changes', async () => {
    await mount();
    overlays.setVisible(false);
    overlays.setVisible(true);
    await anchored();
    overlays.jumpTo(0);
    await sleep(450);
    // One anchoring at mount, one when shown again; none from our own marks, markers or card.
    expect(anchoredCalls).toHaveLength(2);
  });

  it('stops everything and leaves the page as it was when the signal aborts', async () => {
    const before = document.querySelector('article')?.textContent;
    await mount();
    controller.abort();
    expect(marks()).toEqual([]);
    expect(document.querySelector('mc-layer')).toBeNull();
    expect(document.querySelector('article')?.textContent).toBe(before);
    document.querySelector('article')?.append('700,000 men left Russia.');
    await sleep(450);
    expect(anchoredCalls).toHaveLength(1);
  });
});
