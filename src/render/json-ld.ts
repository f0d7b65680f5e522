import { publishedTime } from '../index/dates.ts';
import type { SiteArticle } from '../index/site-index.ts';
import type { Alternate } from '../index/translations.ts';
import type { SiteSettings } from '../core/settings/settings.ts';
import { fullUrl } from './urls.ts';

/** schema.org NewsArticle for an article page; `image` is a full URL: its photo, or the site's default image. */
export function newsArticle(article: SiteArticle, settings: SiteSettings, image?: string): Record<string, unknown> {
  const published = publishedTime(article.date, article.time);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    url: fullUrl(article.url, settings),
    mainEntityOfPage: fullUrl(article.url, settings),
    datePublished: published,
    dateModified: published,
    inLanguage: article.lang,
    keywords: article.tags.map((tag) => tag.name),
    publisher: { '@type': 'Organization', name: settings.publisher, url: fullUrl('/', settings) },
  };
  if (image) data.image = [image];
  // A story in several languages: the original names its translations, a translation its original.
  const others = (article.alternates ?? []).filter((other) => other.url !== article.url);
  const work = (other: Alternate) => ({ '@type': 'NewsArticle', url: fullUrl(other.url, settings), inLanguage: other.lang });
  const original = others.find((other) => other.original);
  if (original) data.translationOfWork = work(original);
  else if (others.length > 0 && article.alternates!.some((self) => self.url === article.url && self.original)) data.workTranslation = others.map(work);
  return data;
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is written as `\u003c`, which
 * JSON reads back as the same character, so no text (`</script>` in a title) can end the element.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
