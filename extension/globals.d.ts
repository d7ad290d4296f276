/** The keyring packs may be signed under (assets/keys/keyring.json, or MC_PACK_KEYRING in test builds). */
declare const __MC_PACK_KEYRING__: unknown;
/** The update URL built in (MC_PACK_UPDATE_URL); empty in development and test builds. */
declare const __MC_PACK_UPDATE_URL__: string;
/** The lexicon's topic fragments (scripts/lexicon-topic-fragments.ts), inlined at build time for the content script's pre-filter. */
declare const __MC_TOPIC_FRAGMENTS__: import('../src/detect/topic-fragments').PackedTopicFragments;
/** The content script's controller chunk, as a path inside the extension (build/content-first-chunk.ts). */
declare const __MC_CONTROLLER_PATH__: string;
