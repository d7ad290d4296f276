/**
 * Concepts the tenth held-out split showed missing or too loose, in every language: a denial verb
 * ("rejected", "zurückgewiesen", "опроверг") answers whether a new wave was ruled out; Dutch
 * "afgelopen" before a span of time means "past", never "over"; and a sentence that says men
 * lacked military experience never states that only experienced reservists are called up.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions, claimIds } = realPackClaimViews();

describe('a denial of a new wave, by its verb, in ten languages', () => {
  const denials: Array<[string, string]> = [
    ['en', 'The Kremlin spokesman rejected rumours of a further mobilization of reservists on Monday.'],
    ['en', 'Officials in Moscow urged people not to trust claims that a second call-up is coming.'],
    ['de', 'Der Kreml hat Berichte über eine weitere Mobilisierungswelle am Dienstag zurückgewiesen.'],
    ['fr', 'Le Kremlin a démenti mardi toute nouvelle vague de mobilisation.'],
    ['es', 'El Kremlin desmintió el martes una segunda ola de movilización.'],
    ['it', 'Il Cremlino ha smentito martedì una nuova ondata di mobilitazione.'],
    ['pt', 'O Kremlin desmentiu na terça-feira uma nova onda de mobilização.'],
    ['pl', 'Kreml zdementował we wtorek doniesienia o nowej fali mobilizacji.'],
    ['nl', 'Het Kremlin ontkende dinsdag berichten over een nieuwe mobilisatiegolf.'],
    ['ru', 'В Кремле во вторник опровергли сообщения о второй волне мобилизации.'],
    ['uk', 'У Кремлі у вівторок спростували чутки про другу хвилю мобілізації в Росії.'],
  ];
  it.each(denials)('%s: %s', (lang, sentence) => {
    expect(questions(sentence, lang)).toContain('no-new-wave');
  });

  it('"no discussion of any wave" is a denial in German too', () => {
    expect(questions('Im Kreml gebe es keine Diskussion über irgendeine Mobilisierungswelle, sagte der Sprecher.', 'de')).toContain('no-new-wave');
  });

  it('a denial of something else next to the Kremlin is no answer', () => {
    expect(questions('The Kremlin denied that it had closed the border with Georgia.', 'en')).not.toContain('no-new-wave');
    expect(questions('Песков опроверг сообщения о закрытии границ.', 'ru')).not.toContain('no-new-wave');
  });
});

describe('Dutch "afgelopen": over as a predicate, past before a span of time', () => {
  it('reads the call-up as over when it "is afgelopen"', () => {
    expect(questions('De gedeeltelijke mobilisatie is nu afgelopen, meldde het ministerie.', 'nl')).toContain('when-mobilization-complete');
    expect(questions('Het ministerie zei dat de mobilisatie afgelopen is.', 'nl')).toContain('when-mobilization-complete');
  });

  it('never reads "de afgelopen weken" as the end of the call-up', () => {
    expect(questions('De afgelopen weken riepen presentatoren op de staatstelevisie steeds luider om een mobilisatie.', 'nl')).not.toContain('when-mobilization-complete');
    expect(questions('In de afgelopen dagen meldden zich duizenden mannen na de mobilisatie.', 'nl')).not.toContain('when-mobilization-complete');
  });
});

describe('lacking military experience is never the experienced reservists claim', () => {
  const lapsed: Array<[string, string]> = [
    ['en', 'Many of the men called up will not have had military experience for several years, analysts said.'],
    ['es', 'Muchos de los reclutas no habrán tenido experiencia militar durante años, según los analistas.'],
    ['de', 'Viele der Eingezogenen hätten seit Jahren keine militärische Erfahrung mehr, sagen Analysten.'],
    ['ru', 'Многие призванные по мобилизации давно не имеют военного опыта, считают аналитики.'],
    ['nl', 'Veel van de opgeroepen reservisten hebben al jaren geen militaire ervaring, zeggen analisten.'],
  ];
  it.each(lapsed)('%s: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).not.toContain('who-shoigu-reservists');
  });

  const lacking: Array<[string, string]> = [
    ['en', 'Relatives complained that men were mobilized despite a lack of military experience.'],
    ['pt', 'Houve queixas de homens mobilizados apesar da falta de experiência militar.'],
    ['fr', "Des proches dénoncent des hommes mobilisés malgré leur manque d'expérience militaire."],
    ['pl', 'Rodziny skarżą się, że zmobilizowano mężczyzn mimo braku doświadczenia wojskowego.'],
    ['it', 'Le famiglie denunciano uomini mobilitati nonostante la mancanza di esperienza militare.'],
  ];
  it.each(lacking)('%s: a lack of experience states that men without it were called up: %s', (lang, sentence) => {
    expect(claimIds(sentence, lang)).toContain('who-reuters-no-experience');
    expect(claimIds(sentence, lang)).not.toContain('who-shoigu-reservists');
  });

  it('still reads the experienced reservists claim where no lack is said', () => {
    expect(claimIds('Reservists with combat experience will be called up first, the minister said.', 'en')).toContain('who-shoigu-reservists');
  });
});
