/**
 * Finland's foreign minister Haavisto announcing the ban in his own words (tourist travel to be
 * stopped, tourists barred from entering) states it without naming Russians or Finland again;
 * and reports that Russia's borders would be closed to men subject to mobilization are exit-ban
 * claims in the ten languages. Invented sentences; Covid-era restrictions stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { questions } = realPackClaimViews();

describe("Haavisto's own words on the ban", () => {
  it.each([
    ['en', 'Haavisto told reporters on Tuesday that tourist travel will be stopped.'],
    ['en', '"Those crossing for tourism will be barred from entering," Haavisto said.'],
    ['de', 'Haavisto sagte, alle touristischen Reisen würden gestoppt.'],
    ['es', 'Haavisto dijo que los viajes turísticos se detendrán.'],
  ])('is read as the ban (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('border-restrictions');
  });

  it('stays silent when he says there is no such plan', () => {
    expect(questions('Haavisto said Finland had no plans to restrict entry for Russians.', 'en')).not.toContain('border-restrictions');
    expect(questions('Haavisto denied that tourist travel will be stopped.', 'en')).not.toContain('border-restrictions');
  });

  it('stays silent on Covid-era restrictions', () => {
    expect(questions('In 2020 Haavisto said all tourist travel would be stopped because of the pandemic.', 'en')).not.toContain('border-restrictions');
  });
});

describe('borders to be closed to men subject to mobilization', () => {
  it.each([
    ['en', 'Borders will be closed to men subject to mobilization on Monday.'],
    ['ru', 'Власти собираются закрыть границы для мужчин, подлежащих мобилизации.'],
    ['uk', 'Влада збирається закрити кордони для чоловіків, які підлягають мобілізації.'],
    ['pl', 'Granice mają zostać zamknięte dla mężczyzn podlegających mobilizacji.'],
    ['de', 'Russland will die Grenzen für Männer im mobilisierungsfähigen Alter schließen, hieß es zur Mobilmachung.'],
  ])('is read as an exit ban (%s)', (lang, text) => {
    expect(questions(text, lang)).toContain('exit-bans-summoned');
  });
});
