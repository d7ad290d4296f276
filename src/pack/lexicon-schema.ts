import { z } from 'zod';

/**
 * The detection lexicon shipped in the fact pack, so that a pack update improves detection
 * without a new release. Terms are matched case-insensitively against normalized text
 * (ё→е, typographic apostrophes → ', thousands separators removed: "300,000" → "300000").
 * A word ending in `*` matches as a word prefix (for inflected languages), also inside
 * multi-word terms ("частичн* мобилизац*"); spaces and hyphens in a term match either. A word
 * `#` stands for a count written in digits ("რუსეთის # მოქალაქე* შემო*": Russia's N citizens came
 * in), for languages that put the number between a phrase's words.
 */
/** A term's text: at least one word besides the count `#`, which alone would match any number. */
const termText = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .refine((term) => term.split(/[\s-]+/).some((word) => word !== '' && word !== '#'), { message: 'a term needs a word besides the count "#"' });

export const lexiconTermSchema = z.object({
  term: termText,
  weight: z.number().min(0).max(10),
  /**
   * russia: names Russia, its leaders or places (an anchor, scores nothing alone);
   * mobilization: the call-up vocabulary, which counts fully only near a Russia anchor,
   * because the same words describe Ukraine's, Israel's or a union's mobilization;
   * phrase: a multi-word signal specific to the Russian call-up that counts on its own;
   * context: follow-up vocabulary (exodus, loan holidays...) that counts only once the
   * page already has a core signal, and mostly serves to tag topics;
   * rival: names another state, its institutions or leaders whose own call-up uses the same
   * words (Ukraine's recruitment centres, the Rada, Israel's army): a call-up term closer to
   * a rival than to any Russia anchor is about that state's mobilization, not Russia's.
   */
  role: z.enum(['russia', 'mobilization', 'phrase', 'context', 'rival']),
  /** Pack topic tags (see TOPICS in fact-pack-schema.ts) the term is evidence for. */
  topics: z.array(z.string()).optional(),
  /**
   * A call-up word that routine spring and autumn conscription reports do not use
   * ("mobilization" itself, reservists): its presence is a sign of the 2022 call-up, so the
   * text's call-up words keep that sense next to routine-conscription markers.
   */
  sign: z.boolean().optional(),
  /**
   * A phrase of the exodus's aftermath that dates the story after the call-up without naming it:
   * those who left coming back ("Russians who returned", "вернулись в Россию"), or the departure
   * told as a past year ("left Russia in 2022"). It weighs like the near-misses' `laterWar`
   * against the markers of the war's first weeks, and like any exodus phrase it does not say that
   * Russia calls men up (no lower bar for a short item).
   */
  laterWar: z.boolean().optional(),
  /**
   * The term names an institution only Russia has (Gosuslugi, the state services portal the
   * electronic summons are served through): it anchors Russia like a `russia` term, besides
   * counting in its own role, so a Russian report on the summons law that never writes
   * "Russia" still reads its call-up words as Russia's.
   */
  anchor: z.boolean().optional(),
  /** With the `rival` role: the term names another state's people (see nearMissSchema.people). */
  people: z.boolean().optional(),
});
export type LexiconTerm = z.infer<typeof lexiconTermSchema>;

/** A term that signals another sense of "mobilization" (strikes, Ukraine's own call-up, 1941...). */
export const nearMissSchema = z.object({
  term: termText,
  penalty: z.number().min(0).max(10),
  note: z.string().max(200).optional(),
  /**
   * The term also names another state or its institutions (Ukraine's recruitment centres,
   * Israel's army), and acts as a rival anchor besides its penalty: see the `rival` role.
   */
  rival: z.boolean().optional(),
  /**
   * With `rival`: the term names the state's people ("Ukrainians"), not its state, army or men of
   * call-up age. Only such a name can stand for refugees ("Ukrainians who fled the war") and so
   * lose its rival anchor next to an exodus word; "men of 18 to 60" barred from leaving, or a
   * state's border guards, stay that state's call-up whatever verb follows.
   */
  people: z.boolean().optional(),
  /**
   * With `rival`: the term is a rival anchor only on a page where one of these terms (same
   * language) also stands. 22 June, the day the 1941 call-up began, dates any story: a report that
   * the Duma passed a law on the mobilized "on 22 June" is Russia's call-up, a page on the 1941
   * telegrams names 1941 too.
   */
  rivalWith: z.array(termText).min(1).optional(),
  /**
   * The term gives the call-up words next to it another meaning (reservists summoned for their
   * annual training, not the call-up): a call-up term within two sentences of it counts as
   * little as one about another state's call-up. Call-up phrases are not affected.
   */
  otherSense: z.boolean().optional(),
  /**
   * The term marks routine spring or autumn conscription (the decree on the regular call-up,
   * conscripts aged 18 to 30). Read over the whole text, not per mention: when most call-up
   * mentions sit next to such markers and the text shows no sign of the 2022 call-up, every
   * call-up mention is in that sense (see otherSenseSubject in src/detect/topic-score.ts).
   */
  routine: z.boolean().optional(),
  /**
   * The penalty counts once per page however often the term occurs: a state's bare name says
   * that the state is named, and repeating it says nothing more about whose call-up the page
   * reports (Israel is also where many who left Russia went, so a story on their arrival names
   * it in every paragraph). Terms for its army, its leaders or its wars keep counting per mention.
   */
  once: z.boolean().optional(),
  /**
   * The words name a call-up any state may order ("general mobilization": Ukraine's since 2022,
   * and the one rumours and denials say Russia might declare next): the penalty holds only where
   * no Russia anchor stands within two sentences or another state's anchor stands nearer. Next to
   * Russia, they report Russia's call-up, and said of Russia in their own sentence they count as a
   * later wave (see GENERAL_CALL_UP_WEIGHT in src/detect/topic-score.ts). The pre-filter counts them
   * among the terms a relevant page needs (topic-fragments.ts).
   */
  unlessRussian: z.boolean().optional(),
  /**
   * The words date the story to the first weeks of the war, months before the call-up ("weeks
   * after the invasion", "since February", "in the first days of the war"). Read over the whole
   * text: when such markers outweigh the signs of the call-up itself, the story is the spring 2022
   * exodus or a war report, and its call-up and exodus words count as little as another state's
   * (see earlyWarSubject in src/detect/topic-score.ts). A page that dates itself is read by its
   * date; these markers read the pages that do not.
   */
  earlyWar: z.boolean().optional(),
  /**
   * The words date the story a year or more into the war ("a year after the invasion", "a year
   * after the call-up", "last year"): it looks back on the spring exodus rather than telling of it,
   * so they weigh against the markers of the war's first weeks. No penalty.
   */
  laterWar: z.boolean().optional(),
});
export type NearMiss = z.infer<typeof nearMissSchema>;

/**
 * Unicode scripts a language can be recognised by, as named in `\p{Script=...}`. Languages
 * written without spaces between words (Japanese, Chinese) cannot be recognised by function
 * words, and the scripts of Georgian and Armenian identify them outright.
 */
export const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Georgian', 'Armenian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew'] as const;

const langCode = z.string().regex(/^[a-z]{2}$/);

export const languageLexiconSchema = z
  .object({
    lang: langCode,
    /** Frequent function words, used to recognise the page's language from a text sample. */
    markers: z.array(z.string().min(1).max(20)),
    /**
     * Scripts whose letters make up this language's text; the language whose scripts cover
     * most of a sample's letters (the narrowest set on a tie) is the sample's language.
     */
    scripts: z.array(z.enum(SCRIPTS)).min(1).optional(),
    /** Other language codes pages declare for text this lexicon reads (Croatian and Bosnian for Serbian). */
    aliases: z.array(langCode).optional(),
    terms: z.array(lexiconTermSchema).min(1),
    nearMisses: z.array(nearMissSchema),
    /**
     * Words that close a teaser and send the reader to the full story elsewhere ("read more",
     * "weiterlesen", "читать далее"): a text dense with them is a roundup, a tag page or an
     * aggregator's excerpt laid out like an article, not the article itself.
     */
    teaserMarkers: z.array(z.string().trim().min(2).max(40)).optional(),
    /**
     * The word for thousand as written after a figure ("120 тысяч", "120 bin"), so that a
     * routine draft's size reads as a count when written with it (src/detect/topic-score.ts's
     * draft sizes); a word ending in `*` is a stem that takes any ending. One word each, none
     * for languages that count in other units (Chinese and Japanese 万 also counts troops and arrivals).
     */
    thousandWords: z.array(z.string().trim().regex(/^[^\s]{2,20}$/)).optional(),
  })
  .refine((language) => language.markers.length >= 5 || (language.scripts?.length ?? 0) > 0, {
    message: 'a language needs at least five marker words or the scripts it is written in',
    path: ['markers'],
  });
export type LanguageLexicon = z.infer<typeof languageLexiconSchema>;

export const lexiconSchema = z.object({
  languages: z.array(languageLexiconSchema).min(1),
  /** Score a page must reach to count as about the mobilization. */
  threshold: z.number().positive(),
  /**
   * Score the cheap stage (title, metadata and a short text sample) must reach before the
   * detector reads and scores the whole article text.
   */
  sampleThreshold: z.number().positive(),
  /**
   * Lower-case fragments of URL paths that hint at the topic in any language or
   * transliteration ("mobiliz", "teilmobil", "chastichn"); they let a page with a
   * telling address reach the full stage even when its sample says little.
   */
  urlHints: z.array(z.string().min(3).max(40)),
  /**
   * ISO date (YYYY-MM-DD) the topic's coverage begins (the eve of the call-up decree, when the
   * Duma passed its penalties and the address was first expected): a page that declares an
   * earlier publication date cannot report it, whatever words it shares with it (the spring
   * 2022 exodus, objectors seeking asylum before the call-up).
   */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * Years after the call-up's own, written the same in every language ("2023"): a year named in
   * a story dates it after the call-up, so it weighs like the near-misses' `laterWar` against the
   * markers of the war's first weeks, with no penalty. One list for every language, compiled into
   * each, instead of a copy in every language file (the added languages lacked it).
   */
  laterYears: z.array(z.string().regex(/^\d{4}$/)).optional(),
});
export type Lexicon = z.infer<typeof lexiconSchema>;
