import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Renders the seed articles (plain text in ../shared/seeds) as ordinary news pages, so the
 * demo and the end-to-end tests run the extension on the articles the project grew from.
 * The text is read at run time and never copied into the repository.
 */
export interface SeedArticle {
  slug: string;
  file: string;
  site: string;
  title: string;
  published: string;
  /** Lines of the text file that are furniture (repeated title, photo caption, dateline). */
  skipLines: number;
}

export const SEED_DIR = join(import.meta.dirname, '..', '..', 'shared', 'seeds');

export const SEED_ARTICLES: SeedArticle[] = [
  {
    slug: 'russians-return-home',
    file: '000_99e39195f8b5e017.txt',
    site: 'EuroNews247 (demo copy)',
    title: 'Russians who fled military draft begin to return home',
    published: '2022-11-05',
    skipLines: 4,
  },
  {
    slug: 'men-fleeing-draft',
    file: '003_b6c9d42d5043a24d.txt',
    site: 'Axios (demo copy)',
    title: "Russian men fleeing country to avoid military service under Putin's order",
    published: '2022-09-24',
    skipLines: 7,
  },
];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Paragraphs and bullet lists from the seed's text, after its furniture lines. */
function bodyHtml(text: string, skipLines: number): string {
  const lines = text.split('\n').slice(skipLines).map((line) => line.trim()).filter(Boolean);
  const html: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) html.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    if (line.startsWith('•')) {
      list.push(line.slice(1).trim());
      continue;
    }
    flush();
    html.push(`<p>${escapeHtml(line)}</p>`);
  }
  flush();
  return html.join('\n');
}

export function newsPage(options: { site: string; title: string; published: string; body: string; lang?: string }): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.title,
    datePublished: options.published,
    publisher: { '@type': 'Organization', name: options.site },
  });
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} | ${escapeHtml(options.site)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(options.title)}">
<meta property="article:published_time" content="${options.published}">
<script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script>
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #1b1b1b; background: #fff; }
  header.site { padding: 12px 24px; border-bottom: 1px solid #ddd; font: 600 16px system-ui, sans-serif; }
  header.site nav a { margin-right: 16px; color: #333; }
  article { max-width: 680px; margin: 32px auto; padding: 0 24px; }
  h1 { font-size: 34px; line-height: 1.2; }
  .byline { font: 14px system-ui, sans-serif; color: #555; }
  footer { padding: 24px; border-top: 1px solid #ddd; font: 14px system-ui, sans-serif; color: #555; }
</style>
</head>
<body>
<header class="site"><nav><a href="/">Home</a><a href="/">World</a><a href="/">Politics</a></nav></header>
<main>
<article>
<h1>${escapeHtml(options.title)}</h1>
<p class="byline">By ${escapeHtml(options.site)} staff · <time datetime="${options.published}">${options.published}</time></p>
${options.body}
</article>
</main>
<footer>© Demo site for Mobilization Context. Local copy for testing only.</footer>
</body>
</html>`;
}

export function renderSeedArticle(seed: SeedArticle): string {
  const text = readFileSync(join(SEED_DIR, seed.file), 'utf8');
  return newsPage({ site: seed.site, title: seed.title, published: seed.published, body: bodyHtml(text, seed.skipLines) });
}
