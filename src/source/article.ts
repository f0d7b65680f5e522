/** The typed result of parsing one source text. Plain data: no paths, no HTML. */
import type { Language } from '../core/language.ts';
import { isSalutation } from './line-shape.ts';

/** Who reported the story (`Kazpravda.kz`) and whom they cite (`Сенат`), when the lead says so. */
export interface Attribution {
  outlet: string;
  via?: string;
}

/** A line of the source left out of the article, and the rule that left it out, for `habar check`. */
export interface SkippedLine {
  line: number;
  text: string;
  /** What the line was taken for: `share prompt`, `date or time stamp`, `headline repeated`. */
  rule: string;
}

/** What the parser did in the editor's stead and the editor should still fix, for `habar check` and the build: `file:line: warning: reason`. */
export interface SourceWarning {
  line: number;
  reason: string;
}

export interface Article {
  /** Calendar date `YYYY-MM-DD`, with no time or zone attached. */
  date: string;
  /** Time of publication `HH:MM` (24-hour, Almaty time), when the source gives one. */
  time?: string;
  title: string;
  lang: Language;
  /** Body paragraphs in the author's order; the first one is the lead. */
  paragraphs: string[];
  photoCredit?: string;
  /** Describes the lead photo for readers who cannot see it (`Alt: ...` line). */
  photoAlt?: string;
  attribution?: Attribution;
  /** Display names without `#`, first spelling wins, unique after case folding. */
  tags: string[];
  /** Marked `draft` above the date line: kept out of the published site. */
  draft?: boolean;
  /** Page clutter the source holds and the article leaves out; none when the source is clean. */
  skipped?: SkippedLine[];
  /** What the source should say otherwise (a headline taken from under a lead pasted on the date line); none when nothing. */
  warnings?: SourceWarning[];
}

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/** The article's first paragraph of words: a separator the page printed (`***`) is no lead, nor a speech's salutation (`Құрметті отандастар!`). */
export function leadOf(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.find((paragraph) => LETTER_OR_FIGURE.test(paragraph) && !isSalutation(paragraph)) ?? '';
}
