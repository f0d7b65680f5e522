import type { Article } from './article.ts';

/** One non-blank line of a source, whitespace normalized, with its 1-based line number in the file. */
export interface SourceLine {
  text: string;
  line: number;
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
}
