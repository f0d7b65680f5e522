import { monthNumber } from '../clutter/months.ts';
import { isLinkPointer } from '../clutter/reader-prompt.ts';
import { COMMENT_RULES, META_RULES } from '../clutter/table.ts';
import { endsAsSentence, isSentenceLine, SENTENCE_OPENERS } from '../line-shape.ts';
import { OUTLET_SPELLINGS } from '../outlets.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { NO_FILE_NAME } from './html-markup.ts';
import { detectLanguage } from './language.ts';

// A view counter glued to a paragraph's last sentence: `…басталды.Количество показов: 23`.
const GLUED_COUNTER = /(?<=[.!?»"”])\s*(?:количество\s+показов|просмотров|просмотры|қаралым\s+саны|көрілім\s+саны)\s*:\s*\d[\d ]{0,8}$/iu;
// A view counter glued before a paragraph's first word, as a theme prints its count above the text with no
// break: `34 ViewsЖурналистика – …`, `120 просмотровВ селе …`. The count's label, then a capital.
const GLUED_COUNTER_OPENING = /^(\d[\d ]{0,8}\s?(?:[Vv]iews|просмотр(?:ов|а)?|қаралым|оқылды|рет\s+оқылды))(?=\p{Lu})/u;
// A «read more» link or an excerpt's mark glued after a paragraph's last sentence, as a theme prints
// it: `… бастайды. Толығырақ »`, `… Read more »`, `… Continue reading →`, `… […]`, `… (далее…)`. Tested on the line's end first.
const MORE_END = /(?:[»→…\])]|\.\.\.|more|reading|толығырақ|tolyǵyraq|تولىعىراق|подробнее|далее|полностью|оқу)$/iu;
const GLUED_MORE = /(?<=[.!?»"”])\s*(?:(?:read\s+more|continue\s+reading|толығырақ|толық\s+оқу|көбірек\s+оқу|tolyǵyraq|تولىعىراق|подробнее|читать\s+далее|читать\s+полностью)(?:\s*(?:»|→|\.\.\.|…))?|\[(?:…|\.\.\.)\]|\((?:далее|подробнее|читать\s+далее)(?:…|\.\.\.)?\))$/iu;
// An embedded post's excerpt, cut off, then its «read more» link and the report's headline again, as
// WordPress prints an embed: `… Вода подобралась … Читать далее <headline>`, `… Әрі қарай оқу <headline>`.
export const EMBED_MORE_LINK = String.raw`(?:читать\s+(?:далее|дальше)|подробнее|әрі\s+қарай\s+оқу|толығырақ|ári\s+qaraı\s+oqý|continue\s+reading|read\s+more)`;
const EMBED_MORE = new RegExp(String.raw`(?<=…|\.\.\.)\s*${EMBED_MORE_LINK}\s+$`, 'iu');
// A script's empty value glued after a line of Cyrillic text, where the page meant to print
// something else (a credit, a link's label): `… сообщили в МВД undefined`.
const GLUED_PLACEHOLDER = /(?<=\p{Script=Cyrillic}[.!?»"”]?)\s+(?:undefined|null|NaN)$/u;
// The source's domain glued after the report's last sentence, a space between or none: `… ұлғайды. BNews.kz`, `… кресло.Ratel.kz`;
// or a listed outlet's name, as an aggregator's card ends on its source: `… надзора КР.Кабар`; either under
// its label, a period after it or not: `… Erlan SAPAROV.Derekköz: QazAqparat.`, `… хабарлады. Дереккөз: inform.kz`.
const SOURCE_LABEL = String.raw`(?:дереккөз(?:і)?|derekk[óö]z(?:[iı])?|источник)`;
const GLUED_SOURCE = new RegExp(String.raw`(?<=[.!?»"”])\s*((?:${SOURCE_LABEL}\s*:\s*)?(?:[\p{L}\d][\p{L}\d-]{1,40}\.(?:kz|ru|com|org|net|info)|(?:${OUTLET_SPELLINGS})))(?:(?<=:\s*\S+)\.)?$`, 'iu');
const SOURCE_TAIL = 60;
// The author's signature glued after the report's last sentence on its line, as a page flattened into
// paragraphs prints it: `… уточнили в ведомстве. Антон СЕРГИЕНКО` (a name, then a surname of four capitals or more).
// Or after a dash, the surname in small letters, the space after the period lost or not: `… ешкім айтпады.- Имя Фамилия`.
const GLUED_SIGNATURE = /(?<=[\p{L}\p{M}]{2}[.!?»"”])(?:\s+(\p{Lu}\p{Ll}{2,}\s\p{Lu}{4,}(?:-\p{Lu}{2,})?)|\s?[-–—]\s?(\p{Lu}\p{Ll}{2,}\s\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?))$/u;
const SIGNATURE_END = /\p{Lu}{4}$|[-–—]\s?\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+$/u;
const SIGNATURE_TAIL = 50;
const ENDS_ON_LETTER = /[\p{L}-]$/u;
// The outlet's domain opening the lead with no punctuation after it: `Kyzylorda-news.kz Бұған дейін …`, in capitals too, `HALYQLINE.KZ Бүгін …`.
// So is the account the page quotes, with a colon: `@msu.city: Сегодня …`.
const SOURCE_OPENING = /^([A-Za-z\d][A-Za-z\d-]{1,40}\.(?:kz|ru|com|org|net|info|KZ|RU|COM|ORG|NET|INFO)|@[A-Za-z\d_][A-Za-z\d_.]{1,40}(?=:))(?::)?\s+(?=\p{Lu})/u;
// The report's date glued before the lead's first word: `3 октября, 2019Хлопок начали собирать …`.
const DATE_OPENING = /^(\d{1,2}\s+(\p{L}{3,9})\.?,?\s+\d{4})(?=\p{Lu}\p{Ll})/u;
// Or in figures, the lead's first figure glued after it: `28.05.201128 мамырда …` (the day the date line names).
const NUMERIC_DATE_OPENING = /^(\d{2})\.(\d{2})\.(\d{4})(?=\S)/u;
// The photo's caption glued before a paragraph that opens with a figure: `Первое сентября в Семее1 сентября
// во всех школах …` (a caption of three words or more, no mark in it, its last letter small).
// Its last word is of four letters or more: a space lost before a figure after a short word
// (`началось в2019 году`) is a typo inside a sentence, no caption.
const GLUED_CAPTION = /^(\p{Lu}[\p{L}«»" -]{3,80}?\s[\p{L}-]{3,}\p{Ll})(?=\d{1,4}\s\p{Ll}{3})/u;
// A caption names what the photo shows; a sentence lost its space after a verb: `… завершили2 июня …`.
const PAST_VERB_END = /(?:ли|ла|ло|лся|лась|лись|ет|ут|ют|ит|ат|ят)$/u;
// The image's keywords, a word to three in small Cyrillic letters, glued before a Kazakh paragraph's
// first word: `жаңа жыл Ұйымдастырушылардың айтуынша, …`, `балабакша Астанада …`.
const GLUED_KEYWORDS = /^((?:[а-яёәғқңөұүһі-]{3,}\s){1,3})(?=\p{Lu}\p{Ll})/u;
// The image's alt word glued after a paragraph's last sentence, no space after its period: `… тіркеле алады.емхана`.
// A word of three small letters or more after a word of three letters or more that closes the sentence:
// a domain's ending (`egov.kz`, `kursiv.media`) and a unit's abbreviation before a word (`млрд.тенге`) are none.
const GLUED_ALT_END = /(?<=[\p{L}\p{M}]{3}[.!?])(\p{Ll}[\p{Ll}\p{M}]{2,})$/u;
const ALT_TAIL = 40;
const NO_ALT_WORD = /^(?:com|org|net|info|media|news|online|site|gov|edu|html?|php|aspx?|jpe?g|png|gif|webp|pdf)$/u;
const ABBREVIATED_BEFORE = /(?:^|\s)(?:млн|млрд|тыс|руб|куб|мкр|обл|проц|долл|мың|шақ)\.\p{Ll}+$/u;
// A picture's file name glued before a paragraph's first word: `opros_mg-02-02 В 2017 году …` (one
// word of Latin letters and figures with an underscore, as the clutter table's image label).
const GLUED_FILE_NAME = /^([A-Za-z\d][\w-]*_[\w-]*)\s+(?=\p{Lu})/u;
// A gallery's picture name, a few small Latin letters numbered at the end, glued before a paragraph's first
// word, a space or none between: `auil tinisi01Ауылда …` (as the clutter table's image label alone).
// An aircraft's or a virus's name in small letters (`covid-19`, NO_FILE_NAME) is a word of the text.
const GLUED_GALLERY_NAME = /^([a-z]{2,}(?: [a-z]{2,}){0,3}[_-]?\d{1,3})\s*(?=\p{Lu})/u;
// An image's label, a word or three opening on a capital, glued before a paragraph's first word, no
// space between, when that word only opens a sentence: `МногоэтажкаДо отопительного …` (a name in camel
// case goes on in small letters, `КазМунайГаз`, and is kept).
const GLUED_LABEL = new RegExp(String.raw`^(\p{Lu}\p{Ll}{3,}(?:\s\p{Ll}{2,}){0,2})(?=(?:${SENTENCE_OPENERS})\s)`, 'u');
// A photo's caption of three to six words glued before a paragraph's first word, no space between, that word
// one that opens a sentence (a preposition, a linking word, an adverb of time): `Краеведческая выставка в
// СемееВпервые в музее …`. Its words are names or small words, none a verb; its last word has no capital
// inside (`КазМунайГаз` is one name).
const CAPTION_OPENERS = `${SENTENCE_OPENERS}|Впервые|Накануне|Недавно|Сейчас|Теперь|Ежегодно|Здесь|Именно|Всего|Благодаря|Помимо|Среди|Несмотря`;
const GLUED_CAPTION_WORDS = new RegExp(String.raw`^(\p{Lu}\p{Ll}{3,}(?:\s(?:\p{Ll}+|\p{Lu}\p{Ll}+)){2,5})(?=(?:${CAPTION_OPENERS})\s)`, 'u');
// A picture's file name that is its content's hash glued before a paragraph's first word, a space or
// none between: `347d11a8…68057d30В Павлодар …` (32 to 64 small hex digits, letters and figures mixed,
// as the clutter table's hash alone).
const GLUED_HASH = /^((?=[^a-f]{0,63}[a-f])(?=\D{0,63}\d)[\da-f]{32,64})\s*(?=\p{Lu})/u;
// The image's alt word glued to a paragraph's first word with no space: `жолТұрғындардың …`. A word
// never opens in small letters on a capital; a word of a sentence that lost its space (`дляДетей`) is
// a function word (FUNCTION_WORDS).
const GLUED_ALT_START = /^([а-яёәғқңөұүһі]{3,})(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])/u;
// A label the page printed alone above, left out there, glued again before a paragraph's first word with no
// space, as the copy takes it from under the picture: `Ауа райы` / … / `Ауа райыОсыған байланысты …`. Short,
// ending on a small letter, two words or six letters (`Каз`, a language link, is no label of `КазМунайГаз`); the
// paragraph goes on with a capital and a small letter.
const LABEL_MAX = 40;
const GLUED_AFTER_LABEL = /^\p{Lu}\p{Ll}/u;
// The start of a paragraph's last sentence, where the comment section's rules notice may be glued (COMMENT_RULES).
const LAST_SENTENCE = /(?<=[\p{L}\p{M}]{3}[.!?»"”])\s+(?=\p{Lu})(?!.*[.!?»"”]\s+\p{Lu})/u;
const RULES_TAIL = 300;
// A video's time code left between two sentences of a transcript's paragraph, as a TV channel's page
// prints the player's marks: `… более 200 единиц техники. 00:52 Вывозом и …`. A short clip's offset
// of minutes and seconds, never a schedule's round time (`08:00`, `09:30`).
const TIME_CODE = /(?<=[\p{L}\p{M}]{2}[.!?»"”])\s(0\d:(?!00|15|30|45)[0-5]\d)\s(?=\p{Lu}\p{Ll})/u;
// An embedded YouTube video's id left between two sentences of a Cyrillic paragraph, the player lost:
// `… в поселок Селекционный. koAUxQdnswo Свою жалобу …`. Eleven Latin letters, figures, `_` or `-`, a small
// letter before a capital or a figure or `_`/`-` among them: no word of a report (`Qazaqstanda`) is spelt so.
const VIDEO_ID = /(?<=\p{Script=Cyrillic}{2}[.!?»"”])\s((?=[\w-]*(?:[a-z][A-Z]|\d|[_-]))(?=[\w-]*[a-z])[A-Za-z\d_-]{11})\s(?=\p{Lu}\p{Ll})/u;
// A «read also» link, its label and the other report's headline, glued before a paragraph's first word
// with no space: `ТАҒЫ ОҚЫҢЫЗ: Алғысым шексіз, асыл ана!Аудандық ардагерлер …`. The label is tested first,
// case aside; the headline ends on its mark, a capital opening a word right after it (a brand's
// capital inside a word, `КазМунайГаз`, is no end).
const READ_ALSO = /^(?:(?:тағы|сондай-ақ)\s+оқыңыз|(?:taǵy|sondaı-aq)\s+oqyńyz|читайте\s+также)\s*:/iu;
const GLUED_LINK = /^[^:]{5,25}:\s*[^\n]{3,160}?\p{Ll}[.!?»"”]+(?=\p{Lu}\p{Ll})/u;

// A paragraph's first sentence, then its next one glued on with no space or after one (`… посмотреть
// здесь.– Раз вы …`): tested as a pointer to the report's video (clutter/reader-prompt.ts `isLinkPointer`).
// An amp page's link to the full site glued to the lead, the space lost after the site's name:
// `Читать на сайте Вестник КавказаФутбольный клуб …`. The glue, a small letter then a capital, ends the name.
const READ_ON_SITE = /^((?:[Чч]итать|[Сс]мотреть)\s+на\s+сайте\s+[^.!?\n]{2,40}?\p{Ll})(?=\p{Lu}\p{Ll})/u;
const FIRST_SENTENCE = /^([^.!?]{8,150}?[.!])\s*(?=[\p{Lu}«"–—-])/u;

// The cheap tests run on every line before the patterns above, each implied by its pattern. Written here once:
// a pattern with the `u` flag written inside a function is built anew at each call once the TypeScript loader
// lowers it (`new RegExp(…)`). A test of a line's end reads its last code point (the last one or two code units).
const ENDS_SMALL = /\p{Ll}$/u;
const PLACEHOLDER_END = /[dlN]$/u;
const FIGURE = /\d/u;
const OPENS_SMALL = /^\p{Ll}/u;
const OPENS_ON_FIGURE = /^\d/u;
const SMALL_THEN_FIGURE = /\p{Ll}\d/u;
const CAPTION_FIGURE_REACH = 90;
const VIDEO_ID_SHAPE = /[.!?»"”]\s[\w-]{11}\s/u;
const COMMENT_WORD = /коммент|пікір/iu;
const GALLERY_NAME_SHAPE = /^[a-z]{2,}[\w -]{0,40}\d/u;
const LABEL_SHAPE = /^\p{Lu}\p{Ll}{3}(?:\p{Ll}*|[\p{Ll} ]{2,27})\p{Lu}/u;
const CAPTION_FIRST_WORD = /^\p{Lu}\p{Ll}{3,}\s/u;
const CAPTION_GLUE = /^\p{Lu}[\p{L} ]{10,80}?\p{Ll}\p{Lu}/u;
const HASH_SHAPE = /^[\da-f]{32}/u;
const POINTER_WORD = /здесь|тут|ссылке|жерден|арқылы/iu;
const NUMERIC_DATE_SHAPE = /^\d\d\./u;
const READ_ON_SITE_WORD = /^(?:читать|смотреть)\s/iu;
// The label's or caption's first word, a capital and three small letters or more, stands before the glue.
const GLUE_FROM = 4;
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isAsciiLetterOrSpace = (code: number): boolean => isAsciiLetter(code) || code === 0x20 || (code >= 0x09 && code <= 0x0d);
// What a character of the Basic Multilingual Plane is to mayHoldGluedOpener, looked up by its code: a character neither
// a letter nor a space, where a label or a caption has ended (ASCII's marks and figures, quotes, dashes), or the capital
// a sentence opener of GLUED_LABEL or GLUED_CAPTION_WORDS begins with (CAPTION_OPENERS holds SENTENCE_OPENERS).
const LABEL_END = 1;
const OPENER_INITIAL = 2;
const GLUE_CHARACTERS = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) if (!isAsciiLetterOrSpace(code)) GLUE_CHARACTERS[code] = LABEL_END;
for (const code of [0xab, 0xbb, 0x2013, 0x2014, 0x2026]) GLUE_CHARACTERS[code] = LABEL_END;
for (const opener of CAPTION_OPENERS.split('|')) GLUE_CHARACTERS[opener.charCodeAt(0)] = OPENER_INITIAL;

/**
 * Whether a sentence opener's capital stands right after a character other than a space, before the line's first mark:
 * where a label or a caption glued before a paragraph's first word ends (GLUED_LABEL, GLUED_CAPTION_WORDS). Their
 * Unicode classes tried at each of a long paragraph's first characters cost most of the rule; most lines reach a
 * comma or a figure with no such capital.
 */
function mayHoldGluedOpener(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const kind = GLUE_CHARACTERS[text.charCodeAt(i)];
    if (kind === LABEL_END) return false;
    if (kind === OPENER_INITIAL && i >= GLUE_FROM && text.charCodeAt(i - 1) !== 0x20) return true;
  }
  return false;
}

/**
 * Whether the line's first figure may stand right after a small letter (GLUED_CAPTION: no figure stands in the
 * caption): not after a space or another ASCII character but a letter.
 */
function mayHoldGluedFigure(text: string): boolean {
  const at = text.search(FIGURE);
  if (at <= 0) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0x80 || isAsciiLetter(before);
}

// Words a sentence can open with in small letters when a page lost its capital: never keywords.
const FUNCTION_WORDS = new Set(['және', 'мен', 'бен', 'пен', 'бірақ', 'алайда', 'сондай-ақ', 'яғни', 'немесе', 'әрі', 'осы', 'бұл', 'сол', 'мына', 'ал', 'что', 'это', 'для', 'при', 'как', 'или', 'над', 'под', 'без', 'про', 'через', 'после', 'перед', 'между', 'около', 'возле', 'также', 'уже', 'еще', 'ещё']);

function cut(state: ParseState, line: SourceLine, piece: string, rule: string, text: string): void {
  state.skipped.push({ line: line.line, text: piece.trim(), rule });
  line.text = text.trim();
}

/**
 * Page matter the copy glued onto a paragraph, taken off it and recorded: a «read more» link or an
 * excerpt's `[…]` after a paragraph's last sentence, an embed's «read more» link and the headline again
 * after its cut excerpt (`… Читать далее <headline>`), a script's empty value after the text
 * (`… сообщили в МВД undefined`), a view counter after the last sentence, the photo's caption glued
 * before a paragraph opening with a figure (`Первое сентября в Семее1 сентября …`), the report's date
 * glued before the lead's first word (`3 октября, 2019Хлопок …`; in figures, the date line's day, before
 * anything, `28.05.201128 мамырда …`), the source's domain after the
 * report's last sentence or before its lead's
 * first word (it names the outlet, as a source line does), and the image's keywords before a
 * paragraph's first word when the paragraph above closed a sentence (a line the page wrapped
 * goes on in small letters under one that did not), the image's alt word after a paragraph's last
 * sentence, no space after its period (`… алады.емхана`), the author's signature after it (`… в ведомстве. Антон СЕРГИЕНКО`), a picture's file name before a paragraph's first word,
 * the comment section's rules notice after its last sentence (`… по всем направлениям. Мы дорожим … при комментировании.`),
 * its content's hash or alt word glued before a paragraph's first word (`347d…d30В Павлодар …`,
 * `жолТұрғындардың …`), a «read also» link with its headline before a paragraph's first word, no space
 * between (`ТАҒЫ ОҚЫҢЫЗ: Алғысым шексіз, асыл ана!Аудандық …`), a pointer to the report's video, its link lost,
 * before a paragraph's first word (`Видеоверсию … посмотреть здесь.– Раз вы …`), and a video's time code between two sentences (`… техники. 00:52 Вывозом …`), or its YouTube id (`… Селекционный. koAUxQdnswo Свою …`).
 */
// A stamp in fourteen figures (year, month, day, hour, minute, second) a copy glued before a paragraph's first word, as
// a feed's archive prints it: `20150601181951УЛАН-БАТОР. КАЗИНФОРМ — …`.
const COMPACT_STAMP = /^((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)(?=\p{Lu})/u;

export function gluedMatter(state: ParseState): void {
  const { lines } = state;
  const last = lines.at(-1);
  // Only the line's end can hold it: the pattern scans no more than the longest domain's length.
  const tail = last && !last.verbatim && last.text.length > 20 ? last.text.slice(-SOURCE_TAIL) : '';
  const source = tail ? GLUED_SOURCE.exec(tail) : null;
  if (last && source) cut(state, last, source[1]!, 'source line', last.text.slice(0, last.text.length - tail.length + source.index));
  const title = state.article.title;
  const labels = state.skipped.filter((skip) => skip.text.length <= LABEL_MAX && (skip.text.includes(' ') || skip.text.length >= 6) && ENDS_SMALL.test(skip.text.slice(-2))).map((skip) => skip.text);
  lines.forEach((line, index) => {
    if (line.verbatim) return;
    const label = labels.find((text) => line.text.startsWith(text) && GLUED_AFTER_LABEL.test(line.text.slice(text.length)));
    if (label && isSentenceLine({ text: line.text.slice(label.length) })) cut(state, line, label, 'image label', line.text.slice(label.length));
    const embed = title && line.text.length > title.length + 20 && line.text.endsWith(title) ? EMBED_MORE.exec(line.text.slice(0, -title.length)) : null;
    if (embed) cut(state, line, line.text.slice(embed.index), 'page navigation', line.text.slice(0, embed.index));
    const more = MORE_END.test(line.text.slice(-12)) ? GLUED_MORE.exec(line.text) : null;
    if (more && more.index > 0) cut(state, line, more[0], 'page navigation', line.text.slice(0, more.index));
    const compact = OPENS_ON_FIGURE.test(line.text) ? COMPACT_STAMP.exec(line.text) : null;
    if (compact) cut(state, line, compact[1]!, META_RULES.stamp.name, line.text.slice(compact[1]!.length));
    const placeholder = PLACEHOLDER_END.test(line.text.slice(-1)) ? GLUED_PLACEHOLDER.exec(line.text) : null;
    if (placeholder) cut(state, line, placeholder[0], 'image placeholder', line.text.slice(0, placeholder.index));
    // The caption's figure is looked for in the line's head only: a line whose first figure stands further is no caption's.
    const head = line.text.slice(0, CAPTION_FIGURE_REACH);
    const caption = mayHoldGluedFigure(head) && SMALL_THEN_FIGURE.test(head) ? GLUED_CAPTION.exec(line.text) : null;
    if (caption && caption[1]!.split(' ').length >= 3 && !PAST_VERB_END.test(caption[1]!) && isSentenceLine({ text: line.text.slice(caption[0].length) })) cut(state, line, caption[1]!, 'photo caption', line.text.slice(caption[0].length));
    for (let code = line.text.includes(':') ? TIME_CODE.exec(line.text) : null; code; code = TIME_CODE.exec(line.text)) {
      cut(state, line, code[1]!, 'media player', `${line.text.slice(0, code.index)} ${line.text.slice(code.index + code[0].length)}`);
    }
    const video = VIDEO_ID_SHAPE.test(line.text) ? VIDEO_ID.exec(line.text) : null;
    if (video) cut(state, line, video[1]!, 'media player', `${line.text.slice(0, video.index)} ${line.text.slice(video.index + video[0].length)}`);
    const rulesTail = COMMENT_WORD.test(line.text.slice(-RULES_TAIL)) ? line.text.slice(-RULES_TAIL) : '';
    const rules = rulesTail ? LAST_SENTENCE.exec(rulesTail) : null;
    const notice = rules ? rulesTail.slice(rules.index + rules[0].length) : '';
    if (rules && COMMENT_RULES.test(notice)) cut(state, line, notice, 'comment form', line.text.slice(0, line.text.length - notice.length));
    // Only the line's end can hold it, closing on a letter: the pattern scans no more than a name's length, and
    // only under a line whose last character is a letter or a hyphen (most close on a period).
    const signatureTail = ENDS_ON_LETTER.test(line.text.slice(-2)) && SIGNATURE_END.test(line.text.slice(-SIGNATURE_TAIL)) ? line.text.slice(-SIGNATURE_TAIL) : '';
    const signature = signatureTail ? GLUED_SIGNATURE.exec(signatureTail) : null;
    const signed = signature && line.text.slice(0, line.text.length - signatureTail.length + signature.index);
    if (signature && signed && isSentenceLine({ text: signed })) cut(state, line, (signature[1] ?? signature[2])!, 'byline', signed);
    const counter = FIGURE.test(line.text.slice(-1)) ? GLUED_COUNTER.exec(line.text) : null;
    if (counter) cut(state, line, counter[0], 'counter', line.text.slice(0, counter.index));
    // Only the line's end can hold it: the pattern scans no more than a word's length.
    const altTail = ENDS_SMALL.test(line.text.slice(-2)) ? line.text.slice(-ALT_TAIL) : '';
    const alt = altTail ? GLUED_ALT_END.exec(altTail) : null;
    const sentence = alt && line.text.slice(0, line.text.length - altTail.length + alt.index);
    if (alt && sentence && !NO_ALT_WORD.test(alt[1]!) && !ABBREVIATED_BEFORE.test(altTail) && isSentenceLine({ text: sentence }) && !OPENS_SMALL.test(lines[index + 1]?.text ?? '')) cut(state, line, alt[1]!, 'image label', sentence);
    const counted = OPENS_ON_FIGURE.test(line.text) ? GLUED_COUNTER_OPENING.exec(line.text) : null;
    if (counted && isSentenceLine({ text: line.text.slice(counted[0].length) })) cut(state, line, counted[1]!, 'counter', line.text.slice(counted[0].length));
    const fileName = line.text.includes('_') ? GLUED_FILE_NAME.exec(line.text) : null;
    if (fileName && FIGURE.test(fileName[1]!) && isSentenceLine({ text: line.text.slice(fileName[0].length) })) cut(state, line, fileName[1]!, 'image label', line.text.slice(fileName[0].length));
    const gallery = GALLERY_NAME_SHAPE.test(line.text) ? GLUED_GALLERY_NAME.exec(line.text) : null;
    if (gallery && !NO_FILE_NAME.test(gallery[1]!) && isSentenceLine({ text: line.text.slice(gallery[0].length) })) cut(state, line, gallery[1]!, 'image label', line.text.slice(gallery[0].length));
    const openerGlued = mayHoldGluedOpener(line.text);
    // A first word of four letters or more, a capital after it, glued or within thirty characters.
    const glued = openerGlued && LABEL_SHAPE.test(line.text) ? GLUED_LABEL.exec(line.text) : null;
    if (glued && isSentenceLine({ text: line.text.slice(glued[0].length) })) cut(state, line, glued[1]!, 'image label', line.text.slice(glued[0].length));
    // Its first word of four letters or more, tested before the lazy scan for the glue.
    const gluedCaption = glued || !openerGlued ? null : CAPTION_FIRST_WORD.test(line.text) && CAPTION_GLUE.test(line.text) ? GLUED_CAPTION_WORDS.exec(line.text) : null;
    if (gluedCaption && !gluedCaption[1]!.split(' ').some((word) => PAST_VERB_END.test(word)) && isSentenceLine({ text: line.text.slice(gluedCaption[0].length) })) cut(state, line, gluedCaption[1]!, 'photo caption', line.text.slice(gluedCaption[0].length));
    const hash = HASH_SHAPE.test(line.text) ? GLUED_HASH.exec(line.text) : null;
    if (hash && isSentenceLine({ text: line.text.slice(hash[0].length) })) cut(state, line, hash[1]!, 'image label', line.text.slice(hash[0].length));
    const pointer = POINTER_WORD.test(line.text.slice(0, 160)) ? FIRST_SENTENCE.exec(line.text) : null;
    if (pointer && isLinkPointer(pointer[1]!) && isSentenceLine({ text: line.text.slice(pointer[0].length) })) cut(state, line, pointer[1]!, 'reader prompt', line.text.slice(pointer[0].length));
    const link = READ_ALSO.test(line.text) ? GLUED_LINK.exec(line.text) : null;
    if (link && isSentenceLine({ text: line.text.slice(link[0].length) })) cut(state, line, link[0], 'related news', line.text.slice(link[0].length));
    const altStart = OPENS_SMALL.test(line.text) ? GLUED_ALT_START.exec(line.text) : null;
    if (altStart && !FUNCTION_WORDS.has(altStart[1]!) && isSentenceLine({ text: line.text.slice(altStart[0].length) })) cut(state, line, altStart[1]!, 'image label', line.text.slice(altStart[0].length));
    const keywords = OPENS_SMALL.test(line.text) ? GLUED_KEYWORDS.exec(line.text) : null;
    const above = lines[index - 1];
    if (keywords && (!above || endsAsSentence(above.text)) && !keywords[1]!.split(' ').some((word) => FUNCTION_WORDS.has(word))) {
      const rest = line.text.slice(keywords[0].length);
      // Only in Kazakh, where copied pages glue them: a Russian paragraph may open with a small-letter
      // word the page lost the capital of (`согласно Закону …`), which is no keyword.
      if (isSentenceLine({ text: rest }) && detectLanguage(rest) === 'kk') cut(state, line, keywords[1]!, 'image label', rest);
    }
  });
  const first = lines.find((line) => !line.verbatim);
  const date = first && OPENS_ON_FIGURE.test(first.text) ? DATE_OPENING.exec(first.text) : null;
  if (first && date && monthNumber(date[2]!) !== undefined && isSentenceLine({ text: first.text.slice(date[0].length) })) cut(state, first, date[1]!, META_RULES.stamp.name, first.text.slice(date[0].length));
  const lead = lines.find((line) => !line.verbatim && isSentenceLine(line));
  const figures = lead && NUMERIC_DATE_SHAPE.test(lead.text) ? NUMERIC_DATE_OPENING.exec(lead.text) : null;
  if (lead && figures && `${figures[3]}-${figures[2]}-${figures[1]}` === state.article.date && isSentenceLine({ text: lead.text.slice(figures[0].length) })) cut(state, lead, figures[0], META_RULES.stamp.name, lead.text.slice(figures[0].length));
  const site = first && READ_ON_SITE_WORD.test(first.text) ? READ_ON_SITE.exec(first.text) : null;
  if (first && site && isSentenceLine({ text: first.text.slice(site[0].length) })) cut(state, first, site[1]!, 'page navigation', first.text.slice(site[0].length));
  const opening = first && SOURCE_OPENING.exec(first.text);
  if (first && opening && isSentenceLine({ text: first.text.slice(opening[0].length) })) cut(state, first, opening[1]!, 'source line', first.text.slice(opening[0].length));
}
