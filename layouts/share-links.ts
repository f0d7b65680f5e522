/**
 * Sharing an article: plain links to each network's own share address (no script or request of
 * theirs on the page), the URL and title percent-encoded, and a copy button that the article's
 * script (content/assets/article.js) shows, since copying needs one.
 */
import type { SiteSettings } from '../src/core/settings/settings.ts';
import { html, type Html, type Insert } from './html.ts';
import { SITE_WORDS } from './site-words.ts';

/** Each network's share address for a page at `url` titled `title`. */
export function shareTargets(url: string, title: string, lang: SiteSettings['lang']): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: SITE_WORDS[lang].vk, href: `https://vk.com/share.php?url=${u}&title=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
  ];
}

/** The share row, in the site's language `lang`; `attributes` mark that language where the page is in another. */
export function shareLinks(url: string, title: string, lang: SiteSettings['lang'], attributes: Insert): Html {
  const words = SITE_WORDS[lang];
  return html`
  <div class="share" role="group" aria-labelledby="share-label"${attributes}>
    <p class="share-label" id="share-label">${words.share}:</p>
    <ul>${shareTargets(url, title, lang).map(
      ({ name, href }) => html`
      <li><a href="${href}" target="_blank" rel="noopener noreferrer">${name}</a></li>`,
    )}
      <li class="copy" hidden><button type="button" data-url="${url}" data-copied="${words.linkCopied}">${words.copyLink}</button> <span role="status"></span></li>
    </ul>
  </div>`;
}
