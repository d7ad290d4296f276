import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderSeedArticle, SEED_ARTICLES } from '../demo/seed-page';

/**
 * The pages the content-script benchmark opens, served on 127.0.0.1: real unrelated pages from
 * the corpus at their original paths (so the address looks like the story it was), the seed
 * articles, and this repository's own test articles about the topic.
 */
export interface BenchPage {
  path: string;
  label: string;
}

export interface BenchSite {
  origin: string;
  unrelated: BenchPage[];
  /** Articles about the mobilization: the seeds first, then the positive test articles. */
  articles: BenchPage[];
  close(): Promise<void>;
}

const FIXTURE_ARTICLES = join(import.meta.dirname, '..', 'test', 'fixtures', 'articles');

/** Real pages of the Article Extraction Benchmark, in a fixed order, each with the path of its original address. */
function corpusPages(corpus: string, count: number): Array<BenchPage & { body: Buffer }> {
  const folder = join(corpus, 'scrapinghub-aeb');
  const urls = new Map(
    readFileSync(join(folder, 'labels.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter((cells) => cells.length >= 2)
      .map(([file, url]) => [file!, url!]),
  );
  const files = readdirSync(join(folder, 'pages')).filter((name) => name.endsWith('.html.gz')).sort();
  if (files.length < count) throw new Error(`the corpus has ${files.length} pages, ${count} asked for`);
  return files.slice(0, count).map((file, index) => {
    const original = new URL(urls.get(file) ?? `https://example.org/${file}`);
    return { path: `/p${index}${original.pathname}`, label: original.hostname, body: gunzipSync(readFileSync(join(folder, 'pages', file))) };
  });
}

export async function startBenchSite(corpus: string, unrelatedCount: number): Promise<BenchSite> {
  const bodies = new Map<string, Buffer | string>();
  const unrelated = corpusPages(corpus, unrelatedCount).map(({ path, label, body }) => {
    bodies.set(path, body);
    return { path, label };
  });
  const articles: BenchPage[] = [];
  for (const seed of SEED_ARTICLES) {
    const path = `/news/2022/${seed.slug}.html`;
    bodies.set(path, renderSeedArticle(seed));
    articles.push({ path, label: `seed ${seed.slug}` });
  }
  for (const file of readdirSync(FIXTURE_ARTICLES).filter((name) => name.endsWith('.html') && !name.startsWith('neg-')).sort()) {
    const path = `/news/2022/${file}`;
    bodies.set(path, readFileSync(join(FIXTURE_ARTICLES, file)));
    articles.push({ path, label: file });
  }
  const server = createServer((request, response) => {
    const body = bodies.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // Corpus pages keep the charset their own <meta> declares.
    response.writeHead(body ? 200 : 404, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'text/html' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    unrelated,
    articles,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
