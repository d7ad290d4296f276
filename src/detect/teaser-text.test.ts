import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon';
import { normalizeText } from './normalize-text';
import { readsAsTeasers, stacksAgencyLeads } from './teaser-text';
import { packLexicon } from './test-support';

const languages = compileLexicon(packLexicon()).languages;

function teasers(lang: string, text: string): boolean {
  const language = languages.get(lang);
  if (!language) throw new Error(`no lexicon for ${lang}`);
  return readsAsTeasers(language, normalizeText(text));
}

const paragraph = 'Russian men queued for hours at the border crossing after the call-up was announced, and officials said the traffic had doubled overnight. ';

describe('readsAsTeasers', () => {
  it('recognises a roundup: several teasers, each closed by a read-more mark', () => {
    expect(teasers('en', `Putin orders the call-up of reservists. Read more.\n\nA driver is held after a crash in Ohio. Read more.`)).toBe(true);
    expect(teasers('de', 'Putin ordnet Teilmobilmachung an … Weiterlesen\n\nUnwetter in Bayern … Weiterlesen')).toBe(true);
  });

  it('recognises a short excerpt that sends the reader to the full article', () => {
    expect(teasers('en', `${paragraph}\n\nRead Full Article »\n\nRelated Articles`)).toBe(true);
    expect(teasers('ru', `${paragraph}\n\nЧитать далее`)).toBe(true);
  });

  it('counts printed addresses as pointers elsewhere: a video description that lists its sources', () => {
    expect(teasers('en', `${paragraph} - "Russia to begin partial mobilization" https://news.example/russia/563209 Video translated by a volunteer https://video.example/watch?v=abc`)).toBe(true);
    expect(teasers('en', `${paragraph.repeat(12)} The decree is published at http://publication.example/document/1.`)).toBe(false);
  });

  it('leaves an article with a read-more link or two between long paragraphs alone', () => {
    expect(teasers('en', `${paragraph.repeat(6)}\n\nRead more: what the decree says\n\n${paragraph.repeat(6)}\n\nRead more: who is exempt\n\n${paragraph.repeat(6)}`)).toBe(false);
    expect(teasers('en', paragraph.repeat(4))).toBe(false);
  });

  it('knows no marks in a language without any', () => {
    expect(teasers('ka', 'read more read more read more')).toBe(false);
  });
});

describe('readsAsTeasers: digest excerpts', () => {
  it('recognises a short excerpt cut off mid-sentence by an ellipsis', () => {
    expect(teasers('fr', 'Des groupes d’hommes montent à bord de bus. La mobilisation partielle de 300000 hommes tourne au chaos. Des gens ont reçu une convoc…')).toBe(true);
  });

  it('recognises an ellipsis followed by a read-on mark, however long the page', () => {
    expect(teasers('it', `Putin firma il decreto sulla mobilitazione parziale e ... Leggi su La Stampa. ${'Il presidente ha parlato alla nazione del decreto e delle riserve. '.repeat(30)}`)).toBe(true);
  });

  it('recognises a link aggregator entry closed by its tag line', () => {
    expect(teasers('es', 'Miles de rusos abandonan el país hacia Georgia tras la movilización parcial de reservistas. | etiquetas: rusia , ucrania , guerra')).toBe(true);
  });

  it('leaves a wire item closed by its source credit or a full stop alone', () => {
    expect(teasers('zh', '普京说即日起实行部分动员，征召的只是预备役公民。 (来源:@ 某电视台 责任编辑 王明)')).toBe(false);
    expect(teasers('en', paragraph)).toBe(false);
    expect(teasers('en', `${paragraph.repeat(14)}He said the talks would continue...`)).toBe(false);
  });
});

describe('stacksAgencyLeads', () => {
  const stacked = (text: string): boolean => stacksAgencyLeads(normalizeText(text));

  it('recognises a mirror that stacks the leads of several agency stories, in any script', () => {
    expect(stacked(`TBILISI (Reuters) -Some men headed to the borders. ${paragraph.repeat(3)}\nBy A. Writer HELSINKI (Reuters) - Traffic at the border intensified. ${paragraph.repeat(3)}`)).toBe(true);
    expect(stacked('ТБИЛИСИ (ТАСС) – Очереди на границе. ... МОСКВА (ТАСС) – Военкоматы.')).toBe(true);
  });

  it('leaves one agency story with its one dateline alone, and parentheses that are no dateline', () => {
    expect(stacked(`MOSCOW (Reuters) - ${paragraph.repeat(5)}`)).toBe(false);
    expect(stacked(`${paragraph}The ministry (MoD) said so. The region (Buryatia) sent more men. ${paragraph}`)).toBe(false);
  });
});
