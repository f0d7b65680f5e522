import { join } from 'node:path';
import { ARTICLES_DIR, SOURCES_DIR } from '../ingest/paths.ts';
import type { Language } from '../source/article.ts';
import { cacheUrlFilter } from './cached-url-filter.ts';
import { readableDate } from './dates.ts';
import { daysCovered, listTitle } from './list-titles.ts';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { articleBodyRenderer, cachedRenderer, createMarkdown } from './markdown.ts';
import { readerFilters } from './reader-filters.ts';
import { copyPhotos } from './photo-output.ts';
import { defaultSettings, type SiteSettings } from './settings.ts';
import { policyFromEnv, publicationState } from './publication.ts';
import { pagesToWrite, type PagesToWrite } from './pages-to-write.ts';
import type { ReadRecorder } from './page-reads.ts';
import type { ReaderIndex } from './reader-index.ts';
import type { RenderedBodies } from './rendered-bodies.ts';
import { readSite } from './site-data.ts';

export interface HabarOptions {
  /** Site root; content/ and its articles are found below it. */
  root: string;
  /** Articles per page on the home page and on each tag page. */
  perPage: number;
  /** Site settings (content/_data/site.json with environment overrides), for full URLs and photos. */
  settings: SiteSettings;
}

export const defaultOptions: HabarOptions = { root: process.cwd(), perPage: 20, settings: defaultSettings };

/**
 * habar's Eleventy plugin. Articles reach Eleventy as data (`habar.articles`, `habar.homePages`,
 * `habar.tagPages`), paginated by a few templates, instead of one template per article: Eleventy
 * pays per template file and per tag collection, and this keeps both costs flat as the archive grows.
 */
export function habarPlugin(eleventyConfig: UserConfig, options: Partial<HabarOptions> = {}): void {
  const { root, perPage, settings } = { ...defaultOptions, ...options };
  const articlesDir = join(root, ARTICLES_DIR);

  // The Markdown files are data for the paginated templates, and sources are ingest's input.
  eleventyConfig.ignores.add(`${ARTICLES_DIR}/**`);
  eleventyConfig.ignores.add(`${SOURCES_DIR}/**`);
  eleventyConfig.addWatchTarget(`${ARTICLES_DIR}/`);

  // `habar build`, the preview and the incremental builder supply the index before this plugin runs
  // (supplyIndex); run on its own (plain Eleventy, `npx @11ty/eleventy`) the plugin reads the articles itself.
  // A copy: globalData is the object addGlobalData fills below, and loadIndex must not find itself there.
  const supplied = { ...(eleventyConfig.globalData ?? {}) } as { habar?: () => ReaderIndex; habarPages?: () => PagesToWrite; habarBodies?: () => RenderedBodies };
  let index: Promise<ReaderIndex> | undefined;
  const loadIndex = async () => supplied.habar?.() ?? (index ??= readSite(articlesDir, root, { ...settings, perPage }).then((site) => site.index));
  const loadPages = async () => supplied.habarPages?.() ?? pagesToWrite(await loadIndex());
  // Today's date in Almaty, for drafts and scheduled articles: once per run, not per page.
  let todayDate: string | undefined;
  // Read once per build (both global data entries share it), again for each rebuild of a watch.
  eleventyConfig.on('eleventy.before', () => {
    index = undefined;
    todayDate = undefined;
  });
  if (!supplied.habar) {
    eleventyConfig.addGlobalData('habar', loadIndex);
    eleventyConfig.addGlobalData('habarPages', loadPages);
  }
  // Processed lead photos live in a cache folder between builds; each run copies those of the articles
  // it writes, before their pages, so that a page on disk never shows a photo that is not there yet.
  eleventyConfig.on('eleventy.before', async ({ directories }: { directories: { output: string } }) => {
    const photos = (await loadPages()).articles.flatMap((article) => article.leadPhoto?.files ?? []);
    await copyPhotos(photos, directories.output);
  });

  cacheUrlFilter(eleventyConfig);
  eleventyConfig.addFilter('articleBody', articleBodyRenderer(cachedRenderer(createMarkdown()), root, supplied.habarBodies?.()));
  readerFilters(eleventyConfig, settings);
  eleventyConfig.addFilter('readableDate', (date: string, lang: Language) => readableDate(date, lang));
  eleventyConfig.addFilter('listTitle', listTitle);
  eleventyConfig.addFilter('dateRange', daysCovered);
  // 'draft' or 'scheduled' only in the preview and `build --drafts`, where such articles are shown.
  eleventyConfig.addFilter('publicationState', (article: { date: string; draft?: boolean }) => publicationState(article, (todayDate ??= policyFromEnv().today)));
}

/**
 * For a caller that has already read the articles (`habar build`, the incremental builder): hands
 * Eleventy the index (`habar`) and the paginated pages to write (`habarPages`), so the plugin does
 * not read content/articles again, and in a full build the bodies the search threads have rendered
 * (`habarBodies`, for the articleBody filter). With `reads`, each page sees the index through its
 * own recording view (computed data, so that computed data of templates reads it too). Call from
 * the `config` option of the Eleventy constructor.
 */
export function supplyIndex(
  eleventyConfig: UserConfig,
  index: () => ReaderIndex,
  pages: () => PagesToWrite,
  { bodies, reads }: { bodies?: RenderedBodies; reads?: ReadRecorder } = {},
): void {
  eleventyConfig.addGlobalData('habar', index);
  eleventyConfig.addGlobalData('habarPages', pages);
  if (bodies) eleventyConfig.addGlobalData('habarBodies', () => bodies);
  if (!reads) return;
  // A function that returns the computed data's function: addGlobalData calls the function it is given.
  eleventyConfig.addGlobalData('eleventyComputed.habar', () => (data: { page: { url: string } }) => reads.indexFor(data.page.url));
}
