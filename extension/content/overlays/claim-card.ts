/**
 * The card that shows what other sources say about a highlighted sentence's question(s):
 * each answer's value, who said it, who reported it, when, and a link; the question's
 * status (agree / range / disagree); and "Open in sidebar". Built with plain DOM and
 * textContent only: pack text never becomes markup.
 */
import type { BuiltQuestion, Claim, Source } from '../../../src/pack/fact-pack-schema';
import { formatDate } from '../../ui/format-date';
import { formatClaimValue } from '../../ui/format-value';
import { PACK_TEXT_LANG } from '../../ui/pack-language';
import { sourceLabel } from '../../ui/source-label';
import type { OverlayLabels } from './overlay-labels';

export interface CardEntry {
  question: BuiltQuestion;
  /** Answers the highlighted sentence states. */
  claimIds: readonly string[];
}

export interface CardContent {
  entries: readonly CardEntry[];
  sources: ReadonlyMap<string, Source>;
  labels: OverlayLabels;
  locale: string;
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

function claimItem(doc: Document, claim: Claim, stated: boolean, content: CardContent): HTMLLIElement {
  const { labels, sources, locale } = content;
  const item = element(doc, 'li', stated ? 'stated' : undefined);
  const value = element(doc, 'div');
  const amount = element(doc, 'span', 'value', formatClaimValue(claim.value, locale, labels.approx));
  amount.lang = PACK_TEXT_LANG;
  value.append(amount);
  if (stated) value.append(element(doc, 'span', 'tag', labels.thisArticle));
  item.append(value);
  const said = element(doc, 'div', 'meta', `${labels.saidBy}: ${sourceName(claim.claimant, sources)}`);
  const reported = element(doc, 'div', 'meta', `${labels.reportedBy}: ${sourceName(claim.reporter, sources)} · ${formatDate(claim.publishedAt, locale)} · `);
  const link = element(doc, 'a', undefined, labels.openSource);
  link.href = claim.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.setAttribute('aria-label', `${labels.openSource}: ${sourceName(claim.reporter, sources)} ${labels.opensInNewTab}`);
  reported.append(link);
  item.append(said, reported);
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
    title.lang = PACK_TEXT_LANG;
    head.append(title);
    if (i === 0) {
      const close = element(doc, 'button', 'close', '\u00D7');
      close.type = 'button';
      close.setAttribute('aria-label', content.labels.close);
      close.addEventListener('click', () => content.onClose());
      head.append(close);
    }
    section.append(head, element(doc, 'span', `status status-${question.status}`, statusLabel(question.status, content.labels)));
    const stated = new Set(claimIds);
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
