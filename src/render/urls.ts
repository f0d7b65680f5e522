import type { SiteSettings } from '../core/settings/settings.ts';

/**
 * A site-relative path (`/2026/01/slug/`) as a full URL with the base URL and the path prefix:
 * `https://habar.example.kz/news/2026/01/slug/`. For canonical links, feeds, sitemaps and Open Graph.
 */
export function fullUrl(path: string, settings: Pick<SiteSettings, 'url' | 'pathPrefix'>): string {
  return `${settings.url}${settings.pathPrefix}${path.replace(/^\/+/, '')}`;
}
