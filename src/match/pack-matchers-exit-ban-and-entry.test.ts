/**
 * Bans told with their object between the ban and the leaving or the entering, as real pages
 * write them: a law "banning conscripts from leaving the country", "das Land nicht mehr
 * verlassen", "mag het land niet meer uit"; Finland (or Helsinki, or its foreign minister
 * Haavisto) "restricting the entry of Russian citizens" without naming a visa; Peskov denying
 * (not only "no decision") that Russia will close its borders. A conscript counts as one
 * summoned. Invented sentences; Ukraine's own ban on leaving, a 2023 closure and Covid-19
 * restrictions stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe('a ban on leaving with its object in between', () => {
  it.each([
    ['en', 'Under the law Putin signed, a man who has been sent a summons is banned from leaving the country.'],
    ['ru', 'По новому закону призывник не сможет выехать из России после получения повестки.'],
    ['uk', 'За новим законом призовник не зможе виїхати з Росії після отримання повістки.'],
    ['de', 'Ein Wehrpflichtiger darf nach Erhalt der Einberufung das Land nicht mehr verlassen.'],
    ['fr', 'Une fois la convocation envoyée, la loi russe va interdire de quitter le territoire.'],
    ['es', 'La nueva ley rusa prohíbe abandonar el país a quien reciba una citación.'],
    ['it', 'La nuova legge russa vieta di lasciare il paese a chi riceve la convocazione.'],
    ['pt', 'Depois de convocado, o russo não pode mais sair do país.'],
    ['nl', 'Wie een oproep krijgt, mag het land niet meer uit, bepaalt de Russische wet.'],
  ])('is read as an exit ban on the summoned (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('exit-bans-summoned');
  });

  it('stays silent on Ukraine banning men from leaving Ukraine', () => {
    expect(questions('Men of conscription age are banned from leaving Ukraine.', 'en')).not.toContain('exit-bans-summoned');
    expect(questions('Ukrainian law bans conscripts aged 18 to 60 from leaving Ukraine.', 'en')).not.toContain('exit-bans-summoned');
    expect(questions('Мужчинам призывного возраста запрещено выезжать из Украины.', 'ru')).not.toContain('exit-bans-summoned');
  });
});

describe("Finland restricting Russians' entry, no visa named", () => {
  it.each([
    ['en', 'Helsinki announced that it would restrict the entry of Russian citizens after the mobilization.'],
    ['ru', 'Хельсинки ограничит въезд россиян после объявления мобилизации.'],
    ['uk', "Гельсінкі обмежить в'їзд росіян після оголошення мобілізації."],
    ['de', 'Helsinki will Russen die Einreise verweigern.'],
    ['fr', "Helsinki va restreindre l'entrée des Russes sur son territoire."],
    ['es', 'Finlandia prohibirá la entrada de los rusos desde el viernes.'],
    ['it', "La Finlandia vieterà l'ingresso ai russi da venerdì."],
    ['pt', 'A Finlândia vai proibir a entrada de russos a partir de sexta-feira.'],
    ['pl', 'Finlandia ograniczy wjazd Rosjan od piątku.'],
    ['nl', 'Finland gaat Russen de toegang ontzeggen vanaf vrijdag.'],
  ])('is read as the ban (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });

  it('stays silent on Covid-19 restrictions', () => {
    expect(questions('Helsinki lifted Covid entry restrictions for Russian travellers.', 'en')).not.toContain('border-restrictions');
  });
});

describe("Peskov denying Russia will close its borders", () => {
  it.each([
    ['en', 'Kremlin spokesman Dmitry Peskov denied that Russia plans to close its borders.'],
    ['es', 'Peskov niega que Rusia quiera cerrar las fronteras.'],
  ])('is read as no closure (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });
});
