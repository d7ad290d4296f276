import type { QuestionStatus } from '../../src/pack/fact-pack-schema';
import { t, type MessageKey } from './i18n';

const LABELS: Record<QuestionStatus, MessageKey> = {
  consensus: 'statusConsensus',
  range: 'statusRange',
  disputed: 'statusDisputed',
};

/** A glyph per status, so the badge differs in shape as well as colour and words. */
const GLYPHS: Record<QuestionStatus, string> = {
  consensus: '\u2713',
  range: '\u2194',
  disputed: '!',
};

/** Whether sources agree on a question, in words (colour and glyph only reinforce them). */
export function StatusBadge({ status }: { status: QuestionStatus }) {
  return (
    <span class={`status-badge status-badge--${status}`}>
      <span class="status-badge__glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      {t(LABELS[status])}
    </span>
  );
}
