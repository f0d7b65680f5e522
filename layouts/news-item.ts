import type { TemplateFilters } from '../src/render/template-data.ts';
import type { Writing } from '../src/core/language.ts';
import type { ReaderArticle } from '../src/index/reader-index.ts';
import type { Thumbnail } from '../src/index/lead-photo.ts';
import { dirAttribute } from './direction.ts';
import { html, type Html } from './html.ts';

/** How many items of a list load their thumbnails at once: those a reader sees first; the rest wait until scrolled to. */
export const EAGER_THUMBNAILS = 3;

/**
 * A list item as news sites show one: thumbnail (when the article has a photo), time, headline and
 * the first sentence of the lead. The headline's link covers the item (site.css), so the whole card
 * is one link for a pointer and one stop for the keyboard.
 */
export function newsItem(filters: TemplateFilters, item: ReaderArticle, around: Writing, eager: boolean): Html {
  const thumbnail = item.leadPhoto?.thumbnail;
  const writing = filters.writingOf(item);
  return html`
  <li class="news-item${thumbnail ? ' with-thumb' : ''}" lang="${filters.langTag(writing)}"${dirAttribute(filters, writing, around)}>
    <a href="${filters.url(item.url)}">${filters.typeset(item.title, item.lang)}</a>
    ${publishedAt(filters, item)}${
      item.description &&
      html`
    <p class="excerpt">${filters.typeset(filters.leadExcerpt(item.description), item.lang)}</p>`
    }${thumbnail && html`
    ${thumbnailPicture(thumbnail, eager)}`}
  </li>`;
}

/** «27 января 2026, 14:30» in the article's own writing, or the day alone when the source gives no time; for machines the date or the moment. */
export function publishedAt(filters: TemplateFilters, article: ReaderArticle): Html {
  const { date, time } = article;
  return html`<time datetime="${time ? filters.publishedTime(date, time) : date}">${filters.readableDate(date, filters.writingOf(article))}${time && `, ${time}`}</time>`;
}

/** The thumbnail's `<picture>`: decorative (the headline says what it shows), its size set so nothing shifts as it loads. */
function thumbnailPicture(thumbnail: Thumbnail, eager: boolean): Html {
  // As wide as site.css shows it: 6rem on phones, 10rem from 48rem up.
  const sizes = '(min-width: 48rem) 10rem, 6rem';
  return html`<picture class="thumb"><source type="image/avif" srcset="${thumbnail.avif}" sizes="${sizes}"><source type="image/webp" srcset="${thumbnail.webp}" sizes="${sizes}"><img src="${thumbnail.src}" width="${thumbnail.width}" height="${thumbnail.height}" alt=""${eager ? '' : html` loading="lazy"`} decoding="async"></picture>`;
}
