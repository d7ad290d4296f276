import {
  PACK_LANGUAGES,
  type AssessedClaim,
  type BuiltQuestion,
  type Citation,
  type Fact,
  type LanguageTranslations,
  type PackLanguage,
  type Source,
} from './fact-pack-schema';

/**
 * The pack in one interface language: translated fields replace the English ones, and quotes
 * keep their own language with the translation beside them. A field without a translation
 * (a pack that predates one) stays English rather than vanishing.
 */

/** A claim as a reader sees it: `quote` stays original, `quoteTranslation` is in the reader's language. */
export type LocalizedClaim = AssessedClaim & { quoteTranslation?: string };
export type LocalizedQuestion = Omit<BuiltQuestion, 'claims'> & { claims: LocalizedClaim[] };
export type LocalizedCitation = Citation & { quoteTranslation?: string };
export type LocalizedFact = Omit<Fact, 'citations'> & { citations: LocalizedCitation[] };

/** The pack language for a browser UI language ("ru", "uk-UA"); English for any other. */
export function choosePackLanguage(uiLanguage: string): PackLanguage {
  const primary = uiLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (PACK_LANGUAGES as readonly string[]).includes(primary) ? (primary as PackLanguage) : 'en';
}

export const NO_TRANSLATIONS: LanguageTranslations = { facts: {}, questions: {}, claims: {}, sources: {}, units: {} };

export class PackLocalizer {
  /** Made on the first unit that inflects, once per localizer rather than once per claim. */
  private plurals: Intl.PluralRules | undefined;

  constructor(
    readonly lang: PackLanguage,
    private readonly dictionary: LanguageTranslations = NO_TRANSLATIONS,
  ) {}

  private field(kind: keyof Omit<LanguageTranslations, 'units'>, id: string, path: string): string | undefined {
    const fields = this.dictionary[kind][id];
    return fields && Object.hasOwn(fields, path) ? fields[path] : undefined;
  }

  /** The unit as it reads after `count` in this language. */
  private unit(unit: string, count: number): string {
    const translated = Object.hasOwn(this.dictionary.units, unit) ? this.dictionary.units[unit] : undefined;
    if (translated === undefined || typeof translated === 'string') return translated ?? unit;
    const category = (this.plurals ??= new Intl.PluralRules(this.lang)).select(count);
    return category === 'one' || category === 'few' || category === 'many' ? translated[category] : translated.other;
  }

  claim(claim: AssessedClaim): LocalizedClaim {
    const text = (path: string, english: string) => this.field('claims', claim.id, path) ?? english;
    // A range agrees with its upper bound, as "от 600 до 700 тысяч" does with 700.
    const value =
      claim.value.kind === 'statement'
        ? { ...claim.value, text: text('value.text', claim.value.text) }
        : { ...claim.value, unit: this.unit(claim.value.unit, claim.value.kind === 'number' ? claim.value.value : claim.value.max) };
    const localized: LocalizedClaim = { ...claim, value };
    if (claim.scope) localized.scope = text('scope', claim.scope);
    if (claim.assessment) localized.assessment = { ...claim.assessment, reason: text('assessment.reason', claim.assessment.reason) };
    const quoteTranslation = claim.quote && claim.lang !== this.lang ? this.field('claims', claim.id, 'quote') : undefined;
    if (quoteTranslation) localized.quoteTranslation = quoteTranslation;
    return localized;
  }

  question(question: BuiltQuestion): LocalizedQuestion {
    const localized: LocalizedQuestion = {
      ...question,
      text: this.field('questions', question.id, 'text') ?? question.text,
      claims: question.claims.map((claim) => this.claim(claim)),
    };
    if (question.note) localized.note = this.field('questions', question.id, 'note') ?? question.note;
    return localized;
  }

  fact(fact: Fact): LocalizedFact {
    return {
      ...fact,
      text: this.field('facts', fact.id, 'text') ?? fact.text,
      citations: fact.citations.map((citation, index) => {
        const translation = citation.quote && (citation.lang ?? 'en') !== this.lang ? this.field('facts', fact.id, `citations.${index}.quote`) : undefined;
        return translation ? { ...citation, quoteTranslation: translation } : citation;
      }),
    };
  }

  source(source: Source): Source {
    return source.role ? { ...source, role: this.field('sources', source.id, 'role') ?? source.role } : source;
  }
}
