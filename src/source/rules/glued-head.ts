import { monthNumber } from '../clutter/months.ts';
import { META_RULES } from '../clutter/table.ts';
import { isHeadlineLike, isSentenceLine, SENTENCE_OPENERS, wordCount } from '../line-shape.ts';
import { attributionIn } from './attribution.ts';
import { clutterRuleOf } from './clutter.ts';
import { sharesWordWith } from '../word-stems.ts';
import { EMBED_MORE_LINK } from './glued-matter.ts';
import type { ParseState } from '../state.ts';

// Egemen's amp pages flatten a report's head onto one line: a bullet and the stamp, the headline,
// the view counter and the newspaper's name, then the text, ending in a «read in full» link:
// `• 01 ماۋسىم, 2011 <headline> 413 رەت كورسەتىلدى Egemen Qazaqstan <text> تولىق ءماتىن`,
// Latin `• 15 Qazan, 2015 <headline> 322 ret kórsetildi Egemen Qazaqstan <text> Tolyǵymen`.
const GLUED = /^•\s*\d{1,2}\s+\p{L}+,?\s+\d{4}\s+(?<headline>.{3,250}?)\s+\d+\s+(?:рет\s+көрсетілді|ret\s+kórsetildi|رەت\s+كورسەتىلدى)\s+Egemen\s+Qazaqstan\s+(?<text>.+?)(?:\s+(?:толығымен|tolyǵymen|تولىق\s+ءماتىن))?$/iu;

// Kazpravda's page flattened the same way, the whole report on the title's line: the headline, the
// stamp with its time and views, the author and the region, then the text:
// `Зеркало жизни и времени 17 ноября 2022 г. 0:06 6345 Наталия Портнягина, Западно-Казахстанская область Театр – …`.
// Looked for in the line's first characters only: a headline is short.
const STAMP_INSIDE = /\s(\d{1,2})\s+(\p{L}+)\s+\d{4}(?:\s?г\.)?,?\s+\d{1,2}:\d{2}(?:\s+\d+)?\s+(?=\S)/u;
const STAMP_WITHIN = 260;
// Its stamp with the view counter after the time, as no sentence of a text dates a meeting: `… 9:50 2640 Имя …`.
const STAMP_WITH_VIEWS = /\s\d{4}(?:\s?г\.)?,?\s+\d{1,2}:\d{2}\s+\d+\s+\p{Lu}/u;
// The author's name and the region they write from, when the page prints them: `Наталия Портнягина, Западно-Казахстанская область`.
// Or the author's name and role: `Аскар Бейсенбаев специальный корреспондент`.
// The role may name the region it covers: `Любовь Доброта собственный корреспондент по Туркестанской области и г. Шымкент`,
// or the newsroom's department: `Асет Сыздыков старший корреспондент отдела общества` (a dek in figures may follow).
const AUTHOR = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}?[\p{L}-]+)?\s+(?:область|района?|облысы|ауданы)|\s+(?:(?:специальный|собственный|старший)\s+)?(?:корреспондент|обозреватель|журналист|редактор)(?:\s+по\s+\p{Lu}[\p{L}-]+\s+(?:области|району)(?:\s+и\s+г\.\s?\p{Lu}[\p{L}-]+)?|\s+отдела\s+\p{Ll}+(?:\s+и\s+\p{Ll}+)?)?)\s+(?=\p{Lu}|\d|[«"–—-])/u;
// The rubric some pages print between the headline and the stamp: `«Кайрат» выходит в лидеры Статьи 12 апреля …`,
// or two of them with a comma between: `Сакральный ландшафт Статьи,Далёкое - близкое 28 ноября …`.
const RUBRIC_LAST = /\s(\p{Lu}\p{Ll}+)(,\s?\p{Lu}[\p{Ll}\s-]{2,30})?$/u;
// Or a label of two words, the second in small letters, tried first: `День отважных парней Свежий выпуск 20 октября …`.
const RUBRIC_LAST_TWO = /\s(\p{Lu}\p{Ll}+\s\p{Ll}+)$/u;
// The author's name alone after the stamp and its views, the text opening on a capitalised word and a word in small
// letters after it: `… 2:38 2460 Имя Фамилия Казахстанские спасатели отметили …` (a name and a verb open a sentence).
const NAME_BEFORE_TEXT = /^(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;
const VIEWS_LAST = /\d:\d{2}\s+\d+\s*$/u;
// The credit Kazpravda prints after the dek, glued to the text: `<dek> фото автора <text>`, or naming who
// gave the picture, up to the word that opens the text (`<dek> фото Министерства просвещения РК В течение …`).
const CREDIT_AFTER_DEK = new RegExp(String.raw`^([\p{Lu}\d][^.!?]{10,200}?)\s+(фото\s+(?:автора|((?:\p{L}[\p{L}-]*\s+){0,5}?\p{L}[\p{L}-]*)(?=\s+(?:${SENTENCE_OPENERS})\s)))\s+(?=\p{Lu})`, 'u');
const AUTHOR_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+/u;
// Two authors or more, then the photographer named after `фото`, his name in the genitive, and the
// column's label glued to the text's first word: `Зарина Нокрабекова, Лаура Тусупбекова фото Игоря
// Бургандинова Историческая вехаЗа 25 лет …`. The label leaves; the photographer is the credit.
const AUTHORS_PHOTOGRAPHER = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:,\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)+\s+фото\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)\s+/u;
// The author's name alone, the dek, then the photographer after `фото`, his name in the genitive, glued to the
// text's first word: `Виктория Вовк Галерея работает с 2018 года фото Юрия Беккера Государственная …`.
const NAME_DEK_PHOTOGRAPHER = /^(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)\s+(\p{Lu}[^.!?]{10,200}?)\s+фото\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:а|я|ы|и))\s+(?=\p{Lu})/u;
const GLUED_LABEL = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,3})(?=\p{Lu}[\p{Ll}\s])/u;

interface GluedHead {
  headline: string;
  /** The report's text after the head. */
  text: string;
  /** The lead the page printed above the headline: the report's first paragraph. */
  lead?: string;
  /** The dek under the headline, before the text: a paragraph of its own. */
  dek?: string;
  /** The photo's credit the head names: the author, whose photos they are. */
  credit?: string;
  /** What the head holds besides the headline, left out of the article. */
  left: { text: string; rule: string }[];
}

/** The head the title holds before its text, split at the stamp inside it, if the title is such a line. */
function kazpravdaHead(title: string): GluedHead | undefined {
  const stamp = STAMP_INSIDE.exec(title.slice(0, STAMP_WITHIN));
  if (!stamp || monthNumber(stamp[2]!.toLowerCase()) === undefined) return undefined;
  const before = title.slice(0, stamp.index).trim();
  const rubric = [RUBRIC_LAST_TWO.exec(before), RUBRIC_LAST.exec(before)].find((last) => last && clutterRuleOf(last[1]!)?.name === 'rubric') ?? undefined;
  const headline = rubric ? before.slice(0, rubric.index) : before;
  const rubricText = rubric ? rubric[0].trim() : undefined;
  if (!isHeadlineLike(headline) || wordCount(headline) < 2) return undefined;
  const after = title.slice(stamp.index + stamp[0].length);
  const authors = AUTHORS_PHOTOGRAPHER.exec(after);
  if (authors) {
    const rest = after.slice(authors[0].length);
    const label = GLUED_LABEL.exec(rest)?.[1];
    const text = label ? rest.slice(label.length) : rest;
    if (!isSentenceLine({ text })) return undefined;
    const left = [{ text: stamp[0].trim(), rule: META_RULES.stamp.name }, { text: authors[0].replace(/\s+фото\s.*$/u, ''), rule: 'byline' }];
    if (rubricText) left.unshift({ text: rubricText, rule: 'rubric' });
    if (label) left.push({ text: label, rule: 'rubric' });
    return { headline, text, left, credit: authors[1]! };
  }
  const signed = AUTHOR.test(after) ? null : NAME_DEK_PHOTOGRAPHER.exec(after);
  if (signed) {
    const text = after.slice(signed[0].length);
    if (!isSentenceLine({ text })) return undefined;
    const left = [{ text: stamp[0].trim(), rule: META_RULES.stamp.name }, { text: signed[1]!, rule: 'byline' }];
    if (rubricText) left.unshift({ text: rubricText, rule: 'rubric' });
    return { headline, text, left, dek: signed[2]!, credit: signed[3]! };
  }
  const author = AUTHOR.exec(after)?.[0] ?? (VIEWS_LAST.test(stamp[0]) ? NAME_BEFORE_TEXT.exec(after)?.[0] : undefined) ?? '';
  const rest = after.slice(author.length).trim();
  const credit = CREDIT_AFTER_DEK.exec(rest);
  const text = credit ? rest.slice(credit[0].length) : rest;
  // The text is the report's: a sentence at least (`… 10:00 в Астане` is a headline's end).
  if (!isSentenceLine({ text })) return undefined;
  const left = [{ text: stamp[0].trim(), rule: META_RULES.stamp.name }];
  if (rubricText) left.unshift({ text: rubricText, rule: 'rubric' });
  if (author) left.push({ text: author.trim().replace(/,$/u, ''), rule: 'byline' });
  // `фото автора` names the author of the byline: her name is the credit (`Марат Ибраев собственный корреспондент …`).
  // A credit naming who gave the picture is that credit, whoever wrote the report.
  const name = credit?.[3] ?? (author ? AUTHOR_NAME.exec(author)?.[0] : undefined);
  if (credit && !name) left.push({ text: credit[2]!, rule: 'photo credit' });
  return { headline, text, left, ...(credit ? { dek: credit[1]! } : {}), ...(credit && name ? { credit: name } : {}) };
}

// A page flattened with its lead above the headline (mgorod.kz): `<lead>, передаёт корреспондент
// портала «Мой ГОРОД». <headline> <text>`. The lead is one sentence naming who reports; the headline,
// no sentence mark in it, ends on a word in small letters or figures before a word that only opens a
// sentence (`… составил 495 тенге По итогам торгов, …`): a preposition or a linking word in capitals.
// It names a word of the lead: a link to an earlier report the page prints under the lead (`<lead about
// the arrest> Токаев поручил разыскать вандалов … Скриншот с видео <text>`) shares none, and is no headline.
const FIRST_SENTENCE = /^(.{40,400}?[.!?][»"”]?)\s+(?=\p{Lu})/u;
const LEAD_SHORTEST = 40;
const CLOSING_MARK = /[.!?]/u;
const HEADLINE_THEN_TEXT = new RegExp(String.raw`^(\p{Lu}[^.!?]{10,200}?[\p{Ll}\d%»"])\s+((?:${SENTENCE_OPENERS})\s.+)$`, 'u');
const FLATTENED_HEADLINE_WORDS = 4;

/** The headline between the lead and the text of a title that holds all three. */
function leadAboveHeadline(title: string): GluedHead | undefined {
  // Tested first: the lead's closing mark stands forty characters in or further, where most titles hold none.
  if (!CLOSING_MARK.test(title.slice(LEAD_SHORTEST))) return undefined;
  const lead = FIRST_SENTENCE.exec(title);
  if (!lead || !attributionIn(lead[1]!)) return undefined;
  const rest = HEADLINE_THEN_TEXT.exec(title.slice(lead[0].length));
  if (!rest || !isHeadlineLike(rest[1]!) || wordCount(rest[1]!) < FLATTENED_HEADLINE_WORDS || !isSentenceLine({ text: rest[2]! })) return undefined;
  if (!sharesWordWith(rest[1]!, lead[1]!)) return undefined;
  return { headline: rest[1]!, lead: lead[1]!, text: rest[2]!, left: [] };
}

// An embed of the report flattened onto the title's line, as an amp page prints it: its excerpt cut
// off, the «read more» link and the headline it links (`<excerpt> из-за… Читать далее <headline>`).
const EMBED = new RegExp(String.raw`^(.{60,}?(?:…|\.\.\.))\s*(${EMBED_MORE_LINK})\s+(\S.{3,250})$`, 'iu');
const EMBED_HEADLINE_WORDS = 3;

/** The headline an embed's «read more» link names after the excerpt the title holds. */
function embedHead(title: string): GluedHead | undefined {
  // Tested first: most titles hold no excerpt's cut.
  const embed = title.includes('…') || title.includes('...') ? EMBED.exec(title) : null;
  if (!embed || !isHeadlineLike(embed[3]!) || wordCount(embed[3]!) < EMBED_HEADLINE_WORDS || !isSentenceLine({ text: embed[1]!.replace(/(?:…|\.\.\.)$/u, '.') })) return undefined;
  return { headline: embed[3]!, text: embed[1]!, left: [{ text: embed[2]!, rule: 'page navigation' }] };
}

// A page flattened onto the date line with the photo's credit between the headline and the text: `<headline> Фото и
// видео предоставлено ДЧС Атырауской области <text>`. The giver is an office's abbreviation, its region in the
// genitive after it or not, or a press service, an akimat or a department with the rest of its name in small letters;
// the text opens on the capitalised word after it. The credit is the giver.
const GIVER = String.raw`(?:\p{Lu}{2,}(?:\s+РК)?(?:\s+(?:по\s+)?\p{Lu}\p{Ll}+(?:ской|цкой|ского|цкого)\s+(?:области|района|города))?|(?:пресс-служб|акимат|департамент|управлени)\p{Ll}*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}(?:\s+\p{Lu}\p{Ll}+(?:ской|цкой|ского|цкого)\s+(?:области|района))?)`;
const HEAD_CREDIT_TEXT = new RegExp(String.raw`^(\p{Lu}[^.!?]{10,200}?[\p{Ll}\d%»"])\s+(?:[Фф]ото(?:\s+и\s+видео)?|[Вв]идео)\s+(?:предоставлен[оаы]?|предоставил[аи]?)\s+(${GIVER})\s+(\p{Lu}\p{Ll}.+)$`, 'u');

/** The headline and the text of a title holding the photo's credit between them. */
function creditInsideHead(title: string): GluedHead | undefined {
  // Tested first: most titles hold no credit.
  const found = title.includes('редостав') ? HEAD_CREDIT_TEXT.exec(title) : null;
  if (!found || !isHeadlineLike(found[1]!) || wordCount(found[1]!) < FLATTENED_HEADLINE_WORDS || !isSentenceLine({ text: found[3]! })) return undefined;
  return { headline: found[1]!, text: found[3]!, credit: found[2]!, left: [] };
}

/** A page flattened onto one line, its head before its text (Egemen's, or Kazpravda's with its views after the stamp): the headline is on it. */
export function isFlattenedPage(text: string): boolean {
  return GLUED.test(text) || (STAMP_WITH_VIEWS.test(text.slice(0, STAMP_WITHIN)) && kazpravdaHead(text) !== undefined);
}

/**
 * Such a date line's title is split: the headline stays the title, the text opens the body. A
 * title past the length a title may have is read too: the text it holds is the report.
 */
export function gluedHead(state: ParseState): void {
  const title = state.article.title;
  if (!title) return;
  const groups = GLUED.exec(title)?.groups;
  const egemen: GluedHead | undefined = groups?.headline && groups.text ? { headline: groups.headline, text: groups.text, left: [{ text: title.replace(groups.headline, '').replace(groups.text, '').replace(/\s+/gu, ' ').trim(), rule: 'page head' }] } : undefined;
  const head = egemen ?? kazpravdaHead(title) ?? leadAboveHeadline(title) ?? embedHead(title) ?? creditInsideHead(title);
  if (!head) return;
  delete state.overlongTitle;
  state.article.title = head.headline;
  state.gluedHeadline = true;
  state.lines.unshift({ text: head.text, line: state.headLine });
  if (head.dek) state.lines.unshift({ text: head.dek, line: state.headLine });
  if (head.lead) state.lines.unshift({ text: head.lead, line: state.headLine });
  if (head.credit) state.article.photoCredit = head.credit;
  for (const { text, rule } of head.left) state.skipped.push({ line: state.headLine, text, rule });
}
