/** The text of a rendered evaluation page as the content script reads it (the article root's text index). */
import { Window } from 'happy-dom';
import { findArticleRoot } from '../extension/content/article-root';
import { buildTextIndex } from '../extension/content/overlays/text-index';

export function articleText(html: string): string {
  const window = new Window();
  window.document.write(html);
  const text = buildTextIndex(findArticleRoot(window.document as unknown as Document)).text;
  void window.happyDOM.close();
  return text;
}
