import type { SiteArticle, SiteIndex, TagRef } from './site-index.ts';
import type { SectionRef, Sections } from './sections.ts';
import { articlesByTag } from './tag-lists.ts';

/** One Atom feed: the site's or a tag's newest articles. */
export interface Feed {
  /** Site-relative: `/feed.xml`, `/tags/<slug>/feed.xml`. */
  url: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** Shown by feed readers after the site's name; empty for the site feed. */
  tag?: TagRef;
  /** Shown the same way for a section's feed. */
  section?: SectionRef;
  /** Newest first. */
  entries: SiteArticle[];
}

const ENTRIES_PER_FEED = 20;

export function feedUrlOf(pageUrl: string): string {
  return `${pageUrl}feed.xml`;
}

/** The edition's feed first (at `home`, the edition's path), then one per tag in the index's tag order, then one per section. */
export function buildFeeds(index: Pick<SiteIndex, 'articles' | 'tags'>, sections: Pick<Sections, 'refs' | 'articles'>, home = '/'): Feed[] {
  const byTag = articlesByTag(index.articles);
  const refs = new Map([...byTag.keys()].map((ref) => [ref.slug, ref]));
  const site: Feed = { url: feedUrlOf(home), pageUrl: home, entries: index.articles.slice(0, ENTRIES_PER_FEED) };
  return [
    site,
    ...index.tags.map((summary): Feed => {
      const ref = refs.get(summary.slug)!;
      const entries = byTag.get(ref)!.slice(0, ENTRIES_PER_FEED).map((at) => index.articles[at]!);
      return { url: feedUrlOf(ref.url), pageUrl: ref.url, tag: ref, entries };
    }),
    ...sections.refs.map((section, at): Feed => ({ url: feedUrlOf(section.url), pageUrl: section.url, section, entries: sections.articles[at]!.slice(0, ENTRIES_PER_FEED) })),
  ];
}
