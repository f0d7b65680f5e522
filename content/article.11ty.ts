import type { SiteArticle } from '../src/site/site-index.ts';

/**
 * One page per article, paginated over the article index. A JavaScript template because its
 * permalink is then a plain function call per page instead of a template compiled per page.
 */
export default class ArticlePage {
  data() {
    return {
      pagination: { data: 'habarPages.articles', size: 1, alias: 'article' },
      layout: 'article.11ty.ts',
      permalink: (data: { article: SiteArticle }) => data.article.url,
    };
  }

  render(): string {
    return '';
  }
}
