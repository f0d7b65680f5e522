import { monthNumber } from '../clutter/months.ts';
import { LEGAL_FORM, META_RULES } from '../clutter/table.ts';
import { endsAsSentence, endsOnComma, holdsSentence, isHeadlineLike, isNameArchive, isSalutation, wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';
import { clutterRuleOf, isClutterAmong, isClutterNamed } from './clutter.ts';
import { isAltLabelled } from './photo-alt.ts';
import { creditIn } from './photo-credit.ts';
import { isTagListLine } from './tag-list.ts';

const META_NAMES = new Set<string>([META_RULES.stamp.name, META_RULES.counter.name]);
const BREADCRUMB_MARKS = /^(?:[»›]\s*)+/u;
// A breadcrumb trail of rubrics before the headline on its line, as a print page heads it: `Новости Караганды,
// Новости » <headline>`. Each crumb a capitalised name of up to three words, no quote or mark of a sentence.
const TRAIL_CRUMB = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}$/u;
const TRAIL_SEPARATOR = ' » ';

/** The title without the breadcrumb trail before it, and the trail: undefined when it holds none. */
function trailBefore(title: string): { headline: string; trail: string } | undefined {
  const at = title.lastIndexOf(TRAIL_SEPARATOR);
  if (at < 0) return undefined;
  const trail = title.slice(0, at);
  const headline = title.slice(at + TRAIL_SEPARATOR.length);
  const crumbs = trail.split(/\s»\s|,\s/u);
  if (crumbs.length > 5 || !crumbs.every((crumb) => TRAIL_CRUMB.test(crumb))) return undefined;
  return wordCount(headline) >= 3 && isHeadlineLike(headline) ? { headline, trail } : undefined;
}
// A headline of another report copied twice over, as some pages' widgets print it: `ЗаголовокЗаголовок`,
// or a rubric's link and its label with a space between: `Усть-Каменогорск и ВКО Усть-Каменогорск и ВКО`.
const DOUBLED = /^(.{8,}?) ?\1$/u;
// A hashtag of the page's trending bar (`#Референдум-2026`): a headline never opens with `#`.
const HASHTAG = /^#\p{L}/u;
// A menu item or rubric copied as a list keeps its bullet (`• Еркін ой мінбері`): a headline has none.
const BULLETED = /^[•·▪►●◦‣]\s/u;
// A photo credit without its label: in small letters, the word for a photo first and whose it is after
// (`фото акимата СКО`, `фото автора`, `сурет ашық дереккөзден`); a headline opens with a capital.
const UNLABELLED_CREDIT = /^(?:фото|фотография|сурет|фотосурет|foto|photo)\s+\p{L}[^.!?:]{0,60}$/u;
// A row of the report's tags that opens and closes with its region (`Костанайская обл. образование
// общество Костанайская обл.`), or with the same run of up to six tags, as a page printing its tag strip twice
// over, the second time without its last tags (`Имя Фамилия Казахстан Алматы люди здоровье Имя Фамилия
// Казахстан Алматы`): a headline never repeats its first words at its end. The run may name several regions,
// each with its abbreviation, and the rubrics between may hold a short word (`Имя Фамилия Павлодарская обл.
// Акмолинская обл. общество Дом и интерьер Имя Фамилия Павлодарская обл. Акмолинская обл.`).
const TAG_ROW_RUN = 6;
// A run of twelve tags printed twice with the rubrics between.
const TAG_ROW_LONGEST = 320;
const TAG_ROW = /^(\p{Lu}[^.!?\s]{2,30}(?:\s[^.!?\s]{1,30}\.?){0,11})\s(?:\S{1,30}\s){1,6}\1$/u;
/**
 * The title's last word (between spaces) is one of its first six, of three words or more: tested before the tag row's
 * pattern. Read in place, with no array of words.
 */
function closesOnItsOpening(title: string): boolean {
  const lastSpace = title.lastIndexOf(' ');
  if (lastSpace < 0 || title.indexOf(' ') === lastSpace) return false;
  const last = title.slice(lastSpace + 1);
  let start = 0;
  for (let word = 0; word < TAG_ROW_RUN; word++) {
    const end = title.indexOf(' ', start);
    if ((end < 0 ? title.length : end) - start === last.length && title.startsWith(last, start)) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
}
// A campaign's rubric with its year, printed where a headline is: `Егін орағы — 2025`, `Жазылу-2026`.
const CAMPAIGN = /^[\p{L}-]+(?:\s[\p{L}-]+){0,2}\s*[—–-]\s*(?:19|20)\d{2}$/u;
const LAST_DIGIT = /\d$/u;

/** A campaign's rubric with its year (CAMPAIGN): most titles end on no figure, and are not read through. */
function isCampaign(title: string): boolean {
  return LAST_DIGIT.test(title) && CAMPAIGN.test(title);
}

// A line the page wrapped mid-phrase (a name over two or three lines, `Ілияс Омаров атындағы` /
// `Қостанай облыстық` / …): it ends on a word that always has the phrase go on, `атындағы` and
// `имени` (named after; `Улица без имени` is a name's lack, no wrap), a conjunction or a preposition. No headline ends on one.
const OPEN_END = /\s(?:атындағы|atyndaǵy|atyndağy|اتىنداعى|(?<!без\s)имени|және|jáne|jäne|جانە|пен|бен|и|в|во|на|со|по|для|от|из|об|при)$/iu;

/** The line ends on a word that has the phrase go on in the next line: no headline, a line the page wrapped. */
export function endsMidPhrase(text: string): boolean {
  return OPEN_END.test(text);
}

/** A line that is one phrase printed twice over (`ЗаголовокЗаголовок`, `Рубрика Рубрика`): no headline. */
export function isDoubled(text: string): boolean {
  return mayBeDoubled(text) && DOUBLED.test(text);
}

/**
 * The line's second half is its first, of eight characters or more, a space between them or not: what DOUBLED asks,
 * told without trying each length of the phrase.
 */
function mayBeDoubled(text: string): boolean {
  const half = text.length >> 1;
  return half >= 8 && (text.length % 2 === 0 || text[half] === ' ') && text.startsWith(text.slice(text.length - half));
}

const SMALL_LETTER = /\p{Ll}/u;
const CAPITALS = /\p{Lu}/gu;
// A letter of a script without case (Arabic): a line holding one is no banner in capitals, whatever Latin word in
// capitals it holds (`استانا. KAZINFORM - …`).
const CASELESS_LETTER = /\p{Lo}/u;

/** Four capital letters or more and no small one: a banner (`ОЦЕНИТЕ РАБОТУ АКИМА`). Arabic script has no case. */
export function isInCapitals(text: string): boolean {
  return !SMALL_LETTER.test(text) && (text.match(CAPITALS)?.length ?? 0) >= 4 && !CASELESS_LETTER.test(text);
}

// A site's bar of topic links runs long, and nearly every link opens with a capital: `Ильхам Алиев
// WUF13 Путь к Победе Бюджетный пакет Лига чемпионов УЕФА ОТГ`. A headline capitalises its first
// word and its names only.
const TOPIC_BAR_WORDS = 8;
const TOPIC_BAR_CAPITALS = 2 / 3;
// A headline opens with a capital, a digit or a quote; a site's motto opens in small letters:
// `политика, экономика, компромат`.
const SMALL_FIRST = /^\p{Ll}/u;
// A first word all in small letters: a sentence's rest (a copy opening mid-sentence) or a motto, never a
// headline; a brand's own spelling (`iPhone`, `eGov`) has a capital inside.
const SMALL_WORD_FIRST = /^\p{Ll}+(?=[\s,.;:!?»"-]|$)/u;
export const SMALL_LETTERS_FIRST = 'a line opening in small letters';
// A dialogue's dash before a word in small letters: the close of someone's words, `– дейді профессор …`,
// `— говорит аким …`; the copy begins inside the text, and no headline opens so.
const SPEECH_TAIL = /^[-–—]\s*\p{Ll}+(?=[\s,.;:!?»"]|$)/u;
export const WORDS_CLOSED = "the close of someone's words after a dialogue's dash";
// The site's name and its motto from the page's title: `NUR.KZ — Новости Казахстана и мира`.
// The motto may run to a second sentence, not closed: `Site.kz - Последние новости мира. Будьте в курсе …`.
const SITE_MOTTO = /^[\p{L}\d-]+\.(?:kz|ru|com|media|news|org)\s+[-–—|:]\s+(?:[^.!?]{3,80}|[^.!?]{3,80}\.\s+\p{Lu}[^.!?]{3,100})$/iu;
// Or its name in capitals, with its spelling in another script in brackets, and a motto of what it is:
// `NOMAD (Номад) - новости Казахстана`.
const NAME_MOTTO = /^\p{Lu}[\p{Lu}\d]+(?:\s+\([^()]{2,30}\))?\s+[-–—|]\s+(?=[^.!?]{3,80}$).*(?:новост|жаңалық|news|портал|газета|агентств)/u;

/** A site's name and its motto, as the page's title or a line of its header: no headline. */
export function isSiteMotto(text: string): boolean {
  return SITE_MOTTO.test(text) || NAME_MOTTO.test(text);
}

// A shorter row is a site's menu when every word is capitalised and two of them or more name a site's own
// pages, none of a report's: `Матч-центр Видео Галерея Опросы Вакансии Рекламодателям`.
const MENU_BAR_WORDS = 4;
const MENU_PAGES = 2;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const SITE_PAGE = /^(?:Видео|Фото|Галерея|Фотогалерея|Опросы|Вакансии|Рекламодателям|Реклама|Контакты|Архив|Подписка|Спецпроекты|Блоги|Матч-центр|Инфографика|Подкасты|Бейне|Байланыс|Мұрағат|Жарнама)$/u;

/** A row of topic links: eight words or more, two thirds of them capitalised, no sentence; or a menu of a site's pages. */
function isTopicBar(title: string): boolean {
  const words = title.split(' ');
  // Fewer words than either row holds: most headlines are told here.
  if (words.length < MENU_BAR_WORDS) return false;
  const capitalised = countOf(words, CAPITALISED);
  if (capitalised === words.length && countOf(words, SITE_PAGE) >= MENU_PAGES) return true;
  if (words.length < TOPIC_BAR_WORDS || endsAsSentence(title)) return false;
  return capitalised >= words.length * TOPIC_BAR_CAPITALS;
}

/** How many of the words the pattern matches. */
function countOf(words: readonly string[], pattern: RegExp): number {
  let count = 0;
  for (const word of words) if (pattern.test(word)) count++;
  return count;
}

// A newspaper's name as its masthead prints it, in quotes: `«Soltüstık Qazaqstan»`, or after what
// it is: `Областная газета «Актюбинский вестник»`, `Республиканская общественно-политическая газета «…»`.
const MASTHEAD = /^(?:(?:[\p{L}-]+\s+){0,3}(?:газета|газеті|еженедельник|издание|журнал|портал|интернет-портал|агентство|телеканал)\s+)?«[^«».!?]+»$/iu;

/** A title that is a newspaper's name in quotes, of three words or fewer, alone or after what it is: the page's masthead. */
export function isMasthead(title: string): boolean {
  // MASTHEAD ends on `»`: most titles are told by their last character.
  return title.endsWith('»') && MASTHEAD.test(title) && wordCount(title.slice(title.indexOf('«'))) <= 3;
}

// A line the page printed in brackets: `(3 февраля 2026 | Источник: пресс-служба …)`.
const BRACKETED = /^\((.+)\)$/u;

/** What the title's brackets hold when that is page matter (page matter in brackets is page matter), or undefined. */
function bracketedMatter(title: string): string | undefined {
  const inner = title.startsWith('(') ? BRACKETED.exec(title)?.[1] : undefined;
  return inner !== undefined && looksLikePageMatter(inner) ? inner : undefined;
}

/**
 * A date line's title that looks like page matter rather than a headline: clutter (`РУ`, a stamp,
 * a counter), a credit, a banner in capitals, a headline printed twice, a label ending in `:`, a
 * bar of topic links, a row of tags between two copies of the region, a newspaper's masthead or a site's name with its motto, a line opening in
 * small letters, a line with a list's bullet (`• Еркін ой мінбері`), or one or two words.
 */
// The page's own headline may name what it shows (`… вернулась с чемпионата мира - видео`): as the
// date line's title it is no link to another report.
const MEDIA_HEADLINE = /\s[-–—]\s(?:фото|видео|фото\s+и\s+видео|видео\s+и\s+фото)$/iu;

// A headline that announces its photos or video in brackets, as some sites print it in capitals:
// `… ЖЕҢІМПАЗЫ БОЛДЫ (FOTO)`, `… (ФОТО, ВИДЕО)`. A banner in capitals never does.
const MEDIA_MARK = /\s\((?:фото|видео|foto|video|photo|бейне)(?:\s*(?:,|и|және|jáne|\+)\s*(?:фото|видео|foto|video|photo|бейне))?\)$/iu;

/** A headline in capitals (every word capitalised, as a bar of topic links is) with its media mark after it. */
function capitalsWithMediaMark(title: string): boolean {
  return isInCapitals(title) && wordCount(title) >= 4 && MEDIA_MARK.test(title);
}

// A header's links glued into one line: a link the clutter table names (`Прямой эфир`) and a menu's
// item after it (`Новости спорта`), a word or three, capitalised, closing no phrase.
const LINK_RULES = new Set(['broadcast schedule', 'page navigation', 'news widget', 'media player', 'language switcher', 'search widget']);
const MENU_ITEM = /^\p{Lu}\p{Ll}*(?:\s\p{L}+){0,2}$/u;
const GLUED_LINKS_WORDS = 6;

/** A header's link and a menu item after it on one line (`Прямой эфир Новости спорта`): no headline. */
function isGluedLinks(title: string): boolean {
  const words = title.split(' ');
  if (words.length < 3 || words.length > GLUED_LINKS_WORDS) return false;
  for (let cut = 1; cut < words.length; cut++) {
    const item = words.slice(cut).join(' ');
    if (wordCount(item) <= 3 && MENU_ITEM.test(item) && isClutterAmong(LINK_RULES, words.slice(0, cut).join(' '))) return true;
  }
  return false;
}

export function looksLikePageMatter(title: string): boolean {
  const rule = clutterRuleOf(title);
  const marked = capitalsWithMediaMark(title);
  return (
    (rule !== undefined && !(rule.name === 'related news' && MEDIA_HEADLINE.test(title))) ||
    isCampaign(title) ||
    HASHTAG.test(title) ||
    BULLETED.test(title) ||
    creditIn(title) !== undefined ||
    isAltLabelled(title) ||
    wordCount(title) <= 2 ||
    title.endsWith(':') ||
    endsOnComma(title) ||
    endsMidPhrase(title) ||
    (isInCapitals(title) && !marked) ||
    isDoubled(title) ||
    (title.length <= TAG_ROW_LONGEST && closesOnItsOpening(title) && TAG_ROW.test(title)) ||
    (isTopicBar(title) && !marked) ||
    (isMasthead(title) && !title.startsWith('«')) ||
    SMALL_FIRST.test(title) ||
    SPEECH_TAIL.test(title) ||
    isSiteMotto(title) ||
    isGluedLinks(title) ||
    isTagListLine(title)
  );
}

// A section's heading that asks a question naming nothing, an interrogative and a word at most
// (`Что лучше?`, `Как быть?`, `Почему?`, `Қалай?`): a report's headline names what it is about.
const SECTION_QUESTION = /^(?:что|чем|как|кто|где|когда|почему|зачем|сколько|куда|откуда|каков|какой|какая|какое|какие|қалай|неге|неліктен|қашан|қайда|қанша|кім)(?:\s\p{Ll}+)?\?$/iu;
/** A sentence of six words or more ending in `:` (`Жиынға келген аудан әкімі Имя Фамилия:`) introduces a quote inside the text. */
export const QUOTE_INTRO = 'a sentence introducing a quote, ending in `:`';
export const SECTION_HEADING = "a section's heading inside the text, a short question naming nothing";

export const SALUTATION_LINE = "a speech's salutation (`Уважаемые коллеги!`)";

/** A short question naming nothing (`Что лучше?`): a heading inside the text, never the report's headline. */
export function isSectionQuestion(text: string): boolean {
  return text.length <= 30 && SECTION_QUESTION.test(text);
}

/**
 * What makes a title that is page matter no headline even when the page shows no other: another
 * report's headline printed twice, a hashtag, a campaign's rubric with its year (`Егін орағы — 2025`), a list's item,
 * a photo credit without its label (`фото акимата СКО`), a picture's caption under its label (`Суретте: …`),
 * a line opening on a word in small letters (the rest of a sentence the copy cut,
 * `предпринимательства … подорожали …`), or a label ending in `:` that introduces the lines
 * under it (a speaker's name, `Еңлік Сақтан:`), a section's heading (`Что лучше?`), or a speech's salutation. Such a title is never given back (headline.ts).
 */
export function neverHeadline(title: string): string | undefined {
  if (wordCount(title) === 0) return 'no word';
  if (isDoubled(title)) return 'a headline printed twice';
  if (HASHTAG.test(title)) return 'a hashtag';
  if (isCampaign(title)) return "a campaign's rubric and year";
  if (BULLETED.test(title)) return "a list's item";
  if (UNLABELLED_CREDIT.test(title) || isNameArchive(title)) return 'a photo credit without its label';
  if (isAltLabelled(title)) return "a picture's caption under its label";
  if (SMALL_WORD_FIRST.test(title)) return SMALL_LETTERS_FIRST;
  if (SPEECH_TAIL.test(title)) return WORDS_CLOSED;
  if (title.endsWith(':')) return wordCount(title) >= 6 ? QUOTE_INTRO : 'a label ending in `:`';
  if (endsOnComma(title)) return 'a line the page wrapped, ending in a comma';
  if (endsMidPhrase(title)) return 'a line the page wrapped mid-phrase';
  if (isSectionQuestion(title)) return SECTION_HEADING;
  if (isSalutation(title)) return SALUTATION_LINE;
  return undefined;
}

/**
 * A title right above the weather widget of a site's header is the header's own text (the site's
 * name or motto, `Өзгеретін, өзгертетін Уақыт!`, or an advert of any length): the report's headline comes below the header.
 * So is a title right above an organisation's legal form (`«…» қозғалыс` / `Республикалық қоғамдық бірлестігі`): its name;
 * and one right above a countdown's count (`Олимпиаданың басталуына` / `3 күн қалды`): the box's label. Which of
 * them, when its lines tell: SIGNED_MOTTO, or HEADER for the others.
 */
function aboveSiteHeader(state: ParseState): typeof HEADER | typeof SIGNED_MOTTO | undefined {
  const next = state.lines[0];
  if (next === undefined || next.verbatim) return undefined;
  if (next.line === state.headLine + 1 && LEGAL_FORM.test(next.text)) return HEADER;
  // A countdown box's label over its count: `Олимпиаданың басталуына` / `3 күн қалды`.
  if (next.line === state.headLine + 1 && isClutterNamed('countdown', state.article.title!, next.text)) return HEADER;
  // A day's banner with its date over the headline and the lead, a rubric between or not, blank lines or not.
  if (isDatedBanner(state)) return HEADER;
  // A header's motto, a saying signed by its author alone on the line under it (a blank line between or not), over
  // the headline and the lead.
  if (signedSaying(state, state.article.title!, next.text, state.lines[1]?.text)) return SIGNED_MOTTO;
  // The widget's label may be told only by the temperature under it: `Погода в Семее` / `+14°С`.
  return isClutterNamed('weather', next.text, state.lines[1]?.text) ? HEADER : undefined;
}

// A site's banner for a day of the calendar, its date first: `10 қаңтар – Жалпыұлттық аза тұту күні`,
// `10 января — День общенационального траура`, `16 желтоқсан – Тәуелсіздік күні!`.
const DATED_BANNER = /^\d{1,2}\s+(\p{L}+)\s*[–—-]\s*((?:[\p{L}-]+\s+){0,5}(?:күні|мерекесі|мейрамы)|(?:международный\s+|всемирный\s+)?день\s+(?:[\p{L}-]+\s*){1,5})!?$/iu;
const BANNER_HEADLINE_WORDS = 3;
// Page matter between the banner and the headline: a rubric, an advert's slots (`spot_img`).
const MATTER_UNDER_BANNER = 4;

/**
 * A day's banner a site prints over the page (`10 қаңтар – Жалпыұлттық аза тұту күні`) is no headline when a
 * headline of three words or more stands under it, page matter between or not (a rubric, an advert's slots), and a
 * sentence under that: alone over the lead, the same words are the report's headline.
 */
function isDatedBanner(state: ParseState): boolean {
  const banner = DATED_BANNER.exec(state.article.title!);
  if (banner === null || monthNumber(banner[1]!) === undefined) return false;
  let skip = 0;
  while (skip < MATTER_UNDER_BANNER && state.lines[skip] !== undefined && !state.lines[skip]!.verbatim && clutterRuleOf(state.lines[skip]!.text) !== undefined) skip++;
  const headline = state.lines[skip]?.text;
  // The lead may stand a line further down, under the page's tags run together (`гололёд автобус зима Петропавловск`).
  const lead = state.lines.slice(skip + 1, skip + 3).find((line) => endsAsSentence(line.text));
  if (headline === undefined || lead === undefined) return false;
  return wordCount(headline) >= BANNER_HEADLINE_WORDS && isHeadlineLike(headline) && !endsAsSentence(headline);
}

// Page matter the table names between a headline and its lead: the stamp and the view count (`11:17, 22 қазан 2024 1162`).
const MATTER_OVER_LEAD = 2;

/** The first line from `at` that the clutter table does not name, past at most MATTER_OVER_LEAD such lines: the lead. */
function leadUnder(state: ParseState, at: number): string | undefined {
  for (let index = at; index <= at + MATTER_OVER_LEAD && index < state.lines.length; index++) {
    const line = state.lines[index]!;
    if (line.verbatim || clutterRuleOf(line.text) === undefined) return line.text;
  }
  return undefined;
}

const HEADER = "a site header's text";
const SIGNED_MOTTO = "a site header's motto signed by its author";

/**
 * Whether the title is the site header's own text (aboveSiteHeader). A motto signed by its author is recorded as
 * never the headline: the author's name may read as a byline, which would give the saying back as a headline over it.
 */
function isHeaderText(state: ParseState): boolean {
  const header = aboveSiteHeader(state);
  if (header === SIGNED_MOTTO) state.titleNeverHeadline = header;
  return header !== undefined;
}

// A saying: four words or more closing a sentence, or in quotes.
const SAYING_END = /[.!…»"”]$/u;
const SAYING_WORDS = 4;
// An author's signature alone: one to three names, capitalised (in Arabic script, which has no capitals, any
// words), a dash before them or not, no figure and no mark of a sentence: `Абай`, `— Ахмет Байтұрсынұлы`, `اباي`.
const SIGNATURE = /^(?:[—–-]\s*)?(?:\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){0,2}|\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){0,2})$/u;

/**
 * A site header's motto, `«Ғылым таппай мақтанба…»` / `Абай` (in Arabic script too), over the report's headline
 * and its lead: a saying closing a sentence, its author alone under it, a headline-shaped line under him and a
 * sentence under that, the page's stamp between or not. A headline over its author's byline has no second headline between the byline and the text.
 */
function signedSaying(state: ParseState, title: string, signature: string, headline: string | undefined): boolean {
  if (headline === undefined) return false;
  // The lead is looked for last: it asks the clutter table about the lines under the headline.
  if (wordCount(title) < SAYING_WORDS || !SAYING_END.test(title) || !SIGNATURE.test(signature)) return false;
  // The author's name may read as a byline, never as other page matter (a rubric, `Қоғам`); the headline is no page
  // matter (a stamp). A lead the copy cut off mid-sentence still holds its first sentence.
  const signedAs = clutterRuleOf(signature)?.name;
  if ((signedAs !== undefined && signedAs !== 'byline') || clutterRuleOf(headline) !== undefined) return false;
  if (!isHeadlineLike(headline) || SIGNATURE.test(headline) || endsAsSentence(headline)) return false;
  const lead = leadUnder(state, 2);
  return lead !== undefined && (endsAsSentence(lead) || holdsSentence(lead));
}

// The site's name after the page's own title, as its header prints it: `"Чемпионат" содружества - Караван`,
// the dash glued to the name at times, in Arabic script too (`… ءبىلدىردى -ءتاڭىرتاۋ تورابى`).
const SITE_SUFFIX = /^(.{3,200}?)\s[-–—|]\s?[\p{Lu}\p{Script=Arabic}][\p{L}\d.]*(?:\s[\p{L}\d.]+){0,2}$/u;

// A site's motto naming whose news it carries, after a dash closing the page's title, printed or not:
// `… шалдықты — Қазақстан жаңалықтары`, `… — Новости Казахстана`, `… | Новости Казахстана и мира`.
const NEWS_MOTTO = /\s[-–—|]\s(?:\p{Lu}[\p{L}-]+\s+жаңалықтары|[Нн]овости\s+\p{Lu}[\p{L}-]+(?:\s+и\s+мира)?|[Пп]оследние\s+новости(?:\s+\p{Lu}[\p{L}-]+)?|\p{Lu}[\p{L}-]+\s+jańalyqtary)$/u;

// Tested first: a site's name or motto follows a dash or a pipe after a space.
const DASH_OR_PIPE = /\s[-–—|]/u;

/** Whether the page prints the text alone on a line of its head. */
function printedAlone(state: ParseState, text: string): boolean {
  const head = Math.min(HEAD_LINES, state.lines.length);
  for (let index = 0; index < head; index++) {
    const line = state.lines[index]!;
    if (!line.verbatim && line.text === text) return true;
  }
  return false;
}

/**
 * The page's title with the site's name after a dash or a pipe, when the page prints the headline
 * alone below it: the headline. Only then: a headline may end on a dash and a name (`Алматы - Астана`).
 */
function withoutSiteName(state: ParseState, title: string): string {
  const separated = DASH_OR_PIPE.test(title);
  const match = separated ? SITE_SUFFIX.exec(title) : null;
  // A headline of a few words before it: a site's name and motto alone (`NOMAD (Номад) - новости Казахстана`) are no headline.
  const motto = separated ? NEWS_MOTTO.exec(title) : null;
  const mottoAfterHeadline = motto !== null && wordCount(title.slice(0, motto.index)) >= PRINTED_WORDS;
  const headline = match && printedAlone(state, match[1]!) ? match[1]! : mottoAfterHeadline ? title.slice(0, motto!.index) : printedBeforeSiteMotto(state, title);
  if (headline === undefined) return title;
  state.skipped.push({ line: state.headLine, text: title.slice(headline.length).trim(), rule: 'site name' });
  return headline;
}

// The separator of a site's suffix the copy cut off after it, a space before it: `<headline> -` from
// `<headline> - Exclusive`. No headline ends on a dash or a pipe alone.
const STRAY_SEPARATOR = /\s+[-–—|]$/u;
const SEPARATOR_MARKS = '-–—|';
const STRAY_HEADLINE_WORDS = 2;

/** The separator of a cut site's suffix after a title of two words or more (`<headline> -`), or null. */
function straySeparator(title: string): RegExpExecArray | null {
  // The pattern ends on one of the marks: a title ending otherwise is not read through.
  if (title === '' || !SEPARATOR_MARKS.includes(title.at(-1)!)) return null;
  const stray = STRAY_SEPARATOR.exec(title);
  return stray !== null && wordCount(title.slice(0, stray.index)) >= STRAY_HEADLINE_WORDS ? stray : null;
}

/** A title of two words or more with the separator of a cut site's suffix after it: `<headline> -`. */
export function endsOnStraySeparator(title: string): boolean {
  return straySeparator(title) !== null;
}

/** The title without the stray separator a cut site's suffix left after it (recorded as the site's name). */
function withoutStraySeparator(state: ParseState, title: string): string {
  const stray = straySeparator(title);
  if (stray === null) return title;
  state.skipped.push({ line: state.headLine, text: stray[0].trim(), rule: 'site name' });
  return title.slice(0, stray.index);
}

// The lines of a page's head where it prints its headline alone.
const HEAD_LINES = 30;
// After the headline, a separator and the site's name with its motto, however long:
// `… на Капшагае » The Asia Times - события в Азии и в мире: темы дня, фото, видео.`
const MOTTO_AFTER = /^\s[-–—|»]\s[\p{Lu}\p{Script=Arabic}]/u;
// Tested first: most titles hold no separator, and the head's lines need not be read.
const SEPARATOR = /\s[-–—|»]\s/u;
// A headline of three words or more: shorter lines may be a place or a rubric (`Алматы - Астана`).
const PRINTED_WORDS = 3;

/** A line the page prints alone in its head that the title opens with, the site's name and motto after it. */
function printedBeforeSiteMotto(state: ParseState, title: string): string | undefined {
  if (!SEPARATOR.test(title)) return undefined;
  return state.lines.slice(0, HEAD_LINES).find((line) => !line.verbatim && title.startsWith(line.text) && wordCount(line.text) >= PRINTED_WORDS && MOTTO_AFTER.test(title.slice(line.text.length)))?.text;
}

// A headline glued to its lead, the space or line break between them lost: the headline's last word runs
// into the lead's first (`… школа на 600 местСегодня, 1 сентября, …`). A small Cyrillic letter, or a closing
// quote or bracket, right before a capitalised word that ends there, or a preposition of one letter
// (`… детский садВ здании …`): a name in camel case goes on in capitals (`КазМунайГаз`, `АвтоВАЗ`),
// and Latin brands (`QazaqGaz`) are left alone.
const GLUED_LEAD_AT = /(?<=[а-яёәғқңөұүһі]{2}|[»”)])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}[\s,.:;!?]|[ВСКОУАИ]\s)/gu;
// The headline a phrase of three words or more; the lead after it a sentence of some length.
const GLUED_HEADLINE_WORDS = 3;
const CAMEL = /\p{Ll}\p{Lu}/u;
const GLUED_LEAD_WORDS = 8;

/** The headline and the lead of a line that runs one into the other (GLUED_LEAD_AT), or undefined. */
function gluedHeadlineAndLead(text: string): { headline: string; lead: string } | undefined {
  if (isHeadlineLike(text)) return undefined;
  for (const at of text.matchAll(GLUED_LEAD_AT)) {
    const headline = text.slice(0, at.index);
    const lead = text.slice(at.index);
    // A last word with a capital inside is a name in camel case (`КазМунайГаз`) the boundary falls in.
    if (wordCount(headline) < GLUED_HEADLINE_WORDS || !isHeadlineLike(headline) || endsMidPhrase(headline) || CAMEL.test(headline.slice(headline.lastIndexOf(' ') + 1))) continue;
    if (wordCount(lead) >= GLUED_LEAD_WORDS && (endsAsSentence(lead) || holdsSentence(lead))) return { headline, lead };
  }
  return undefined;
}

// A headline of three words or more closed by its mark, with who held the interview or prepared the report signed after
// it on the same line: `«…». Сұхбаттасқан Имя Фамилия`, `… Беседовала Имя Фамилия` (the clutter table's byline).
const BYLINE_AFTER_HEADLINE = /^((?:\S+\s+){2,}\S*[.!?»"”])\s+((?:Сұхбаттасқан|Әңгімелескен|Дайындаған|Әзірлеген|Беседовал|Подготовил)[аи]?\s+\p{Lu}[^.!?]{2,50})$/u;
// Its signing word, looked for first: most titles hold none, and the pattern above need not try their words.
const BYLINE_WORD = /Сұхбаттасқан|Әңгімелескен|Дайындаған|Әзірлеген|Беседовал|Подготовил/u;

/**
 * Moves such a title (or one above a site header's weather widget) among the lines of the page, where the credit and clutter rules see it like
 * any other line; the headline rule then finds the page's headline, or gives the title back. A title
 * that is the headline glued to the lead keeps the headline; the lead opens the text.
 */
export function titleLine(state: ParseState): void {
  if (state.gluedHeadline) return;
  const glued = gluedHeadlineAndLead(state.article.title!);
  if (glued) {
    state.article.title = glued.headline;
    state.lines.unshift({ text: glued.lead, line: state.headLine });
    delete state.overlongTitle;
  }
  // A title too long for one right above the widget is the header's advert banner, no lead; one the web server
  // printed (a PHP notice) is page matter however long.
  if (state.overlongTitle) {
    if (!isHeaderText(state) && clutterRuleOf(state.article.title!)?.name !== 'server notice') return;
    delete state.overlongTitle;
  }
  // Breadcrumb marks copied before the headline (`» » Балуандардың биігі`) are no part of it.
  // The trail is looked for first: most titles hold none, and the clutter table need not be asked.
  const crumbed = trailBefore(state.article.title!);
  if (crumbed && clutterRuleOf(state.article.title!)?.name !== 'breadcrumbs') {
    state.article.title = crumbed.headline;
    state.skipped.push({ line: state.headLine, text: crumbed.trail, rule: 'breadcrumbs' });
  }
  const signed = BYLINE_WORD.test(state.article.title!) ? BYLINE_AFTER_HEADLINE.exec(state.article.title!) : null;
  if (signed && clutterRuleOf(signed[2]!)?.name === 'byline') {
    state.article.title = signed[1]!.replace(/(?<=[»"”])\.$/u, '');
    state.skipped.push({ line: state.headLine, text: signed[2]!, rule: 'byline' });
  }
  const written = withoutSiteName(state, withoutStraySeparator(state, state.article.title!.replace(BREADCRUMB_MARKS, '') || state.article.title!));
  const matter = bracketedMatter(written);
  const title = matter ?? written;
  state.article.title = title;
  if (matter === undefined && !looksLikePageMatter(title) && !isHeaderText(state)) return;
  state.lines.unshift({ text: title, line: state.headLine, fromTitle: true });
  delete state.article.title;
  // The hour of a line the page prints with one (`7:00 Прямой эфир «…»`) is no time of publication.
  const { time } = state.article;
  const rule = clutterRuleOf(title);
  if (time && rule && !META_NAMES.has(rule.name) && clutterRuleOf(`${time} ${title}`) === rule) delete state.article.time;
}
