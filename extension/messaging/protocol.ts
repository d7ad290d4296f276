/**
 * The one message protocol between the extension's contexts. Every message is named by its
 * direction (`content:`, `sidebar:`, `popup:`, `options:` go to the background; `background:`
 * goes to a tab's content script), its payload is described by a schema checked on receipt,
 * and its answer type is declared next to it. Answers cross contexts as `Result` values,
 * because `Error` objects do not survive structured cloning.
 *
 * Schemas use valibot, whose functions tree-shake one by one, so the content script's first
 * chunk stays small (zod, even zod/mini, would triple it).
 */
import * as v from 'valibot';
import type { BuiltQuestion, Fact, PackLanguage, Rating, Source } from '../../src/pack/fact-pack-schema';
import type { LocalizedFact, LocalizedQuestion } from '../../src/pack/localize-pack';
import type { ClaimMatch } from '../../src/match/claim-matcher';
import type { PackRefusalCode } from '../../src/pack/signed-pack';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const shortText = text(300);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const idList = list(text(80), 500);
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the content script learnt about its page; no page text or URL leaves the tab's own data. */
export const pageVerdictSchema = v.object({
  relevant: v.boolean(),
  isArticle: v.boolean(),
  lang: text(8),
  topics: list(text(40), 40),
  // Finite: the verdict is kept in storage.session as JSON, where Infinity turns into null.
  score: v.pipe(v.number(), v.finite()),
});
export type PageVerdictMessage = v.InferOutput<typeof pageVerdictSchema>;

/**
 * The verdict as the content script reports it, with whether the page's sidebar is open or
 * opens by itself: an article's opening state rides on its verdict, so it costs no message.
 */
export const pageReportSchema = v.object({ ...pageVerdictSchema.entries, sidebarOpen: v.boolean() });
export type PageReportMessage = v.InferOutput<typeof pageReportSchema>;

/** A claim sentence the overlays anchored in the article. */
export const anchoredClaimSchema = v.object({
  /** Index of the highlight in document order, used to jump to it. */
  index: index,
  matcherId: text(80),
  questionId: text(80),
  claimIds: idList,
  /** The highlighted sentence, shown in the sidebar's "this article" list. */
  excerpt: shortText,
});
export type AnchoredClaim = v.InferOutput<typeof anchoredClaimSchema>;

export interface PackInfo {
  id: string;
  version: string;
  publishedAt: string;
  contentHash: string;
  counts: { sources: number; facts: number; questions: number; claims: number };
}

/**
 * Why a check did not install a pack: the signed document's own refusals, and what can go
 * wrong around them. Stored as a code with its values and put into words only when shown, in
 * the reader's language at that moment.
 */
export type SyncRefusalCode =
  | PackRefusalCode
  | 'no-update-url'
  | 'invalid-url'
  | 'unreachable'
  | 'http-status'
  | 'not-utf8'
  | 'index-mismatch'
  | 'import-failed';

export type SyncOutcome =
  | { status: 'updated'; version: string; at: string }
  | { status: 'current'; version: string; at: string }
  /** `params` are the values the reason's message names (a host, a key id, versions); for `index-mismatch`, the check that failed. */
  | { status: 'refused'; code: SyncRefusalCode; params: string[]; at: string }
  /** Another check held the lease; nothing was done or recorded. */
  | { status: 'busy'; at: string };

/** When the pack was last checked and changed, and when the next check is due. */
export interface SyncStatus {
  lastCheck: SyncOutcome | null;
  /** The installed pack's version, when it was installed, and whether it came with the extension or from the update URL. */
  lastUpdate: { version: string; at: string; origin: 'bundled' | 'sync' } | null;
  /** The next scheduled check (daily, or a retry after a failure); null when no update URL is in effect. */
  nextCheck: string | null;
}

export interface Settings {
  /** Pauses the extension on every site. */
  paused: boolean;
  /** Hostnames where the extension does nothing. */
  disabledSites: string[];
  overlaysVisible: boolean;
  /**
   * Where "Sync now" and the daily check fetch the signed pack index: null follows the
   * default set when the extension was built, an empty string turns updates off.
   */
  updateUrl: string | null;
  /** Hostnames where the reader closed the sidebar: it then waits for them to open it. */
  sidebarOpenBySite: Record<string, boolean>;
}

/** Everything the sidebar shows for one tab. */
export interface ArticleContext {
  /** The tab the sidebar is in; its state lives in `storage.session` under `tabStateKey(tabId)` (tab-state-key.ts). */
  tabId: number;
  pack: PackInfo;
  verdict: PageVerdictMessage | null;
  anchored: AnchoredClaim[];
  /** The language the pack's text is in: the browser's, when the pack has it, else English. */
  packLang: PackLanguage;
  /** Facts ordered by relevance to this article, then by date. */
  facts: LocalizedFact[];
  /** Questions this article touches: anchored ones first, then by topic overlap. */
  questions: LocalizedQuestion[];
  sources: Source[];
}

/** The pack's verdict on one claim a sentence of the article makes. */
export interface ClaimVerdict {
  claimId: string;
  questionText: string;
  rating: Rating;
  reason: string;
}

/** A claim sentence of the article with the verdicts on what it says. */
export interface SentenceVerdicts {
  excerpt: string;
  verdicts: ClaimVerdict[];
}

/** The toolbar popup's view of the current tab. */
export interface TabSummary {
  pack: PackInfo | null;
  verdict: PageVerdictMessage | null;
  anchoredCount: number;
  /** How many questions the article touches. */
  questionCount: number;
  /** The language of the pack's text below. */
  packLang: PackLanguage;
  /** The article's first claim sentences that the pack has a verdict on. */
  sentenceVerdicts: SentenceVerdicts[];
  topQuestions: Array<Pick<BuiltQuestion, 'id' | 'text' | 'status'>>;
  topFacts: Array<Pick<Fact, 'id' | 'date' | 'text'>>;
  sidebarOpen: boolean;
  overlaysVisible: boolean;
  siteEnabled: boolean;
  sync: SyncStatus;
}

export interface OptionsStatus {
  pack: PackInfo | null;
  sync: SyncStatus;
  settings: Settings;
  /** The update URL built into the extension ('' when none); `settings.updateUrl` null follows it. */
  defaultUpdateUrl: string;
}

/**
 * The most article text a page sends to be matched: far beyond any article (the detector reads
 * 40,000 characters at most), so only a page whose article root is the whole of a huge page
 * has the rest go unmatched.
 */
export const MATCH_TEXT_MAX = 500_000;

/** What a claim card needs: the questions of the claims a page found and the sources they cite. */
export interface CardData {
  /** The language of the pack's text in `questions`. */
  packLang: PackLanguage;
  questions: LocalizedQuestion[];
  /** The claimants, reporters and copies (`via`) of those questions' claims. */
  sources: Source[];
}

/** The claim sentences found in an article's text, and the cards of their questions the page lacked. */
export interface FoundClaims {
  matches: ClaimMatch[];
  cards: CardData;
}

/** The page's UI strings by key, each with its substitutions' markers (`$1`, `$2`) in place. */
export type PageTextMessages = Record<string, string>;

const empty = v.object({});
const tabRef = v.object({ tabId: index });
const settingsPatch = v.object({
  paused: v.optional(v.boolean()),
  disabledSites: v.optional(list(text(253), 1000)),
  overlaysVisible: v.optional(v.boolean()),
  updateUrl: v.optional(v.nullable(text(2000))),
});

/**
 * Messages to the background, by sender. `request` is checked on receipt; `Reply` is the
 * answer's type (wrapped in `Result`).
 */
export const toBackground = {
  /**
   * Content script: the page's verdict, sent once per page (and again after SPA navigation),
   * with whether its sidebar is open or opens by itself (so an article's opening state costs no
   * message of its own). On a relevant page the answer brings the page's UI strings too, so
   * showing the article costs no message of its own for them.
   */
  'content:page-verdict': { sender: 'content', request: pageReportSchema },
  /**
   * Content script: the claim sentences of the article's text, with the questions of their
   * claims that the page does not hold yet (`knownQuestionIds` it does), for their cards and
   * markers. The background matches with the matchers it compiled once per pack, so a page
   * neither receives nor runs them.
   */
  'content:match-claims': { sender: 'content', request: v.object({ lang: text(8), text: text(MATCH_TEXT_MAX), knownQuestionIds: idList }) },
  /** Content script on a page the reader opened the sidebar on, though it is no article: its UI strings, in the reader's language. */
  'content:get-page-text': { sender: 'content', request: empty },
  /** Content script: the claim sentences it anchored; sets the badge. */
  'content:anchored-claims': {
    sender: 'content',
    request: v.object({ anchored: list(anchoredClaimSchema, 500) }),
  },
  /**
   * Content script: the reader opened or closed the sidebar; closings are remembered for the
   * site. Its opening by itself on an article comes with the verdict instead.
   */
  'content:sidebar-state': { sender: 'content', request: v.object({ open: v.boolean() }) },
  /** Sidebar: everything to show for the tab it is in. */
  'sidebar:get-context': { sender: 'sidebar', request: empty },
  /** Sidebar: scroll the article to a highlight and open its card. */
  'sidebar:jump-to-claim': { sender: 'sidebar', request: v.object({ index: index }) },
  /** Sidebar: the close button. */
  'sidebar:close': { sender: 'sidebar', request: empty },
  /** Popup: the summary for a tab. */
  'popup:get-tab-summary': { sender: 'popup', request: tabRef },
  /** Popup: open or close the sidebar in a tab. */
  'popup:toggle-sidebar': { sender: 'popup', request: tabRef },
  /** Popup or options: show or hide highlights everywhere. */
  'popup:set-overlays-visible': { sender: 'popup', request: v.object({ visible: v.boolean() }) },
  /** Options: pack, sync and settings. */
  'options:get-status': { sender: 'options', request: empty },
  /** Options: fetch the pack from the update URL now. */
  'options:sync-now': { sender: 'options', request: empty },
  /** Options: change settings. */
  'options:update-settings': { sender: 'options', request: settingsPatch },
} as const;

export interface BackgroundReplies {
  /** `pageText` is the page's UI strings on a relevant page, null on any other. */
  'content:page-verdict': { badge: number; pageText: PageTextMessages | null };
  'content:match-claims': FoundClaims;
  'content:get-page-text': { messages: PageTextMessages };
  'content:anchored-claims': { badge: number };
  'content:sidebar-state': null;
  'sidebar:get-context': ArticleContext;
  'sidebar:jump-to-claim': null;
  'sidebar:close': null;
  'popup:get-tab-summary': TabSummary;
  'popup:toggle-sidebar': { open: boolean };
  'popup:set-overlays-visible': null;
  'options:get-status': OptionsStatus;
  'options:sync-now': SyncOutcome;
  'options:update-settings': Settings;
}

/** Messages from the background to a tab's content script (top frame only). */
export const toContent = {
  /** Open or close the sidebar; `open` omitted means toggle. */
  'background:set-sidebar-open': { request: v.object({ open: v.optional(v.boolean()) }) },
  /** Scroll to a highlight and open its card. */
  'background:jump-to-claim': { request: v.object({ index: index }) },
} as const;

export interface ContentReplies {
  'background:set-sidebar-open': { open: boolean };
  'background:jump-to-claim': { found: boolean };
}

export type ToBackground = typeof toBackground;
export type BackgroundMessageType = keyof ToBackground;
export type BackgroundRequest<K extends BackgroundMessageType> = v.InferOutput<ToBackground[K]['request']>;
export type SenderRole = ToBackground[BackgroundMessageType]['sender'];

export type ToContent = typeof toContent;
export type ContentMessageType = keyof ToContent;
export type ContentRequest<K extends ContentMessageType> = v.InferOutput<ToContent[K]['request']>;

/** The envelope every message travels in. */
export interface Envelope<K extends string = string> {
  type: K;
  payload: unknown;
}

const envelopeSchema = v.object({ type: text(64), payload: v.unknown() });

/** Checks an incoming message against a direction's table; a clear error instead of a throw. */
export function parseMessage<T extends Record<string, { request: v.GenericSchema }>>(
  table: T,
  raw: unknown,
): Result<{ type: keyof T & string; payload: unknown }> {
  const envelope = v.safeParse(envelopeSchema, raw);
  if (!envelope.success) return { ok: false, error: 'not a Mobilization Context message' };
  const { type, payload } = envelope.output;
  if (!Object.hasOwn(table, type)) return { ok: false, error: `unknown message type "${type}"` };
  const entry = table[type as keyof T] as T[keyof T];
  const checked = v.safeParse(entry.request, payload ?? {});
  if (!checked.success) return { ok: false, error: `invalid payload for "${type}": ${v.summarize(checked.issues)}` };
  return { ok: true, value: { type: type as keyof T & string, payload: checked.output } };
}
