import type { Article } from './article.ts';
import { SourceError } from './errors.ts';
import { normalizeLines } from './normalize.ts';
import { attribution } from './rules/attribution.ts';
import { dateLine } from './rules/date-line.ts';
import { draft } from './rules/draft.ts';
import { hashtags } from './rules/hashtags.ts';
import { language } from './rules/language.ts';
import { paragraphs } from './rules/paragraphs.ts';
import { photoAlt } from './rules/photo-alt.ts';
import { photoCredit } from './rules/photo-credit.ts';
import type { ParseState } from './state.ts';

export type Rule = (state: ParseState) => SourceError | void;

/** The order matters: the tag line and credit leave the lines before what is left becomes the body. */
export const rules: ReadonlyArray<[name: string, rule: Rule]> = [
  ['draft', draft],
  ['date-line', dateLine],
  ['hashtags', hashtags],
  ['photo-credit', photoCredit],
  ['photo-alt', photoAlt],
  ['paragraphs', paragraphs],
  ['attribution', attribution],
  ['language', language],
];

/** Source text → Article, or the first SourceError found. Pure: no file system, no clock. */
export function parseSource(text: string): Article | SourceError {
  const state: ParseState = { lines: normalizeLines(text), headLine: 1, article: {} };
  for (const [, rule] of rules) {
    const error = rule(state);
    if (error) return error;
  }
  const { date, title, lang, paragraphs: body, tags, photoCredit: credit, photoAlt: alt, attribution: source } = state.article;
  if (!date || !title || !lang || !body || !tags) throw new Error('parse rules left the article incomplete');
  const article: Article = { date, title, lang, paragraphs: body, tags };
  if (credit) article.photoCredit = credit;
  if (alt) article.photoAlt = alt;
  if (source) article.attribution = source;
  if (state.article.draft) article.draft = true;
  return article;
}
