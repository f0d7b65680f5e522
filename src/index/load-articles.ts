import { readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { readAhead, sha256 } from '../ingest/files.ts';
import { LINK_REFUSED } from '../ingest/links.ts';
import type { ArticleFrontMatter, WrittenMarkdown } from '../ingest/markdown/write.ts';
import type { Language, LatinAlphabet } from '../core/language.ts';
import { isCalendarDate } from '../core/time/calendar-date.ts';
import { isTimeOfDay } from '../core/time/time-of-day.ts';
import { checkArticleUrl } from './article-url.ts';
import { SiteFileError } from '../core/errors.ts';
import { readFrontMatter } from '../ingest/front-matter.ts';
import { isLanguage, latinAlphabet } from './languages.ts';

/**
 * One article as the templates see it, read back from its Markdown file: its front matter. The body
 * stays on disk until a page or the search index needs it (article-body.ts).
 */
export interface StoredArticle extends Omit<ArticleFrontMatter, 'lang'> {
  lang: Language;
  /** Kazakh in Latin script: the alphabet of its title and lead, which its page's words and dates follow. */
  latin?: LatinAlphabet;
  /** Path of the Markdown file relative to the site root: where its body is read, and for error messages. */
  file: string;
  /** The start of the sha256 of the Markdown file's bytes: equal versions, equal articles (page-fingerprints.ts). */
  version: string;
}

/**
 * Reads every `.md` under the articles folder. Front matter is checked, so a bad hand edit names its file.
 * A few files ahead of the one being parsed, not all at once: opening 100k at once runs out of file
 * descriptors, and one after another waits on the disk for each file not in the page cache.
 * `written`: the front matter of files ingest has just written, by path from the site root, taken as
 * written instead of read back and parsed again (at 10k articles, 1.1 s of a clean build on one core).
 * `cached`: articles as an earlier build read them (article-cache.ts), taken where the file's version
 * is the same instead of parsing its front matter again; asked for once a file is read, not before.
 */
export async function loadArticles(
  articlesDir: string,
  root: string,
  written: ReadonlyMap<string, WrittenMarkdown> = new Map(),
  cached: () => ReadonlyMap<string, StoredArticle> = () => new Map(),
): Promise<StoredArticle[]> {
  let entries: Dirent[];
  try {
    entries = readdirSync(articlesDir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const paths = entries.map((entry) => relative(root, join(entry.parentPath, entry.name)));
  // A linked file or folder would publish what it points to, wherever that is.
  const link = entries.findIndex((entry) => entry.isSymbolicLink());
  if (link >= 0) throw new SiteFileError(paths[link]!, LINK_REFUSED);
  const files = paths.filter((path, at) => path.endsWith('.md') && entries[at]!.isFile()).sort();
  const reads = readAhead(files.filter((file) => !written.has(file)).map((file) => join(root, file)));
  const articles: StoredArticle[] = [];
  for (const file of files) {
    const known = written.get(file);
    if (known) {
      articles.push(writtenArticle(file, known));
      continue;
    }
    const { value: bytes } = await reads.next();
    if (!bytes) throw new SiteFileError(file, 'it was removed while the build was reading the articles; build again');
    const version = versionOf(sha256(bytes));
    const last = cached().get(file);
    articles.push(last?.version === version ? last : toArticle(bytes, file, version));
  }
  return articles;
}

/** The article of a Markdown file ingest has just written (`file`: its path from the site root), taken as written. */
export function writtenArticle(file: string, written: WrittenMarkdown): StoredArticle {
  return fromFrontMatter({ ...written.frontMatter }, file, versionOf(written.hash));
}

function toArticle(bytes: Buffer, file: string, version: string): StoredArticle {
  return fromFrontMatter(readFrontMatter(bytes.toString('utf8'), file), file, version);
}

/** An article's version from the sha256 of its Markdown file: 64 bits tell versions apart; the whole hash would be kept for every article. */
function versionOf(hash: string): string {
  return hash.slice(0, 16);
}

/** An article from the front matter of its Markdown file (`file`: its path from the site root; `version`: see StoredArticle). */
export function fromFrontMatter(data: Readonly<Record<string, unknown>>, file: string, version: string): StoredArticle {
  const article: StoredArticle = {
    title: requireString(data, 'title', file),
    date: requireDate(data.date, file),
    lang: isLanguage(data.lang) ? data.lang : 'ru',
    description: optionalString(data, 'description', file) ?? '',
    url: checkArticleUrl(requireString(data, 'url', file), file),
    source: optionalString(data, 'source', file) ?? '',
    tags: requireTags(data.tags, file),
    file,
    version,
  };
  if (data.time !== undefined && data.time !== null) article.time = requireTime(data.time, file);
  for (const key of ['photoCredit', 'photo', 'photoAlt', 'outlet', 'via'] as const) {
    const value = optionalString(data, key, file);
    if (value) article[key] = value;
  }
  if (article.photo) checkPhotoName(article.photo, file);
  const latin = article.lang === 'kk' ? latinAlphabet(`${article.title}\n${article.description}`) : undefined;
  if (latin) article.latin = latin;
  if (data.modified !== undefined && data.modified !== null) article.modified = requireDate(data.modified, file, 'modified');
  if (data.draft === true) article.draft = true;
  return article;
}

// The photo is read from the sources folder by this name (ingest writes the image's file name): a
// path could publish any image the build can read.
const PATH_OR_CONTROL = /[/\\\p{Cc}]/u;

function checkPhotoName(name: string, file: string): void {
  if (PATH_OR_CONTROL.test(name) || name === '.' || name === '..') {
    throw new SiteFileError(file, `\`photo\` must be the file name of an image in content/sources, found ${JSON.stringify(name.slice(0, 80))}`);
  }
}

function requireString(data: Record<string, unknown>, key: string, file: string): string {
  const value = optionalString(data, key, file);
  if (!value) throw new SiteFileError(file, `the front matter needs \`${key}\``);
  return value;
}

function optionalString(data: Record<string, unknown>, key: string, file: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new SiteFileError(file, `\`${key}\` in the front matter must be text`);
  }
  return String(value);
}

// YAML reads an unquoted 2026-01-27 as a timestamp; a hand edit may well drop the quotes.
function requireDate(value: unknown, file: string, key = 'date'): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const found = typeof value === 'string' ? `, found ${JSON.stringify(value)}` : '';
  throw new SiteFileError(file, `\`${key}\` in the front matter must be a date written YYYY-MM-DD${found}`);
}

// YAML reads an unquoted 14:30 as a number (870 minutes, base 60): only a quoted time is taken.
function requireTime(value: unknown, file: string): string {
  if (typeof value === 'string' && isTimeOfDay(value)) return value;
  const found =
    typeof value === 'number'
      ? `, found the number ${value}: YAML reads an unquoted time as a number, so write it in quotes, like time: '14:30'`
      : `, found ${JSON.stringify(value)}`;
  throw new SiteFileError(file, `\`time\` in the front matter must be HH:MM (24-hour, Almaty time)${found}`);
}

function requireTags(value: unknown, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string' || tag.trim() === '')) {
    throw new SiteFileError(file, '`tags` in the front matter must be a list of names');
  }
  return value as string[];
}
