// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './page-metadata';

function metadataOf(head: string, body = '<p>Text.</p>'): ReturnType<typeof readPageMetadata> {
  return readPageMetadata(new DOMParser().parseFromString(`<html lang="tr"><head><title>T</title>${head}</head><body>${body}</body></html>`, 'text/html'));
}

const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata, the publication date', () => {
  it('reads datePublished from a plain JSON-LD object', () => {
    const meta = metadataOf(jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', datePublished: '2022-03-07T10:20:00+03:00' }));
    expect(meta.publishedTime).toBe('2022-03-07T10:20:00+03:00');
    // Dating is not article evidence: listings carry JSON-LD dates too.
    expect(meta.hasPublishedTime).toBe(false);
  });

  it('reads datePublished from an @graph entry, the first one when the graph has several', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Outlet' },
        { '@type': 'WebPage', '@id': 'https://x.example/a', datePublished: '2022-03-07' },
        { '@type': 'NewsArticle', datePublished: '2022-03-07', dateModified: '2023-01-02' },
      ],
    };
    expect(metadataOf(jsonLd(graph)).publishedTime).toBe('2022-03-07');
  });

  it('reads it from a later JSON-LD block when the first has none, and from malformed JSON too', () => {
    const head = `${jsonLd({ '@type': 'BreadcrumbList' })}<script type="application/ld+json">{"@type":"NewsArticle", "datePublished" : "2022-09-22", }</script>`;
    expect(metadataOf(head).publishedTime).toBe('2022-09-22');
  });

  it('prefers the head meta tags, then JSON-LD, then a microdata element', () => {
    const meta = '<meta property="article:published_time" content="2022-09-23">';
    const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2022-03-01' });
    const micro = '<time itemprop="datePublished" datetime="2021-01-01">1 January</time>';
    expect(metadataOf(meta + ld, micro).publishedTime).toBe('2022-09-23');
    expect(metadataOf(ld, micro).publishedTime).toBe('2022-03-01');
    expect(metadataOf('', micro).publishedTime).toBe('2021-01-01');
    expect(metadataOf('', '<span itemprop="datePublished" content="2022-10-05">5 Ekim</span>').publishedTime).toBe('2022-10-05');
  });

  it('reads no date where none is declared (dateModified alone is not a publication date)', () => {
    const meta = metadataOf(jsonLd({ '@type': 'NewsArticle', dateModified: '2022-03-01' }));
    expect(meta.publishedTime).toBe('');
    expect(meta.hasPublishedTime).toBe(false);
  });
});
