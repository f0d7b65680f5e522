import { join, resolve } from 'node:path';
import { ARTICLES_DIR, SETTINGS_FILE, SOURCES_DIR } from '../core/paths.ts';
import { langTag, writingOf, type Language, type Writing } from '../core/language.ts';
import { WORDS } from '../core/words/index.ts';
import { cacheUrlFilter } from './cached-url-filter.ts';
import { compactJavaScriptFunctions, globalDataOf, unwrappedFilters } from './eleventy-internals.ts';
import { readableDate } from '../index/dates.ts';
import { daysCovered, listTitle } from './list-titles.ts';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { articleBodyRenderer, cachedRenderer, createMarkdown } from '../index/body/markdown.ts';
import { readerFilters } from './reader-filters.ts';
import { copyPhotos } from './photo-output.ts';
import { loadSettings, type BuildSettings } from '../core/settings/settings.ts';
import { publicationState } from '../index/publication.ts';
import { pagesToWrite, type PagesToWrite } from './pages-to-write.ts';
import type { ReadRecorder } from './page-reads.ts';
import type { ReaderIndex } from '../index/reader-index.ts';
import type { RenderedBodies } from '../index/body/rendered-bodies.ts';
import type { TemplateFilters } from './template-data.ts';
import { readSite } from '../index/site-data.ts';
import { editionAt, editionOf, rootEdition } from '../index/editions.ts';

export interface HabarOptions {
  /** Site root; content/ and its articles are found below it. */
  root: string;
  /** The build's settings, asked once per run: a warm builder's later runs may fall on a later day. */
  settings: () => BuildSettings;
}

/**
 * The settings of the builds the Eleventy config is loaded for: those habar's runner supplies
 * (supplyIndex), or, run on its own (plain Eleventy), site.json and the environment read now.
 */
export function buildSettings(eleventyConfig: UserConfig, root: string): () => BuildSettings {
  const supplied = globalDataOf(eleventyConfig).habarSettings as (() => BuildSettings) | undefined;
  if (supplied) return supplied;
  const settings = loadSettings(root, process.env);
  return () => settings;
}

/**
 * habar's Eleventy plugin. Articles reach Eleventy as data (`habar.articles`, `habar.homePages`,
 * `habar.tagPages`), paginated by a few templates, instead of one template per article: Eleventy
 * pays per template file and per tag collection, and this keeps both costs flat as the archive grows.
 */
export function habarPlugin(eleventyConfig: UserConfig, { root, settings }: HabarOptions): void {
  const articlesDir = join(root, ARTICLES_DIR);

  // The Markdown files are data for the paginated templates, and sources are ingest's input.
  eleventyConfig.ignores.add(`${ARTICLES_DIR}/**`);
  eleventyConfig.ignores.add(`${SOURCES_DIR}/**`);
  eleventyConfig.addWatchTarget(`${ARTICLES_DIR}/`);

  // `habar build`, the preview and the incremental builder supply the index before this plugin runs
  // (supplyIndex); run on its own (plain Eleventy, `npx @11ty/eleventy`) the plugin reads the articles itself.
  // A copy: globalData is the object addGlobalData fills below, and loadIndex must not find itself there.
  const supplied = { ...globalDataOf(eleventyConfig) } as { habar?: () => ReaderIndex; habarPages?: () => PagesToWrite; habarBodies?: () => RenderedBodies };
  // The run's settings and index: read once per build (every page shares them), again for each
  // rebuild of a watch or run of a warm builder.
  let run: BuildSettings | undefined;
  const current = () => (run ??= settings());
  let index: Promise<ReaderIndex> | undefined;
  const loadIndex = async () => supplied.habar?.() ?? (index ??= readSite(articlesDir, root, current()).then((site) => site.index));
  const loadPages = async () => supplied.habarPages?.() ?? pagesToWrite(await loadIndex());
  eleventyConfig.on('eleventy.before', () => {
    index = undefined;
    run = undefined;
  });
  // Templates' `site` is the settings as checked. Eleventy would also read site.json as a data file and
  // deep-merge the two, repeating every list (`sections` twice): that one file is left to habar.
  const settingsFile = resolve(root, SETTINGS_FILE);
  eleventyConfig.addDataExtension('json', { parser: (text: string, file: string) => (resolve(file) === settingsFile ? {} : JSON.parse(text)) });
  eleventyConfig.addGlobalData('site', () => current().site);
  // Each page's edition, from its article's language or its URL and the settings: a changed setting makes a full build.
  // Also plain data, the edition at `/`: Eleventy orders computed data by running it on the data there is
  // beforehand, where computed data of a template (a title) would otherwise find no `edition` to read.
  eleventyConfig.addGlobalData('edition', () => rootEdition(current().site.editions));
  eleventyConfig.addGlobalData('eleventyComputed.edition', () => (data: { page: { url: string }; article?: { lang: Language } }) => {
    const { editions } = current().site;
    return data.article ? editionOf(data.article.lang, editions) : editionAt(data.page.url, editions);
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
  readerFilters(eleventyConfig, settings().site);
  eleventyConfig.addFilter('readableDate', (date: string, lang: Writing) => readableDate(date, lang));
  eleventyConfig.addFilter('words', (lang: Writing) => WORDS[lang]);
  eleventyConfig.addFilter('writingOf', writingOf);
  eleventyConfig.addFilter('langTag', langTag);
  eleventyConfig.addFilter('listTitle', listTitle);
  eleventyConfig.addFilter('dateRange', daysCovered);
  // 'draft' or 'scheduled' only in the preview and `build --drafts`, where such articles are shown.
  eleventyConfig.addFilter('publicationState', (article: { date: string; draft?: boolean }) => publicationState(article, current().today));
  // The layouts call filters some 100 times a page, each call through two of Eleventy's wrappers
  // (a benchmark that reads the clock twice, a copy of the page into `this`): they take them unwrapped, once a page.
  let unwrapped: TemplateFilters | undefined;
  eleventyConfig.addFilter('unwrapped', () => (unwrapped ??= unwrappedFilters(eleventyConfig) as unknown as TemplateFilters));
  compactJavaScriptFunctions(eleventyConfig);
}

/**
 * For a caller that has already read the articles (`habar build`, the incremental builder): hands
 * Eleventy the build's settings (`habarSettings`), the index (`habar`) and the paginated pages to
 * write (`habarPages`), so the plugin does not read content/articles again, and in a full build the
 * bodies the search threads have rendered (`habarBodies`, for the articleBody filter). With `reads`,
 * each page sees the index through its own recording view (computed data, so that computed data of
 * templates reads it too), and its reads are stored once it is rendered (a transform). Call from the `config` option of the Eleventy constructor.
 */
export function supplyIndex(
  eleventyConfig: UserConfig,
  settings: () => BuildSettings,
  index: () => ReaderIndex,
  pages: () => PagesToWrite,
  { bodies, reads }: { bodies?: RenderedBodies; reads?: ReadRecorder } = {},
): void {
  eleventyConfig.addGlobalData('habarSettings', settings);
  eleventyConfig.addGlobalData('habar', index);
  eleventyConfig.addGlobalData('habarPages', pages);
  if (bodies) eleventyConfig.addGlobalData('habarBodies', () => bodies);
  if (!reads) return;
  // A function that returns the computed data's function: addGlobalData calls the function it is given.
  eleventyConfig.addGlobalData('eleventyComputed.habar', () => (data: { page: { url: string } }) => reads.indexFor(data.page.url));
  // Transforms run once a page's template and layouts are rendered: its reads are complete.
  eleventyConfig.addTransform('habarPageReads', function (this: { page: { url: string } }, content: string) {
    reads.pageRendered(this.page.url);
    return content;
  });
}
