/**
 * The real matchers in assets/pack/matchers against the seed articles and against the same
 * claims as other outlets write them. The seed texts are read from ../shared/seeds at run
 * time (they are never copied into the repository).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimMatcherSchema, type ClaimMatcher } from '../pack/matcher-schema';
import { compileMatchers, findClaims } from './claim-matcher';

const ASSETS = join(import.meta.dirname, '..', '..', 'assets', 'pack');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const matcherFiles = readdirSync(join(ASSETS, 'matchers')).filter((file) => file.endsWith('.json'));
const matchers: ClaimMatcher[] = matcherFiles.flatMap((file) =>
  claimMatcherSchema.array().parse(readJson(join(ASSETS, 'matchers', file))),
);
const compiled = compileMatchers(matchers);

/** "questionId: first 40 characters of the sentence" for each match, in text order. */
function matchedSentences(text: string): string[] {
  return findClaims(text, compiled).map((match) => `${match.questionId}: ${text.slice(match.start, match.end).slice(0, 40)}`);
}

describe('pack matchers', () => {
  it('are valid, uniquely named, filed by question and point at claims of their question', () => {
    const ids = new Set<string>();
    for (const file of matcherFiles) {
      const questionId = file.replace(/\.json$/, '');
      const question = readJson(join(ASSETS, 'questions', file)) as { id: string; claims: Array<{ id: string }> };
      const claimIds = new Set(question.claims.map((claim) => claim.id));
      for (const matcher of claimMatcherSchema.array().parse(readJson(join(ASSETS, 'matchers', file)))) {
        expect(matcher.questionId, matcher.id).toBe(questionId);
        expect(ids.has(matcher.id), `duplicate id ${matcher.id}`).toBe(false);
        ids.add(matcher.id);
        for (const claimId of matcher.claimIds ?? []) expect(claimIds.has(claimId), `${matcher.id} → ${claimId}`).toBe(true);
      }
    }
  });
});

describe.skipIf(!existsSync(SEEDS))('pack matchers on the seed articles', () => {
  it('seed A (EuroNews247): exactly its claim sentences', () => {
    const text = readFileSync(join(SEEDS, '000_99e39195f8b5e017.txt'), 'utf8');
    expect(matchedSentences(text)).toEqual([
      'how-many-left-russia: After Vladimir Putin announced the milit',
      'how-many-left-russia: The Kremlin itself acknowledges that 700',
      'how-many-returned: But according to recent statistics the f',
      'more-waves: But according to recent statistics the f',
      'when-mobilization-complete: On Monday 7 November, Putin told reporte',
      'how-many-mobilized: On Monday 7 November, Putin told reporte',
      'penalties-for-leavers: Influential Russian lawmaker Andrei Klim',
      'more-waves: Meanwhile experts have predicted that it',
    ]);
  });

  it('seed B (Axios): exactly its claim sentences', () => {
    const text = readFileSync(join(SEEDS, '003_b6c9d42d5043a24d.txt'), 'utf8');
    expect(matchedSentences(text)).toEqual([
      'how-many-mobilized: Driving the news: The exodus signaled th',
      'border-queues: State of play: Lines of cars packed with',
      'finland-eu-arrivals: State of play: Lines of cars packed with',
      'georgia-arrivals: State of play: Lines of cars packed with',
      'kazakhstan-arrivals: State of play: Lines of cars packed with',
      'belarus-stance: Some have fled to Belarus, a close Russi',
      'who-can-be-called-up: While Putin has said that only veterans ',
      'wrongful-callups: In the poor, rural region of Buryatia, m',
      'wrongful-callups: Governor Alexei Tsydanov released a stat',
      'draftee-benefits: The other side: Russian authorities have',
    ]);
  });

  it('names the seed claims each sentence states', () => {
    const text = readFileSync(join(SEEDS, '000_99e39195f8b5e017.txt'), 'utf8');
    const byQuestion = Object.fromEntries(findClaims(text, compiled).map((match) => [`${match.questionId}@${match.start}`, match.claimIds]));
    expect(Object.values(byQuestion)).toContainEqual(['left-seed-kremlin-700k']);
    expect(Object.values(byQuestion)).toContainEqual(['done-seed-putin-7-nov', 'done-seed-shoigu-last-week']);
  });
});

describe('pack matchers in other languages', () => {
  const claims = (text: string) => findClaims(text, compiled).map((match) => match.claimIds[0] ?? match.questionId);

  it.each([
    // 700,000 left
    ['en', 'Some 700k people have fled Russia since the mobilization began.', 'left-forbes-600-700k'],
    ['ru', 'По данным Forbes, из России после объявления мобилизации уехали 700 тысяч человек.', 'left-forbes-600-700k'],
    ['ru', 'Россию покинули около семисот тысяч человек.', 'left-forbes-600-700k'],
    ['uk', 'Після оголошення мобілізації з росії виїхали 700 тис. осіб.', 'left-forbes-600-700k'],
    ['uk', 'Росію покинули сімсот тисяч чоловіків.', 'left-forbes-600-700k'],
    ['de', 'Seit der Teilmobilmachung haben rund 700.000 Menschen Russland verlassen.', 'left-forbes-600-700k'],
    ['fr', 'Environ 700 000 personnes ont quitté la Russie depuis la mobilisation.', 'left-forbes-600-700k'],
    ['es', 'Unas 700.000 personas han huido de Rusia desde la movilización.', 'left-forbes-600-700k'],
    ['it', 'Circa settecentomila persone hanno lasciato la Russia dopo la mobilitazione.', 'left-forbes-600-700k'],
    // 261,000 (FSB)
    ['en', 'The FSB counted 261,000 men leaving between 21 and 24 September.', 'left-fsb-261k'],
    ['ru', 'По подсчётам ФСБ, страну покинули 261 тыс. мужчин.', 'left-fsb-261k'],
    ['uk', 'За даними ФСБ, країну покинули 261 тисяча чоловіків.', 'left-fsb-261k'],
    ['de', 'Laut FSB haben 261.000 Männer das Land verlassen.', 'left-fsb-261k'],
    // 300,000 target
    ['en', 'Shoigu said 300,000 reservists would be called up.', 'mob-shoigu-300k-target'],
    ['ru', 'Шойгу заявил, что будут призваны 300 тысяч резервистов.', 'mob-shoigu-300k-target'],
    ['ru', 'Планируется мобилизовать триста тысяч человек.', 'mob-shoigu-300k-target'],
    ['uk', 'Шойгу заявив, що буде мобілізовано 300 тисяч резервістів.', 'mob-shoigu-300k-target'],
    ['de', 'Es sollen 300.000 Reservisten eingezogen werden.', 'mob-shoigu-300k-target'],
    ['fr', 'La Russie va mobiliser 300 000 réservistes.', 'mob-shoigu-300k-target'],
    ['es', 'Rusia movilizará a 300.000 reservistas.', 'mob-shoigu-300k-target'],
    ['it', 'La Russia richiamerà 300 mila riservisti.', 'mob-shoigu-300k-target'],
    // 318,000
    ['en', 'Putin said 318,000 men had been mobilized.', 'mob-putin-318k'],
    ['ru', 'Путин заявил, что мобилизованы 318 тысяч человек.', 'mob-putin-318k'],
    ['uk', 'Путін заявив, що мобілізовано 318 тис. осіб.', 'mob-putin-318k'],
    ['de', 'Putin zufolge wurden 318.000 Männer mobilisiert.', 'mob-putin-318k'],
    ['fr', 'Poutine affirme que 318 000 hommes ont été mobilisés.', 'mob-putin-318k'],
    ['es', 'Putin dijo que 318.000 hombres fueron movilizados.', 'mob-putin-318k'],
    ['it', 'Putin ha detto che sono stati mobilitati 318.000 uomini.', 'mob-putin-318k'],
    // 222,000
    ['en', 'In Astana, Putin said 222,000 had been mobilised.', 'mob-putin-222k'],
    ['ru', 'В Астане Путин сообщил, что мобилизовано 222 тысячи человек.', 'mob-putin-222k'],
    ['uk', 'Путін повідомив, що мобілізовано двісті двадцять дві тисячі осіб.', 'mob-putin-222k'],
    ['de', 'Bisher seien 222.000 Reservisten einberufen worden.', 'mob-putin-222k'],
    ['fr', '222 000 réservistes ont déjà été mobilisés.', 'mob-putin-222k'],
    ['es', 'Ya han sido movilizados 222.000 reservistas.', 'mob-putin-222k'],
    ['it', 'Sono già stati mobilitati 222.000 riservisti.', 'mob-putin-222k'],
  ])('%s: %s', (_lang, sentence, claimId) => {
    expect(claims(sentence)).toContain(claimId);
  });

  it.each([
    'About 70,000 people have fled Russia since the mobilization began.',
    'Из России уехали 7 тысяч человек.',
    'Шойгу заявил, что будут призваны 30 тысяч резервистов.',
    'Es sollen 3.000 Reservisten eingezogen werden.',
    'On 7 November 2022 Putin met the governor.',
    'Мобилизация в России объявлена 21 сентября 2022 года.',
  ])('no claim in a look-alike: %s', (sentence) => {
    expect(findClaims(sentence, compiled).filter((match) => match.claimIds.length > 0)).toEqual([]);
  });
});
