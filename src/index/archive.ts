import type { Language } from '../core/language.ts';
import { WORDS } from '../core/words/index.ts';
import { paginate, type ListPage } from './pages.ts';
import type { SiteArticle } from './site-index.ts';

/** A year or a month of the archive, as the archive index lists it. */
export interface ArchivePeriod {
  /** `2026` or `2026-01`. */
  key: string;
  /** `2026` or `Январь 2026`, in the site's language. */
  label: string;
  url: string;
  count: number;
  /** The next period of the same length with articles, and the one before it: a month's links to its neighbours. */
  newer?: PeriodLink;
  older?: PeriodLink;
}

export interface PeriodLink {
  label: string;
  url: string;
}

export interface ArchiveYear extends ArchivePeriod {
  /** Newest first. */
  months: ArchivePeriod[];
}

export interface ArchivePage extends ListPage<SiteArticle> {
  period: ArchivePeriod;
}

export interface Archive {
  /** Newest first, for the archive index at `/archive/`. */
  years: ArchiveYear[];
  /** Paginated lists: `/archive/2026/`, `/archive/2026/01/`, ... */
  pages: ArchivePage[];
}

/** Year and month pages from the articles (newest first), so each list is newest first too; `home`: the edition's path. */
export function buildArchive(articles: SiteArticle[], perPage: number, lang: Language, home = '/'): Archive {
  const groups = new Map<string, SiteArticle[]>();
  for (const article of articles) {
    for (const key of [article.date.slice(0, 4), article.date.slice(0, 7)]) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  const periods = new Map<string, ArchivePeriod>();
  for (const [key, group] of groups) {
    periods.set(key, { key, label: labelOf(key, lang), url: `${home}archive/${key.replace('-', '/')}/`, count: group.length });
  }
  const keys = [...groups.keys()];
  linkNeighbours(keys.filter((key) => key.length === 4).map((key) => periods.get(key)!));
  linkNeighbours(keys.filter((key) => key.length === 7).map((key) => periods.get(key)!));
  const years = keys
    .filter((key) => key.length === 4)
    .map((year): ArchiveYear => ({
      ...periods.get(year)!,
      months: keys.filter((key) => key.length === 7 && key.startsWith(year)).map((key) => periods.get(key)!),
    }));
  const pages = keys.flatMap((key) => {
    const period = periods.get(key)!;
    return paginate(groups.get(key)!, perPage, period.url).map((page): ArchivePage => ({ ...page, period }));
  });
  return { years, pages };
}

/** Links each period of `newestFirst` to its neighbours in time, so a reader can leaf through the archive. */
function linkNeighbours(newestFirst: ArchivePeriod[]): void {
  newestFirst.forEach((period, at) => {
    const newer = newestFirst[at - 1];
    const older = newestFirst[at + 1];
    if (newer) period.newer = { label: newer.label, url: newer.url };
    if (older) period.older = { label: older.label, url: older.url };
  });
}

/** `2026-01` → «Январь 2026» (the nominative month, as a heading names it). */
function labelOf(key: string, lang: Language): string {
  if (key.length === 4) return key;
  const month = WORDS[lang].months[Number(key.slice(5, 7)) - 1]!;
  return `${month.charAt(0).toLocaleUpperCase(lang)}${month.slice(1)} ${key.slice(0, 4)}`;
}
