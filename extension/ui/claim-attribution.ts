import type { Claim, Source } from '../../src/pack/fact-pack-schema';
import { formatDate } from './format-date';
import { sourceLabel } from './source-label';

/**
 * Honest metadata of a claim, shared by the sidebar and the card: when it was said and when
 * the linked report came out (both, when they differ), who reported it, and which site the
 * link actually opens when it is a copy of the reporter's original.
 */
export interface AttributionWords {
  /** "said $1" */
  said(date: string): string;
  /** "reported $1" */
  reported(date: string): string;
  /** "$1, via $2" */
  via(reporter: string, site: string): string;
}

/** "said 21 Sept 2022 · reported 4 Nov 2022", or one date when both are the same day. */
export function claimDates(claim: Pick<Claim, 'eventDate' | 'publishedAt'>, locale: string, words: AttributionWords): string {
  const said = formatDate(claim.eventDate, locale);
  if (claim.eventDate === claim.publishedAt) return said;
  return `${words.said(said)} \u00B7 ${words.reported(formatDate(claim.publishedAt, locale))}`;
}

/** "Interfax, via Yahoo News" when the link is a copy; the reporter alone otherwise. */
export function reporterWithVia(claim: Pick<Claim, 'reporter' | 'via'>, sourceOf: (id: string) => Source | undefined, words: AttributionWords): string {
  const reporter = sourceLabel(sourceOf(claim.reporter), claim.reporter);
  if (!claim.via || claim.via === claim.reporter) return reporter;
  return words.via(reporter, sourceLabel(sourceOf(claim.via), claim.via));
}

/** The name of the site the claim's link opens: the copy's site, or the reporter's. */
export function linkedSite(claim: Pick<Claim, 'reporter' | 'via'>, sourceOf: (id: string) => Source | undefined): string {
  const id = claim.via ?? claim.reporter;
  return sourceOf(id)?.name ?? id;
}
