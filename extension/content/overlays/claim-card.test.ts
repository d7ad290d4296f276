// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// The card formats values with the UI's helpers, which reach browser.i18n only for defaults.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
import { renderClaimCard } from './claim-card';
import { ENGLISH_LABELS } from './overlay-labels';
import { HOSTILE, overlayData } from './test-fixtures';

const sources = new Map(overlayData.sources.map((source) => [source.id, source]));
const [leftQuestion, doneQuestion] = overlayData.questions as [(typeof overlayData.questions)[0], (typeof overlayData.questions)[0]];

function render(onOpenInSidebar = vi.fn(), onClose = vi.fn()) {
  const container = document.createElement('div');
  const card = renderClaimCard(container, {
    entries: [
      { question: leftQuestion, claimIds: ['left-seed-700k'] },
      { question: doneQuestion, claimIds: [] },
    ],
    sources,
    labels: ENGLISH_LABELS,
    locale: 'en',
    packLang: 'en',
    onOpenInSidebar,
    onClose,
  });
  return { card, onOpenInSidebar, onClose };
}

describe('renderClaimCard', () => {
  it('is a labelled dialog with each question and its status', () => {
    const { card } = render();
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('What other sources say');
    expect([...card.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([leftQuestion.text, doneQuestion.text]);
    expect([...card.querySelectorAll('.status')].map((s) => s.textContent)).toEqual(['Sources disagree', 'Sources agree']);
  });

  it('shows every answer side by side: value, claimant, reporter, date and a safe link', () => {
    const { card } = render();
    const items = [...card.querySelectorAll('section:first-child li')];
    expect(items.map((item) => item.querySelector('.value')?.textContent)).toEqual(['700,000 men', '600,000–700,000 people', `Far from 700,000 ${HOSTILE}`]);
    expect(items[0]?.textContent).toContain('Said by: The Kremlin');
    expect(items[0]?.textContent).toContain('Reported by: EuroNews247');
    expect(items[0]?.textContent).toMatch(/Nov 4, 2022|4 Nov 2022/);
    const link = items[1]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/forbes');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it("says first whether the sentence's claim holds up and why: rating glyph and word, then the reason, before any answer", () => {
    const { card } = render();
    const section = card.querySelector('section')!;
    const verdict = section.querySelector('.verdict')!;
    expect(verdict.getAttribute('aria-label')).toBe('Does it hold up?');
    expect(verdict.querySelector('.rating')?.textContent).toBe('\u21C4Misattributed');
    expect(verdict.querySelector('.rating [aria-hidden="true"]')?.textContent).toBe('\u21C4');
    expect(verdict.textContent).toContain('Not the Kremlin: an unnamed source quoted by Forbes Russia.');
    // Before the status and the list of answers.
    expect(verdict.compareDocumentPosition(section.querySelector('ul')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(verdict.compareDocumentPosition(section.querySelector('.status')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(verdict.querySelector('img')).toBeNull();
  });

  it('shows when a claim was said and when reported, and names the copy the link opens', () => {
    const { card } = render();
    const [seed, forbes] = [...card.querySelectorAll('section:first-child li')];
    expect(seed?.textContent).toMatch(/said (Oct 4, 2022|4 Oct 2022) · reported (Nov 4, 2022|4 Nov 2022)/);
    expect(forbes?.textContent).toContain('Reported by: Interfax, via Yahoo News');
    expect(forbes?.querySelector('a')?.getAttribute('aria-label')).toBe('Source: Yahoo News (opens in a new tab)');
  });

  it('marks the answers the sentence states', () => {
    const { card } = render();
    const stated = card.querySelectorAll('li.stated');
    expect(stated).toHaveLength(1);
    expect(stated[0]?.querySelector('.tag')?.textContent).toBe('This article');
  });

  it('keeps pack text as text', () => {
    const { card } = render();
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain(HOSTILE);
  });

  it('has "Open in sidebar" and a close button', () => {
    const { card, onOpenInSidebar, onClose } = render();
    const buttons = [...card.querySelectorAll('button')];
    buttons.find((button) => button.textContent === 'Open in sidebar')?.click();
    expect(onOpenInSidebar).toHaveBeenCalledOnce();
    buttons.find((button) => button.getAttribute('aria-label') === 'Close')?.click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
