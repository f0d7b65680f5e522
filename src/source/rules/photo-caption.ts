import { monthNumber } from '../clutter/months.ts';
import { META_RULES } from '../clutter/table.ts';
import { endsAsSentence, holdsSentence, isListItem, isSentenceLine, scriptOf, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { attributionIn } from './attribution.ts';
import { hasHeadlineVerb, hasVerb } from './page-foot.ts';

// A caption's closing place and date, after a sentence or alone: `… человека. Алматы, 14 октября 2019 года.`,
// Kazakh `… пойыз. Алматы, 16 тамыз 2017 жыл.`, or the date without the place: `На отчетной встрече акима. 20 февраля 2019 года.`
// The place may name its district and region: `Темирский район Актюбинской области, 27 января 2021 года.`
const PLACE_NOUN = String.raw`район|района|область|области|округ|округа|село|город|города|поселок|аул|ауданы|облысы|ауылы|қаласы`;
const PLACE_AND_DATE = new RegExp(String.raw`(?:^|[.!?]["»”)]?\s+)(?:\p{Lu}[\p{L}-]+(?:\s(?:\p{Lu}[\p{L}-]+|${PLACE_NOUN})){0,4},\s+)?\d{1,2}\s+(\p{L}+)\s+\d{4}(?:\s+(?:года|г\.|жылы|жыл|ж\.))?\.?$`, 'u');
// A caption in the lead's place is short: what the photo shows, then where and when (azattyq.org's amp pages).
const CAPTION_SENTENCES = 2;
const CAPTION_LONGEST = 40;
const YEAR_END = /\d{4}(?:\s+\S{1,5})?$/u;

// A Kazakh caption closing on what it shows, a photo taken then and there: `Мюнхен, 1950-жылдары
// түсірілген сурет.` (`a photo taken in Munich in the 1950s`), in the three scripts.
const TAKEN_PHOTO = /\s(?:түсірілген|túsirilgen|تۇسىرىلگەن)\s+(?:сурет|фото|фотосурет|sýret|foto|سۋرەت)\.?$/iu;

// A Russian caption in the lead's place names what the photo shows, a phrase with one clause about it
// and no verb of its own: `Здание следственного изолятора в Караганде, где шел суд …` (a lead's sentence
// has its verb, before the clause or after it, set apart by a second comma). One comma, one sentence.
const SHOWN_THEN_CLAUSE = /^(\p{Lu}[^,.!?:;«»"—–]{4,120}),\s(?:(?:в|на|у|из|с|под|за|перед|над|возле)\s)?(?:где|котор(?:ый|ая|ое|ые|ого|ой|ом|ых|ую|им))\s[^,!?;]{10,250}\.$/u;
// What a photo shows is named in a few words (`Известно, где …` is a sentence's opening).
const SHOWN_WORDS = 3;
const SHORT_VERBS = /(?:^|\s)(?:был|была|было|были|стал|стала|стало|стали|есть|будет|будут|идет|идут)(?:\s|$)/iu;

// Endings a verb may have, tested on each word of the phrase: the past (`провел`, `вынес`, `помог`,
// `нашла`, `нашел`, `могла`), the present and future (`работает`, `ведут`), an infinitive, a reflexive.
// A noun of such an ending (`зал`, `процесс`, `область`) makes the phrase no caption: a lead is never
// taken for one.
const VERB_ENDING = /(?:[аяиеёыуою]л[аиоь]?|ш[её]л|[шсзкгбптр]л[аио]|[аяеёиуюы]т(?:ся)?|ть(?:ся)?|[еёо]с|[её]з|ог|[её]к|ся|сь)$/u;
const PHRASE_WORD = /\p{L}{3,}/gu;

/** The photo's caption in the lead's place: what it shows, a clause about it, no verb of the phrase's own. */
function isShownThenClause(text: string): boolean {
  // Tested first: the clause's word, which most leads lack.
  const phrase = text.includes('где') || text.includes('котор') ? SHOWN_THEN_CLAUSE.exec(text)?.[1] : undefined;
  if (phrase === undefined || wordCount(phrase) < SHOWN_WORDS || hasVerb(phrase) || SHORT_VERBS.test(phrase) || holdsSentence(text)) return false;
  return !(phrase.toLowerCase().match(PHRASE_WORD) ?? []).some((word) => VERB_ENDING.test(word));
}

// A stock photo's caption in English right above a lead in Cyrillic letters, no credit marker with it:
// `Close-up beef meat at the market. Selective focus`. Four words or more, all in Latin letters, two of
// them in small letters (a name in Latin letters, `Air Astana`, is none).
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s.,:;'’()&-]+$/u;
const SMALL_LATIN_WORD = /(?:^|\s)\p{Ll}[\p{Script=Latin}'’-]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** A line of six words or more: report text, a sentence cut off by the copy too. */
function isReportText(line: SourceLine): boolean {
  return isSentenceLine(line) || wordCount(line.text) >= 6;
}

// An image's keyword left alone between two paragraphs, a word or two in small letters and no mark (`чай` in a
// Kazakh report on tea prices): its alt text, never a sentence.
const IMAGE_KEYWORD = /^\p{Ll}{2,}(?:\s\p{Ll}{2,})?$/u;

// A caption wholly in round brackets saying what the picture shows: `(… Суретте …)`, Latin
// `(… Surette Túran jolbarysy beınelengen)`, Arabic script `سۋرەتتە`, Russian `(На фото: …)`, `(на снимке …)`.
const OUTER_BRACKETS = /^\(|\)\.?$/gu;
const BRACKETED_PICTURE = /^\((?=[^()]*(?<![\p{L}])(?:суретте|surette|sýrette|سۋرەتتە|на\s+фото|на\s+снимке)(?![\p{L}]))[^()]{8,400}\)\.?$/iu;

// A caption in Russian over a lead in Arabic script, as an agency's Kazakh page keeps the caption of its Russian one.
const CYRILLIC_ONLY = /^[\p{Script=Cyrillic}\p{N}\s.,:;«»"()–—-]+$/u;

/**
 * A caption in another alphabet than the lead, none of the report's words: in English over a lead in Cyrillic
 * letters (a stock photo's alt text), in Russian closing no sentence over a lead in Arabic script, or mostly in
 * Cyrillic words over a lead in Kazakh's Latin letters, as an agency's Latin page keeps the caption of its Cyrillic
 * one (`«KEGOC» АҚ …`).
 */
function isForeignCaption(text: string, lead: string): boolean {
  if (wordCount(text) < 4) return false;
  if (ARABIC.test(lead)) return CYRILLIC_ONLY.test(text) && !endsAsSentence(text);
  if (!CYRILLIC.test(lead)) return LATIN_LETTER.test(lead) && scriptOf(text) === 'Cyrillic';
  return LATIN_ONLY.test(text) && (text.match(SMALL_LATIN_WORD) ?? []).length >= 2;
}

// A bare caption between two paragraphs, of a photo the copy lost: the people's names, the place and the
// year, no verb and no closing mark (`Қайым Мұхамедханұлы мен Мұхтар Әуезов Семей қаласы 1940 жыл`,
// `Иван Петров и Анна Орлова, Алматы, 1975 год`). Three capitalised words or more: a section heading
// ending on a year has one or two.
const ENDS_ON_YEAR = /\s(?:1[89]\d{2}|20\d{2})(?:[-\s]?(?:жыл|жылы|жылдар|ж\.|год|г\.))?$/u;
const CAPITALISED_WORD = /(?:^|[\s,])\p{Lu}\p{Ll}+/gu;
const CAPTION_NAMES = 3;
const CAPTION_WORDS = 15;

/** Tested before ENDS_ON_YEAR, which tries every space of a paragraph: the line ends on a figure or on a year's word (`жыл`, `жылы`, `жылдар`, `год`, `ж.`, `г.`). */
function mayEndOnYear(text: string): boolean {
  const last = text[text.length - 1];
  return (last !== undefined && last >= '0' && last <= '9') || last === 'л' || last === 'ы' || last === 'р' || last === 'д' || text.endsWith('ж.') || text.endsWith('г.');
}

function isBareCaption(text: string): boolean {
  return mayEndOnYear(text) && ENDS_ON_YEAR.test(text) && wordCount(text) <= CAPTION_WORDS && !/[.!?:;…"»”]$/u.test(text)
    && (text.match(CAPITALISED_WORD) ?? []).length >= CAPTION_NAMES && !hasHeadlineVerb(smallWords(text.replace(ENDS_ON_YEAR, '')));
}

// A short caption between two paragraphs, of a photo the copy lost: what it shows by its number (`Школа №42`,
// `Детский сад № 5`, `СОШ №17`), or a place named with what it is (`Село Коктал`, `Карасайский район`,
// `Ақсу ауылы`). Case-sensitive; a heading of the report's own names more than a place.
const NUMBERED_CAPTION = /^(?:\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?|\p{Lu}{2,5})\s?№\s?\d{1,4}$/u;
const PLACE_FIRST = 'Село|Поселок|Посёлок|Аул|Город|Микрорайон|Станция|Улица|Проспект|Площадь|Парк|Озеро|Река|Ауыл|Қала|Көше';
const PLACE_LAST = 'район|область|округ|ауылы|ауданы|облысы|қаласы|көшесі';
const PLACE_CAPTION = new RegExp(String.raw`^(?:(?:${PLACE_FIRST})\s\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?|\p{Lu}[\p{Ll}-]+\s(?:${PLACE_LAST}))$`, 'u');
// A person's post and where she holds it, naming who the photo shows: `Аким Темиртау`, `Директор школы`,
// `Министр здравоохранения`, Kazakh `Теміртау қаласының әкімі`. Case-sensitive; its small words are in the
// genitive (`Аким рассказал журналистам` is a sentence cut short, no caption).
const POST_FIRST = 'Аким|Глава|Министр|Председатель|Директор|Руководитель|Начальник|Депутат|Прокурор|Ректор|Заместитель акима|Вице-министр';
const POST_LAST = 'әкімі|басшысы|министрі|директоры|төрағасы|депутаты';
const POST_CAPTION = new RegExp(String.raw`^(?:(?:${POST_FIRST})(?:\s(?:\p{Lu}[\p{Ll}-]+|\p{Ll}{2,}(?:а|я|ы|и|ого|его|ой|ей|ых|их))){1,3}|(?:\p{Lu}[\p{Ll}-]+\s)(?:\p{Ll}[\p{Ll}-]+\s)?(?:${POST_LAST}))$`, 'u');

const NONE_NUMBERED: ReadonlySet<string> = new Set();

/**
 * The lines naming one word by two numbers or more (`Район №1` / text / `Район №2` / text): the report's numbered
 * sections, headings, not the captions of lost photos.
 */
function numberedSections(lines: readonly SourceLine[]): ReadonlySet<string> {
  if (!lines.some((line) => line.text.includes('№'))) return NONE_NUMBERED;
  const numbers = new Map<string, Set<string>>();
  for (const { text, verbatim } of lines) {
    if (verbatim || !text.includes('№') || !NUMBERED_CAPTION.test(text)) continue;
    const word = text.slice(0, text.indexOf('№')).trim();
    numbers.set(word, (numbers.get(word) ?? new Set()).add(text));
  }
  return new Set([...numbers.values()].filter((texts) => texts.size >= 2).flatMap((texts) => [...texts]));
}

function isShortCaption(text: string): boolean {
  return text.length <= 40 && (NUMBERED_CAPTION.test(text) || PLACE_CAPTION.test(text) || POST_CAPTION.test(text));
}

// A region or district over each part of the report, two or more in the body (`Ақмола облысы` / text /
// `Ұлытау облысы` / text): the report's sections, headings, not the captions of lost photos.
const PLACE_HEADING = new RegExp(String.raw`^(?:\p{Lu}[\p{Ll}-]+\s){1,3}(?:${PLACE_LAST})$`, 'u');

// The last letters of PLACE_LAST's words (`район`, `область`, `округ`, `ауылы`, `көшесі`, …), tested before PLACE_HEADING.
const PLACE_LAST_LETTERS = 'ньгыі';

function isPlaceHeading(text: string): boolean {
  return text.length > 0 && PLACE_LAST_LETTERS.includes(text[text.length - 1]!) && PLACE_HEADING.test(text);
}

function placeSections(lines: readonly SourceLine[]): boolean {
  return lines.filter((line) => !line.verbatim && isPlaceHeading(line.text)).length >= 2;
}

// A region or district alone over the paragraph that introduces its list (`Ақмола облысы` / `… шектеу
// енгізіледі:` / `- «Көкшетау – Рузаевка» …;`) heads that part of the report, the copy cut before the next
// heading: a lost photo's caption introduces no list.
function headsListedSection(lines: readonly SourceLine[], index: number): boolean {
  const [intro, item] = [lines[index + 1], lines[index + 2]];
  return intro !== undefined && item !== undefined && !intro.verbatim && !item.verbatim && intro.text.endsWith(':') && isListItem(item.text);
}

// A table's or a chart's caption between two paragraphs, the table itself lost by the copy: its label and
// number, then what it shows, one phrase (`Таблица 2. Рост цен по регионам`, `Кесте 1: …`, `Рис. 3. …`).
// A sentence that names a table (`Таблица 2 показывает рост цен.`) opens on no label with its mark.
const TABLE_CAPTION = /^(?:Таблица|Табл\.|Рисунок|Рис\.|Диаграмма|График|Схема|Инфографика|Кесте|Сурет|Кескін|Table|Figure|Chart|Keste)\s?№?\s?\d{1,2}(?:\.\d{1,2})?[.:]\s+[^.!?]{3,160}[.]?$/u;

function isTableCaption(text: string): boolean {
  return TABLE_CAPTION.test(text) && wordCount(text) <= CAPTION_WORDS + 5;
}

// A caption naming where a person stands in the picture, the mark in brackets after the name: `В категории
// 81 кг Имя Фамилия (слева) дошел до финала`, `(справа)`, `(в центре)`, `(на фото)`, Kazakh `(сол жақта)`,
// `(оң жақта)`, `(ортада)`, `(суретте)`. No closing mark: a sentence of the text naming one stays.
const POSITION_MARK = /\((?:слева|справа|в центре|посередине|на фото|на снимке|сол жақта|оң жақта|ортада|суретте|sol jaqta|oń jaqta)\)/iu;
const POSITION_CAPTION_WORDS = 30;

function isPositionCaption(text: string): boolean {
  return text.includes('(') && POSITION_MARK.test(text) && wordCount(text) <= POSITION_CAPTION_WORDS && !/[.!?…:;]$/u.test(text);
}

// The caption is a phrase of a few words with no closing mark, the dek right under it longer.
const CAPTION_OVER_DEK_WORDS = 8;
const SHARED_OPENING = 2;

/** A caption over the dek: adjacent lines, neither a sentence, opening on the same two words, the caption shorter. */
function isCaptionOverDek(caption: SourceLine, dek: SourceLine): boolean {
  if (caption.verbatim || dek.verbatim || dek.line !== caption.line + 1 || isSentenceLine(caption) || isSentenceLine(dek)) return false;
  const words = caption.text.split(/\s+/u);
  const dekWords = dek.text.split(/\s+/u);
  return words.length > SHARED_OPENING && words.length <= CAPTION_OVER_DEK_WORDS && dekWords.length > words.length && !/[.!?:;…]$/u.test(caption.text)
    && words.slice(0, SHARED_OPENING).join(' ') === dekWords.slice(0, SHARED_OPENING).join(' ');
}

const SMALL_FIRST = /^\p{Ll}/u;

/** The words in small letters: a name's ending (`Сәкен`) is no verb's. */
function smallWords(text: string): string {
  return text.split(/\s+/u).filter((word) => SMALL_FIRST.test(word)).join(' ');
}

/** Ends in the place and the day the photo was taken, as captions do; the month is a month's name. */
function endsInPlaceAndDate(text: string): boolean {
  const month = PLACE_AND_DATE.exec(text)?.[1];
  return month !== undefined && monthNumber(month) !== undefined;
}

/** A sentence or two closing with the photo's place and date on a sentence of their own: `<what it shows>. Уральск, 11 сентября 2023 года.` */
function isPlaceAndDateCaption(text: string): boolean {
  // Tested first: most leads close on no year.
  return YEAR_END.test(text) && wordCount(text) <= CAPTION_LONGEST && (text.match(/[.!?](?:\s|$)/gu) ?? []).length <= CAPTION_SENTENCES && endsInPlaceAndDate(text);
}

/** A sentence printed twice in a row that closes with the photo's place and date: a caption, never a paragraph. */
export function isCaptionSentenceCopy(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]!;
  const other = lines[index + 1]?.text === line.text ? lines[index + 1] : lines[index - 1]?.text === line.text ? lines[index - 1] : undefined;
  return other !== undefined && !line.verbatim && !other.verbatim && endsInPlaceAndDate(line.text);
}

// The photo's caption glued before the page's stamp, as a page prints the image's title over its date above
// the text: a few words, no sentence (`скриншот из видео Сегодня, 13:02`), the stamp printed alone on the page too.
const CAPTION_OVER_STAMP_WORDS = 6;

/** Takes out a caption glued before a copy of a stamp the page prints alone, above the lead: the caption and the stamp, no paragraph. */
function captionOverStamp(state: ParseState): void {
  const stamps = [...new Set(state.skipped.filter((s) => s.rule === META_RULES.stamp.name).map((s) => s.text))];
  const lead = state.lines.find((line) => isSentenceLine(line));
  if (stamps.length === 0 || !lead) return;
  state.lines = state.lines.filter((line) => {
    if (line.verbatim || line.line >= lead.line) return true;
    const stamp = stamps.find((text) => line.text.length > text.length + 2 && line.text.endsWith(` ${text}`));
    const caption = stamp === undefined ? '' : line.text.slice(0, -stamp.length).trim();
    if (stamp === undefined || wordCount(caption) > CAPTION_OVER_STAMP_WORDS || endsAsSentence(caption)) return true;
    state.skipped.push({ line: line.line, text: caption, rule: 'photo caption' }, { line: line.line, text: stamp, rule: META_RULES.stamp.name });
    return false;
  });
}

// A state body's abbreviation alone between two paragraphs, the credit under a photo the copy lost: `ТЖМ`, `МВД`,
// `ДЧС`, `МЧС РК`, `ҚР ІІМ`. Only one such line in the text: two or more are headings of its parts. Only the bodies
// that hand newsrooms their pictures (emergencies, police, security, prosecutors, press services): a country's
// abbreviation alone (`США`) heads a part of the text.
const LONE_ABBREVIATION = /^(?:(?:ҚР|РК)\s)?(?:МЧС|ДЧС|ТЖМ|ТЖД|МВД|ІІМ|ДВД|ДП|ПД|ПП|КНБ|ДКНБ|ҰҚК|АФМ|ГП|БП|СЦК|РСК|ОКҚ|ЦОК)(?:\s(?:РК|ҚР))?$/u;
// Its longest: `ҚР ДКНБ РК`, tested first.
const LONE_ABBREVIATION_LONGEST = 10;

/** A body's abbreviation alone on its line. */
function isLoneAbbreviation(line: SourceLine): boolean {
  return !line.verbatim && line.text.length <= LONE_ABBREVIATION_LONGEST && LONE_ABBREVIATION.test(line.text);
}

/** Takes out an abbreviation alone between two paragraphs, the only one in the text: a lost photo's credit (the photo's when none is named). */
function loneAbbreviationCredit(state: ParseState): void {
  const { lines } = state;
  const i = lines.findIndex(isLoneAbbreviation);
  if (i < 0 || lines.some((line, at) => at > i && isLoneAbbreviation(line))) return;
  const [above, below] = [lines[i - 1], lines[i + 1]];
  if (!above || !below || !isSentenceLine(above) || !isSentenceLine(below)) return;
  const line = lines[i]!;
  state.article.photoCredit ??= line.text;
  state.skipped.push({ line: line.line, text: line.text, rule: 'photo credit' });
  lines.splice(i, 1);
}

// A caption runs a few words: a name with its post, a place. A line of more is text.
const CAPTION_UNDER_COPY_WORDS = 12;

/**
 * The picture between the dek and the text, its title the headline again and its caption under it
 * (`Акимов круговорот` / `Новый аким области Имя Фамилия` / text): the short line right under the headline's copy,
 * no sentence and no label, with text below it, is the photo's caption.
 */
function captionUnderHeadlineCopy(state: ParseState): void {
  const copy = state.skipped.find((skipped) => skipped.rule === 'headline repeated');
  if (!copy) return;
  const index = state.lines.findIndex((line) => line.line === copy.line + 1);
  const line = state.lines[index];
  if (!line || line.verbatim || isSentenceLine(line) || endsAsSentence(line.text) || line.text.endsWith(':') || wordCount(line.text) > CAPTION_UNDER_COPY_WORDS) return;
  if (index === 0 || !isSentenceLine(state.lines[index - 1]!) || !state.lines.slice(index + 1).some(isSentenceLine)) return;
  state.article.photoAlt ??= line.text;
  state.skipped.push({ line: line.line, text: line.text, rule: 'photo caption' });
  state.lines.splice(index, 1);
}

/**
 * A caption ending `… түсірілген сурет.` in the lead's place goes to the photo's description, and so
 * does a Russian one naming what the photo shows with a clause about it (`Здание …, где шел суд …`),
 * and its copy printed right under it.
 * A bare caption between two paragraphs (names, place, year, no verb) leaves the body, and so does a
 * short one naming what the photo shows by its number (`Школа №42`), a place with what it is (`Село Коктал`)
 * or a person's post (`Аким Темиртау`),
 * and a table's caption by its label and number (`Таблица 2. …`) whose table the copy lost.
 * A stock photo's caption in English right above a lead in Cyrillic letters is its alt text too, and an image's
 * keyword, a word or two in small letters, between two paragraphs is its label.
 * A photo's caption some pages print twice in a row, under the picture and as its description
 * (`Участники протеста у общежития. Уральск, 11 сентября 2023 года`): it describes the lead photo
 * unless a caption did already, and both copies leave the body. A sentence copied twice is text,
 * unless it closes with the photo's place and date (`… Алматы, 14 октября 2019 года.`).
 */
export function photoCaption(state: ParseState): void {
  captionOverStamp(state);
  const { lines } = state;
  // The caption of the lead photo printed where the lead would be, the lead under it: it describes
  // the photo, and the lead is the next paragraph.
  const lead = lines.findIndex(isSentenceLine);
  const first = lines[lead];
  if (first && !first.verbatim && (TAKEN_PHOTO.test(first.text) || isShownThenClause(first.text) || (isPlaceAndDateCaption(first.text) && lines[lead + 1]?.text !== first.text)) && lines.slice(lead + 1).some(isSentenceLine)) {
    state.article.photoAlt ??= first.text;
    state.skipped.push({ line: first.line, text: first.text, rule: 'photo caption' });
    lines.splice(lead, 1);
    // The same caption printed again right under it, as the image's title and its caption: the photo's too.
    const copy = lines[lead];
    if (copy && !copy.verbatim && copy.text === first.text) {
      state.skipped.push({ line: copy.line, text: copy.text, rule: 'photo caption' });
      lines.splice(lead, 1);
    }
  }
  const above = lead > 0 ? lines[lead - 1] : undefined;
  if (above && first && !above.verbatim && isForeignCaption(above.text, first.text)) {
    state.article.photoAlt ??= above.text;
    state.skipped.push({ line: above.line, text: above.text, rule: 'photo caption' });
    lines.splice(lead - 1, 1);
  }
  // Under the headline, the photo's caption right above the dek, both opening on the same words, the
  // caption shorter (`Бывшему акиму надевают наручники` / `Бывшему акиму дали два года …`): the photo's.
  const opening = lines.findIndex(isSentenceLine);
  const caption = lines[0];
  const dek = lines[1];
  if (opening === 2 && caption && dek && isCaptionOverDek(caption, dek)) {
    state.article.photoAlt ??= caption.text;
    state.skipped.push({ line: caption.line, text: caption.text, rule: 'photo caption' });
    lines.splice(0, 1);
  }
  captionUnderHeadlineCopy(state);
  loneAbbreviationCredit(state);
  const sections = placeSections(lines);
  const numbered = numberedSections(lines);
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.verbatim || !isSentenceLine(lines[i - 1]!) || !isSentenceLine(lines[i + 1]!)) continue;
    const table = isTableCaption(line.text);
    const keyword = !table && IMAGE_KEYWORD.test(line.text);
    const place = isShortCaption(line.text) && !((sections || headsListedSection(lines, i)) && isPlaceHeading(line.text)) && !numbered.has(line.text);
    if (!table && !keyword && !isBareCaption(line.text) && !place) continue;
    state.skipped.push({ line: line.line, text: line.text, rule: table ? 'table caption' : keyword ? 'image label' : 'photo caption' });
    lines.splice(i, 1);
  }
  // A caption naming where someone stands in the picture, or saying in brackets what it shows, anywhere above the
  // last paragraph: the photo's.
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const bracketed = !line.verbatim && BRACKETED_PICTURE.test(line.text);
    if (line.verbatim || !(bracketed || isPositionCaption(line.text)) || !lines.slice(i + 1).some(isSentenceLine)) continue;
    state.article.photoAlt ??= bracketed ? line.text.replace(OUTER_BRACKETS, '') : line.text;
    state.skipped.push({ line: line.line, text: line.text, rule: 'photo caption' });
    lines.splice(i, 1);
    i--;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.text !== next.text || line.verbatim || next.verbatim || (isSentenceLine(line) && !endsInPlaceAndDate(line.text))) continue;
    // A speaker's name and role printed twice (`Name, role:`) introduces her words: kept once, no caption.
    if (line.text.endsWith(':')) {
      state.skipped.push({ line: next.line, text: next.text, rule: 'speaker repeated' });
      lines.splice(i + 1, 1);
      continue;
    }
    // The author's name printed twice right over her role, left out as a byline (`Имя Фамилия` / `Имя Фамилия` /
    // `Редактор`): the byline's, no caption.
    if (state.skipped.some((skipped) => skipped.line === next.line + 1 && skipped.rule === 'byline')) {
      for (const copy of lines.splice(i, 2)) state.skipped.push({ line: copy.line, text: copy.text, rule: 'byline' });
      i--;
      continue;
    }
    // The lead naming the outlet that reports it, its closing period lost, printed twice as the summary and the
    // lead (`В Семее выпал снег, передает корреспондент Tengrinews.kz`): kept once, no caption.
    if (attributionIn(line.text) !== undefined) {
      state.skipped.push({ line: next.line, text: next.text, rule: 'summary repeated as the lead' });
      lines.splice(i + 1, 1);
      continue;
    }
    // Under the report's last sentence, no line of six words or more after them (a sentence cut off too) but other
    // such pairs, they are another report's card, its image's title over its headline (`Оқи отырыңыз...` /
    // `<headline>` / `<headline>` / `31.08.2025`): no caption of this report's photo.
    const card = i > 0 && lines.slice(0, i).some(isSentenceLine) && !lines.slice(i + 2).some((after, at, rest) => isReportText(after) && after.text !== rest[at - 1]?.text && after.text !== rest[at + 1]?.text);
    if (!card) state.article.photoAlt ??= line.text;
    for (const copy of lines.splice(i, 2)) state.skipped.push({ line: copy.line, text: copy.text, rule: card ? 'teaser of another report' : 'photo caption' });
    i--;
  }
}
