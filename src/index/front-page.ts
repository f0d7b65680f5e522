import type { ListPage } from './pages.ts';

/** A block of the front page: a section's (or, on a site without sections, a busy tag's) newest articles. */
export interface FrontBlock<T> {
  /** The section's name, or the tag's with `#`. */
  heading: string;
  url: string;
  articles: T[];
}

/** What the home page shows above its list: the lead story, the latest news and a block per section. */
export interface FrontPage<T> {
  lead: T;
  /** The rest of the home page's articles, newest first. */
  latest: T[];
  blocks: FrontBlock<T>[];
}

export const BLOCK_SIZE = 4;
/** Without sections, the tags most used among this many newest articles get blocks. */
const RECENT = 200;
const TAG_BLOCKS = 3;

interface Listed {
  leadPhoto?: unknown;
  tags: { name: string; url: string }[];
}

/**
 * The front page of `home` (the home page's list, newest first): the newest article with a lead
 * photo as the lead story (the newest article when none has one), the others as the latest news,
 * then a block per section of `sections` with its newest articles other than the lead. A site without
 * sections gets blocks for the tags most used among its newest articles instead.
 */
export function frontPage<T extends Listed>(home: ListPage<T>, sections: FrontBlock<T>[], articles: T[]): FrontPage<T> | undefined {
  const lead = home.items.find((item) => item.leadPhoto) ?? home.items[0];
  if (!lead) return undefined;
  const newest = (list: T[]) => list.filter((item) => item !== lead).slice(0, BLOCK_SIZE);
  const blocks = (sections.length > 0 ? sections : busyTags(articles)).map((block) => ({ ...block, articles: newest(block.articles) }));
  return { lead, latest: home.items.filter((item) => item !== lead), blocks: blocks.filter((block) => block.articles.length > 0) };
}

/** The tags most used among the newest articles (at least twice), with their articles among those. */
function busyTags<T extends Listed>(articles: T[]): FrontBlock<T>[] {
  const byTag = new Map<string, FrontBlock<T>>();
  for (const article of articles.slice(0, RECENT)) {
    for (const tag of article.tags) {
      const block = byTag.get(tag.url) ?? { heading: `#${tag.name}`, url: tag.url, articles: [] };
      block.articles.push(article);
      byTag.set(tag.url, block);
    }
  }
  return [...byTag.values()]
    .filter((block) => block.articles.length > 1)
    .sort((a, b) => b.articles.length - a.articles.length || (a.url < b.url ? -1 : 1))
    .slice(0, TAG_BLOCKS);
}
