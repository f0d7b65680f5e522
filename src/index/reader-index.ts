import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_REFUSED } from '../ingest/links.ts';
import { SOURCES_DIR } from '../core/paths.ts';
import { buildArchive, type ArchivePage, type ArchiveYear } from './archive.ts';
import { linkArticles, type LinkedArticle } from './article-links.ts';
import { SiteFileError } from '../core/errors.ts';
import { buildFeeds, type Feed } from './feeds.ts';
import { processLeadPhoto, type LeadPhoto } from './lead-photo.ts';
import { BLOCK_SIZE, frontPage, type FrontPage } from './front-page.ts';
import type { ListPage } from './pages.ts';
import { buildSections, type SectionPage, type SectionRef } from './sections.ts';
import { recentNews } from './news-sitemap.ts';
import { searchShards, type SearchShard } from './search-shards.ts';
import type { Edition, SiteSettings } from '../core/settings/settings.ts';
import type { SitemapFile } from './sitemaps.ts';
import type { SiteArticle, SiteIndex, TagPage, TagSummary } from './site-index.ts';

export interface ReaderArticle extends LinkedArticle {
  leadPhoto?: LeadPhoto;
}

/** A list page of the index with its articles as readers get them (their thumbnails). */
export type ReaderList<Page extends ListPage<SiteArticle>> = Omit<Page, 'items'> & { items: ReaderArticle[] };

/** The home page; its base page (`/`) carries the front page, its numbered pages are plain lists. */
export type HomePage = ReaderList<ListPage<SiteArticle>> & { front?: FrontPage<ReaderArticle> };

/** The site index plus what readers and machines are given beyond the lists: links, archive, feeds, photos, sections. */
export interface ReaderIndex extends Omit<SiteIndex, 'homePages' | 'tagPages'> {
  articles: ReaderArticle[];
  homePages: HomePage[];
  tagPages: ReaderList<TagPage>[];
  archive: { years: ArchiveYear[]; pages: ReaderList<ArchivePage>[] };
  /** The sections of the settings, in their order, in each edition. */
  sections: SectionRef[];
  sectionPages: ReaderList<SectionPage>[];
  feeds: Feed[];
  /** For the Google News sitemap. */
  news: SiteArticle[];
  /** The search bundles, newest first. */
  search: SearchShard[];
  /** `/sitemap.xml`, and the files it indexes once the site has more URLs than one file may hold. */
  sitemaps: SitemapFile[];
  /** The site's editions, in the settings' order: what each edition's own pages list, navigation, tags, archive, search. */
  editions: EditionIndex[];
}

/** What an edition's own pages show beside its lists: the header's links, the tag and archive indexes, search, news. */
export interface EditionIndex extends Edition {
  /** Its articles, newest first (the latest news beside an article). */
  articles: ReaderArticle[];
  sections: SectionRef[];
  tags: TagSummary[];
  archiveYears: ArchiveYear[];
  /** For its Google News sitemap. */
  news: SiteArticle[];
  /** Its search bundles, newest first. */
  search: SearchShard[];
}

/** The index of one edition: its articles' lists, under its path. */
export type EditionReaderIndex = Omit<ReaderIndex, 'sitemaps' | 'editions'>;

/** The index of `edition`, made of `index` (the articles in its language). */
export async function extendIndex(index: SiteIndex, settings: SiteSettings, root: string, edition: Edition): Promise<EditionReaderIndex> {
  const linked = linkArticles(index.articles);
  const articles = await Promise.all(linked.map((article) => withPhoto(article, settings, root)));
  const archive = buildArchive(index.articles, settings.perPage, edition.lang, edition.path);
  const sections = buildSections(index.articles, settings.sections, settings.perPage, edition.path, settings.tagSpellings, edition.sectionNames);
  // Lists show their articles' thumbnails: each list page gets the articles as readers get them.
  const reader = new Map<SiteArticle, ReaderArticle>(index.articles.map((article, at) => [article, articles[at]!]));
  const readerList = <Page extends ListPage<SiteArticle>>(page: Page): ReaderList<Page> => ({ ...page, items: page.items.map((item) => reader.get(item)!) });
  const homePages: HomePage[] = index.homePages.map(readerList);
  const blocks = sections.refs.map((section, at) => ({ heading: section.name, url: section.url, articles: sections.articles[at]!.slice(0, BLOCK_SIZE + 1).map((item) => reader.get(item)!) }));
  if (homePages[0]) {
    const front = frontPage(homePages[0], blocks, articles);
    if (front) homePages[0].front = front;
  }
  return {
    ...index,
    articles,
    homePages,
    tagPages: index.tagPages.map(readerList),
    archive: { years: archive.years, pages: archive.pages.map(readerList) },
    sections: sections.refs,
    sectionPages: sections.pages.map(readerList),
    feeds: buildFeeds(index, sections, edition.path),
    news: recentNews(index.articles),
    search: searchShards(index.articles, undefined, edition.path === '/' ? '' : `${edition.path.slice(1, -1)}-`),
  };
}

async function withPhoto(article: LinkedArticle, settings: SiteSettings, root: string): Promise<ReaderArticle> {
  if (!article.photo) return article;
  const source = join(root, SOURCES_DIR, article.photo);
  if (lstatSync(source, { throwIfNoEntry: false })?.isSymbolicLink()) throw new SiteFileError(article.file, `its photo ${SOURCES_DIR}/${article.photo}: ${LINK_REFUSED}`);
  try {
    return { ...article, leadPhoto: await processLeadPhoto(source, article.photoAlt ?? article.title, root, settings.pathPrefix) };
  } catch (error) {
    throw new SiteFileError(article.file, `its photo ${SOURCES_DIR}/${article.photo} could not be read: ${(error as Error).message.split('\n')[0]}`);
  }
}
