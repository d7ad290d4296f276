import type { AssessedClaim, FactPack } from './fact-pack-schema';
import type { Lexicon } from './lexicon-schema';
import { isOnSite } from './link-site';
import type { PackIssue, PathSegment } from './pack-error';

/** What integrity needs: the authored pack, the built one (which adds fields), or the parts that parsed. */
export type CheckedPack = Pick<FactPack, 'publishedAt' | 'sources' | 'facts' | 'questions'> & {
  /** Built per-language matchers or authored concept matchers: only their references are checked. */
  matchers: ReadonlyArray<Pick<FactPack['matchers'][number], 'id' | 'questionId' | 'claimIds'>>;
  lexicon: Pick<Lexicon, 'languages'>;
};

/** Reports every id used twice within one kind of record (claims: across the whole pack). */
class IdRegistry {
  private readonly seen = new Map<string, PathSegment[]>();

  constructor(
    private readonly kind: string,
    private readonly issues: PackIssue[],
  ) {}

  add(id: string, path: PathSegment[]): void {
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, path);
    else this.issues.push({ path: [...path, 'id'], message: `duplicate ${this.kind} id "${id}"`, related: first });
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }
}

/**
 * The rules a schema cannot express because they relate records to each other: unique ids,
 * references that resolve, disputes within one question, matchers that point at real claims,
 * and dates that make sense. Returns every problem, located by its path in the pack.
 */
export function checkPackIntegrity(pack: CheckedPack): PackIssue[] {
  const issues: PackIssue[] = [];
  const sources = new IdRegistry('source', issues);
  pack.sources.forEach((source, index) => sources.add(source.id, ['sources', index]));

  const requireSource = (id: string, path: PathSegment[], role: string) => {
    if (!sources.has(id)) issues.push({ path, message: `${role} "${id}" is not a source id in sources` });
  };
  // The reader is told whose page a link opens: the named source's own site, or the copy's
  // site named in `via`. A source without a site of its own (an official) is not checked.
  const siteOf = new Map(pack.sources.map((source) => [source.id, source.url]));
  const requireLinkedSite = (link: string, named: string, via: string | undefined, path: PathSegment[]) => {
    const linked = via ?? named;
    const site = siteOf.get(linked);
    if (site !== undefined && !isOnSite(link, site)) {
      issues.push({ path: [...path, 'url'], message: `the link is not on ${site} (the site of "${linked}"): name the site it opens in "via"` });
    }
  };
  const requireNotAfterPublication = (date: string, path: PathSegment[]) => {
    if (date > pack.publishedAt) issues.push({ path, message: `date ${date} is after the pack's publishedAt ${pack.publishedAt}` });
  };

  const facts = new IdRegistry('fact', issues);
  pack.facts.forEach((fact, index) => {
    const at: PathSegment[] = ['facts', index];
    facts.add(fact.id, at);
    requireNotAfterPublication(fact.date, [...at, 'date']);
    if (fact.until !== undefined && fact.until < fact.date) {
      issues.push({ path: [...at, 'until'], message: `until ${fact.until} is before the fact's date ${fact.date}` });
    }
    fact.citations.forEach((citation, cited) => {
      const citedAt = [...at, 'citations', cited];
      requireSource(citation.source, [...citedAt, 'source'], 'citation source');
      if (citation.via !== undefined) requireSource(citation.via, [...citedAt, 'via'], 'via');
      requireLinkedSite(citation.url, citation.source, citation.via, citedAt);
      requireNotAfterPublication(citation.date, [...citedAt, 'date']);
    });
  });

  const questions = new IdRegistry('question', issues);
  const claims = new IdRegistry('claim', issues);
  const claimsByQuestion = new Map<string, Set<string>>();
  pack.questions.forEach((question, index) => {
    const at: PathSegment[] = ['questions', index];
    questions.add(question.id, at);
    const own = new Set(question.claims.map((claim) => claim.id));
    claimsByQuestion.set(question.id, own);
    question.claims.forEach((claim, position) => {
      const claimAt = [...at, 'claims', position];
      claims.add(claim.id, claimAt);
      requireSource(claim.claimant, [...claimAt, 'claimant'], 'claimant');
      requireSource(claim.reporter, [...claimAt, 'reporter'], 'reporter');
      if (claim.via !== undefined) requireSource(claim.via, [...claimAt, 'via'], 'via');
      requireLinkedSite(claim.url, claim.reporter, claim.via, claimAt);
      requireNotAfterPublication(claim.publishedAt, [...claimAt, 'publishedAt']);
      if (claim.eventDate > claim.publishedAt) issues.push({ path: [...claimAt, 'eventDate'], message: `event date ${claim.eventDate} is after the report's ${claim.publishedAt}` });
      claim.disputes?.forEach((disputed, which) => {
        const disputesAt = [...claimAt, 'disputes', which];
        if (disputed === claim.id) issues.push({ path: disputesAt, message: 'a claim cannot dispute itself' });
        else if (!own.has(disputed)) issues.push({ path: disputesAt, message: `disputed claim "${disputed}" is not in question "${question.id}"` });
      });
    });
  });

  checkAssessments(pack, facts, claims, issues);

  const matchers = new IdRegistry('matcher', issues);
  pack.matchers.forEach((matcher, index) => {
    const at: PathSegment[] = ['matchers', index];
    matchers.add(matcher.id, at);
    const own = claimsByQuestion.get(matcher.questionId);
    if (!own) {
      issues.push({ path: [...at, 'questionId'], message: `question "${matcher.questionId}" does not exist` });
      return;
    }
    matcher.claimIds?.forEach((claimId, which) => {
      if (!own.has(claimId)) {
        issues.push({ path: [...at, 'claimIds', which], message: `claim "${claimId}" is not in question "${matcher.questionId}"` });
      }
    });
  });

  const languages = new Set<string>();
  pack.lexicon.languages.forEach((language, index) => {
    if (languages.has(language.lang)) issues.push({ path: ['lexicon', 'languages', index, 'lang'], message: `duplicate lexicon language "${language.lang}"` });
    languages.add(language.lang);
  });

  return issues;
}

/** Why a claim must carry an assessment, or null when it need not. */
function assessmentRequiredBecause(claim: AssessedClaim, disputed: ReadonlySet<string>): string | null {
  if (claim.seed) return 'it comes from a seed article';
  if (claim.disputes && claim.disputes.length > 0) return 'it disputes another claim';
  if (disputed.has(claim.id)) return 'another claim disputes it';
  return null;
}

/**
 * Assessments: every seed claim and every claim in a recorded dispute has one, and each rests
 * on evidence that exists and is not the claim alone.
 */
function checkAssessments(pack: CheckedPack, facts: IdRegistry, claims: IdRegistry, issues: PackIssue[]): void {
  pack.questions.forEach((question, index) => {
    const disputed = new Set(question.claims.flatMap((claim) => claim.disputes ?? []));
    question.claims.forEach((claim, position) => {
      const claimAt: PathSegment[] = ['questions', index, 'claims', position];
      const { assessment } = claim;
      if (!assessment) {
        const because = assessmentRequiredBecause(claim, disputed);
        if (because) issues.push({ path: claimAt, message: `claim "${claim.id}" needs an assessment: ${because}` });
        return;
      }
      const at: PathSegment[] = [...claimAt, 'assessment', 'evidence'];
      const others = assessment.evidence.claims.filter((cited) => cited !== claim.id);
      if (others.length === 0 && assessment.evidence.facts.length === 0) {
        issues.push({ path: at, message: 'an assessment needs evidence: at least one claim or fact id other than the claim itself' });
      }
      assessment.evidence.claims.forEach((cited, which) => {
        if (!claims.has(cited)) issues.push({ path: [...at, 'claims', which], message: `evidence claim "${cited}" does not exist` });
      });
      assessment.evidence.facts.forEach((cited, which) => {
        if (!facts.has(cited)) issues.push({ path: [...at, 'facts', which], message: `evidence fact "${cited}" does not exist` });
      });
    });
  });
}
