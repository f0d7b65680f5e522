import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashHabarCode } from '../core/code-version.ts';
import { CACHE_DIR } from '../core/paths.ts';
import type { StoredArticle } from './load-articles.ts';

const CACHE_FILE = join(CACHE_DIR, 'articles.ndjson');

/** Articles per write: the cache of a 100k archive is some 80 MB, never held as one string. */
const LINES_PER_WRITE = 1_000;

/**
 * The articles as last read from their Markdown files, by file. Each carries its version, a hash of
 * the bytes it was read from, so a build that reads and hashes a file whose version is unchanged
 * takes its article from here instead of parsing its YAML front matter again (most of the time a
 * rebuild spends reading a large archive). The parsing is habar's code, so the cache holds only
 * for the code that wrote it.
 */
export function readArticleCache(root: string): Map<string, StoredArticle> {
  const articles = new Map<string, StoredArticle>();
  try {
    const [header, ...lines] = readFileSync(join(root, CACHE_FILE), 'utf8').split('\n');
    if (header !== cacheHeader()) return articles;
    for (const line of lines) {
      if (line === '') continue;
      const article = JSON.parse(line) as StoredArticle;
      articles.set(article.file, article);
    }
  } catch {
    // None yet, or unreadable: every file is parsed, as in a first build.
    articles.clear();
  }
  return articles;
}

/** Replaces the cache with `articles`, as just read. */
export function writeArticleCache(root: string, articles: StoredArticle[]): void {
  const path = join(root, CACHE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${cacheHeader()}\n`);
    for (let start = 0; start < articles.length; start += LINES_PER_WRITE) {
      const lines = articles.slice(start, start + LINES_PER_WRITE).map((article) => `${JSON.stringify(article)}\n`);
      writeSync(fd, lines.join(''));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

function cacheHeader(): string {
  return JSON.stringify({ habar: hashHabarCode() });
}
