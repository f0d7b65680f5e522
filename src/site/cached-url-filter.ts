import type UserConfig from '@11ty/eleventy/UserConfig';

type UrlFilter = (this: unknown, url: string, pathPrefixOverride?: string) => string;

/**
 * Replaces Eleventy's `url` filter with a memoized one. Every page calls it for its header links
 * and every list item, with the same few thousand URLs over and over; the path prefix is fixed for
 * the life of a config.
 */
export function cacheUrlFilter(eleventyConfig: UserConfig): void {
  const url = eleventyConfig.getFilter('url') as UrlFilter;
  const prefixed = new Map<string, string>();
  eleventyConfig.addFilter('url', function (this: unknown, value: string, pathPrefixOverride?: string) {
    if (pathPrefixOverride !== undefined || typeof value !== 'string') return url.call(this, value, pathPrefixOverride);
    let result = prefixed.get(value);
    if (result === undefined) {
      result = url.call(this, value);
      prefixed.set(value, result);
    }
    return result;
  });
}
