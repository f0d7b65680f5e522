import { DateTime } from 'luxon';
import type { SiteArticle } from './site-index.ts';

const NEWS_DAYS = 2;
const NEWS_LIMIT = 1000;

/**
 * The articles a Google News sitemap lists: those of the last two calendar days, counted back from
 * the newest article's date rather than the clock, so the same content always builds the same file;
 * at most 1,000. `articles` is newest first.
 */
export function recentNews(articles: SiteArticle[]): SiteArticle[] {
  const newest = articles[0];
  if (!newest) return [];
  const since = DateTime.fromISO(newest.date, { zone: 'utc' }).minus({ days: NEWS_DAYS - 1 }).toISODate()!;
  const recent: SiteArticle[] = [];
  for (const article of articles) {
    if (article.date < since || recent.length === NEWS_LIMIT) break;
    recent.push(article);
  }
  return recent;
}
