/**
 * Stage 4, index: the Markdown articles become the index of the site, pure data: which articles are
 * shown, their pages, tags, links between them, the archive, feeds, sitemaps, search shards and lead
 * photos. Everything a page shows comes from here; nothing here knows Eleventy.
 */
import { join } from 'node:path';
import { loadRegistry, REGISTRY_FILE } from '../ingest/registry.ts';
import type { WrittenMarkdown } from '../ingest/markdown/write.ts';
import { readArticleCache } from './article-cache.ts';
import { loadArticles, type StoredArticle } from './load-articles.ts';
import { isShown } from './publication.ts';
import { extendIndex, type ReaderIndex } from './reader-index.ts';
import { editionOf, joinEditions } from './editions.ts';
import { translations } from './translations.ts';
import type { BuildSettings } from '../core/settings/settings.ts';
import { buildSiteIndex, checkUniqueUrls } from './site-index.ts';

/**
 * Stored articles → everything the templates read (global data `habar`): drafts and scheduled
 * articles left out unless the build shows them, then each edition's lists, links, archive, feeds
 * and photos of the articles in its language, joined. The plugin and the warm incremental builder
 * both call this, so their pages cannot differ.
 */
export async function indexSite(stored: StoredArticle[], tagSlugs: Record<string, string>, settings: BuildSettings, root: string): Promise<ReaderIndex> {
  const { editions, perPage } = settings.site;
  const shown = stored.filter((article) => isShown(article, settings));
  checkUniqueUrls(shown);
  const alternates = translations(shown, editions);
  const parts = await Promise.all(
    editions.map((edition) => {
      const articles = editions.length === 1 ? shown : shown.filter((article) => editionOf(article.lang, editions) === edition);
      const index = buildSiteIndex(articles, tagSlugs, perPage, { home: edition.path, alternates, tagSpellings: settings.site.tagSpellings });
      return extendIndex(index, settings.site, root, edition);
    }),
  );
  return joinEditions(parts, editions);
}

/** What `readSite` returns: the stored articles and the index built from them. */
export interface SiteRead {
  stored: StoredArticle[];
  index: ReaderIndex;
  /**
   * Whether the article cache holds other articles than `stored`: a build writes them into it
   * (writeArticleCache) once its thread has time, while search is indexed (some 80 MB at 100k).
   */
  articleCacheStale: boolean;
}

/**
 * Reads content/articles once: the stored articles and the index built from them. `written`: the
 * files ingest has just written, taken as written; unchanged files are taken from the article cache
 * (see loadArticles).
 */
export async function readSite(articlesDir: string, root: string, settings: BuildSettings, written?: ReadonlyMap<string, WrittenMarkdown>): Promise<SiteRead> {
  let cache: Map<string, StoredArticle> | undefined;
  const stored = await loadArticles(articlesDir, root, written, () => (cache ??= readArticleCache(root)));
  const articleCacheStale = cache?.size !== stored.length || stored.some((article) => cache!.get(article.file) !== article);
  const index = await indexSite(stored, loadRegistry(join(articlesDir, REGISTRY_FILE)).tags, settings, root);
  return { stored, index, articleCacheStale };
}
