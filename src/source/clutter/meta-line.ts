import { monthNumber, monthOfName, WEEKDAYS } from './months.ts';

/**
 * A line of page metadata: a date and time stamp, a view, comment or reading-time counter, or
 * both with a rubric (`Жаңалықтар 210 0 пікір 10 Наурыз, 2026 сағат 18:05`,
 * `12:24, 27 Ноябрь 2025 | GMT +5`, `4236 рет`, `көрсетілді`). Read word by word: every word
 * must be a number, a date or time, or a word of this vocabulary, so a sentence never is one.
 */

// Words that make a line metadata on their own: counters' words (`көрсетілді`, `оқу үшін`).
const COUNTER_WORDS = new Set([
  'просмотров', 'просмотры', 'просмотрено', 'прочитано', 'комментарии', 'комментариев', 'комментарий',
  'көрсетілді', 'қаралды', 'қаралым', 'оқылды', 'пікір', 'пікірлер', 'оқу', 'үшін',
  'kórsetildi', 'korsetildi', 'qaraldy', 'oqyldy', 'pikir', 'pikirler', 'oqý', 'oqu', 'úshin', 'ushin', 'подписчиков', 'подписчика',
  // The 2021 Latin alphabet: `532 ret körsetıldı`, `5 min oqu üşın`, `0 pıkır`.
  'körsetıldı', 'pıkır', 'pıkırler', 'üşın',
  'كورسەتىلدى', 'قارالدى', 'وقىلدى', 'پىكىر', 'وقۋ', 'ءۇشىن',
]);
// Labels of a stamp, also on their own line (`Опубликовано:`).
const STAMP_WORDS = new Set([
  'опубликовано', 'обновлено', 'жарияланды', 'жаңартылды', 'jarııalandy', 'jańartyldy', 'сегодня', 'вчера', 'бүгін', 'кеше', 'búgin', 'keshe',
]);
// A relative day alone in capitals heads a section of the text (`КЕШЕ` / `БҮГІН` / `ЕРТЕҢ`, yesterday, today,
// tomorrow): a page prints its stamp's day as a word (`Вчера`, `Кеше`).
const RELATIVE_DAY_HEADING = /^(?:СЕГОДНЯ|ВЧЕРА|БҮГІН|КЕШЕ|BÚGIN|KESHE)$/u;
// A weekday is a stamp's only beside a date or a time (`Вторник, 14:30`): alone, or beside other
// numbers, it is a schedule's label (`Понедельник`, `Понедельник 09:00-18:00`).
const WEEKDAY_WORDS = new Set(WEEKDAYS);
// Two weekdays joined by a dash are a programme's airtime (`Понедельник-пятница, 21:00`), never a stamp.
const WEEKDAY_RANGE = /^(?:[\p{L}\s]+:\s*)?(\p{L}+)\s*[-–—]\s*(\p{L}+)/u;
const DASH = /[-–—]/;

/** Whether a line opens with a range of weekdays, a label before it or not (`Повтор: Вторник-суббота`). */
export function opensWithWeekdayRange(text: string): boolean {
  // A dash is in every range: most lines hold none, and the pattern need not be tried at their opening.
  if (!DASH.test(text)) return false;
  const range = WEEKDAY_RANGE.exec(text);
  return range !== null && WEEKDAY_WORDS.has(range[1]!.toLowerCase()) && WEEKDAY_WORDS.has(range[2]!.toLowerCase());
}
// Words that are metadata beside a number or a date: units, labels, zones.
const BESIDE_NUMBERS = new Set([
  'рет', 'ret', 'رەت', 'раз', 'раза', 'мин', 'минут', 'минуты', 'min', 'mın', 'чтения', 'просмотр', 'просмотра',
  // A counter's label of two words: `Количество просмотров: 13781`, `Қаралым саны: 522`.
  'количество', 'саны',
  // A time zone after the clock: `19:15 (АСТ)`, Astana time.
  'аст',
  'сағат', 'saǵat', 'sağat', 'ساعات', 'в', 'gmt', 'utc', 'г', 'года', 'год', 'ж', 'жылы', 'жылғы', 'j', 'jyly',
  'дата', 'публикации', 'время', 'views', 'comments', 'тыс', 'тыс.', 'млн', 'مين',
  // The Kazakh label of the publication date: `Жарияланған күні: 19.09.2024`, `Jarııalanǵan kúni: …`.
  'жарияланған', 'jarııalanǵan', 'jariyalangan', 'جاريالانعان',
  // The rubric after a stamp: `26 декабря 2025, 18:49 • Новости дня`.
  'новости', 'дня',
  // A CMS's author label left empty in its meta line: `Среда, 04 Сентябрь 2019 04:22 Автор  Опубликовано в …`.
  'автор',
  // Abai.kz's own Latin transliteration: `saghat 13:11`.
  'saghat',
  // The rubric after a stamp in English: `20 Шілде, 2023 NEWS`.
  'news',
  // A reading-time label in the theme's English or the site's languages: `1 min read`, `Reading time: 3 minutes`,
  // `Время чтения: 2 мин`, `Оқу уақыты: 5 минут`, `3 minut oqý`.
  'read', 'reading', 'time', 'mins', 'minute', 'minutes', 'чтение', 'читать', 'на', 'уақыты', 'minut', 'mınýt', 'minýt', 'uaqyty', 'ýaqyty', 'ۋاقىتى', 'مينۋت',
  // An English theme's counter and stamp, its labels only beside a number (`Published` alone is a label,
  // no stamp): `Post Views: 56`, `Posted on 12.05.2024 by admin`, `Published: 12 May 2024`.
  'post', 'on', 'by', 'admin', 'published', 'updated', 'posted',
]);
// A number, a date (`06.03.2026`, `21-11-2025`, `2026-03-06`) or a time (`21:55`), an offset (`+5`), a count (`3,377`, `1,2K`).
const NUMBER = /^[+−-]?\d[\d.,:/-]*[KkКк]?$/u;
// A day with its English ordinal ending, as a WordPress theme in Russian prints its stamp: `Чт, Апр 17th, 2014`.
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/u;
const TIME = /^\d{1,2}:\d{2}$/u;
// A match's score, one figure after the colon (`3:1`, `10:0`): no clock reads so, and a line holding one is a
// report's goal or score line (`3:1 — Галимов — 57:48`, the goal's minute after the scorer), never a stamp.
const SCORE = /^\d{1,3}:\d$/u;
const NUMERIC_DATE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}[-./]\d{2}[-./]\d{2})$/u;
// A rubric or outlet name may stand before a stamp with a date: `Aımaqtar 30 Qazan, 2025`; a word
// after the date makes a headline of it (`25 қазан. Жылнама`).
const MAX_NAME_WORDS = 1;
// Before a whole stamp, a date and a time said with its word (`сағат`, hour), a rubric of two words:
// `Нұрлы жол 26.11.2016 сағат 07:14`. Without that word two names before a date are a byline's.
const MAX_NAME_WORDS_BEFORE_FULL_STAMP = 2;
const HOUR_WORDS = new Set(['сағат', 'saǵat', 'sağat', 'saghat', 'ساعات']);
const NEWS_WORDS = new Set(['новости', 'news']);
// A question's word before a date asks about that day, a subheading of the text: `Неге 6 шілде`, `Почему 6 июля`.
const HAN_WORD = /^\p{Script=Han}+$/u;
const QUESTION_WORDS = new Set(['неге', 'почему', 'зачем', 'когда', 'қашан', 'nege', 'qashan', 'نەگە', 'قاشان']);
const MAX_WORDS = 16;
const MAX_LENGTH = 200;
const MAX_WORDLESS_LENGTH = 30;
const DIGIT = /\d/u;
// The words of a line: its runs of characters other than spaces.
const WORD_RUN = /\S+/gu;
/** Opening hours, `09:00-18:00`, `10:00 – 16:00`: a schedule's, no stamp or counter. */
const HOURS = /\d{1,2}:\d{2}\s*[-–—]\s*\d{1,2}:\d{2}/u;
/** A video player's clock, `0:00 0:03:15 0:00`: times of a recording, no stamp of a report. */
export const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)+$/u;

export type MetaKind = 'stamp' | 'counter';

// A date with its year, a slash, then the hour: `7 августа 2017 / 12:48`.
const SLASHED_HOUR = /^(.{6,40}?\d{4})\s\/\s(\d{1,2}:\d{2})$/u;

// A rubric before a stamp, set apart by a bullet: `Су тасқыны • 16 Наурыз, 2023` (Egemen Qazaqstan).
const RUBRIC_BULLET = ' • ';
const MAX_RUBRIC_WORDS = 3;
// Its amp page prints the rubric with no bullet, a label of two or three words, all but the first in small
// letters, before the date in its own form (day, month, comma, year): `Eń qysqa áńgime 26 Shilde, 2024`,
// `Ел іші 16 Наурыз, 2023`, or two capitalised words joined by `and`, `El jáne Elbasy 03 Shilde, 2021`. Two
// capitalised words with nothing between before it are a byline's (`Имя Фамилия 16 Наурыз, 2023`).
const UNBULLETED_RUBRIC = /^(?<rubric>\p{Lu}\p{Ll}*(?: \p{Ll}+){1,2}|\p{Lu}\p{Ll}* (?:jáne|және|men|мен|пен|и) \p{Lu}\p{Ll}*) (?<stamp>\d{1,2} \p{L}+, \d{4})$/u;
// A stamp with the rubric after a pipe or a slash: `16 ноября 2025, 16:56 | ЖКХ` (ng.kz), `08.06.2016 / экономика`;
// a slash only once: `20 октября, 2025 / Name / выступила на форуме` is a caption.
const RUBRIC_AFTER = [' | ', ' / '] as const;
const RUBRIC_AFTER_LENGTH = 3;
// A rubric before a stamp with its hour, set apart by a pipe: `К 30-летию Независимости Казахстана | 23 августа 14:13`
// (sknews.kz); one pipe only, a rubric of a few words.
const RUBRIC_BEFORE = ' | ';
const RUBRIC_BEFORE_WORDS = 5;
const CLOCK = /(?:^|\s)\d{1,2}:\d{2}$/u;
// A stamp with the rubric labelled after it: `Дата: 01 декабря 2025 в 13:08 Категория: Новости политики`.
const RUBRIC_LABEL = /\s(?:категория|рубрика|санат|айдар):\s/iu;
// The user who posted the report, labelled after its stamp: `7-10-2023, 10:08. Разместил: Имя Фамилия` (DLE).
const POSTER_LABEL = /[.,]?\s(?:разместил|разместила|добавил|добавила|опубликовал|опубликовала):\s/iu;
const MAX_POSTER_WORDS = 3;
// A rubric of one capitalised word after a stamp naming the day, the month, the year and the hour (a TV channel's
// programme the report aired in): `10 января 2022, 22:08 Свідок`, `10.01.2022, 22:08 Итоги`. After a date alone a word makes a headline.
const RUBRIC_AFTER_FULL_STAMP = /^(?<stamp>\d{1,2}(?:\s+\p{L}+\s+|[./]\d{1,2}[./])\d{4},?\s+\d{1,2}:\d{2})\s+\p{Lu}\p{Ll}{2,}$/u;
// The rubric a CMS names after its stamp's label, `… Опубликовано в Образования Прочитано 23231 раз`: up to
// three words with no figure, ended by a counter's word or the line's end.
const PUBLISHED_IN = ['опубликовано', 'в'];
// A trail of rubrics before a stamp and its counters, the last rubric glued to the date: `Новости /
// Новости и События 22 ноябрь 2017 г. 508 0` (a page's footer). Each rubric a few words, no figure or mark;
// the stamp gives the hour or counters after the year (`Кино / Премьера состоится 22 ноября` is a headline).
const TRAIL = ' / ';
const TRAIL_RUBRIC = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u;
const TRAIL_STAMP = /\d:\d\d|\d{4}\D.* \d+$/u;

/** What kind of metadata line `text` is, or undefined for any other line. */
const LIST_HOUR_END = /\d:\d\d\.$/u;

// A theme's date label (`Күні:`, the day) before the stamp, or before the views when the copy lost the date
// and kept its comma: `Күні: , 48 рет оқылды`. Only as a label: `Жеңіс күні 9 мамыр` is a holiday's name.
const DATE_LABEL = /^(?:күні|kúni):\s*,?\s*(?=\S)/iu;
// A page's label of its publication or its last update before the stamp, as official sites and news pages print them:
// `Дата публикации: …`, `время публикации: 22 февраля 2019 г., 03:16` (also with its last letter lost, `публикаци`),
// `Последнее обновление: …`, `Дата изменения: …`; a blog's archive of a day, `Записи за: 24 Март 2012`. Only before a
// stamp: the rest must be one.
const PUBLISHED_LABEL = /^(?:(?:дата|время)\s+(?:публикаци[яи]?|обновлени[яе]|изменени[яе])|последнее\s+(?:обновление|изменение)|(?:записи|публикации|материалы|новости)\s+за)\s*:\s*(?=\S)/iu;

// A word of small letters alone between spaces, no figure or mark in it (`встретился`): a word of the line as it is
// read below, lower-cased already, and unless the metadata's vocabulary holds it a name, of which a line holds two at
// most (before its date), and none with no figure in it (no date then, nor a count unless `NaN`). Only after a CMS's
// `Опубликовано в` may such words be more, as its rubric's.
const SMALL_WORD = /(?<!\S)\p{Ll}{2,}(?!\S)/gu;
const RUBRIC_LABEL_WORD = /опубликовано/i;
const NAN = /nan/i;

/** Whether the line holds more words of its own than a metadata line can, told before it is lower-cased and split into words. */
function holdsOwnWords(text: string): boolean {
  if (RUBRIC_LABEL_WORD.test(text)) return false;
  const most = DIGIT.test(text) || NAN.test(text) ? MAX_NAME_WORDS_BEFORE_FULL_STAMP : 0;
  let own = 0;
  SMALL_WORD.lastIndex = 0;
  for (let found = SMALL_WORD.exec(text); found !== null; found = SMALL_WORD.exec(text)) {
    if (!isVocabulary(found[0]) && ++own > most) return true;
  }
  return false;
}

/** A word in small letters of the metadata's vocabulary: a month, a stamp's, counter's or weekday's word, a word beside numbers, a count's `nan`. */
function isVocabulary(word: string): boolean {
  return word === 'nan' || COUNTER_WORDS.has(word) || STAMP_WORDS.has(word) || WEEKDAY_WORDS.has(word) || BESIDE_NUMBERS.has(word) || monthOfName(word) !== undefined;
}

/** Whether the line holds `count` spaces or more (more than `count` words split at its spaces), counted without splitting it. */
function hasSpaces(text: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found < count; found++) if ((at = text.indexOf(' ', at + 1)) < 0) return false;
  return true;
}

export function metaLine(text: string): MetaKind | undefined {
  const dateLabel = DATE_LABEL.exec(text);
  if (dateLabel) return metaLine(text.slice(dateLabel[0].length));
  const publishedLabel = PUBLISHED_LABEL.exec(text);
  if (publishedLabel) return metaLine(text.slice(publishedLabel[0].length)) === 'stamp' ? 'stamp' : undefined;
  const bullet = text.indexOf(RUBRIC_BULLET);
  if (bullet > 0) {
    const rubric = text.slice(0, bullet).split(' ');
    if (rubric.length <= MAX_RUBRIC_WORDS && rubric.every((word) => !DIGIT.test(word)) && metaLine(text.slice(bullet + RUBRIC_BULLET.length)) === 'stamp') return 'stamp';
  }
  const unbulleted = text.length < MAX_WORDLESS_LENGTH * 2 ? UNBULLETED_RUBRIC.exec(text) : null;
  if (unbulleted && monthNumber(unbulleted.groups!.stamp!.split(' ')[1]!.slice(0, -1).toLowerCase()) !== undefined) return 'stamp';
  // Cheap refusals first: without a digit a metadata line is a word or two (`көрсетілді`, `оқу үшін`);
  // a line closed by `;`, or by a period right after the hour, is an item of the text's list
  // (`Вторник – 18:30;` … `Суббота – 17:00.`, a schedule), no stamp.
  if (text.length > MAX_LENGTH || text.endsWith(';') || LIST_HOUR_END.test(text) || (text.length > MAX_WORDLESS_LENGTH && !DIGIT.test(text)) || hasSpaces(text, MAX_WORDS) || PLAYER_CLOCK.test(text) || (text.includes(':') && HOURS.test(text)) || opensWithWeekdayRange(text)) return undefined;
  const trail = text.lastIndexOf(TRAIL);
  if (trail > 0 && text.slice(0, trail).split(TRAIL).every((rubric) => TRAIL_RUBRIC.test(rubric))) {
    const last = text.slice(trail + TRAIL.length);
    const figure = last.search(/ \d/u);
    const stamp = last.slice(figure + 1);
    if (figure > 0 && TRAIL_STAMP.test(stamp) && TRAIL_RUBRIC.test(last.slice(0, figure)) && metaLine(stamp) === 'stamp') return 'stamp';
  }
  const pipe = Math.max(text.lastIndexOf(RUBRIC_AFTER[0]), text.lastIndexOf(RUBRIC_AFTER[1]));
  if (pipe > 0) {
    const rubric = text.slice(pipe + RUBRIC_AFTER_LENGTH).split(' ');
    const stamp = text.slice(0, pipe);
    if (rubric.length <= MAX_RUBRIC_WORDS && rubric.every((word) => !DIGIT.test(word)) && !stamp.includes(' / ') && metaLine(stamp) === 'stamp') return 'stamp';
  }
  const before = text.indexOf(RUBRIC_BEFORE);
  if (before > 0 && before === text.lastIndexOf(RUBRIC_BEFORE)) {
    const stamp = text.slice(before + RUBRIC_BEFORE.length);
    if (text.slice(0, before).split(' ').length <= RUBRIC_BEFORE_WORDS && CLOCK.test(stamp) && metaLine(stamp) === 'stamp') return 'stamp';
  }
  const label = text.includes(':') ? RUBRIC_LABEL.exec(text) : null;
  if (label) {
    const rubric = text.slice(label.index + label[0].length).split(' ');
    return rubric.length <= MAX_RUBRIC_WORDS && rubric.every((word) => !DIGIT.test(word)) && metaLine(text.slice(0, label.index)) === 'stamp' ? 'stamp' : undefined;
  }
  const poster = text.includes(':') ? POSTER_LABEL.exec(text) : null;
  if (poster) {
    const name = text.slice(poster.index + poster[0].length).split(' ');
    return name.length <= MAX_POSTER_WORDS && name.every((word) => !DIGIT.test(word)) && metaLine(text.slice(0, poster.index)) === 'stamp' ? 'stamp' : undefined;
  }
  // A whole stamp, its day, month and year and its hour, with the rubric's one word after it: `10 января 2022, 22:08 Свідок`.
  const rubricAfter = RUBRIC_AFTER_FULL_STAMP.exec(text);
  if (rubricAfter) return metaLine(rubricAfter.groups!.stamp!) === 'stamp' ? 'stamp' : undefined;
  // A slash between the date and the hour parts them as a comma does: `7 августа 2017 / 12:48`.
  const slashed = text.includes('/') ? SLASHED_HOUR.exec(text) : null;
  if (slashed) return metaLine(`${slashed[1]}, ${slashed[2]}`);
  if (holdsOwnWords(text) || RELATIVE_DAY_HEADING.test(text)) return undefined;
  // The clock and eye icons of a stamp come copied as a Latin `c` before its numbers: `c 15:36, 27/05/2019 c 447`.
  const words = text
    .toLowerCase()
    .replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF\ufe0f،|•·()«»"“”;!?]|[,:.]+(?=\s|$)|(?<=\s|^)[–—-](?=\s)|(?<=\s|^)c(?=\s\d)/gu, ' ')
    .match(WORD_RUN) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  let dates = 0;
  let months = 0;
  let numbers = 0;
  let stampWords = 0;
  let weekdays = 0;
  let counterWords = 0;
  let names = 0;
  let previous = '';
  let rubric = 0;
  for (const [index, word] of words.entries()) {
    const inRubric = rubric > 0 || (index >= 2 && words[index - 2] === PUBLISHED_IN[0] && previous === PUBLISHED_IN[1]);
    if (inRubric && !DIGIT.test(word) && monthNumber(word) === undefined && !COUNTER_WORDS.has(word) && !STAMP_WORDS.has(word)) {
      if (++rubric > MAX_RUBRIC_WORDS) return undefined;
      previous = word;
      continue;
    }
    rubric = 0;
    if (SCORE.test(word)) return undefined;
    if (TIME.test(word) || NUMERIC_DATE.test(word)) dates++;
    else if (monthNumber(word) !== undefined) months++;
    // The `NaN` a page's script prints where a count is missing (`NaN просмотров`) is its number; alone it is a placeholder.
    else if (NUMBER.test(word) || ORDINAL_DAY.test(word) || (word === 'nan' && words.length > 1)) numbers++;
    else if (STAMP_WORDS.has(word)) stampWords++;
    else if (WEEKDAY_WORDS.has(word)) weekdays++;
    else if (COUNTER_WORDS.has(word)) counterWords++;
    // `Новости` names a rubric beside a stamp (`… • Новости дня`); a place after it names a
    // programme's edition: `Новости Балхаша 25.12.2019` is a title.
    else if (!BESIDE_NUMBERS.has(word) && NEWS_WORDS.has(previous)) return undefined;
    else if (QUESTION_WORDS.has(word)) return undefined;
    // A WeChat post's label and place in Chinese around its stamp (`文摘 2024-12-03 20:52 新疆`) count as no name.
    else if (!BESIDE_NUMBERS.has(word) && !HAN_WORD.test(word) && (++names > MAX_NAME_WORDS_BEFORE_FULL_STAMP || dates + months > 0)) return undefined;
    previous = word;
  }
  // A month's name is a date beside a day's number; alone it is a word (`Наурыз мейрамы`).
  if (numbers > 0) dates += months;
  else names += months;
  const maxNames = dates > 1 && words.some((word) => HOUR_WORDS.has(word)) ? MAX_NAME_WORDS_BEFORE_FULL_STAMP : dates > 0 ? MAX_NAME_WORDS : 0;
  if (names > maxNames || (weekdays > 0 && dates === 0)) return undefined;
  if (dates > 0 || stampWords > 0) return 'stamp';
  return numbers > 0 || counterWords > 0 ? 'counter' : undefined;
}
