/** What a line of a source looks like: a headline, a sentence, a short label. Shapes, not meaning. */

const WORD_CHARACTER = /[\p{L}\p{N}]/uy;
const SPACE = 32;

/**
 * The words of a line: the pieces between its spaces that hold a letter or a figure. Counted
 * character by character (most lines are Cyrillic, ASCII or Latin, told by their codes without a
 * pattern), with no array of words: every rule asks it of many lines of every source. With `most`,
 * counting stops there (`wordCount(text, 6) >= 6` reads a paragraph's first six words only).
 */
export function wordCount(text: string, most = Infinity): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) counted = false;
    else if (!counted && isWordCharacter(text, i, code)) {
      counted = true;
      if (++count >= most) return count;
    }
  }
  return count;
}

function isWordCharacter(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Cyrillic letters (U+0482–U+0489 are a sign and combining marks).
  if (code >= 0x400 && code <= 0x4ff && (code < 0x482 || code > 0x489)) return true;
  WORD_CHARACTER.lastIndex = at;
  return WORD_CHARACTER.test(text);
}

// A sentence ends in a period, also inside closing quotes and brackets; `...` is not a period.
// Read from the line's end: a pattern anchored there tries every period of a paragraph.
// Kept by their codes: the line's end is read without a string per character.
const CLOSING = new Set(['"', '»', '“', '”', "'", ')'].map((mark) => mark.charCodeAt(0)));
const END_MARKS = new Set(['!', '?', '؟'].map((mark) => mark.charCodeAt(0)));
const PERIOD = 0x2e;
// Two sentences in one line: an end mark, a space, then a capital letter or an opening quote. A
// capital alone before a period is an initial, no sentence's end: `Ш. Уәлиханов атындағы гимназия`;
// so is the period of a short abbreviation before a name: `г. Темиртау`, `ул. Абая`, `им. Шакарима`.
const ABBREVIATION = String.raw`(?<!(?:^|[\s(«"“])(?:г|гг|ул|им|пр|просп|пос|мкр|обл|р-н|с|п|д|ст|оз))`;
const INITIAL = String.raw`(?<!(?:^|[\s.(«"“])\p{Lu})`;
const SENTENCE_BREAK = new RegExp(String.raw`(?:${ABBREVIATION}${INITIAL}\.|[!?؟])["»”)]?\s+[«"“(]?\p{Lu}`, 'u');

/** Ends as a sentence does: `.`, `.»`; not `...` or `…`, which headlines use too. */
export function endsAsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING.has(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  if (last === PERIOD) return !(text.charCodeAt(end - 2) === PERIOD && text.charCodeAt(end - 3) === PERIOD);
  return END_MARKS.has(last);
}

/** Ends on a comma, Arabic script's `،` too: a line the page wrapped, or a list's item. */
export function endsOnComma(text: string): boolean {
  return text.endsWith(',') || text.endsWith('،');
}

export const HEADLINE_MAX = 200;
// A headline opens with a capital, a figure, a quote or bracket, or a letter of Arabic script (which has no capitals).
export const HEADLINE_START = /^[\p{Lu}\p{N}«"“”„'(\p{Script=Arabic}]/u;

// Words that only open a sentence, in capitals: a preposition or a linking word. One of them right
// after a run of text with no sentence's end tells where glued page matter stops and the text starts.
export const SENTENCE_OPENERS = 'По|В|Во|На|С|Со|К|О|Об|Из|За|До|Для|При|Как|Это|Так|Но|Однако|Также|Ранее|Согласно|Сегодня|Вчера|Напомним|Кроме|После|От|У';

/**
 * Reads as a headline: one phrase, not ended by a period, of a headline's length, starting with a
 * capital, a digit or a quote. A question or exclamation can be a headline (`!..` too).
 */
export function isHeadlineLike(text: string): boolean {
  if (text.length > HEADLINE_MAX || wordCount(text, 1) === 0) return false;
  if (!HEADLINE_START.test(text)) return false;
  const body = text.replace(/[!?؟]+\.*["»”)]*$/u, '');
  return !endsAsSentence(body) && !SENTENCE_BREAK.test(body);
}

// A series' name before the headline is short: `Алма-Ата и Алматы. Нескучные документы`.
const KICKER_WORDS = 4;
const KICKER = /^([^.!?]+)\.\s+(?=\p{Lu})/u;

/**
 * A headline after its series' name and a period (`Город и люди. Headline`): a short name, a headline-like rest;
 * or a programme's episode, the guest's name after the programme's, the topic last (`Сказано в Сенате. Имя
 * Фамилия. Кто протестовал в Казахстане?`).
 */
export function isKickeredHeadline(text: string, kickers = 2): boolean {
  const kicker = KICKER.exec(text);
  if (kicker === null || wordCount(kicker[1]!) > KICKER_WORDS || !isHeadlineLike(kicker[1]!)) return false;
  const rest = text.slice(kicker[0].length);
  return isHeadlineLike(rest) || (kickers > 1 && isKickeredHeadline(rest, kickers - 1));
}

// A temperature opening a headline, its sign and unit, a period or colon after it: `-32 С. Бүгін сабақ
// болмайды`, `+40°C: жара в регионах`.
const TEMPERATURE_KICKER = /^[-+−–]\s?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CС]?|[CС]|градус\p{L}*)[.:!]?\s+/u;
// The headline after the figure may open in small letters, read as if in a capital.
const SMALL_FIRST = /^\p{Ll}/u;

/** A headline opening on a temperature with its sign (`-32 С. Бүгін сабақ болмайды`): the figure, then a headline of two words or more. */
export function isTemperatureHeadline(text: string): boolean {
  const figure = TEMPERATURE_KICKER.exec(text);
  if (figure === null) return false;
  const rest = text.slice(figure[0].length);
  return wordCount(rest) >= 2 && isHeadlineLike(rest.replace(SMALL_FIRST, (c) => c.toUpperCase()));
}

/** A sentence closes inside the text and another opens after it (`… шығарды. ҚР ККМ …`); an initial's or an abbreviation's period is none. */
export function breaksSentence(text: string): boolean {
  return SENTENCE_BREAK.test(text);
}

/** Holds a whole sentence and the start of the next: `Итоги года. Рост замедлился вдвое` (no headline or label does). */
export function holdsSentence(text: string): boolean {
  return wordCount(text, 8) >= 8 && breaksSentence(text);
}

// Arabic script has no capitals: a sentence there is told by its closing mark, `.`, `!`, `؟` or the Arabic full stop
// `۔` (before a space and the next word, or at the line's end; an ellipsis closes none), and its words.
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const ARABIC_SENTENCE_END = /(?<!\.\.)[.!؟۔]["»”)]*$/u;
const ARABIC_SENTENCE_BREAK = /(?<!\.\.)[.!؟۔]["»”)]?\s+["«“(]?\p{Script=Arabic}/u;
const ARABIC_SENTENCE_WORDS = 6;

/**
 * A line in Arabic script that reads as the text's sentences: six words or more closing on a sentence's mark, or eight
 * or more holding one's end before the next (`holdsSentence`, which reads capitals, tells neither there).
 */
export function isArabicSentence(text: string): boolean {
  if (!ARABIC_LETTER.test(text) || wordCount(text) < ARABIC_SENTENCE_WORDS || scriptOf(text) !== 'Arabic') return false;
  return ARABIC_SENTENCE_END.test(text) || (wordCount(text) >= 8 && ARABIC_SENTENCE_BREAK.test(text));
}

/** A paragraph of a report: a sentence of six words or more, or a line longer than any headline. */
export function isSentenceLine(line: { text: string }): boolean {
  return line.text.length > HEADLINE_MAX || (endsAsSentence(line.text) && wordCount(line.text, 6) >= 6);
}

// An excerpt cut off where its link to the whole report begins: `… трагедия. (далее…)`.
const MORE_LINK_END = /\((?:далее|подробнее|читать\s+далее)(?:…|\.\.\.)?\)$/u;

/** Another report's excerpt as a widget prints it, cut off mid-word (`… ключевую роль в…`) or where its link begins (`… (далее…)`). */
export function isCutOff(text: string): boolean {
  return text.endsWith('…') || text.endsWith('...') || endsOnMoreLink(text);
}

/** An excerpt closed by its link to the whole report, as a list of reports prints it: `… трагедия. (далее…)`. */
export function endsOnMoreLink(text: string): boolean {
  return text.endsWith(')') && MORE_LINK_END.test(text);
}

/** The excerpt without the link to the whole report closing it: `… трагедия.` */
export function withoutMoreLink(text: string): string {
  return endsOnMoreLink(text) ? text.replace(MORE_LINK_END, '').trimEnd() : text;
}

// An item of a list: a bullet first, or `;` closing it.
const LIST_ITEM = /^[-–—•*]\s|;$/u;

/** A line that reads as a list's item: `- …`, `• …`, or `…;`. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/** A short link, menu item or tag: four words at most, no sentence. */
export function isLabelLike(text: string): boolean {
  return text.length <= 60 && wordCount(text, 5) <= 4 && !endsAsSentence(text);
}

const FOLDED_QUOTES = /[«»"“”„'’]/gu;
// The dashes other than the hyphen, which each becomes.
const FOLDED_DASHES = /[‐-―−]/gu;
const CLOSING_MARKS = /[\s.!?:;,]+$/u;
const CLOSING_MARK = /^[\s.!?:;,]$/u;
// A run of spacing other than one space: a single space is left as it is.
const SPACING = /\s{2,}|[^\S ]/gu;

// A saying wholly in guillemets (`«Сөз – жүректің кілті»`), as an epigraph prints it over its author's name.
const QUOTED_SAYING = /^«[^«»]{2,150}»$/u;

/** A saying wholly in guillemets: an epigraph's, its author's name under it. */
export function isQuotedSaying(text: string): boolean {
  return QUOTED_SAYING.test(text);
}

/** Folded for comparing two spellings of one headline: case, quotes, dashes and spacing. */
export function foldHeadline(text: string): string {
  let folded = text.normalize('NFC').toLowerCase().replace(FOLDED_QUOTES, '').replace(FOLDED_DASHES, '-');
  // Most headlines end on a letter: the closing marks are read through only when the last character is one.
  if (CLOSING_MARK.test(folded.at(-1) ?? '')) folded = folded.replace(CLOSING_MARKS, '');
  return folded.replace(SPACING, ' ').trim();
}

// A dash standing alone between words: no word of a headline.
const LONE_DASH = /^-$/u;

/** The words of a folded headline, a dash standing alone left out. */
function headlineWords(folded: string): string[] {
  return folded.split(' ').filter((word) => !LONE_DASH.test(word));
}

/**
 * A headline printed again otherwise, as its picture's alt text or the page's other title: its first
 * words, half of it or more (`Алаш пьесасы – «…»` under `Алаш пьесасы – «…» бізге тосын жаңалық!`),
 * or all of its words, four or more, one of them changed (`… кітабы табылды` / `… кітапшасы табылды`).
 */
export function isHeadlineVariant(text: string, headline: string, folded?: { text?: string; headline: string }): boolean {
  if (text.length > HEADLINE_MAX || text === headline || endsAsSentence(text)) return false;
  // Each line folded once (`folded` when the caller holds them: foldHeadline of `text`, if given, and of `headline`).
  const foldedText = folded?.text ?? foldHeadline(text);
  const variant = headlineWords(foldedText);
  if (variant.length < 3) return false;
  const title = headlineWords(folded?.headline ?? foldHeadline(headline));
  if (variant.length > title.length) return false;
  // Or the headline without its series' name, the kicker the title holds before it: `Открытый диалог. <headline>`.
  const kicker = KICKER.exec(headline);
  if (kicker && foldedText === foldHeadline(headline.slice(kicker[0].length)) && isKickeredHeadline(headline)) return true;
  if (variant.length < title.length) return variant.length * 2 >= title.length && variant.every((word, i) => word === title[i]);
  return variant.length >= 4 && variant.filter((word, i) => word !== title[i]).length === 1;
}

export type Script = 'Cyrillic' | 'Latin' | 'Arabic';
const SCRIPTS: readonly Script[] = ['Cyrillic', 'Latin', 'Arabic'];
const SCRIPT_CHARACTER = [/\p{Script=Cyrillic}/uy, /\p{Script=Latin}/uy, /\p{Script=Arabic}/uy];
// The script of each character below U+0700 (Latin, Cyrillic and Arabic letters, ASCII's punctuation), told once
// by the patterns: 0 for none, else its index in SCRIPTS plus one. The General Punctuation block (dashes, quotes,
// `…`) holds none of the three; rarer characters are tested as they come.
const TABLED = 0x700;
const PUNCTUATION = [0x2000, 0x206f];
const SCRIPT_OF_CODE = new Uint8Array(TABLED).map((_, code) => characterScript(String.fromCharCode(code), 0));

/** The script of the character at `at`, as its index in SCRIPTS plus one, or 0 for none of the three. */
function characterScript(text: string, at: number): number {
  for (let i = 0; i < SCRIPT_CHARACTER.length; i++) {
    SCRIPT_CHARACTER[i]!.lastIndex = at;
    if (SCRIPT_CHARACTER[i]!.test(text)) return i + 1;
  }
  return 0;
}

/**
 * The script most of a line's words are written in (a word: a run of one script's letters); undefined for a
 * line of no words. Read character by character, with no array of words.
 */
export function scriptOf(text: string): Script | undefined {
  const counts = { Cyrillic: 0, Latin: 0, Arabic: 0 };
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const script = code < TABLED ? SCRIPT_OF_CODE[code]! : code >= PUNCTUATION[0]! && code <= PUNCTUATION[1]! ? 0 : characterScript(text, i);
    if (script !== 0 && script !== previous) counts[SCRIPTS[script - 1]!]++;
    previous = script;
    if (code > 0xffff) i++;
  }
  const most = Math.max(counts.Cyrillic, counts.Latin, counts.Arabic);
  if (most === 0) return undefined;
  return counts.Cyrillic === most ? 'Cyrillic' : counts.Arabic === most ? 'Arabic' : 'Latin';
}

// A word in the genitive, its possessed noun to come (`спортшылардың`, `sportshylardyń`, `سپورتشىلاردىڭ`):
// no phrase ends on one.
// Two letters and the ending fill at most a line's last seven code units, so the regex reads only that tail,
// not every start of a long line.
// The genitive's endings as patterns' alternatives: Cyrillic and the 2018 Latin alphabet, and Arabic script.
export const GENITIVE_ENDINGS = 'ның|нің|дың|дің|тың|тің|nyń|niń|dyń|diń|tyń|tiń';
export const ARABIC_GENITIVE_ENDINGS = 'نىڭ|دىڭ|تىڭ';
const GENITIVE_TAIL = new RegExp(String.raw`\p{L}{2}(?:${GENITIVE_ENDINGS}|nyñ|niñ|dyñ|diñ|tyñ|tiñ)$|\p{Script=Arabic}{2}(?:${ARABIC_GENITIVE_ENDINGS})$`, 'u');

// The endings' last letters: a line ending otherwise is not read through.
const GENITIVE_LAST = new Set(['ң', 'ń', 'ñ', 'ڭ']);

export function endsInGenitive(text: string): boolean {
  return GENITIVE_LAST.has(text.at(-1) ?? '') && GENITIVE_TAIL.test(text.slice(-8));
}

// Kazakh letters of both alphabets read alike: Cyrillic and the Latin alphabets of 2017, 2018 and 2021 to one
// plain Latin key, so a headline the page prints again in the other script is known (`Aýylda saıabaq ashyldy` /
// `Ауылда саябақ ашылды`).
const KEY_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n',
  о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i',
  ь: '', э: 'e', ю: 'iu', я: 'ia',
  á: 'a', ä: 'a', ǵ: 'g', ğ: 'g', ń: 'n', ñ: 'n', ó: 'o', ö: 'o', ú: 'u', ü: 'u', ū: 'u', ý: 'u', ı: 'i', ş: 'sh', ç: 'ch', c: 'ts', w: 'u', x: 'h', "'": '',
};

/** A Kazakh text's letters in one plain Latin key, whichever alphabet it is written in; figures kept. */
export function kazakhKey(text: string): string {
  let key = '';
  for (const char of text.normalize('NFC').toLowerCase()) key += KEY_LETTERS[char] ?? (/[a-z\d]/u.test(char) ? char : '');
  return key;
}

/** Whether two keys (`kazakhKey`) are one text's: of some length, all but a few letters alike. */
export function sameKeys(x: string, y: string): boolean {
  const most = Math.max(x.length, y.length);
  if (most < 12 || Math.abs(x.length - y.length) > most * 0.15) return false;
  return editDistance(x, y) <= Math.max(2, Math.floor(most * 0.12));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

// A photographer's name, the surname in capitals, with where the photo comes from after a dash or in brackets, as a
// picture's caption prints its credit's words without the label (`Имя ФАМИЛИЯ - архив`, `Имя ФАМИЛИЯ (архив)`): no headline.
// Anchored on a capital, a word in small letters, then capitals: most lines fail at their second word.
const NAME_ARCHIVE = /^\p{Lu}\p{Ll}+\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?\s*(?:[-–—]\s*(?:[Аа]рхив|[Мм]ұрағат|[Aa]rh[ıi]v|[Aa]rchive)|\((?:[Аа]рхив|[Мм]ұрағат|[Aa]rh[ıi]v|[Aa]rchive)\))$/u;

/** Whether a line is a photographer's name with `- архив` after it (`Имя ФАМИЛИЯ - архив`): a caption's credit, no headline. */
export function isNameArchive(text: string): boolean {
  return text.length <= 80 && NAME_ARCHIVE.test(text);
}

// A speech opens on its salutation, an address of a few words closing on `!` or `,`: `Уважаемые коллеги!`,
// `Құрметті отандастар!`, `Qurmetti áriptester!`, `قۇرمەتتى اعايىن!`; an open letter's, a name and a word of kinship:
// `Мырзатай аға!`, `مىرزاتاي اعا!`.
const SALUTATION = /^(?:(?:(?:аса|asa|اسا)\s+)?(?:уважаем(?:ые|ый|ая)|дорог(?:ие|ой|ая)|құрметті|қымбатты|қадірлі|ардақты|аяулы|qurmetti|qymbatty|qadirli|ardaqty|aıaýly|قۇرمەتتى|قىمباتتى|قادىرلى|ارداقتى|اياۋلى)(?:\s+\S+){1,4}|\S+\s+(?:аға|ағай|апа|әпке|aǵa|aǵaı|apa|اعا|اعاي|اپا))\s*[!,]$/iu;

/** A speech's salutation: never its headline (a copy opening on it began inside the speech), nor the summary of its text. */
export function isSalutation(text: string): boolean {
  return text.length <= 60 && SALUTATION.test(text);
}

/** Whether a line closes the bracket the line above left open (`(… Елшісі` / `Абзал АТАҰЛЫМЕН сұхбат)`): one aside the page wrapped. */
export function closesBracket(text: string, above: string): boolean {
  const close = text.indexOf(')');
  return close >= 0 && above.lastIndexOf('(') > above.lastIndexOf(')') && !text.slice(0, close).includes('(');
}
