declare const __MC_PACK_PUBLIC_KEY__: string;
/** The lexicon's topic fragments (scripts/lexicon-topic-fragments.ts), inlined at build time for the content script's pre-filter. */
declare const __MC_TOPIC_FRAGMENTS__: ReadonlyArray<import('../src/detect/topic-fragments').TopicFragment>;
