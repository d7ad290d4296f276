import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/pack/fact-pack-schema';
import { ENGLISH_LABELS } from '../content/overlays/overlay-labels';
import { claimDates, linkedSite, reporterWithVia } from './claim-attribution';

const sources = new Map<string, Source>([
  ['interfax', { id: 'interfax', name: 'Interfax', kind: 'agency' }],
  ['yahoo', { id: 'yahoo', name: 'Yahoo News', kind: 'aggregator' }],
]);
const sourceOf = (id: string) => sources.get(id);

describe('honest claim metadata', () => {
  it('gives both dates when the claim was said on another day than the report', () => {
    expect(claimDates({ eventDate: '2022-09-21', publishedAt: '2022-11-04' }, 'en-GB', ENGLISH_LABELS)).toBe('said 21 Sept 2022 \u00B7 reported 4 Nov 2022');
    expect(claimDates({ eventDate: '2022-09-21', publishedAt: '2022-09-21' }, 'en-GB', ENGLISH_LABELS)).toBe('21 Sept 2022');
  });

  it('names the original reporter and the copy the link opens', () => {
    expect(reporterWithVia({ reporter: 'interfax', via: 'yahoo' }, sourceOf, ENGLISH_LABELS)).toBe('Interfax, via Yahoo News');
    expect(linkedSite({ reporter: 'interfax', via: 'yahoo' }, sourceOf)).toBe('Yahoo News');
    expect(reporterWithVia({ reporter: 'interfax' }, sourceOf, ENGLISH_LABELS)).toBe('Interfax');
    expect(linkedSite({ reporter: 'interfax' }, sourceOf)).toBe('Interfax');
  });
});
