import { join } from 'node:path';
import { ARTICLES_DIR, SOURCES_DIR } from '../ingest/paths.ts';
import { loadRegistry, REGISTRY_FILE } from '../ingest/registry.ts';
import type { Language } from '../source/article.ts';
import { cacheUrlFilter } from './cached-url-filter.ts';
import { readableDate } from './dates.ts';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { loadArticles } from './load-articles.ts';
import { createMarkdown } from './markdown.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';
import { pagesToWrite, type PagesToWrite } from './pages-to-write.ts';
import { isShard, SHARD_DATA_KEY } from './shard.ts';

export interface HabarOptions {
  /** Site root; content/ and its articles are found below it. */
  root: string;
  /** Articles per page on the home page and on each tag page. */
  perPage: number;
}

export const defaultOptions: HabarOptions = { root: process.cwd(), perPage: 20 };

/**
 * habar's Eleventy plugin. Articles reach Eleventy as data (`habar.articles`, `habar.homePages`,
 * `habar.tagPages`), paginated by a few templates, instead of one template per article: Eleventy
 * pays per template file and per tag collection, and this keeps both costs flat as the archive grows.
 */
export function habarPlugin(eleventyConfig: UserConfig, options: Partial<HabarOptions> = {}): void {
  const { root, perPage } = { ...defaultOptions, ...options };
  const articlesDir = join(root, ARTICLES_DIR);

  // The Markdown files are data for the paginated templates, and sources are ingest's input.
  eleventyConfig.ignores.add(`${ARTICLES_DIR}/**`);
  eleventyConfig.ignores.add(`${SOURCES_DIR}/**`);
  eleventyConfig.addWatchTarget(`${ARTICLES_DIR}/`);

  // An incremental update (src/incremental) supplies both before this plugin runs: the index it keeps
  // in memory, and as `habarPages` only the pages that changed. A full build writes every page.
  const given = (eleventyConfig.globalData ?? {}) as Record<string, unknown>;
  if (!('habar' in given)) {
    const shard = isShard(given[SHARD_DATA_KEY]) ? given[SHARD_DATA_KEY] : undefined;
    let index: Promise<SiteIndex> | undefined;
    const loadIndex = () => (index ??= loadArticles(articlesDir, root).then((stored) =>
      buildSiteIndex(stored, loadRegistry(join(articlesDir, REGISTRY_FILE)).tags, perPage)));
    eleventyConfig.addGlobalData('habar', loadIndex);
    eleventyConfig.addGlobalData('habarPages', async (): Promise<PagesToWrite> => pagesToWrite(await loadIndex(), shard));
  }

  cacheUrlFilter(eleventyConfig);
  const markdown = createMarkdown();
  eleventyConfig.addFilter('markdown', (text: string) => markdown.render(text));
  eleventyConfig.addFilter('readableDate', (date: string, lang: Language) => readableDate(date, lang));
}
