/** The keyring packs may be signed under (assets/keys/keyring.json, or MC_PACK_KEYRING in test builds). */
declare const __MC_PACK_KEYRING__: unknown;
/** The update URL built in (MC_PACK_UPDATE_URL); empty in development and test builds. */
declare const __MC_PACK_UPDATE_URL__: string;
