import { clip } from '../core/printable.ts';
import type { Article } from '../source/article.ts';
import { readStamp } from '../source/clutter/stamp.ts';
import { META_RULES } from '../source/clutter/table.ts';

/**
 * A stamp of the page above the lead (or on the date line, above the headline) that dates the report
 * to another day than the date line: the parser keeps the date line's day and so takes no time from
 * that stamp. The editor is told at the stamp's line, with the time left out when it has one.
 */
export function otherDayStamp(article: Pick<Article, 'date' | 'time' | 'skipped'>, leadLine: number): { line: number; reason: string } | undefined {
  for (const stamp of article.skipped ?? []) {
    if (stamp.rule !== META_RULES.stamp.name || stamp.line >= leadLine) continue;
    const { date, time } = readStamp(stamp.text);
    if (!date || date === article.date) continue;
    const lost = time && time !== article.time ? `; its time ${time} is not taken` : '';
    return { line: stamp.line, reason: `the page's stamp "${clip(stamp.text)}" is dated ${date}, the date line ${article.date}${lost}; if the report is of ${date}, write that date on the date line` };
  }
  return undefined;
}
