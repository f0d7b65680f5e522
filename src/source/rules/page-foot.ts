import { asksReader } from '../clutter/reader-prompt.ts';
import { META_RULES } from '../clutter/table.ts';
import { endsAsSentence, HEADLINE_MAX, holdsSentence, isCutOff, isHeadlineLike, isLabelLike, isListItem, isSentenceLine, wordCount } from '../line-shape.ts';
import { isOutletName } from '../outlets.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { sharesWordWith } from '../word-stems.ts';

// A line that introduces what follows (`Победители конкурса:`), or an item of a list (`…;`, `…,`).
const LIST_MARK = /[:;,]$/u;
// A speaker's role under the name that signs a quote (`руководитель управления спорта`).
const SMALL_LETTER = /^\p{Ll}/u;
// Someone's words: a short quote is no label, nor a line opening on a dialogue's dash, cut off or not
// (`— Предлагаю запустить` at the copy's end). Some pages print the dash as a hyphen (`- Біріншіден, ауылда`):
// then three words at least, a menu's `- Главная` is no one's words.
const QUOTE = /^(?:[«"“„]|[—–]\s|-\s(?=\S+\s+\S+\s+\S))/u;
// Figures below the text are the report's data (a schedule's hours, a table's rows), not furniture.
const DIGIT = /\d/u;
// A row of data: a figure first, or a clock's time (`09:00`).
const DATA_ROW = /^\d|\d[:.]\d{2}\b/u;
// A line the copy cut inside its last word, a lone small letter left of it that is no word of its own
// (`… департамент Комитета п`): the report's next sentence, cut where the copy ended; a headline is whole.
// One-letter words of Russian and Kazakh (`в`, `к`, `с`, `о`, `у`, `и`, `а`, `я`, `ж`, `б`, `е`, `ә`) may close a cut line too, and stay out.
const CUT_IN_WORD = /\s(?![вксоуиаяжбеә]$)\p{Ll}$/u;
// Or cut inside the noun after its adjective, a fragment of two or three small letters left of it (`… ежегодно
// городским аки`): an adjective in an oblique case over a short noun closes a headline (`… нескольких лет`), a
// fragment no such noun is the cut noun.
const SHORT_NOUNS = ['лет', 'дел', 'сёл', 'сел', 'мер', 'цен', 'дом', 'год', 'час', 'мир', 'суд', 'газ', 'лес', 'сад', 'вод', 'рек', 'гор', 'ног', 'рук', 'сил', 'тем', 'зон', 'игр', 'нам', 'вам', 'ими'];
const CUT_AFTER_ADJECTIVE = new RegExp(String.raw`\s\p{Ll}{2,}(?:ым|им|ого|его|ому|ему|ых|их|ыми|ими)\s(?!(?:${SHORT_NOUNS.join('|')})$)\p{Ll}{2,3}$`, 'u');

// Another report's headline the page links, unlabelled, under the last paragraph (`Ряд автобусных
// маршрутов временно изменит схемы движения в Астане`): five words or more, no sentence, and a verb
// in the past, present or future (`изменит`, `проверил`, `восхитилась`), which a signature
// (`Оперативный штаб по ЧС Атырауской области`) has none of.
// A paragraph cut short is none: it runs longer, holds a comma or a quote, or opens on a word that
// links it to the text above (`Также …`, `Тем временем …`), as no headline does.
const TEASER_WORDS = 5;
const TEASER_MAX_WORDS = 10;
const NOT_A_HEADLINE = /[,«»"“”„]|^(?:также|тем\s+временем|ранее|кроме\s+того|при\s+этом|напомним|однако|между\s+тем|помимо\s+этого|в\s+свою\s+очередь|по\s+словам|вместе\s+с\s+тем)\s/iu;
// Also the future's and the modal's auxiliaries (`будут проверять`, `может вырасти`) and a prefixed past of
// `нести`, `везти` with no `л` (`снес`, `привез`), and the masculine past of `идти` and `вести`, prefixed
// (`нашел`, `вышел`, `провел`; a name is none: `Павел`).
const VERB = /(?:\p{L}{3}(?:ил|ила|или|ило|ала|али|ало|яла|яли|ела|ели|ит|ят|ют|ется|ится|ются|ятся|лся|лась|лись|лось)|\p{L}{4}ал)$|^(?:будут|будет|может|могут|станет|станут)$|^(?:с|у|при|за|вы|пере|от|под|раз|до)(?:н[её]с|в[её]з)$|^(?:на|при|у|вы|за|пере|про|до|по|подо|ото|во|обо|со)?ш[её]л$|^(?:при|про|пере|за|от|под|у|вы|на|до|с|раз|из)в[её]л$/u;
const WORD = /\p{L}+/gu;

// A correspondent's signature closing a regional report, the region she writes from above her name:
// `ۇلىتاۋ وبلىسى` / `جۇلدىز تويبەك`, `Ұлытау облысы` / `Жұлдыз Тойбек`. Arabic script has no capitals,
// so the signature rows of the clutter table, which look for them, do not see it.
const REGION_LINE = /^(?:\p{L}+[\s-]){1,2}(?:облысы|ауданы|қаласы|oblysy|audany|aýdany|qalasy|وبلىسى|اۋدانى|قالاسى)$/u;
const SIGNER = /^(?:\p{Lu}\p{Ll}+|\p{Script=Arabic}+)(?:\s(?:\p{Lu}\p{Ll}+|\p{Script=Arabic}+)){1,2}$/u;

/**
 * The region over the name (`Ұлытау облысы` / `Жұлдыз Тойбек`), or the name, a comma after it, over the region
 * (`Райхан Хамзина,` / `Жаңақала ауданы`), or the region, a comma after it, over its district or town, the
 * name lost or printed above the text (`Qaraǵandy oblysy,` / `Temirtaý qalasy`).
 */
/** A signature's first line without the comma closing it (`Райхан Хамзина,`), or undefined when none closes it. */
function beforeComma(text: string): string | undefined {
  return text.endsWith(',') || text.endsWith('،') ? text.slice(0, -1) : undefined;
}

function isRegionSignature(after: readonly { text: string; verbatim?: boolean }[]): boolean {
  if (after.length !== 2 || after.some((line) => line.verbatim)) return false;
  const [first, second] = [after[0]!.text, after[1]!.text.replace(/\.$/u, '')];
  const named = beforeComma(first);
  return (REGION_LINE.test(first) && SIGNER.test(second)) || (named !== undefined && (SIGNER.test(named) || REGION_LINE.test(named)) && REGION_LINE.test(second));
}

// An office's press officer signing its report: her name and a comma, then the office on a line or two, the last
// closing on what the unit is or on its abbreviation (`Айгүл Нұрманова,` / `Қызылорда облысы ТЖД` / `Мемлекеттік тіл
// және ақпарат тобы`, `… баспасөз қызметі`). The office's lines name no sentence: no mark closes them.
const OFFICE_LINE = /^[\p{L}\s-]{2,80}$/u;
const OFFICE_LAST = /(?:\s(?:тобы|бөлімі|қызметі|басқармасы|департаменті|инспекциясы|комитеті|әкімдігі|орталығы|\p{Lu}{2,5})|^\p{Lu}{2,5})$/u;

/** The name, a comma after it, over its office on one line or two (`Айгүл Нұрманова,` / `… облысы ТЖД` / `… тобы`). */
function isOfficeSignature(after: readonly { text: string; verbatim?: boolean }[]): boolean {
  if (after.length < 2 || after.length > 3 || after.some((line) => line.verbatim)) return false;
  const [first, ...office] = after.map((line) => line.text);
  const named = beforeComma(first!);
  return named !== undefined && SIGNER.test(named) && office.every((line) => OFFICE_LINE.test(line)) && OFFICE_LAST.test(office.at(-1)!);
}

// The author's signature closing the report on a period, her role after the name and a comma, on one line or
// two (`Асан Омаров, абайтанушы.`, `Asan Omarov, abaıtanýshy.`, `اسان وماروۆ، ابايتانۋشى.`, `اسان وماروۆ،` /
// `ابايتانۋشى.`), or in Arabic script the name alone, a surname's ending last (`اسان وماروۆ`, `… ۇلى.`, `… قىزى.`),
// as the script has no capitals to tell it from a short phrase (`كوپ راحمەت.`): a name of two or three words,
// a role of three words at most in small letters, no verb in either.
const CAPITAL_NAME = /^\p{Lu}[\p{Ll}\p{M}]{1,20}(?:[\s-]\p{Lu}[\p{Ll}\p{M}-]{1,30}){1,2}$/u;
const ARABIC_NAME = /^\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){1,2}$/u;
const ARABIC_SURNAME = /(?:وۆ|ەۆ|وۆا|ەۆا|ين|ينا|ۇلى|قىزى)$/u;
const ROLE_WORDS = /^(?:\p{Ll}[\p{Ll}\p{M}.-]*|\p{Script=Arabic}+)(?:\s(?:\p{Ll}[\p{Ll}\p{M}.-]*|\p{Script=Arabic}+)){0,2}$/u;
// A Kazakh verb in Arabic script: the past (`بەردى`, `ءوتتى`), a participle (`بولعان`, `كەلگەن`), the present
// and future (`جالعاسۋدا`), the optative (`بولسىن`), the first person (`قۋانىشتىمىز`), the auxiliaries.
const ARABIC_VERB = /\p{Script=Arabic}{2}(?:دى|تى|عان|گەن|قان|كەن|ۋدا|ۋدە|سىن|سۇن|مىز|مىن|ماق|مەك)$|^(?:جاتىر|وتىر|تۇر|ءجۇر)$/u;

const ARABIC_WORD = /\p{Script=Arabic}+/gu;

function hasAnyVerb(text: string): boolean {
  return hasHeadlineVerb(text) || (text.match(ARABIC_WORD) ?? []).some((word) => ARABIC_VERB.test(word));
}

function isName(text: string): boolean {
  return (CAPITAL_NAME.test(text) || ARABIC_NAME.test(text)) && !hasAnyVerb(text);
}

function isRole(text: string): boolean {
  return ROLE_WORDS.test(text) && !hasAnyVerb(text);
}

// The place she writes from under her name and its comma, a word, period or not: `Айгүл Сейілова,` / `Қарағанды`.
const PLACE_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}-]{2,20}|\p{Lu}{3,20}|\p{Script=Arabic}{3,20})$/u;
// The outlet in quotes after the name, as Egemen signs its correspondents: `ايگۇل سەيىلوۆا، «Egemen Qazaqstan»`.
const QUOTED_OUTLET = /^«[^«»]{2,40}»$/u;
const SIGNATURE_WORDS = 5;
// A district paper's signature, the whole name in capitals, alone under the last sentence: `МАЙЯ ҚОЖАБАЙ`.
// Cyrillic letters only, and no verb's ending (`ОСТАВЬТЕ ОТВЕТ` is a comment form's prompt).
const CAPITALS_NAME = /^(?![\p{Lu}-]*(?:ТЕ|ТЬ|ТЬСЯ)\s)\p{Lu}{2,}(?:-\p{Lu}{2,})?\s\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;
const CYRILLIC_ONLY = /^[\p{Script=Cyrillic}\s-]+$/u;

/**
 * The author's signature closing the report: the name and her role closing on a period, on one line or two, or the
 * name with a comma over her place; in Arabic script, the name alone ending as a surname does, a period after it or
 * not, or with the outlet in quotes after a comma; the whole name in capitals, two words (the signature rows of
 * the clutter table look for a surname in capitals after a name written in small letters).
 */
function isClosingSignature(after: readonly { text: string; verbatim?: boolean }[]): boolean {
  if (after.length === 0 || after.length > 2 || after.some((line) => line.verbatim)) return false;
  const last = after.at(-1)!.text;
  const period = last.endsWith('.') && !last.endsWith('..');
  const body = period ? last.slice(0, -1) : last;
  if (after.length === 2) {
    const name = after[0]!.text;
    if (!/[,،]$/u.test(name) || !isName(name.slice(0, -1))) return false;
    return (period && isRole(body)) || PLACE_WORD.test(body);
  }
  // Never a line of six words or more: that may be a sentence of the report with no verb.
  if (wordCount(body) > SIGNATURE_WORDS) return false;
  const comma = body.search(/[,،]\s/u);
  if (comma < 0) return (ARABIC_NAME.test(body) && ARABIC_SURNAME.test(body) && isName(body)) || (CAPITALS_NAME.test(body) && CYRILLIC_ONLY.test(body));
  const name = body.slice(0, comma);
  const rest = body.slice(comma + 1).trim();
  if (!isName(name)) return false;
  return (period && isRole(rest)) || (ARABIC_NAME.test(name) && QUOTED_OUTLET.test(rest));
}

// What a copied page's last lines may be when nothing of the report follows them: a label of a word or
// three ending in `:` whose links or list the copy lost (`Категории:`, `Теги:`, `Источник:`), or a
// line addressing the reader cut off before its sentence ended (`Если вы заметили ошибку, выделите
// необход`): a prompt, never the report, which speaks of others; one phrase, so no sentence goes with it.
const LABEL_LOST = /^\p{L}[^:]{0,40}:$/u;
const CUT_PROMPT_LONGEST = 160;
const TRAILING_MAX = 3;
// So is another report's headline in quotes the copy cut off after a word or two (`«Та`, `«Ta`, `«تا`),
// and the comment form's prompt cut off (`Пікір қалдыру үшін жүйеге к`, `Pikir qaldyrý úshin júıege k`).
const CUT_QUOTED = /^[«"“][^«»"“”.!?]{1,30}$/u;
const CUT_QUOTED_WORDS = 2;
const COMMENT_PROMPT_CUT = /^(?:пікір|pikir|پىكىر)\p{L}*\s+(?:қалдыру|жазу|қосу|qaldyr[ýu]|jaz[ýu]|qos[ýu]|قالدىرۋ|جازۋ|قوسۋ)\s[^.!?]{1,80}$/iu;

// And a widget's label the copy cut inside its second word (`Последние н` of `Последние новости`, `Өзге жаңа`).
const CUT_WIDGET_LABEL = /^(?:последние|похожие|другие|свежие|популярные|главные|соңғы|басқа|өзге|ұқсас)\s+(\p{Ll}{1,12})$/iu;
const WIDGET_NOUNS = ['новости', 'записи', 'статьи', 'материалы', 'публикации', 'жаңалықтар', 'мақалалар', 'материалдар', 'ақпараттар'];

function isCutWidgetLabel(text: string): boolean {
  const cut = CUT_WIDGET_LABEL.exec(text)?.[1]?.toLowerCase();
  return cut !== undefined && WIDGET_NOUNS.some((noun) => noun.length > cut.length && noun.startsWith(cut));
}

function isTrailingMatter(line: { text: string; verbatim?: boolean }): boolean {
  const { text } = line;
  if (line.verbatim) return false;
  if (LABEL_LOST.test(text)) return wordCount(text) <= 3;
  if (CUT_QUOTED.test(text)) return wordCount(text) <= CUT_QUOTED_WORDS;
  if (COMMENT_PROMPT_CUT.test(text)) return true;
  return text.length <= CUT_PROMPT_LONGEST && wordCount(text) >= 3 && !endsAsSentence(text) && !isCutOff(text) && !/[!?]$/u.test(text) && !holdsSentence(text) && asksReader(text);
}

/** Leaves out the page's last lines while they are such matter, up to three. */
function trailingMatter(state: ParseState): void {
  for (let n = 0; n < TRAILING_MAX && state.lines.length > 1 && isTrailingMatter(state.lines.at(-1)!); n++) {
    const line = state.lines.pop()!;
    state.skipped.push({ line: line.line, text: line.text, rule: 'page foot' });
  }
}

// Headlines of other reports some themes print above their widget's label (`Сәйкес тақырыптар`) rather
// than under it: below the last sentence, each a headline, the label right under the last of them. Two of them at
// least: one line alone there may be the report's last sentence, its period lost (`… қайта басталады` / `Басқа жаңалықтар`).
const WIDGET_ABOVE_MAX = 6;

function isWidgetAbove(state: ParseState, after: readonly SourceLine[]): boolean {
  if (after.length > WIDGET_ABOVE_MAX || after.length < 2) return false;
  const below = after.at(-1)!.line + 1;
  return state.skipped.some((s) => s.line === below && s.rule === 'news widget') && after.every((line) => !line.verbatim && isHeadlineLike(line.text));
}

const RUN_MAX_WORDS = 16;
const ONE_NAME = /^\p{Lu}[\p{Ll}-]{2,30}$/u;
const NAME_WITH_PERIOD = /^\p{Lu}[\p{Ll}\p{M}]{1,20}\s\p{Lu}[\p{Ll}\p{M}-]{1,30}\.$/u;

/** Holds a Russian verb in the past, present or future (`изменит`, `проверил`): a clause, no phrase. */
export function hasVerb(text: string): boolean {
  return (text.toLowerCase().match(WORD) ?? []).some((word) => VERB.test(word));
}

// A Kazakh headline's verb: the past (`ашылды`, `өтті`), a participle (`берілген`), the present and future
// (`береді`, `жасалуда`), the present's auxiliary (`өтіп жатыр`), in Cyrillic and Latin letters.
const KAZAKH_VERB = /\p{L}{2}(?:ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|уда|үде|dy|di|ty|ti|ǵan|gen|qan|ken|ady|edi|ıdy|ıdi|ýda|ýde)$|^(?:жатыр|отыр|тұр|жүр|jatyr|otyr|tur|júr)$/u;

// A widget of other reports closing the page under a label the table does not know (`События` /
// `FlyArystan объявил осеннюю распродажу …` / …): three headlines or more, none closing a sentence
// or ending as a list's item (an excerpt cut off with `...` may), of five words on average (a poem's lines are shorter), most with a verb
// (a list of requirements or an agenda has few), few with figures (a list of results has them in most).
const WIDGET_ITEMS = 3;
const WIDGET_ITEM_WORDS = 4;
const WIDGET_AVERAGE_WORDS = 5;
const ITEM_END = /[.:;,]["»”)]*$/u;
const ITEM_FIRST = /^[\p{Lu}\p{N}«"“]/u;
// The stored copy of a page may stop mid-item: a word or two, no mark after them (`Министерство`).
const CUT_ITEM_WORDS = 2;

function isWidgetItem(line: { text: string; verbatim?: boolean }): boolean {
  const { text } = line;
  return !line.verbatim && text.length <= HEADLINE_MAX && wordCount(text) >= WIDGET_ITEM_WORDS && ITEM_FIRST.test(text) && (!ITEM_END.test(text) || isCutOff(text)) && !isListItem(text);
}

/** Holds a verb, Russian or Kazakh: a headline's clause, no label. */
export function hasHeadlineVerb(text: string): boolean {
  return (text.toLowerCase().match(WORD) ?? []).some((word) => VERB.test(word) || KAZAKH_VERB.test(word));
}

function isLabelledWidget(after: readonly { text: string; verbatim?: boolean }[]): boolean {
  const [label, ...rest] = after;
  if (!label || label.verbatim || !ITEM_FIRST.test(label.text) || !isLabelLike(label.text) || wordCount(label.text) > 3 || ITEM_END.test(label.text)) return false;
  const last = rest.at(-1);
  const cut = last !== undefined && !last.verbatim && wordCount(last.text) <= CUT_ITEM_WORDS && !ITEM_END.test(last.text);
  const items = cut ? rest.slice(0, -1) : rest;
  if (items.length < WIDGET_ITEMS || !items.every(isWidgetItem)) return false;
  const words = items.reduce((sum, line) => sum + wordCount(line.text), 0);
  const verbs = items.filter((line) => hasHeadlineVerb(line.text)).length;
  // A report's own list closing it, results or a schedule, holds figures in most lines (`… со счетом 2:1`).
  const figures = items.filter((line) => DIGIT.test(line.text)).length;
  return words >= WIDGET_AVERAGE_WORDS * items.length && verbs * 2 >= items.length && figures * 2 < items.length;
}

// A widget's items each after a list's dash (`- Headline`), under its label the table left out (`Жаңалықтар`).
const DASHED_ITEM = /^[-–—•]\s+(?=\p{Lu})/u;
const WIDGET_LABEL_RULES = new Set(['rubric', 'news widget', 'related news']);
const DASHED_ITEMS = 2;

/**
 * Other reports' headlines, each after a list's dash, closing the copy right under a label the table left out
 * below the report's last sentence (`… жұмыс істейді.` / `Жаңалықтар` / `- Headline` / `- Headline`): the widget's.
 */
function isDashedWidget(state: ParseState, lastText: number, after: readonly SourceLine[]): boolean {
  if (after.length < DASHED_ITEMS || !after.every((line) => !line.verbatim && DASHED_ITEM.test(line.text) && isWidgetItem({ text: line.text.replace(DASHED_ITEM, '') }))) return false;
  if (after.filter((line) => hasHeadlineVerb(line.text)).length * 2 < after.length) return false;
  return state.skipped.some((skipped) => WIDGET_LABEL_RULES.has(skipped.rule) && skipped.line > lastText && skipped.line < after[0]!.line);
}

// A feed of other reports under the text, no label: each headline right under its stamp (`26 қараша, 18:40` / `Headline`).
const STAMPED_ITEMS = 2;

/** Each line after the report's last sentence is a headline right under a stamp the table left out, two or more. */
function isStampedFeed(state: ParseState, after: readonly SourceLine[]): boolean {
  if (after.length < STAMPED_ITEMS) return false;
  const stamps = new Set(state.skipped.filter((skipped) => skipped.rule === META_RULES.stamp.name).map((skipped) => skipped.line));
  return after.every((line) => !line.verbatim && stamps.has(line.line - 1) && line.text.length <= HEADLINE_MAX && (isHeadlineLike(line.text) || isCutOff(line.text)));
}

/** A line of a run of other reports' headlines: a headline of five words or more, no comma. */
function isTeaserInRun(line: { text: string; verbatim?: boolean }): boolean {
  const words = wordCount(line.text);
  return !line.verbatim && words >= TEASER_WORDS && words <= RUN_MAX_WORDS && isHeadlineLike(line.text) && !line.text.includes(',');
}

/** A heading of the report's own between two of its paragraphs, below the first: the report is set out in sections. */
export function hasSectionHeading(lines: readonly { text: string; verbatim?: boolean }[]): boolean {
  const first = lines.findIndex(isSentenceLine);
  for (let index = first + 1; first >= 0 && index < lines.length - 1; index++) {
    const line = lines[index]!;
    if (!line.verbatim && isHeadlineLike(line.text) && isSentenceLine(lines[index - 1]!) && isSentenceLine(lines[index + 1]!)) return true;
  }
  return false;
}

// The start of that headline's excerpt where the copy of the page stops: a few words, no mark after them (`19 сентября днём`).
const CUT_EXCERPT_WORDS = 4;
const ANY_MARK_LAST = /[.!?:;,…»"”)]$/u;

function isCutExcerpt(line: { text: string; verbatim?: boolean }): boolean {
  return !line.verbatim && !ANY_MARK_LAST.test(line.text) && wordCount(line.text) <= CUT_EXCERPT_WORDS;
}

function isClosingTeaser(text: string): boolean {
  const words = wordCount(text);
  return words >= TEASER_WORDS && words <= TEASER_MAX_WORDS && isHeadlineLike(text) && !NOT_A_HEADLINE.test(text) && (text.toLowerCase().match(WORD) ?? []).some((word) => VERB.test(word));
}

// A person named in full, a first name and a surname, anywhere but first: `… пожарного Эльдар Забикулин выразил …`.
const FULL_NAME = /(?<=\s)\p{Lu}\p{Ll}+\s(\p{Lu}\p{Ll}{4,})(?=[\s,.]|$)/gu;
const NAME_STEM = 6;
// A capitalised word of five letters or more in the headline: a name it may give.
const LONG_CAPITALISED = /^\p{Lu}\p{Ll}{4,}/u;

/**
 * The closing line names in full a person whose surname the headline names (`… героя-пожарного Аскара Забикулина`
 * over `Брат погибшего пожарного Эльдар Забикулин выразил благодарность …`): the report's last paragraph, its end
 * cut off by the copy, not another report's headline.
 */
function namesHeadlinesPerson(text: string, title: string | undefined): boolean {
  if (!title) return false;
  const titleWords = title.split(/[\s«»"“”(),.:;!?–—-]+/u).filter((word) => LONG_CAPITALISED.test(word)).map((word) => word.slice(0, NAME_STEM));
  return [...text.matchAll(FULL_NAME)].some((match) => titleWords.includes(match[1]!.slice(0, NAME_STEM)));
}

/**
 * On a copied page (one whose clutter the table found), short labels left below the report's last
 * paragraph are the page's furniture the table does not know: a widget's heading (`Басқа
 * материалдар`), a button (`Back to top button`), a signature, the site's name. A report closes on a
 * sentence; the labels after it go, recorded, unless a line of the report introduces them as a list
 * (it ends in `:`), they are items of one or a quote, a line among them holds figures (a schedule:
 * `Понедельник` / `09:00-18:00`), or a line in small letters under a name signs a quote. One
 * headline of another report closing the page goes too, and so do a tag of one word (the place), and a
 * region above a correspondent's name or alone at the page's end, copied page or not; on a copied
 * page, so do two headlines or more.
 */
// A place of a word or two, as a regional paper prints it over a report's first paragraph: `Бадамша`.
const PLACE = /^\p{Lu}[\p{L}-]{2,20}(?:\s\p{Lu}[\p{L}-]{2,20})?$/u;

/** The table left out an author's signature somewhere: the rules reading one under the first paragraph ask it before they look for that paragraph. */
function hasByline(state: ParseState): boolean {
  return state.skipped.some((s) => s.rule === 'byline');
}

/** Leaves out the copy's lines from `index` on as another report's; true, for the rules that end so. */
function anotherReportFrom(state: ParseState, index: number): true {
  for (const line of state.lines.slice(index)) state.skipped.push({ line: line.line, text: line.text, rule: 'another report' });
  state.lines = state.lines.slice(0, index);
  return true;
}

/**
 * A newspaper's page copied with the next report on it: the report closes on its author's signature,
 * and under it the next one opens as this one did, its place (a word or two, the shape of the place
 * the page printed between the headline and the first paragraph) over its headline and text
 * (`Канат БАХТИЯРОВ` / `Иргиз` / `С легким паром!` / …). From the place on, the lines are another report's.
 */
function nextReportAfterSignature(state: ParseState): boolean {
  if (!hasByline(state)) return false;
  const first = state.lines.find(isSentenceLine);
  if (!first) return false;
  const place = state.skipped.some((s) => s.rule === 'page head' && s.line < first.line && PLACE.test(s.text));
  if (!place) return false;
  const signature = state.skipped.find((s) => s.rule === 'byline' && s.line > first.line);
  if (!signature) return false;
  const index = state.lines.findIndex((line) => line.line > signature.line);
  const next = state.lines[index];
  if (index < 1 || !next || next.verbatim || !endsAsSentence(state.lines[index - 1]!.text)) return false;
  // The place may be left out already, as a tag closing the page.
  const left = state.skipped.find((s) => s.line > signature.line && s.line < next.line && PLACE.test(s.text));
  const placeLeft = left !== undefined;
  const headline = placeLeft ? next : PLACE.test(next.text) ? state.lines[index + 1] : undefined;
  if (!headline || headline.verbatim || !isHeadlineLike(headline.text)) return false;
  // Under the headline its text, however the copy cut it off.
  const text = state.lines[state.lines.indexOf(headline) + 1];
  if (!text || wordCount(text.text) < 6) return false;
  // Taken as the signature's place, it is the next report's.
  if (left?.rule === 'byline') left.rule = 'another report';
  return anotherReportFrom(state, index);
}

/**
 * A newspaper's page copied with the next report on it, no place between: the report closes on its author's
 * signature right under its last sentence, and under the signature the next report opens, its headline (a line
 * of three words or more closing no sentence, in capitals or not) over its text, a line of six words or more
 * (`… сытые.` / `Имя ФАМИЛИЯ, Ивановская школа` / `Ветераны получили подарки` / `Депутаты района …`). A report's
 * section under a heading has no signature above it: the signature closes the report.
 */
function nextReportAfterClosingSignature(state: ParseState): boolean {
  if (!hasByline(state)) return false;
  const first = state.lines.find(isSentenceLine);
  if (!first) return false;
  const signature = state.skipped.find((s) => s.rule === 'byline' && s.line > first.line);
  if (!signature) return false;
  const index = state.lines.findIndex((line) => line.line > signature.line);
  const headline = state.lines[index];
  const text = state.lines[index + 1];
  if (index < 1 || !headline || !text || headline.verbatim || text.verbatim) return false;
  const last = state.lines[index - 1]!;
  // The signature right under the last sentence: only page matter the table left out between them.
  if (!endsAsSentence(last.text) || state.skipped.some((s) => s.line > last.line && s.line < signature.line && s.rule !== 'byline')) return false;
  if (wordCount(headline.text) < 3 || LIST_MARK.test(headline.text) || SMALL_LETTER.test(headline.text) || !isHeadlineLike(headline.text) || wordCount(text.text) < 6) return false;
  return anotherReportFrom(state, index);
}

// A digest's next report: its headline of three to ten words with a verb in it.
const NEXT_HEADLINE_WORDS = [3, 10] as const;
// A heading opening on a question's word asks what the section under it answers (`Какие книги выбирают читатели`).
const QUESTION_FIRST = /^(?:как\p{L}*|что|чем|почему|зачем|где|куда|когда|сколько|кто|чей|чья|чьи|қалай|неге|неліктен|қашан|қанша|қандай|кім|не|қайда)\s/iu;

/**
 * A page of short reports copied whole, no signature between them: under a sentence of the titled report,
 * the next one opens, its headline (three to ten words, a capital first and a verb in it, closing no sentence)
 * over its lead of six words or more that names the headline's words (`… к обеду.` / `Осыпается дом на главном
 * проспекте` / `Жильцы старого дома на главном проспекте …`). The headline names no word of the title and the
 * lines from it on name none either, while the text above names the title's: it is another report. In a report
 * set out in sections, a heading above already, the line is its next section's heading; over a question or a quote
 * it is an interview's heading, and opening on a question's word (`Какие книги выбирают читатели`) a section's.
 */
function nextReportUnsigned(state: ParseState): boolean {
  const title = state.article.title;
  if (!title) return false;
  const { lines } = state;
  const first = lines.findIndex(isSentenceLine);
  if (first < 0) return false;
  // Which lines name a word of the title, stemmed once for every candidate.
  let namesTitle: boolean[] | undefined;
  for (let index = first + 1; index < lines.length - 1; index++) {
    const headline = lines[index]!;
    const lead = lines[index + 1]!;
    const above = lines[index - 1]!;
    if (headline.verbatim || lead.verbatim || above.verbatim || !endsAsSentence(above.text)) continue;
    // A paragraph closes its sentence: told by its end before its words are counted.
    if (endsAsSentence(headline.text)) continue;
    const words = wordCount(headline.text);
    if (words < NEXT_HEADLINE_WORDS[0] || words > NEXT_HEADLINE_WORDS[1] || LIST_MARK.test(headline.text) || SMALL_LETTER.test(headline.text) || QUOTE.test(headline.text) || DIGIT.test(headline.text) || QUESTION_FIRST.test(headline.text)) continue;
    if (!isHeadlineLike(headline.text) || !hasHeadlineVerb(headline.text) || wordCount(lead.text) < 6 || !endsAsSentence(lead.text)) continue;
    // An interview's heading over a question, or anyone's words under it, is the report's own.
    if (QUOTE.test(lead.text) || /^[-−‒]/u.test(lead.text) || !sharesWordWith(headline.text, lead.text)) continue;
    const before = lines.slice(0, index);
    if (hasSectionHeading(before)) return false;
    namesTitle ??= lines.map((line) => sharesWordWith(title, line.text));
    if (namesTitle.slice(index).some(Boolean) || !namesTitle.slice(0, index).some(Boolean)) continue;
    return anotherReportFrom(state, index);
  }
  return false;
}

// The outlet's name alone in quotes closing the copy, its sign-off (`“The Qazaq Times”`, `«Өскен өңір» – ақпарат.`):
// a name of up to five words, a capital or a figure first, no comma and no sentence in it (`«Ура, каток»` is a quote).
const CLOSING_PERIOD = /\.$/u;
const SIGN_OFF = /^[«"“]([\p{Lu}\d][^«»"“”.,!?]{1,40})[»"”](?:\s*[-–—]\s*(?:ақпарат|aqparat))?\.?$/u;
const SIGN_OFF_WORDS = 5;

/**
 * The copy's last line is the outlet's sign-off in quotes, or a listed outlet's name alone (`Kazakhstan today`, as a
 * reprint signs the agency's report): left out as the report's source line, the outlet when none is named.
 */
function closingSignOff(state: ParseState): void {
  const lastLine = state.lines.at(-1);
  if (!lastLine || lastLine.verbatim || state.lines.length < 2 || !isSentenceLine(state.lines.at(-2)!)) return;
  const name = SIGN_OFF.exec(lastLine.text)?.[1] ?? (isOutletName(lastLine.text.replace(CLOSING_PERIOD, '')) ? lastLine.text : undefined);
  if (name === undefined || wordCount(name) > SIGN_OFF_WORDS) return;
  state.lines.pop();
  state.skipped.push({ line: lastLine.line, text: lastLine.text, rule: 'source line' });
}

// The page's own lines under a report its author signed: a promo's slogan, an advertiser's name
// (`Свердловск - город госпиталей`, `avito`), a few words each.
const FOOT_WORDS = 5;

/**
 * Under the signature that closes the report, right under its last sentence, short lines that close no
 * sentence and make no list are the page's foot: the report ended with its author's name.
 */
function isSignedFoot(state: ParseState, lastLine: number, after: readonly SourceLine[]): boolean {
  const signed = state.skipped.some((s) => s.rule === 'byline' && s.line > lastLine && s.line < after[0]!.line);
  // The region under the name is the signature's (`Алматы облысы`), told below.
  return signed && after.every((line) => !line.verbatim && wordCount(line.text) <= FOOT_WORDS && !endsAsSentence(line.text) && !/[!?:;,]$/u.test(line.text) && !REGION_LINE.test(line.text.replace(/\.$/u, '')));
}

/**
 * Under the author's signature that closes the report, lines cut off as excerpts are teasers of the
 * site's other reports (`Имя ФАМИЛИЯ, “Газета”` / `Фото …` / `<excerpt>…` / `<excerpt> (далее…)`).
 */
function teasersAfterSignature(state: ParseState): void {
  if (!hasByline(state)) return;
  const first = state.lines.find(isSentenceLine);
  const signature = first && state.skipped.find((s) => s.rule === 'byline' && s.line > first.line);
  if (!signature) return;
  state.lines = state.lines.filter((line) => {
    const teaser = line.line > signature.line && !line.verbatim && isCutOff(line.text);
    if (teaser) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser' });
    return !teaser;
  });
}

/**
 * The page's head printed again under the report's last sentence, as a feed's mirror does (`Viewing
 * all articles` / `Browse latest Browse all 1540` above the headline and again below the text): a line
 * that repeats, word for word, matter left out above the first paragraph is that matter.
 */
function headRepeatedBelow(state: ParseState): void {
  const first = state.lines.find(isSentenceLine);
  let last = state.lines.length - 1;
  while (last >= 0 && !isSentenceLine(state.lines[last]!)) last--;
  if (!first || last < 0 || last === state.lines.length - 1) return;
  const head = new Set(state.skipped.filter((s) => s.line < first.line).map((s) => s.text));
  state.lines = state.lines.filter((line, index) => {
    const repeated = index > last && !line.verbatim && head.has(line.text);
    if (repeated) state.skipped.push({ line: line.line, text: line.text, rule: 'page foot' });
    return !repeated;
  });
}

// A line of six words or more under a label, no prompt to the reader: the report's text the copy cut off.
const CUT_TEXT_WORDS = 6;

/**
 * The label heads a part of the report (`Мадиярдың машақаты` / `«Күнде таңертең …`): it follows the text, no page
 * matter left out between, and the line under it is someone's words, or, under a heading with no verb, a line of
 * the text the copy cut off; a page's foot has no text under its labels, and another report's headline over its
 * excerpt has its verb, or comes after a widget's label (`Читайте еще:` / … / `В селе объявили траур` / `Глава …`).
 * In a report set out in sections, a heading between its paragraphs above, a heading with its verb heads the text
 * too (`Вокзал обновят к осени` / `Строители заменят кровлю и …`): its next section, cut off by the copy.
 */
function headsText(state: ParseState, above: SourceLine, label: SourceLine, below: SourceLine | undefined, sections: () => boolean): boolean {
  if (!below || below.verbatim || isLabelLike(below.text) || state.skipped.some((s) => s.line > above.line && s.line < label.line)) return false;
  return QUOTE.test(below.text) || (wordCount(below.text) >= CUT_TEXT_WORDS && (!hasAnyVerb(label.text) || sections()) && !asksReader(below.text) && !isCutOff(below.text));
}

// A widget's excerpt the site cut itself, a space between the word it cut and the ellipsis (`… поражает неж ...`):
// a report's sentence never closes so.
const SITE_CUT_EXCERPT = /\p{L}\s(?:\.\.\.|…)$/u;
const CARD_TEASERS_MAX = 12;

/** Another report's headline over the excerpt the site cut itself, under a line of the report closing a sentence. */
function isCardHeadline(lines: readonly SourceLine[], at: number): boolean {
  const [above, line, excerpt] = [lines[at - 1]!, lines[at]!, lines[at + 1]!];
  return isSiteCutExcerpt(excerpt.text) && !excerpt.verbatim && !line.verbatim && isHeadlineLike(line.text) && endsAsSentence(above.text);
}

// The pattern closes on the ellipsis: a line without one is told by its end, not read through.
function isSiteCutExcerpt(text: string): boolean {
  return (text.endsWith('...') || text.endsWith('…')) && SITE_CUT_EXCERPT.test(text);
}

// The author's byline glued after the text's last sentence on its line, a space between: `… - دەدى مينيستر. اۆتور: <name>`,
// `… отметил он. Автор: Имя Фамилия`. The role, a colon and a name of two or three words close the line.
const GLUED_BYLINE = /(?<=[.!?…»"”])\s+((?:[Аа]втор|[Aa]vtor|اۆتور|[Тт]ілші|[Tt]ilshi)\s*:\s*(?:\p{Lu}[\p{Ll}-]+|\p{Script=Arabic}+)(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Script=Arabic}+)){1,2})$/u;

/** Takes an author's byline glued to the text's last line off it, recorded; the text keeps its sentence. */
function bylineGluedAtEnd(state: ParseState): void {
  const last = state.lines.at(-1);
  if (!last || last.verbatim || !last.text.includes(':')) return;
  const glued = GLUED_BYLINE.exec(last.text);
  if (!glued) return;
  const text = last.text.slice(0, glued.index);
  if (!isSentenceLine({ text })) return;
  state.skipped.push({ line: last.line, text: glued[1]!, rule: 'byline' });
  last.text = text;
}

/**
 * A recommendation widget's cards under the report: another report's headline over its excerpt the site cut
 * itself (`Headline` / `Excerpt … неж ...`), under a line of the report closing a sentence, and to the copy's end
 * only headlines and excerpts, the last cut off by the copy or not. From the headline on, all are other reports'.
 */
function cardsWithCutExcerpt(state: ParseState): boolean {
  const { lines } = state;
  // The headline is looked for among the copy's last cards only, from the first that may hold it.
  let at = Math.max(1, lines.length - 1 - CARD_TEASERS_MAX);
  while (at + 1 < lines.length && !isCardHeadline(lines, at)) at++;
  if (at + 1 >= lines.length) return false;
  const rest = lines.slice(at + 2);
  if (!rest.every((line) => !line.verbatim && (isHeadlineLike(line.text) || isCutOff(line.text)))) return false;
  for (const line of lines.slice(at)) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
  state.lines = lines.slice(0, at);
  return true;
}

// Under the report's source line, the copy's last line, a headline's words closing no sentence, cut off or not
// (`Дереккөз: KTK.KZ` / `Енесінің тілін тапқан Айсәуле Бақытбек кө`): another report's teaser, the page's link under
// the report. Four words at least: a label of fewer is the page's foot (`Úzdik materıaldar`).
const TEASER_UNDER_SOURCE_WORDS = { least: 4, most: 7 };

function teaserUnderSource(state: ParseState): void {
  const end = state.lines.at(-1);
  const before = state.lines.at(-2);
  if (!end || !before || end.verbatim || endsAsSentence(end.text)) return;
  const words = wordCount(end.text);
  if (words < TEASER_UNDER_SOURCE_WORDS.least || words > TEASER_UNDER_SOURCE_WORDS.most) return;
  if (!state.skipped.some((skipped) => skipped.rule === 'source line' && skipped.line > before.line && skipped.line < end.line)) return;
  state.lines.pop();
  state.skipped.push({ line: end.line, text: end.text, rule: 'teaser of another report' });
}

// Another report's excerpt closing the copy, cut off with an ellipsis: a sentence or two at most; its headline, a clause.
const TEASER_EXCERPT_WORDS = 30;
const TEASER_HEADLINE_WORDS = [3, 12] as const;

/** Another report's headline over its excerpt: a clause of three to twelve words with its verb, no closing mark. */
function isTeaserHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= TEASER_HEADLINE_WORDS[0] && words <= TEASER_HEADLINE_WORDS[1] && !ANY_MARK_LAST.test(text) && isHeadlineLike(text) && hasHeadlineVerb(text);
}

/**
 * Another report's headline with its excerpt cut off by an ellipsis closing a copied page, right under the report's
 * last sentence (`… әкелінді.` / `АБАЙ УНИВЕРСИТЕТІНІҢ ҒАЛЫМДАРЫ МАРАПАТТАЛДЫ` / `Бүгін Ғылым ордасында … сыйлықтар...`):
 * both are the teaser's. Not in a report set out in sections, where the pair is its last section, cut off by the copy.
 */
function teaserWithCutExcerpt(state: ParseState): void {
  const { lines } = state;
  const [report, headline, excerpt] = lines.slice(-3);
  if (state.skipped.length === 0 || !report || !headline || !excerpt || headline.verbatim || excerpt.verbatim) return;
  if (!isCutOff(excerpt.text) || wordCount(excerpt.text) > TEASER_EXCERPT_WORDS || !isTeaserHeadline(headline.text) || !endsAsSentence(report.text)) return;
  if (hasSectionHeading(lines.slice(0, -2))) return;
  for (const line of lines.splice(-2)) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
}

// The comment section's lines the clutter table names; other reports' headlines, each a capital first, three words
// or more, closing on no period.
const COMMENT_RULES = new Set(['comments', 'comment form']);
const COMMENT_TEASER = /^\p{Lu}[^]*[^.…:;,]$/u;
const COMMENT_TEASER_WORDS = 3;

/**
 * Other reports' headlines from the comment section under the report to the copy's end (`Будьте первым, кто оставит
 * комментарий!` / `Уже зарегистрированы?` / `Headline` / `Headline? Headline`): the page's feed under its comments.
 */
function headlinesUnderComments(state: ParseState): void {
  const comments = state.skipped.filter((skipped) => COMMENT_RULES.has(skipped.rule)).at(-1)?.line;
  if (comments === undefined) return;
  const at = state.lines.findIndex((line) => line.line > comments);
  if (at <= 0 || !state.lines.slice(0, at).some(isSentenceLine)) return;
  const rest = state.lines.slice(at);
  if (!rest.every((line) => !line.verbatim && line.text.length <= HEADLINE_MAX && wordCount(line.text) >= COMMENT_TEASER_WORDS && COMMENT_TEASER.test(line.text))) return;
  for (const line of state.lines.splice(at)) state.skipped.push({ line: line.line, text: line.text, rule: 'teaser of another report' });
}

export function pageFoot(state: ParseState): void {
  headlinesUnderComments(state);
  bylineGluedAtEnd(state);
  teasersAfterSignature(state);
  teaserUnderSource(state);
  teaserWithCutExcerpt(state);
  if (cardsWithCutExcerpt(state)) return;
  if (nextReportAfterSignature(state) || nextReportAfterClosingSignature(state) || nextReportUnsigned(state)) return;
  closingSignOff(state);
  const copied = state.skipped.length > 0;
  if (copied) headRepeatedBelow(state);
  if (copied) trailingMatter(state);
  // A widget's label the copy cut inside its second word closes a copied page, whatever else the page held.
  const end = state.lines.at(-1);
  if (end && state.lines.length > 1 && !end.verbatim && isCutWidgetLabel(end.text)) {
    state.lines.pop();
    state.skipped.push({ line: end.line, text: end.text, rule: 'page foot' });
  }
  const { lines } = state;
  let last = -1;
  for (let index = lines.length - 1; index >= 0 && last < 0; index--) if (isSentenceLine(lines[index]!)) last = index;
  if (last < 0 || last === lines.length - 1) return;
  const after = lines.slice(last + 1);
  const closes = endsAsSentence(lines[last]!.text);
  /** Leaves the lines after the last sentence out, recorded under `rule`. */
  const dropAfter = (rule: string): void => {
    for (const line of after) state.skipped.push({ line: line.line, text: line.text, rule });
    state.lines = lines.slice(0, last + 1);
  };
  // Its comma is no list's: the name signs the report, the region under it.
  if (closes && (isRegionSignature(after) || isOfficeSignature(after))) return dropAfter('signature');
  if (closes && isClosingSignature(after)) return dropAfter('signature');
  // On a copied page the signature may have the page's foot under it, labels of a few words (`اسان وماروۆ، ابايتانۋشى.` /
  // `ۇزدىك ماتەريالدار` / `سىني-ەسسە`): the signature and the foot both go.
  const signed = copied && closes ? [2, 1].find((n) => after.length > n && isClosingSignature(after.slice(0, n)) && after.slice(n).every((line) => !line.verbatim && isLabelLike(line.text))) : undefined;
  if (signed !== undefined) {
    after.forEach((line, index) => state.skipped.push({ line: line.line, text: line.text, rule: index < signed ? 'signature' : 'page foot' }));
    state.lines = lines.slice(0, last + 1);
    return;
  }
  if (closes && (isLabelledWidget(after) || isDashedWidget(state, lines[last]!.line, after) || isStampedFeed(state, after))) return dropAfter('news widget');
  // On a copied page, one headline with its excerpt cut off under it (`О порывистом ветре предупредили …` / `19 сентября днём`).
  // A line closing on a colon introduces the words under it (`Судья в ответ заявил:` / `— Нет необходимости …`): no headline does.
  const cutTeaser = copied && closes && after.length === 2 && !after[0]!.verbatim && !after[0]!.text.endsWith(':') && isCutExcerpt(after[1]!) && isClosingTeaser(after[0]!.text);
  if (cutTeaser && !hasSectionHeading(lines.slice(0, last + 1))) return dropAfter('teaser of another report');
  if (copied && closes && isSignedFoot(state, lines[last]!.line, after)) return dropAfter('page foot');
  // Two headlines of other reports or more closing the page, unlabelled (sozmedia.kz: `На Всемирных
  // играх кочевников команда ВКО будет защищать …` / `В Казахстане завершилось расследование …`): a
  // report never ends on two lines of five words or more that close no sentence; quotes may be in them.
  // Not in a report set out in sections, a heading between its paragraphs above: there the run is its
  // next section's heading and the text under it, cut off by the copy (`На что обратят внимание` / `В ходе проверок …`).
  // A headline may carry a figure inside it (`… учения «Өрт-2025»`, `… в срок до 100 дней`); a row of
  // data opens on one or holds a clock's time, and stays.
  const run = after.length >= 2 && after.length <= WIDGET_ABOVE_MAX && after.every((line) => isTeaserInRun(line) && !LIST_MARK.test(line.text) && !SMALL_LETTER.test(line.text) && !DATA_ROW.test(line.text)) && after.some((line) => hasVerb(line.text));
  if (copied && closes && run && !hasSectionHeading(lines.slice(0, last + 1))) {
    return dropAfter('teaser of another report');
  }
  const closing = after.length === 1 ? after[0]! : undefined;
  // Not in a report set out in sections either: there the line is its next section's heading, cut off by the copy.
  // Like a run's, its headline may carry a figure inside (`Учебный год начался для 4 млн школьников`); a row of data stays.
  const teaser = (line: SourceLine) => !line.verbatim && !LIST_MARK.test(line.text) && !SMALL_LETTER.test(line.text) && !DATA_ROW.test(line.text) && isClosingTeaser(line.text) && !CUT_IN_WORD.test(line.text) && !CUT_AFTER_ADJECTIVE.test(line.text) && !namesHeadlinesPerson(line.text, state.article.title);
  if (closing && closes && teaser(closing) && !hasSectionHeading(lines.slice(0, last + 1))) return dropAfter('teaser of another report');
  if (after.some((line) => LIST_MARK.test(line.text) || SMALL_LETTER.test(line.text) || DIGIT.test(line.text))) return;
  // A tag of one word closing the page, the report's place (`Уральск` under an amp page's text).
  if (closing && !closing.verbatim && closes && ONE_NAME.test(closing.text)) return dropAfter('page foot');
  // A first name and a surname closing on a period, no verb in them, is the correspondent's signature
  // (`Еламан Қоңыр.` over the source line); a two-word sentence has a verb (`Жарыс аяқталды.`).
  if (closing && !closing.verbatim && closes && NAME_WITH_PERIOD.test(closing.text) && !hasHeadlineVerb(closing.text)) return dropAfter('signature');
  // The region alone closing the page, a period after it or not (`Мұғалжар ауданы.`), is the
  // correspondent's, whose name the page prints above it or lost.
  const region = closing !== undefined && !closing.verbatim && REGION_LINE.test(closing.text.replace(/\.$/u, ''));
  if (closes && region) return dropAfter('signature');
  if (!copied) return;
  if (isWidgetAbove(state, after)) return dropAfter('news widget');
  let inSections: boolean | undefined;
  const sections = (): boolean => (inSections ??= hasSectionHeading(lines.slice(0, last + 1)));
  state.lines = [
    ...lines.slice(0, last + 1),
    ...after.filter((line, index) => {
      const label = !line.verbatim && !line.text.startsWith('#') && !QUOTE.test(line.text) && isLabelLike(line.text) && !headsText(state, lines[last]!, line, after[index + 1], sections);
      if (label) state.skipped.push({ line: line.line, text: line.text, rule: 'page foot' });
      return !label;
    }),
  ];
}
