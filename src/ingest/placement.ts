import type { Article } from '../source/article.ts';
import { SlugAllocator } from './slug/allocator.ts';
import type { Registry } from './registry-shape.ts';

/** Where a new article lives: `/2026/01/<slug>/`, its Markdown at `2026/01/<slug>.md`. */
export function placeArticle(article: Article, allocator: SlugAllocator): { url: string; file: string } {
  const [year, month] = article.date.split('-');
  const folder = `${year}/${month}/`;
  const slug = allocator.allocate(article.title, 'article', folder);
  return { url: `/${folder}${slug}/`, file: `${folder}${slug}.md` };
}

/** The slugs of every article placed so far, as the allocator keys them. */
export function takenArticleSlugs(registry: Registry): string[] {
  return Object.values(registry.articles).map((entry) => entry.file.replace(/\.md$/, ''));
}

/** The output folder of a placed article: its URL path, which is its Markdown path without `.md`. */
export function outputFolderOf(file: string): string {
  return file.replace(/\.md$/, '');
}
