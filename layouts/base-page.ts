import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import { dirAttribute } from './direction.ts';
import { editionSwitch } from './edition-switch.ts';
import { headMeta } from './head-meta.ts';
import { html, type Html } from './html.ts';
import { pageWriting, siteTextWithin } from './page-words.ts';
import { siteFooter } from './site-footer.ts';
import { sectionLang, siteText } from './site-text.ts';

/**
 * The page around `content`: head, site header and navigation, footer. The article and list
 * layouts call it rather than naming base.11ty.ts as their layout: a layout of a layout costs Eleventy
 * a copy of the page's data and a render step for each of the site's pages.
 */
export function basePage(data: PageData, filters: TemplateFilters, content: Html): Html {
  const { article, edition } = data;
  const writing = pageWriting(data, filters);
  const words = filters.words(writing);
  // What the site owner wrote (the site's name, its sections) is marked with its language on a page in another.
  const name = siteText(data, 'name');
  const sections = data.habar.editions.find((each) => each.path === edition.path)!.sections;
  // The link of the page itself, or of the section or index its page belongs to, is marked (and styled).
  // The URL read once: each read of `data.page` makes Eleventy a proxy of it.
  const pageUrl = data.page.url;
  const current = (url: string) => pageUrl.startsWith(url) && html` aria-current="${pageUrl === url ? 'page' : 'true'}"`;
  return html`<!doctype html>
<html lang="${filters.langTag(writing)}"${dirAttribute(filters, writing)}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${article ? article.title : data.title || name.text}</title>${headMeta(data, filters)}
  <link rel="icon" href="${filters.url('/assets/favicon.svg')}" type="image/svg+xml">
  <link rel="stylesheet" href="${filters.url('/assets/site.css')}">${(data.stylesheets ?? []).map(
    (href) => html`
  <link rel="stylesheet" href="${filters.url(href)}">`,
  )}${(data.scripts ?? []).map(
    (src) => html`
  <script src="${filters.url(src)}" defer></script>`,
  )}
</head>
<body>
  <a class="skip-link" href="#main">${words.skipToContent}</a>
  <header class="site-header">
    <a class="site-name" href="${filters.url(edition.path)}"${siteTextWithin(writing, filters, name.lang)}>${name.text}</a>
    <nav aria-label="${words.sections}">
      <ul>${sections.map(
        (section) => html`
        <li><a href="${filters.url(section.url)}"${current(section.url)}${siteTextWithin(writing, filters, sectionLang(data, section))}>${section.name}</a></li>`,
      )}
        <li><a href="${filters.url(`${edition.path}tags/`)}"${current(`${edition.path}tags/`)}>${words.tags}</a></li>
        <li><a href="${filters.url(`${edition.path}archive/`)}"${current(`${edition.path}archive/`)}>${words.archive}</a></li>
        <li><a href="${filters.url(`${edition.path}search/`)}"${current(`${edition.path}search/`)}>${words.search}</a></li>
      </ul>
    </nav>${editionSwitch(data, filters)}
  </header>
  <main id="main" tabindex="-1">
${content}
  </main>
  ${siteFooter(data, words, filters)}
</body>
</html>
`;
}
