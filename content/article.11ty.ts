import { onePagePer } from '../layouts/one-page-per.ts';

/**
 * One page per article, paginated over the article index. A JavaScript template because its
 * permalink is then a plain function call per page instead of a template compiled per page.
 */
export default class ArticlePage {
  data() {
    return {
      ...onePagePer('articles', 'article'),
      layout: 'article.11ty.ts',
      // Fills the latest news beside the text and copies the page's link (layouts/article.11ty.ts).
      scripts: ['/assets/article.js'],
    };
  }

  render(): string {
    return '';
  }
}
