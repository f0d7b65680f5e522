import { SiteFileError } from './errors.ts';

// A site path: `/`, segments, `/`. No `.` or `..` segment, no empty segment, no backslash, no scheme,
// query, fragment, space or control character: the URL is also where Eleventy writes the page.
const SEGMENT = String.raw`(?!\.\.?/)[^/\\?#%:\s\p{Cc}]+`;
const SITE_PATH = new RegExp(String.raw`^/(?:${SEGMENT}/)*$`, 'u');

/** The `url` of an article, checked: a hand edit cannot point a page outside the site or at a script. */
export function checkArticleUrl(url: string, file: string): string {
  if (!SITE_PATH.test(url)) {
    throw new SiteFileError(file, `\`url\` must be a path within the site like /2026/01/slug/, found "${url.slice(0, 80)}"`);
  }
  return url;
}
