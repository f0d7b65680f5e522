import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

/** Every HTML file below `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * Every `href`, `src` and `srcset` URL in the built site's HTML that does not lead to a file in
 * `output` when the site is served under `prefix` (e.g. `/news/`), as `page: url` lines.
 * Full URLs to `origin` are checked too; other origins are not followed.
 */
export function brokenLinks(output: string, prefix: string, origin: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(output)) {
    const $ = load(readFileSync(file, 'utf8'));
    const urls = [
      ...$('[href]').map((_, el) => $(el).attr('href')!).get(),
      ...$('[src]').map((_, el) => $(el).attr('src')!).get(),
      ...$('[srcset]').map((_, el) => $(el).attr('srcset')!.split(',').map((part) => part.trim().split(/\s+/)[0]!)).get().flat(),
    ];
    for (const url of urls) {
      if (!resolves(url, output, prefix, origin)) broken.push(`${relative(output, file)}: ${url}`);
    }
  }
  return broken;
}

function resolves(url: string, output: string, prefix: string, origin: string): boolean {
  const absolute = url.startsWith(origin) ? url.slice(origin.length) : url;
  if (/^[a-z]+:/i.test(absolute) || absolute.startsWith('#')) return true;
  // Relative links are not used by habar's templates: treat one as broken so it gets noticed.
  if (!absolute.startsWith(prefix)) return false;
  const path = decodeURIComponent(absolute.slice(prefix.length).split(/[?#]/)[0]!);
  const target = join(output, path);
  if (!existsSync(target)) return false;
  return !statSync(target).isDirectory() || existsSync(join(target, 'index.html'));
}
