import { SiteFileError } from '../core/errors.ts';

// A site path: `/`, segments, `/`. No `.` or `..` segment, no empty segment, no backslash, no scheme,
// query, fragment, space or control character: the URL is also where Eleventy writes the page.
const SEGMENT = String.raw`(?!\.\.?/)[^/\\?#%:\s\p{Cc}]+`;
const SITE_PATH = new RegExp(String.raw`^/(?:${SEGMENT}/)*$`, 'u');

// The site's own pages and files (content/*.njk, content/*.11ty.ts, passthrough copies, lead photos,
// search bundles): an article at one of them, or below, would overwrite or hide it. Compared
// case-folded, as on a case-insensitive disk.
const RESERVED_FOLDERS = ['page', 'tags', 'search', 'archive', 'assets', 'img', 'pagefind'];
const RESERVED_FILES = ['index.html', '404.html', '_headers', 'robots.txt', 'feed.xml', 'sitemap.xml', 'news-sitemap.xml', 'latest-news.json'];
const SITEMAP_PART = /^sitemap-\d+\.xml$/;

/** The `url` of an article, checked: a hand edit cannot point a page outside the site, at a script or at a page the site generates. */
export function checkArticleUrl(url: string, file: string): string {
  if (!SITE_PATH.test(url)) {
    throw new SiteFileError(file, `\`url\` must be a path within the site like /2026/01/slug/, found "${url.slice(0, 80)}"`);
  }
  const first = url.split('/')[1]!.toLowerCase();
  if (first === '' || RESERVED_FOLDERS.includes(first) || RESERVED_FILES.includes(first) || SITEMAP_PART.test(first)) {
    throw new SiteFileError(file, `\`url\` "${url.slice(0, 80)}" is a page the site generates itself; give the article its own path like /2026/01/slug/`);
  }
  return url;
}
