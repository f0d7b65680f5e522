import type { SiteSettings } from '../src/core/settings/settings.ts';
import type { Words } from '../src/core/words/index.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { html, type Html, type Insert } from './html.ts';

/**
 * The site's footer: the publisher, then the editorial details a newsroom shows (site.json), each
 * only when set. The labels are the page's `words`; `siteText` marks what the site owner wrote with the
 * site's language where the page is in another.
 */
export function siteFooter(site: SiteSettings, words: Words, filters: TemplateFilters, siteText: Insert): Html {
  // Marked inline, so that the footer's blocks keep the page's direction.
  const text = (value: string) => (siteText ? html`<span${siteText}>${filters.typeset(value, site.lang)}</span>` : filters.typeset(value, site.lang));
  const details = [
    site.editorInChief && detail(words.editorInChief, text(site.editorInChief)),
    site.address && detail(words.address, text(site.address)),
    site.phone && detail(words.phone, html`<a href="tel:${site.phone.replace(/[^\d+]/g, '')}">${site.phone}</a>`),
    site.email && detail(words.email, html`<a href="mailto:${site.email}">${site.email}</a>`),
  ].filter(Boolean);
  return html`<footer class="site-footer">
    <p class="publisher">© ${siteText ? html`<span${siteText}>${site.publisher}</span>` : site.publisher}</p>${
      details.length > 0 &&
      html`
    <dl class="editorial">${details}
    </dl>`
    }${
      site.registration &&
      html`
    <p class="registration">${text(site.registration)}</p>`
    }
  </footer>`;
}

function detail(label: string, value: Insert): Html {
  return html`
      <div><dt>${label}</dt> <dd>${value}</dd></div>`;
}
