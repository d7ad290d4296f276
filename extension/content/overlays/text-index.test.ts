// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/match/claim-matcher';
import { anchorClaims } from './anchor-claims';
import { overlayData } from './test-fixtures';
import { buildTextIndex, rangeForOffsets } from './text-index';

const compiled = overlayData.matchers;

/** Matches the index's text as the background would, then anchors the matches. */
function anchorText(root: Element) {
  const index = buildTextIndex(root);
  return anchorClaims(index, findClaims(index.text, compiled));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('buildTextIndex', () => {
  it('joins inline elements into one text and breaks lines between blocks', () => {
    document.body.innerHTML = '<article><h1>Title</h1><p>One <b>two</b> <a href="#">three</a>.</p><p>Four<br>five</p></article>';
    expect(buildTextIndex(document.body).text).toBe('Title\nOne two three.\nFour\nfive');
  });

  it('skips scripts, styles, form fields, hidden elements and our own hosts', () => {
    document.body.innerHTML =
      '<p>Seen<script>var x = "700,000 left Russia";</script><style>p{}</style><span hidden>hidden</span><span style="display:none">none</span><textarea>typed</textarea><mc-layer>ours</mc-layer>.</p>';
    expect(buildTextIndex(document.body).text).toBe('Seen.');
  });

  it('never glues a picture, its caption and credit, a box beside the text or a teaser onto the paragraph next to them', () => {
    document.body.innerHTML =
      '<article><p>Shoigu said 300,000 reservists would be called up</p><figure><img alt=""><figcaption>Cars at the border <small>Photo: AP/Jane Doe</small></figcaption></figure>' +
      '<p>Kazakhstan counted 98,000 arrivals<aside>Read also: 700,000 have left</aside> since 21 September.</p>' +
      '<p>Officials spoke<span role="figure">Photo: Reuters</span>on Tuesday.<span style="display: block">Foto: ANP</span>Then more.</p><p>Before <legend>a legend</legend> after.</p></article>';
    expect(buildTextIndex(document.body).text).toBe(
      'Shoigu said 300,000 reservists would be called up\nCars at the border Photo: AP/Jane Doe\nKazakhstan counted 98,000 arrivals\nRead also: 700,000 have left\n since 21 September.\n' +
        'Officials spoke\nPhoto: Reuters\non Tuesday.\nFoto: ANP\nThen more.\nBefore \na legend\n after.',
    );
  });

  it('turns source line breaks inside a paragraph into spaces', () => {
    document.body.innerHTML = '<p>The Kremlin\nsays</p>';
    expect(buildTextIndex(document.body).text).toBe('The Kremlin says');
  });

  it('maps offsets back to a DOM range across elements', () => {
    document.body.innerHTML = '<p>Intro. The Kremlin says <b>700</b>,000 men <a href="/x">left Russia</a>. Outro.</p>';
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('The');
    const end = index.text.indexOf('Outro') - 1;
    const range = rangeForOffsets(index, start, end);
    expect(range?.toString()).toBe('The Kremlin says 700,000 men left Russia.');
  });
});

describe('anchorClaims', () => {
  it('finds a claim whose number is split by <b> and non-breaking spaces', () => {
    document.body.innerHTML = '<article><p>First. Officials say <b>700</b>&nbsp;000 men have <i>left</i> Russia. Last.</p></article>';
    const anchors = anchorText(document.body);
    expect(anchors.map((anchor) => anchor.range.toString())).toEqual(['Officials say 700\u00A0000 men have left Russia.']);
    expect(anchors[0]?.claim).toMatchObject({ index: 0, questionId: 'how-many-left', claimIds: ['left-seed-700k'] });
  });

  it('finds the number spelled out and with thin spaces', () => {
    document.body.innerHTML = '<p>Seven hundred thousand men fled Russia.</p><p>Then 700\u2009000 left Russia.</p>';
    expect(anchorText(document.body)).toHaveLength(2);
  });

  it('never anchors a look-alike number', () => {
    document.body.innerHTML = '<p>About <b>70</b>,000 men left Russia.</p><p>7,000 left Russia on 7 November 2022.</p>';
    expect(anchorText(document.body)).toEqual([]);
  });

  it('does not let a sentence run from one paragraph into the next', () => {
    document.body.innerHTML = '<p>700,000 men</p><p>left Russia.</p>';
    expect(anchorText(document.body)).toEqual([]);
  });

  it('keeps the excerpt short and flat', () => {
    document.body.innerHTML = `<p>Some 700,000 men left Russia ${'and more words '.repeat(40)}.</p>`;
    const [anchor] = anchorText(document.body);
    expect(anchor?.claim.excerpt.length).toBeLessThanOrEqual(300);
    expect(anchor?.claim.excerpt.endsWith('…')).toBe(true);
  });
});
