import { breaksSentence, isCutOff, isHeadlineLike, wordCount } from '../line-shape.ts';
import { isOutletName } from '../outlets.ts';
import { metaLine, opensWithWeekdayRange, PLAYER_CLOCK, type MetaKind } from './meta-line.ts';
import { monthNumber } from './months.ts';
import { isLinkPointer, isReaderPrompt, isRightsNotice } from './reader-prompt.ts';
import { openingOf, type Need } from './opening.ts';
import { readStamp } from './stamp.ts';

/**
 * The clutter of outlet pages that copy-paste brings into a source, as data: each entry names a
 * kind of line a page prints around a report (a stamp, a counter, a share prompt, a related-news
 * block) and the pattern of the whole line. Patterns match whole lines only, so a sentence of
 * the article that mentions these words is never taken for one. Forms: Russian, Kazakh in
 * Cyrillic, in the Latin alphabets of 2018 and 2021 and in Arabic script. The first rule that
 * matches names the line (rules/clutter.ts applies them).
 */
/** A weather widget's city: one or two capitalised words (`Нур-Султан (Астана)`, `Форт-Шевченко`). */
const WIDGET_CITY = /^\p{Lu}[\p{Ll}-]+(?:[\s-]\p{Lu}[\p{Ll}-]+)?(?:\s\(\p{Lu}[\p{Ll}-]+\))?$/u;
/** The sky a weather widget prints over its temperature. */
const WIDGET_SKY = /^(?:ясно|облачно|пасмурно|малооблачно|переменная\s+облачность|облачно\s+с\s+прояснениями|небольшой\s+(?:дождь|снег)|дождь|снег|туман|ашық|бұлтты|жаңбыр|қар)$/iu;
/** What a widget's city or sky stands over: its temperature or the sky. */
const WIDGET_READING = /^(?:[+−–-]?\d{1,2}\s?°\s?[CС]?|ясно|облачно|пасмурно|малооблачно|переменная\s+облачность|облачно\s+с\s+прояснениями|небольшой\s+(?:дождь|снег)|дождь|снег|туман|ашық|бұлтты|жаңбыр|қар)$/iu;
/** What a TV schedule's banner names before the programme's title: `Многосерийный фильм «…»`, `Фильм «…»`. */
const PROGRAMME_KIND = String.raw`(?:(?:многосерийный|художественный|документальный|телевизионный|көпсериялы|деректі)\s+)?(?:фильм|сериал|телесериал|мультфильм|ток-шоу|программа|концерт|телехикая|бағдарлама)`;

export interface ClutterRule {
  /** Shown to editors in `habar check` notes: `skipped "Поделиться:" (share prompt)`. */
  name: string;
  /** Matches a whole line: a pattern, or a reader for shapes a pattern would not say clearly. */
  line: RegExp | ((text: string) => boolean);
  /**
   * What the line must hold for `line` to match, tested first: a quick test the pattern implies (a word it
   * cannot match without, its last character), for a pattern that would otherwise scan most lines at length.
   */
  holds?: RegExp;
  /**
   * What a line must hold for a reader (`line` a function) to match, every one of them (opening.ts, `Need`): told once
   * per line for the whole table (rules/clutter.ts), so that a line is not tried against the rules it cannot match.
   * A pattern's needs are read from its source (opening.ts, `needsOf`).
   */
  needs?: readonly Need[];
  /**
   * For a reader: a pattern every line it matches matches too, its own first test (`PAGER_PREVIOUS`), or patterns one
   * of which does (`[FEED_LABEL, FEED_RUBRIC]`); never tested here but read as a pattern rule's `line` is, for the
   * characters a line may open on and what it needs (opening.ts).
   */
  opens?: RegExp | readonly RegExp[];
  /** Lines longer than this are never this clutter (80 characters unless said). */
  maxLength?: number;
  /** A block heading: how many lines after it belong to the block, and what such a line looks like. */
  follows?: Follow;
  /** The line is not this clutter when the next line matches: a name above a role ending in `:` introduces a speaker. */
  unlessNext?: RegExp;
  /** The line is this clutter only when the next line matches: a widget's heading that alone could be a headline. */
  ifNext?: RegExp;
  /** `false`: the line is not this clutter right above the report's photo credit (a headline over its picture). */
  overCredit?: false;
  /** `false`: the line is not this clutter right under a line of the text introducing it with a colon (an address under `Дом культуры:`). */
  underTextLabel?: false;
  /** A line holding two kinds of page matter, recorded as its pieces, each under its own rule's name. */
  pieces?: (text: string) => { text: string; rule: string }[];
}

export interface Follow {
  /** At most this many lines. */
  lines: number;
  /**
   * `headline`: a headline of another report (no sentence ends in it); `label`: a short link or
   * tag of at most four words, or one starting with `#`; `quote`: any line (the saying a
   * «quote of the day» widget prints under its label); `bullet`: an item of a list, its bullet kept;
   * `teaser`: a headline, or another report's excerpt cut off with `…`; `place`: a place's name of one
   * or two words with a capital, a period after it or not (the city under a signature); `signature`:
   * a newspaper's name in quotes, a period after it or not, or a label (the region under it);
   * `dashed`: a teaser opening with a list's dash (`- Headline`); `poll`: a poll's question first,
   * then its answers, each with its votes glued after it (`• Только зимой(87)`); `ranked`: a teaser after a
   * list's dash and its place (`- 2 Headline`); `source`: the name of the source a label heads, alone
   * (`Interfax`, `Sputnik Казахстан`, `«Казинформ»`, a domain), recorded as a source line; `numbered`: a
   * crumb of a trail copied from a numbered list, a label after its number (`2. Мәдениет`); `row`: a table's
   * row between pipes (`| 1 | Қайрат | 26 | 59 |`, the last cut off or not) or a label (its title in the other language).
   */
  shape: 'headline' | 'label' | 'quote' | 'bullet' | 'teaser' | 'place' | 'signature' | 'dashed' | 'poll' | 'ranked' | 'source' | 'numbered' | 'row';
  /** The block is taken only under a paragraph of the report: above it, the lines may be the page's head. */
  afterText?: boolean;
  /** The block is taken only when it runs to the last line of the copy (an advert's text at the page's foot). */
  toEnd?: boolean;
  /**
   * A feed of other reports: under a paragraph of the report, the label over a headline (its stamp between or
   * not) heads the rest of the copy, whatever its lines (rules/clutter.ts, `feedToEnd`).
   */
  feed?: boolean;
  /** A line of the block may also be an advert's words to the reader, outside any quote (rules/clutter.ts, `ADDRESS`). */
  address?: boolean;
  /**
   * Under a paragraph of the report, when every line after the label to the copy's end is a headline or an
   * excerpt cut off (`Мынаны да қараңыз` / `Headline` / `Excerpt …`), the block takes them all: other reports'
   * teasers, the report does not go on under them.
   */
  teasersToEnd?: boolean;
}

// A comment section's rules notice asking the reader to read them before commenting: `Мы дорожим каждым
// нашим подписчиком …, поэтому, пожалуйста, внимательно ознакомьтесь с рекомендациями при комментировании.`
// A plea and an imperative to the reader about comments: a report's sentence on comments has neither.
// The line heading a comment thread: its moderation notice, or the empty thread's notice with `пока` or the call to
// be the first (row 'comments').
const FIRST_TO_COMMENT = String.raw`(?:ваш\s+(?:комментарий\s+)?будет\s+первым|(?:будьте|станьте)\s+первым(?:,?\s+кто\s+(?:оставит|напишет)\s+(?:комментарий|отзыв))?)\s*[.!]?`;
const COMMENTS_HEAD = new RegExp(
  String.raw`^(?:комментарии\s+модерируются\.?(?:\s+будьте\s+вежливы[.!]?)?` +
    String.raw`|(?:пока\s+)?нет\s+комментариев\s*[.!]?\s+${FIRST_TO_COMMENT}` +
    String.raw`|(?:пока\s+нет\s+комментариев|комментариев\s+(?:пока\s+|ещё\s+|еще\s+)нет)\s*[.!]?(?:\s+${FIRST_TO_COMMENT})?` +
    String.raw`|(?:будьте|станьте)\s+первым,?\s+кто\s+(?:оставит|напишет)\s+(?:комментарий|отзыв)\s*[.!]?)$`,
  'iu',
);
export const COMMENT_RULES = /^[^.!?]{0,160}?(?:пожалуйста|просим\s+вас|өтінеміз)[^.!?]{0,80}?\s(?:ознакомьтесь|соблюдайте|прочтите|прочитайте|танысыңыз|сақтаңыз)\s[^.!?]{0,80}?(?:комментир|комментари|пікір)[^.!?]{0,40}[.!]?$/iu;

// A caption closing on its credit's label, the credit lost in the copy: `Мэр города закрыла комментарии
// после сотен обращений Фото:`. No sentence closes inside it; a label alone (`Фото:`) is a credit's, over its
// credit. rules/photo-credit.ts takes it with the image's keyword title above it; the table names it anywhere.
export const CAPTION_LOST_CREDIT = /^\p{Lu}[^.!?:]{10,180}\s(?:Фото|Сурет|Фотосурет|Foto|Photo|Sýret)\s?:$/u;

// A media outlet's registration certificate: its number with the series letter, `№ 16307-Г`, `No 869-G`.
const MEDIA_CERTIFICATE = /(?:№|No\.?)\s?\d{3,6}\s?-\s?[ГGЖ](?![\p{L}\d])/u;
const REGISTRATION_WORD = /(?:тіркеу|тіркел|куәлі|свидетельств|зарегистрир|постановке\s+на\s+уч[её]т)/iu;

// An organisation's legal form, alone on a line under its name: no report's line is only that.
export const LEGAL_FORM = /^(?:(?:республикалық|халықаралық|республиканское|международное)\s+)?(?:қоғамдық\s+(?:бірлестігі|бірлестік|қоры|қор)|общественное\s+объединение|общественный\s+фонд)$/iu;

// A countdown's count: `3 күн қалды`, `10 kún qaldy`, `3 كۇن قالدى`. No report's line is only that.
const COUNTDOWN = /^\d{1,4}\s+(?:күн|kún|kün|كۇن)\s+(?:қалды|qaldy|قالدى)$/iu;

const words = (...list: string[]) => list.join('|');
// Posts an Arabic-script signature names right before the author's name: researcher, head, deputy, manager, director,
// lecturer, teacher, associate professor, professor.
const ARABIC_POSTS = words('زەرتتەۋشى', 'باستىعى', 'ورىنباسارى', 'مەڭگەرۋشىسى', 'ديرەكتورى', 'وقىتۇشىسى', 'مۇعالىمى', 'دوتسەنتى', 'پروفەسسورى');
// A programme's airtime: days (a range, checked apart) and the hour, a repeat's label before them or not.
const AIRTIME = /^(?:(?:повтор|эфир|в\s+эфире|қайталау|эфирде)\s*:\s*)?[\p{L}\s–—-]{4,40},?\s+(?:в\s+)?\d{1,2}[:.]\d{2}$/iu;
// An episode's date on its programme's page: `Выпуск от 14.11.2024`, `Шығарылым 14.11.2024`.
const EPISODE_DATE = /^(?:выпуск\s+от|шығарылым|эфир\s+от)\s+\d{1,2}\.\d{2}\.\d{4}$/iu;
const line = (body: string) => new RegExp(String.raw`^(?:${body})$`, 'iu');

// A regional outlet's section of reports from its districts and regions: `Вести из районов`, `Новости регионов`,
// `Вести области`, `Аймақ жаңалықтары`, `Өңір тынысы` (the region's breath), in Latin letters (`Óńir tynysy`) and
// Arabic script (`ٴوڭىر تىنىسى`). Over the headline it is the page's rubric; over a roundup of briefs from the
// districts it may title the roundup (headline.ts).
export const REGIONAL_RUBRIC = line(words(
  '(?:вести|новости)\\s+(?:из\\s+)?(?:районов|регионов|области)',
  '(?:аймақ|аймақтар|өңір|өңірлер)\\s+(?:жаңалықтары|тынысы)',
  '(?:aımaq|aımaqtar|óńir|óńirler)\\s+(?:jańalyqtary|tynysy)',
  '(?:ايماق|ايماقتار|[ءٴ]?وڭىر|[ءٴ]?وڭىرلەر)\\s+(?:جاڭالىقتارى|تىنىسى)',
));

// A TV schedule's slot, its start and end: `08:15 – 08:30`, `9:00-9:15`.
export const SCHEDULE_SLOT = /^(?:[01]?\d|2[0-3]):[0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-3]):[0-5]\d$/u;
// What a link to a programme's other episodes names after `выпуски` (`программы «Акимы»`), and where they are (`здесь`).
const EPISODES_OF = String.raw`(?:\s+(?:программы|проекта|передачи|шоу))?(?:\s+«[^«»]{1,60}»)?`;
const EPISODES_WHERE = String.raw`(?:здесь|тут|по\s+ссылке|на\s+нашем\s+сайте)`;
// A signature's separator, the part after it lost in the copy: `РИА "Новости" |`.
const SEPARATOR_AFTER = /\s+[|/]$/u;
const QUOTE_INSIDE = /["«»]/u;
// A blog theme's byline: the author's name (up to four capitalised words) twice, `by` between, or `by` and the name.
const THEME_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'-]*(?:\s\p{Lu}[\p{L}\p{M}.'-]*){0,3}`;
// The newsroom as a report's byline: `Редакция Liter.kz`, `Редакция портала NUR.KZ`, `Редакция «Наша Жизнь»`; the name a
// domain, a listed outlet or a newspaper's name in quotes.
const NEWSROOM_BYLINE = /^(?:редакция|редакция\s+(?:сайта|портала|издания|газеты))\s+([\p{L}\d.-]{2,30}|«[^«»"]{2,30}»|"[^«»"]{2,30}")$/iu;
// The same in Kazakh, the name first: `Qaz365.kz редакциясы`, `«Ана тілі» газетінің редакциясы`.
const NEWSROOM_BYLINE_KAZAKH = /^([\p{L}\d.-]{2,30}|«[^«»"]{2,30}»|"[^«»"]{2,30}")\s+(?:(?:сайтының|порталының|газетінің|басылымының)\s+)?(?:редакциясы|redaksıasy|redaktsııasy)$/iu;
const NEWSROOM_WORD = /редакциясы|redaksıasy|redaktsııasy/iu;
const QUOTED_NEWSROOM = /^[«"]/u;
const NEWSROOM_DOMAIN = /^[\p{L}\d-]+\.(?:kz|ru|com|org|net|info|news|media)$/iu;
// An agency named by its letters, as Russian agencies sign: `Редакция сайта ТАСС`.
const NEWSROOM_ACRONYM = /^\p{Lu}{3,6}$/u;

/** A line the newsroom signs by `pattern`, its name (the first group) in quotes, a domain, a listed outlet or an agency's letters. */
function signedByNewsroom(pattern: RegExp): (text: string) => boolean {
  return (text) => {
    const name = pattern.exec(text)?.[1];
    return name !== undefined && (QUOTED_NEWSROOM.test(name) || NEWSROOM_DOMAIN.test(name) || isOutletName(name) || NEWSROOM_ACRONYM.test(name));
  };
}
const THEME_BYLINE = new RegExp(String.raw`^(?:(${THEME_NAME})\s+)?by\s+(${THEME_NAME})$`, 'u');
// What kind of piece a report is, as a page labels it under the headline: an interview, a story in pictures, a
// reportage, an essay, a sketch, an open letter (Kazakh in its three scripts, and Russian).
const GENRE_LABELS = words(
  'сұхбат', 'суретсөз', 'репортаж', 'эссе', 'очерк', 'фельетон', 'хат', 'интервью',
  's[uú]hbat', 'sūhbat', 's[ýu]rets[óo]z', 'reporta[jž]', 'esse', 'ocherk', 'feleton', 'hat',
  'سۇحبات', 'سۋرەتسوز', 'رەپورتاج', 'ەسسە', 'وچەرك', 'حات',
);

// A section's name joined to another as one rubric: `Здоровье и медицина`, `Наука и технологии`.
const RUBRIC_PAIR_WORD = String.raw`(?:политика|общество|экономика|бизнес|финансы|происшествия|криминал|спорт|культура|наука|технологии|здоровье|медицина|образование|право|религия|туризм|экология|авто|шоу-бизнес|стиль\s+жизни)`;
const RUBRIC_PAIR = new RegExp(String.raw`^${RUBRIC_PAIR_WORD}\s+и\s+${RUBRIC_PAIR_WORD}$`, 'iu');

const SOCIAL = words('facebook', 'telegram', 'whatsapp', 'vk', 'вконтакте', 'twitter', 'x', 'ok', 'одноклассники', 'instagram', 'youtube', 'tiktok', 'threads', 'viber', 'e-mail', 'email');

// The language links of outlet menus: `РУ`, `ҚАЗ`, `qz`, `中文`, `ق ز`.
const LANGUAGES = words('ру', 'рус', 'русский', 'ru', 'rus', 'қаз', 'каз', 'қазақша', 'kaz', 'kz', 'kk', 'qaz', 'qz', 'en', 'eng', 'english', 'qazaqsha', 'qazaqşa', 'орысша', 'oryssha', 'orysşa', 'ағылшынша', 'aǵylshynsha', 'قازاقشا', 'ورىسشا', 'русский\\s+язык', 'казахский', 'қазақ\\s+тілі', 'ўз', 'uz', '中文', 'төте', 'tote', 'latyn', 'латын', 'قازاق', 'ق ز', 'قز');

// A pager's labels glued to the headlines they link: `Предыдущая В Антарктиде …`, `Келесі …`.
// Case matters: the headline opens on a capital (no `i` flag, under which `\p{Lu}` takes any letter).
const PAGER_PREVIOUS = /^(?:[Пп]редыдущая|[Аа]лдыңғы|[Aa]ldyńǵy|[Pp]revious)(?:\s+(?:новость|статья|запись|жаңалық|jańalyq|post|article))?\s+(?=[\p{Lu}\p{N}«"“])/u;
// A pager's link alone, the arrow beside it: `Следующая`, `Келесі жаңалық`.
const PAGER_LINK = String.raw`(?:следующая|предыдущая|далее|назад|келесі|алдыңғы|kelesi|aldyńǵy|next|previous)(?:\s+(?:новость|статья|запись|жаңалық|jańalyq|post|article))?`;
const PAGER_NEXT = /^(?:[Сс]ледующая|[Кк]елесі|[Kk]elesi|[Nn]ext)(?:\s+(?:новость|статья|запись|жаңалық|jańalyq|post|article))?\s+[\p{Lu}\p{N}«"“]/u;

// A link list's mark before a headline: `>> Headline`, `» Headline`.
const LINK_MARK = /^(?:>>|»|›)\s+/u;
// A ranked widget's first and second places after a list's dash: `- 1 Headline`, `- 2 Headline`.
const RANK_FIRST = /^[-–—•]\s*1\s+(?=\p{Lu})/u;
const RANK_SECOND = /^[-–—•]\s*2\s+\p{Lu}/u;
const AGENCY_SOURCE = /^(?:информационное\s+)?агентство\s+(«[^«»]{2,30}»)$/iu;
const QUOTED_ALONE = /^[«"“][^«»"“”]{2,30}[»"”]$/u;
// The name after `По сообщению` on a line of its own, a period after it or not.
const REPORTED_BY_NAME = /^по\s+сообщению\s+(\S.{0,40}?)\.?$/iu;
const DOMAIN_ALONE = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|org|net|info|kg|uz)$/iu;
// A name signed after a dash, alone or printed twice over as a link and its label: `— inform.kz inform.kz`.
const DASHED_SIGN_OFF = /^[—–-]\s*([\p{L}\d.-]+)(?:\s+([\p{L}\d.-]+))?$/u;
// A reprint's notice: the material, the newspaper's name in quotes, `газетінде` (in the newspaper) and `жарияланған` (printed).
const REPRINTED_IN = /^(?:материал|мақала|materıal|maqala|ماتەريال|ماقالا)\s+([«"“][^«»"“”]{2,40}[»"”])\s+(?:газетінде|апталығында|журналында|басылымында|gazetinde|aptalyǵynda|jýrnalynda|basylymynda|گازەتىندە|اپتالىعىندا|جۋرنالىندا)\s+(?:жарияланған|жарық\s+көрген|jarııalanǵan|jarıalanǵan|jaryq\s+kórgen|جاريالانعان)\.?$/iu;
// A site's label naming who gave it the news, its link to that source's other news glued after the name and the
// newspaper the site is after it in brackets: `Новость сообщил RTCдругие новости (газета "Костанайские Новости")`.
// The name is a word or a few, no sentence's period closing the line.
const NEWS_GIVEN_BY = /^новость\s+(?:сообщил|сообщила|сообщило|сообщили|предоставил|предоставила|предоставили)\s*:?\s+([^\s.,:;!?][^.!?:;]{0,50}?)\s*(?:другие\s+новости)?(?:\s*\((?:газета|журнал|портал|сайт)\s+[«"“][^«»"“”]{2,60}[»"”]\))?$/iu;
/** The pieces of a line a pattern parts in two, its first group and its second, each under its rule's name. */
function twoPieces(pattern: RegExp, first: string, second: string): (text: string) => { text: string; rule: string }[] {
  return (text) => {
    const [, one, other] = pattern.exec(text)!;
    return [{ text: one!, rule: first }, { text: other!, rule: second }];
  };
}
const READING_TIME_BYLINE = /^(\d{1,2}\s+(?:секунд[аы]?|минут[аы]?))\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const KAZAKH_SOURCE_FROM = /^(?:ақпарат|aqparat|اقپارات)\s*:\s*([^\s:].{1,60}?)\s+(?:порталынан|сайтынан|агенттігінен|басылымынан|portalynan|saıtynan|saitynan|agenttiginen|پورتالىنان|سايتىنان)\.?$/iu;
const IMAGE_ENDING = /[\s.](?:gif|jpe?g|png|webp)$/iu;
// A serial's link to another part: its label (beginning, continuation, end), a colon, the part's title of
// three words or more from a capital, which closes on no sentence's period or exclamation (an ellipsis or a
// question at most) and gives no hour (`Басы: сағат 10:00-де`, `Начало: В 19:00 …` are a schedule's).
const SERIAL_LABEL = new RegExp(String.raw`^(?:${words('басы', 'жалғасы', 'соңы', 'начало', 'продолжение', 'окончание', 'basy', 'jalǵasy', 'jalghasy', 'jalğası', 'sońy', 'باسى', 'جالعاسى', 'سوڭى')})\s*:\s*`, 'iu');
const SERIAL_TITLE = /^[\p{Lu}«"“\p{Script=Arabic}][^.!?]{0,200}(?:\.{3}|…|\?)?$/u;
/** A serial's link to another of its parts (SERIAL_LABEL, then SERIAL_TITLE). */
function isSerialPart(text: string): boolean {
  const label = SERIAL_LABEL.exec(text);
  if (!label) return false;
  const title = text.slice(label[0].length);
  return SERIAL_TITLE.test(title) && wordCount(title) >= 3 && !/\d[:.]\d\d/u.test(title);
}

// A link's mark closing the headline it links: `Headline>>`, `Headline >>>`.
const LINK_MARK_END = /\s*>{2,3}$/u;
// Tested from the end of the line first: most short lines are no press service and no menu.
const PRESS_SERVICE = /\s(?:баспасөз[\s-]+қызметі|baspasóz[\s-]+qyzmeti|baspasöz[\s-]+qyzmetı|ءباسپاسوز\s+قىزمەتى)\.?$/u;
// Its Russian form names the service first: `Региональная служба коммуникаций Атырауской области`; no word
// after it ends as a verb does (`Пресс-служба акимата опровергла слухи` is a subheading).
const PRESS_SERVICE_FIRST = /^(?:(?:региональная|областная|городская)\s+)?(?:служба\s+(?:центральных\s+)?коммуникаций|пресс-служба)(?:\s(?![\p{L}-]*(?:ла|ли|ло|ет|ит|ют|ят|ся|сь|ал|ил)(?:\s|$))[\p{L}-]+){1,5}$/iu;
// An akimat's name alone: one to four capitalised names and what the place is, in the genitive or not, then `әкімдігі`.
const AKIMAT_NAME = /^(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:(?:облысы(?:ның)?|oblysy(?:nyń)?)\s+(?:\p{Lu}[\p{L}-]+\s+){1,2})?(?:қаласы(?:ның)?|облысы(?:ның)?|ауданы(?:ның)?|ауылдық\s+округі(?:нің)?|qalasy(?:nyń)?|oblysy(?:nyń)?|aýdany(?:nyń)?)\s+(?:әкімдігі|ákimdigi)$/u;
const AKIMAT_NAME_RU = /^[Аа]кимат\s+(?:(?:города|района|области|села)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|\p{Lu}[\p{L}-]+(?:ской|цкой)\s+области|\p{Lu}[\p{L}-]+(?:ского|цкого)\s+района)$/u;
const PRESS_SERVICE_TAIL = /(?:қызметі|qyzmeti|qyzmetı|قىزمەتى)\.?$/u;
// A press service's name alone holds letters, figures, quotes, spaces, periods and hyphens, nothing else.
const SERVICE_NAME = /^[\p{L}\d«»"\s.-]+$/u;
// Crumbs joined by double chevrons, spaces around them or not: `حالىق تورابى>>شينجياڭ حابارلارى`.
const CHEVRON_CRUMBS = /^[^\s.!?>][^.!?>]{1,40}(?:\s?>>\s?[^\s.!?>][^.!?>]{1,40}){1,3}$/u;
// A trail's separators: `Новости / Общество`, `Жаңалықтар » Қоғам`.
const TRAIL_MARK = /\s[/›»>|→]\s/u;
const TRAIL_DASH = /\s[-–—]\s/u;
// A trail whose crumbs stand between chevrons only, each a few words: `Сайт › Новости › Регион`.
const CHEVRON_TRAIL = /^(?=.*\s›\s)(?!.*\s[-–—]\s)[^/»>|→]+$/u;
const CRUMB_WORDS = /^[\p{L}\p{M}-]+(?:\s[\p{L}\p{M}-]+){0,3}$/u;
const TRAIL_SEPARATOR_OR_DASH = /\s*[/›»>|→]\s*|\s+[-–—]\s+/u;
// Rubrics set apart by periods, none after the last: `В мире. Экономика. Рынки`.
const TRAIL_DOTS = /^[^.!?]+(?:\.\s[^.!?]+)+$/u;
const TRAIL_DOT = /\.\s+/u;
// What each of the three holds, a mark between spaces or a period before one: one scan tells most lines hold none.
const TRAIL_ANY_SEPARATOR = /\s[/›»>|→–—-]\s|\.\s/u;
// A link to another report naming what it shows: `… - фото`. Its end is tested first: most lines end otherwise.
const MEDIA_LINK_END = /\s[-–—]\s(?:фото|видео|фото\s+и\s+видео|видео\s+и\s+фото|инфографика|фото,\s+видео)$/iu;
const MEDIA_LINK = /^[^.!?]{10,140}\s[-–—]\s(?:фото|видео|фото\s+и\s+видео|видео\s+и\s+фото|инфографика|фото,\s+видео)$/iu;
// The page's own title with the site's name after a pipe; tested only on lines holding ` | `.
const PAGE_TITLE = /^[^|.!?]{3,80}\s\|\s[\p{L}\d-]+\.(?:kz|ru|com|org|net)(?:\s+\p{L}{1,8}){0,3}$/iu;
const MENU = /^[^|.!?]{1,60}(?:\s\|\s[^|.!?]{1,60}){2,8}$/u;
const RUBRIC_COUNTERS = /^(.+?)(?:\s+\d+){1,3}$/u;
// A site's name in Latin letters after a stamp (in small letters, four or more: `msk` is a clock's zone), and a source of up
// to three words before `Сегодня, 16:40`.
const DIGIT_ANYWHERE = /\d/u;
const LATIN_LAST = /[A-Za-z]$/u;
const SITE_AFTER_STAMP = /^(\S.{4,60}?)\s([a-z]*[A-Z][A-Za-z]*(?:\.[a-z]{2,4})?|[a-z]{4,30}(?:\.[a-z]{2,4})?)$/u;
// Case-sensitive: a site's name of one word or its domain before a stamp.
const SITE_BEFORE_STAMP = /^(?:\p{Lu}[\p{L}\d-]{2,30}|[\p{L}\d-]{2,30}\.(?:kz|ru|com|org|net|info|media|news|tv))\s(?=\d)/u;
const STAMP_FIGURES = /(?:^|\s)(?:\d{1,2}:\d{2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s|$)/u;
const SOURCE_BEFORE_TODAY = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}\s(?:[Сс]егодня|[Вв]чера|[Бб]үгін|[Кк]еше),?\s\d{1,2}:\d{2}$/u;
// The same after a rubric and its counters, the author's name last; tested only on lines ending in a name.
const AUTHOR_LAST = /\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u;
const SMALL_LAST = /\p{Ll}$/u;
const RUBRIC_COUNTERS_AUTHOR = /^(\D{3,40}?)(?:\s+\d+){1,3}\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
// A rubric the table does not name, of up to four words, over its two counters (comments, then views of three figures
// or more, their thousands apart): `Обстоятельно и подробно 0 976 Имя Фамилия`, `… 0 3 696 …`. A match's score before
// two names is no counter: `Кайрат 1 1 Ордабасы Шымкент`. A city's news is such a rubric: `Новости Актау 0 2 700 Имя Фамилия`.
const COUNTED_LABEL = /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}|[Нн]овости\s+\p{Lu}[\p{Ll}-]+)\s+\d{1,3}(?:\s+\d{1,3})?\s+\d{3}\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
const RUBRIC_TWICE_AUTHOR = /^(\p{Lu}[^\d.!?]{2,40}?) \1 \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
// A tag of up to four words and its count of reports; five of them or more make a cloud. A word opens
// with a letter and a count is figures alone, so the line has one reading.
const CLOUD_TAG = String.raw`\p{L}[\p{L}\d-]*(?: \p{L}[\p{L}\d-]*){0,3} \d{1,7}`;
const TAG_CLOUD = new RegExp(String.raw`^${CLOUD_TAG}(?: ${CLOUD_TAG}){4,}$`, 'u');
// The same under its label, where a copy cut off at the cloud may have lost the last tag's count: `… Алматы 175 Имя Фамилия`.
const TAG_CLOUD_CUT = new RegExp(String.raw`^${CLOUD_TAG}(?: ${CLOUD_TAG}){4,}(?: \p{L}[\p{L}\d-]*){0,4}$`, 'u');
// Tested first: most lines do not end in a digit, and the pattern above scans the whole line.
const DIGIT_LAST = /\d$/u;
const DIGIT = /\d/u;
// Names, then the photographer's name in the possessive: `…, фотолар Алмас Қайсардыкі`.
const BYLINE_PHOTOGRAPHER = /^(?:\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+,\s){1,3}(?:фотолар|фотосы|фото|суреттер|суреттері)\s(?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+(?:дікі|тікі|нікі|дыкі|тыкі|ныкі)$/u;
// A day, its month and year, a comma, then a name of a few words.
const STAMP_THEN_NAME = /^\d{1,2}\s(\p{L}+)\s\d{4}(?:\s(?:жыл|жылы|ж\.|г\.|года))?,\s\p{Lu}[^.!?,]{2,60}$/u;
// A day, its month and a time, then counts, then a word (the rubric) and up to three more (a tag).
const STAMP_COUNTS_RUBRIC = /^(\d{1,2}\s\S+(?:\s\d{4})?,?\s\d{1,2}:\d{2}(?:\s\d+){1,3})\s(\S+)(?:\s\S+){0,3}$/u;
// A rubric before a stamp is a few words: the line's first digit comes early.
const RUBRIC_LONGEST = 40;
// Abai.kz's views and comments before its stamp's date: `17699 21 pikir`.
const ABAI_COUNTERS = /^\d+\s+\d+\s+(?:пікір|pikir|پىكىر)\s/u;
// The rubric before them: letters, spaces and hyphens, its commas and its question or exclamation mark (`Анә, көрдің бе?`,
// in Arabic script `انە، كوردىڭ بە؟`).
const RUBRIC_WORDS = /^[\p{L}\s,،?؟!-]*$/u;
const MARKUP = /^(?:<image>[^<]*<\/image>|<img\s[^<>]*>)$/iu;
// A comment counter glued to a sentence's end, as no sentence of a report is: `выбора.4 комментария`.
const GLUED_COMMENTS = /[.!?…»"]\d{1,5}\s+комментари(?:й|я|ев)$/u;
const COMMENTS_LAST = /комментари(?:й|я|ев)$/u;
// A print issue's number and day, the weekday after it or not: `№06 (277) от 12 февраля 2015 г.`,
// `№12 (1450), 3 наурыз 2020 ж.`, `Жас Алаш №86 (15648) 27 қазан, бейсенбі 2011`
const PRINT_ISSUE = /^\(?[^()№]{0,40}№\s?\d{1,4}\s*\(\d{1,6}\),?\s+(?:от\s+)?\d{1,2}\s+(\p{L}+)(?:,\s+\p{L}+)?\s+\d{4}(?:\s*(?:г\.|года|ж\.|жыл(?:ы|ғы)?))?\)?\.?$/u;
// A newspaper's masthead saying since when it appears, two rows of the table: `1921 жылы 22 наурыздан
// шыға бастады`, `Газет 1994 жылдан бастап шығады`; `Издаётся с 7 апреля 1918 года`, `1931 жылдың 4 қазанынан бастап шығады`.
const SINCE_KK = /^(?:газет\s+)?(?:19|20)\d{2}\s+(?:жыл(?:ы|ғы)\s+\d{1,2}\s+\p{L}+(?:дан|ден|нан|нен|тан|тен)|жылдан)\s+(?:бастап\s+)?шыға(?:ды|\s+бастады)\.?$/iu;
const SINCE = /^(?:(?:издаётся|издается|выходит)\s+с\s+(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s+года?|(?:газет\s+)?\d{4}\s+(?:жылғы|жылдың)\s+\d{1,2}\s+\p{L}+(?:нан|нен|дан|ден|тан|тен)\s+(?:бастап\s+)?шығады)\.?$/iu;

/** A newspaper's masthead saying since when it appears: the head of a print issue's page. */
export function isMastheadSince(text: string): boolean {
  return text.length <= 60 && (SINCE_KK.test(text) || SINCE.test(text));
}

// The home link a breadcrumb trail starts with (`Главная`, or the feed's `Главное`), then up to six crumbs, none holding a separator;
// each crumb starts and ends with a letter or digit, so that the spaces around a separator have one reading.
const BREADCRUMBS = /^(?:главная(?:\s+страница)?|главное|басты\s+бет|басты\s+бетке|негізгі\s+бет|bas(?:ty)?\s+bet|negizgi\s+bet|باستى\s+بەت|home)(?:\s*[/›»>|→]\s*[^/›»>|→\s](?:[^/›»>|→]{0,200}[^/›»>|→\s])?){1,6}$/iu;
// Tested first: most lines open with no home link.
const BREADCRUMB_HOME = /^(?:главн|басты|негізгі|bas|negizgi|باستى|home)/iu;
// The home link of a trail copied from a numbered list, and the trail: each crumb after its number and period.
const HOME_LINK = String.raw`(?:главная(?:\s+страница)?|басты\s+бет|негізгі\s+бет|bas(?:ty)?\s+bet|negizgi\s+bet|باستى\s+بەت|home)`;
const NUMBERED_HOME = /^1\.\s*(?:главная|басты|негізгі|bas|negizgi|باستى|home)/iu;
const NUMBERED_BREADCRUMBS = new RegExp(String.raw`^1\.\s*${HOME_LINK}(?:\s+[2-9]\.\s*[^\d\s.!?][^\d.!?]{0,60}?)*$`, 'iu');
// A site's menu: its home link, then its sections' names.
const MENU_HOME = new RegExp(String.raw`^${HOME_LINK}\s+(?=\p{Lu})`, 'iu');
const MENU_SECTIONS = 4;
// Each section's name opens with a capital or a figure.
const SECTION_START = /^[\p{Lu}\p{N}]/u;
// The roles a byline names, in Russian and Kazakh (Cyrillic, Latin and Arabic script): `Автор`, `Тілші`, `Мақаланың авторы`, `Әзірлеген`, `Tilshi`.
const BYLINE_ROLES = words('автор', 'авторы', 'автор\\s+фото', 'автор\\s+текста', 'автор\\s+материала', 'шеф-редактор', 'фотограф', 'текст', 'редактор', 'корреспондент', 'беседовал(?:а)?', 'подготовил(?:а)?', 'тілші', 'тілшіміз', 'меншікті\\s+тілші', 'фототілші', 'дайындаған', 'әзірлеген', 'жазып\\s+алған', 'сұхбаттасқан', 'мақала\\s+авторы', 'мақаланың\\s+авторы', 'оператор', 'операторы', 'бейнеоператор', 'видеооператор', 'бейне', 'мәтін', 'авторлар', 'avtor', 'avtory', 'avtorlar', 'mátin', 'اۆتور', 'اۆتورلار', 'دايىنداعان', 'redaktor', 'tilshi', 'daıyndaǵan', 'ázirlegen', 'suhbattasqan', 'maqala\\s+avtory', 'maqalanyń\\s+avtory', 'жауапты\\s+редактор', 'jaýapty\\s+redaktor', 'ответственный\\s+редактор', 'جاۋاپتى\\s+رەداكتور',
  // In Arabic script, a front word's hamza before it or not: interviewer, correspondent, prepared by, editor, text.
  'سۇحباتتاسقان', '[ءٴ]?تىلشى', '[ءٴ]?تىلشىمىز', '[ءٴ]?ازىرلەگەن', 'جازىپ\\s+العان', 'رەداكتور', '[ءٴ]?ماتىن');
const DASHED_ROLE = new RegExp(String.raw`^(?:${BYLINE_ROLES})\s[-–—]\s`, 'iu');
// Case-sensitive: with `i`, \p{Lu} is any letter.
const FULL_NAME_AFTER_DASH = /\s[-–—]\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u;
// A cookie notice names its cookies.
const COOKIE = /cookie|куки/iu;
// The site's own use of cookies or the reader's consent to it, as a cookie notice says it.
const SITE_OWN_USE = /(?:^|[\s(])(?:этот|данный|наш)\s+сайт|продолжая\s+(?:пользоваться|использовать|работу)|вы\s+(?:даете|даёте|соглашаетесь)|мы\s+используем|бұл\s+сайт|сайтты\s+пайдалан|келісім\s+бер|this\s+(?:site|website)\s+uses|we\s+use\s+cookies|by\s+(?:continuing|using)/iu;
// A banner's consent opening on the reader's use of the site and naming its privacy policy or personal data.
const SITE_CONSENT = /^продолжая\s+(?:пользоваться|использовать)\s+(?:сайтом|ресурсом|порталом|сайт|ресурс|портал)[^.!?]{0,40},\s*вы\s+(?:соглашаетесь|даете\s+согласие|даёте\s+согласие)[^!?]{0,160}(?:персональных\s+данных|конфиденциальност)/iu;
const BYLINE_DATED = new RegExp(String.raw`^(?:${BYLINE_ROLES})\s*:\s*\p{Lu}[\p{L}\p{M}.\- ]{1,60},\s*(\d[^!?]{4,30})$`, 'iu');
// A masthead's name: in quotes, a site's domain, or a word or two (a city's name) before what the outlet is.
// A town's name before the site's domain counts as one name: `Қазалы Qazaly.kz ақпараттық агенттігі`,
// `Өскен өңір Osken-onir.kz ақпараттық агенттігі`.
const MASTHEAD_NAME = String.raw`(?:(?<named>[«"“][^«»"“”]{2,40}[»"”]|(?:\p{L}[\p{L}-]*\s){0,2}[\p{L}\d-]+\.(?:kz|ru|com|net|org|info|media))|\p{L}[\p{L}\d-]*(?:\s\p{L}[\p{L}\d-]*)?)`;
// What kind of outlet, in Kazakh (three scripts) and Russian, and the words that qualify it.
const MASTHEAD_KINDS = String.raw`(?:республикалық|облыстық|аудандық|қалалық|халықаралық|қоғамдық-саяси|қоғамдықсаяси|ақпараттық|жаңалықтар|желілік|апталық|ұлттық|respýblıkalyq|oblystyq|aýdandyq|halyqaralyq|[uū]ltt[yı]q|qoǵamdyq-saıası|aqparattyq|республиканская|областная|городская|общественно-политическая|информационное|информационный|новостной|международное|сетевое)`;
const MASTHEAD_KIND_LAST = new RegExp(String.raw`^${MASTHEAD_NAME}\s+(?:[-–—]\s+(?=${MASTHEAD_KINDS}))?(?<kinds>(?:${MASTHEAD_KINDS}\s+){0,3})(?:газеті|газет|апталығы|журналы|порталы|сайты|агенттігі|басылымы|телеарнасы|желілік\s+басылымы|gazeti|gazetı|apta[lı][yı]ǵy|portaly|saıty|agenttigi|jýrnaly|گازەتى|پورتالى)$`, 'iu');
// What kind of outlet before the name in quotes and its kind after it, as Kazakh mastheads print it:
// `Аудандық «Жаңа өмір» газеті`, `Облыстық қоғамдық-саяси «Ертіс» газеті`.
const MASTHEAD_KINDS_AROUND = new RegExp(String.raw`^(?<kinds>(?:${MASTHEAD_KINDS}\s+){1,3})(?<named>[«"“][^«»"“”]{2,40}[»"”])\s+(?:газеті|апталығы|журналы|порталы|басылымы|gazeti|gazetı|portaly|گازەتى|پورتالى)$`, 'iu');
// A newspaper's or site's name with its tagline after a dash saying what it is, no sentence: `Голос степи — газета
// для всех, кто любит свой край`, `«Ертіс» – ауданның ақпараттық порталы`: the kind of outlet opens the Russian
// tagline, whom or what it is for after it (`Жаңа оқулық – газет бетінде` is a headline); it closes the Kazakh one.
const MASTHEAD_TAGLINE = new RegExp(String.raw`^${MASTHEAD_NAME}\s+[-–—]\s+(?:(?:${MASTHEAD_KINDS}|\p{L}+(?:ның|нің|дың|дің|тың|тің))\s+){0,3}(?:(?:газета|издание|портал|журнал|сайт)(?:\s+(?:для|о|об|обо|про)\s[^.!?]{1,60})?|газет|газеті|порталы|сайты|басылым|басылымы)$`, 'iu');
// What kind of outlet alone, in two words or three, with no name: `Қалалық қоғамдық-саяси газет` (the name is
// on the next line); `Облыстық газет` alone may be a heading of the text.
const MASTHEAD_KINDS_ONLY = new RegExp(String.raw`^(?:${MASTHEAD_KINDS}\s+){2,3}(?:газеті|газет|апталығы|gazeti)$`, 'iu');
const MASTHEAD_KIND_FIRST = new RegExp(String.raw`^(?<kinds>(?:${MASTHEAD_KINDS}\s+){0,3})(?:газета|журнал|портал|(?:медиа|интернет)-?портал|интернет-(?:издание|газета)|агентство|издание|телеканал)\s+${MASTHEAD_NAME}$`, 'iu');
// Tested first, on the line's last and first words: what kind of outlet it is, or a domain first.
const MASTHEAD_LAST_WORD = /^(?:газеті|газет|апталығы|журналы|порталы|сайты|агенттігі|басылымы|телеарнасы|gazeti|gazetı|apta[lı][yı]ǵy|portaly|saıty|agenttigi|jýrnaly|گازەتى|پورتالى)$/iu;
const MASTHEAD_FIRST_WORD = /^(?:\S+\.[a-z]{2,5}|[\p{L}-]+(?:ая|ое|ый|ий|ой)|газета|журнал|портал|(?:медиа|интернет)-?портал|интернет-(?:издание|газета)|агентство|издание|телеканал)\s$/iu;
// A site's domain, a dash and its motto of a few words, no sentence: `Tengrinews.kz – Новости Казахстана и мира`.
const SITE_MOTTO = /^[\p{L}\d][\p{L}\d-]*\.(?:kz|ru|com|net|org|info|media)\s+[-–—|]\s+[^.!?|]{3,60}$/iu;
// The reader's imperative of a follow prompt, in Kazakh (Cyrillic and Latin) and Russian, and the channel it names.
const FOLLOW_IMPERATIVE = /^(?:тіркеліңіз|жазылыңыз|жазылыңдар|қосылыңыз|оқыңыз|қараңыз|бақылаңыз|tirkelińiz|jazylyńyz|qosylyńyz|подпишитесь|подписывайтесь|присоединяйтесь)[!.]?$/iu;
// A follow prompt may end on the link it leads to, lost in the copy: `…, мына сілтеме -`, `… по ссылке:`.
const FOLLOW_LINK_TAIL = /,?\s+(?:мына\s+сілтеме(?:\s+арқылы)?|сілтеме\s+арқылы|по\s+ссылке)\s*[-–—:]?$/iu;
// Or on a second imperative after the first: `… арнамызға жазылыңыз және … хабардар болыңыз`.
const FOLLOW_THEN = /\s(?:тіркеліңіз|жазылыңыз|қосылыңыз|tirkelińiz|jazylyńyz|qosylyńyz)\s+(?:және|jáne)\s[^.!?]{0,80}\s(?:болыңыз|bolyńyz)[!.]?$/iu;
const FOLLOW_CHANNEL = /telegram|телеграм|instagram|инстаграм|whatsapp|youtube|tiktok|facebook|парақшамыз|арнамыз|каналымыз|нашу\s+страницу|наш\s+канал/iu;
const QUOTED_SPEECH = /^[«"“–—-]|\s(?:деді|деп|dedi|dep|сказал|сказала|говорит)[\s.,]/iu;
// A role ending an author's line, tested on the last word first: `… меншікті тілші`, `… газетінің тілшісі`.
const ROLE_LAST = /^(?:тілші|тілшісі|корреспонденті|шолушысы|фототілшісі|tilshi|tilshisi|редакторы|ءتىلشى|ءتىلشىسى|تىلشى|تىلشىسى|ءتىلشىسى)$/u;
// A section's editor is named by the section: `General News бөлімінің редакторы`.
const ROLE_LINE = /^[\p{L}«»"“”\s-]{3,60}\s(?:(?:меншікті\s+|menshikti\s+|مەنشىكتى\s+)?(?:тілші|тілшісі|корреспонденті|шолушысы|фототілшісі|tilshi|tilshisi|ءتىلشى|ءتىلشىسى|تىلشى|تىلشىسى)|бөлімінің\s+(?:аға\s+)?редакторы)$/u;
// Words glued without a space, a capital after a small letter: `БілімҚоғам`.
const GLUED_WORDS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,3}$/u;
const GLUED_AT = /(?<=\p{Ll})(?=\p{Lu})/u;
// A word glued to a capital that opens the next link: `ХроникаВоенная …`.
const RUBRIC_GLUED = /^(\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/u;
// Three to ten words of letters alone, each opening with a capital (Arabic script has none).
const MENU_WORDS = /^(?:\p{Lu}\p{Ll}+|\p{Script=Arabic}+)(?: (?:\p{Lu}\p{Ll}+|\p{Script=Arabic}+)){2,9}$/u;
// A correspondent's name before the newspaper's, with a comma: two words, in three scripts.
// A surname in capitals, as Kazakh outlets sign reports: `ЖАҚСЫЛЫҚОВА`; in Latin script the digraphs of `ш` and
// `ч` keep their `h` small, `ShOŃǴALOVA`, `IShANOV`.
const CAPITALS_SURNAME = String.raw`\p{Lu}(?:\p{Lu}|(?<=[SC])h)(?:[\p{Lu}\p{M}-]|(?<=[SC])h)+`;
const SIGNATURE_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}[\p{L}\p{M}-]+|\p{Script=Arabic}+\s+\p{Script=Arabic}+)[,،]$/u;
/**
 * A signature with the newspaper or site on its line: `Имя ФАМИЛИЯ, “Газета”`, `Имя Фамилия, Vласть`
 * (a byline, no photo's caption; an unquoted outlet is one word).
 */
export const SIGNATURE_WITH_PAPER = /^\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}[\p{L}\p{M}-]+,\s+(?:[«“"][^«»“”".!?]{2,40}[»”"]|\p{Lu}[\p{L}.]{1,24})\.?$/u;
/** The line's last word, which some rows test before their whole pattern. */
const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);
// A print issue's stamp with the publication's name in quotes (a row 'print issue').
const PRINT_ISSUE_NAMED = /^([«"“][^«»"“”]{2,40}[»"”])\s*,?\s*(№\s*\d{1,4}\s*(?:\(\d{1,6}\))?(?:\s*(?:от|[-–—:,])?\s*\d{1,2}\.\d{2}\.\d{4}(?:\s*г\.)?)?)$/u;
// A press-reading service's line: publication, date or an empty slot, section, author (the row 'byline').
const PRESS_READER_HEAD = /^((?=\p{Lu})\p{Script=Latin}[\p{Script=Latin}'’.]*(?:\s+[\p{Script=Latin}'’.]+){0,3})\s+-\s+((?:\d{4}-\d{2}-\d{2}\s+)?-\s+\S(?:[^–—]{0,40}?\S)?(?:\s+-\s+\p{Lu}[^-–—]{1,60})?)$/u;
/** A row's pieces when the pattern's first group names the source: that name, recorded as the source line. */
const sourceNamedBy = (pattern: RegExp) => (text: string) => [{ text: pattern.exec(text)![1]!, rule: 'source line' }];
// A trending bar's label, its topics after it on the line (the rule 'trending').
const TRENDING_LABEL = /^(?:(?:сегодня\s+)?в\s+тренде|тренды|тренд|трендтер|trendter|актуально|өзекті|популярное|популярные\s+темы|горячие\s+темы|темы\s+дня|главные\s+темы|күн\s+тақырыбы|өзекті\s+тақырыптар)\s*:\s*/iu;
// Each topic after it opens with a capital, a figure or a `#`.
const TOPIC_START = /^[#\p{Lu}\p{N}]/u;

// A site's offer of its services, the contact address closing it (the row 'advertising label').
const SERVICE_OFFER = /^(?=[^]{0,200}?(?:қабылдаймыз|ұсынамыз|жасаймыз|принимаем|предлагаем|изготовим|qabyldaımyz))[^]{0,220}?(?:хабарласу\s+үшін|байланыс|обращаться|контакты|пишите|habarlasý\s+úshin)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;
// A news feed's label: `Жаңалықтар тізбегі`, `Жаңалықтар легі`, `Лента новостей`; with a rubric after it.
const FEED_LABEL = /^(?:жаңалықтар\s+(?:тізбегі|легі|таспасы)|jańalyqtar\s+tizbegi)$/iu;
const FEED_RUBRIC = /^(?:соңғы\s+жаңалықтар|sońǵy\s+jańalyqtar|последние\s+новости|лента\s+новостей)\s+(\p{L}[\p{L}\s-]{1,30})$/iu;
// A print version's links: back, print, the print version, a letter to the office (`Хат жолдау`).
const PRINT_LINKS = words('вернуться\\s+назад', 'назад', 'распечатать', 'печать', 'версия\\s+для\\s+печати', 'написать\\s+письмо', 'басып\\s+шығару', 'артқа\\s+қайту', 'баспаға\\s+арналған\\s+нұсқасы', 'хат\\s+жолдау');
// The last letters of the words some rows end on, tested before anything else: most lines end otherwise.
// `ı`: the Latin alphabet of 2021 spells `gazetı`.
const MASTHEAD_LAST_LETTERS = new Set(['і', 'т', 'ы', 'i', 'ı', 'y', 'І', 'Т', 'Ы', 'I', 'Y', 'ى']);
const ROLE_LAST_LETTERS = new Set(['і', 'ы', 'i', 'ى']);
const FOLLOW_LAST_LETTERS = new Set(['з', 'З', 'р', 'ь', 'z', '!', '.']);
// A header's street address with the e-mail or the phone after it, or both (`Ул. Абая, 20/1 gazeta@mail.ru`, the street's
// old name in brackets, `Имя (Фрунзе) көшесі, 20/1 gazeta@mail.ru`, `… көшесі, 5
// тел: 8 (71238) 2-11-11`, `…, 5, gazeta@mail.ru, +7 701 000 00 00`, `… көшесі, №17 үй. 8 (7122) 000000 paper@mail.ru`), and the street's word it holds.
const ADDRESS_CONTACT = String.raw`(?:(?:e-?mail|тел\.?|телефон)\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s()-]{5,18}\d)`;
// The house's number may carry its sign and word after it: `№17 үй.`, `д. 5`.
const STREET_ADDRESS_MAIL = new RegExp(String.raw`^[\p{L}\d\s.,/«»"№()-]{3,80}\s№?\d{1,4}(?:\/\d{1,4})?\p{L}?(?:\s(?:үй|дом|д)\.?)?,?\s+${ADDRESS_CONTACT}(?:[,;]?\s+${ADDRESS_CONTACT}){0,2}$`, 'iu');
const STREET_WORD = /(?:^|[\s,])(?:ул\.|улица|пр\.|пр-т|проспект|мкр\.?|микрорайон|көшесі|көш\.|даңғылы|шағын\s+ауданы|ko[sş]esi|kóshesi|dańǵyly)(?=$|[\s,])/iu;
// An audio version's button over the text: `Слушать новость`, `Прослушать статью`, `Мақаланы тыңдау`.
const PLAYER_LABEL = line(words('please\\s+wait', 'no\\s+media\\s+source\\s+currently\\s+available', 'xs', 'sm', 'md', 'lg',
  '(?:про)?слушать\\s+(?:новость|статью|материал|текст)', '(?:мақаланы|жаңалықты|материалды)\\s+тыңдау', '(?:maqalany|jańalyqty)\\s+tyńdaý'));
// Degrees and titles in Kazakh (three scripts) and Russian: `ф.ғ.д.`, `т.ғ.к.`, `PhD`, `профессор`, `доцент`.
const DEGREE = String.raw`(?:\p{L}{1,2}\.\s?\p{L}{1,2}\.\s?\p{L}{1,2}\.|phd|профессор|professor|پروفەسسور|доцент|docent|dosent|доктор|doktor|академик|akademık|akademik|академигі|akademıgi)`;
// Tested first: most lines open with no degree.
const DEGREE_FIRST = new RegExp(String.raw`^${DEGREE}`, 'iu');
const DEGREES = new RegExp(String.raw`^${DEGREE}(?:,?\s+(?:${DEGREE}|[\p{L}.-]+)){0,4}$`, 'iu');
// Case-sensitive: a first name and a surname, each with a capital (with `i`, \p{Lu} is any letter).
const SIGNED_NAME = /^(.+?),?\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]+$/u;
// Case-sensitive: an author's first name and surname before the report's stamp (`Saǵynysh Sardarova 19 qar. 2024 17:45 202`).
// In Arabic script, which has no capitals, two or three words: `جاربول كەنت ۇلى 20 جەل. 2024 16:35 813`.
// A period or comma may part the name from the stamp: `Имя Фамилия. 28 Июля 2023, 16:00`.
const NAME_BEFORE_STAMP = /^(?:\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+[.,]?|\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){1,2})\s(?=\d)/u;
// An unnamed source credited as the photos' author before the stamp: `Из открытого источника 6 Февраля 2018, 20:58`.
const OPEN_SOURCE_BEFORE_STAMP = /^(?:из\s+открыт(?:ого|ых)\s+источник(?:а|ов)|открытые\s+источники|из\s+(?:интернета|соцсетей)|ашық\s+дерек(?:көз|көздер)ден|ашық\s+дереккөз)\s(?=\d)/iu;
// A press service credited as the author before the stamp: `пресс-служба Минздрава РК 31 Августа 2023, 19:54`,
// `ДСМ баспасөз қызметі 31 тамыз 2023, 19:54`. A few words, no figure or mark of a sentence among them.
const PRESS_SERVICE_BEFORE_STAMP = /^(?:[^\d.!?:;«»"]{1,40}\s)?(?:пресс-служб[аы]|баспасөз\s+қызметі|baspasóz\s+qyzmeti|baspasöz\s+qyzmetı)(?:\s[^\d.!?:;«»"]{1,40})?\s(?=\d)/iu;
// Case-sensitive: the author's first name and surname after the stamp (`23-10-2023, 12:11 Думан Кенжеғазыұлы`).
const NAME_AFTER_STAMP = /\s\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+$/u;
// An office credited as the author after the stamp, as a reprint names its source: `20 Октября, 2025 Акимат
// Карагандинской области`; the office's word, then up to four words of its name, no figure or mark among them.
const OFFICE_AFTER_STAMP = /\s(?:[Аа]кимат|[Пп]ресс-служба|[Уу]правление|[Дд]епартамент|[Мм]инистерство|[Әә]кімдігі|[Әә]кімдік)(?:\s[\p{L}-]+){0,4}$/u;
// That stamp gives the year: a date in full, not a day's hour alone.
const STAMP_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/u;
// Links each printed twice, one after the other (see `page navigation`).
const DOUBLED_LINKS = /^(?:(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}) \1(?: |$)){2,}$/u;
const DOUBLED_SITE_PAGE = /(?:^| )(О редакции|О нас|Редакция|Контакты|Реклама|Рекламодателям|Вакансии|Подписка|Байланыс|Жарнама|Редакция туралы)(?: \1)(?: |$)/u;
// A stamp opens with a figure, or with the day named relative to the copy's (`Кеше, 09:45 Имя Фамилия`).
const STAMP_FIRST = /^(?:\d|(?:[Сс]егодня|[Вв]чера|[Бб]үгін|[Кк]еше),?\s\d)/u;
const CLOCK = /(?:^|\s)\d{1,2}:\d{2}(?:\s|$)/u;
// A column's name before the day's date, the year glued to its `г.`: `Сетевой Казахстан 19 сентября 2024г.`
// A site's banner for a day of mourning or a holiday, its date first: `29 октября 2023 года - День
// общенационального траура в Республике Казахстан`. Tested only on lines opening with a digit.
const DATED_BANNER = /^\d{1,2}\s+(\p{L}+)\s+\d{4}(?:\s+(?:года|г\.|жыл|жылы|ж\.))?\s+[-–—]\s+(?:[^.!?]{0,60}\s)?(?:день|күні)(?:\s[^.!?]{0,80})?$/iu;
const DIGIT_FIRST = /^\d/u;
const COLUMN_DATE = /^\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,2}\s+\d{1,2}\s+(\p{L}+)\s+\d{4}\s?г\.?$/u;
// Case-sensitive: an author's first name and surname between a stamp and a rubric.
const AUTHOR_NAME = /^\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+$/u;

// The error-report prompt's wordings in lower case, as pages print them in full.
const ERROR_PROMPTS = [
  'если вы заметили ошибку, выделите необходимый текст и нажмите ctrl+enter, чтобы сообщить об этом редакции',
  'если вы заметили ошибку в тексте, выделите её и нажмите ctrl+enter',
  'если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите ctrl+enter',
  'қате тапсаңыз, оны белгілеп, ctrl+enter пернелерін басыңыз',
  'қате тапсаңыз, мәтінді белгілеп, ctrl+enter басыңыз',
];
const ERROR_PROMPT_FIRST = new Set(ERROR_PROMPTS.map((prompt) => prompt[0]));

// A comment form's prompts to sign in, in lower case as pages print them in full; the copy may cut one off
// mid-word where it ends (`Авторизуйтесь, чтобы`, `для добавления комментар`, `Чтобы оставить комментарий`).
const COMMENT_LOGIN_PROMPTS = [
  'для добавления комментария необходимо авторизоваться или зарегистрироваться',
  'для добавления комментариев необходимо авторизоваться или зарегистрироваться',
  'для отправки комментария вам необходимо авторизоваться',
  'для того чтобы оставить комментарий, необходимо авторизоваться',
  'для того чтобы оставить комментарий, зарегистрируйтесь и войдите на сайт под своим именем',
  'для того чтобы оставить комментарий зарегистрируйтесь и войдите на сайт под своим именем',
  'чтобы оставить комментарий, необходимо авторизоваться',
  'чтобы оставить комментарий, войдите или зарегистрируйтесь',
  'чтобы оставить комментарий, войдите на сайт',
  'чтобы оставить комментарий, зарегистрируйтесь или войдите',
  'чтобы оставить комментарий, авторизуйтесь',
  'чтобы комментировать, войдите или зарегистрируйтесь',
  'авторизуйтесь, чтобы оставить комментарий',
  'авторизуйтесь, чтобы комментировать',
  'войдите, чтобы оставить комментарий',
  'войдите, чтобы комментировать',
  'войдите или зарегистрируйтесь, чтобы оставить комментарий',
  'зарегистрируйтесь или войдите, чтобы оставить комментарий',
  'оставлять комментарии могут только зарегистрированные пользователи',
  'комментировать могут только зарегистрированные пользователи',
  'войти через социальные сети',
  'войти с помощью социальных сетей',
  'пікір қалдыру үшін тіркеліңіз',
  'пікір қалдыру үшін сайтқа кіріңіз',
  'пікір қалдыру үшін жүйеге кіріңіз',
  'пікір қалдыру үшін авторизациядан өтіңіз',
  'пікір жазу үшін тіркеліңіз',
  'пікір жазу үшін сайтқа кіріңіз',
  'пікір жазу үшін жүйеге кіріңіз',
  'pikir qaldyrý úshin tirkelińiz',
  'pikir qaldyrý úshin júıege kirińiz',
  'pikir jazý úshin tirkelińiz',
];
// Their first two letters: a line that is one of them, whole or cut, opens with them (a prompt of two words or more,
// its first letters in small letters; spaces folded or not, the first two characters are letters).
const COMMENT_LOGIN_OPENINGS = new Set(COMMENT_LOGIN_PROMPTS.map((prompt) => prompt.slice(0, 2)));
// A cut copy holds two words of the prompt at least (`Войти через`): one (`Войти`) is a menu's link.
const COMMENT_LOGIN_WORDS = 2;

// The sign-in's verbs a comment form's prompt names, one or several joined by `или`, `и` or a comma.
const SIGN_IN = String.raw`(?:авторизоваться|зарегистрироваться|войти(?:\s+на\s+сайт|\s+в\s+(?:свой\s+)?(?:аккаунт|профиль|систему))?|пройти\s+(?:авторизацию|регистрацию))`;
const COMMENT_LOGIN_CLAUSE = new RegExp(
  String.raw`^(?:(?:для\s+того,?\s+)?чтобы\s+(?:(?:оставить|оставлять|добавить|добавлять|написать|писать|отправить|опубликовать)\s+(?:свой\s+|ваш\s+)?(?:комментари[йи]|отзыв)|комментировать),?\s+(?:вам\s+)?(?:необходимо|нужно|надо|следует|требуется)\s+${SIGN_IN}(?:\s*(?:,|или|и)\s*${SIGN_IN})*` +
    String.raw`|если\s+вы\s+уже\s+(?:регистрировались|зарегистрировались|зарегистрированы)(?:\s+на\s+сайте)?(?:,?\s*(?:то\s+)?(?:войдите|авторизуйтесь)(?:\s+на\s+сайт)?)?)\s*[.!:]?$`,
  'iu',
);

// A comment section's own lines are made of its words only: the comment's name and the interface's words around it
// (`Оставьте комментарий`, `Показать все комментарии`, `Комментарии для сайта Cackle`, `Пікірлер жоқ`), a few of them.
const COMMENT_WORD = /^(?:комментари\p{L}*|комментировать|пікір\p{L}*|pikir\p{L}*)$/u;
const COMMENT_UI_WORDS = new Set([
  'оставьте', 'оставить', 'оставлять', 'напишите', 'написать', 'добавьте', 'добавить', 'показать', 'скрыть', 'загрузить', 'отменить', 'ответ',
  'ответить', 'ваш', 'ваше', 'ваши', 'свой', 'все', 'всё', 'новые', 'последние', 'нет', 'пока', 'для', 'сайта', 'к', 'статье', 'новости',
  'материалу', 'записи', 'facebook', 'vk', 'вконтакте', 'cackle', 'disqus', 'hypercomments', 'жоқ', 'барлық', 'көрсету', 'сіздің', 'қалдырыңыз',
  'жазыңыз', 'joq', 'barlyq',
]);
const COMMENT_UI_MAX_WORDS = 5;
// The quick test: the comment's word, in any case.
const COMMENT_HINT = /коммент|пікір|pikir/iu;

/** A line of a comment section's interface: a comment's word and the interface's words only, five at most, no sentence. */
function isCommentInterface(text: string): boolean {
  if (!COMMENT_HINT.test(text)) return false;
  const words = text.toLowerCase().replace(/[!?:.…]+$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > COMMENT_UI_MAX_WORDS || !words.some((word) => COMMENT_WORD.test(word))) return false;
  return words.every((word) => COMMENT_WORD.test(word) || COMMENT_UI_WORDS.has(word));
}

/** A comment form's prompt to sign in, whole or cut off mid-word: `Авторизуйтесь, чтобы`. */
function isCommentLoginPrompt(text: string): boolean {
  if (!COMMENT_LOGIN_OPENINGS.has(text.slice(0, 2).toLowerCase())) return false;
  const lower = text.toLowerCase().replace(/\s+/gu, ' ').replace(/\s*[.!:…]+$/u, '');
  return wordCount(lower) >= COMMENT_LOGIN_WORDS && COMMENT_LOGIN_PROMPTS.some((prompt) => prompt.startsWith(lower));
}

// A comment widget's notice that it failed to load (Disqus's, in Russian). Its wording up to `системы комментариев`
// at least, then the rest of it or a cut-off beginning of it: a sentence opening the same way and going on is text.
const COMMENTS_FAILED = 'если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев. возможно у вас отключен javascript';
const COMMENTS_FAILED_CORE = 'если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев';

/** The comment widget's notice that it failed to load, whole or cut off mid-word. */
function isCommentsFailedNotice(text: string): boolean {
  if (text.charAt(0) !== 'Е' && text.charAt(0) !== 'е') return false;
  const lower = text.toLowerCase().replace(/\s+/gu, ' ').replace('возможно,', 'возможно').replace(/[.!]$/u, '');
  return lower.startsWith(COMMENTS_FAILED_CORE) && COMMENTS_FAILED.startsWith(lower);
}

// The fields of a WordPress theme's comment form, each its own line as the copy keeps them, in Kazakh, Russian,
// Latin Kazakh and English (the row 'comments'): the heading (`ЖАУАП ҚАЛДЫРУ`, leave a reply), the prompts for the comment, the name
// and the e-mail (`Пікіріңізді енгізіңіз!`, `мұнда сіздің атыңызды енгізіңіз`), the checkbox to remember them.
const WP_COMMENT_FIELDS = new Set([
  'жауап қалдыру', 'жауап беру', 'пікір қалдыру', 'пікір қалдырыңыз', 'пікіріңізді енгізіңіз',
  'мұнда сіздің атыңызды енгізіңіз', 'атыңызды енгізіңіз', 'сіз қате электрондық пошта мекенжайын енгіздіңіз',
  'мұнда электрондық пошта мекенжайыңызды енгізіңіз', 'мұнда электрондық поштаңызды енгізіңіз',
  'jaýap qaldyrý', 'pikirińizdi engizińiz', 'munda sizdiń atyńyzdy engizińiz',
  'оставить ответ', 'оставьте ответ', 'введите ваше имя здесь', 'вы ввели неверный адрес электронной почты',
  'сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев',
  'сохранить мое имя, email и адрес сайта в этом браузере для последующих моих комментариев',
  'ваш адрес email не будет опубликован', 'обязательные поля помечены',
  'leave a reply', 'leave a comment', 'please enter your comment', 'please enter your name here',
  'you have entered an incorrect email address', 'please enter your email address here',
  'save my name, email, and website in this browser for the next time i comment',
]);
const FIELD_PROMPT = line(String.raw`пожалуйста,\s+введите\s+(?:ваш\s+комментарий|ваше\s+имя|ваш\s+адрес\s+электронной\s+почты|ваш\s+e-?mail)(?:\s+здесь)?\s*[!.]?|вы\s+ввели\s+неправильный\s+адрес\s+электронной\s+почты!?`);
// Their first two letters: a line that is one of them opens with them, or with the required mark (`* Имя`).
const COMMENT_FIELD_OPENINGS = new Set([...WP_COMMENT_FIELDS].map((field) => field.slice(0, 2)));
// What a form's line may close on after its words: the required mark, a colon, the exclamation.
const WP_COMMENT_FIELD_END = /[\s*:!.]+$/u;

/** A comment form's field label or heading, alone on its line (`Пікіріңізді енгізіңіз!`, `Leave a Reply`). */
function isCommentFormField(text: string): boolean {
  // The line's first two letters in small letters open one of the labels, or the required mark does (`* Имя`).
  if (!text.startsWith('*') && !COMMENT_FIELD_OPENINGS.has(text.slice(0, 2).toLowerCase())) return false;
  const lower = text.toLowerCase().replace(/\s+/gu, ' ').replace(WP_COMMENT_FIELD_END, '');
  return WP_COMMENT_FIELDS.has(lower) || WP_COMMENT_FIELDS.has(lower.replace(/^\*\s*/u, ''));
}

// The label a page puts before the report's source, in each language and script: `Источник`, `Дереккөзі`, `Derekkózi`,
// `Ақпарат көзі` (source of information), Arabic `دەرەككوزى`, Xinjiang's `كەلۋ قاينارى` (where it came from, its
// space lost at times).
const SOURCE_LABEL = String.raw`(?:источник|дереккөзі|дереккөз|derekkózi|derekkóz|дерек\s+көзі|ақпарат\s+көзі|aqparat\s+kózi|دەرەككوزى|دەرەككوز|اقپارات\s+كوزى|كەلۋ\s*قاينارى|قاينار\s+كوزى)`;
// A stamp's source label and the outlet's name after it: `Источник: Kazinform`; in the Arabic script of
// China's Kazakh outlets, `كەلۋ قاينارى : حالىق تورابى` («the source it came from»).
const SOURCE_LABELED = new RegExp(String.raw`\s${SOURCE_LABEL}\s*:\s*([^\s:.!?،,][^:.!?،]{0,60})$`, 'iu');

// An agency named after the stamp and a comma, as its site prints the head: `14 марта 2002, 08:22, ИА Амител`.
const STAMP_AGENCY = /,\s+((?:ИА|МИА|ИИА|ИАЦ)\s+[«"]?\p{Lu}[^:.!?،,]{1,40})$/u;

// The same two the other way round, the source labelled first and the stamp after it:
// `كەلۋ قاينارى: شينجياڭ راديوسى    2017-07-20 17:49:48`, `Источник: Kazinform 15.01.2025 16:25`.
const SOURCE_THEN_STAMP = new RegExp(String.raw`^(?:[•·]\s*)?${SOURCE_LABEL}\s*:\s*([^\s\d:.!?،,][^\d:!?،]{0,60}?)\s+(\d[\d\s.:/-]{7,30})$`, 'iu');

// Other fields Xinjiang sites print on that line: the views after the stamp (`كورىلىم:رەت`, their count lost or
// not) and the responsible editor last (`جاۋاپتى رەداكتور:Имя`). Page matter with the rest of the line.
const VIEWS_FIELD = /(?<=\d)\s+(?:كورىلىم|көрілім)\s*:\s*(?:\d[\d\s]*)?(?:رەت|рет)(?=\s)/u;
const EDITOR_FIELD = /\s+(?:جاۋاپتى\s+رەداكتور|жауапты\s+редактор)\s*:\s*[^:]{2,60}$/u;

/** A stamp line with the report's source labelled after it (or before it): the stamp and the outlet's name, or undefined. */
function stampAndSource(line: string): [string, string] | undefined {
  const text = line.includes(':') ? line.replace(EDITOR_FIELD, '').replace(VIEWS_FIELD, '') : line;
  const first = SOURCE_THEN_STAMP.exec(text);
  if (first) return metaLine(first[2]!) === 'stamp' && readStamp(first[2]!).time ? [first[2]!, first[1]!.trim()] : undefined;
  if (!DIGIT_FIRST.test(text) || !text.includes(':')) return undefined;
  const source = SOURCE_LABELED.exec(text) ?? STAMP_AGENCY.exec(text);
  const stamp = source && text.slice(0, source.index);
  return stamp && metaLine(stamp) === 'stamp' && readStamp(stamp).time ? [stamp, source[1]!.trim()] : undefined;
}

/** Page metadata lines, told by meta-line.ts rather than a pattern. */
export const META_RULES = {
  stamp: { name: 'date or time stamp', line: (text: string) => metaLine(text) === 'stamp', maxLength: 200 },
  counter: { name: 'counter', line: (text: string) => metaLine(text) === 'counter', maxLength: 200 },
} satisfies Record<MetaKind, ClutterRule>;

// A city's news section: `Новости Астаны`.
// A «read also» link's label in each language and script: `Читайте также`, `Тағы оқыңыз`, `Sondaı-aq oqyńyz`,
// `Мынаны да қараңыз` (see this too).
const READ_ALSO = ['читайте\\s+также', 'читайте\\s+еще', 'читайте\\s+ещё', 'смотрите\\s+также', 'мынаны\\s+да\\s+(?:қараңыз|оқыңыз)', 'mynany\\s+da\\s+(?:qarańyz|oqyńyz)', 'тағы\\s+(?:да\\s+)?оқыңыз', 'сондай-ақ\\s+оқыңыз', 'taǵy\\s+(?:da\\s+)?oqyńyz', 'sondaı-aq\\s+oqyńyz', 'تاعى\\s+(?:دا\\s+)?وقىڭىز', 'سونداي-اق\\s+وقىڭىز'];

// A related block's label with the outlet's name after it (`Статьи STEPPE`, `Читайте также на Orda`).
const OUTLET_RELATED_LABEL = new RegExp(String.raw`^(?:${words(...READ_ALSO, 'статьи', 'материалы', 'больше\\s+(?:новостей|статей|материалов)', 'ещё\\s+(?:новости|статьи)', 'еще\\s+(?:новости|статьи)', 'мақалалар', 'тағы\\s+да\\s+мақалалар')})(?:\s+(?:на|в|от))?\s+(\S.{0,30})$`, 'iu');
const OUTLET_RELATED_NAME = /^(?:[A-Z][\p{L}\d-]*(?:\.[a-z]{2,4})?|\p{Lu}[\p{Lu}\d-]+(?:\.[A-Za-z]{2,4})?)$/u;

const CITY_NEWS = /^[Нн]овости\s+\p{Lu}[\p{Ll}-]+$/u;
// A rubric's label printed twice opens with a letter and has no `#` (a line of hashtags may repeat its tags).
const LABEL_NO_HASH = /^\p{L}[^#]*$/u;

export const CLUTTER_RULES: readonly ClutterRule[] = [
  {
    name: 'language switcher',
    // One way to read each separator: a mark with spaces around it, or spaces alone. The languages' flags may
    // follow, each a pair of regional indicators (`RU 🇷🇺 🇰🇿 🇬🇧`).
    line: line(String.raw`(?:${LANGUAGES})(?:(?:\s*[|/•·,]\s*|\s+)(?:${LANGUAGES}))*(?:\s+(?:\p{RI}\p{RI})+)*`),
  },
  {
    name: 'share prompt',
    line: line(String.raw`(?:${words('поделиться', 'поделится', 'поделитесь', 'рассказать\\s+друзьям', 'достарға\\s+айту', 'dostarǵa\\s+aıtý', 'отправить', 'поделись', 'поделиться\\s+в\\s+соцсетях', 'поделиться\\s+в\\s+соц\\.\\s*сетях', 'поделиться\\s+новостью', 'бөлісу', 'бөлісіңіз', 'bólisý', 'bolisu', 'bölısu', 'ء?بولىسۋ', 'share', 'копировать\\s+ссылку', 'скопировать\\s+ссылку', 'ссылка\\s+скопирована(?:\\s+в\\s+буфер\\s+обмена)?!?', 'сілтеме\\s+көшірілді!?', 'сілтемені\\s+көшіру', 'печать', 'распечатать', 'версия\\s+для\\s+печати')})\s*:?(?:\s*(?:${SOCIAL})(?:[\s,|•]+(?:${SOCIAL}))*)?|(?:${SOCIAL})(?:[\s,|•]+(?:${SOCIAL}))*`),
  },
  {
    // A share box's title field, the page's headline after it: `Бөлісу тақырыбы: <headline>` (share topic).
    name: 'share prompt',
    maxLength: 300,
    line: /^(?:бөлісу\s+тақырыбы|bólisý\s+taqyryby|ءبولىسۋ\s+تاقىرىبى)\s*:\s*\S.*$/iu,
  },
  {
    // Share buttons labelled in Kazakh, glued together when copied: `Facebook-ке бөлісуWhatsapp-қа бөлісуTelegram-ға бөлісу`.
    name: 'share prompt',
    maxLength: 160,
    line: new RegExp(String.raw`^(?:(?:${SOCIAL})-?(?:ке|ка|қа|ға|га|ге|та|те)\s+бөлісу\s*)+$`, 'iu'),
  },
  {
    // The same prompt the page wrapped, the network named on the next line: `Подписывайтесь на главные
    // новости` / `казахстанского спорта в Telegram`.
    name: 'subscribe prompt',
    line: /^(?:подпишитесь|подписывайтесь|подпишись)\s+на\s+[^.!?]{3,60}$/iu,
    ifNext: new RegExp(String.raw`^\p{Ll}[^.!?]{0,60}(?:${SOCIAL}|телеграм|канал)[.!]?$`, 'iu'),
    follows: { lines: 1, shape: 'quote' },
  },
  {
    // A call to get the news on one's phone, the imperative after the question cut off where the copy ends or
    // not: `Хочешь получать главные новости на свой телефон? Подпиш`, `Хотите быть в курсе событий? Подпишитесь …`.
    name: 'subscribe prompt',
    maxLength: 200,
    line: /^(?:хочешь|хотите)\s+(?:получать|первым\s+узнавать|первыми\s+узнавать|быть\s+в\s+курсе)\s+(?:\p{L}+\s+){0,2}(?:новост|событи)[^.!?]{0,40}\?(?:\s+(?:подпи|присоедин|жми|нажми)[^]{0,120})?$/iu,
  },
  {
    // An aggregator's call to stay on its site under the report: `Оставайтесь с нами на <site>, чтобы
    // не пропустить главные новости`.
    name: 'subscribe prompt',
    maxLength: 200,
    line: /^оставайтесь\s+с\s+нами(?:\s+на\s+\S{2,60})?(?:,\s*чтобы\s+не\s+пропустить[^.!?]{0,120})?[.!]?$/iu,
  },
  {
    // The page's own address under its text: `Постоянный адрес новости: https://…`, or with no scheme;
    // its short link too, `Короткая ссылка на новость: https://colomna.ru/~aUO3Z`; a print version's
    // `Ссылка на текущий документ: http://…` over its `Текущая дата:`.
    name: 'page address',
    maxLength: 300,
    line: /^(?:постоянный\s+адрес\s+(?:новости|материала|статьи|публикации)|короткая\s+ссылка(?:\s+на\s+(?:новость|материал|статью|публикацию))?|ссылка\s+на\s+(?:текущий\s+документ|(?:эту\s+)?страницу|(?:этот\s+)?материал))\s*:\s*(?:https?:\/\/)?[\p{L}\d.-]+\.\p{L}{2,10}(?:\/\S*)?$/iu,
  },
  {
    // A video's link alone, where the page's player was: `https://youtu.be/iY-1Odoiwls`, `youtube.com/watch?v=…`.
    name: 'video link',
    line: /^(?:https?:\/\/)?(?:www\.|m\.)?(?:youtu\.be\/[\w-]{6,20}|youtube\.com\/(?:watch\?v=|shorts\/|embed\/)[\w-]{6,20})(?:[?&][\w=&%-]*)?$/iu,
  },
  {
    // A messenger's or network's link alone, as a subscribe prompt prints it: `t.me/allsportskz`.
    name: 'subscribe prompt',
    line: /^(?:https?:\/\/)?(?:t\.me|wa\.me|vk\.com|(?:www\.)?(?:instagram|youtube|tiktok|facebook)\.com)\/[\w@.\/-]{2,60}$/iu,
  },
  {
    // A site's cookie notice, copied from its banner: it speaks of cookies and of the site's own use of
    // them or the reader's consent (`Этот сайт собирает метаданные пользователя (cookie, …)`, `Продолжая
    // пользоваться сайтом, Вы даете согласие на использование ваших cookie-файлов.`); a report on cookies
    // names neither. The same banner may ask consent to the site's privacy policy instead, opening on the reader's
    // use of the site: `Продолжая пользоваться ресурсом, вы соглашаетесь с условиями Политики обработки персональных
    // данных.` (a sentence on personal data that does not open so is text).
    name: 'cookie notice',
    maxLength: 260,
    line: (text) => (COOKIE.test(text) || SITE_CONSENT.test(text)) && SITE_OWN_USE.test(text),
  },
  {
    name: 'comment form',
    maxLength: 300,
    // The plea the pattern cannot match without.
    holds: /пожалуйста|просим\s+вас|өтінеміз/iu,
    line: COMMENT_RULES,
  },
  {
    // The notice heading a comment thread under the report: `Комментарии модерируются. Будьте вежливы.`, or the
    // empty thread's (`Нет комментариев. Ваш будет первым!`, `Комментариев пока нет`, `Будьте первым, кто оставит
    // комментарий`); the readers' names, comments, votes and the section's rules under it to the page's end are no
    // part of the report. A bare `Нет комментариев.` (someone's answer) is none.
    name: 'comments',
    line: COMMENTS_HEAD,
    follows: { lines: 60, shape: 'quote', afterText: true },
  },
  {
    // A comment section's list of what it forbids, as sites print it above or under the form: `В комментариях
    // запрещены ненормативная лексика и оскорбления, …, реклама …` (cut off by the copy or not): what may not be
    // written in comments and at least one item of such a list; a report's sentence on comments names neither.
    name: 'comment form',
    maxLength: 500,
    line: /^в\s+комментариях\s+(?:запрещен[аоы]?|не\s+допуска(?:ется|ются)|недопустим[аоы]?)\s[^]{0,120}?(?:ненормативн|нецензурн|оскорблени|реклам)/iu,
  },
  {
    // A comment form's notice for readers not signed in, its sign-in link's word lost in the copy or not
    // (`…, или зарегистрируйтесь`).
    name: 'comment form',
    maxLength: 140,
    line: /^комментировать\s+могут\s+только\s+авторизованные\s+пользователи(?:,\s*(?:(?:войдите|авторизуйтесь)\s+)?или\s+зарегистрируйтесь)?\.?$/iu,
  },
  {
    // The channel may be named by its link: `Подпишись на Telegram-канал BES.media>> https://t.me/…`; the site
    // by its domain before it: `Подписывайтесь на Site.net в Telegram, чтобы быть в курсе …`, `… в Дзен`.
    // The networks' links lost in the copy, the prompt closes on its colon: `Следите за новостями zakon.kz в:`.
    name: 'subscribe prompt',
    maxLength: 260,
    line: new RegExp(String.raw`^(?:подпишитесь|подписывайтесь|подпишись|подписаться|присоединяйтесь|читайте\s+нас|следите\s+за\s+(?:нами|новостями)|больше\s+новостей|самые\s+(?:важные|свежие)\s+новости|жазылыңыз|жазылыңдар|бізді\s+оқыңыз|jazylyńyz|jazylyńdar)(?=[\s!,:])(?:(?:[^.!?]|\.(?=\p{L})){0,160}(?:telegram|телеграм|instagram|инстаграм|youtube|ютуб|whatsapp|tiktok|facebook|дзен|канал|каналға|арнаға|соцсет|kanal|arna)(?:[^.]|\.(?=\S)){0,80}[.!]?|(?:[^.!?:]|\.(?=\S)){0,60}:)$`, 'iu'),
  },
  {
    // The channel's button with its promo after it, a slogan of a few words and the imperative to
    // subscribe: `Telegram Қысқа да нұсқа. Жазылыңыз telegram - ға` (short and to the point; subscribe).
    name: 'subscribe prompt',
    maxLength: 160,
    // The imperative the pattern cannot match without.
    holds: /подпи|жазылың|jazylyń/iu,
    // The button's name may be lost in the copy, the slogan first: `Қысқа да нұсқа. Жазылыңыз telegram - ға`.
    line: new RegExp(String.raw`^(?:(?:${SOCIAL})\s+)?[^.!?]{2,40}[.!]\s+(?:подпишитесь|подписывайтесь|подпишись|жазылыңыз|жазылыңдар|jazylyńyz|jazylyńdar)\s[^.!?]{0,60}(?:${SOCIAL}|телеграм|канал|арна)[^.!?]{0,20}[.!]?$`, 'iu'),
  },
  {
    name: 'error report prompt',
    maxLength: 260,
    line: /ctrl\s*\+\s*enter/iu,
  },
  {
    // The same prompt cut mid-word where the page's copy ends: `Если вы заметили ошибку, выделите необход`.
    // Only a beginning of the prompt's own wording, past its first comma, is the prompt.
    name: 'error report prompt',
    maxLength: 140,
    line: (text) => {
      // Tested first: a prompt's first letter (`Если …`, `Қате …`), before the whole line is lowered.
      if (!ERROR_PROMPT_FIRST.has(text.charAt(0).toLowerCase())) return false;
      const lower = text.toLowerCase().replace(/\s+/gu, ' ');
      return ERROR_PROMPTS.some((prompt) => lower.length > prompt.indexOf(',') + 5 && prompt.startsWith(lower));
    },
  },
  {
    // A closing prompt of two sentences, the channel and the messenger named: `Подписывайтесь на наш
    // Telegram, там самая оперативная информация. Если есть, что сообщить, пишите нам в WhatsApp.`
    name: 'subscribe prompt',
    maxLength: 200,
    line: new RegExp(String.raw`^(?:подписывайтесь|подпишитесь)\s+на\s+наш\s+(?:${SOCIAL}|телеграм)(?:-канал)?,\s+там\s+самая\s+оперативная\s+информация\.(?:\s+если\s+есть,?\s+что\s+сообщить,?\s+пишите\s+нам\s+в\s+(?:${SOCIAL})[.!]?)?$`, 'iu'),
  },
  {
    // The label of a page's categories at its foot, alone or with its links: `Категории:`, `Санаттар: Қоғам, Су тасқыны`.
    name: 'rubric',
    maxLength: 120,
    line: /^(?:категории|санаттар)\s*:(?:\s*\p{L}[\p{L}\d-]*(?:\s+\p{L}[\p{L}\d-]*){0,3}(?:\s*[,|•]\s*\p{L}[\p{L}\d-]*(?:\s+\p{L}[\p{L}\d-]*){0,3})*)?$/iu,
  },
  {
    // An aggregator's notice on whose photos it shows, in English: `Copyright information of photo and
    // video materials was taken from the website «…» , more details in our Terms of Service`.
    name: 'copyright notice',
    maxLength: 260,
    line: /^copyright\s+information\s+of\s+photo\s+and\s+video\s+materials\s+was\s+taken\s+from\s+the\s+website\s+«[^«»]{1,100}»\s*,?\s*more\s+details\s+in\s+our\s+terms\s+of\s+service\.?$/iu,
  },
  {
    // A script element that loads an advertiser's code from another site, copied with the page as a
    // line of its own: `<script src="https://jsc.example.com/r/s/site.js" async> </script>`.
    name: 'page script',
    maxLength: 300,
    line: /^<script\s[^<>]*\bsrc=["']?https?:\/\/[^\s"'<>]+["']?[^<>]*>\s*<\/script>$/iu,
  },
  {
    // The comment form's spam notice of WordPress sites: `Этот сайт использует Akismet для борьбы со спамом.
    // Узнайте, как обрабатываются ваши данные комментариев.`, `This site uses Akismet to reduce spam. …`.
    name: 'comment form',
    maxLength: 200,
    line: /^(?:этот\s+сайт|this\s+site|бұл\s+сайт)\s[^.!?]{0,60}\bakismet\b[^.!?]{0,60}[.!]?(?:\s+[^.!?]{3,120}[.!]?)?$/iu,
  },
  {
    // A WordPress page's notice that its comment form is shut, alone on its line: `Comments are closed.`,
    // `Комментарии закрыты.`, `Пікір қалдыру жабық.`.
    name: 'comment form',
    maxLength: 40,
    line: /^(?:comments\s+are\s+closed|комментарии\s+(?:закрыты|отключены)|пікір(?:лер)?\s+(?:қалдыру\s+|жазу\s+)?(?:жабық|жабылған|өшірілген)|pikir(?:ler)?\s+(?:qaldyrý\s+|jazý\s+)?jabyq)\.?$/iu,
  },
  {
    // A screen reader plugin's buttons copied as one line, whole or cut off where the copy ends: `Page Reader
    // Press Enter to Read Page Content Out Loud Press Enter to Pause or Restart …`, `Page Reader Press Enter to Read Page C`.
    name: 'screen reader widget',
    maxLength: 300,
    line: /^page\s+reader\s+press\s+enter\b/iu,
  },
  {
    // A comment form's captcha notice: no code shown, reload the page.
    name: 'comment form',
    line: /^(?:код\s+көрсетілмесе,?\s+бетті\s+қайта\s+жаңартыңыз|если\s+код\s+не\s+виден,?\s+обновите\s+страницу)[.!]?$/iu,
  },
  {
    // A comment form's captcha field, its label asking the reader to confirm she is no robot, with the
    // checkbox and the required mark the copy keeps after it: `Сіз робот еместігіңізді растаңыз - [] *:`,
    // `Подтвердите, что вы не робот`, `Я не робот`. Only marks may follow the label.
    name: 'comment form',
    maxLength: 90,
    line: /^(?:(?:сіз\s+)?робот\s+еместігіңізді\s+растаңыз|(?:siz\s+)?robot\s+emestigińizdi\s+rastańyz|(?:пожалуйста,?\s+)?подтвердите,?\s+что\s+вы\s+(?:не\s+робот|человек)|я\s+не\s+робот)[\s\-–—[\]*:.!?]*$/iu,
  },
  {
    // A TV programme's page pointing to its other episodes under the episode's text: `Другие выпуски
    // программы «Акимы» вы можете увидеть здесь.`, `Смотрите все выпуски проекта здесь`, Kazakh
    // `Бағдарламаның басқа шығарылымдарын мына жерден көре аласыз.` A link, whatever its length.
    name: 'related news',
    maxLength: 140,
    line: new RegExp(String.raw`^(?:(?:все|другие|остальные|предыдущие)\s+выпуски${EPISODES_OF}\s+(?:вы\s+можете\s+)?(?:увидеть|посмотреть|смотрите|найти)\s+${EPISODES_WHERE}|смотрите\s+(?:все\s+|другие\s+)?выпуски${EPISODES_OF}\s+${EPISODES_WHERE}|(?:«[^«»]{1,60}»\s+)?(?:бағдарлама|жоба)(?:ның|сының)\s+(?:басқа|өзге|барлық|алдыңғы)\s+(?:шығарылымдар|эфирлер|бөлімдер)ын\s+(?:мына\s+жерден|осы\s+жерден|мұнда|сілтеме\s+арқылы)\s+(?:көре\s+аласыз|көріңіз|тамашалай\s+аласыз|тамашалаңыз))[.!]?$`, 'iu'),
  },
  {
    // A block of reports on the same topic under the text, its headlines or excerpts under the label
    // (a rubric's name may stand between): `Похожие материалы` / `Статьи` / `Headline`. Named as a link
    // to related reports, not as a widget: with nothing under it, the lines above are the report's own.
    name: 'related news',
    maxLength: 20,
    line: line(words('похожие\\s+материалы')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A link to an earlier report, its headline after `Ранее` with the subject or place after it, no mark closing
    // it, over a line of text: `Ранее Глава государства провел совещание с акимами областей` / `<lead>.` (a
    // paragraph recalling the report closes on its period; `Ранее судимый …` opens a headline).
    name: 'related news',
    maxLength: 200,
    line: /^Ранее,?\s+(?:\p{Lu}|(?:в|во|на|мы|уже|сообщалось|стало|был[аои]?)\s)(?:\S+\s+){4,}[^\s.!?…:;,»"”)]*[\p{L}\d]$/u,
    ifNext: /^\p{Lu}[^]{40,}[.!?»"”]$/u,
  },
  {
    // The same link over a list of other reports' headlines, each after a dash: `Читайте также:` / `- Headline`.
    name: 'related news',
    line: line(String.raw`(?:${words(...READ_ALSO)})\s*:?`),
    ifNext: /^[-–—]\s/u,
    follows: { lines: 12, shape: 'dashed' },
  },
  {
    // The pager's link to the next report alone on its line, under the text: over that report's headline it heads the
    // rest of the copy, the next report printed under this one (`Следующая новость` / `Headline` / `Lead.`).
    name: 'related news',
    maxLength: 30,
    line: line(words('следующая\\s+(?:новость|статья|запись|публикация)', 'следующий\\s+материал', 'келесі\\s+(?:жаңалық|мақала)', 'kelesi\\s+(?:jańalyq|maqala)')),
    follows: { lines: 1, shape: 'headline', feed: true },
  },
  {
    name: 'related news',
    line: line(String.raw`(?:${words(...READ_ALSO, 'по\\s+теме', '(?:свежая|последняя|новая)\\s+(?:публикация|новость|статья)\\s+по\\s+теме', 'оқи\\s+отырыңыз', 'оқыңыз', 'وقي\\s+وتىرىڭىز', 'предыдущая\\s+новость', 'следующая\\s+новость', 'предыдущая\\s+статья', 'следующая\\s+статья', 'алдыңғы\\s+жаңалық', 'келесі\\s+жаңалық', 'aldyńǵy\\s+jańalyq', 'kelesi\\s+jańalyq')})\s*:?`),
    follows: { lines: 1, shape: 'headline', teasersToEnd: true },
  },
  {
    // A pager's links, each label glued to the headline it links, the next report's on the line
    // under it: `Предыдущая <headline>` / `Следующая <headline>`. The pair tells it from a sentence.
    name: 'related news',
    maxLength: 230,
    opens: PAGER_PREVIOUS,
    line: (text) => {
      const label = PAGER_PREVIOUS.exec(text);
      return label !== null && isHeadlineLike(text.slice(label[0].length));
    },
    ifNext: PAGER_NEXT,
    follows: { lines: 1, shape: 'headline' },
  },
  {
    // A site's cloud of tags, each with the count of its reports after it, no mark between them:
    // `горячие новости 384 Барыс 352 Город Астана 219 …`; the site's, not the report's tags.
    name: 'tag cloud',
    maxLength: 600,
    opens: TAG_CLOUD,
    line: (text) => DIGIT_LAST.test(text) && TAG_CLOUD.test(text),
  },
  {
    // The cloud's label, ending in a colon, above it: `Читайте новости по меткам:`.
    name: 'tag cloud',
    // Its colon, last: most lines close otherwise.
    holds: /:$/u,
    line: /^[^.!?:]{3,60}:$/u,
    ifNext: TAG_CLOUD_CUT,
    follows: { lines: 1, shape: 'quote' },
  },
  {
    // Other topical reports' label with a report's headline after it, its period kept or not: `Басқа өзекті тақырыптар:
    // <headline>.`, `Другие актуальные темы: <headline>`. The label names other reports; no sentence opens so.
    name: 'related news',
    maxLength: 260,
    line: /^(?:басқа\s+өзекті\s+тақырыптар|другие\s+актуальные\s+(?:темы|новости))\s*:\s*[^!?]{1,220}[.?!]?$/iu,
  },
  {
    // `Читайте также: Заголовок` on one line, as a link in the text, the headline's period kept or not; `Оқи отырыңыз:
    // Заголовок` (read on, too).
    name: 'related news',
    maxLength: 230,
    line: new RegExp(String.raw`^(?:${words(...READ_ALSO, 'оқи\\s+отырыңыз', 'oqı\\s+otyryńyz', 'وقي\\s+وتىرىڭىز')})\s*[:.—–-]\s*[^.!?]{1,200}[.?!]?$`, 'iu'),
  },
  {
    // A serial's links to its other parts, the label and the part's title: `Басы: Title`, `Жалғасы:
    // Title...`, `Начало: Title`, `Jalghasy: Title`, `جالعاسى: Title`. The title closes no sentence.
    name: 'related news',
    maxLength: 230,
    opens: SERIAL_LABEL,
    line: isSerialPart,
  },
  {
    // A headline closing on its link's mark, wherever it stands: `Назарбаев рассказал, почему …>>`. No
    // sentence of the text ends on the mark; what comes before it must read as a headline.
    name: 'related news',
    maxLength: 230,
    line: (text) => text.endsWith('>>') && isHeadlineLike(text.replace(LINK_MARK_END, '')),
  },
  {
    // A site's feed of other reports, its label in the page's sidebar: each a headline, at times with its excerpt cut
    // off (`… в…`) and its stamp. Under the text, its label over another report's headline (no sentence), the feed
    // runs to the copy's end: its items' excerpts close sentences too (`Лента новостей` / `Headline` / `Excerpt.`).
    name: 'news widget',
    line: line(String.raw`(?:${words('последние\\s+новости', 'сейчас\\s+читают', 'читают\\s+сейчас', 'самое\\s+читаемое', 'самое\\s+популярное', 'популярное', 'популярное\\s+за\\s+(?:день|неделю|месяц)', 'популярные\\s+новости', 'главное', 'главное\\s+на\\s+сегодня', 'главное\\s+за\\s+день', 'главное\\s+за\\s+неделю', 'важное\\s+за\\s+(?:день|неделю|месяц)', 'главные\\s+новости', 'главные\\s+новости\\s+сегодня', 'главное\\s+сегодня', 'лента\\s+новостей', 'соңғы\\s+жаңалықтар', 'танымал\\s+(?:жаңалықтар|мақалалар)', 'tanymal\\s+(?:jańalyqtar|maqalalar)', 'ең\\s+көп\\s+оқылған', 'көп\\s+оқылғандар', 'sońǵy\\s+jańalyqtar', 'eń\\s+kóp\\s+oqylǵan', 'se[ıi]chas\\s+ch[ıi]ta[ıi][ýu]t', 'жедел\\s+жаңалықтар', 'jedel\\s+jańalyqtar', 'свежее\\s+на\\s+сайте', 'новое\\s+на\\s+сайте', 'соңғы\\s+мақалалар', 'sońǵy\\s+maqalalar', 'соңғы\\s+жазбалар', 'последние\\s+статьи', 'свежие\\s+статьи', 'последние\\s+записи', 'latest\\s+articles', 'recent\\s+posts', 'latest\\s+(?:to|on|in)\\s+this\\s+topic')})\s*:?`),
    follows: { lines: 12, shape: 'teaser', feed: true },
  },
  {
    // Links to related reports, which a page may print inside the text too (`Новости по теме:` / `Headline` / the
    // text going on): each a headline, at times with its excerpt cut off and its stamp. WordPress themes label
    // theirs in English on Kazakh and Russian sites too: `Check Also`, `Related Posts`, `You May Also Like`.
    name: 'news widget',
    line: line(String.raw`(?:${words('новости\\s+партнеров', 'новости\\s+партнёров', 'серіктес\\s+жаңалықтары', 'серіктестер\\s+жаңалықтары', 'ūqsas\\s+jaŋalyqtar', 'uqsas\\s+jańalyqtar', 'новости\\s+по\\s+теме', '(?:другие|все)\\s+(?:новости|материалы)\\s+по\\s+теме', 'похожие\\s+новости', 'материалы\\s+по\\s+теме', 'выбор\\s+редакции', 'выбор\\s+читателей', 'рекомендуем', 'ұсынылады', 'ұсынамыз', '(?:вам\\s+)?(?:также\\s+)?может\\s+быть\\s+интересно', 'это\\s+может\\s+быть\\s+интересно', 'сізге\\s+(?:де\\s+)?қызықты\\s+болуы\\s+мүмкін', 'үздік\\s+материалдар', '[ýu]zdik\\s+mater[ıi]aldar', 'тақырыпқа\\s+қатысты', 'taqyrypqa\\s+qatysty', 'тақырыпқа\\s+қатысты\\s+(?:мақалалар|жаңалықтар)', 'қатысты\\s+(?:посттар|мақалалар|жаңалықтар)', 'qatysty\\s+(?:posttar|maqalalar|jańalyqtar)', 'قاتىستى\\s+(?:پوستتار|ماقالالار|جاڭالىقتار)', 'ұқсас\\s+жаңалықтар', 'весь\\s+контент', 'барлық\\s+контент', 'check\\s+also', 'related\\s+posts', 'related\\s+articles', 'related\\s+to\\s+this\\s+topic', 'you\\s+may\\s+also\\s+like')})\s*:?`),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // The same links labelled with the outlet's own name, a magazine's or a site's: `Статьи STEPPE`,
    // `Читайте также на Orda`, `Больше новостей на Tengrinews.kz`. The name is in Latin letters, in
    // capitals or a listed outlet's; `Новости Казахстана` is a rubric.
    name: 'related news',
    maxLength: 60,
    opens: OUTLET_RELATED_LABEL,
    line: (text) => {
      const label = OUTLET_RELATED_LABEL.exec(text);
      return label !== null && (OUTLET_RELATED_NAME.test(label[1]!) || isOutletName(label[1]!));
    },
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A section's name over the report naming whose news it holds: `Қазақстанның соңғы жаңалықтары`
    // (Kazakhstan's latest news). No block under it: the report's headline follows.
    name: 'rubric',
    maxLength: 50,
    line: line(String.raw`(?:(?:қазақстанның|әлемнің|облыстың|қаланың|өңірдің)\s+соңғы\s+жаңалықтары|(?:qazaqstannyń|álemniń)\s+sońǵy\s+jańalyqtary)`),
  },
  {
    // The same section in Russian naming its region: `Новости Ростовской области`, `Новости Алтайского края`.
    // (A city's, `Новости Темиртау`, may be a digest's title, its edition's date after it.)
    name: 'rubric',
    maxLength: 50,
    line: /^[Нн]овости\s+\p{Lu}[\p{Ll}-]+(?:ой|ого|ей|его)\s+(?:области|края|района|республики|округа)$/u,
  },
  {
    // A regional site's section naming its city and region, as its header prints it in both languages:
    // `Новости Актау и Мангыстау`, `Ақтау және Манғыстау жаңалықтары`, or the country's and the world's,
    // `Новости Казахстана и мира`, `Қазақстан және әлем жаңалықтары`. (A city's alone may title a digest.)
    name: 'rubric',
    maxLength: 60,
    line: /^(?:[Нн]овости\s+\p{Lu}[\p{L}-]+\s+и\s+(?:\p{Lu}[\p{L}-]+|мира)|\p{Lu}[\p{L}-]+\s+(?:және|мен|пен|бен)\s+(?:\p{Lu}[\p{L}-]+|әлем)\s+жаңалықтары)$/u,
  },
  {
    // A city's section alone, `Новости Астаны`, over the report's dek or lead (a line of six words or more
    // opening on a capital); a digest titled so has its edition's date under it.
    name: 'rubric',
    maxLength: 40,
    opens: CITY_NEWS,
    // A function: the rules naming a rubric inside a longer line (before a stamp) must not take it.
    line: (text) => CITY_NEWS.test(text),
    ifNext: /^\p{Lu}\S*(?:\s+\S+){5,}/u,
  },
  {
    // A site's feed of events, its headlines a list under it: `Оқиғалар лентасы`, `Лента событий` / `- Headline`. Only
    // such a list: a poll may stand under the label instead (`Сауалнама`), a block of its own.
    name: 'news widget',
    line: line(words('оқиғалар\\s+лентасы', 'oqıǵalar\\s+lentasy', 'лента\\s+событий')),
    follows: { lines: 12, shape: 'dashed' },
  },
  {
    // The same widget naming its region or topic, a colon closing it, its headlines a list under it:
    // `Последние новости Туркестанской области:` / `- Headline`.
    name: 'news widget',
    line: /^последние\s+новости(?:\s+[\p{L}-]+){1,3}\s*:$/iu,
    follows: { lines: 12, shape: 'dashed' },
  },
  {
    name: 'trending',
    line: line(String.raw`(?:тренды|тренд|трендтер|trendter|актуально|өзекті)\s*:?`),
    follows: { lines: 8, shape: 'label' },
  },
  {
    // The same label with its topics on its line: `Тренды: Пенсии Налоги Погода`, `Популярное: Пенсии,
    // Налоги, Курс доллара`: three topics or more, each capitalised (or a `#tag`); comma-separated, each of
    // three words at most, else every word capitalised. A headline after a label (`Актуально: В Алматы …`) has small words.
    name: 'trending',
    maxLength: 160,
    opens: TRENDING_LABEL,
    line: (text) => {
      const label = TRENDING_LABEL.exec(text);
      if (!label || /[.!?]$/u.test(text)) return false;
      const rest = text.slice(label[0].length);
      const items = rest.includes(',') || rest.includes('|') ? rest.split(/\s*[,|]\s*/u) : rest.split(' ');
      return items.length >= 3 && items.every((item) => TOPIC_START.test(item) && wordCount(item) <= 3);
    },
  },
  {
    // A trending link copied as the headline or a line: `#АЭС в Казахстане` (a tag line has `#` on every word).
    name: 'trending',
    line: /^#[\p{L}\p{N}][\p{L}\p{N}«»"'-]*(?: [\p{L}\p{N}«»"'-]+){1,5}$/u,
  },
  {
    name: 'rubric',
    line: line(words(
      'политика', 'общество', 'экономика', 'бизнес', 'финансы', 'рынки', 'происшествия', 'проишествия', 'криминал', 'спорт', 'культура', 'наука', 'технологии', 'здоровье', 'медицина', 'образование', 'в\\s+мире', 'мир', 'регионы', 'новости', 'новости\\s+казахстана', 'казахстан', 'интервью', 'аналитика', 'мнения', 'авто', 'религия', 'туризм', 'экология', 'право', 'закон', 'армия', 'шоу-бизнес', 'лайфстайл', 'эксклюзив', 'статьи', 'социум',
      // A section named by the scope or topic of its news: `Мировые новости`, `Казахстанские новости`, `Спортивные новости`, `Әлем жаңалықтары`.
      '(?:мировые|международные|казахстанские|региональные|местные|городские|областные|спортивные|экономические|политические|деловые|криминальные)\\s+новости', 'әлем\\s+жаңалықтары', 'álem\\s+jańalyqtary',
      // A regional site's sections of reports told in pictures: `Видеорепортажи`, `Фоторепортажи`, `История в фотографиях`.
      'видеорепортажи', 'фоторепортажи', 'репортажи', 'история\\s+в\\s+фотографиях',
      // A newspaper site's link to its latest print issue, above the report: `Свежий выпуск`.
      'свежий\\s+выпуск',
      'саясат', 'қоғам', 'экономика', 'оқиға', 'оқиғалар', 'мақала', 'мақалалар', 'мәдениет', 'білім', 'ғылым', 'денсаулық', 'әлем', 'аймақ', 'аймақтар', 'жаңалықтар', 'жаңалық', 'аймақ\\s+жаңалықтары', 'өңір\\s+жаңалықтары', 'сұхбат', 'руханият', 'тарих', 'әдебиет', 'қаржы', 'құқық', 'медицина', 'дін', 'сараптама', 'өңірлер',
      'saıasat', 'qoǵam', 'maqala', 'ekonomıka', 'oqıǵa', 'mádenıet', 'bilim', 'ǵylym', 'densaýlyq', 'álem', 'aımaq', 'jańalyqtar', 'suhbat', 'rýhanıat', 'tarıh', 'ádebıet', 'qarjy', 'qulyq', 'sport',
      'әлеумет', 'áleýmet', 'жол',
      // The weather's rubric, `Ауа райы болжамы` (weather forecast); not `Погода` alone, a digest's subheading.
      'ауа\\s+райы\\s+болжамы', 'aýa\\s+raıy\\s+boljamy',
      // In Arabic script: social, society, politics, economy, culture, education, news, sport, health, incident, history.
      'الەۋمەت', 'قوعام', 'ساياسات', 'ەكونوميكا', 'مادەنيەت', 'ءبىلىم', 'جاڭالىقتار', 'سپورت', 'دەنساۋلىق', 'وقيعا', 'تاريح', 'ادەبيەت', 'رۋحانيات', 'ايماق', 'ايماقتار', 'سۇحبات',
    )),
  },
  {
    // A regional outlet's section of reports from its districts and regions, printed at the page's top over the
    // headline (REGIONAL_RUBRIC). Over a district's label (`Байзакский район`, `АРАЛЬСК`) it titles a roundup of briefs.
    name: 'rubric',
    maxLength: 30,
    line: REGIONAL_RUBRIC,
    unlessNext: /^(?:\p{Lu}[\p{L}-]+\s+(?:район|ауданы|audany)|\p{Lu}[\p{Lu}-]+)$/u,
  },
  {
    // Two sections joined as one rubric in capitals, over the headline: `ЗДОРОВЬЕ И МЕДИЦИНА` (in small
    // letters, `Культура и общество`, it may be a headline's or a roundup's line).
    name: 'rubric',
    maxLength: 40,
    opens: RUBRIC_PAIR,
    line: (text) => RUBRIC_PAIR.test(text) && text === text.toUpperCase(),
  },
  {
    // A sports site's section right over the lead (eight words or more closing a sentence), under the headline:
    // `Футбол` / `«Астана», …, пробилась …`. Over a headline it is a roundup's label, each brief under its sport's name.
    name: 'rubric',
    maxLength: 20,
    line: line(words('футбол', 'хоккей', 'бокс', 'теннис', 'баскетбол', 'волейбол', 'гандбол', 'единоборства', 'футзал')),
    ifNext: /^\S+(?:\s+\S+){7,}[.!?…]["»]?$/u,
  },
  {
    // The kind of piece in brackets under the headline, a word saying which before it or not: `(Сұхбат)`,
    // `(Sýretsóz)` (a story told in pictures), `(Retrospektivalyq súhbat)`, `(سۇحبات)`, `(Интервью)`.
    name: 'rubric',
    maxLength: 40,
    line: new RegExp(String.raw`^\((?:\p{L}+\s+)?(?:${GENRE_LABELS})\)$`, 'iu'),
  },
  {
    // A site's video section named after the site, as its rubric link prints it: `Лада TV`, `Tengri TV`.
    name: 'rubric',
    maxLength: 25,
    line: /^\p{Lu}[\p{L}-]{1,15}\s+TV$/u,
  },
  {
    // A site's main section, `Басты ақпарат` (main news), alone or with the next menu item glued to it
    // as the copy lost the space between two links: `Басты ақпаратРухани жаңғыру`, in Arabic script
    // `باستى اقپاراترۋحاني جاڭعىرۋ` (no capitals there: a word of four letters or more runs on from the label's last).
    name: 'rubric',
    maxLength: 60,
    line: /^(?:[Бб]асты\s+ақпарат(?:тар)?|[Bb]asty\s+aqparat(?:tar)?|باستى\s+اقپارات(?:تار)?)(?:(?:\p{Lu}\p{L}*|(?<=ت)[\u0620-\u06FF]{4,})(?:\s[\p{L}\u0620-\u06FF]+){0,2})?$/u,
  },
  {
    // A rubric's link with the site's main section glued after it, the space between the two links lost:
    // `«Газет» – 90 жылБас тақырып`, `ҚоғамБасты жаңалықтар`, `ОбществоГлавная тема`: the link ends on a small
    // letter, a figure or a closing quote right before the section's capital; with a space it is text.
    name: 'rubric',
    maxLength: 100,
    // The last word of each label the pattern names.
    holds: /(?:тақырып|ақпарат|ақпараттар|жаңалықтар|taqyryp|тема|новости)$/u,
    line: /^[^.!?]{2,80}[\p{Ll}\d»"”](?:Бас(?:ты)?\s+тақырып|Басты\s+(?:ақпарат(?:тар)?|жаңалықтар)|Bas(?:ty)?\s+taqyryp|Главная\s+тема|Главные\s+новости)$/u,
  },
  {
    // Breadcrumbs: `Главная / Новости / Политика`, `Басты бет » Қоғам`, and those whose last crumb is
    // the page's own headline: `Главная страница » Экономика » <headline>`.
    name: 'breadcrumbs',
    maxLength: 260,
    opens: BREADCRUMB_HOME,
    line: (text) => BREADCRUMB_HOME.test(text) && BREADCRUMBS.test(text),
  },
  {
    // Breadcrumbs joined by double chevrons with no spaces, as Xinjiang sites print them: `حالىق تورابى>>شينجياڭ حابارلارى`
    // (the site, its section). Two to four crumbs of a few words, no sentence's mark; a headline closing on the
    // chevrons is a link (`related news`).
    name: 'breadcrumbs',
    maxLength: 160,
    line: (text) => text.includes('>>') && CHEVRON_CRUMBS.test(text),
  },
  {
    // Breadcrumbs copied from a numbered list, each crumb after its number: `1. Басты бет 2. Мәдениет`,
    // `1. Главная 2. Новости 3. Общество`; the home link alone, `1. Басты бет`, heads the crumbs on the
    // lines under it (`2. Мәдениет` / `3. <headline>`, the rubrics' trail again under it at times), each
    // a label or a headline after its number.
    name: 'breadcrumbs',
    maxLength: 200,
    opens: NUMBERED_HOME,
    line: (text) => NUMBERED_HOME.test(text) && NUMBERED_BREADCRUMBS.test(text),
    follows: { lines: 8, shape: 'numbered' },
  },
  {
    // A site's main menu on one line, its home link first and its sections after it, each capitalised,
    // most of them rubrics the table names: `Главная Новости Политика Экономика Общество Спорт`.
    name: 'page navigation',
    maxLength: 160,
    opens: BREADCRUMB_HOME,
    line: isMenuBar,
  },
  {
    // A badge a page prints over or under a headline: `Горячая тема`, `Срочно`, `Мнение` (labels of
    // paid material are the advertising label's); Xinjiang sites' picture news, `Суретті хабар`, `سۋرەتتى حابار`.
    name: 'rubric',
    maxLength: 30,
    line: line(words('горячая\\s+тема', 'срочно', 'молния', 'официально', 'мнение', 'колонка', 'блоги', 'фоторепортаж', 'видеорепортаж', 'пресс-релиз', 'новости\\s+компаний', 'шұғыл', 'суретті\\s+хабар', 'سۋرەتتى\\s+حابار')),
  },
  {
    // The label a site engine prints before its breadcrumbs, and the heading of its error box:
    // `Вы здесь`, `Сообщение об ошибке`.
    name: 'breadcrumbs',
    maxLength: 30,
    line: line(words('вы\\s+здесь', 'вы\\s+находитесь\\s+здесь', 'вы\\s+находитесь', 'сообщение\\s+об\\s+ошибке', 'you\\s+are\\s+here', 'error\\s+message')),
  },
  {
    // A server script's warning printed on the page (`Notice: Undefined variable: o в функции include()
    // (строка 601 в файле /www/…/bg.jpg).`), with whatever the page printed after it glued on: a copy
    // of the headline. No report's sentence opens so.
    name: 'script warning',
    maxLength: 600,
    line: /^(?:(?:notice|warning|deprecated|strict\s+standards|fatal\s+error|parse\s+error):\s.{0,300}?(?:\(строка\s+\d+\s+в\s+файле\s+\S+\)|\son\s+line\s+\d+|\sin\s+\/\S+)|failed\s+to\s+connect\s+to\s+mysql:\s.{0,200}$)/iu,
  },
  {
    // An aggregator's line over the report: its source's name, how long ago, the views: `360 3 дней назад 26`;
    // a blog theme's age of a post, translated in part: `2 дня ago`; a related report's age under its headline,
    // in months or years too, the figure left out for one: `10 месяцев назад`, `год назад`.
    name: 'date or time stamp',
    maxLength: 60,
    line: /^(?:(?:[\p{L}\d.]{1,20}\s+)?\d{1,2}\s+|(?=[мгчн]))(?:минуту|минуты|минут|час|часа|часов|день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+(?:назад|ago)(?:\s+\d{1,7})?$/iu,
  },
  {
    // A newspaper's issue over the report: its number, the running number in brackets, and its date:
    // `Выпуск - №21(518) : 26.05.2022`, `Номер №14 (402) от 07.04.2021`, `Шығарылым №7 (1203), 19.02.2020`.
    name: 'date or time stamp',
    maxLength: 60,
    line: /^(?:выпуск|номер|шығарылым|нөмір|sany)\s*[-–—:]?\s*№\s*\d{1,4}\s*(?:\(\d{1,6}\)\s*)?(?:[-–—:,]|от)?\s*\d{1,2}\.\d{2}\.\d{4}$/iu,
  },
  {
    // A print issue's stamp naming the newspaper or magazine in quotes, its number and the running number in
    // brackets, the date after them or not: `«Эксперт Казахстан» №44 (385)`, `«Газета» №12 (1203) от 19.02.2020`.
    // The name is recorded as the source line, naming the outlet; the rest is the print issue.
    name: 'print issue',
    maxLength: 80,
    line: PRINT_ISSUE_NAMED,
    pieces: twoPieces(PRINT_ISSUE_NAMED, 'source line', 'print issue'),
  },
  {
    // A press-reading service's line under the headline: the publication in Latin letters, the issue's date (or
    // nothing between its dashes), the section and the author: `Delovoy Kazakhstan - - Dk-Index - Имя ФАМИЛИЯ`,
    // `Kazakhstanskaya Pravda - 2019-03-14 - Политика - Имя Фамилия`. The publication is recorded as the source
    // line, naming the outlet; the rest is the byline.
    name: 'byline',
    maxLength: 120,
    line: PRESS_READER_HEAD,
    pieces: twoPieces(PRESS_READER_HEAD, 'source line', 'byline'),
  },
  {
    // A page's note of its last change, how long ago, in brackets or not: `(өзгертілді 9 сағат бұрын)`,
    // `(Ózgertilgen ýaqyty 3 saǵat buryn)` and the same in Arabic script; in Russian, as the site prints it on its Kazakh
    // pages too, `(Время обновления 1 день назад)` (`обновление`, as some print it).
    name: 'date or time stamp',
    maxLength: 60,
    line: /^\(?(?:(?:өзгертілді|өзгертілген\s+уақыты|ózgertildi|ózgertilgen\s+ýaqyty|وزگەرتىلدى|وزگەرتىلگەن\s+ۋاقىتى)\s+\d{1,3}\s+(?:минут|сағат|күн|апта|minýt|saǵat|kún|apta|مينۋت|ساعات|كۇن|اپتا)\s+(?:бұрын|buryn|بۇرىن)|(?:время\s+)?обновлени[ея]\s+\d{1,3}\s+(?:минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)|недел[юиь])\s+назад)\)?$/iu,
  },
  {
    // A link to the report on the aggregator it came from: `Читать в 360`, `Читать на Дзен`.
    name: 'page navigation',
    maxLength: 30,
    line: /^читать\s+(?:в|на)\s+[\p{L}\d.]{2,20}$/iu,
  },
  {
    // Breadcrumbs: `Главная / Новости / Политика`, `Главная → Новости`, each crumb after its slash: `/Главная /Благоустройство и ЖКХ`.
    name: 'breadcrumbs',
    maxLength: 200,
    line: /^\/?(?:главная|басты\s+бет|bas\s+bet|home)(?:\s*[/›»>|→–—]\s*[\p{L}\p{N} -]{1,30}){1,5}$/iu,
  },
  {
    // A list page's trail, its marks lost, from the home link to the page's number: `На главную Блог Страница 18`,
    // `Басты бет Жаңалықтар Бет 5`. The report under it is the list's first item, its headline the line below.
    name: 'breadcrumbs',
    maxLength: 80,
    line: /^(?:на\s+главную|главная|басты\s+бет|home)(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:страница|page|бет)\s+\d{1,4}$/iu,
  },
  {
    // A trail of rubrics without the home link: `Новости / Общество`, `Жаңалықтар » Қоғам`, and with
    // a dash between rubrics only: `Жаңалық - Аймақ жаңалықтары`, or a period, the marks lost: `В мире. Экономика. Рынки`
    // (no period after the last: every part a rubric the table names, so `Тема. Подробность` stays a headline).
    name: 'breadcrumbs',
    maxLength: 80,
    line: (text) => {
      if (!TRAIL_ANY_SEPARATOR.test(text)) return false;
      const dotted = TRAIL_DOTS.test(text);
      if (!dotted && !TRAIL_MARK.test(text) && !TRAIL_DASH.test(text)) return false;
      const parts = text.split(dotted ? TRAIL_DOT : TRAIL_SEPARATOR_OR_DASH);
      if (parts.length < 2 || parts.length > 5) return false;
      if (parts.every(isRubric)) return true;
      // Between chevrons, three crumbs or more of a few words each, one of them a rubric the table names: the
      // site's name and its own sections may stand among them (`تيانشان تورى › جاڭالىقتار › شينجياڭ حابارلارى`).
      return parts.length >= 3 && CHEVRON_TRAIL.test(text) && parts.every((part) => CRUMB_WORDS.test(part)) && parts.some(isRubric);
    },
  },
  {
    name: 'byline',
    maxLength: 100,
    line: line(String.raw`(?:${BYLINE_ROLES})\s*:\s*[\p{L}\p{M}.\- ,،]{2,80}`),
  },
  {
    // A Chinese site's fields around a Kazakh report, left in Chinese: `日期:2020年08月17日` (date), `来源:新疆日报`
    // (source), `【字体:` (font size), `作者:…` (author).
    name: 'page head',
    maxLength: 60,
    line: /^【?(?:日期|来源|字体|作者|编辑|责任编辑|发布时间|点击数)[:：]/u,
  },
  {
    // A Xinjiang paper's reporter named after the word with no colon, in Arabic script: `ءتىلشى ۋاڭ تيەجۇن`.
    name: 'byline',
    maxLength: 60,
    line: /^[ءٴ]?تىلشى(?:لەر)?\s+\p{Script=Arabic}{2,}(?:\s+\p{Script=Arabic}{2,}){0,2}$/u,
  },
  {
    // The role and a dash before a full name, two or three capitalised words: `Автор - Фамилия Имя Отчество` (after
    // a dash a sentence may follow a role's word: `Редактор – это …`).
    name: 'byline',
    maxLength: 100,
    opens: DASHED_ROLE,
    line: (text) => DASHED_ROLE.test(text) && FULL_NAME_AFTER_DASH.test(text),
  },
  {
    // A labelled byline with the report's date after the name and a comma: `Текст: Имя Фамилия, 26 марта 2021`
    // (the date line dates the report).
    name: 'byline',
    maxLength: 100,
    opens: BYLINE_DATED,
    line: (text) => {
      const dated = BYLINE_DATED.exec(text);
      return dated !== null && metaLine(dated[1]!) === 'stamp';
    },
  },
  {
    // A labelled byline naming the author, the surname in capitals, with her titles after a comma, however
    // long: `Автор: Имя ФАМИЛИЯ, почетный учитель …, член Союза журналистов, поэт`. No sentence closes inside it.
    name: 'byline',
    maxLength: 240,
    line: new RegExp(String.raw`^(?:[Аа]втор|[Тт]екст|[Тт]ілші|[Aa]vtor|[Tt]ilshi)\s*[:—–-]\s*\p{Lu}[\p{Ll}\p{M}]+\s+${CAPITALS_SURNAME},\s+[^.!?:;«»"]{3,220}\.?$`, 'u'),
  },
  {
    // An author's byline with her degrees and posts after a comma, no label, the surname in capitals, as papers sign an
    // expert's column under its headline: `Имя ФАМИЛИЯ, ҚР ҰҒА корреспондент-мүшесі, педагогика ғылымының докторы,
    // профессор`, `Имя ФАМИЛИЯ, доктор исторических наук`. A degree or a post names it; no sentence closes inside it.
    name: 'byline',
    maxLength: 240,
    holds: /профессор|доцент|академик|докторы|кандидаты|корреспондент-мүшесі|член-корреспондент|наук|phd|ғылым|ғылыми/iu,
    line: new RegExp(String.raw`^\p{Lu}[\p{Ll}\p{M}]+\s+${CAPITALS_SURNAME},\s+[^.!?:;«»"]{0,200}?(?:профессор|доцент|академик|докторы|кандидаты|корреспондент-мүшесі|член-корреспондент|доктор\s+\p{Ll}+\s+наук|кандидат\s+\p{Ll}+\s+наук|PhD)[^.!?:;«»"]{0,120}$`, 'u'),
  },
  {
    // A correspondent's byline with her role after a comma, no label, as Kazpravda prints it: `Имя ФАМИЛИЯ,
    // собственный корреспондент «Газеты» по ЗКО`, `Имя Фамилия, обозреватель отдела экономики`. No sentence closes in it,
    // and no clause follows the role after a comma (`…, журналист, рассказал …` is text).
    name: 'byline',
    maxLength: 160,
    line: /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+(?:собственный\s+корреспондент|корреспондент|фотокорреспондент|спецкор|обозреватель|журналист|редактор|внештатный\s+автор)(?:\s[^.!?:;,]{1,120})?$/u,
  },
  {
    // Who prepared the report or held the interview, no colon: `Подготовила Имя Фамилия`, `Материал подготовил Имя ФАМИЛИЯ`, `Беседовала Имя Фамилия`, or the
    // first name alone, as a district paper signs it: `Подготовила Айгуль`.
    name: 'byline',
    maxLength: 60,
    line: /^(?:[Мм]атериал\s+подготовил|[Пп]одготовил|[Бб]еседовал)[аи]?\s+\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?$/u,
  },
  {
    // The byline's place in brackets on its own line, the city's abbreviation first, a region after it or
    // not: `(г. Караганда, Центральный Казахстан)`. A bracket alone on a line is no sentence.
    name: 'byline',
    maxLength: 80,
    line: /^\((?:г|с|пос|п|аул)\.\s?\p{Lu}[\p{L}-]+(?:[\s-]\p{Lu}[\p{L}-]+)?(?:,\s*[^()!?]{2,50})?\)$/u,
  },
  {
    // A newspaper's signature for its own correspondent, no name given: `Өз тілшіміз` (our correspondent).
    name: 'byline',
    maxLength: 30,
    line: /^(?:өз\s+тілшіміз(?:ден)?|óz\s+tilshimiz(?:den)?|ءوز\s+ءتىلشىمىز(?:دەن)?)\.?$/iu,
  },
  {
    // The role and the author's name with no colon between, in a list of the report's details:
    // `- автор Айгерім Серікова`; the signature closing a Kazakh report, `Дайындаған Айгүл Жанболатова`
    // (prepared by), `Daıyndaǵan …`, and an interview's, `Сұхбаттасқан Имя Фамилия` (talked with him), `Әңгімелескен …`.
    // The name's capitals tell it from a sentence (`автор книги …`).
    name: 'byline',
    maxLength: 60,
    line: /^(?:[-–•]\s+)?(?:[Аа]вторы?|[Тт]ілші|[Aa]vtor|[Tt]ilshi|[Дд]айындаған|[Әә]зірлеген|[Dd]a[ıi]ynda[ǵg]an|[Áá]zirlegen|[Сс]ұхбаттасқан|[Әә]ңгімелескен|[Ss][uú]hbattasqan|[Áá]ńgimelesken)\s+\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}-]+){1,2}$/u,
  },
  {
    // A role alone, the author's name on the line under it: `Тілші` / `Айгүл Серікова`, `Avtor`.
    name: 'byline',
    maxLength: 30,
    line: line(BYLINE_ROLES),
    follows: { lines: 1, shape: 'label' },
  },
  {
    // The newspaper's or agency's correspondent with her name after the role, as China's Kazakh outlets sign a
    // report under its headline: `حالىق گازەتىنىڭ ءتىلشىسى حان ليچۇن` («Халық газетінің тілшісі …»), several
    // names between commas after the plural (`شينحۋا اگەنتتىگىنىڭ تىلشىلەرى …، …`). Names only: no figure, no closing mark.
    // The paper's app may sign before it, past a slash or a backslash (`انار بۇلت / شينجياڭ گازەتىنىڭ ءتىلشىسى …`).
    name: 'byline',
    maxLength: 160,
    // The correspondent's word, in each of its spellings the pattern names.
    holds: /тілші|tilshi|تىلشى/u,
    line: /^(?:□\s*)?(?:[\p{L}\p{M}\s]{2,30}\s[/\\]\s)?[«"“]?[\p{L}\p{M}\s-]{2,40}[»"”]?\s(?:газетінің|агенттігінің|порталының|сайтының|gazetiniń|agenttiginiń|گازەتىنىڭ|اگەنتتىگىنىڭ|پورتالىنىڭ)\s+(?:тілшісі|тілшілері|tilshisi|tilshileri|ء?تىلشىسى|ء?تىلشىلەرى)\s+[\p{L}\p{M}-]+(?:\s[\p{L}\p{M}-]+){0,2}(?:[,،]\s*[\p{L}\p{M}-]+(?:\s[\p{L}\p{M}-]+){0,2}){0,5}$/u,
  },
  {
    // The same signature without its square: where the author works, her post and her name last, in Arabic
    // script (`… اكادەمياسى … ورنىنىڭ باستىعى، اعا زەرتتەۋشى مۇرات قينايات`, head of an institute, senior researcher):
    // a post's word right before a name of two words, no mark closing a sentence or opening a quote (`…:`).
    name: 'byline',
    maxLength: 200,
    holds: new RegExp(String.raw`(?:${ARABIC_POSTS})\s`, 'u'),
    line: new RegExp(String.raw`^[^.!?؟:«»]{2,160}\s(?:${ARABIC_POSTS})\s+\p{Script=Arabic}+\s+\p{Script=Arabic}+$`, 'u'),
  },
  {
    // A line opened by a white square, China's Kazakh outlets' mark for the author's signature and the
    // photographer's under the headline: `□ اۋداندىق ... مەڭگەرۋشىسى ...`. No line of the text opens on it.
    name: 'byline',
    maxLength: 200,
    line: /^□\s*[^\s.!?؟][^.!?؟]{2,198}$/u,
  },
  {
    // The author's role under the byline, naming where she writes from or for: `Атырау облысы бойынша
    // меншікті тілші` (`… مەنشىكتى ءتىلشى`), `«Қазақстан теміржолшысы» газетінің тілшісі`, `General News бөлімінің редакторы`. Three words or more: a heading
    // of two (`Соғыс тілшісі`) is text.
    name: 'byline',
    maxLength: 70,
    opens: ROLE_LINE,
    line: (text) => ROLE_LAST_LETTERS.has(text.at(-1)!) && ROLE_LAST.test(lastWord(text)) && ROLE_LINE.test(text) && wordCount(text) >= 3,
  },
  {
    // An author's signature under the text, her initials and surname, then her office: `Р.Ефимова, заместитель
    // начальника районного отдела образования.` One clause, no second comma: a sentence says what she did.
    name: 'byline',
    maxLength: 120,
    line: /^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s+(?:заместитель|начальник|глава|директор|специалист|руководитель|председатель|заведующ\p{Ll}+|главный|ведущий|инспектор|методист|учитель)\s[^.!?,]{3,90}\.?$/u,
  },
  {
    // An institution's staff member signing its news under the text: her trade, surname and initials, as a
    // library's or school's site prints it, `Кітапханашы Нағашыбаева Р.А.`, `Библиотекарь Иванова А.С.`. The site's
    // teasers of its other news may follow, cut off (`… туғанына 220 ...`).
    name: 'byline',
    maxLength: 60,
    line: /^(?:[Кк]ітапханашы|[Мм]ұғалім|[Тт]әрбиеші|[Әә]діскер|[Пп]сихолог|[Пп]едагог|[Мм]ейірбике|[Дд]әрігер|[Бб]иблиограф|[Бб]иблиотекарь|[Уу]читель|[Вв]оспитатель|[Мм]етодист|[Мм]едсестра|[Вв]рач|[Kk]itaphanashy|[Mm]uǵalim|[Tt]árbıeshi|[Áá]disker)\s+\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?\s+\p{Lu}\.\s?(?:\p{Lu}\.?)?$/u,
    follows: { lines: 4, shape: 'teaser' },
  },
  {
    // A rubric the table names with the next link glued to it, the copy having lost the space between
    // them, a label of up to four words that closes no sentence: `ХроникаВоенная операция на Украине`.
    name: 'rubric',
    maxLength: 60,
    opens: RUBRIC_GLUED,
    line: (text) => {
      const glued = RUBRIC_GLUED.exec(text);
      return glued !== null && !/[.!?:]$/u.test(text) && wordCount(text.slice(glued[1]!.length)) <= 4 && isRubricWord(glued[1]!);
    },
  },
  {
    // Rubrics of a menu glued without a space: `БілімҚоғам`, `СаясатҚоғам`.
    name: 'rubric',
    maxLength: 40,
    opens: GLUED_WORDS,
    line: (text) => !text.includes(' ') && GLUED_WORDS.test(text) && text.split(GLUED_AT).every(isRubric),
  },
  {
    // A menu's rubrics copied onto one line with spaces between: `Жаңалықтар Саясат Қоғам Экономика Спорт`,
    // three or more, every word a rubric of the table; a headline holds some other word.
    name: 'rubric',
    maxLength: 120,
    opens: MENU_WORDS,
    line: (text) => MENU_WORDS.test(text) && text.split(' ').every(isRubric),
  },
  {
    // A site's main menu copied without its home link, not every word a rubric: `Новости Казахстана Новости
    // мира Политика Экономика Регионы Спорт`, six words or more and no punctuation, more than half of them
    // rubrics the table names, four of them different ones. A headline names one rubric's word at most.
    name: 'page navigation',
    maxLength: 160,
    opens: SECTION_START,
    line: isSectionsBar,
  },
  {
    // A correspondent's signature at a report's end, the newspaper under the name (`«…»`, `“…”.`) and
    // the region she writes from under that or not: `Жолдасбек Шопеғұл,` / `«Егемен Қазақстан»` /
    // `Қызылорда облысы`, in the three scripts (Arabic script has no capitals and its own comma).
    name: 'byline',
    maxLength: 60,
    opens: SIGNATURE_NAME,
    line: (text) => (text.endsWith(',') || text.endsWith('،')) && SIGNATURE_NAME.test(text),
    ifNext: /^[«“"][^«»“”".!?]{2,40}[»”"]\.?$/u,
    follows: { lines: 2, shape: 'signature' },
  },
  {
    // A signature, the surname in capitals, with the place or body she writes from after a comma, a few words
    // in capitals closing no sentence: `Имя ФАМИЛИЯ, Ивановская школа`, `Имя ФАМИЛИЯ, Қаратөбе ауданы`. Above a
    // line ending in `:`, in small letters or on a dash the name introduces a speaker.
    name: 'byline',
    maxLength: 80,
    unlessNext: /:$|^\p{Ll}|^[-–—]/u,
    line: new RegExp(String.raw`^\p{Lu}[\p{Ll}\p{M}]+\s+${CAPITALS_SURNAME},\s+\p{Lu}[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}№\d-]+){0,3}\.?$`, 'u'),
  },
  {
    // A blog theme's byline, the author's picture (its alt text, the name) before `by` and the name: `Редакция
    // Ult.kz by Редакция Ult.kz`, `Имя Фамилия by Имя Фамилия`; or `by` and the name alone. Both names the same:
    // a sentence holds other words.
    name: 'byline',
    maxLength: 90,
    opens: THEME_BYLINE,
    line: (text) => {
      const found = THEME_BYLINE.exec(text);
      return found !== null && (found[1] === undefined || found[1] === found[2]);
    },
  },
  {
    // Two authors' names alone on a line, a comma between: `Имя Фамилия, Имя Фамилия`.
    name: 'byline',
    maxLength: 80,
    line: /^\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+,\s\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+$/u,
  },
  {
    // A correspondent's signature with her newspaper on the same line, the surname in capitals or not:
    // `Имя ФАМИЛИЯ, “Газета”`, `Имя Фамилия, «Газета».`, `Имя Фамилия, Vласть`
    name: 'byline',
    maxLength: 80,
    line: SIGNATURE_WITH_PAPER,
  },
  {
    // A newspaper's signature at the report's end, the surname in capitals after the first name or its
    // initials, the city on the line under it: `Názıra JÁRIMBETOVA.` / `Qostanaı.`, `Асқар НҰРЛАНОВ,` /
    // `Тараз`, `Ы.ҚАЛИЕВ,` / `Ақтөбе`. Above a line ending in `:` or opening in small letters the name
    // introduces a speaker; above a role the name signs an epigraph or a quote, `Имя ФАМИЛИЯ,` / `халық жазушысы.`.
    name: 'byline',
    maxLength: 60,
    unlessNext: /:$|^\p{Ll}|^[^.!?]{0,40}(?:[Пп]резидент|[Мм]инистр|[Аа]кадемик|[Пп]рофессор|[Дд]епутат|[Сс]енатор|[Аа]қын|[Жж]азушы|[Ғғ]алым|[Пп]оэт|[Пп]исател)[^.!?]{0,30}\.?$/u,
    line: new RegExp(String.raw`^(?:\p{Lu}[\p{Ll}\p{M}]+\s+|\p{Lu}\.\s?(?:\p{Lu}\.\s?)?)${CAPITALS_SURNAME}[.,]$`, 'u'),
    follows: { lines: 1, shape: 'place' },
  },
  {
    // The news agency a report comes from, named alone under its headline: `Агентство «Хабар»`. Before the
    // masthead's row, which reads a site's own name so; the name in quotes is the source line, the outlet.
    name: 'source line',
    maxLength: 60,
    line: AGENCY_SOURCE,
    pieces: sourceNamedBy(AGENCY_SOURCE),
  },
  {
    // A site's or newspaper's name with what it is, as its masthead prints it above the page:
    // `Ақтөбе облыстық қоғамдық-саяси газеті`, `«Túrkistan» халықаралық апталығы`, `Журнал «Безнең мирас»`,
    // `Информационное агентство Kazinform`; or the site's name with its motto: `Tengrinews.kz – Новости Казахстана`.
    name: 'masthead',
    maxLength: 80,
    line: (text) => {
      if (TRAIL_DASH.test(text) && MASTHEAD_TAGLINE.test(text)) return true;
      if (!(MASTHEAD_LAST_LETTERS.has(text.at(-1)!) && MASTHEAD_LAST_WORD.test(lastWord(text))) && !MASTHEAD_FIRST_WORD.test(text.slice(0, text.indexOf(' ') + 1))) return false;
      const found = MASTHEAD_KIND_LAST.exec(text) ?? MASTHEAD_KIND_FIRST.exec(text) ?? MASTHEAD_KINDS_AROUND.exec(text);
      return (found !== null && (found.groups?.named !== undefined || (found.groups?.kinds ?? '') !== '')) || MASTHEAD_KINDS_ONLY.test(text) || SITE_MOTTO.test(text);
    },
  },
  {
    // An author's role alone on its line, the name on the next or lost with the picture: `Автор`, `Редактор`, `Тілші`;
    // a second role after a comma, as a card under the byline's photo prints it: `Выпускающий редактор, заместитель
    // шеф-редактора сайта`.
    name: 'byline',
    maxLength: 80,
    line: line(String.raw`(?:${words('автор', 'авторы', 'автор\\s+текста', 'автор\\s+материала', 'редактор', 'шеф-редактор', 'выпускающий\\s+редактор', 'корреспондент', 'фотограф', 'фотокорреспондент', 'тілші', 'мақала\\s+авторы', 'avtor', 'redaktor', 'tilshi')})(?:,\s*(?:заместитель|главный|шеф-редактор|редактор|корреспондент|обозреватель|журналист|фотограф)(?:\s+[\p{Ll}-]+){0,3})?\s*:?`),
  },
  {
    // `Сіздің реакцияңыз?` and its buttons, with or without their counts; in Arabic script too, its question
    // mark the Arabic one: `ءسىزدىڭ رەاكسياڭىز؟` / `ۇنايدى` / `شەكتەن شىققان`.
    name: 'reactions',
    line: line(String.raw`(?:${words('ваша\\s+реакция\\??', 'сіздің\\s+реакцияңыз(?:\\s+қандай)?\\??', 'sizdiń\\s+reaksıańyz\\??', 'ء?سىزدىڭ\\s+رەاكسياڭىز[?؟]?', 'ۇنايدى', 'ۇنامايدى', 'كۇلكىلى', 'اشۋلى', 'شەكتەن\\s+شىققان', 'нравится', 'не\\s+нравится', 'смешно', 'грустно', 'злюсь', 'удивлен', 'мне\\s+все\\s+равно', 'мне\\s+всё\\s+равно', 'забавно', 'сочувствую', 'возмутительно', 'ұнайды', 'ұнамайды', 'күлкілі', 'ашулы', 'таңғалдым', 'мұңды', 'unaıdy', 'unamaıdy', 'kúlkili', 'ashýly', 'shekten\\s+shyqqan')})(?:\s*\d+)?`),
  },
  {
    // The question heading the reactions' buttons: `Что думаете об этом?` / `Нравится 0` / `Забавно 0` / …, or the
    // comment form's send button under it (`Бұл туралы не ойлайсыз?` / `Отправить`).
    name: 'reactions',
    maxLength: 40,
    line: /^(?:что\s+(?:вы\s+)?думаете\s+об\s+этом|бұл\s+туралы\s+не\s+ойлайсыз)\s*\??$/iu,
    ifNext: /^(?:нравится|не\s+нравится|ұнайды|ұнамайды)(?:\s*\d+)?$|^(?:отправить|жіберу)$/iu,
  },
  {
    // The reading time glued before the author's name, as the-steppe.com prints it under the headline: `58 секунд
    // Имя Фамилия`, `2 минуты Имя Фамилия`.
    name: 'reading time',
    maxLength: 60,
    line: READING_TIME_BYLINE,
    pieces: twoPieces(READING_TIME_BYLINE, 'reading time', 'byline'),
  },
  {
    name: 'reading time',
    line: line(String.raw`(?:около|меньше|менее|примерно)\s+(?:минуты|\d{1,2}\s+мин(?:ут[ы]?)?\.?)(?:\s+(?:чтения|на\s+чтение))?`),
  },
  {
    // A social network handle alone on its line: `@sputnikKZ`.
    name: 'social handle',
    line: /^@[\p{L}\d_.]{2,40}$/u,
  },
  {
    // Currency rates above the page: `• USD:`, `$ 505.12  548.30  6.41`, `$489.06 €536.21 ₽5.05`. Each
    // number ends at a space or the line's end, so that a long run of digits has one reading only.
    name: 'exchange rates',
    // Its label may open the line, and bars part the rates: `Курс валют: $ 447.5 € 480.2`, `Курс: USD 447.5 | EUR 480.2`.
    line: /^(?:(?:курс|курсы|курс\s+валют|курсы\s+валют|валюта\s+бағамы|валюта\s+бағамдары)\s*:?\s*)?(?:(?:usd|eur|rub|cny|kzt|gbp|try|\$|€|₽|¥)\s*:?\s*(?:\d[\d.,]*(?:\s*[|•]\s*|\s+|$))*)+$/iu,
  },
  {
    // The report's source named alone at its end: `Abai.kz`, `www.zhaikpress.kz`, `Источник: gov.kz`, `Дереккөзі: inform.kz`, `По сообщению сайта Arna Press`,
    // a list item's label too, as China's Kazakh outlets print it under the headline (`• كەلۋ قاينارى: ىلە گازەتى`),
    // or its address: `https://anatili.kazgazeta.kz/news/60230`; under the short label `Дерек:` (data) only a site's
    // address, `Дерек: egemen.kz.`, since a sentence may open on that word; under `Подробнее:` (more), `Толығырақ:`, only
    // an address, a repost's link to the report it copied (`Подробнее: https://tengrinews.kz/kazakhstan_news/…`), and so
    // under the stamp a site's copy script adds, `Читать полностью:`, `Читать далее:`; with no colon, `источник` takes an
    // address or a site's domain only: `источник http://www.today.kz/ru/news/…`, `Источник nadezhda.kz`; an address of any
    // length after the label and its colon, a space before the colon or not: `Ақпарат көзі : https://www.gov.kz/memleket/…`.
    name: 'source line',
    maxLength: 200,
    line: new RegExp(String.raw`^(?:(?:подробнее|читать\s+(?:полностью|далее|подробнее)|читайте\s+подробнее|толығырақ|tolyǵyraq|تولىعىراق)\s*:\s*https?:\/\/[\p{L}\d.-]+\.[\p{L}]{2,10}(?:\/\S*)?|(?:[•·]\s*)?${SOURCE_LABEL}(?:\s*:\s*(?!.*\s\d{1,2}:\d{2}(?::\d{2})?$)\S.{0,80}|(?:\s*:\s*|\s+)https?:\/\/[\p{L}\d.-]+\.[\p{L}]{2,10}(?:\/\S*)?|\s+(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|org|net|info|news|media))|(?:дерек|derek|دەرەك)\s*:\s*(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?\.?|по\s+сообщению\s+(?:сайта|портала|издания|агентства)\s+[^\s,.!?]+(?:\s+[^\s,!?]+){0,2}|(?:www\.)?[\p{L}\d][\p{L}\d-]*\.(?:kz|ru|com|org|net|info)|https?:\/\/[\p{L}\d.-]+\.[\p{L}]{2,10}(?:\/\S*)?(?<!\.(?:jpe?g|png|gif|webp)))$`, 'iu'),
  },
  {
    // The outlet signing the text after a dash on a line of its own, its domain or its name, once or printed twice as
    // a link and its label: `— inform.kz inform.kz`, `— Kazinform`.
    name: 'source line',
    maxLength: 60,
    opens: DASHED_SIGN_OFF,
    line: (text) => {
      const [, name, again] = DASHED_SIGN_OFF.exec(text) ?? [];
      if (name === undefined || (again !== undefined && again.toLowerCase() !== name.toLowerCase())) return false;
      return DOMAIN_ALONE.test(name) || isOutletName(name);
    },
  },
  {
    // The report's source after `По сообщению` with no word for what it is, only a listed outlet, a domain or a
    // name in quotes: `По сообщению КазТАГ`, `По сообщению Zakon.kz`, `По сообщению «Хабар 24»` (`По сообщению
    // очевидцев` opens a sentence).
    name: 'source line',
    maxLength: 60,
    opens: REPORTED_BY_NAME,
    line: (text) => {
      const named = REPORTED_BY_NAME.exec(text)?.[1];
      return named !== undefined && (isOutletName(named) || QUOTED_ALONE.test(named) || DOMAIN_ALONE.test(named));
    },
  },
  {
    // Abai.kz's signature closing a report it carries, the site's name and `aqparat` (information): `Abai.kz aqparat`,
    // `Abay aqparat`, `Абай-ақпарат`, Arabic script `اباي -اقپارات`. The outlet is Abai.kz.
    name: 'source line',
    maxLength: 20,
    line: /^(?:abai\.kz|abai|abay|абай|اباي)[\s-]+(?:aqparat|ақпарат|اقپارات)\.?$/iu,
    pieces: (text) => [{ text: text.replace(/\.$/u, ''), rule: 'source line' }],
  },
  {
    // A listed outlet's name alone in quotes, as a page prints the report's source under its headline:
    // `«Казинформ»`, `РИА "Новости"`. No paragraph is a name in quotes alone. So is a listed outlet's name with the separator
    // of the signature's next part, lost in the copy, after it (`РИА "Новости" |`, `Kazinform /`).
    name: 'source line',
    maxLength: 40,
    line: (text) => (QUOTED_ALONE.test(text) && isOutletName(text.slice(1, -1))) || (SEPARATOR_AFTER.test(text) && isOutletName(text.replace(SEPARATOR_AFTER, ''))) || (QUOTE_INSIDE.test(text) && isOutletName(text)),
    pieces: (text) => [{ text: text.replace(SEPARATOR_AFTER, ''), rule: 'source line' }],
  },
  {
    // The report's stamp with its source labelled after it, as a page's head prints them on one line:
    // `2025.01.15 16:25 كەلۋ قاينارى : حالىق تورابى`, `15.01.2025 16:25 Источник: Kazinform`, the views and the
    // editor's fields with them (VIEWS_FIELD, EDITOR_FIELD). The stamp gives the time, the name after the label
    // the outlet (a source line of its own).
    name: 'stamp and source',
    maxLength: 220,
    needs: ['digit'], // the stamp's time
    opens: [SOURCE_THEN_STAMP, DIGIT_FIRST],
    line: (text) => stampAndSource(text) !== undefined,
    pieces: (text) => {
      const [stamp, outlet] = stampAndSource(text)!;
      return [{ text: stamp, rule: META_RULES.stamp.name }, { text: outlet, rule: 'source line' }];
    },
  },
  {
    // The report's source in Kazakh, the site named in the ablative: `Ақпарат: Sputnik.kz порталынан`
    // (information: from the Sputnik.kz portal). The site is recorded as the source line, naming the outlet.
    name: 'source line',
    maxLength: 100,
    line: KAZAKH_SOURCE_FROM,
    pieces: sourceNamedBy(KAZAKH_SOURCE_FROM),
  },
  {
    // A reprint's notice naming the newspaper that printed the report first: `Материал «Жас Алаш» газетінде
    // жарияланған`, `Maqala «Ana tili» gazetinde jarııalanǵan`. The newspaper is recorded as the source line.
    name: 'source line',
    maxLength: 100,
    line: REPRINTED_IN,
    pieces: sourceNamedBy(REPRINTED_IN),
  },
  {
    // A site's label naming who gave it the news, the link to that source's other news glued after the name:
    // `Новость сообщил RTCдругие новости (газета "Костанайские Новости")`. The name is recorded as the source line.
    name: 'source line',
    maxLength: 140,
    opens: NEWS_GIVEN_BY,
    line: (text) => {
      const named = NEWS_GIVEN_BY.exec(text)?.[1];
      return named !== undefined && wordCount(named) <= 4;
    },
    pieces: sourceNamedBy(NEWS_GIVEN_BY),
  },
  {
    // A source's label whose link the copy lost, alone on its line: `Ақпарат көзі:`, `Источник:`.
    // The source may stand on the line under it, its name alone: `Источник:` / `Interfax` (a source line).
    name: 'source label',
    maxLength: 20,
    line: /^(?:источник|дереккөзі|дереккөз|derekkózi|derekkóz|дерек\s+көзі|ақпарат\s+көзі|aqparat\s+kózi|دەرەككوزى|دەرەككوز|اقپارات\s+كوزى)\s*:?$/iu,
    follows: { lines: 1, shape: 'source' },
  },
  {
    // What a page shows where a picture or its caption is missing: `None`, an image's path, the
    // alt text `cover` of a cover picture, its address (`https://adyrna.kz/storage/uploads/….jpg`:
    // the picture's, no source of the report), with its author's label glued after it, empty or not (`….webp avtor`).
    // The file's hash alone is an image label (below).
    name: 'image placeholder',
    maxLength: 200,
    line: /^(?:none|null|undefined|nan|cover|image|(?:https?:\/\/[^\s/]+)?\/\S+\.(?:jpe?g|png|gif|webp)(?:\s+(?:avtor|автор|author)(?:\s+[\p{L}'’-]+){0,2})?)$/iu,
  },
  {
    // A picture copied as Markdown with its alt text and address lost, a table cell's pipe after it or not:
    // `![]() |`, `![](…)`.
    name: 'image placeholder',
    maxLength: 200,
    line: /^!\[[^\]]{0,80}\]\([^()\s]{0,150}\)(?:\s*\|)?$/u,
  },
  {
    // A link cut off after its scheme, alone on its line where the copy lost the address: `https://`, `http://www.`.
    name: 'link placeholder',
    maxLength: 20,
    line: /^(?:https?:)?\/\/(?:www\.?)?$/iu,
  },
  {
    // A template's values for missing fields, alone on a line or repeated: `undefined undefined`,
    // `[object Object]`, `Invalid Date`, a field's name left in its braces or percent signs (`{{title}}`, `%title%`).
    name: 'template placeholder',
    maxLength: 60,
    line: /^(?:none|null|undefined|nan|\[object object\]|invalid\s+date|\{\{\s?[\w.]{1,30}\s?\}\}|%[\w.]{1,30}%)(?:\s(?:none|null|undefined|nan|\[object object\]|invalid\s+date|\{\{\s?[\w.]{1,30}\s?\}\}|%[\w.]{1,30}%)){0,3}$/iu,
  },
  {
    // An emoji banner or picture a page's encoding lost, copied as a run of question marks: `????????`.
    name: 'image placeholder',
    maxLength: 200,
    line: /^\?{4,}$/u,
  },
  {
    // A stub picture's alt text where the report has no photo: `Заглушка 375 - нет фото`, `No image`, `Фото жоқ`.
    name: 'image placeholder',
    maxLength: 60,
    line: /^(?:(?:заглушка|placeholder|stub)(?:\s+\d{1,4})?(?:\s*[-–—]\s*(?:нет\s+фото|нет\s+изображения|no\s+(?:photo|image)))?|нет\s+(?:фото|изображения)|фото\s+жоқ|сурет\s+жоқ|no\s+(?:photo|image)(?:\s+available)?)$/iu,
  },
  {
    // A name with a role (`Асель Мукашева Корреспондент-редактор`), a name with the surname in
    // capitals as Kazakh outlets sign reports (`Айгерім ЖАҚСЫЛЫҚОВА`), or a first name and a
    // surname alone on a line (`Айгерим Садыкова`), which no paragraph of a report is. Above a
    // role ending in `:` (`ҰҒА академигі, профессор:`) the name introduces a speaker's words; above
    // a role in small letters (`пресс-секретарь президента`) it signs a quote. The place she writes from may
    // stand under it, the signature closing the text (`Айгүл САПАРОВА` / `Қаратөбе ауданы`, `Анна Петрова` /
    // `Уральск`): it is the byline's. Above the text the word under a name is the page's head. In Kazakh
    // Latin letters the surname ends as the alphabets write `-ұлы`, `-қызы`, `-ов`, `-ева` (`Janat Janqashúly`,
    // `Qanat Aldabergenūly`). A middle initial may stand between (`Олег И. Гусев`).
    name: 'byline',
    unlessNext: /:$|^\p{Ll}/u,
    follows: { lines: 1, shape: 'place', afterText: true },
    line: new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ына|ская|цкая|ов|ев|ёв|ин|ын|ский|цкий|ұлы|қызы|улы|кызы)|\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}[\p{Ll}\p{M}]+(?:ov|ova|ev|eva|uly|úly|ūly|ulı|wlı|qyzy|qızı)|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:[Кк]орреспондент(?:-редактор)?|[Рр]едактор|[Жж]урналист|[Оо]бозреватель|[Фф]отокорреспондент|[Тт]ілші|[Шш]олушы)|\p{Lu}[\p{Ll}\p{M}]+\s+${CAPITALS_SURNAME},?)$`, 'u'),
  },
  {
    // A byline with the author's role in small letters and the outlet's domain after it, as Tengrinews prints it
    // under the headline: `Имя Фамилия руководитель спецпроектов Tengrinews.kz`, `Имя Фамилия шеф-редактор Tengrinews.kz`.
    // No verb and no closing mark: `Имя Фамилия стал редактором Tengrinews.kz.` is text.
    name: 'byline',
    maxLength: 100,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:руководитель|шеф-редактор|главный\s+редактор|выпускающий\s+редактор|редактор|журналист|корреспондент|обозреватель|фотокорреспондент|продюсер|автор)(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+[A-Za-z\d][A-Za-z\d-]*\.(?:kz|ru|com|media)$/u,
  },
  {
    // A site's widget counting the reader's visits in a row, its figure lost in the copy: `Провели подряд дней с нами`,
    // `Провели 5 дней подряд с нами`.
    name: 'counter',
    maxLength: 40,
    line: /^провели\s+(?:\d+\s+)?(?:подряд\s+)?(?:дн(?:ей|я|ь)\s+)?(?:подряд\s+)?с\s+нами$/iu,
  },
  {
    // An advert's text under its label at the page's foot, the banner lost: `реклама` / `COP29` /
    // `Баку, Азербайджан` / `11-22 ноября`. Only short lines running to the end of the copy, or the advert's
    // words to the reader (`Реклама` / `… каждый из вас вноси`): under the label inside the text, a report's
    // subheading or its next paragraph may follow, and a report speaks of the reader only in a quote.
    name: 'advertising label',
    maxLength: 20,
    line: line(words('реклама', 'жарнама', 'jarnama', 'advertisement')),
    follows: { lines: 6, shape: 'label', afterText: true, toEnd: true, address: true },
  },
  {
    // A header's links each printed twice, the icon's title before the link's text, as a copy of its bar
    // keeps them: `Partner Bank Partner Bank О редакции О редакции`. Two links or more, each of one to three
    // words opening in a capital, one of them a site's own page.
    name: 'page navigation',
    maxLength: 120,
    line: (text) => DOUBLED_SITE_PAGE.test(text) && DOUBLED_LINKS.test(text),
  },
  {
    // A site's menu printed under the report, its label over its sections' links to the copy's end:
    // `Меню` / `Люди` / `Город` / `Возможности`. Only under the text and only to the end: a label alone
    // above the report is the navigation below.
    name: 'page navigation',
    line: line(words('меню', 'мәзір', 'mázir')),
    follows: { lines: 16, shape: 'label', afterText: true, toEnd: true },
  },
  {
    name: 'page navigation',
    line: line(words(
      'главная', 'назад', 'вернуться\\s+к\\s+новостям',
      // The link back to the section, its arrow or not: `Вернуться к списку новостей`, `← Назад к новостям`.
      '(?:←\\s*)?(?:назад|вернуться)\\s+(?:к\\s+(?:списку\\s+)?(?:новостей|новостям|статей|статьям|материалов|материалам|публикаций|публикациям)|в\\s+(?:раздел|ленту\\s+новостей))', 'все\\s+новости', 'больше\\s+новостей', 'вся\\s+лента', 'басты\\s+сайтқа\\s+өту', 'basty\\s+saıtqa\\s+ótý', 'باستى\\s+سايتقا\\s+ء?وتۋ', 'меню', 'поиск', 'войти', 'версия\\s+для\\s+слабовидящих', 'нашли\\s+ошибку\\??', 'комментарии', 'оставить\\s+комментарий', 'показать\\s+ещё', 'показать\\s+еще', 'загрузить\\s+ещё', 'реклама', 'на\\s+правах\\s+рекламы',
      // A widget's link to its whole section: `Все видео`, `Все фото`, `Барлық видео`.
      'все\\s+(?:видео|фото|фоторепортажи|статьи|публикации)', 'барлық\\s+(?:видео|бейнелер|фото)', 'barlyq\\s+(?:vıdeo|video|foto)',
      'басты\\s+бет', 'артқа', 'барлық\\s+жаңалықтар', 'іздеу', 'кіру', 'пікірлер', 'пікір\\s+қалдыру', 'толығырақ(?:\\.\\.\\.|…)?', 'жарнама',
      'bas\\s+bet', 'artqa', 'barlyq\\s+jańalyqtar', 'izdeý', 'pikirler', 'pikir\\s+qaldyr[ýu]', 'tolyǵyraq(?:\\.\\.\\.|…)?', 'tolyğyraq', 'jarnama', 'پىكىرلەر', 'تولىعىراق',
      // An amp page's «read more» link under the text: `Басқасын біл`, `باسقاسىن بىل` (its hamza lost or not).
      'басқасын\\s+біл', 'basqasyn\\s+bil', 'باسقاسىن\\s+ء?بىل',
      // A «read on» link closing the text or an excerpt: `Читайте дальше`, `Читать далее…`, `Толығырақ...`, `Әрі қарай оқу`.
      '(?:читайте|читать)\\s+(?:дальше|далее)(?:\\.\\.\\.|…)?', '(?:әрі|ары)\\s+қарай\\s+оқу', 'ári\\s+qaraı\\s+oqý',
      // The header's contact link, its first letter typed in Latin at times: `Связаться с нами`, `Cвязаться с нами`.
      '[сc]вязаться\\s+с\\s+нами', 'обратная\\s+связь', 'бізбен\\s+байланыс',
      // Left in English by the site's theme: `Get In Touch`, `Contact Us`.
      'get\\s+in\\s+touch', 'contact\\s+us',
    )),
  },
  {
    // A site search widget's lines, copied with each copy of the header: `результаты не найдены`,
    // `Посмотреть все результаты`, `Нәтиже табылмады`, `Іздеу нәтижесі табылмады`, `Барлық нәтижені қарау`, left in English, `No Result` /
    // `View All Result`; a blog platform's search box, `Найти тему`, heads the page.
    name: 'search widget',
    maxLength: 30,
    line: line(words('найти\\s+тему', 'результаты\\s+не\\s+найдены', 'ничего\\s+не\\s+найдено', 'посмотреть\\s+все\\s+результаты', '(?:іздеу\\s+)?нәтиже(?:сі|лер)?\\s+табылмады', 'барлық\\s+нәтижені\\s+қарау', 'no\\s+results?', 'view\\s+all\\s+results?')),
  },
  {
    // A city portal's greeting that asks a first visitor's city, and the search box's hint under it: `Добрый день,
    // похоже Вы первый раз зашли на наш портал.` / `Уточните пожалуйста, Ваш город Павлодар?` / `Да, верно Другой город`,
    // `Разделы портала Поиск`, `Введите не менее 4х символов...`. Each line whole, in the portal's wording.
    name: 'city picker',
    maxLength: 80,
    line: /^(?:(?:добрый\s+(?:день|вечер)|здравствуйте),?\s+похоже,?\s+вы\s+(?:первый\s+раз|впервые)\s+зашли\s+на\s+наш\s+(?:портал|сайт)[.!]?|уточните,?\s+пожалуйста,?\s+ваш\s+город\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s*\?|да,?\s+верно,?\s+другой\s+город|разделы\s+портала(?:\s+поиск)?|введите\s+не\s+менее\s+\d{1,2}(?:-?х)?\s+символов\s*(?:\.\.\.|…)?)$/iu,
  },
  {
    // An archive's or a site search's label over its list, the report copied from under it: `«2022-10-03» бойынша
    // іздеу нәтижесі`, `Результаты поиска`, `Результаты поиска: паводок`, `Архив за 3 октября 2022` (a date in it).
    name: 'search widget',
    maxLength: 60,
    // A word of the label the pattern cannot match without.
    holds: /нәтиже|nátıje|ناتيجە|поиска|search|архив/iu,
    line: /^(?:[^.!?]{1,30}\s+(?:бойынша\s+іздеу\s+нәтижесі|boıynsha\s+izdeý\s+nátıjesi|بويىنشا\s+ىزدەۋ\s+ناتيجەسى)|(?:іздеу\s+нәтижелері|результаты\s+поиска|search\s+results)(?:\s*:\s*[^.!?]{1,40}|\s+по\s+запросу\s+[^.!?]{1,40})?|архив(?:\s+новостей|\s+материалов)?\s+за\s+(?=[^\d]{0,20}\d)[\p{L}\d .,-]{1,30})$/iu,
  },
  {
    // A prompt to follow the site on a messenger, closing on the reader's imperative, whatever opens
    // it: `Сілтемесіз жаңалық оқисыз ба? Онда Telegram желісінде парақшамызға тіркеліңіз!`, or on the
    // link it leads to (`Біздің Telegram арнамызға жазылыңыз және … хабардар болыңыз, мына сілтеме -`). A quoted
    // speaker who says so (`«…жазылыңыз», - деді әкім.`) is text.
    name: 'subscribe prompt',
    maxLength: 200,
    line: (text) => {
      const body = FOLLOW_LAST_LETTERS.has(text.at(-1)!) ? text : text.replace(FOLLOW_LINK_TAIL, '');
      if (!FOLLOW_LAST_LETTERS.has(body.at(-1)!)) return false;
      return (FOLLOW_IMPERATIVE.test(lastWord(body)) || FOLLOW_THEN.test(body)) && FOLLOW_CHANNEL.test(body) && !QUOTED_SPEECH.test(body);
    },
  },
  {
    // A site's label in English over a Kazakh or Russian page: `World News in Kazakh`, `Latest News`.
    name: 'page head',
    maxLength: 40,
    line: /^(?:[A-Za-z]+\s){0,3}news(?:\s[A-Za-z]+){0,3}$/iu,
  },
  {
    // The alt text of a site's logo, copied from its header: `Логотип Новости спорта Спорт жаңалықтары`, `Logo Kazinform`.
    name: 'image label',
    maxLength: 80,
    line: /^(?:логотип|logo|лого)(?:\s|$)/iu,
  },
  {
    // The alt text of a visit counter's badge at the page's top: `Top.Mail.Ru`, `Рейтинг@Mail.ru`, `Яндекс.Метрика`.
    name: 'image label',
    maxLength: 30,
    line: /^(?:top\.mail\.ru|рейтинг@mail\.ru|яндекс\.метрика|liveinternet)$/iu,
  },
  {
    // The section a page files the report under, labelled: `Бөлім: Театр`, `Айдар: Қоғам`, `Рубрика: Общество`;
    // or the label alone, its link lost in the copy: `Рубрика:`.
    name: 'rubric',
    maxLength: 50,
    line: line(String.raw`(?:бөлім|айдар|санат|рубрика|раздел|категория|bólim|aıdar)\s*:(?:\s*\p{L}[\p{L} ,-]{1,40})?`),
  },
  {
    // The label of a site's news feed standing alone over the report (`Жаңалықтар тізбегі`), or with
    // the report's rubric after it on one line (`Соңғы жаңалықтар Спорт`). No headline under it is
    // the feed's: it is the report's own.
    name: 'page head',
    maxLength: 60,
    opens: [FEED_LABEL, FEED_RUBRIC],
    line: (text) => FEED_LABEL.test(text) || FEED_RUBRIC.test(text) && isRubric(FEED_RUBRIC.exec(text)![1]!),
  },
  {
    // A rubric of a word or two with the label of the site's feed widget after it, each in capitals
    // as menus print them: `Жаңалықтар Соңғы жаңалықтар`. Case-sensitive: a headline says `соңғы жаңалықтар` in small letters.
    name: 'page head',
    maxLength: 60,
    line: /^(?:\p{Lu}\p{Ll}+\s){1,2}(?:Соңғы жаңалықтар|Sońǵy jańalyqtar|Последние новости|Лента новостей)$/u,
  },
  {
    // The mobile page's link to the full site, a language link before it or not: `Русский Сайттың толық нұсқасы`, `Полная версия сайта`,
    // and a WordPress theme's link leaving the mobile page, `Exit mobile version`; an amp page's link to the report's
    // full page under its headline, an arrow after it or not: `полная версия на сайте`, `Читать в полной версии →`.
    name: 'page navigation',
    maxLength: 60,
    line: line(String.raw`(?:(?:${LANGUAGES})\s+)?(?:сайттың\s+толық\s+нұсқасы|saıttyń\s+tolyq\s+nusqasy|полная\s+версия(?:\s+(?:сайта|на\s+сайте))?|(?:читать|открыть|смотреть)\s+(?:в\s+)?полн(?:ой|ую)\s+верси(?:и|ю)(?:\s+(?:сайта|на\s+сайте))?|толық\s+нұсқасын\s+оқу|exit\s+mobile\s+version)\s*[→»>]*`),
  },
  {
    // The mobile page's notice that the reader is on it, with its link to the desktop page:
    // `Вы зашли на мобильную версию сайта`, `Перейти на версию для ПК`, `Перейти на полную версию сайта`.
    name: 'page navigation',
    maxLength: 60,
    line: /^(?:вы\s+(?:зашли|находитесь)\s+на\s+мобильн(?:ую|ой)\s+верси(?:ю|и)(?:\s+сайта)?|перейти\s+на\s+(?:полную\s+)?версию(?:\s+сайта)?(?:\s+для\s+(?:пк|компьютера|десктопа))?)[.!]?$/iu,
  },
  {
    // The state agency's owner as its site's masthead names it above the page, in any of its editions:
    // `Qazaq TV Телерадиокомпания Президента Казахстана`, `телерадиокомплекс президента РК`,
    // `ҚР Президентінің Телерадиокешені`. A report names the complex in a sentence.
    name: 'masthead',
    maxLength: 60,
    line: /^(?:Qazaq\s+TV\s+)?(?:(?:телерадиокомпания|телерадиокомплекс)\s+президента\s+(?:РК|Республики\s+Казахстан|Казахстана)|(?:ҚР\s+)?Президентінің\s+телерадиокешені)$/iu,
  },
  {
    // A site's name as its header prints it, whose site it is in the genitive: `Қызылорда облысы медицина
    // қызметкерлерінің сайты`, `… әкімдігінің ресми сайты`.
    name: 'masthead',
    maxLength: 80,
    holds: /(?:сайты|порталы)$/u,
    line: /^(?:[\p{L}-]+\s+){1,6}[\p{L}-]+(?:ның|нің|дың|дің|тың|тің)\s+(?:ресми\s+)?(?:сайты|порталы)$/u,
  },
  {
    // A paper's masthead with its address and contacts on one line: `Еженедельная региональная … газета, г.Костанай,
    // ул.… 83, 54-08-30 … name@mail.ru` (what the paper is, a comma, and an e-mail among what follows).
    name: 'masthead',
    maxLength: 300,
    holds: /@[\w-]+\.\w/u,
    line: /^(?:[\p{L}-]+\s+){0,6}(?:газета|газеті|издание|журнал|басылым|портал|агентство)\s*,\s.{0,250}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu,
  },
  {
    // An organisation's legal form alone under its name, as its site's masthead prints it:
    // `Республикалық қоғамдық бірлестігі`, `Республиканское общественное объединение`.
    name: 'masthead',
    maxLength: 50,
    line: LEGAL_FORM,
  },
  {
    // A municipality's site naming it in its masthead, its name and what it is: `Шумерлинский муниципальный
    // округ`, `Ленинский городской округ`, `Тарский муниципальный район`. A headline says what happened there.
    name: 'masthead',
    maxLength: 60,
    line: /^\p{Lu}[\p{Ll}-]+(?:ий|ый|ой)\s+(?:муниципальный|городской)\s+(?:округ|район)$/u,
  },
  {
    // A site's offer of its own services with the address to write to, printed in its header: `Сайт жасап
    // беруге тапсырыс қабылдаймыз! … Хабарласу үшін: name@list.ru`, `Принимаем заказы на … Обращаться: …@….kz`.
    // The offer in the first person plural and the contact label with the address closing the line: a
    // report's line giving an office's address has neither the offer nor ends on it.
    name: 'advertising label',
    maxLength: 260,
    line: (text) => text.includes('@') && SERVICE_OFFER.test(text),
  },
  {
    // A banner network's advert in the page's header offering something for the reader's own site: `Информационный
    // сервер …: валютные баннеры для Вашего сайта`, `Бесплатный счетчик для вашего сайта`.
    name: 'advertising label',
    maxLength: 120,
    holds: /сайта/iu,
    line: /^[^.!?]{3,90}\s(?:для|на)\s+(?:вашего|своего)\s+сайта[.!]?$/iu,
  },
  {
    // An advert in the text's column offering a service to the reader, an imperative and a seller's promise:
    // `Получите ВНЖ или ПМЖ в Казахстане с гарантией – мы знаем как:`, `Закажите ремонт под ключ со скидкой!`.
    name: 'advertising label',
    maxLength: 160,
    holds: /гаранти|скидк|под\s+ключ|знаем\s+как|выгодн/iu,
    line: /^(?:получите|закажите|оформите|купите|успейте)\s[^.!?]{5,120}?(?:с\s+гарантией|со\s+скидкой|под\s+ключ|мы\s+знаем\s+как|выгодно)[^.!?]{0,40}[:!.]?$/iu,
  },
  {
    // A web server's diagnostic printed at the top of the page, however long: `Notice: Function … was called
    // incorrectly. … in /var/www/…/functions.php on line 6114`, `Warning: Undefined variable $x in /home/…/page.php on line 12`.
    name: 'server notice',
    maxLength: 600,
    holds: /\.php\s+on\s+line\s+\d/u,
    line: /^(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)\s*:\s.{5,560}?\sin\s+\/\S+\.php\s+on\s+line\s+\d+$/u,
  },
  {
    // A newspaper's masthead saying since when it appears: `1921 жылы 22 наурыздан шыға бастады`,
    // `Газет 1922 жылғы 1 мамырдан шығады.`, `Газет 1994 жылдан бастап шығады`.
    name: 'masthead',
    maxLength: 60,
    line: SINCE_KK,
  },
  {
    // A newspaper's registration as its masthead or foot prints it, the certificate's number with its
    // series letter: `Тіркеу: … министрлігінде. 2017 жылғы 18 қаңтардағы No 16307-G куәлік`,
    // `Свидетельство о постановке на учет № 13546-Г`. A report's sentence on a registration gives no such number.
    name: 'masthead',
    maxLength: 300,
    opens: MEDIA_CERTIFICATE,
    line: (text) => MEDIA_CERTIFICATE.test(text) && REGISTRATION_WORD.test(text),
  },
  {
    // The links of a page's print version, on one line: `Вернуться назад Распечатать`, `Басып шығару`,
    // glued and each twice as a court's site prints them (`Баспаға арналған нұсқасыБаспаға арналған нұсқасыХат жолдауХат жолдау`).
    name: 'page navigation',
    maxLength: 100,
    line: line(String.raw`(?:${PRINT_LINKS})(?:\s*(?:${PRINT_LINKS}))*`),
  },
  {
    // The link to all of a widget's items under its heading: `Барлығы`, `Все`.
    name: 'page navigation',
    maxLength: 10,
    line: line(words('барлығы', 'все', 'barlyǵy')),
  },
  {
    // A site's notice of its advertising rates, printed in its header: `Жарнама жариялау құны: дайын
    // материалды орналастыру – 30 мың теңге; …`, `Стоимость размещения рекламы: …`.
    name: 'advertising label',
    maxLength: 400,
    line: /^(?:жарнама\s+(?:жариялау|орналастыру)\s+құны|стоимость\s+размещения\s+рекламы)\s*:\s/iu,
  },
  {
    // A site's offer of its advertising space with the number to call or the address to write to, printed in its header:
    // `Реклама на сайте diapazon.kz, в Инстаграм @… и в газете “…”: +7 775 559 11 11`,
    // `По вопросам рекламы обращаться в редакцию name@mail.ru`.
    name: 'advertising label',
    maxLength: 240,
    line: /^(?:реклама|размещение\s+рекламы|по\s+вопросам\s+рекламы|жарнама)\s[^]{0,180}?(?:\+?\d[\d\s()-]{9,20}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu,
  },
  {
    // A newspaper's masthead saying since when it appears: `Издаётся с 7 апреля 1918 года`, `Газет
    // 1922 жылғы 1 мамырдан шығады.`, `1931 жылдың 4 қазанынан бастап шығады`
    name: 'page head',
    maxLength: 60,
    line: SINCE,
  },
  {
    // A document viewer's offer to its visitors, printed over a newspaper's issue it shows: `Create
    // successful ePaper yourself` / `Turn your PDF publications into a flip-book with our unique …`,
    // `Issuu on Google+`.
    name: 'advertising label',
    maxLength: 160,
    line: /^(?:create\s+successful\s+e-?paper\s+yourself|issuu\s+on\s+(?:google\+|facebook|twitter|pinterest|instagram)|turn\s+your\s+pdf\s+publications\s+into\s+a\s+flip-?book\b[^]{0,100})$/iu,
  },
  {
    // The age notice a site prints in its header, a sentence of no report: `Информационная продукция
    // данного сетевого ресурса предназначена для лиц, достигших 18 лет и старше.`
    name: 'age notice',
    maxLength: 200,
    line: /^(?:информационная\s+продукция|материалы|информация|контент|содержание|сайт|портал)\s+(?:(?:данного|этого|настоящего)\s+)?(?:(?:сетевого\s+)?(?:ресурса|сайта|портала|издания)\s+)?предназначен[аоы]?\s+для\s+(?:лиц|пользователей|читателей),?\s+(?:достигших|старше)\s+(?:возраста\s+)?18\s+лет(?:\s+и\s+старше)?\.?$/iu,
  },
  {
    // A site header's age rating under its label: `Возрастное ограничение 18+`, `Возрастная категория: 16+`, `Жас шектеуі 18+`;
    // or the mark alone on its line, as a site's footer prints it: `18+` (one of the ratings, 0, 6, 12, 16, 18).
    name: 'age notice',
    maxLength: 40,
    line: /^(?:(?:возрастное\s+ограничение|возрастная\s+категория|возрастная\s+маркировка|жас\s+шектеуі|жас\s+санаты)\s*:?\s*\d{1,2}\s?|(?:0|6|12|16|18)\s?)\+$/iu,
  },
  {
    // A site's maintenance notice over the page, in the site's own voice: `Ведутся технические работы. Это может
    // временно повлиять на скорость работы сайта. Приносим извинения за неудобства …`. A report quoting it has quotes.
    name: 'page head',
    maxLength: 240,
    line: /^(?:на\s+сайте\s+)?(?:ведутся|проводятся)\s+(?:технические|профилактические|регламентные)\s+работы[^«»"“”]{0,200}?(?:приносим\s+(?:свои\s+)?извинения|благодарим\s+за\s+(?:ваше\s+)?понимание)[^«»"“”]{0,120}$|^сайтта\s+(?:техникалық|профилактикалық)\s+жұмыстар\s+жүргізілуде[^«»"“”]{0,200}?кешірім\s+сұраймыз[^«»"“”]{0,80}$/iu,
  },
  {
    // The label a page puts over paid or partner material, with its age mark or not: `Жарнама құқығында`,
    // `Партнерский материал`, `Реклама 18+`, `Advertisement`, `Jarnamalyq materıal`.
    name: 'advertising label',
    maxLength: 40,
    line: line(String.raw`(?:${words('реклама', 'жарнама', 'на\\s+правах\\s+рекламы', 'жарнама\\s+құқығында', 'jarnama\\s+quqyǵynda', 'рекламный\\s+материал', 'жарнамалық\\s+материал', 'jarnamalyq\\s+mater[ıi]al', 'партн[её]рский\\s+материал', 'материал\\s+партн[её]ра', 'спонсорский\\s+материал', 'серіктес\\s+материалы', 'seriktes\\s+mater[ıi]aly', 'демеуші\\s+материалы', 'партн[её]рский\\s+проект', '\\*\\s*на\\s+правах\\s+рекламы', 'промо', 'pr', 'advertisement', 'advertising', 'sponsored', 'جارناما')})(?:\s*\d{1,2}\+)?`),
  },
  {
    // A sports site's standings widget under the report: its label (in Russian, Kazakh or both) over the
    // table's rows between pipes (`Турнирная таблица` / `Турнирлік кесте` / `| № | Команда | И | О |` / …).
    name: 'standings table',
    line: line(words('турнирная\\s+таблица', 'турнирлік\\s+кесте', 'turn[ıi]rl[ıi]k\\s+keste', 'таблица\\s+чемпионата', 'standings')),
    follows: { lines: 40, shape: 'row', afterText: true },
  },
  {
    // An advertising banner's alt text, the banner lost: after the text, the page's widgets under
    // it, headlines of other reports (`рекламный баннер` / `Headline` / …); above it, the label alone.
    name: 'advertising banner',
    line: line(words('рекламный\\s+баннер', 'баннер', 'жарнамалық\\s+баннер', 'jarnamalyq\\s+banner', 'advertising\\s+banner', 'ad\\s+banner', 'banner')),
    follows: { lines: 12, shape: 'teaser', afterText: true },
  },
  {
    name: 'follow prompt',
    line: line(words('connect\\s+with\\s+us', 'follow\\s+us')),
  },
  {
    // A site's closing list of where else it is, the list cut or not (after an account's name, or after the
    // comma or `и` that joins the next, `Мы есть в YouTube и в Google News, в`): `Мы есть в YouTube и в Google News, в
    // социальных сетях ВК, Одноклассники, …`, `Мы в Telegram и Instagram`. Opening on `мы (есть) в` and an
    // account's name, then accounts only: no sentence of a report does so.
    name: 'follow prompt',
    maxLength: 200,
    line: new RegExp(String.raw`^мы\s+(?:есть\s+|также\s+)?в\s+(?:${SOCIAL}|google\s+news|дзен|яндекс\.?\s*дзен)(?:\s*(?:,|и)\s*(?:в\s+)?(?:${SOCIAL}|google\s+news|дзен|социальных\s+сетях|соцсетях))*(?:\s*,?\s*(?:в\s+)?(?:социальных\s+сетях|соцсетях)(?:\s+[\p{L}.-]+(?:\s*(?:,|и)\s*[\p{L}.-]+)*)?)?(?:[.!]|\s*(?:,|и)(?:\s+в)?)?$`, 'iu'),
  },
  {
    // The English interface strings WordPress and amp themes print around a report on any site:
    // `Read more`, `Leave a comment`, `Share this:`, `Like this:`, `Posted in Жаңалықтар`, `Posted by admin`, `Back to top
    // button` (before the image label of small Latin words, which `back to top` would read as).
    // The posting line names at most three words of a rubric or an account after its label.
    name: 'page navigation',
    maxLength: 90,
    line: line(String.raw`${words('comments', 'no\\s+comments', 'leave\\s+a\\s+(?:comment|reply)', 'read\\s+more', 'continue\\s+reading', 'read\\s+full\\s+(?:article|story)', 'share\\s+this(?:\\s+(?:article|post|story))?\\s*:?', 'like\\s+this\\s*:?', 'like\\s+loading(?:\\.{3}|…)?', 'previous\\s+(?:post|article)', 'next\\s+(?:post|article)', 'uncategorized', 'print', 'tweet', 'pin\\s+it', 'skip\\s+to\\s+content', 'scroll\\s+to\\s+top', 'back\\s+to\\s+top(?:\\s+button)?', 'copy\\s+link', 'cancel\\s+reply', 'leave\\s+a\\s+reply\\s+cancel\\s+reply', 'add\\s+(?:a\\s+)?comment', 'loading(?:\\.{3}|…)?', 'print\\s+this\\s+(?:page|article|post)', 'you\\s+must\\s+be\\s+logged\\s+in\\s+to\\s+post\\s+a\\s+comment\\.?', 'save\\s+my\\s+name,\\s+email,\\s+and\\s+website\\s+in\\s+this\\s+browser\\s+for\\s+the\\s+next\\s+time\\s+i\\s+comment\\.?')}|follow\s+us\s+on\s+(?:${SOCIAL})|(?:posted|published|filed|written)\s+(?:in|by|under)\s*:?\s+\S+(?:\s+\S+){0,2}|by\s+admin|categories\s*:.{1,40}`),
  },
  {
    // An English theme's widget of other reports: `Related`, `You may also like`, with their headlines.
    name: 'related news',
    maxLength: 30,
    line: line(words('related', 'related\\s+(?:posts|articles|news|stories)', 'you\\s+may\\s+also\\s+like', 'more\\s+stories', 'read\\s+also', 'see\\s+also', 'latest\\s+news', 'trending')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A credit label with no credit after it, as a page prints it over a photo it names no one for: `Foto:`, `Сурет: None`.
    name: 'photo credit',
    line: line(String.raw`(?:фото|сурет|foto|sýret|suret|photo|سۋرەت|فوتو)\s*:?(?:\s*(?:none|null|undefined))?`),
  },
  {
    // A letter alone on its line: an initial set apart from its paragraph (a drop cap), a text size button (`A`),
    // a share button's icon letter (`в`).
    name: 'lone letter',
    line: /^\p{L}$/u,
  },
  {
    // A press service signing the report at its end: `Шымкент қаласы әкімінің баспасөз қызметі`, in Russian
    // the service first, `Региональная служба коммуникаций Атырауской области`, `Пресс-служба акимата города`
    // (a name alone, no verb and no mark: a report's sentence on the office has both; so does the report's last
    // sentence with the service's name glued after it, `… шығарды. ҚР ККМ баспасөз қызметі`).
    name: 'source line',
    maxLength: 120,
    line: (text) => (PRESS_SERVICE_TAIL.test(text.slice(-8)) && PRESS_SERVICE.test(text) && SERVICE_NAME.test(text) && !breaksSentence(text)) || PRESS_SERVICE_FIRST.test(text),
  },
  {
    // An akimat signing the report under its headline or at its end, its name alone: `Астана қаласының
    // әкімдігі`, `Жамбыл облысы Тараз қаласының әкімдігі`, Latin `… ákimdigi`, Russian `Акимат города Астаны`,
    // `Акимат Костанайской области`. No verb and no mark: a sentence on the akimat has both.
    name: 'source line',
    maxLength: 80,
    opens: [AKIMAT_NAME, AKIMAT_NAME_RU],
    line: (text) => AKIMAT_NAME.test(text) || AKIMAT_NAME_RU.test(text),
  },
  {
    // A reader's streak on the site, an author box's counter, its number under it or after it: `Бізбен
    // бірге қатарынан болған күндеріңіз` / `12` (the days in a row you have been with us).
    name: 'counter',
    maxLength: 60,
    line: /^(?:бізбен\s+бірге\s+қатарынан\s+болған\s+күндеріңіз|bizben\s+birge\s+qatarynan\s+bolǵan\s+kúnderińiz|(?:вы\s+)?с\s+нами\s+(?:уже\s+)?дней\s+подряд|дней\s+подряд\s+с\s+нами)\s*:?\s*\d{0,5}$/iu,
  },
  {
    name: 'subscribe prompt',
    line: line(words('хабарламаларға\\s+жазылу', 'жаңалықтарға\\s+жазылу', 'habarlamalarǵa\\s+jazylý', 'jańalyqtarǵa\\s+jazylý')),
  },
  {
    // A site's footer links to its mailing list, its news desk and its accounts: `• Рассылка:`,
    // `Предложить новость`, `Мы в соцсетях` (`Мы в соц сетях`, `Мы в соц. сетях` too).
    name: 'page foot',
    maxLength: 30,
    line: line(String.raw`(?:${words('рассылка', 'подписка\\s+на\\s+рассылку', 'предложить\\s+новость', 'сообщить\\s+новость', 'прислать\\s+новость', 'мы\\s+в\\s+соц(?:\\.\\s*|\\s+)?сетях', 'мы\\s+в\\s+социальных\\s+сетях')})\s*:?`),
  },
  {
    // An author signed with an initial: `А. Данияр`; a district paper's, the surname in capitals, a period
    // after it or not: `Н.ТІЛЕП`, `Ж. СӘРСЕНОВА.`
    name: 'byline',
    line: /^\p{Lu}\.\s?(?:\p{Lu}\p{Ll}+|\p{Lu}\.\s?\p{Lu}{3,}\.?|\p{Lu}{3,}\.?)$/u,
  },
  {
    // A post's author as the site's account prints it under each headline of a related-posts block:
    // `admin_mugalzhar`, `admin`. A login of Latin letters alone; no word of a report is one.
    name: 'byline',
    maxLength: 40,
    line: /^admin(?:istrator)?(?:[_.-][a-z\d]+)*$/iu,
  },
  {
    // A menu's separator left alone on its line when its links were not copied: `|`.
    name: 'page navigation',
    maxLength: 4,
    line: /^[|¦]+$/u,
  },
  {
    // A button's glyph left alone on its line anywhere in the copy: a pop-up's or a banner's close
    // button (`×`, `✕`), a menu's (`☰`, `≡`, `⋮`).
    name: 'page navigation',
    maxLength: 2,
    line: /^[×✕✖☰≡⋮]$/u,
  },
  {
    // A site's menu on one line: three items or more between pipes, none of them a sentence.
    name: 'page navigation',
    maxLength: 200,
    line: (text) => text.includes('|') && MENU.test(text),
  },
  {
    // An image's label or file name copied with the page: `jitsu gif`, `photo_2026-03-01.jpg`.
    name: 'image label',
    opens: IMAGE_ENDING,
    line: (text) => IMAGE_ENDING.test(text) && text.split(' ').length <= 4,
  },
  {
    // Links for keyboard and screen-reader users at the top of a page.
    name: 'page navigation',
    maxLength: 40,
    line: line(words('перейти\\s+к\\s+(?:основному\\s+)?(?:контенту|содержанию|содержимому)', 'доступность\\s+ссылок', 'skip\\s+to\\s+(?:main\\s+)?content')),
  },
  {
    // A CMS's label over the article's details (its author, stamp, views), as Joomla prints it, a list's dash before it
    // or not: `Информация о материале`, English `Details`.
    name: 'page navigation',
    maxLength: 30,
    line: /^(?:[-–—]\s)?(?:информация\s+о\s+материале|материал\s+туралы\s+ақпарат|details)$/iu,
  },
  {
    name: 'news widget',
    maxLength: 20,
    line: line(words('похожие\\s+записи', 'похожие\\s+статьи', 'новые\\s+статьи', 'новые\\s+записи', 'свежие\\s+статьи')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A block of other news under the text, named so: its label over another report's headline heads the rest of the
    // copy, the items' excerpts closing sentences too (`Другие новости` / `Headline` / `10 апреля 2024` / `Excerpt.`),
    // a gallery page's `Другие галереи` over other galleries' titles;
    // in Kazakh `Басқа жаңалықтар`, `Өзге жаңалықтар`, `Өзгелердің жаңалығы` (others' news, as BAQ.KZ heads it; each
    // item's stamp and rubric above its headline or not).
    name: 'news widget',
    maxLength: 24,
    line: line(words('другие\\s+новости', 'другие\\s+(?:фото)?галереи', 'другие\\s+фоторепортажи', 'еще\\s+новости', 'ещё\\s+новости', 'басқа\\s+жаңалықтар', 'өзге\\s+жаңалықтар', 'өзгелердің\\s+жаңалы(?:ғы|қтары)', '[oó]zgelerdi[ńn]\\s+jańaly(?:ǵy|qtary)', 'basqa\\s+jańalyqtar', 'özge\\s+jańalyqtar', '[oó]zge\\s+jańalyqtar')),
    follows: { lines: 12, shape: 'teaser', feed: true },
  },
  {
    // A media widget's label over its link to the whole section: `Видео` / `Все видео`, `Фото` / `Все фото`.
    // Alone, the word may be a report's mark or section: only the link under it tells the widget.
    name: 'news widget',
    maxLength: 15,
    line: line(words('видео', 'фото', 'фотогалерея', 'бейне', 'vıdeo', 'video')),
    ifNext: /^(?:все|барлық|barlyq)\s+(?:видео|фото|бейнелер|vıdeo|video|foto)$/iu,
  },
  {
    // A one-item widget above the report: `Важно` and the headline of another report.
    name: 'news widget',
    maxLength: 10,
    line: line('важно'),
    follows: { lines: 1, shape: 'headline' },
  },
  {
    // The rubric with its counters and the author's name after them: `Общество 0 480 Лиана Рязанцева`
    // (lada.kz), or the rubric printed twice, as a link and its label, before the name:
    // `Усть-Каменогорск и ВКО Усть-Каменогорск и ВКО Татьяна Золотарева` (ustinka.kz).
    name: 'byline',
    line: (text) => {
      if (!SMALL_LAST.test(text) || !AUTHOR_LAST.test(text)) return false;
      const counted = DIGIT.test(text) ? RUBRIC_COUNTERS_AUTHOR.exec(text)?.[1] : undefined;
      if (counted !== undefined) return isRubric(counted) || COUNTED_LABEL.test(text);
      return RUBRIC_TWICE_AUTHOR.test(text);
    },
  },
  {
    // A rubric with its comment and view counters: `Новости Казахстана 0 593`.
    name: 'rubric',
    opens: RUBRIC_COUNTERS,
    line: (text) => {
      const name = DIGIT_LAST.test(text) ? RUBRIC_COUNTERS.exec(text)?.[1] : undefined;
      return name !== undefined && isRubric(name);
    },
  },
  {
    // A video player copied with the page: its clock, its messages and its size buttons.
    name: 'media player',
    maxLength: 60,
    opens: [PLAYER_CLOCK, PLAYER_LABEL],
    line: (text) => PLAYER_CLOCK.test(text) || PLAYER_LABEL.test(text),
  },
  {
    name: 'share prompt',
    maxLength: 40,
    line: line(words('поделитесь\\s+с\\s+друзьями', 'поделиться\\s+с\\s+друзьями', 'поделитесь\\s+(?:новостью|статьей|статьёй|материалом)\\s+с\\s+друзьями', 'расскажите\\s+друзьям')),
  },
  {
    // A WordPress theme's share buttons, listed with their bullets: `Shares`, `• Share On Facebook`, `• Tweet It`.
    name: 'share prompt',
    maxLength: 30,
    line: new RegExp(String.raw`^(?:[•·]\s*)?(?:share\s+on\s+(?:${SOCIAL})|tweet\s+it|shares)$`, 'iu'),
  },
  {
    // The comment form under a report, and the headlines of other reports the page lists after it; the
    // form's label cut off by the copy at the page's foot too (`для добавления коммент`); the empty thread's
    // notice either way round, `Комментариев нет`, `Нет комментариев`, with its invitation or not (`… Почему бы Вам не оставить свой?`).
    name: 'comments',
    maxLength: 60,
    line: line(words('комментарии\\s+отсутствуют', 'комментариев\\s+(?:пока\\s+)?нет\\.?', '(?:пока\\s+)?нет\\s+комментариев(?:\\s+пока)?\\.?(?:\\s+будьте\\s+первым!?|\\s+почему\\s+бы\\s+вам\\s+не\\s+оставить\\s+свой\\??)?', 'будьте\\s+первым,\\s+кто\\s+оставит\\s+комментарий!?', 'для\\s+добавления\\s+коммент(?:ари(?:ев|я)?|а)?', 'уже\\s+зарегистрированы\\??')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // The prompts of a comment form's fields, as a blog theme prints them under its text box: `Пожалуйста, введите
    // ваш комментарий!`, `пожалуйста, введите ваше имя здесь`, `Вы ввели неправильный адрес электронной почты!`;
    // in Kazakh the form's heading and prompts too (`ЖАУАП ҚАЛДЫРУ`, `Пікіріңізді енгізіңіз!`, `мұнда сіздің атыңызды енгізіңіз`).
    name: 'comments',
    maxLength: 100,
    line: (text) => FIELD_PROMPT.test(text) || isCommentFormField(text),
  },
  {
    // The signature of the site's text editor: `Powered by Froala Editor`.
    name: 'page navigation',
    maxLength: 60,
    line: /^powered\s+by\s+[\p{L}\d .-]{2,40}$/iu,
  },
  {
    // Image markup copied as text: `<image>data:image/s3,"s3://crabby-images/b29b6/b29b6e578cb0e61bff9f0bbd6e2ce0781cb3576b" alt="…"</image>`.
    name: 'image placeholder',
    // Its alt text may be the headline printed twice.
    maxLength: 600,
    line: (text) => text.startsWith('<') && MARKUP.test(text),
  },
  {
    // A byline with the author's role in brackets: `Варвара Кошечкина (редактор отдела информации)`.
    name: 'byline',
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\(\p{Ll}[\p{Ll}\s-]{2,70}\)$/u,
  },
  {
    // The author's role under a byline, naming the outlet: `Автор Новости Mail`, `Редактор издания`,
    // `Редактор газеты «Степь»`; words after it are the outlet's name (`Редактор газеты ушел в
    // отставку` is a headline). A meta list's bullet before it and the separator after it, the stamp
    // on the next item, as the page lists them: `• Автор Vecher.kz /`.
    name: 'byline',
    maxLength: 44,
    line: /^(?:[•·]\s*)?(?:[Аа]втор|[Рр]едактор|[Оо]бозреватель)\s+(?:\p{Lu}[\p{L}\d.-]*|новостей|издания|портала|сайта|агентства|редакции|газеты|телеканала)(?:\s+[«"]?\p{Lu}[\p{L}\d.-]*[»"]?){0,3}(?:\s+[|/])?$/u,
  },
  {
    // The author's role alone where the page prints her byline: `Старший корреспондент отдела General News`,
    // `редактор отдела «потребительский рынок»` (the department's name quoted),
    // `Собственный корреспондент газеты «Степь»`, or the region it covers: `собственный корреспондент по
    // области Жетiсу`, `… по Карагандинской области`, a city with it, `… по Туркестанской области и г. Шымкент`; what follows
    // the role is its department, outlet or region only.
    name: 'byline',
    maxLength: 70,
    line: /^(?:(?:[Сс]тарший|[Мм]ладший|[Вв]едущий|[Гг]лавный|[Сс]обственный|[Сс]пециальный|[Вв]ыпускающий)\s+(?:корреспондент|редактор|обозреватель|журналист)(?=$|\s+(?:отдела|газеты|издания|портала|агентства|телеканала|редакции|сайта|по)\s)|(?:[Кк]орреспондент|[Рр]едактор|[Оо]бозреватель|[Жж]урналист)(?=\s+отдела\s))(?:\s+отдела(?:(?:\s+[\p{L}\d-]+){1,3}|\s+[«"][^«»"]{2,40}[»"])|\s+(?:газеты|издания|портала|агентства|телеканала|редакции|сайта)(?:\s+[«"]?\p{Lu}[\p{L}\d.-]*[»"]?){1,3}|\s+по\s+(?:(?:области|городу|району)\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+(?:\s+области)?)(?:\s+и\s+(?:г\.\s?|городу\s+)\p{Lu}[\p{L}-]+)?)?$/u,
    unlessNext: /:$/u,
  },
  {
    // Another report's lead with its comment counter glued to its last sentence: `…этого выбора.4 комментария`.
    name: 'teaser of another report',
    maxLength: 260,
    opens: GLUED_COMMENTS,
    line: (text) => COMMENTS_LAST.test(text.slice(-12)) && GLUED_COMMENTS.test(text),
  },
  {
    // A widget above the report: `• Новость часа` glued to the headline of another report.
    name: 'news widget',
    maxLength: 260,
    line: /^новость\s+часа/iu,
  },
  {
    // A byline whose label was typed with a Latin `T`: `Tекст: Елизавета Шишкова`.
    name: 'byline',
    line: /^T[eе]кст\s*:\s*[\p{L}.\- ,]{2,80}$/u,
  },
  {
    // A reading mode's toggle, copied from under the stamp: `Оқу режимі`, `Oqý rejımi` (its first letter at
    // times a Cyrillic `О`), `Режим чтения`. No headline, though it stands where one does.
    name: 'page navigation',
    line: line(words('[оo]қу\\s+режимі', '[оo]q[ýuy]\\s+rej[ıi]m[ıi]', 'режим\\s+чтения', 'reading\\s+mode')),
  },
  {
    // A gallery's buttons copied with the photo's caption: `Выйти из полноэкранного режима Развернуть на весь экран …`.
    name: 'media player',
    maxLength: 260,
    line: /^выйти\s+из\s+полноэкранного\s+режима(?:\s|$)/iu,
  },
  {
    // A video's label alone, where the copy lost the player under it: `Видео:`, `Бейне:`. (A credit's
    // label over its credit is joined to it before: photo-credit.ts.)
    name: 'media player',
    maxLength: 20,
    line: /^(?:видео|бейне|бейнежазба|video|vıdeo|beıne|beine)\s*:$/iu,
  },
  {
    // What a page's video player shows where the copy lost the video: `Your browser doesn’t support HTML5`,
    // or the player's label for a video the site hosts itself, `Local video`.
    name: 'media player',
    maxLength: 60,
    line: line(words('local\\s+video', 'your\\s+browser\\s+does(?:n[’\']t|\\s+not)\\s+support\\s+html5(?:\\s+video)?', 'ваш\\s+браузер\\s+не\\s+поддерживает\\s+html5(?:\\s+видео)?')),
  },
  {
    // A site's notice to its readers about the site itself, printed over every page: `Құрметті оқырмандар назарына!
    // «…» желілік басылымы … қызметін тоқтатты`, `К сведению уважаемых читателей! Сетевое издание «…» прекратило …`.
    // The address to the readers first, the site or the edition named after it.
    name: 'site notice',
    maxLength: 600,
    holds: /оқырман|читател|oqyrman/iu,
    line: /^(?:құрметті\s+оқырмандар(?:\s+назарына)?|к\s+сведению\s+(?:уважаемых\s+)?читателей|уважаемые\s+читатели|qurmetti\s+oqyrmandar(?:\s+nazaryna)?)\s*[!:,.]\s+[^]{0,200}?(?:сайт|сетевое\s+издание|интернет-издание|желілік|басылым|портал|saıt|basylym)/iu,
  },
  {
    // A video page's description for search engines, the headline inside its template between the site's
    // emoji: `Смотрите онлайн ⚡ <headline> ✅ Телевизионные сюжеты … на Tengri TV.`, `Онлайн көріңіз ⚡ … ✅ …`.
    name: 'page description',
    maxLength: 400,
    holds: /⚡/u,
    line: /^(?:(?:смотрите|читайте|слушайте)\s+онлайн|онлайн\s+(?:көріңіз|оқыңыз|тыңдаңыз)|watch\s+online)\s*⚡.+✅/iu,
  },
  {
    // The notice a page prints for readers whose browser runs no scripts, copied above the headline:
    // `Включите JavaScript в настройках браузера`, `Для корректной работы сайта включите JavaScript`,
    // `JavaScript отключен в вашем браузере`, `Браузер баптауларында JavaScript қосыңыз`, `Please enable JavaScript`,
    // and an old video player's, `Для просмотра требуется поддержка flash и javascript`.
    name: 'browser notice',
    maxLength: 90,
    line: /^(?:(?:для\s+(?:корректной|полноценной|правильной)\s+работы\s+(?:сайта|страницы),?\s+)?(?:пожалуйста,?\s+)?включите\s+(?:поддержку\s+)?javascript(?:\s+в\s+(?:настройках\s+)?(?:вашего\s+|своего\s+)?браузер[аеу])?|javascript\s+(?:отключен|выключен)(?:\s+в\s+вашем\s+браузере)?|(?:браузер(?:іңіздің)?\s+баптауларында\s+)?javascript(?:-?ті)?\s+қосыңыз|(?:please\s+)?enable\s+javascript(?:\s+in\s+your\s+browser)?|you\s+need\s+to\s+enable\s+javascript\s+to\s+run\s+this\s+app|javascript\s+is\s+disabled(?:\s+in\s+your\s+browser)?|для\s+просмотра\s+(?:требуется|необходима|нужна)\s+поддержка\s+(?:flash|javascript)(?:\s+и\s+(?:flash|javascript))?)[.!]?$/iu,
  },
  {
    // A blog engine's shortcode for a video, copied unrendered: `[youtube]https://…[/youtube]`, `[embed]…[/embed]`,
    // `[video src="…"]`. The player is the page's; the text never prints it.
    name: 'media player',
    maxLength: 300,
    line: /^\[(youtube|vimeo|video|embed|embedyt|rutube)(?:\s[^\]]*)?\](?:\S*\[\/\1\])?$/iu,
  },
  {
    // A blog engine's gallery shortcode copied unrendered: `[gallery link="file" ids="20974,20975"]`, or a plugin's
    // slider, its name and settings (`[smartslider3 slider=328]`). The pictures are the page's.
    name: 'image label',
    maxLength: 300,
    line: /^\[(?:[Gg]allery(?:\s[^\]]*)?|[a-z][a-z\d_-]*(?:\s+[a-z_-]+=(?:"[^"\]]*"|'[^'\]]*'|[^\s\]"']+))+)\]$/u,
  },
  {
    // A rating widget's line in English, its stars' alt text run together: `User Rating: 5 / 5`, `Star ActiveStar Active…`.
    name: 'counter',
    maxLength: 120,
    line: /^(?:user\s+rating:\s*\d(?:[.,]\d)?\s*\/\s*5|(?:star\s*(?:active|inactive|half)\s*){1,5})$/iu,
  },
  {
    // What a video embed prints where the copy lost the video's address: `YouTube Embed: No video/playlist ID has been supplied`.
    name: 'media player',
    maxLength: 80,
    line: /^(?:youtube\s+embed:\s*)?no\s+video(?:\/playlist)?\s+id\s+has\s+been\s+supplied\.?$/iu,
  },
  {
    // A multilingual site's language marker left in the text it copied: `[:kz]`, `[:ru]`, `[:]`.
    name: 'language marker',
    maxLength: 10,
    line: /^\[:[a-z]{0,3}\]$/u,
  },
  {
    name: 'rubric',
    line: line(words('негізгі\\s+жаңалықтар', 'басты\\s+жаңалықтар', 'negizgi\\s+jańalyqtar', 'basty\\s+jańalyqtar')),
  },
  {
    // A campaign's rubric under the headline, the word and the year it runs for: `Баспасөз — 2026`
    // (the subscription drive), `Сайлау-2024`, `Подписка — 2025`.
    name: 'rubric',
    maxLength: 30,
    line: line(String.raw`(?:${words('баспасөз', 'жазылу', 'сайлау', 'подписка', 'выборы', 'baspasóz', 'baspasöz', 'jazylý', 'jazylu', 'saılaý', 'sailau', 'ءباسپاسوز', 'سايلاۋ')})\s*[—–-]\s*(?:19|20)\d{2}`),
  },
  {
    name: 'dated banner',
    maxLength: 160,
    opens: DATED_BANNER,
    line: (text) => DIGIT_FIRST.test(text) && monthNumber(DATED_BANNER.exec(text)?.[1] ?? '') !== undefined,
  },
  {
    // A rubric of its own line before the report's stamp and counters: `НЕГІЗГІ ЖАҢАЛЫҚТАР 30 наурыз 2020 г. 369 0`;
    // a news widget's label glued so to its first item's stamp, its headline lost: `ЖЕДЕЛ ЖАҢАЛЫҚТАР 08 ақпан 2018 г. 900 0`.
    name: 'date or time stamp',
    maxLength: 200,
    needs: ['digit'], // the stamp after the rubric
    line: (text) => {
      const digit = text.search(DIGIT);
      if (digit < 3 || digit > RUBRIC_LONGEST) return false;
      const rubric = text.slice(0, digit).trim();
      const labelled = isRubricOrWidget(rubric);
      return labelled && metaLine(text.slice(digit)) === 'stamp';
    },
  },
  {
    // A blog platform's prompt above a post, each on its own line: `Нравится блог?`, `Подписывайтесь!`,
    // and the button a page prints under its logo, `Подписаться` (`Жазылу` in Kazakh).
    name: 'subscribe prompt',
    maxLength: 30,
    line: line(words('нравится\\s+блог\\?', 'подписывайтесь!', 'подпишитесь!', 'жазылыңыз!', 'jazylyńyz!', 'подписаться', 'подписаться\\s+на\\s+(?:рассылку|новости|канал)', 'жазылу', 'jazylý')),
  },
  {
    // The Kazakh form of `Следите за новостями zakon.kz в:`, the networks' links lost after its colon: `Жаңалықтан
    // zakon.kz сайтында хабардар болыңыз:` (keep up with the news on the site). An imperative to the reader.
    name: 'subscribe prompt',
    line: /^(?:жаңалықтан|жаңалықтардан|jańalyqtan|jańalyqtardan)\s+(?:[^\s!?:]+\s+){0,4}(?:хабардар\s+болыңыз|habardar\s+bolyńyz)\s*[:!.]?$/iu,
  },
  {
    // A subscribe box's promise on its own line, between the call and the button: `Жаңалықтарды ең бірінші
    // болып оқыңыз`, `Узнавайте новости первыми!` (read the news first). An imperative to the reader about
    // the news: a report's sentence names what happened.
    name: 'subscribe prompt',
    line: /^(?:(?:жаңалықтарды|жаңалықтан)\s+(?:ең\s+)?(?:бірінші|алғашқы|алғашқылардың\s+бірі)(?:\s+болып)?\s+(?:оқыңыз|біліңіз|хабардар\s+болыңыз)|jańalyqtardy\s+(?:eń\s+)?birinshi(?:\s+bolyp)?\s+(?:oqyńyz|bilińiz)|(?:узнавайте|читайте)\s+(?:все\s+|главные\s+)?новости\s+первыми|будьте\s+в\s+курсе\s+(?:всех\s+|главных\s+)?новостей(?:\s+первыми)?)[.!]?$/iu,
  },
  {
    // An author signed with academic degrees before the name, as scholarly pages print it:
    // `Ф.ғ.д., профессор Асқар Нұрланов`, `F.ǵ.d., professor Asqar Nurlanov`. Above a role ending
    // in `:` the line introduces a speaker.
    name: 'byline',
    maxLength: 100,
    opens: DEGREE_FIRST,
    unlessNext: /:$/u,
    line: (text) => DEGREE_FIRST.test(text) && DEGREES.test(SIGNED_NAME.exec(text)?.[1] ?? ''),
  },
  {
    // An image's alt text made of its file name: a few ASCII words in lower case (`sherubay rmanbay
    // ly`), or a gallery's picture numbered at its end (`auil tinisi01`, `sapar-3`). Last, so that a rule
    // that names such a line better (`please wait`) comes first.
    name: 'image label',
    line: /^[a-z]{2,}(?:(?: [a-z]+){1,4}|(?: [a-z]+){0,4}[_-]?\d{1,3})$/u,
  },
  {
    // An image's file name with its copy's number, as a gallery's pictures are titled: a few words in small
    // letters, any script, then `(1)`, `(2)` (`садик казталов (1)`). No report's line is only that.
    name: 'image label',
    maxLength: 60,
    line: /^\p{Ll}[\p{Ll}\d_-]*(?:\s[\p{Ll}\d_-]+){0,3}\s?\(\d{1,3}\)$/u,
  },
  {
    // The «latest news» widget's label in Arabic script (ar.inform.kz), with the headlines under it.
    name: 'news widget',
    maxLength: 30,
    line: line('سوڭعى\\s+جاڭالىقتار'),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // Kazakh widgets of other reports under a report, in Cyrillic and Arabic script, with the headlines
    // they link: `Басқа материалдар` (other material), `Ұқсас ақпараттар`, `ۇقساس جاڭالىقتار` (similar news),
    // `Сәйкес тақырыптар` (related topics; some themes print its headlines above it: rules/page-foot.ts).
    name: 'news widget',
    maxLength: 30,
    line: line(words('басқа\\s+материалдар', 'сәйкес\\s+тақырыптар', 'ұқсас\\s+ақпараттар', 'ұқсас\\s+материалдар', 'ұқсас\\s+мақалалар', 'basqa\\s+mater[ıi]aldar', 'uqsas\\s+aqparattar', 'ۇقساس\\s+جاڭالىقتار', 'ۇقساس\\s+اقپاراتتار', 'باسقا\\s+ماتەريالدار')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A page's foot: the comment form's links in Arabic script (`پىكىر قالدىرۋ`, leave a comment; `پىكىر ۇستەۋ`,
    // add one), in Latin (`Pikir jazý`; `Pikir qaldyrý` is in the list above) and `Тағы да` (more).
    name: 'page navigation',
    maxLength: 20,
    line: line(words('پىكىر\\s+قالدىرۋ', 'پىكىر\\s+ۇستەۋ', 'پىكىر\\s+جازۋ', 'пікір\\s+үстеу', 'пікір\\s+жазу', 'pikir\\s+[úu]ste[ýu]', 'pikir\\s+jaz[ýu]', 'тағы\\s?да', 'تاعى\\s?دا')),
  },
  {
    // A Kazakh share prompt asking the reader who liked the report: `Ұнаса, бөлісіңіз`, `Ұнады ма? Бөлісіңіз!`.
    name: 'share prompt',
    maxLength: 50,
    line: /^(?:ұнаса|ұнады\s+ма\?|unasa|unady\s+ma\?|ۇناسا|ۇنادى\s+ما؟?)[,،]?\s*(?:достарыңызбен\s+|dostaryńyzben\s+|دوستارىڭىزبەن\s+)?(?:бөлісіңіз|bólisińiz|ء?بولىسىڭىز)[.!]?$/iu,
  },
  {
    // A Kazakh subscribe prompt over the channel's link: `Маңызды жаңалықтарды жіберіп алмаңыз` (don't miss the news).
    name: 'subscribe prompt',
    maxLength: 60,
    line: /^(?:маңызды|соңғы|mańyzdy|sońǵy|ماڭىزدى|سوڭعى)\s+(?:жаңалықтарды|jańalyqtardy|جاڭالىقتاردى)\s+(?:жіберіп|өткізіп|jiberip|ótkizip|جىبەرىپ|وتكىزىپ)\s+(?:алмаңыз|almańyz|الماڭىز)[.!]?$/iu,
  },
  {
    // The comment form's other prompts in each script: add one (`Пікір қосу`, `Pikir qosý`, `پىكىر قوسۋ`), leave
    // one (`Пікір қалдырыңыз`), write yours (`Пікіріңізді жазыңыз`); its prompt to sign in is a `login prompt`.
    name: 'comment form',
    maxLength: 50,
    line: line(words(
      'пікір\\s+қосу', 'pikir\\s+qos[ýu]', 'پىكىر\\s+قوسۋ',
      'пікір\\s+қалдырыңыз', 'pikir\\s+qaldyryńyz', 'پىكىر\\s+قالدىرىڭىز',
      'пікіріңізді\\s+(?:жазыңыз|қалдырыңыз)', 'pikirińizdi\\s+(?:jazyńyz|qaldyryńyz)', 'پىكىرىڭىزدى\\s+(?:جازىڭىز|قالدىرىڭىز)',
    ) + String.raw`[.!]?`),
  },
  {
    // A Kazakh byline naming the photographer too, in the possessive: `Бейімбет Молдағали, Алмас Қайсар,
    // фотолар Алмас Қайсардыкі` (photos are Almas Qaisar's), as vlast.kz prints it under its stamp.
    name: 'byline',
    maxLength: 120,
    line: (text) => text.endsWith('кі') && BYLINE_PHOTOGRAPHER.test(text),
  },
  {
    // A site's panel for readers with poor sight, copied from its header: `icon`, `Қаріп өлшемі: A A A`
    // (font size), `Суреттер:` (pictures) with its `Вкл` / `Выкл` switch, `Размер шрифта:`.
    name: 'page navigation',
    maxLength: 30,
    line: line(String.raw`(?:қаріп\s+өлшемі|qarip\s+ólshemi|размер\s+шрифта)\s*:?(?:\s*a){0,3}|(?:суреттер|изображения|sýretter)\s*:|вкл|выкл|icon`),
  },
  {
    // The site's greeting in its header, naming the site, a language link before it at times: `汉文 ىلە اقپارات
    // تورابىنا حوش كەلدىڭىزدەر!` (welcome to the Ile news site), `Сайтымызға қош келдіңіздер!`,
    // `Добро пожаловать на сайт …`.
    name: 'page navigation',
    maxLength: 100,
    holds: /келдіңіз|keldińiz|كەلدىڭىز|пожаловать/iu,
    line: /^(?:[^.!?]{0,60}(?:сайт|портал|торап|sa[ıi]t|portal|سايت|پورتال|تورا[بپ])\p{L}*\s+(?:қош|qosh|[حق]وش)\s+(?:келдіңіз(?:дер)?|keldińiz(?:der)?|كەلدىڭىز(?:دەر)?)|добро\s+пожаловать\s+на\s+(?:сайт|портал)[^.!?]{0,60})\s*!?$/iu,
  },
  {
    // The site's name with its header's controls after it on one line: `Locman.kz Размер шрифта Вверх`
    // (font size, back to top), `Example.kz Версия для печати`.
    name: 'page navigation',
    maxLength: 70,
    line: /^[\p{L}\d-]+\.(?:kz|ru|com|org|net|info|media)(?:\s+(?:размер\s+шрифта|қаріп\s+өлшемі|вверх|наверх|версия\s+для\s+печати|басып\s+шығару)){1,3}$/iu,
  },
  {
    // The account a WordPress site signs its posts with, alone on its line: `admin`.
    name: 'byline',
    maxLength: 13,
    line: line(words('admin', 'administrator', 'админ')),
  },
  {
    // A link to the report in the site's other language, and the notice that there is one:
    // `Читайте этот материал на русском.`, `Бұл материалды орыс тілінде оқыңыз`, `Қазақ тіліне аудару`,
    // `Читать на казахском`, `Также это интервью вы можете прочитать на казахском языке.`, `Қазақ тілінде оқу` (read in Kazakh),
    // `Осы мақаланың қазақша нұсқасын оқыңыз` (read this article's Kazakh version), `Читайте казахскую версию статьи`.
    name: 'language switcher',
    maxLength: 90,
    line: line(String.raw`(?:(?:қазақ|орыс|ағылшын)\s+тілінде\s+оқу|читайте\s+(?:этот\s+материал|эту\s+статью|этот\s+текст)\s+на\s+(?:русском|казахском|английском)(?:\s+языке)?|(?:бұл\s+)?(?:материалды|мақаланы)\s+(?:орыс|қазақ|ағылшын)\s+тілінде\s+оқыңыз|(?:қазақ|орыс)\s+тіліне\s+аудару|перевести\s+на\s+(?:казахский|русский)(?:\s+язык)?|читать\s+на\s+(?:казахском|русском)(?:\s+языке)?|(?:также\s+)?(?:это|эту|этот)\s+(?:интервью|статью|материал|новость)\s+(?:вы\s+)?(?:можете|можно)\s+прочитать\s+на\s+(?:казахском|русском)\s+языке|(?:осы\s+|бұл\s+)?(?:материалдың|мақаланың)\s+(?:қазақша|орысша|ағылшынша)\s+нұсқасын\s+оқыңыз|(?:читайте\s+)?(?:казахскую|русскую|английскую)\s+версию\s+(?:этой\s+|этого\s+)?(?:статьи|материала|текста))[.!]?`),
  },
  {
    // The page's contact lines, copied from its header or footer: `Телефон: +7 (7172) 489-074`, `Эл. почта: foto1@inform.kz`.
    name: 'contact line',
    underTextLabel: false,
    // The tags' label, its links lost, may be glued before it: `ТегиPhone: +7 (7172) 757 485`.
    line: line(String.raw`(?:теги|tags)?(?:телефон|тел\.?|phone|tel\.?|факс|fax|e-?mail|эл\.?\s*почта|электронная\s+почта|электрондық\s+пошта|байланыс\s+телефоны)\s*:\s*(?:\+?[\d\s()+-]{6,24}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`),
  },
  {
    // The share prompt under a Kazakh report: `Мақаламен бөлісу` (share the article).
    name: 'share prompt',
    maxLength: 30,
    line: line(words('мақаламен\\s+бөлісу', 'maqalamen\\s+bólisý', 'maqalamen\\s+bölısu')),
  },
  {
    // What a comment widget prints where its script did not run, copied under the report.
    name: 'comments',
    maxLength: 140,
    line: line(String.raw`если\s+вы\s+видите\s+данное\s+сообщение,\s+значит\s+возникли\s+проблемы\s+с\s+работой\s+системы\s+комментариев\.(?:\s+возможно\s+у\s+вас\s+отключен\s+javascript\.?)?`),
  },
  {
    // A regional site's invitation to follow it, over two lines: `Узнайте первым о важных новостях
    // … на нашей странице` / `в Instagram и нашем Telegram - канале`. Neither ends as a sentence.
    name: 'subscribe prompt',
    maxLength: 120,
    line: /^(?:узнайте\s+(?:первым|первыми)\s+о\s[^.!?]{3,100}|в\s+(?:instagram|telegram|facebook|tiktok|youtube)(?:\s+и\s+(?:нашем\s+)?(?:instagram|telegram|facebook|tiktok|youtube))?\s*-?\s*(?:канале|аккаунте|странице))$/iu,
  },
  {
    // The «recommended» widget's label (dalanews.kz), with the headlines under it.
    name: 'news widget',
    maxLength: 20,
    line: line(words('ұсынылған', 'usynylǵan', 'usynylğan')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // The author's name before the report's stamp, with its time and views: `Saǵynysh Sardarova 19 qar. 2024 17:45 202`,
    // or the press service credited as the author (`пресс-служба Минздрава РК 31 Августа 2023, 19:54`), or an open source;
    // or after it: `23-10-2023, 12:11 Имя Фамилиясы`, `Кеше, 09:45 Имя Фамилиясы` (yesterday: no day to date the report by);
    // an office after a stamp with its year, its hour or not: `20 Октября, 2025 Акимат Карагандинской области`.
    name: 'byline',
    maxLength: 100,
    needs: ['digit'], // the stamp
    line: (text) => {
      const name = NAME_BEFORE_STAMP.exec(text)?.[0] ?? PRESS_SERVICE_BEFORE_STAMP.exec(text)?.[0] ?? OPEN_SOURCE_BEFORE_STAMP.exec(text)?.[0];
      if (name !== undefined) return CLOCK.test(text) && metaLine(text.slice(name.length)) === 'stamp';
      if (!STAMP_FIRST.test(text)) return false;
      const after = NAME_AFTER_STAMP.exec(text);
      if (after !== null && CLOCK.test(text) && metaLine(text.slice(0, after.index)) === 'stamp') return true;
      const office = OFFICE_AFTER_STAMP.exec(text);
      const stamp = office ? text.slice(0, office.index) : '';
      return office !== null && STAMP_YEAR.test(stamp) && metaLine(stamp) === 'stamp';
    },
  },
  {
    // An author signed with the surname in capitals and a role in small letters after a comma:
    // `Бақдәулет БЕРЛІБАЕВ, тарих ғылымдарының докторы, профессор`. No period ends it; above a
    // line ending in `:` or opening in small letters the name introduces a speaker.
    name: 'byline',
    maxLength: 120,
    unlessNext: /:$|^\p{Ll}/u,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}{2}[\p{Lu}-]+,\s+\p{Ll}[\p{Ll}\s,-]{2,90}\p{Ll}$/u,
  },
  {
    // Abai.kz's stamp under a rubric of a few words: the views, the comments (`пікір`, `pikir`,
    // `پىكىر`), the date and time: `Bilgenge marjan 17699 21 pikir 18 Sәuir, 2017 saghat 12:18`.
    name: 'date or time stamp',
    maxLength: 200,
    needs: ['digit'], // the counters
    line: (text) => {
      const digit = text.search(DIGIT);
      if (digit < 0 || digit > RUBRIC_LONGEST) return false;
      const rest = text.slice(digit);
      return ABAI_COUNTERS.test(rest) && RUBRIC_WORDS.test(text.slice(0, digit)) && metaLine(rest) === 'stamp';
    },
  },
  {
    // A subscribe prompt naming the outlet by its site's name, dots and all: `Подписывайтесь на канал Tengrinews.kz в WhatsApp`.
    name: 'subscribe prompt',
    maxLength: 120,
    line: new RegExp(String.raw`^(?:подписывайтесь|подпишитесь|присоединяйтесь\s+к)\s+(?:на\s+)?(?:наш\s+|наш[уе]\s+)?(?:канал|страницу|аккаунт|сообщество|группу)\s+[\p{L}\d.-]+(?:\s+в\s+(?:${SOCIAL}))?[.!]?$`, 'iu'),
  },
  {
    // The rates with the site's logo text before each, its alt text copied with every rate: `BAQ.kz - Қазақстан
    // жаңалықтары USD 384.53 BAQ.kz - Қазақстан жаңалықтары EUR 432.02`; two rates or more, the same text before each.
    name: 'exchange rates',
    maxLength: 400,
    line: /^(\S.{1,60}?)\s(?:usd|eur|rub|cny)\s\d[\d.,]*(?:\s\1\s(?:usd|eur|rub|cny)\s\d[\d.,]*)+$/iu,
  },
  {
    // A correspondent's line naming who reports, alone above the text: `Тілшіміз Имя Фамилия хабарлайды:`, in Arabic
    // script `ءتىلشىمىز … حابارلايدى:`, a volunteer's too, `ەرىكتى ءتىلشى …، … حابارلايدى.`.
    name: 'byline',
    maxLength: 160,
    line: /^(?:(?:ерікті|меншікті|ء?ەرىكتى|مەنشىكتى)\s+)?(?:тілші(?:міз)?|tilshi(?:miz)?|ءتىلشى(?:مىز)?)\s+[^.!?:؟]{2,120}\s+(?:хабарлайды|habarla[ıi]dy|[حx]ابارلايدى)[.:]?$/iu,
  },
  {
    // The label of the currency widget, its rates on the lines under it: `Курс валют`, `Курс валют в Актау`, `Валюта бағамы`.
    // Its label, or what it says it shows: `Курсы Национального Банка РК`.
    name: 'exchange rates',
    maxLength: 40,
    line: line(words('курсы?\\s+валют(?:\\s+в\\s+\\p{Lu}[\\p{Ll}-]+)?', 'валюта\\s+бағамы', 'валюта\\s+бағамдары', 'курсы?\\s+(?:национального\\s+банка|нацбанка)(?:\\s+рк)?', '(?:қр\\s+)?ұлттық\\s+банк(?:і|тің)?\\s+(?:курстары|бағамы|бағамдары)')),
  },
  {
    // A TV channel's schedule banner above its report, with or without the hour: `7:00 Прямой эфир
    // «ҚАЙЫРЛЫ ТАҢ, ҚАЗАҚСТАН!»`, `8:30 Далее в эфире «ДОБРОЕ УТРО, КАЗАХСТАН!»`, `11:05 Эфирде әрі қарай «…»`.
    // A premiere's label before the name and the kind after it, periods between, as 1tv.kz prints them:
    // `18:30 Тікелей эфир ПРЕМЬЕРА. «КНЯЖИЧИ». КОНЦЕРТ` (a word other than the kind after the name is a sentence's).
    name: 'broadcast schedule',
    maxLength: 120,
    line: new RegExp(String.raw`^(?:\d{1,2}[:.]\d{2}\s+)?(?:прямой\s+эфир|далее\s+в\s+эфире|сейчас\s+в\s+эфире|тікелей\s+эфир(?:де)?|келесі\s+эфирде|эфирде(?:\s+әрі\s+қарай)?|әрі\s+қарай\s+эфирде|tikeleı\s+efır|efırde(?:\s+ári\s+qaraı)?)(?:\s*[:—–-]?\s*(?:премьера\.?\s+)?(?:${PROGRAMME_KIND}\s+)?«[^«»]{1,80}»(?:\.?\s+(?:бағдарламасы|телехикаясы|фильмі|${PROGRAMME_KIND}))?)?$`, 'iu'),
  },
  {
    // A TV channel's schedule printed as a grid above its report: each slot's start and end on a line
    // (`08:15 – 08:30`) over the programme's name (`Деревни России. Варзуга`; programme-page.ts takes the
    // names between the slots). Over a weekday (`09:00-18:00` / `Суббота`), or last, it is an office's hours: text.
    name: 'broadcast schedule',
    maxLength: 20,
    line: SCHEDULE_SLOT,
    ifNext: /^(?!(?:Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье|Дүйсенбі|Сейсенбі|Сәрсенбі|Бейсенбі|Жұма|Сенбі|Жексенбі|Перерыв|Обед|Выходной|Түскі)(?![\p{L}]))[\p{Lu}\d«"]/u,
  },
  {
    // The grid's label between its rows, broken over two lines: `Далее` / `в эфире` (`Сейчас` / `в эфире`),
    // Kazakh `Әрі қарай` / `эфирде`; each piece only over the other, and `в эфире` only over a slot.
    name: 'broadcast schedule',
    maxLength: 12,
    line: /^(?:далее|сейчас|әрі\s+қарай|қазір)$/iu,
    ifNext: /^(?:в\s+эфире|эфирде)$/iu,
  },
  {
    name: 'broadcast schedule',
    maxLength: 12,
    line: /^(?:в\s+эфире|эфирде)$/iu,
    ifNext: SCHEDULE_SLOT,
  },
  {
    // A programme page's airtime and episode, as a TV site prints them over an episode's report: the days
    // and hour it airs, a repeat's label before them or not (`Понедельник-пятница, 21:00`, `Повтор:
    // Вторник-суббота, 12:00`, `Дүйсенбі-жұма, 21:00`), and the episode's date (`Выпуск от 14.11.2024`).
    name: 'broadcast schedule',
    opens: [EPISODE_DATE, AIRTIME],
    line: (text) => EPISODE_DATE.test(text) || (AIRTIME.test(text) && opensWithWeekdayRange(text)),
  },
  {
    // A newspaper's signature at the report's end, the author's surname in capitals and the city
    // they write from: `Андрей САРМИН, Уральск`, `Акмарал МАЙКОЗОВА, Актобе`.
    name: 'byline',
    unlessNext: /:$|^\p{Ll}/u,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}{2}[\p{Lu}-]+,\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u,
  },
  {
    // A subscribe prompt broken over lines, as a site's sidebar prints it: `Подпишитесь на наш` /
    // `Telegram-канал` / `и узнавайте новости первыми!`. No piece is a sentence of a report.
    name: 'subscribe prompt',
    maxLength: 60,
    line: new RegExp(String.raw`^(?:(?:подпишитесь|подписывайтесь)\s+на\s+наш[у]?|(?:${SOCIAL}|телеграм)[\s-]?(?:канал|аккаунт)|и\s+(?:узнавайте|узнай(?:те)?)\s+(?:все\s+|главные\s+)?новости\s+первыми!?)$`, 'iu'),
  },
  {
    // A video's credit, as a page prints it under the player: `Видео: Данияр Адилбеков`, `Видео: Akorda`, an account
    // after the network's name, `Видео: Instagram/akimat_city`; or a press service, a screenshot or an archive, its
    // name in small letters: `Видео: пресс-служба ДЧС`, `Видео: скриншот из соцсетей`.
    name: 'video credit',
    maxLength: 100,
    line: /^(?:[Вв]идео|[Vv]ideo|ВИДЕО)\s*:\s*(?:\p{Lu}[\p{L}\d.-]*(?:\/[\w.@-]{2,40})?(?:(?:\s+|\s*[/,]\s*)\p{Lu}[\p{L}\d.-]*(?:\/[\w.@-]{2,40})?){0,5}|(?:пресс-служб[аы]|скриншот|кадр|архив|соцсети)(?:\s+[\p{L}\d.«»"-]+){0,6})$/u,
  },
  {
    // An embedded video's link left without its player: `Watch on YouTube`, `Смотреть на YouTube`, `Смотрите видео`,
    // `Смотрите видео по теме`.
    name: 'media player',
    maxLength: 60,
    // In Kazakh, a pointer to the video the copy lost: `Толығырақ видеоматериалдан көре аласыздар!` (see more in the video).
    line: /^(?:watch\s+on\s+youtube|смотреть\s+(?:на|в)\s+youtube|смотрите\s+видео(?:\s+по\s+теме)?|видеоны\s+(?:қараңыз|тамашалаңыз)|(?:толығырақ\s+)?(?:видеоматериалдан|видеодан|бейнематериалдан|бейнежазбадан|сюжеттен)\s+(?:көре|тамашалай|біле)\s+аласыздар|(?:подробнее\s+)?(?:смотрите|смотреть)\s+в\s+(?:видеоматериале|видеосюжете|сюжете|видео))[.:!]?$/iu,
  },
  {
    // A chart's or a table's source under it: `Таблица: Бюро национальной статистики`, `Диаграмма: Kazinform`,
    // `Инфографика Kazinform`. A name, no figure (`График: с 9 до 18` is a schedule), no sentence.
    name: 'chart credit',
    maxLength: 90,
    line: /^(?:(?:[Тт]аблица|[Дд]иаграмма|[Гг]рафик|[Ии]сточник\s+(?:данных|графика|таблицы|инфографики))\s*:\s*|[Ии]нфографика\s+(?=[A-Z«"]))[\p{Lu}«"][^:.!?\d]{1,70}$/u,
  },
  {
    // A picture's alt text naming it as the report's picture, the headline after the label: `Изображение для
    // новости: Headline`, `Фото к новости: Headline`, `Картинка к статье: Headline`. No sentence opens on the label.
    name: 'photo caption',
    maxLength: 260,
    line: /^(?:изображение|фото|картинка|иллюстрация)\s+(?:для|к)\s+(?:новости|статье|статьи|материалу|материала|публикации)\s*:\s*\S.{2,240}$/iu,
  },
  {
    // A gallery's numbered caption: `Фото 1. Мост через реку после ремонта`, `Сурет 2: …`. The number after the label
    // tells it from a sentence on a photo.
    name: 'photo caption',
    maxLength: 200,
    line: /^(?:Фото|Снимок|Сурет|Фотосурет)\s+№?\s?\d{1,2}[.:)]\s+\S.{2,180}$/u,
  },
  {
    // A gallery's counter of its pictures, as a slider prints it under each: `1 / 12`, `Фото 3 из 12`.
    name: 'gallery counter',
    maxLength: 20,
    line: /^(?:фото\s+)?\d{1,3}\s*(?:\/|из)\s*\d{1,3}$/iu,
  },
  {
    // A pager's link alone with its arrow, the headline it names not copied: `Следующая →`, `← Предыдущая`,
    // `Келесі »`. The arrow tells it from a word of the text.
    name: 'page navigation',
    maxLength: 30,
    line: new RegExp(String.raw`^(?:[←«‹]\s*${PAGER_LINK}|${PAGER_LINK}\s*[→»›])$`, 'iu'),
  },
  {
    // The back-to-top link at a page's end.
    name: 'page navigation',
    maxLength: 12,
    line: line(words('наверх', 'вверх', '↑\\s*наверх', 'наверх\\s*↑')),
  },
  {
    // The place a page files the report under, a city and its district: `Город Шымкент, Каратауский район`.
    name: 'rubric',
    maxLength: 60,
    line: /^(?:[Гг]ород|[Сс]ело|[Пп]ос[её]лок|г\.|с\.)\s*\p{Lu}[\p{L}-]+,\s+\p{Lu}[\p{L}-]+\s+(?:район|округ)$/u,
  },
  {
    // The site's name before the report's stamp with its views: `Dalanews 07 qyr. 2016 03:38 624`,
    // `Oinet.kz 01-07-2022 265`. The rest must hold a clock or a date in figures.
    name: 'date or time stamp',
    maxLength: 80,
    opens: SITE_BEFORE_STAMP,
    line: (text) => {
      const site = DIGIT_ANYWHERE.test(text) ? SITE_BEFORE_STAMP.exec(text)?.[0] : undefined;
      if (site === undefined) return false;
      const rest = text.slice(site.length);
      return STAMP_FIGURES.test(rest) && metaLine(rest) !== undefined;
    },
  },
  {
    // The report's stamp with its rubric after it, as a page's head prints them on one line: `28.05.2024 16:39 В мире`,
    // `12.03.2025, 10:15 Общество`. A rubric of up to three words, no mark in it.
    name: 'date or time stamp',
    maxLength: 60,
    line: /^\d{1,2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}$/u,
  },
  {
    // A stamp in the page's machine form, `2025-04-18T17:45+0500`, and a Russian label over a date,
    // `новость от 13.06.2023`.
    name: 'date or time stamp',
    maxLength: 40,
    line: /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?|(?:новость|статья|материал)\s+от\s+\d{1,2}\.\d{2}\.\d{4})$/iu,
  },
  {
    // A poll widget: its label glued to the question (`дауыс беруСумен … тұрасыз ба?`; with a colon,
    // `ОПРОС: …?`, it is a headline's rubric), each answer over its share (`Ия, әрдайым` / `39.6%`),
    // the count of votes and the link to past polls.
    name: 'poll',
    maxLength: 200,
    line: /^(?:дауыс\s+беру|сауалнама|опрос|голосование)(?=\p{Lu})[^.!]{3,190}\?$|^\d{1,3}(?:[.,]\d{1,2})?\s?%$|^(?:барлық\s+дауыс|всего\s+голосов|проголосовали)\s*:?\s*\d+$|^(?:дауыс\s+мұрағаты|архив\s+опросов)$/iu,
  },
  {
    // An answer of a poll, its share of votes on the next line.
    name: 'poll',
    maxLength: 60,
    line: /^[^.!?]{1,60}$/u,
    ifNext: /^\d{1,3}(?:[.,]\d{1,2})?\s?%$/u,
  },
  {
    // A stamp with the site's name after it, `20 Января, 2026 eKaraganda`, `5 октября 2025 18:00 328 altainews` (the
    // views between), or the source's name before
    // the day it was posted, `МЧС РК Сегодня, 16:40`: a headline ends on neither.
    name: 'date or time stamp',
    maxLength: 80,
    needs: ['digit'], // the stamp
    line: (text) => {
      const site = LATIN_LAST.test(text) && DIGIT_ANYWHERE.test(text) ? SITE_AFTER_STAMP.exec(text) : null;
      return (site !== null && metaLine(site[1]!) === 'stamp') || SOURCE_BEFORE_TODAY.test(text);
    },
  },
  {
    // What a WordPress theme prints for a menu left empty, in the header of many outlets' pages.
    name: 'page navigation',
    maxLength: 16,
    line: line('no\\s+menu\\s+items!?'),
  },
  {
    // Another report's stamp with its author, as a sidebar prints it: `24.06.2024, автор Сауле Исабаева.`
    name: 'byline',
    maxLength: 80,
    line: /^\d{1,2}\.\d{2}\.\d{4},\s+(?:[Аа]втор|[Тт]екст)\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+\.?$/u,
  },
  {
    // An author who took the photos too, above the headline: `Ольга Логинова, фото автора` (a named
    // photographer is the photo's credit, photo-credit.ts).
    name: 'byline',
    maxLength: 100,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:\s+и\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)?,\s+фото\s+автора$/u,
  },
  {
    // A city portal's weather widget: `Погода в Усть-Каменогорске`, `+8°С`, `в Усть-Каменогорске Ясно`, `давление: 736 мм.рт.ст.`
    name: 'weather',
    maxLength: 60,
    line: /^(?:[+−-]?\d{1,2}\s?°\s?[CС]?|в\s+[\p{L}-]+\s+(?:ясно|облачно|пасмурно|малооблачно|переменная\s+облачность|дождь|снег|туман)|давление\s*:\s*\d{3}\s*мм\.?\s*рт\.?\s*ст\.?)$/iu,
  },
  {
    // A header's weather widget copied with its icon's label: `weather icon+23`, `Москваyandex weather icon`
    // (the city glued before the provider's name).
    name: 'weather',
    maxLength: 50,
    line: /^(?:\p{Lu}[\p{Ll}-]+)?(?:yandex\s+)?weather\s+icon(?:\s*[+−–-]?\d{1,2}(?:\s?°\s?[CС]?)?)?$/iu,
  },
  {
    // The currency widget beside it, its icon's label glued to the code: `currencyUSD`, `currencyCNY`.
    name: 'exchange rates',
    maxLength: 20,
    line: /^currency\s?(?:USD|EUR|RUB|CNY|KZT|GBP|TRY)$/iu,
  },
  {
    // The widget's heading and its temperature on one line: `Погода в Алматы: +18°C`, `Алматы +18°`,
    // `Нур-Султан: -7 °С`, `Алматыда ауа райы: +18°`.
    name: 'weather',
    maxLength: 60,
    line: /^(?:погода\s+в\s+[\p{L}-]+|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:\s+ауа\s+райы)?)\s*[:,]?\s*[+−–-]?\d{1,2}(?:[.,]\d)?\s?°\s?[CС]?$/iu,
  },
  {
    // The widget's row of cities, each with its temperature, its sign always printed: `Алматы +18 Астана +9 Шымкент +22`.
    name: 'weather',
    maxLength: 160,
    line: /^(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s*[:,]?\s*[+−–-]\d{1,2}(?:\s?°\s?[CС]?)?(?:\s+|$)){2,}$/u,
  },
  {
    // A weather widget's city, a bullet before it or not, or the sky over it, only above its temperature or
    // the sky (`Усть-Каменогорск` / `ясно` / `-11°`, `• Павлодар` / `-8°`): alone a city's name is a headline's word.
    name: 'weather',
    maxLength: 40,
    opens: [WIDGET_CITY, WIDGET_SKY],
    line: (text) => WIDGET_CITY.test(text) || WIDGET_SKY.test(text),
    ifNext: WIDGET_READING,
  },
  {
    // A news site's weather widget under the report: its heading `Погода` (`Ауа райы`), then its cities, each
    // with its reading, and the letters of their index (`Погода` / `location-current` / `Алматы` / `А` /
    // `Алматы -2` / `Астана -12`). Only above the widget's location mark or a city's reading: alone it is a rubric.
    name: 'weather',
    maxLength: 20,
    line: /^(?:погода|ауа\s+райы)$/iu,
    ifNext: /^(?:location-current|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+[+−–-]?\d{1,2}(?:\s?°\s?[CС]?)?)$/u,
    follows: { lines: 60, shape: 'label' },
  },
  {
    // The currency widget's rates with the alt text of the arrows beside them: `512.1  course up  598.66  course down`.
    name: 'exchange rates',
    maxLength: 120,
    line: /^(?:\d{1,4}(?:[.,]\d{1,4})?\s+course\s+(?:up|down)(?:\s+|$)){2,}$/iu,
  },
  {
    // The same widget's heading, `Погода в Усть-Каменогорске`, only above its temperature: alone it is a headline.
    name: 'weather',
    maxLength: 60,
    line: /^погода\s+в\s+[\p{L}-]+$/iu,
    ifNext: /^[+−-]?\d{1,2}\s?°/u,
  },
  {
    // A countdown box: the days left to an event, `3 күн қалды` (in Latin and Arabic script too).
    name: 'countdown',
    maxLength: 30,
    line: COUNTDOWN,
  },
  {
    // Its label, an event's start or opening in the dative, only over the count: `Олимпиаданың басталуына` / `3 күн қалды`.
    name: 'countdown',
    maxLength: 60,
    // The word it closes on: most lines close otherwise.
    holds: /(?:уына|уіне|ýyna|ýine|uyna|uine|ۋىنا|ۋىنە|дейін|deıin|deiin|دەيىن)$/iu,
    line: /^[^.!?:]{3,50}(?:уына|уіне|ýyna|ýine|uyna|uine|ۋىنا|ۋىنە)(?:\s+(?:дейін|deıin|deiin|دەيىن))?$/iu,
    ifNext: COUNTDOWN,
  },
  {
    // A site's poll: its label, the question under it (`ОПРОС` / `Карагандинцы, заметили ли вы …?`),
    // or the question lost, and its answers with their votes glued after them (`• Не почувствовал/а
    // разницы(466)`). Only under the label is such a line an answer: alone it is text.
    name: 'poll',
    line: line(words('опрос', 'голосование', 'сауалнама', 'saýalnama')),
    ifNext: /\?$|\(\d{1,7}\)$/u,
    follows: { lines: 12, shape: 'poll' },
  },
  {
    // A login prompt: `Авторизуйтесь через один из следующих сервисов:`, `… через социальную сеть:`.
    name: 'login prompt',
    maxLength: 60,
    line: /^авторизуйтесь(?:\s+через\s+(?:один\s+из\s+следующих\s+сервисов|социальн(?:ые|ую)\s+сет(?:и|ь)|соцсети))?\s*:?$/iu,
  },
  {
    // A comment section's interface line of its words only: `Оставьте комментарий`, `Все комментарии`, `Комментарии Facebook`.
    name: 'comment form',
    maxLength: 60,
    line: isCommentInterface,
  },
  {
    // A comment form's prompt to sign in, told by its grammar whatever words the site picks: the purpose
    // (`(Для того) чтобы оставить комментарий,`), what it takes (`необходимо`, `нужно`, `вам следует`) and the
    // sign-in's verbs joined by `или` (`зарегистрироваться или войти`); and the form's question to those who
    // have an account, `Если Вы уже регистрировались`, `Если вы уже зарегистрированы на сайте, войдите`.
    name: 'login prompt',
    maxLength: 140,
    line: COMMENT_LOGIN_CLAUSE,
  },
  {
    // A comment form's prompt to sign in, whole or cut off where the copy ends: `Чтобы оставить комментарий,
    // войдите на сайт`, `Авторизуйтесь, чтобы`, `для добавления комментар`, `Пікір қалдыру үшін тіркеліңіз`.
    name: 'login prompt',
    maxLength: 90,
    line: isCommentLoginPrompt,
  },
  {
    // A comment widget's notice that it failed to load, whole or cut off where the copy ends:
    // `Если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев. Возможно у вас откл`.
    name: 'comments',
    maxLength: 160,
    line: isCommentsFailedNotice,
  },
  {
    // An opening quote or bracket left alone where the copy cut the next paragraph off (`«`): it opens nothing.
    name: 'page foot',
    maxLength: 1,
    line: /^[«„“"(\[]$/u,
  },
  {
    // A rating widget under the report: `Оцените статью`, `Понравилась статья?`, `Рейтинг: 4.5`, its stars
    // as figures (`Оцените материал 1 2 3 4 5`), `Была ли статья полезна?`, Kazakh `Мақаланы бағалаңыз`.
    name: 'rating widget',
    maxLength: 80,
    line: /^(?:(?:вам\s+)?понравилась\s+(?:ли\s+)?(?:эта\s+)?(?:статья|новость|публикация)\??|(?:вам\s+)?понравился\s+(?:ли\s+)?(?:этот\s+)?материал\??|оцените\s+(?:эту\s+|этот\s+)?(?:статью|новость|материал|публикацию)|оценить(?:\s+(?:статью|новость|материал))?|(?:ваша\s+)?оценка\s+(?:статьи|материала|новости)|рейтинг(?:\s+(?:статьи|материала|новости))?\s*:\s*\d(?:[.,]\d{1,2})?(?:\s*(?:\/|из)\s*\d{1,2})?(?:\s*\(\d{1,6}\s+(?:голос|оцен)\p{L}*\))?|(?:была\s+ли\s+)?(?:эта\s+)?статья\s+(?:была\s+)?полезна\??|мақала(?:ны)?\s+(?:бағалаңыз|ұнады\s+ма\??)|материал\s+ұнады\s+ма\??|спасибо\s+за\s+(?:оценку|ваш\s+голос)!?)\s*[:!.]?(?:\s+[1-5](?:\s+[1-5]){1,4})?$/iu,
  },
  {
    // The error-report link alone: `Сообщить об ошибке`, `Нашли опечатку?`, Kazakh `Қате таптыңыз ба?`.
    name: 'error report prompt',
    maxLength: 40,
    line: line(words('сообщить\\s+об\\s+(?:ошибке|опечатке)', 'нашли\\s+(?:ошибку|опечатку)\\s+в\\s+тексте\\??', 'нашли\\s+опечатку\\??', 'заметили\\s+(?:ошибку|опечатку)\\??', 'қате\\s+таптыңыз\\s+ба\\??', 'қатені\\s+хабарлау')),
  },
  {
    // A sign-in form's links, each alone on its line as the copy keeps them: `Забыли пароль?`, `Восстановить пароль`,
    // `Запомнить меня`.
    name: 'login prompt',
    maxLength: 30,
    line: line(words('забыли\\s+пароль\\??', 'восстановить\\s+пароль', 'восстановление\\s+пароля', 'запомнить\\s+меня')),
  },
  {
    // The help lines of a site engine's registration form, copied from its header (DataLife Engine):
    // `На указанный email придёт письмо со ссылкой для активации.`, `Ваше имя, для отображения на сайте.`
    name: 'login prompt',
    maxLength: 130,
    line: /^(?:на\s+указанный\s+e-?mail\s+при[дш][её]т\s+письмо\s+со\s+ссылкой\s+для\s+активации|вы\s+можете\s+указать\s+(?:свой\s+пароль|отдельный\s+логин)[^.]{0,100}|ваше\s+имя,\s+для\s+отображения\s+на\s+сайте)\.?$/iu,
  },
  {
    // `Понравилась статья? Поделитесь с друзьями!`, and WordPress's `Понравился пост? Расскажи об этом своим друзьям!`.
    name: 'share prompt',
    maxLength: 60,
    line: /^понравил(?:ась|ся|ось)\s+(?:статья|новость|публикация|пост|материал)\?\s*(?:поделитесь\s+с\s+друзьями|поделись\s+с\s+друзьями|расскажите\s+(?:об\s+этом\s+(?:своим\s+)?)?друзьям|расскажи\s+(?:об\s+этом\s+(?:своим\s+)?)?друзьям)!?$/iu,
  },
  {
    // A «quote of the day» widget: its label and the saying under it (`Цитата дня`, Kazakh `Айтылған сөз`).
    name: 'quote widget',
    maxLength: 30,
    line: line(words('афоризм\\s+дня', 'цитата\\s+дня', 'айтылған\\s+сөз', 'күннің\\s+сөзі')),
    follows: { lines: 1, shape: 'quote' },
  },
  {
    // The same widget signed, the saying over who said it (`Дежурный по стране` / `<saying>` / `Имя Фамилия, role`),
    // in a site's header above the headline.
    name: 'quote widget',
    maxLength: 30,
    line: line(words('дежурный\\s+по\\s+стране')),
    ifNext: /^[^.!?]{3,200}(?:[.!?…]|\.\.\.)$/u,
    follows: { lines: 2, shape: 'quote' },
  },
  {
    // The newsroom signing a report as its byline, under the headline: `Редакция Liter.kz`, `Редакция сайта Tengrinews.kz`,
    // `Редакция сайта ТАСС`, `Редакция «Наша Жизнь»` (a site's domain, a listed outlet's name, an agency's letters or a
    // newspaper's name in quotes after the word, nothing else).
    name: 'byline',
    maxLength: 50,
    opens: NEWSROOM_BYLINE,
    line: signedByNewsroom(NEWSROOM_BYLINE),
  },
  {
    // The newsroom so signing in Kazakh, its name first: `Qaz365.kz редакциясы`, `«Ана тілі» газетінің редакциясы`.
    name: 'byline',
    maxLength: 60,
    holds: NEWSROOM_WORD,
    line: signedByNewsroom(NEWSROOM_BYLINE_KAZAKH),
  },
  {
    // A «birthday of the day» widget's label in a site's header, its name lost in the copy or not:
    // `Бүгінгі туған күн иесі`, `Именинник дня`.
    name: 'birthday widget',
    maxLength: 30,
    line: line(words('бүгінгі\\s+туған\\s+күн\\s+иесі', 'туған\\s+күн\\s+иесі', 'именинник\\s+дня', 'именинники\\s+дня', 'сегодня\\s+родились')),
  },
  {
    // A note that the newsroom need not share what its authors write, under a column or a reader's
    // report: `Редакция не всегда согласна с мнением и взглядами авторов сообщений.`, `Мнение редакции может
    // не совпадать с мнением автора.`, `Редакция пікірі автордың пікірімен сәйкес келмеуі мүмкін.`
    name: 'opinion disclaimer',
    maxLength: 160,
    line: /^(?:редакция\s+(?:не\s+всегда\s+)?(?:может\s+не\s+)?(?:согласна|разделя(?:ет|ть))\s+с?\s*(?:мнени(?:ем|е)|точк(?:ой|у)\s+зрения)(?:\s+и\s+взглядами)?\s+(?:авторов|автора)(?:\s+(?:сообщений|публикаций|материалов|статей))?|мнение\s+редакции\s+(?:может\s+не\s+совпадать|не\s+всегда\s+совпадает)\s+с\s+мнением\s+(?:автора|авторов)(?:\s+(?:публикации|материала|статьи|публикаций|материалов))?|редакция(?:ның)?\s+пікірі\s+(?:автор(?:дың)?\s+)?пікір(?:і|і)мен\s+сәйкес\s+келмеуі\s+мүмкін)\.?$/iu,
  },
  {
    // A site's call for readers' reports, its contacts after it (the address itself hidden by the page's
    // script or not): `Ежедневно вы, наши читатели, становитесь … очевидцами … Присылайте фото/видео и описание
    // события … на электронный адрес редакции: … или на WhatsApp: +7 …`.
    name: 'tip prompt',
    maxLength: 600,
    line: /^(?:ежедневно\s+вы,\s+наши\s+читатели,\s+становитесь\s[^]{0,200}?)?присылайте\s+(?:нам\s+)?(?:свои\s+)?(?:фото|видео)[^]{0,300}?(?:редакци|whatsapp|ватсап|telegram|телеграм)[^]{0,240}?(?:\+?\d[\d\s()-]{8,20}|@[\w.-]+)\.?$/iu,
  },
  {
    // A site's call for readers' news on the report's topic, to its mail: `Если Вы располагаете информацией по теме
    // данного материала, отправляйте нам видео или новости на почту.`
    name: 'tip prompt',
    maxLength: 200,
    line: /^если\s+вы\s+располагаете\s+(?:какой-либо\s+)?информацией[^.!?]{0,80},\s+(?:отправляйте|присылайте|пишите|сообщайте)\s+(?:нам|в\s+редакцию)[^.!?]{0,80}[.!]?$/iu,
  },
  {
    // A field of a reader's report under its text, where the event took place: `Место: Актюбинская область`
    // (its date, `Дата: 11.11.2020`, is a stamp); a name of one to four words, no sentence.
    name: 'report details',
    maxLength: 60,
    line: /^(?:[Мм]есто(?:\s+событи[яй])?|[Оо]қиға\s+орны|[Оо]рны)\s*:\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\.?$/u,
  },
  {
    // The reuse notice in a page's footer, with its heading: `От редакции` / `Использование материалов возможно только при наличии активной ссылки …`.
    name: 'reuse notice',
    maxLength: 260,
    line: /^(?:от\s+редакции|(?:использование|перепечатка|копирование)\s+материалов\s+(?:сайта\s+|портала\s+)?(?:возможно|разрешено|допускается)\s+только\s+(?:при\s+(?:наличии|условии)|с\s+(?:указанием|разрешения))\s[^]{0,200})$/iu,
  },
  {
    // The same notice as other sites word it, at the page's top as often as at its foot: `Мы разрешаем
    // использовать наши материалы при условии активной гиперссылки …`, `Запрещена перепечатка агитационных материалов.`
    name: 'reuse notice',
    maxLength: 260,
    line: /^(?:(?:мы\s+)?разрешаем\s+(?:использовать|перепечатывать|цитировать)\s+наши\s+материалы\s[^]{0,200}|(?:запрещена|запрещено|запрещается)\s+(?:перепечатка|копирование|использование)\s[^.!?]{0,60}материалов[^.!?]{0,80}\.?|(?:перепечатка|копирование)\s+материалов\s[^.!?]{0,100}запрещен[аоы]?[^.!?]{0,60}\.?)$/iu,
  },
  {
    // The same notice in Kazakh, naming the site and what share of a report may be reused with a link to it:
    // `X сайтында жарияланған мақаладағы тек 30% мәтінді … гиперсілтеме берумен пайдалануға болады.`
    name: 'reuse notice',
    maxLength: 400,
    // The word of use the pattern cannot match without.
    holds: /пайдалануға/iu,
    line: /^\S[^]{0,60}?(?:сайтында|порталында|saıtynda|portalynda)\s+жарияланған\s[^]{0,120}?(?:гипер)?сілтеме[^]{0,60}?пайдалануға\s+болады[^]{0,200}$/iu,
  },
  {
    // A site's call for readers' news under a report: `Если у вас есть чем поделиться или вы стали очевидцем
    // событий, пишите …`, `Стали свидетелем ДТП? Пишите нам в WhatsApp`, `Напомним, отправить сообщение в
    // рубрику «…» вы можете на WhatsApp: +7 …`, `Егер бір оқиғаның куәсі болсаңыз, … бізге хабарласыңыз`.
    // A promise of a reward for readers' news, `Присылайте новости нашему Дежурному – получайте вознаграждение!`, too.
    // The newsroom's question to readers with news, answered by its call and nothing after it (a network named after
    // it makes a reader prompt): `Есть интересная новость? Пишите нам!`.
    // A police appeal names no newsroom.
    name: 'tip prompt',
    maxLength: 260,
    line: /^(?:(?:у\s+вас\s+)?есть\s+(?:интересная\s+|важная\s+)?(?:новость|информация|тема)\?\s*(?:пишите|звоните|сообщите|присылайте)\s+(?:нам|в\s+редакцию)[!.]?|если\s+у\s+вас\s+есть\s+чем\s+поделиться[^]{0,220}|(?:звоните|пишите),?\s+если\s+вы\s+стали\s+(?:свидетелем|очевидцем)[^]{0,160}|егер\s+(?:бір\s+)?оқиғаның\s+куәсі\s+болсаңыз[^]{0,160}?(?:хабарласыңыз|жазыңыз|жіберіңіз)\.?|(?:если\s+вы\s+стали|стали)\s+(?:свидетелем|очевидцем)[^]{0,120}?(?:пишите|присылайте|сообщайте|сообщите|отправляйте|звоните)\s+(?:нам|в\s+редакцию|в\s+(?:whatsapp|telegram|телеграм|ватсап))[^]{0,120}|(?:напомним,\s+)?(?:отправить|прислать|присылать|направить)\s[^]{0,120}?вы\s+можете\s[^]{0,60}?\+?\d[\d\s()-]{8,20}\.?|(?:присылайте|присылай|отправляйте)\s+(?:нам\s+)?(?:свои\s+)?новости[^.!?«»]{0,60}?(?:получайте|получите)\s+(?:вознаграждение|гонорар|приз)[.!]?)$/iu,
  },
  {
    name: 'date or time stamp',
    maxLength: 60,
    opens: COLUMN_DATE,
    line: (text) => monthNumber(COLUMN_DATE.exec(text)?.[1] ?? '') !== undefined,
  },
  {
    // The alt text of a page's share buttons and icons: `whatsapp button telegram button facebook button`, `Иконка комментария блок соц сети`.
    name: 'share prompt',
    maxLength: 120,
    line: new RegExp(String.raw`^(?:(?:${SOCIAL}|copylink)\s+button(?:\s+|$))+$|^иконка\s+(?:комментария|комментариев|просмотров)(?:\s[\p{L}\s]{1,40})?$`, 'iu'),
  },
  {
    // A machine summary above the report, its label and the list under it: `grid Краткий пересказ текста от Tengri AI Этот текст сгенерирован ИИ` / `• …`.
    name: 'machine summary',
    maxLength: 120,
    line: /^(?:grid\s+)?краткий\s+пересказ\s+текста(?:\s+от\s+[\p{L}\d ]{2,20}?)?(?:\s+этот\s+текст\s+сгенерирован\s+ии)?$/iu,
    follows: { lines: 12, shape: 'bullet' },
  },
  {
    name: 'page navigation',
    maxLength: 30,
    line: line(words('добавить\\s+комментарий', 'написать\\s+комментарий')),
  },
  {
    // The notice of a WordPress comment form, in its Russian, Kazakh and English forms: `Ваш e-mail не
    // будет опубликован. Обязательные поля помечены *`, `Сіздің e-mail адресіңіз жарияланбайды. …`,
    // `Э-пошта мекенжайыңыз жарияланбайды.`, the address's possessive glued to the word, `Сіздің E-mail-ңыз
    // жарияланбайды.`; the copy may lose the mark, a styled span (`… are marked`).
    name: 'comment form',
    maxLength: 110,
    line: line(words(
      String.raw`ваш\s+(?:адрес\s+)?e-?mail\s+не\s+будет\s+опубликован\.?(?:\s+обязательные\s+поля\s+помечены(?:\s+\*)?)?`,
      String.raw`(?:сіздің\s+)?(?:e-?mail(?:-?(?:ыңыз|іңіз|ңыз|ңіз))?|эл\.\s*пошта|э-пошта)\s+(?:адресіңіз\s+|мекенжайыңыз\s+)?жарияланбайды\.?(?:\s+міндетті\s+өрістер(?:\s+\*)?\s+(?:белгіленген|таңбаланған)(?:\s+\*)?\.?)?`,
      String.raw`your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s+required\s+fields\s+are\s+marked(?:\s+\*)?)?`,
    )),
  },
  {
    // The print issue a newspaper's web page came from: its number, the running number in brackets
    // and the day, `(проект «DAT» №06 (277) от 12 февраля 2015 г.`, `«Ana tili» №12 (1450), 3 наурыз 2020 ж.`
    name: 'print issue',
    maxLength: 120,
    opens: PRINT_ISSUE,
    line: (text) => {
      const issue = PRINT_ISSUE.exec(text);
      return issue !== null && monthNumber(issue[1]!) !== undefined;
    },
  },
  {
    // A weather widget: a temperature, the city under it: `-24 C` / `Almaty`, `+8°` / `Шымкент`.
    name: 'weather',
    maxLength: 12,
    line: /^[+\-−–]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CС]?|[CС])$/u,
    follows: { lines: 1, shape: 'label' },
  },
  {
    // A Kazakh site's notice on reusing its material, signed by the site: `Толық немесе ішінара
    // пайдаланғанда … сайтына сілтеме жасауыңызды сұраймыз.` / `Сайт әкімшілігі`.
    name: 'reuse notice',
    maxLength: 260,
    line: /^(?:толық\s+немесе\s+ішінара|сайт\s+материалдарын|материалдарды)\s.{0,220}\sсілтеме\s[^.!?]{0,60}(?:сұраймыз|міндетті|қажет|тиіс)\.?$/iu,
    follows: { lines: 1, shape: 'label' },
  },
  {
    // Kazakh labels of a portal's widgets, the headlines they link under them: `Танымал` (popular), `Жаңа` (new).
    name: 'news widget',
    line: line(words('танымал', 'жаңа', 'tanymal', 'jańa')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A picture's default name from a camera, a phone or a messenger, copied as its alt text without
    // the file's ending: `WhatsApp Image 2023-06-27 at 10.43.02`, `IMG_2034`, `DSCN0456`,
    // `IMG-20240312-WA0007`, `photo_2025-02-03_11-22-33`, `Screenshot_20240312-101500`, `Снимок экрана 2024-03-12 в 10.15.00`;
    // any camera's prefix before an underscore and the frame's number: `ERA_0636`, `_MG_4410`.
    name: 'image label',
    maxLength: 60,
    line: /^(?:_?[A-Za-z]{2,8}_\d{3,6}|(?:whatsapp\s+image|screenshot|скриншот|снимок\s+экрана)\s+\d{4}-\d{2}-\d{2}\s+(?:at|в)\s+\d{1,2}\.\d{2}\.\d{2}|(?:img|dsc[nf]?|pxl|mvimg|photo|image|screenshot)[_-]?\d{3}[\d_-]{0,30}(?:[_-](?:wa\d{4}|[a-z]))?)(?:\s*\(\d{1,3}\))?$/iu,
  },
  {
    // Any other picture's file name copied alone, its ending lost: one word of Latin letters and
    // figures with an underscore, `20170930_190910`, `opros_mg-02-02`. No headline or label is one.
    name: 'image label',
    maxLength: 60,
    line: /^(?=\S*_)(?=\S*\d)[A-Za-z\d][\w-]{3,59}(?:\.(?:jpe?g|png|gif|webp))?$/u,
  },
  {
    // So is a slug, the picture's name in its address: `svetlana-sma-lova` (a speaker's photo). Small
    // Latin letters and figures in three parts or more between hyphens: no word of a report is spelt so.
    name: 'image label',
    maxLength: 60,
    line: /^[a-z][a-z\d]*(?:-[a-z\d]+){2,}$/u,
  },
  {
    // A picture's file name that is its content's hash, copied alone as its alt text: 32 to 64 hex
    // digits, letters and figures mixed (`ba3b7893…1d96e14c04`); no word of a report is one. The hex
    // digits are matched first, which a line of words fails at its first letter.
    name: 'image label',
    maxLength: 64,
    line: /^(?=[\da-f]{32,64}$)(?=[^a-f]*[a-f])\D*\d/iu,
  },
  {
    name: 'photo caption',
    maxLength: 200,
    // The label's colon closing the line.
    holds: /:$/u,
    line: CAPTION_LOST_CREDIT,
  },
  {
    // The same hash in a UUID's form, five groups of hex digits between hyphens, 8-4-4-4-12
    // (`369FD63D-0478-49C8-AE51-A3D709EFCA92`): a picture's file name left as its alt text.
    name: 'image label',
    maxLength: 36,
    line: /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu,
  },
  {
    // An advert slot's id left where the advert was: small Latin letters and figures mixed, a period, hex
    // digits (`ab3cdefg7hij.1a2b3c4d`). No word of a report is spelt so; a domain ends on letters alone.
    name: 'advertising label',
    maxLength: 60,
    line: /^(?=[a-z]*\d)[a-z\d]{8,40}\.(?=[a-f]*\d)[\da-f]{6,16}$/u,
  },
  {
    // A character the copy could not encode, left alone on its line for a space or mark the page had there: `?`, `�`.
    name: 'lost character',
    maxLength: 3,
    line: /^[?�]{1,3}$/u,
  },
  {
    // A donation button alone on its line, above the text or under it: `Поддержать`, `Поддержать редакцию`,
    // `Редакцияны қолдау`, `Support us`. The verb alone, no object of a report's sentence after it.
    name: 'donate button',
    maxLength: 30,
    line: line(words('поддержать', 'поддержать\\s+(?:редакцию|проект|нас|издание)', 'поддержите\\s+(?:редакцию|нас|проект)', 'редакцияны\\s+қолдау', 'жобаны\\s+қолдау', 'redaksıany\\s+qoldaý', 'support\\s+us', 'donate')),
  },
  {
    // A newsroom's appeal for readers' money under the text, its heading and a paragraph or two of it: `Помогите
    // нам рассказывать правду` / `Наши журналисты …`, `Поддержите независимую журналистику` / ….
    name: 'donation appeal',
    maxLength: 60,
    line: line(`(?:${words('помогите\\s+нам\\s+(?:рассказывать\\s+правду|оставаться\\s+независимыми|работать\\s+дальше)', 'поддержите\\s+(?:независимую\\s+журналистику|нашу\\s+работу|независимые\\s+сми)')})[.!]?`),
    follows: { lines: 2, shape: 'quote', afterText: true },
  },
  {
    // A WordPress theme's advert slot between dashes, the placeholder of its lost image glued after it or alone:
    // `- Жарнама -spot_img`, `- Advertisement -`, `spot_img`. The placeholder's name is no word of any report.
    name: 'advertising label',
    maxLength: 40,
    line: /^(?:[-–—]\s*(?:реклама|жарнама|jarnama|advertisement)\s*[-–—]\s*(?:spot_img)?|spot_img)$/iu,
  },
  {
    // The share prompt above Zakon.kz's tag links at a report's end (tag-list.ts takes the links).
    name: 'share prompt',
    maxLength: 30,
    line: line(words('поделитесь\\s+новостью', 'поделитесь\\s+статьей', 'поделитесь\\s+статьёй')),
  },
  {
    // A newspaper's address in its header, its e-mail or phone after it: `Ул. Абая, 20/1 gazeta@mail.ru`, `Абай көшесі, 20/1 gazeta@mail.ru`.
    // A street's word and a house's number before the e-mail; a report's sentence never ends on an address.
    name: 'contact line',
    underTextLabel: false,
    maxLength: 120,
    opens: STREET_ADDRESS_MAIL,
    // The street's word first: the address's pattern is read at length on every line with a letter.
    line: (text) => STREET_WORD.test(text) && STREET_ADDRESS_MAIL.test(text),
  },
  {
    // A newspaper's subscription promo: `«Газет» газетіне жазылу жалғасуда! Индекс 65432, бағасы 3200 теңге.`,
    // `Продолжается подписка на газету «…». Индекс 65432`. Told by the index or the price after it, or its `!`.
    name: 'subscribe prompt',
    maxLength: 200,
    // The subscription's word, Kazakh or Russian, the pattern cannot match without.
    holds: /жазылу|подписка/iu,
    line: /^(?:[^.!?]{0,60}?(?:газетіне|газетімізге|журналына|басылымына)\s+жазылу\s+(?:жалғасуда|жүріп\s+жатыр)|(?:продолжается\s+подписка\s+на|подписка\s+на)\s+(?:газету|журнал|издание)[^.!?]{0,60}?(?:продолжается)?)(?:!|[.!]?\s+[^]{0,120}?(?:индекс|index|бағасы|стоимость|цена)[^]{0,120})$/iu,
  },
  {
    // The office's postal address in a site's footer, its postcode first: `050013, ҚР, Алматы қ., «…» ықшамауданы, 7 үй,
    // 39 корпус, 472 кеңсе`, `010000, г. Астана, ул. Абая, д. 5, офис 12`.
    name: 'contact line',
    underTextLabel: false,
    maxLength: 160,
    line: /^\d{6},\s[^!?]{5,120}?(?:үй|корпус|кеңсе|офис|дом|д\.|оф\.)(?:\s*\d{1,4}|[^!?]{0,30})$/u,
  },
  {
    // The newsroom's e-mail address alone on its line, as a paper's header or footer prints it: `gazeta_akparat@mail.ru`.
    // A report names an address inside its sentences.
    name: 'contact line',
    underTextLabel: false,
    maxLength: 80,
    line: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,6}$/u,
  },
  {
    // A regional TV site's contact lines in its header: `Редакция: +7 (7112) 93-34-33`, `Рекламный отдел: +7 (775) 906-38-00, +7 (707) 716-97-77`,
    // `Номер редакции: …`, `Новостной отдел: …`.
    name: 'contact line',
    underTextLabel: false,
    maxLength: 120,
    line: /^(?:редакция|номер\s+редакции|телефон\s+редакции|приемная|приёмная|рекламный\s+отдел|отдел\s+рекламы|новостной\s+отдел|отдел\s+новостей|реклама|колл-центр|call-центр)\s*:\s*\+?[\d\s()+-]{6,24}(?:,\s*\+?[\d\s()+-]{6,24}){0,3}$/iu,
  },
  {
    // A site's postal address alone, as its contact block prints it under `Мекен-жай` or `Адрес`: `КР, г.Астана,
    // ул.Имя Фамилия, 4/3`, `г. Костанай, пр. Абая, д. 12, офис 5`: the country or not, the city, the street, the house;
    // or after the newsroom's label on its line, `Адрес редакции: г. Уральск, ул. …, 2`.
    name: 'contact line',
    underTextLabel: false,
    maxLength: 100,
    line: /^(?:(?:[Аа]дрес\s+редакции|[Рр]едакцияның\s+мекен-?жайы)\s*:\s*)?(?:(?:КР|РК|ҚР|Республика\s+Казахстан|Қазақстан\s+Республикасы),\s*)?(?:г\.|город|қ\.)\s?\p{Lu}[\p{L}-]+,\s*(?:ул\.|улица|пр\.|пр-т|проспект|көш\.|көшесі|даңғ\.|даңғылы|мкр\.?|м-н|шағын\s+аудан)\s?[^,.!?]{2,40},\s*(?:д\.\s*)?\d+[\p{L}\d/-]*(?:,\s*(?:офис|оф\.|кв\.|каб\.|кабинет)\s*\d+[\p{L}\d-]*)?$/u,
  },
  {
    // A byline with the region its author writes from: `Валентина Мелехова, Костанайская область`, `Имя ФАМИЛИЯ,
    // Северо-Казахстанская область`, `Имя Фамилия, Ұлытау облысы`, and a newer region's Russian name, the word first:
    // `Имя Фамилия, область Улытау`. Above a line ending in `:` the name introduces a speaker.
    name: 'byline',
    maxLength: 80,
    unlessNext: /:$/u,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}(?:[\p{Ll}-]+|\p{Lu}+),\s+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:ая|кой)\s+област[ьи]|\p{Lu}[\p{L}-]+\s+облысы|област[ьи]\s+(?:Абай|Жетісу|Жетысу|Улытау|Ұлытау))$/u,
  },
  {
    // A byline with the city and the outlet it writes for, above the text: `Тамара Вааль, Астана, Vласть`.
    // Above a line ending in `:` or opening in small letters the name introduces a speaker.
    name: 'byline',
    maxLength: 80,
    unlessNext: /:$|^\p{Ll}/u,
    line: /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+,\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?,\s+\p{Lu}[\p{L}\d.-]{1,30}$/u,
  },
  {
    // Vlast.kz's widgets under a report: `Еще по теме:`, `Свежее из этой рубрики`, `Просматриваемые`, with the headlines they link.
    name: 'news widget',
    maxLength: 30,
    line: line(String.raw`(?:${words('еще\\s+по\\s+теме', 'ещё\\s+по\\s+теме', 'свежее\\s+из\\s+этой\\s+рубрики', 'просматриваемые', 'самые\\s+просматриваемые')})\s*:?`),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A photo credit naming the report's author: `фото автора`, its period kept or not. With the author's name alone above the lead it
    // is the credit (photo-credit.ts); with none it names no one.
    name: 'photo credit',
    maxLength: 20,
    line: line(String.raw`(?:${words('фото\\s+автора', 'фото\\s+автора\\s+статьи', 'фото\\s+автора\\s+материала')})\.?`),
  },
  {
    // A stamp with the year, then after a comma who or where the report is from: `25 ақпан 2025 жыл,
    // Түркістан облыстық филиалы` (a party's branch), as a press page heads its posts. No sentence.
    name: 'date or time stamp',
    maxLength: 100,
    opens: STAMP_THEN_NAME,
    line: (text) => {
      const found = DIGIT_FIRST.test(text) ? STAMP_THEN_NAME.exec(text) : null;
      return found !== null && monthNumber(found[1]!) !== undefined;
    },
  },
  {
    // A stamp with its views and comments, the rubric and a tag after them, as turkystan.kz prints it
    // over the headline: `20 مامىر, 14:50 356 0 جاڭالىقتار اسىل تۇمار`; its archive's stamp gives the year
    // and its authors in the tag's place: `23 قازان 2008, 12:05 762 0 سۇحبات "تۇركىستان" گازەتىنىڭ اۆتورلارى`.
    // The rubric must be a listed one.
    name: 'date or time stamp',
    maxLength: 120,
    opens: STAMP_COUNTS_RUBRIC,
    line: (text) => {
      const found = DIGIT_FIRST.test(text) && !DIGIT_LAST.test(text) ? STAMP_COUNTS_RUBRIC.exec(text) : null;
      return found !== null && metaLine(found[1]!) === 'stamp' && isRubric(found[2]!);
    },
  },
  {
    // A stamp with its rubric after a slash, as lists of reports print it, the author's name between
    // or not: `8 декабря 2025 г. 11:07 / Новости Казахстана`, `1 декабря, 2025 / Жасмина Нурлан / Регионы`.
    name: 'date or time stamp',
    maxLength: 120,
    line: (text) => {
      // Most lines hold no slash between spaces: they are not split.
      if (!text.includes(' / ')) return false;
      const parts = text.split(' / ');
      if (parts.length < 2 || parts.length > 3) return false;
      const rubric = parts.at(-1)!;
      return metaLine(parts[0]!) === 'stamp' && (parts.length === 2 || AUTHOR_NAME.test(parts[1]!)) && isRubric(rubric);
    },
  },
  {
    // A city portal's header over its weather widget: `Город Усть-Каменогорск Сегодня`.
    name: 'weather',
    maxLength: 50,
    line: /^город\s+\p{Lu}[\p{L}-]+\s+сегодня$/iu,
  },
  {
    // A WordPress site's widget of its latest posts under a report, with their headlines, excerpts and ages:
    // `Recent Posts`, translated by the theme: `Недавние новости`, `Недавние записи`.
    name: 'news widget',
    maxLength: 20,
    line: line(words('recent\\s+posts', 'последние\\s+записи', 'свежие\\s+записи', 'недавние\\s+записи', 'недавние\\s+новости')),
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // A link to another report in the text, as Sputnik prints it, the headline and what it shows:
    // `Масштабная дезинфекция улиц идет в городах Казахстана - фото`. No sentence ends so. Over its
    // picture's credit, alone or closing the picture's stamped title (`… Zakon.kz жаңалық 27.01.2026 21:22 Сурет: …`),
    // it is the report's own headline.
    name: 'related news',
    maxLength: 160,
    opens: MEDIA_LINK,
    overCredit: false,
    line: (text) => MEDIA_LINK_END.test(text.slice(-24)) && MEDIA_LINK.test(text),
  },
  {
    // A blog platform's label over a post that answers another: `В ответ на пост`.
    name: 'page navigation',
    maxLength: 30,
    line: line(String.raw`в\s+ответ\s+на\s+(?:пост|комментарий|сообщение|публикацию)`),
  },
  {
    // A link list's mark alone on its line, the headline it marks on the next: `»` / `В Москве …`.
    name: 'related news',
    maxLength: 2,
    line: /^[»›]$/u,
    follows: { lines: 1, shape: 'headline' },
  },
  {
    // The same mark before the headline it links, on one line: `>> В Хабаровске задержаны …`, `» …`. A
    // sentence of the text never opens on it; a line closing a sentence after it stays text.
    name: 'related news',
    maxLength: 200,
    opens: LINK_MARK,
    line: (text) => LINK_MARK.test(text) && isHeadlineLike(text.replace(LINK_MARK, '')),
  },
  {
    // A widget's ranked list of the most read, each headline after a dash and its place, the first over
    // the second: `- 1 В Балакове …` / `- 2 Врио главы …`. The pair of ranks tells it from a list of the text.
    name: 'news widget',
    maxLength: 200,
    opens: RANK_FIRST,
    line: (text) => RANK_FIRST.test(text) && (isHeadlineLike(text.replace(RANK_FIRST, '')) || isCutOff(text.replace(RANK_FIRST, ''))),
    ifNext: RANK_SECOND,
    follows: { lines: 12, shape: 'ranked' },
  },
  {
    // An aggregator's link to the report's source, the headlines of other reports under it:
    // `Читать источник astanatv.kz/ru`, `Читать источник turkistan.tv`, `Читать в источнике`.
    name: 'source link',
    maxLength: 80,
    line: /^(?:читать\s+(?:источник|в\s+источнике|на\s+сайте)|перейти\s+(?:к|на)\s+источник)\s*:?(?:\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}(?:\/\S*)?)?$/iu,
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // An aggregator's notice naming the site it carries the report from, above the text: `Inform.KZ
    // парақшасынан алынған деректерге сүйене отырып, Qazaq24.com жаңалық жариялайды`, `По материалам
    // сайта tengrinews.kz`, or passing it along with nothing of the report said: `Qazaq24.com передает, что по
    // данным сайта Nur.KZ.`, `… сообщает, что по информации сайта Informburo.KZ.` The site it names as the source, else
    // the one named first, is the report's outlet (rules/attribution.ts).
    name: 'aggregator notice',
    maxLength: 160,
    line: /^(?:[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}\s+\p{L}+(?:нан|нен|дан|ден|тан|тен)\s+алынған\s(?:[^.!?]|\.(?=\S)){5,120}\sжариялай(?:ды|мыз)|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}\s+(?:переда[её]т|сообщает),\s+что\s+по\s+(?:данным|информации)\s+(?:сайта|портала|издания|агентства)\s+[\p{L}\d.-]{2,40}|(?:по\s+материалам|на\s+основе\s+материалов)\s+(?:сайта\s+|портала\s+|издания\s+)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})\.{0,3}$/iu,
  },
  {
    // A feed's notice under a report another site carries, as WordPress prints it in Russian, its verb in
    // the plural: `Сообщение <headline> появились сначала на <site>.` (English `The post … appeared first on …`).
    name: 'reprint notice',
    maxLength: 400,
    line: /^(?:сообщение\s+\S.{0,300}?\s+появились\s+сначала\s+на|the\s+post\s+\S.{0,300}?\s+appeared\s+first\s+on)\s+\S.{0,100}$/iu,
  },
  {
    // A site's link to its channel, named by its domain: `Газета.Ru в Telegram`, `Tengrinews.kz в Instagram`.
    name: 'social link',
    maxLength: 50,
    line: new RegExp(String.raw`^[\p{L}\d-]+\.\p{L}{2,6}\s+в\s+(?:${SOCIAL}|телеграм|телеграме|дзене)$`, 'iu'),
  },
  {
    // A site's accounts listed at the page's end, one a line: `Telegram @myastanacity`, `WhatsApp "Астана - Что? Где? Когда?"`;
    // after a colon the account named by its site's domain, as a page prints it under a picture taken from the
    // account, `instagram: tirazh.kz` (no space in the tail: never a sentence).
    name: 'social link',
    maxLength: 80,
    line: new RegExp(String.raw`^(?:${SOCIAL}|телеграм|инстаграм)\s*(?::?\s+(?:@[\w.]{2,40}|"[^"]{2,60}"|«[^«»]{2,60}»|https?:\/\/\S+)|:\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,10}(?:\/\S*)?)$`, 'iu'),
  },
  {
    // The related-news link with its words the other way round: `Также читайте`.
    name: 'related news',
    maxLength: 20,
    line: line(String.raw`(?:${words('также\\s+читайте', 'также\\s+смотрите')})\s*:?`),
    follows: { lines: 1, shape: 'headline' },
  },
  {
    // A video's credit naming the social account it comes from: `Видео @oskemenlive`.
    name: 'video credit',
    maxLength: 60,
    line: /^(?:видео|video)\s*:?\s*@[\p{L}\d_.]{2,40}$/iu,
  },
  {
    // A news site's trending bar under a report: `В тренде:`, topics and the headlines they link.
    name: 'trending',
    maxLength: 20,
    line: /^в\s+тренде\s*:?$/iu,
    follows: { lines: 12, shape: 'teaser' },
  },
  {
    // The credit line of a weather informer sites put in their header: `Источник данных о погоде: Алматы 30 күндік ауа райы`.
    name: 'weather',
    maxLength: 90,
    line: /^источник\s+данных\s+о\s+погоде\s*:.{0,70}$/iu,
  },
  {
    // What a social network's embedded post leaves in a copy, in the page's language or in English:
    // `Посмотреть эту публикацию в Instagram`, `Публикация от Принципиально Астана (@eto_astana_detka)`,
    // `A post shared by … (@…)`, a tweet's signature `— Айгерим (@aigerim) March 3, 2024`; the account's
    // name alone, as the embed prints a page's title, no handle: `Публикация от Karaganda | Караганда`.
    // A TikTok clip's caption, its sound after the note mark closing it: `@account #город #погода ♬ оригинальный
    // звук - account`, or the sound alone (`♬ original sound - account`); it opens on the account's handle or on the mark.
    name: 'embedded post',
    maxLength: 300,
    line: /^(?:(?:@[\w.]{2,40}\s(?:[^♬]{0,200}\s)?|)♬\s[^♬]{1,80}|(?:посмотреть\s+эту\s+публикацию|view\s+this\s+post|смотреть\s+публикацию)\s+(?:в|on)\s+instagram|(?:публикация\s+от|a\s+post\s+shared\s+by|пост,\s+опубликованный)\s+[^()]{1,80}\(@[\w.]{2,40}\)(?:\s+[^()]{1,40})?|(?:публикация\s+от|a\s+post\s+shared\s+by)\s+\p{Lu}[\p{L}\d._-]*(?:\s+(?:\|\s+)?\p{Lu}[\p{L}\d._-]*){0,4}|[—–-]\s+[^()]{1,60}\(@\w{2,30}\)\s+[\p{L}\d,. ]{6,30})$/iu,
  },
  {
    // A weather widget's alt text and reading, a line per city: `weather Астана: --°C`, `weather Алматы: +3°C`.
    name: 'weather',
    maxLength: 40,
    line: /^weather\s+[\p{L}-]+\s*:\s*(?:--|[+−-]?\d{1,2})\s*°\s*[CС]$/iu,
  },
  {
    // A regional site's motto under its name: `Все новости Актобе и Актюбинской области`.
    name: 'page head',
    maxLength: 80,
    line: /^(?:[Вв]се|[Пп]оследние)\s+новости\s+\p{Lu}[\p{L}-]*(?:\s+(?:и|\p{Lu}[\p{L}-]*)){0,3}(?:\s+(?:области|района|края|региона))?$/u,
  },
  {
    // The page's own title copied from its header, the site's name after a pipe: `Сегодняшние новости Казахстана и мира | Newsroom.kz KZ search`.
    name: 'page head',
    maxLength: 120,
    line: (text) => text.includes(' | ') && PAGE_TITLE.test(text),
  },
  {
    // Any other prompt of the outlet to its reader, told by its evidence rather than its wording
    // (clutter/reader-prompt.ts): it addresses the reader and names the outlet's channel or newsroom.
    name: 'reader prompt',
    maxLength: 600,
    line: isReaderPrompt,
  },
  {
    // A pointer to the report's video or full text, its link lost (clutter/reader-prompt.ts):
    // `Видеоверсию интервью вы можете посмотреть здесь.`, `Видеоны мына жерден көре аласыз.`
    name: 'reader prompt',
    maxLength: 160,
    line: isLinkPointer,
  },
  {
    // Any other notice of the site's rights or on reusing its materials, told by its marks (clutter/reader-prompt.ts).
    name: 'copyright notice',
    maxLength: 480,
    line: isRightsNotice,
  },
  {
    // A rubric's label printed twice on one line, its link and its title run together: `Өскемен мен
    // ШҚО Өскемен мен ШҚО`. No sentence says the same words twice over and nothing else (a hashtag
    // line may: `#тег #тег`, the tags'). Last, so that a row naming what the label is (`site logo
    // site logo`) comes first.
    name: 'rubric',
    maxLength: 80,
    line: (text) => {
      const half = (text.length - 1) / 2;
      return text[half] === ' ' && LABEL_NO_HASH.test(text) && wordCount(text) <= 10 && text.slice(0, half) === text.slice(half + 1);
    },
  },
];

/**
 * Whether one of the table's pattern rules named one of `names` matches `text` (a rubric the table names, read
 * inside a longer line). The patterns are gathered on first use (the table is defined above) and kept per
 * first character, as rules/clutter.ts keeps the table's: only those a text's first character may open are tried.
 */
function namedPatterns(...names: string[]): (text: string) => boolean {
  let patterns: { pattern: RegExp; opening: RegExp | undefined }[] | undefined;
  const byFirst = new Map<string, readonly RegExp[]>();
  return (text) => {
    patterns ??= CLUTTER_RULES.flatMap((rule) => (names.includes(rule.name) && rule.line instanceof RegExp ? [{ pattern: rule.line, opening: openingOf(rule.line) }] : []));
    const first = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
    let tried = byFirst.get(first);
    if (tried === undefined) {
      if (byFirst.size >= FIRSTS_KEPT) byFirst.clear();
      tried = patterns.filter(({ opening }) => opening?.test(first) ?? true).map(({ pattern }) => pattern);
      byFirst.set(first, tried);
    }
    return tried.some((pattern) => pattern.test(text));
  };
}
const FIRSTS_KEPT = 2_000;
const isRubric = namedPatterns('rubric');
const isRubricOrWidget = namedPatterns('rubric', 'news widget');

// Sections a news site's menu names before its trending topics: `Хроника`, `Главное`, `Актуально`.
const SECTION_WORD = /^(?:хроника|главное|актуально|лента)$/iu;

/** A word the table's rubric rules name alone, or a section's name (`Хроника`). */
function isRubricWord(word: string): boolean {
  return SECTION_WORD.test(word) || isRubric(word);
}

const SECTIONS_BAR_WORDS = 6;
const SECTIONS_BAR_RUBRICS = 4;
const ANY_PUNCTUATION = /[\p{P}\p{S}]/u;

/** A site's menu copied as one line without its home link: see the rule that reads it. */
function isSectionsBar(text: string): boolean {
  if (!SECTION_START.test(text) || ANY_PUNCTUATION.test(text)) return false;
  const items = text.split(' ');
  if (items.length < SECTIONS_BAR_WORDS) return false;
  // Most of the words must be rubrics: read no further once half are not (a headline's first words are none).
  const rubrics: string[] = [];
  let others = 0;
  for (const word of items) {
    if (isRubricWord(word)) rubrics.push(word.toLowerCase());
    else if (++others * 2 >= items.length) return false;
  }
  return new Set(rubrics).size >= SECTIONS_BAR_RUBRICS;
}

/**
 * A site's main menu copied as one line: the home link, then four sections or more, each word
 * capitalised, more than half of them rubrics the table names (`Главная Новости Политика Экономика
 * Общество Спорт`). No sentence opens on the home link.
 */
function isMenuBar(text: string): boolean {
  const home = BREADCRUMB_HOME.test(text) ? MENU_HOME.exec(text) : null;
  if (!home || /[.!?:,;]/u.test(text)) return false;
  const items = text.slice(home[0].length).split(' ');
  return items.length >= MENU_SECTIONS && items.every((word) => SECTION_START.test(word)) && items.filter(isRubricWord).length * 2 > items.length;
}
