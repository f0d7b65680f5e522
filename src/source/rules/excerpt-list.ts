import { SourceError } from '../errors.ts';
import { endsAsSentence, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// The mark a blog theme closes an excerpt with where it cut the text: `… прошёл […]`, `… [...]`.
const EXCERPT_CUT = /\s\[(?:…|\.\.\.)\]$/u;

/**
 * A page that lists several reports, each by its headline and an excerpt (a tag's or a section's page, a
 * site's feed), holds no single report: it is refused, never published as one. Two shapes tell it:
 * - two excerpts or more closing on a theme's cut mark, `[…]` (`Headline` / `Rubric` / `Excerpt … […]` /
 *   `Headline` / …): a report's own text never closes a paragraph there;
 * - the site's name opening the lead (`el24.kz Знаете ли вы …`, left out as the source line) opening a later
 *   paragraph again under a headline-shaped line: each item's excerpt is stamped so, the page is the feed.
 */
export function excerptList(state: ParseState): SourceError | void {
  const cuts = state.lines.filter((line) => !line.verbatim && EXCERPT_CUT.test(line.text));
  if (cuts.length >= 2) {
    return new SourceError(`the page lists several reports' excerpts, each cut off with \`[…]\` (lines ${cuts.map((line) => line.line).join(', ')}), no single report; paste one report's own page under its headline`, state.headLine);
  }
  const stamp = firstLineStamp(state);
  if (stamp === undefined) return;
  const lines = state.lines;
  for (let index = 2; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.verbatim || !line.text.startsWith(`${stamp} `) || !isSentenceLine({ text: line.text.slice(stamp.length + 1) })) continue;
    const above = lines[index - 1]!;
    if (above.verbatim || endsAsSentence(above.text) || wordCount(above.text) < 3 || wordCount(above.text) > 16) continue;
    return new SourceError(`the page is a feed of several reports: line ${line.line} opens another report's excerpt with the site's name \`${stamp}\` as the lead does, under its headline on line ${above.line}; paste one report's own page under its headline`, state.headLine);
  }
}

// A site's name as a domain: `el24.kz`.
const SITE_DOMAIN = /^[\p{L}\d-]+\.[\p{L}]{2,6}$/u;

/** The site's name glued-matter took off the lead's start (`el24.kz`), when it opened the first paragraph. */
function firstLineStamp(state: ParseState): string | undefined {
  const first = state.lines.find((line) => !line.verbatim);
  if (!first) return undefined;
  const source = state.skipped.find((s) => s.rule === 'source line' && s.line === first.line);
  return source && SITE_DOMAIN.test(source.text) ? source.text : undefined;
}
