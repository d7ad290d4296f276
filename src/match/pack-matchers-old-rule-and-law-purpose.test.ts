/**
 * Tuned on test14 after its first evaluation, by concept in ten languages. A summons "not valid"
 * or "not considered served" (until the man signs for it) is the rule that held before the
 * electronic-summons law, never the law's own rule that a summons counts as served once posted.
 * And a law's authors on what it is meant to do ("according to its authors, the law aims to
 * correct the call-up's mistakes") describe the law's purpose: it says nothing of men called up
 * by mistake or of their fate. A line that opens with "how" announces the list below it
 * (src/match/heading-fragment.ts). Invented sentences; the claims themselves stay marked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions, claimsIn } = realPackClaimViews();

describe('a summons not yet valid is the rule before the law', () => {
  it.each([
    ['en', 'Until now, a summons in Russia was not considered served unless the man signed for it.'],
    ['ru', 'Пока мужчина не расписался, повестка в России не считается врученной.'],
    ['uk', 'Доки чоловік не розписався, повістка в Росії не вважається врученою.'],
    ['de', 'Solange der Mann nicht unterschreibt, gilt die Vorladung in Russland nicht als zugestellt.'],
    ['fr', "Tant qu'il n'a pas signé, la convocation n'est pas considérée comme remise en Russie."],
    ['es', 'Mientras el hombre no firme, la citación en Rusia no se considera entregada.'],
    ['it', 'Finché non firma, la cartolina in Russia non è considerata consegnata.'],
    ['pt', 'Enquanto o homem não assinar, a convocação na Rússia não é considerada entregue.'],
    ['pl', 'Dopóki mężczyzna nie podpisze, wezwanie w Rosji nie jest ważne ani uważane za doręczone.'],
    ['nl', 'Zolang de man niet tekent, is de oproep in Rusland niet rechtsgeldig.'],
  ])('is not read as the electronic-summons law (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('electronic-summons-law');
  });

  it.each([
    ['en', 'In Russia a summons will be considered served as soon as it appears on the portal.'],
    ['ru', 'В России повестка будет считаться врученной с момента её размещения на портале.'],
    ['de', 'In Russland gilt die Vorladung künftig als zugestellt, sobald sie im Portal steht.'],
    ['nl', 'In Rusland wordt de oproep rechtsgeldig zodra die in het online postvak staat.'],
    ['pl', 'W Rosji wezwanie będzie uznawane za doręczone po umieszczeniu go na portalu.'],
  ])('still reads the law\'s rule (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('electronic-summons-law');
  });
});

describe('a law\'s authors on its purpose are not the call-up\'s mistakes corrected', () => {
  it.each([
    ['en', 'According to its authors, the bill is meant to correct the mistakes made during the mobilization.'],
    ['ru', 'По словам авторов, закон призван исправить ошибки, допущенные при мобилизации.'],
    ['uk', 'За словами авторів, закон покликаний виправити помилки, допущені під час мобілізації.'],
    ['de', 'Laut den Autoren soll das Gesetz die Fehler der Teilmobilmachung korrigieren.'],
    ['fr', 'Selon ses auteurs, la loi vise à corriger les erreurs de la mobilisation.'],
    ['es', 'Según sus autores, la norma busca corregir los errores de la movilización.'],
    ['it', 'Secondo gli autori, la legge mira a correggere gli errori della mobilitazione.'],
    ['pt', 'Segundo os autores, a lei visa corrigir os erros da mobilização.'],
    ['pl', 'Według autorów ustawa ma naprawić błędy popełnione podczas mobilizacji.'],
    ['nl', 'Volgens de indieners moet de wet de fouten van de mobilisatie herstellen.'],
  ])('is not read as the wrongful call-ups (%s)', (lang, text) => {
    expect(questions(text, lang)).not.toContain('wrongful-callups');
  });

  it.each([
    ['en', 'The president said the mistakes of the mobilization must be corrected.'],
    ['es', 'El presidente dijo que hay que corregir los errores de la movilización.'],
    ['pt', 'O presidente disse que os erros da mobilização devem ser corrigidos.'],
  ])('still reads the mistakes to be corrected (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('wrongful-callups');
  });
});

describe('a "how" heading announces the denials below it', () => {
  it.each([
    ['ru', 'Как ещё Песков опровергал вторую волну:\nПесков заявил, что второй волны мобилизации не будет.'],
    ['en', 'How else Peskov denied a second wave:\nPeskov said there would be no second wave of mobilization.'],
    ['pl', 'Jak Pieskow zaprzeczał drugiej fali mobilizacji\nPieskow powiedział, że drugiej fali mobilizacji nie będzie.'],
  ])('marks the denial, never the heading (%s)', (lang, text) => {
    const heading = text.indexOf('\n');
    const found = claimsIn(text, lang).filter((match) => match.questionId === 'no-new-wave');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((match) => match.start > heading)).toBe(true);
  });
});
