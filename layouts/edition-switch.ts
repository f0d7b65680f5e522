import type { PageData, TemplateFilters } from '../src/render/template-data.ts';
import { html, type Insert } from './html.ts';
import { pageWords } from './page-words.ts';

/** Each language's name in itself, as a link to the edition in it reads. */
const LANGUAGE_NAMES = { ru: 'Русский', kk: 'Қазақша' } as const;

/**
 * On a site of several editions, a link to each other edition: to this page in its language (the
 * article's translation, the same tag, section, period or index) when there is one, else its home page.
 */
export function editionSwitch(data: PageData, filters: TemplateFilters): Insert {
  const { edition, habar } = data;
  if (habar.editions.length < 2) return false;
  const alternates = data.article?.alternates ?? data.listPage?.alternates ?? data.oneOff?.alternates;
  const others = habar.editions.filter((other) => other.path !== edition.path);
  return html`
    <nav class="edition-switch" aria-label="${pageWords(data, filters).languages}">
      <ul>${others.map((other) => {
        const target = alternates?.find((alternate) => filters.languageCode(alternate.lang) === other.lang)?.url ?? other.path;
        return html`
        <li><a href="${filters.url(target)}" hreflang="${other.lang}" lang="${other.lang}">${LANGUAGE_NAMES[other.lang]}</a></li>`;
      })}
      </ul>
    </nav>`;
}
