/**
 * The card of a highlighted sentence: first the pack's verdict on what the sentence says
 * (rating and one-sentence reason), then, per question, its status (agree / range /
 * disagree) and each answer's value, who said it, who reported it (and the copy the link
 * opens), when it was said and reported, and a link; and "Open in sidebar". Built with plain DOM and
 * textContent only: pack text never becomes markup.
 */
import type { BuiltQuestion, PackLanguage, Rating, Source } from '../../../src/pack/fact-pack-schema';
import type { LocalizedClaim, LocalizedQuestion } from '../../../src/pack/localize-pack';
import { claimDates, linkedSite, reporterWithVia } from '../../ui/claim-attribution';
import { formatClaimValue } from '../../ui/format-value';
import { langAttribute } from '../../ui/pack-language';
import { RATING_GLYPHS, RATING_TONES } from '../../ui/rating';
import { sourceLabel } from '../../ui/source-label';
import type { OverlayLabels } from './overlay-labels';

export interface CardEntry {
  question: LocalizedQuestion;
  /** Answers the highlighted sentence states. */
  claimIds: readonly string[];
}

export interface CardContent {
  entries: readonly CardEntry[];
  sources: ReadonlyMap<string, Source>;
  labels: OverlayLabels;
  locale: string;
  /** The language of the pack's text. */
  packLang: PackLanguage;
  onOpenInSidebar(): void;
  onClose(): void;
}

export const CARD_CSS = `
:host { all: initial; position: absolute; z-index: 2147483646; display: block; }
.card { box-sizing: border-box; width: min(420px, calc(100vw - 16px)); max-height: min(480px, 70vh); overflow: auto;
  font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #8a8a8a;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; }
.card:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.head { display: flex; align-items: flex-start; gap: 8px; }
h2 { font-size: 15px; margin: 0 0 6px; flex: 1; }
section + section { border-top: 1px solid #d0d0d0; margin-top: 10px; padding-top: 10px; }
.status { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; margin-bottom: 8px; }
.status-consensus { background: #d7f5dd; color: #0b4d1c; }
.status-range { background: #fff0c2; color: #5c4200; }
.status-disputed { background: #ffd9d6; color: #7a0b02; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
li { border: 1px solid #d0d0d0; border-radius: 6px; padding: 6px 8px; }
li.stated { border-color: #a06e00; background: #fff8e1; }
.value { font-weight: 600; }
.tag { font-size: 11px; font-weight: 600; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: #a06e00; color: #fff; }
.meta { font-size: 12px; color: #454545; }
.verdict { margin: 0 0 8px; }
.rating { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 700; padding: 1px 8px;
  border-radius: 10px; border: 1px solid currentColor; margin-right: 6px; }
.rating-holds { background: #d7f5dd; color: #0b4d1c; }
.rating-caution { background: #fff0c2; color: #5c4200; }
.rating-fails { background: #ffd9d6; color: #7a0b02; }
.quote { margin: 4px 0 0; font-style: italic; }
.quote-translation { margin: 2px 0 0; font-size: 12px; }
a { color: #0b57d0; }
button { font: inherit; cursor: pointer; }
.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; color: inherit; }
.sidebar { margin-top: 10px; padding: 6px 12px; border-radius: 6px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; }
button:focus-visible, a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececec; background: #1f1f1f; border-color: #6b6b6b; }
  li { border-color: #4a4a4a; }
  li.stated { background: #3a2f10; border-color: #d9a520; }
  .meta { color: #c4c4c4; }
  a { color: #8ab4f8; }
  .status-consensus { background: #0b4d1c; color: #d7f5dd; }
  .status-range { background: #5c4200; color: #fff0c2; }
  .status-disputed { background: #7a0b02; color: #ffd9d6; }
  .rating-holds { background: #0b4d1c; color: #d7f5dd; }
  .rating-caution { background: #5c4200; color: #fff0c2; }
  .rating-fails { background: #7a0b02; color: #ffd9d6; }
}
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function statusLabel(status: BuiltQuestion['status'], labels: OverlayLabels): string {
  return status === 'consensus' ? labels.statusConsensus : status === 'range' ? labels.statusRange : labels.statusDisputed;
}

/** The card names officials with their role, as the sidebar does. */
const sourceName = (id: string, sources: ReadonlyMap<string, Source>): string => sourceLabel(sources.get(id), id);

/** The rating as glyph and word, and the reason: what the card says first. */
function verdictLine(doc: Document, rating: Rating, reason: string, content: CardContent): HTMLElement {
  const line = element(doc, 'p', 'verdict');
  line.setAttribute('role', 'group');
  line.setAttribute('aria-label', content.labels.verdict);
  const badge = element(doc, 'span', `rating rating-${RATING_TONES[rating]}`);
  const glyph = element(doc, 'span', undefined, RATING_GLYPHS[rating]);
  glyph.setAttribute('aria-hidden', 'true');
  badge.append(glyph, doc.createTextNode(content.labels.rating(rating)));
  const why = element(doc, 'span', undefined, reason);
  why.lang = content.packLang;
  line.append(badge, why);
  return line;
}

function claimItem(doc: Document, claim: LocalizedClaim, stated: boolean, content: CardContent): HTMLLIElement {
  const { labels, sources, locale, packLang } = content;
  const sourceOf = (id: string) => sources.get(id);
  const item = element(doc, 'li', stated ? 'stated' : undefined);
  const value = element(doc, 'div');
  const amount = element(doc, 'span', 'value', formatClaimValue(claim.value, locale, labels.approx));
  amount.lang = packLang;
  value.append(amount);
  if (stated) value.append(element(doc, 'span', 'tag', labels.thisArticle));
  item.append(value);
  // The sentence's own verdict opens the card; the others stand with their answers.
  if (claim.assessment && !stated) item.append(verdictLine(doc, claim.assessment.rating, claim.assessment.reason, content));
  const said = element(doc, 'div', 'meta', `${labels.saidBy}: ${sourceName(claim.claimant, sources)}`);
  const reported = element(doc, 'div', 'meta', `${labels.reportedBy}: ${reporterWithVia(claim, sourceOf, labels)} \u00B7 ${claimDates(claim, locale, labels)} \u00B7 `);
  const link = element(doc, 'a', undefined, labels.openSource);
  link.href = claim.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.setAttribute('aria-label', `${labels.openSource}: ${linkedSite(claim, sourceOf)} ${labels.opensInNewTab}`);
  reported.append(link);
  item.append(said, reported);
  if (claim.quote) {
    const quote = element(doc, 'blockquote', 'quote', claim.quote);
    const lang = langAttribute(claim.lang);
    if (lang) quote.lang = lang;
    item.append(quote);
  }
  if (claim.quoteTranslation) {
    const translation = element(doc, 'p', 'quote-translation meta', `${labels.quoteTranslation}: `);
    const text = element(doc, 'span', undefined, claim.quoteTranslation);
    text.lang = packLang;
    translation.append(text);
    item.append(translation);
  }
  return item;
}

/** Renders the card into `parent` (a shadow root in the page, any element in tests); returns the dialog. */
export function renderClaimCard(parent: ParentNode & Node, content: CardContent): HTMLElement {
  const doc = parent.ownerDocument ?? (parent as Document);
  const card = element(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', content.labels.cardLabel);
  // The card's words are in the browser's language, not the page's; pack text is marked below.
  card.lang = content.locale;
  card.tabIndex = -1;

  content.entries.forEach(({ question, claimIds }, i) => {
    const section = element(doc, 'section');
    const head = element(doc, 'div', 'head');
    const title = element(doc, 'h2', undefined, question.text);
    title.lang = content.packLang;
    head.append(title);
    if (i === 0) {
      const close = element(doc, 'button', 'close', '\u00D7');
      close.type = 'button';
      close.setAttribute('aria-label', content.labels.close);
      close.addEventListener('click', () => content.onClose());
      head.append(close);
    }
    section.append(head);
    const stated = new Set(claimIds);
    // At a glance, before any answer: is what the sentence says right, and why.
    for (const claim of question.claims) {
      if (stated.has(claim.id) && claim.assessment) section.append(verdictLine(doc, claim.assessment.rating, claim.assessment.reason, content));
    }
    section.append(element(doc, 'span', `status status-${question.status}`, statusLabel(question.status, content.labels)));
    // The sentence's own answers first, then the others in the pack's order.
    const claims = [...question.claims].sort((a, b) => Number(stated.has(b.id)) - Number(stated.has(a.id)));
    const list = element(doc, 'ul');
    for (const claim of claims) list.append(claimItem(doc, claim, stated.has(claim.id), content));
    section.append(list);
    card.append(section);
  });

  const sidebar = element(doc, 'button', 'sidebar', content.labels.openInSidebar);
  sidebar.type = 'button';
  sidebar.addEventListener('click', () => content.onOpenInSidebar());
  card.append(sidebar);
  parent.append(card);
  return card;
}
