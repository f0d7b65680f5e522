import type { Article, SkippedLine, SourceWarning } from './article.ts';
import type { SourceError } from './errors.ts';

/** One non-blank line of a source, whitespace normalized, with its 1-based line number in the file. */
export interface SourceLine {
  text: string;
  line: number;
  /** The editor marked it with a leading `\`: text of the article, whatever it looks like. */
  verbatim?: boolean;
  /** The date line's title, moved among the lines because it looked like page matter (title-line.ts). */
  fromTitle?: boolean;
}

/**
 * What the parse rules share. Each rule takes lines it understands out of `lines`
 * and fills in its part of `article`, like a markdown-it core rule over its token stream.
 */
export interface ParseState {
  lines: SourceLine[];
  /** Line number to blame when a problem has no better line (the date line, or 1). */
  headLine: number;
  article: Partial<Article>;
  /**
   * The refusal of a title longer than a title may be, kept until the headline rule: a page that
   * prints its lead above the headline and its counter is read, any other such title is refused.
   */
  overlongTitle?: SourceError;
  /** The title is the headline read out of a page flattened onto its line (glued-head.ts), however short: page matter no more. */
  gluedHeadline?: boolean;
  /** Why the date line's title is never the headline, told by title-line.ts from the lines under it (a header's signed motto). */
  titleNeverHeadline?: string;
  /** The date line's number, when it holds the date alone and the title is the page's first line under it (date-line.ts). */
  titleBelowDate?: number;
  /** The line the article's photo credit came from (photo-credit.ts). */
  creditLine?: SourceLine;
  /** The photo's description came with its credit (the caption on the credit's line or right above it): another photo's when the credit is. */
  altWithCredit?: boolean;
  /** The source's line of the last paragraph's end, once the paragraphs are read (paragraphs.ts): what lies below is the page's foot. */
  lastTextLine?: number;
  /** What the editor should still fix in the source, though the article was published (article.ts `SourceWarning`). */
  warnings?: SourceWarning[];
  /** Lines left out of the article as page clutter, in the order found. */
  skipped: SkippedLine[];
}
