import { join } from 'node:path';
import { SOURCES_DIR } from '../core/paths.ts';
import type { Registry } from '../ingest/registry-shape.ts';
import { printable } from '../core/printable.ts';
import { foldTag } from '../source/rules/hashtags.ts';
import type { StoredArticle } from '../index/load-articles.ts';
import { isShown, publicationState, type PublicationPolicy } from '../index/publication.ts';

export interface Unpublished {
  /** The source's path, which is what an editor opens. */
  source: string;
  date: string;
}

export interface SiteSummary {
  articles: number;
  tags: number;
  /** Lines of the sources left out as page clutter (`habar check` lists them). */
  skippedLines: number;
  drafts: Unpublished[];
  scheduled: Unpublished[];
}

/** What the built site holds and what was left out of it, from the articles the build read. */
export function summarizeSite(stored: StoredArticle[], policy: PublicationPolicy, registry?: Registry): SiteSummary {
  const skippedLines = Object.values(registry?.articles ?? {}).reduce((sum, entry) => sum + (entry.skipped ?? 0), 0);
  const summary: SiteSummary = { articles: 0, tags: 0, skippedLines, drafts: [], scheduled: [] };
  const tags = new Set<string>();
  for (const article of stored) {
    const state = publicationState(article, policy.today);
    if (state !== 'published') {
      const entry = { source: article.source ? join(SOURCES_DIR, article.source) : article.file, date: article.date };
      (state === 'draft' ? summary.drafts : summary.scheduled).push(entry);
    }
    if (!isShown(article, policy)) continue;
    summary.articles++;
    for (const tag of article.tags) tags.add(foldTag(tag));
  }
  summary.tags = tags.size;
  return summary;
}

export interface BuildFigures {
  pagesWritten: number;
  errors: number;
  seconds: number;
}

/** The lines `habar build` ends with: what was left out (or included), then one line of figures. */
export function formatSummary(summary: SiteSummary, figures: BuildFigures, policy: PublicationPolicy): string {
  const lines: string[] = [];
  const left = policy.includeUnpublished ? 'included (--drafts)' : 'not published';
  for (const draft of summary.drafts) lines.push(`${printable(draft.source)}: draft, ${left}`);
  for (const later of summary.scheduled) lines.push(`${printable(later.source)}: scheduled for ${later.date}, ${left}`);
  lines.push([
    `articles: ${summary.articles}`,
    `tags: ${summary.tags}`,
    `pages written: ${figures.pagesWritten}`,
    `drafts: ${summary.drafts.length}`,
    `scheduled: ${summary.scheduled.length}`,
    `clutter lines skipped: ${summary.skippedLines}`,
    `errors: ${figures.errors}`,
    `time: ${figures.seconds.toFixed(2)} s`,
  ].join(' · '));
  return `${lines.join('\n')}\n`;
}
