/**
 * Shoigu's report of the end of the mobilization is often told with a noun: "reported on the
 * completion of partial mobilization measures", "über den erfolgreichen Abschluss der
 * Teilmobilmachung". Those nouns now say the mobilization is over; the completion of anything
 * else (training) stays unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('the completion of the mobilization, said with a noun', () => {
  it('highlights a report on the completion of the mobilization', () => {
    expect(questions('Defense Minister Sergei Shoigu told President Vladimir Putin about the completion of the partial mobilization.', 'en')).toContain('when-mobilization-complete');
    expect(questions('Schoigu meldete Präsident Putin den erfolgreichen Abschluss der Teilmobilmachung.', 'de')).toContain('when-mobilization-complete');
  });

  it('stays silent on the completion of training', () => {
    expect(questions('The completion of training for the mobilized will take another month.', 'en')).not.toContain('when-mobilization-complete');
    expect(questions('Nach Abschluss der Ausbildung werden die Mobilisierten an die Front geschickt.', 'de')).not.toContain('when-mobilization-complete');
  });
});
