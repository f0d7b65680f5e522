import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import { html, raw, type Html } from './html.ts';
import { siteText } from './site-text.ts';

/**
 * Per-page metadata for search engines, feed readers and social networks, inside `<head>`. A page
 * without a lead photo shows the site's default image (`socialImage`) when there is one.
 */
export function headMeta(data: PageData, filters: TemplateFilters): Html {
  const { article, site, listPage, edition } = data;
  const name = siteText(data, 'name').text;
  const pageLang = article ? article.lang : data.lang || edition.lang;
  const alternates = article?.alternates ?? listPage?.alternates ?? data.oneOff?.alternates;
  const description = filters.metaDescription(article ? article.description : data.description || siteText(data, 'description').text || '');
  const canonical = filters.fullUrl(data.page.url);
  return html`
  <meta name="description" content="${description}">
  <link rel="canonical" href="${canonical}">${
    // The page in each language, the first as the default for readers of any other (src/index/translations.ts).
    alternates &&
    html`${alternates.map(
      (alternate) => html`
  <link rel="alternate" hreflang="${alternate.lang}" href="${filters.fullUrl(alternate.url)}">`,
    )}
  <link rel="alternate" hreflang="x-default" href="${filters.fullUrl(alternates[0]!.url)}">`
  }
  <link rel="alternate" type="application/atom+xml" title="${name}" href="${filters.url(`${edition.path}feed.xml`)}">${
    listPage?.tag &&
    html`
  <link rel="alternate" type="application/atom+xml" title="${name}: #${listPage.tag.name}" href="${filters.url(`${listPage.tag.url}feed.xml`)}">`
  }${
    listPage?.section &&
    html`
  <link rel="alternate" type="application/atom+xml" title="${name}: ${listPage.section.name}" href="${filters.url(`${listPage.section.url}feed.xml`)}">`
  }
  <meta property="og:site_name" content="${name}">
  <meta property="og:title" content="${article ? article.title : data.title || name}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${canonical}">
  <meta property="og:locale" content="${filters.ogLocale(pageLang)}">${article ? articleMeta(article, filters) : html`
  <meta property="og:type" content="website">`}${
    !article?.leadPhoto &&
    site.socialImage &&
    html`
  <meta property="og:image" content="${filters.fullUrl(site.socialImage)}">
  <meta property="og:image:alt" content="${name}">`
  }
  <meta name="twitter:card" content="${article?.leadPhoto || site.socialImage ? 'summary_large_image' : 'summary'}">`;
}

function articleMeta(article: NonNullable<PageData['article']>, filters: TemplateFilters): Html {
  const photo = article.leadPhoto;
  return html`
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${filters.publishedTime(article.date, article.time)}">${article.tags.map(
    (tag) => html`
  <meta property="article:tag" content="${tag.name}">`,
  )}${
    photo &&
    html`
  <meta property="og:image" content="${filters.fullUrl(photo.image)}">
  <meta property="og:image:width" content="${photo.width}">
  <meta property="og:image:height" content="${photo.height}">
  <meta property="og:image:alt" content="${article.photoAlt || article.title}">`
  }
  <script type="application/ld+json">${raw(filters.newsArticleJsonLd(article))}</script>`;
}
