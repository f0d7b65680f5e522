import type { Feed } from '../src/index/feeds.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import type { Edition, SiteSettings } from '../src/core/settings/settings.ts';
import { html } from '../layouts/html.ts';
import { onePagePer } from '../layouts/one-page-per.ts';
import { siteText } from '../layouts/site-text.ts';

/**
 * The Atom feeds: the site's, one per tag and one per section (src/index/feeds.ts), each with its newest articles in
 * full. A JavaScript template because there are some 300 of them: a Nunjucks permalink is compiled
 * again for every page it paginates. Markup through `html`, which escapes as XML needs too.
 */
export default class Feeds {
  data() {
    return {
      ...onePagePer('feeds', 'feed'),
      eleventyExcludeFromCollections: true,
    };
  }

  render(this: TemplateFilters, data: { feed: Feed; site: SiteSettings; edition: Edition }): string {
    const { feed, edition } = data;
    // The site's name, description and publisher as the feed's edition writes them.
    const [name, description, publisher] = (['name', 'description', 'publisher'] as const).map((field) => siteText(data, field).text);
    const newest = feed.entries[0];
    const updated = this.atomDate(newest?.date ?? '1970-01-01', newest?.time);
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${edition.lang}">
  <title>${name}${feed.tag && html`: #${feed.tag.name}`}${feed.section && html`: ${feed.section.name}`}</title>
  <subtitle>${description}</subtitle>
  <id>${this.fullUrl(feed.url)}</id>
  <link rel="self" type="application/atom+xml" href="${this.fullUrl(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${this.fullUrl(feed.pageUrl)}"/>
  <updated>${updated}</updated>
  <author><name>${publisher}</name></author>${feed.entries.map(
    (entry) => html`
  <entry xml:lang="${this.langTag(this.writingOf(entry))}">
    <title>${entry.title}</title>
    <link rel="alternate" type="text/html" href="${this.fullUrl(entry.url)}"/>
    <id>${this.fullUrl(entry.url)}</id>
    <published>${this.atomDate(entry.date, entry.time)}</published>
    <updated>${this.atomDate(entry.date, entry.time)}</updated>
    <summary>${entry.description}</summary>${entry.tags.map(
      (tag) => html`
    <category term="${tag.name}"/>`,
    )}
    <content type="html">${this.articleBody(entry)}</content>
  </entry>`,
  )}
</feed>
`.markup;
  }
}
