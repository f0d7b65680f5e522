/**
 * Sharing an article: plain links to each network's own share address (no script or request of
 * theirs on the page), the URL and title percent-encoded, and a copy button that the article's
 * script (content/assets/article.js) shows, since copying needs one.
 */
import type { Words } from '../src/core/words/index.ts';
import { html, type Html } from './html.ts';

/** Each network's share address for a page at `url` titled `title`. */
export function shareTargets(url: string, title: string, words: Words): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: words.vk, href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
  ];
}

/** The share row, in the page's `words`. */
export function shareLinks(url: string, title: string, words: Words): Html {
  return html`
  <div class="share" role="group" aria-labelledby="share-label">
    <p class="share-label" id="share-label">${words.share}:</p>
    <ul>${shareTargets(url, title, words).map(
      ({ name, href }) => html`
      <li><a href="${href}" target="_blank" rel="noopener noreferrer">${name}</a></li>`,
    )}
      <li class="copy" hidden><button type="button" data-url="${url}" data-copied="${words.linkCopied}">${words.copyLink}</button> <span role="status"></span></li>
    </ul>
  </div>`;
}
