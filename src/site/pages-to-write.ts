import type { ListPage } from './pages.ts';
import type { SiteArticle, SiteIndex, TagPage } from './site-index.ts';

/**
 * What the paginated templates write in one Eleventy run (global data `habarPages`): every page in
 * a full build, only the changed ones in an incremental update. Templates that are not paginated
 * over `habarPages` read the whole index (`habar`) and are always written.
 */
export interface PagesToWrite {
  articles: SiteArticle[];
  homePages: ListPage<SiteArticle>[];
  tagPages: TagPage[];
}

export function pagesToWrite(index: SiteIndex): PagesToWrite {
  return { articles: index.articles, homePages: index.homePages, tagPages: index.tagPages };
}
