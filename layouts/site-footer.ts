import type { EditionText } from '../src/core/settings/settings.ts';
import type { Words } from '../src/core/words/index.ts';
import type { PageData, TemplateFilters } from '../src/render/template-data.ts';
import { html, type Html, type Insert } from './html.ts';
import { pageWriting, siteTextWithin } from './page-words.ts';
import { siteText } from './site-text.ts';

/**
 * The site's footer: the publisher, then the editorial details a newsroom shows (site.json), each
 * only when set, in the page's edition's language where it gives them. The labels are the page's
 * `words`; what the site owner wrote is marked with its language where the page is in another.
 */
export function siteFooter(data: PageData, words: Words, filters: TemplateFilters): Html {
  const { site } = data;
  const page = pageWriting(data, filters);
  // Marked inline, so that the footer's blocks keep the page's direction.
  const text = (field: EditionText, typeset = true) => {
    const { text: value, lang } = siteText(data, field);
    if (!value) return undefined;
    const shown = typeset ? filters.typeset(value, lang) : value;
    const mark = siteTextWithin(page, filters, lang);
    return mark ? html`<span${mark}>${shown}</span>` : shown;
  };
  const editorInChief = text('editorInChief');
  const address = text('address');
  const registration = text('registration');
  const details = [
    editorInChief && detail(words.editorInChief, editorInChief),
    address && detail(words.address, address),
    site.phone && detail(words.phone, html`<a href="tel:${site.phone.replace(/[^\d+]/g, '')}">${site.phone}</a>`),
    site.email && detail(words.email, html`<a href="mailto:${site.email}">${site.email}</a>`),
  ].filter(Boolean);
  return html`<footer class="site-footer">
    <p class="publisher">© ${text('publisher', false)}</p>${
      details.length > 0 &&
      html`
    <dl class="editorial">${details}
    </dl>`
    }${
      registration &&
      html`
    <p class="registration">${registration}</p>`
    }
  </footer>`;
}

function detail(label: string, value: Insert): Html {
  return html`
      <div><dt>${label}</dt> <dd>${value}</dd></div>`;
}
