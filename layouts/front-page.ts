import type { TemplateFilters } from '../src/render/template-data.ts';
import type { FrontPage } from '../src/index/front-page.ts';
import type { ReaderArticle } from '../src/index/reader-index.ts';
import type { Writing } from '../src/core/language.ts';
import type { Words } from '../src/core/words/index.ts';
import { dirAttribute } from './direction.ts';
import { html, raw, type Html } from './html.ts';
import { EAGER_THUMBNAILS, newsItem, publishedAt } from './news-item.ts';

/**
 * The home page above its pagination: the lead story with its photo and lead, the latest news
 * beside it on wide screens, and a block per section (or busy tag) below.
 */
export function frontPage(filters: TemplateFilters, front: FrontPage<ReaderArticle>, writing: Writing, words: Words, heading: string): Html {
  const { lead } = front;
  const leadWriting = filters.writingOf(lead);
  return html`<h1 class="visually-hidden">${heading}</h1>
<div class="front">
<article class="front-lead" lang="${filters.langTag(leadWriting)}"${dirAttribute(filters, leadWriting, writing)}>
  ${lead.leadPhoto && html`<div class="front-lead-photo">${raw(lead.leadPhoto.html)}</div>
  `}<h2><a href="${filters.url(lead.url)}">${filters.typeset(lead.title, lead.lang)}</a></h2>
  ${publishedAt(filters, lead)}${lead.description && html`
  <p class="front-lead-text">${filters.typeset(lead.description, lead.lang)}</p>`}
</article>${
    front.latest.length > 0 &&
    html`
<section class="front-latest" aria-labelledby="front-latest">
  <h2 id="front-latest">${words.latest}</h2>
  <ol class="article-list news-list">${front.latest.map((item, at) => newsItem(filters, item, writing, at < EAGER_THUMBNAILS))}
  </ol>
</section>`
  }${
    front.blocks.length > 0 &&
    html`
<div class="front-blocks">${front.blocks.map(
      (block, at) => html`
<section class="front-block" aria-labelledby="front-block-${at + 1}">
  <h2 id="front-block-${at + 1}"><a href="${filters.url(block.url)}">${block.heading}</a></h2>
  <ul class="news-list block-list">${block.articles.map((item) => newsItem(filters, item, writing, false))}
  </ul>
</section>`,
    )}
</div>`
  }
</div>`;
}
