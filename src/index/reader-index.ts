import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_REFUSED } from '../ingest/links.ts';
import { SOURCES_DIR } from '../core/paths.ts';
import { buildArchive, type Archive } from './archive.ts';
import { linkArticles, type LinkedArticle } from './article-links.ts';
import { SiteFileError } from '../core/errors.ts';
import { buildFeeds, type Feed } from './feeds.ts';
import { processLeadPhoto, type LeadPhoto } from './lead-photo.ts';
import { recentNews } from './news-sitemap.ts';
import { searchShards, type SearchShard } from './search-shards.ts';
import type { SiteSettings } from '../core/settings/settings.ts';
import { sitemapFiles, type SitemapFile } from './sitemaps.ts';
import type { SiteArticle, SiteIndex } from './site-index.ts';

export interface ReaderArticle extends LinkedArticle {
  leadPhoto?: LeadPhoto;
}

/** The site index plus what readers and machines are given beyond the lists: links, archive, feeds, photos. */
export interface ReaderIndex extends SiteIndex {
  articles: ReaderArticle[];
  archive: Archive;
  feeds: Feed[];
  /** For the Google News sitemap. */
  news: SiteArticle[];
  /** The search bundles, newest first. */
  search: SearchShard[];
  /** `/sitemap.xml`, and the files it indexes once the site has more URLs than one file may hold. */
  sitemaps: SitemapFile[];
}

export async function extendIndex(index: SiteIndex, settings: SiteSettings, root: string): Promise<ReaderIndex> {
  const linked = linkArticles(index.articles);
  const articles = await Promise.all(linked.map((article) => withPhoto(article, settings, root)));
  const archive = buildArchive(index.articles, settings.perPage, settings.lang);
  return {
    ...index,
    articles,
    archive,
    feeds: buildFeeds(index),
    news: recentNews(index.articles),
    search: searchShards(index.articles),
    sitemaps: sitemapFiles({ ...index, archive }),
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
