/**
 * How fast claim matching and text indexing are on a 10,000-word article with the full
 * matcher set (`npx tsx bench/anchor-speed.ts`). Each figure is printed with a baseline
 * measured in the same run on the same text (a plain indexOf scan for one term), so the
 * ratios mean something on any machine. Not a test: nothing here fails on time, but the run
 * fails when matching found nothing it should, so a broken pack or matcher cannot read as fast.
 */
import { Window } from 'happy-dom';
import { compileMatchers, findClaims } from '../src/match/claim-matcher';
import { realPackLineWords, realPackMatchers } from '../test/pack/real-pack-matchers';
import { buildTextIndex } from '../extension/content/overlays/text-index';

const matchers = realPackMatchers();

/** News-like paragraphs: claim sentences in several languages among ordinary ones (no claim: the filler). */
const FILLER = new Set([1, 6, 9]);
const PARAGRAPHS = [
  'The Kremlin itself acknowledges that 700,000 men left Russia in under two weeks following the announcement of mobilisation.',
  'Officials in the region said the roads were busy on Friday, and the weather was cold for the season.',
  'Shoigu said 300,000 reservists would be called up, while analysts doubted the army could train them.',
  'По данным Forbes, из России после объявления мобилизации уехали 700 тысяч человек.',
  'Putin said 318,000 men had been mobilized, more than the target, because of volunteers.',
  'Seit der Teilmobilmachung haben rund 700.000 Menschen Russland verlassen.',
  'Local newspapers described long discussions in cafés, markets and train stations about what comes next.',
  'Lines of cars packed with people fleeing the country stretched for miles at the border with Georgia.',
  'Il 14 ottobre Putin ha detto che sono stati mobilitati 222.000 uomini.',
  'A spokesman declined to comment on the figures, citing an ongoing review of 7,000 files from 2022.',
];

function article(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}

/** Median of `runs` timings of `work`, in milliseconds, after a warm-up. */
function time(work: () => unknown, runs = 25): number {
  for (let i = 0; i < 5; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const text = article(10_000);
const wordCount = text.split(/\s+/).length;

const baseline = time(() => {
  let hits = 0;
  for (let at = text.indexOf('mobiliz'); at >= 0; at = text.indexOf('mobiliz', at + 1)) hits++;
  return hits;
});
const compileMs = time(() => compileMatchers(matchers, undefined, realPackLineWords()));
const compiled = compileMatchers(matchers, undefined, realPackLineWords());
const matchMs = time(() => findClaims(text, compiled));
const matchCount = findClaims(text, compiled).length;

// The control: each claim paragraph is found on its own and no filler one is, in this very run.
const wrong = PARAGRAPHS.filter((paragraph, index) => (findClaims(paragraph, compiled).length > 0) === FILLER.has(index));
if (wrong.length > 0) {
  console.error(`anchor-speed: matching is broken, ${wrong.length} paragraph(s) found or missed wrongly:\n${wrong.join('\n')}`);
  process.exit(1);
}

const window = new Window();
const html = text
  .split('\n\n')
  .map((paragraph) => `<p>${paragraph.replace(/(\d)/, '<b>$1</b>')}</p>`)
  .join('');
window.document.body.innerHTML = `<article>${html}</article>`;
const articleElement = window.document.querySelector('article') as unknown as Element;
const indexMs = time(() => buildTextIndex(articleElement), 10);
const domBaseline = time(() => articleElement.textContent?.indexOf('mobiliz'), 10);

const row = (label: string, ms: number, base: number) =>
  `${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms   ${(ms / base).toFixed(1).padStart(7)} × baseline`;
console.log(`Article: ${wordCount} words, ${text.length} characters; ${matchers.length} matchers; ${matchCount} claim sentences found.`);
console.log(row('baseline: indexOf scan for one term', baseline, baseline));
console.log(row('compileMatchers (all languages, once per pack in the worker)', compileMs, baseline));
console.log(row('findClaims (src/match)', matchMs, baseline));
console.log(row('DOM baseline: textContent + indexOf (happy-dom)', domBaseline, domBaseline));
console.log(row('buildTextIndex (happy-dom)', indexMs, domBaseline));
console.log(`Budget (issue 5): matching ≤ 20 ms for a 10,000-word article: ${matchMs <= 20 ? 'within' : 'OVER'} (${matchMs.toFixed(2)} ms).`);
window.close();
