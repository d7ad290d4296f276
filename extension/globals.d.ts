declare const __MC_PACK_PUBLIC_KEY__: string;
