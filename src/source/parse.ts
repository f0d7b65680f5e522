/**
 * Stage 1, source: one source text (a dated report, often copied from an outlet's page) becomes an
 * `Article` or a `SourceError` naming the line. A chain of small named rules over the lines (this
 * file lists them in order); page clutter, credits and attributions are tables of data (clutter/).
 * Pure: no files, no paths.
 */
import type { Article } from './article.ts';
import { SourceError } from './errors.ts';
import { normalizeLines } from './normalize.ts';
import { attribution } from './rules/attribution.ts';
import { channelHead } from './rules/channel-head.ts';
import { clutter } from './rules/clutter.ts';
import { commentThread } from './rules/comment-thread.ts';
import { dateLine } from './rules/date-line.ts';
import { draft } from './rules/draft.ts';
import { embeddedPost } from './rules/embedded-post.ts';
import { hashtags } from './rules/hashtags.ts';
import { gluedHead } from './rules/glued-head.ts';
import { gluedMatter } from './rules/glued-matter.ts';
import { headline } from './rules/headline.ts';
import { htmlMarkup } from './rules/html-markup.ts';
import { inlineTeaser } from './rules/inline-teaser.ts';
import { language } from './rules/language.ts';
import { outletLabel } from './rules/outlet-label.ts';
import { pageHead } from './rules/page-head.ts';
import { siteBlock } from './rules/site-block.ts';
import { pageFoot } from './rules/page-foot.ts';
import { paragraphs } from './rules/paragraphs.ts';
import { photoAlt } from './rules/photo-alt.ts';
import { photoCaption } from './rules/photo-caption.ts';
import { photoCredit } from './rules/photo-credit.ts';
import { placeholder } from './rules/placeholder.ts';
import { publicationTime } from './rules/publication-time.ts';
import { repeatedHeadline } from './rules/repeated-headline.ts';
import { credentialsByline } from './rules/credentials-byline.ts';
import { repeatedKicker, repeatedLabel } from './rules/repeated-label.ts';
import { repeatedLead } from './rules/repeated-lead.ts';
import { repeatedParagraph, repeatedText } from './rules/repeated-text.ts';
import { signedSummary } from './rules/signed-summary.ts';
import { tagList } from './rules/tag-list.ts';
import { teaser } from './rules/teaser.ts';
import { titleLine } from './rules/title-line.ts';
import { verbatim } from './rules/verbatim.ts';
import { excerptList } from './rules/excerpt-list.ts';
import { programmeBlurb, programmeName, scheduleGrid } from './rules/programme-page.ts';
import type { ParseState } from './state.ts';

export type Rule = (state: ParseState) => SourceError | void;

/**
 * Raise it when a change to the rules changes what sources parse to: ingest then parses every
 * source again once (registry.ts records the version), so that articles follow the new rules.
 */
export const PARSER_VERSION = 151;

/**
 * The order matters. Lines the editor marked verbatim are set apart first; the tag list and the
 * credits leave before the clutter table runs, so a block such as «Читайте также:» cannot take
 * them; the headline is found once clutter is gone; what is left becomes the body.
 */
export const rules: ReadonlyArray<[name: string, rule: Rule]> = [
  ['draft', draft],
  ['date-line', dateLine],
  ['verbatim', verbatim],
  ['html-markup', htmlMarkup],
  ['embedded-post', embeddedPost],
  ['glued-head', gluedHead],
  ['title-line', titleLine],
  ['channel-head', channelHead],
  ['tag-list', tagList],
  ['photo-credit', photoCredit],
  ['photo-alt', photoAlt],
  ['clutter', clutter],
  ['site-block', siteBlock],
  ['programme-blurb', programmeBlurb],
  ['schedule-grid', scheduleGrid],
  ['hashtags', hashtags],
  ['teaser', teaser],
  ['repeated-text', repeatedText],
  ['signed-summary', signedSummary],
  ['headline', headline],
  ['repeated-headline', repeatedHeadline],
  ['repeated-kicker', repeatedKicker],
  ['credentials-byline', credentialsByline],
  ['repeated-label', repeatedLabel],
  ['programme-name', programmeName],
  ['photo-caption', photoCaption],
  ['page-head', pageHead],
  ['page-foot', pageFoot],
  ['comment-thread', commentThread],
  ['inline-teaser', inlineTeaser],
  ['glued-matter', gluedMatter],
  ['excerpt-list', excerptList],
  ['repeated-lead', repeatedLead],
  ['repeated-paragraph', repeatedParagraph],
  ['publication-time', publicationTime],
  ['placeholder', placeholder],
  ['outlet-label', outletLabel],
  ['paragraphs', paragraphs],
  ['attribution', attribution],
  ['language', language],
];

/** Source text → Article, or the first SourceError found. Pure: no file system, no clock. */
export function parseSource(text: string): Article | SourceError {
  const state: ParseState = { lines: normalizeLines(text), headLine: 1, article: {}, skipped: [] };
  for (const [, rule] of rules) {
    const error = rule(state);
    if (error) return error;
  }
  const { date, time, title, lang, paragraphs: body, tags, photoCredit: credit, photoAlt: alt, attribution: source } = state.article;
  if (!date || !title || !lang || !body || !tags) throw new Error('parse rules left the article incomplete');
  const article: Article = { date, title, lang, paragraphs: body, tags };
  if (time) article.time = time;
  if (credit) article.photoCredit = credit;
  if (alt) article.photoAlt = alt;
  if (source) article.attribution = source;
  if (state.article.draft) article.draft = true;
  if (state.warnings) article.warnings = state.warnings;
  if (state.skipped.length > 0) article.skipped = state.skipped.sort((a, b) => a.line - b.line);
  return article;
}
