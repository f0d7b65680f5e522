// tier: slow (Eleventy runs in this process)
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type UserConfig from '@11ty/eleventy/UserConfig';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheUrlFilter } from '../../src/site/cached-url-filter.ts';
import { throwawayFolders } from '../helpers/site.ts';

type UrlFilter = (url: string) => string;

const folder = throwawayFolders('habar-url-filter-');

/** Eleventy's own `url` filter and habar's, from a real Eleventy config with `pathPrefix`. */
async function urlFilters(pathPrefix: string): Promise<{ eleventys: UrlFilter; habars: UrlFilter }> {
  const input = folder();
  let config!: UserConfig;
  const eleventy = new Eleventy(input, join(input, '_site'), {
    quietMode: true,
    pathPrefix,
    config: (eleventyConfig: UserConfig) => {
      config = eleventyConfig;
    },
  });
  await eleventy.init();
  const eleventys = config.getFilter('url') as UrlFilter;
  cacheUrlFilter(config);
  const habars = config.getFilter('url') as UrlFilter;
  return { eleventys, habars };
}

/** Site paths and near misses: dots, double slashes, queries, fragments, Cyrillic, full URLs. */
const values = fc.oneof(
  fc.array(fc.constantFrom('/', '.', '..', 'a', 'news', 'қазақ', '?q=1', '#top', 'feed.xml', '%20', ':', 'https:'), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.constantFrom('', '/', '//', '/news', '/news/', '/a/b', '/a/b/', '/2026/01/senat/', '/tags/сенат/', '/feed.xml', 'https://habar.kz/a/', '//cdn.example/x.js', 'tags/', '/a/../b/', '/a//b/'),
);

describe('the memoized url filter', () => {
  for (const pathPrefix of ['/', '/news/', 'news', '/news', '/a/b/']) {
    it(`gives what Eleventy's gives, for path prefix "${pathPrefix}", asked once or again`, async () => {
      const { eleventys, habars } = await urlFilters(pathPrefix);
      fc.assert(
        fc.property(values, (value) => {
          expect(habars(value)).toBe(eleventys(value));
          expect(habars(value)).toBe(eleventys(value));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('prefixes a site path', async () => {
    const { habars } = await urlFilters('/news/');
    expect(habars('/2026/01/senat/')).toBe('/news/2026/01/senat/');
    expect(habars('/')).toBe('/news/');
    // Eleventy takes a path equal to the prefix for the root, not for a page below it.
    expect(habars('/news/')).toBe('/news/');
  });
});
