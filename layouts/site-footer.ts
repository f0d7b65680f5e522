import type { SiteSettings } from '../src/core/settings/settings.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { html, type Html, type Insert } from './html.ts';
import { SITE_WORDS } from './site-words.ts';

/**
 * The site's footer: the publisher, then the editorial details a newsroom shows (site.json), each
 * only when set. `attributes` give it the site's language where the page is in another.
 */
export function siteFooter(site: SiteSettings, filters: TemplateFilters, attributes: Insert): Html {
  const labels = SITE_WORDS[site.lang];
  const text = (value: string) => filters.typeset(value, site.lang);
  const details = [
    site.editorInChief && detail(labels.editorInChief, text(site.editorInChief)),
    site.address && detail(labels.address, text(site.address)),
    site.phone && detail(labels.phone, html`<a href="tel:${site.phone.replace(/[^\d+]/g, '')}">${site.phone}</a>`),
    site.email && detail(labels.email, html`<a href="mailto:${site.email}">${site.email}</a>`),
  ].filter(Boolean);
  return html`<footer class="site-footer"${attributes}>
    <p class="publisher">© ${site.publisher}</p>${
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
