import type { Topic } from '../../src/pack/fact-pack-schema';
import { t, type MessageKey } from '../ui/i18n';

/** Pack topics as words in the reader's language; a new topic without a label fails to compile. */
const TOPIC_KEYS: Record<Topic, MessageKey> = {
  announcement: 'topicAnnouncement',
  numbers: 'topicNumbers',
  exodus: 'topicExodus',
  borders: 'topicBorders',
  returns: 'topicReturns',
  legal: 'topicLegal',
  benefits: 'topicBenefits',
  'wrongful-callups': 'topicWrongfulCallups',
  protests: 'topicProtests',
  belarus: 'topicBelarus',
  completion: 'topicCompletion',
  'law-2023': 'topicLaw2023',
  'later-waves': 'topicLaterWaves',
  deferments: 'topicDeferments',
  rotation: 'topicRotation',
  casualties: 'topicCasualties',
  recruitment: 'topicRecruitment',
};

/**
 * Topics in the pack's order, from this table rather than the schema's `TOPICS`: importing the
 * schema module would bundle zod into the sidebar.
 */
export const TOPIC_ORDER = Object.keys(TOPIC_KEYS) as Topic[];

export function isTopic(value: string): value is Topic {
  return Object.hasOwn(TOPIC_KEYS, value);
}

export function topicLabel(topic: Topic): string {
  return t(TOPIC_KEYS[topic]);
}
