import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabelledPages } from '../../scripts/materialize-corpus';

const HEADER = 'query\trank\turl\tlang\tlabel\treason';

describe('loadLabelledPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-corpus-'));
  const cache = join(dir, 'search');
  mkdirSync(cache);
  writeFileSync(join(dir, 'pages-dev.tsv'), `${HEADER}\nq1\t1\thttps://a.example/one\ten\tpositive\tfirst\n`);
  writeFileSync(
    join(dir, 'labels.tsv'),
    `${HEADER}\tsplit\nq2\t1\thttps://a.example/one\ten\tpositive\tagain\ttest\nq2\t2\thttps://b.example/two\tka\tnegative\tHARD NEGATIVE: law\ttest\nq3\t1\thttps://c.example/three\tja\tpositive\tshort\ttest\n` +
      `q4\t1\thttps://b.example/two\tka\tnegative\tagain\ttest2\nq4\t2\thttps://d.example/four\tcs\tpositive\tnew\ttest2\n` +
      `q5\t1\thttps://d.example/four\tcs\tpositive\tagain\ttest3\nq5\t2\thttps://e.example/five\ttr\tnegative\tnew\ttest3\n` +
      `q6\t1\thttps://e.example/five\ttr\tnegative\tagain\ttest4\nq6\t2\thttps://f.example/six\tfi\tpositive\tnew\ttest4\n` +
      `q7\t1\thttps://f.example/six\tfi\tpositive\tagain\ttest5\nq7\t2\thttps://g.example/seven\tde\tnegative\tnew\ttest5\n` +
      `q8\t1\thttps://g.example/seven\tde\tnegative\tagain\ttest6\nq8\t2\thttps://h.example/eight\tpt\tpositive\tnew\ttest6\n` +
      `q9\t1\thttps://h.example/eight\tpt\tpositive\tagain\ttest7\nq9\t2\thttps://i.example/nine\tzh\tpositive\tnew\ttest7\n` +
      `q10\t1\thttps://i.example/nine\tzh\tpositive\tagain\ttest8\nq10\t2\thttps://j.example/ten\tsr\tpositive\tnew\ttest8\n` +
      `q11\t1\thttps://j.example/ten\tsr\tpositive\tagain\ttest9\nq11\t2\thttps://k.example/eleven\tka\tpositive\tnew\ttest9\n` +
      `q12\t1\thttps://k.example/eleven\tka\tpositive\tagain\ttest10\nq12\t2\thttps://l.example/twelve\tnl\tnegative\tnew\ttest10\n` +
      `q13\t1\thttps://l.example/twelve\tnl\tnegative\tagain\ttest11\nq13\t2\thttps://m.example/thirteen\ttr\tpositive\tnew\ttest11\n` +
      `q14\t1\thttps://m.example/thirteen\ttr\tpositive\tagain\ttest12\nq14\t2\thttps://n.example/fourteen\tfi\tnegative\tnew\ttest12\n` +
      `q15\t1\thttps://n.example/fourteen\tfi\tnegative\tagain\ttest13\nq15\t2\thttps://o.example/fifteen\tpl\tpositive\tnew\ttest13\n` +
      `q16\t1\thttps://o.example/fifteen\tpl\tpositive\tagain\ttest14\nq16\t2\thttps://p.example/sixteen\tkk\tpositive\tnew\ttest14\n` +
      `q17\t1\thttps://p.example/sixteen\tkk\tpositive\tagain\ttest15\nq17\t2\thttps://q.example/seventeen\tuk\tnegative\tnew\ttest15\n` +
      `q18\t1\thttps://q.example/seventeen\tuk\tnegative\tagain\ttest16\nq18\t2\thttps://r.example/eighteen\thy\tpositive\tnew\ttest16\n` +
      `q19\t1\thttps://r.example/eighteen\thy\tpositive\tagain\ttest17\nq19\t2\thttps://s.example/nineteen\tja\tnegative\tnew\ttest17\n`,
  );
  writeFileSync(join(cache, 'a.json'), JSON.stringify({ query: 'q1', results: [{ rank: 1, url: 'https://a.example/one', excerpt: 'Title line\nA paragraph of the excerpt.' }] }));
  writeFileSync(join(cache, 'b.json'), JSON.stringify({ query: 'q2', results: [{ rank: 2, url: 'https://b.example/two', excerpt: 'Another excerpt.' }] }));
  const pages = loadLabelledPages(dir, cache, join(dir, 'labels.tsv'));

  it('keeps a page labelled twice once, in the split where tuning saw it', () => {
    expect(pages.filter((p) => p.url === 'https://a.example/one')).toHaveLength(1);
    expect(pages.find((p) => p.url === 'https://a.example/one')?.split).toBe('dev');
  });

  it('reads the second held-out split, and keeps a page labelled in test and test2 in test', () => {
    expect(pages.find((p) => p.url === 'https://d.example/four')?.split).toBe('test2');
    expect(pages.filter((p) => p.url === 'https://b.example/two').map((p) => p.split)).toEqual(['test']);
  });

  it('reads the third held-out split, and keeps a page labelled in test2 and test3 in test2', () => {
    expect(pages.find((p) => p.url === 'https://e.example/five')?.split).toBe('test3');
    expect(pages.filter((p) => p.url === 'https://d.example/four').map((p) => p.split)).toEqual(['test2']);
  });

  it('reads the fourth held-out split, and keeps a page labelled in test3 and test4 in test3', () => {
    expect(pages.find((p) => p.url === 'https://f.example/six')?.split).toBe('test4');
    expect(pages.filter((p) => p.url === 'https://e.example/five').map((p) => p.split)).toEqual(['test3']);
  });

  it('reads the fifth held-out split, and keeps a page labelled in test4 and test5 in test4', () => {
    expect(pages.find((p) => p.url === 'https://g.example/seven')?.split).toBe('test5');
    expect(pages.filter((p) => p.url === 'https://f.example/six').map((p) => p.split)).toEqual(['test4']);
  });

  it('reads the sixth held-out split, and keeps a page labelled in test5 and test6 in test5', () => {
    expect(pages.find((p) => p.url === 'https://h.example/eight')?.split).toBe('test6');
    expect(pages.filter((p) => p.url === 'https://g.example/seven').map((p) => p.split)).toEqual(['test5']);
  });

  it('reads the seventh held-out split, and keeps a page labelled in test6 and test7 in test6', () => {
    expect(pages.find((p) => p.url === 'https://i.example/nine')?.split).toBe('test7');
    expect(pages.filter((p) => p.url === 'https://h.example/eight').map((p) => p.split)).toEqual(['test6']);
  });

  it('reads the thirteenth held-out split, and keeps a page labelled in test12 and test13 in test12', () => {
    expect(pages.find((p) => p.url === 'https://o.example/fifteen')?.split).toBe('test13');
    expect(pages.filter((p) => p.url === 'https://n.example/fourteen').map((p) => p.split)).toEqual(['test12']);
  });

  it('reads the fourteenth held-out split, and keeps a page labelled in test13 and test14 in test13', () => {
    expect(pages.find((p) => p.url === 'https://p.example/sixteen')?.split).toBe('test14');
    expect(pages.filter((p) => p.url === 'https://o.example/fifteen').map((p) => p.split)).toEqual(['test13']);
  });

  it('reads the fifteenth held-out split, and keeps a page labelled in test14 and test15 in test14', () => {
    expect(pages.find((p) => p.url === 'https://q.example/seventeen')?.split).toBe('test15');
    expect(pages.filter((p) => p.url === 'https://p.example/sixteen').map((p) => p.split)).toEqual(['test14']);
  });

  it('reads the sixteenth held-out split, and keeps a page labelled in test15 and test16 in test15', () => {
    expect(pages.find((p) => p.url === 'https://r.example/eighteen')?.split).toBe('test16');
    expect(pages.filter((p) => p.url === 'https://q.example/seventeen').map((p) => p.split)).toEqual(['test15']);
  });

  it('reads the seventeenth held-out split, and keeps a page labelled in test16 and test17 in test16', () => {
    expect(pages.find((p) => p.url === 'https://s.example/nineteen')?.split).toBe('test17');
    expect(pages.filter((p) => p.url === 'https://r.example/eighteen').map((p) => p.split)).toEqual(['test16']);
  });

  it('reads the twelfth held-out split, and keeps a page labelled in test11 and test12 in test11', () => {
    expect(pages.find((p) => p.url === 'https://n.example/fourteen')?.split).toBe('test12');
    expect(pages.filter((p) => p.url === 'https://m.example/thirteen').map((p) => p.split)).toEqual(['test11']);
  });

  it('reads the eleventh held-out split, and keeps a page labelled in test10 and test11 in test10', () => {
    expect(pages.find((p) => p.url === 'https://m.example/thirteen')?.split).toBe('test11');
    expect(pages.filter((p) => p.url === 'https://l.example/twelve').map((p) => p.split)).toEqual(['test10']);
  });

  it('reads the tenth held-out split, and keeps a page labelled in test9 and test10 in test9', () => {
    expect(pages.find((p) => p.url === 'https://l.example/twelve')?.split).toBe('test10');
    expect(pages.filter((p) => p.url === 'https://k.example/eleven').map((p) => p.split)).toEqual(['test9']);
  });

  it('reads the ninth held-out split, and keeps a page labelled in test8 and test9 in test8', () => {
    expect(pages.find((p) => p.url === 'https://k.example/eleven')?.split).toBe('test9');
    expect(pages.filter((p) => p.url === 'https://j.example/ten').map((p) => p.split)).toEqual(['test8']);
  });

  it('reads the eighth held-out split, and keeps a page labelled in test7 and test8 in test7', () => {
    expect(pages.find((p) => p.url === 'https://j.example/ten')?.split).toBe('test8');
    expect(pages.filter((p) => p.url === 'https://i.example/nine').map((p) => p.split)).toEqual(['test7']);
  });

  it('renders saved excerpts into the plain article template and marks unsaved ones', () => {
    const two = pages.find((p) => p.url === 'https://b.example/two');
    expect(two?.html).toContain('<article>');
    expect(two?.html).toContain('lang="ka"');
    expect(two?.positive).toBe(false);
    expect(pages.find((p) => p.url === 'https://c.example/three')?.html).toBeUndefined();
  });
});
