import type { Attribution } from '../article.ts';
import { MIXED_WORD, oneScript } from '../../core/lookalikes.ts';
import { CYRILLIC, LATIN, OTHER, scriptOfCode } from '../../core/scripts.ts';
import { monthNumber } from '../clutter/months.ts';
import { mayHoldDoubledWord } from '../doubled-word.ts';
import { ARABIC_GENITIVE_ENDINGS, endsAsSentence, GENITIVE_ENDINGS, scriptOf } from '../line-shape.ts';
import { isOutletName, OUTLET_SPELLINGS, outletName, sameOutlet } from '../outlets.ts';
import type { ParseState } from '../state.ts';
import { hasVerb } from './page-foot.ts';

// Ends a name: a comma, semicolon or bracket, a sentence-ending period (not the dot of `Zakon.kz`),
// one glued to the next sentence's Cyrillic word (`Казинформа.Закончены`), or the end.
const END = String.raw`(?=\s*[,;)]|\.(?:\s|$|[А-ЯЁ][а-яё])|\s*$)`;
// Names are bounded in length: unbounded lazy scans made a hostile lead («деп хабарлайды»
// repeated) take quadratic time.
const NAME = `{0,120}?`;
// An outlet is a proper name (capital letter, digit or quote first), a domain in lower case
// (`tengrinews.kz`) or a press service (`пресс-служба акимата`, Kazakh `облыс әкімдігінің баспасөз қызметі`,
// `өңірлік коммуникациялар қызметі`, `елорда әкімдігінің медиа орталығы`).
// A name in quotes runs to its closing quote, tried first: `деп хабарлайды "Ұлт ақпарат" Ақордаға сілтеме
// жасап` is told by Ұлт ақпарат citing Ақорда, not by `"Ұлт` citing `ақпарат" Ақорда`.
// A television channel's site ends in `.tv` (`Almaty.tv`, `qazaqstan.tv`).
const DOMAIN = String.raw`[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:kz|KZ|ru|com|org|net|info|news|tv|media)(?![\p{L}\d])`;
const QUOTED_NAME = String.raw`[«"“][^«»"“”,;]{1,60}[»"”]`;
// A name of two words or more in Latin script runs to the first word in another script: `деп хабарлайды
// Azattyq Ruhy Төтенше жағдайлар министрлігіне сілтеме жасап` is told by Azattyq Ruhy.
const LATIN_NAME = String.raw`\p{Lu}[\p{Script=Latin}\d.-]*(?:\s\p{Lu}[\p{Script=Latin}\d.-]*)+(?=\s+[\p{Script=Cyrillic}\p{Script=Arabic}])`;
// A body's official site or page, the body in the genitive before it: `қала әкімдігінің ресми сайты`, Latin
// `qala ákimdiginiń resmı saıty`: the body reports.
const OFFICIAL_WORDS = String.raw`\s+(?:сайты|парақшасы|saıty|paraqshasy)`;
const OFFICIAL_SITE = String.raw`(?<official>ресми|resm[ıi])${OFFICIAL_WORDS}`;
// A body's outlet named by what it is, in small letters, as a press service is: `пишет информационный ресурс Премьер-министра
// РК` (primeminister.kz), `сообщает официальный сайт акимата города`, `передает официальный Telegram-канал министерства`.
// Bare `сайт` or `портал` is what a named outlet is (`сообщает портал Orda.kz`): only after `официальный`.
const DESCRIBED_OUTLET = String.raw`(?:(?:официальный\s+)?(?:информационный\s+(?:ресурс|портал)|интернет-ресурс)|официальный\s+(?:сайт|портал|(?:Telegram|телеграм)-канал))\s`;
const OUTLET = String.raw`(?<outlet>${DOMAIN}|пресс-служба\s[^,;]${NAME}|${DESCRIBED_OUTLET}[^,;]${NAME}|${QUOTED_NAME}|${LATIN_NAME}|[\p{Lu}\d«"“][^,;]${NAME}|[^,;.]${NAME}(?:баспасөз\s+қызметі(?:нен)?|baspasóz\s+qyzmeti|коммуникациялар\s+қызметі|(?:медиа|ақпарат)\s+орталығы|(?=\s+(?:ресми|resm[ıi])${OFFICIAL_WORDS})))`;
// A link's scheme the copy kept before the outlet's domain: `сообщает http://astana.gov.kz)`.
const LINK_SCHEME = String.raw`https?:\/\/(?:www\.)?`;
// The space before `со ссылкой` may be lost after a Latin name: `передает агентство Kazinformсо ссылкой на …`.
const VIA = String.raw`(?:(?:\s+|(?<=\p{Script=Latin}))со\s+ссылкой\s+на\s+(?<via>[^,;]{1,120}?))?`;
// What kind of site an outlet is, before the word naming it (`… ақпарат агенттігі`, `… ұлттық порталы`, `aqparat portalyna`).
const SITE_KIND = String.raw`(?:ақпарат|ақпараттық|интернет|ұлттық|aqparat|aqparattyq|اقپارات|اقپاراتتىق)`;
// Kazakh: `... деп жазады Egemen.kz Астана қаласы әкімдігіне сілтеме жасап.`, Latin `... siltep`.
// The cited body may be a domain with its case ending after a hyphen: `Polisia.kz-ке сілтеме жасап`,
// or a domain followed by what it is or its information, in the dative: `NUR.KZ компаниясына сілтеме жасап`,
// `Lada.kz ақпаратына сілтеме жасап`, a channel's name in quotes too: `“Хабар 24” арнасына сілтеме беріп` cites Хабар 24.
// A paper's name too: `Ақ Жайық газетіне сілтеп` cites Ақ Жайық.
const CITED_KIND_WORD = String.raw`(?:компаниясына|ақпаратына|aqparatyna|اقپاراتىنا|сайтына|порталына|агенттігіне|басылымына|газетіне|арнасына|телеарнасына|arnasyna|telearnasyna|kompanıasyna|kompanııasyna|saıtyna|portalyna|agenttigine|gazetine|سايتىنا|پورتالىنا|اگەنتتىگىنە|گازەتىنە)`;
// What kind of site it is may come first: `Skifnews.kz aqparat portalyna silteme jasap` (an information portal).
const CITED_KIND = String.raw`(?:\s+(?:${SITE_KIND}\s+)?${CITED_KIND_WORD})?`;
// Citing is said several ways: `сілтеме жасап`, `сілтеме жасай отырып`, `сілтеме бере отырып`, `сілтеме беріп`, and in one
// word, `сілтеп` (typed `сілтепе` too) (Latin `siltep`, `silteme jasap`, `silteme bere otyryp`, `silteme berip`; Arabic
// `سىلتەپ`, `سىلتەمە جاساپ`): `деп хабарлайды Malim.kz Azattyq Rýhy сайтына сілтеп` is Malim.kz's, via Azattyq Rýhy.
const CITING = String.raw`(?:сілтеме\s+(?:жасап|жасай\s+отырып|бере\s+отырып|беріп)|сілтепе?|siltepe?|silteme\s+(?:jasap|jasa[ıi]\s+otyryp|bere\s+otyryp|berip)|سىلتەپە?|سىلتەمە\s+(?:جاساپ|جاساي\s+وتىرىپ|بەرە\s+وتىرىپ|بەرىپ))`;
// A body's official site or page cited, the body in the genitive: `қала әкімдігінің ресми сайтына сілтеме жасап`
// cites the city akimat (`ресми` is no name's last word).
const CITED_OFFICIAL = String.raw`\s+(?<viaOfficial>ресми|resmi)\s+(?:сайтына|парақшасына|saıtyna|paraqshasyna)`;
// The body cited holds no correspondent: `деп хабарлайды Устинка LIVE тілшісі Тарбағатай ауданы әкімдігіне сілтеме
// жасап` is told by Устинка LIVE (its correspondent), citing the district akimat.
const NO_CORRESPONDENT = String.raw`(?!\S*\s(?:тілшісі|t[iı]l(?:sh|ş)[iı]s[iı])\s)`;
// A cited name may hold an initial's period, `Ekspress K. saıtyna silteme jasap` (a capital alone before it).
const INITIAL_PERIOD = String.raw`(?<=(?:^|\s)\p{Lu})\.(?=\s)`;
// Relying on a body's information says the same as citing it: `… тілшісі ҚР Спорт министрлігі ақпаратына сүйеніп`,
// `… мәліметіне сүйене отырып` (Latin `aqparatyna súıenip`): the outlet, via the body.
const RELYING = String.raw`\s+(?:ақпаратына|ақпараттарына|мәліметіне|мәліметтеріне|деректеріне|aqparatyna|málimetine|málimetterine|derekterine)\s+(?:сүйеніп|сүйене\s+отырып|súıenip|súıene\s+otyryp)`;
// What the cited body is names no body: `деп хабарлайды Kazinform Azattyq Rýhy сайтына сілтеп` is Kazinform's, citing Azattyq
// Rýhy, not a Kazinform Azattyq Rýhy citing its `сайты`.
const KAZAKH_VIA = String.raw`(?:\s+(?!${CITED_KIND_WORD}\s)(?<via>${DOMAIN}(?:-\p{L}{2,3})?|(?:${NO_CORRESPONDENT}(?:[^,;.]|${INITIAL_PERIOD})){1,120}?)(?:(?:${CITED_OFFICIAL}|${CITED_KIND})\s+${CITING}|${RELYING}))?`;
// What an outlet is, in the genitive before its correspondent: `Stan.kz ақпарат агенттігінің тілшісі` is Stan.kz's.
// Latin script too: `Stan.kz aqparat agenttiginiń tilshisi`.
const KIND_OF = String.raw`(?:(?:(?:ақпарат|ақпараттық|интернет|ұлттық)\s+)?(?:агенттігінің|порталының|сайтының|газетінің|басылымының|телеарнасының)\s+тілшісі|(?:(?:aqparat|aqparattyq|ınternet|ulttyq)\s+)?(?:agenttiginiń|portalynyń|saıtynyń|gazetiniń)\s+tilshisi)`;
// What follows an outlet's name and is not part of it: `тілшісі` (its correspondent), `ақпарат порталы`, `медиапорталы` (`медиа порталы`, spaced),
// `газеті` (its paper), Arabic `حالىقارالىق اقپارات اگەنتتىگى` (the international news agency), `ۇلتتىق پورتالى` (the national
// portal), `ارناسى` (its channel).
const DESCRIPTOR = String.raw`(?:\s+(?:${OFFICIAL_SITE}|${KIND_OF}|тілшісі|[аА]қпарат(?:тық)?\s+агенттігі|ақпарат\s+порталы|ақпараттық\s+порталы|интернет\s+порталы|ұлттық\s+порталы|халықаралық\s+ақпарат\s+агенттігі|(?:медиа[-\s]?)?порталы|сайты|агенттігі|газеті|телеарнасы|арнасы|telearnasy|arnasy|gazeti|t[iı]l(?:sh|ş)[iı]s[iı]|aqparat\s+portaly|[uū]ltt[yı]q\s+portaly|halyqaralyq\s+aqparat\s+agenttigi|aqparat\s+agenttigi|portaly|sa[ıi]ty|agenttigi|ء?تىلشىسى|(?:حالىقارالىق\s+|ۇلتتىق\s+)?(?:اقپاراتتىق\s+|اقپارات\s+)?(?:پورتالى|اگەنتتىگى)|سايتى|گازەتى|(?:تەلە)?ارناسى))?`;
// A portal named with what it is glued before the word: `медиапортал Caravan.kz`, `медиа-портал`, `интернет-портал`
// (genitive `медиапортала`).
const PORTAL = String.raw`(?:медиа-?|интернет-)?портал`;
// What the outlet is, in the genitive, between a correspondent and its name: `корреспондент агентства …`.
const OF_OUTLET_KIND = String.raw`(?:агентства|${PORTAL}а|издания|сайта|газеты|телеканала|МИА|ИА)`;
// Who carries the report before the outlet's name: `корреспондент агентства`, `ИА`, `портал`, `информагентство`.
// A word saying what kind of outlet it is may come first: `местное издание «Информбюро»`; a site, whose it is
// after it: `передает сайт телеканала КТК`.
const CARRIER = String.raw`(?:(?:собственный\s+|специальный\s+)?корреспондент(?:ы)?\s+(?:${OF_OUTLET_KIND}\s+)?|(?:\p{Ll}{3,}(?:ое|ый|ий|ой|ая)\s+)?(?:ИА|МИА|агентство|информагентство|${PORTAL}|издание|сайт(?:\s+(?:телеканала|газеты|журнала|агентства|издания|радиостанции))?|газета|телеканал)\s+)?`;
// Agency datelines open a lead: `Астана. 31 декабря. KAZAKHSTAN TODAY -`, `АСТАНА. KAZINFORM —`,
// and in Arabic script `استانا. KAZINFORM —`, `نۇر-سۇلتان. قازاقپارات -` (a space after the hyphen at times,
// `نۇر- سۇلتان`). The agency's name is in capitals.
const CITY = String.raw`(?:[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?|\p{Script=Arabic}+(?:-\s?\p{Script=Arabic}+)?(?:\s\p{Script=Arabic}+)?)`;
// The day, Kazakh the month first in the genitive and the day's ordinal after it too: `1 шілде`, `Шілденің 1-і`.
const DATELINE_DAY = String.raw`(?:\d{1,2}\s+\p{L}+|\p{L}+(?:нің|ның|дің|дың|тің|тың)\s+\d{1,2}(?:-\p{L}{1,3})?)`;
// In capitals, a name with capitals inside (`КазТАГ`), or one word in Arabic script, which has no
// case (`استانا. قازاقپارات -`).
const AGENCY = String.raw`(?<outlet>[\p{Lu}\d][\p{Lu}\d.-]*(?:\s[\p{Lu}\d][\p{Lu}\d.-]*){0,3}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d.-]*|\p{Script=Arabic}+)`;

// The reporter some agencies name between slashes after their name: `КАЗИНФОРМ /Руслан Игилик/ -`.
const REPORTER = String.raw`(?:\s*/[^/]{2,60}/)?`;

// The agency first, in quotes and capitals, then the day and the city in capitals, periods after each:
// `"КАЗАХСТАН СЕГОДНЯ". 2 сентября. КОСТАНАЙ. В …` (Kazakhstan Today's Russian name); a listed outlet, or a name of
// capitals in quotes (a name in small letters there is a quoted phrase). The city may be left out: `«АГЕНТСТВО». 2 сентября. В …`.
const AGENCY_FIRST_DATELINE = new RegExp(String.raw`^[«"“](?<outlet>[\p{Lu}\d][^«»"“”.,;]{1,40}?)[»"”]\.\s+${DATELINE_DAY}\.\s+(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\.\s+)?(?=[\p{Lu}«"“\d])`, 'u');

// Case-sensitive on purpose: with the `i` flag \p{Lu} would match any letter.
export const DATELINE = new RegExp(String.raw`^${CITY}\.\s+(?:${DATELINE_DAY}\.?\s+)?${AGENCY}${REPORTER}\s*[-–—]\s`, 'u');
// What DATELINE opens on, told first: its city, a word or two with no period in them, and the period after it.
const CITY_AND_PERIOD = /^[^\s.]+(?:\s[^\s.]+)?\./u;

/** The agency a dateline opening the line names (`АСТАНА. КАЗИНФОРМ -`), or undefined; most lines are told by their first words. */
export function datelineAgency(text: string): string | undefined {
  return CITY_AND_PERIOD.test(text) ? DATELINE.exec(text)?.groups?.outlet : undefined;
}
// A listed outlet in a dateline, however written: `НҰР-СҰЛТАН. ҚазАқпарат -`, `ASTANA. 6 aqpan. QazAqparat -`,
// with the city lost as some pages print it: `. قازاقپارات -`, with no space after the city's period:
// `АСТАНА.KAZINFORM –`, nor around the dash before a capital: `ALMATY.KAZINFORM-Almatyda …`, and in quotes, as Kazakhstan
// Today's Russian name: `Павлодар. 1 октября. "Казахстан Сегодня" -`.
const DATELINE_LISTED = new RegExp(String.raw`^(?:${CITY})?\.\s*(?:${DATELINE_DAY}\.?\s+)?[«"“]?(?<outlet>${OUTLET_SPELLINGS})[»"”]?${REPORTER}\s*[-–—](?:\s|(?=\p{Lu}\p{Ll}))`, 'iu');
// An agency's dateline of periods alone, its name in any case: `Алматы. 5 октября. Центр информации. В …`.
// The day is required, and a name with a verb is the lead's first sentence (`Астана. 5 мая. Форум открылся.`).
const PERIOD_DATELINE = new RegExp(String.raw`^${CITY}\.\s+${DATELINE_DAY}\.\s+(?<outlet>\p{Lu}[\p{L}\d-]{2,}(?:\s[\p{L}\d-]+){0,2})\.\s+(?=[\p{Lu}«"])`, 'u');
// A source an agency quotes, no outlet: `пресс-служба акима региона`, `акимат города`.
const OFFICE = /пресс-служб|акимат|министерств|департамент|управлени|ведомств/iu;
// The word for an outlet's correspondent, in Cyrillic, Latin and Arabic letters: `тілшісі`, `tilshisi`.
const CORRESPONDENT_WORD = String.raw`(?:тілшісі|t[iı]l(?:sh|ş)[iı]s[iı]|ء?تىلشىسى)`;
// A region, district, town or village a Kazakh dateline may name instead of a city, its kind in small letters after
// its name: `Павлодар облысы`, `Батыс Қазақстан облысы`, `Жаңақорған ауданы`, Latin `Pavlodar oblysy`.
const KAZAKH_PLACE = String.raw`(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:облысы|ауданы|қаласы|ауылы|oblysy|a[ýu]dany|qalasy|a[ýu]yly)`;
// A Kazakh dateline naming the outlet's correspondent: `Нұр-Сұлтан, BAQ.KZ тілшісі. Бұл туралы …`,
// Latin `Astana, Kazinform tilshisi.`, after a region or district too: `Павлодар облысы, BAQ.KZ тілшісі.`
const CORRESPONDENT_DATELINE = new RegExp(String.raw`^(?:${KAZAKH_PLACE}|${CITY}),\s+(?<outlet>${DOMAIN}|\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*){0,2})\s+${CORRESPONDENT_WORD}[.,]?\s`, 'u');
// A dateline naming the outlet after the city's comma, a period after it: `Алматы, NEGE. Алдағы …`, `Нұр-Сұлтан,
// BAQ.KZ. Елордада …`, Latin `Nur-Sultan, BAQ.KZ.`: a domain or a name in capitals of three letters or more, Latin or
// Cyrillic (a word in small letters is the sentence's: `Алматы, Казахстан.` names none), or a listed outlet. A Russian
// region may stand for the city, and the day with its year between, a period after it: `Ростовская область,
// 11 января 2023. DON24.RU. …`.
const RUSSIAN_REGION = String.raw`\p{Lu}[\p{L}-]+\s+(?:область|край|район)`;
const COMMA_DATELINE_PLACE = String.raw`^(?:${RUSSIAN_REGION}|${CITY}),\s+(?:${DATELINE_DAY}\s+\d{4}\.\s+)?`;
const COMMA_DATELINE = new RegExp(String.raw`${COMMA_DATELINE_PLACE}(?<outlet>${DOMAIN}|[\p{Lu}\d]{3,}(?:[.-][\p{Lu}\d]{2,})?)\.\s+(?=[\p{Lu}«"“\d])`, 'u');
const COMMA_DATELINE_LISTED = new RegExp(String.raw`${COMMA_DATELINE_PLACE}(?<outlet>(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))\.\s+(?=[\p{Lu}«"“\d])`, 'iu');
// An outlet opening the lead as the one that prepared it: `Tengrinews.kz подготовил дайджест …`; a listed outlet or a
// domain, what it is before it or not, presenting it to the reader: `Информационное агентство Kazakhstan Today
// представляет обзор …`, `Kazinform предлагает вашему вниманию …`, Kazakh `Kazinform оқырман назарына … ұсынады`.
const PRESENTED = String.raw`(?:представляет|представляют|предлагает\s+(?:вашему\s+)?вниманию|(?:оқырман(?:дар)?(?:ының|дың)?|көрермен(?:дер)?)\s+назарына\s(?:[^.!?]|\.(?=\S)){1,200}?\sұсынады|oqyrman\s+nazaryna\s(?:[^.!?]|\.(?=\S)){1,200}?\susynady)`;
const PREPARED_BY = new RegExp(String.raw`^(?:(?:(?:информационное\s+|международное\s+информационное\s+)?агентство|ИА|МИА|${PORTAL}|издание)\s+)?(?<outlet>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))\s+(?:подготовил[аио]?|${PRESENTED})(?=[\s,.])`, 'iu');
// A listed outlet opening the lead as the sentence's subject, a verb of the third person after it: `Tengrinews.kz
// продолжает отслеживать …`, `Kazinform собрал …`, `NUR.KZ публикует …`. Only a listed outlet: a company's domain so
// placed (`Kaspi.kz запустил …`) is what the report is about. Case-sensitive: the verb is in small letters.
const THIRD_PERSON_VERB = String.raw`\p{Ll}{2,}(?:ает|яет|еет|ует|ит|ет|ют|ят|ёт|ут|ал|ала|ало|али|ял|яла|яли|ил|ила|или|ел|ела|ели)(?:ся|сь)?`;
const OUTLET_AS_SUBJECT = new RegExp(String.raw`^(?:(?:агентство|${PORTAL}|издание|ИА|МИА)\s+)?(?<outlet>[\p{L}\d][\p{L}\d.-]{1,40}(?:\s[\p{L}\d.-]{2,40})??)\s+(?=${THIRD_PERSON_VERB}(?=[\s,.]))`, 'u');
// The outlet's correspondent, or the outlet by its domain, doing the reporting: `Корреспондент
// BaigeNews.kz проанализировал ситуацию …`, `Zakon.kz поговорил со специалистами`, `…, узнал Zakon.kz.`
const REPORTING_VERB = String.raw`(?:проанализировал|выяснил|побывал|узнал|поговорил|посетил|изучил|разобрал)(?:а|и|ся|ась|ись)?`;
// Tested first: most paragraphs hold none of these verbs.
const REPORTING_STEM = /проанализ|выясн|побывал|узнал|поговорил|посетил|изучил|разобрал/u;
// The verb may come first, the outlet's journalists after it: `Подробности узнали журналисты NUR.KZ.` (only a
// domain or a listed outlet: `узнали журналисты газеты` names no one).
const REPORTED_BY = new RegExp(String.raw`(?:(?:^|\s)[Кк]орреспондент(?:ы)?\s+(?:(?:агентства|портала|издания|сайта)\s+)?|(?:^|[.!?]\s+))(?<outlet>${DOMAIN})\s+${REPORTING_VERB}(?=[\s,])|,\s+${REPORTING_VERB}\s+(?<by>${DOMAIN})\.?$|(?:^|[.!?]\s+)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+${REPORTING_VERB}\s+(?:журналисты|журналист|корреспонденты|корреспондент)\s+(?:(?:агентства|портала|издания|сайта)\s+)?(?<staff>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))(?=[\s,.:;]|$)`, 'u');
// An outlet named as one: a name in quotes of either kind, a domain or a listed outlet (a name in small letters
// after a verb is as often a source or a speaker).
const NAMED_OUTLET = String.raw`(?<outlet>«[^«»]{2,60}»|"[^"«»]{2,60}"|${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))`;
// The outlet's correspondent named with any verb, before or after the phrase, and her name after
// it: `Эти дома посетил собственный корреспондент ИА «NewTimes.kz» Имя Фамилия`, `Корреспондент
// Orda.kz Имя Фамилия отправилась …`, `Корреспондент Lada.kz прошёлся …`, `Корреспондент агентства Kazinform
// изучил …`, what the outlet is in a few words before its name, `Корреспондент центра деловой информации
// Kapital.kz вспомнил …`, `корреспондент делового издания Kursiv`. Only an outlet in quotes of either kind
// (`сообщил корреспондент агентства "Интерфакс-Казахстан"`), a domain or a listed outlet: `корреспондент газеты
// Иванов` names no outlet.
const CORRESPONDENT_OF = new RegExp(String.raw`(?:^|\s)(?:(?:[Сс]обственный|[Сс]пециальный)\s+)?[Кк]орреспондент(?:ы|ка)?\s+(?:(?:\p{L}+(?:ого|его)\s+){0,2}(?:агентства|${PORTAL}а|издания|сайта|газеты|телеканала|журнала)\s+|(?:МИА|ИА|центра\s+деловой\s+информации)\s+)?${NAMED_OUTLET}(?=[\s,.:;]|$)`, 'iu');
// A listed outlet opening the lead, with no city before it: `CentralAsia (KZ) - Согласно …`.
const LISTED_OPENING = new RegExp(String.raw`^(?<outlet>${OUTLET_SPELLINGS})\s*[-–—]\s`, 'iu');
// Wire datelines of Russian agencies: `МОСКВА, 23 сен - РИА Новости.`, `МОСКВА, 4 ноября. /ТАСС/.`
const WIRE_CITY = String.raw`\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}[\p{Lu}-]+)?,\s+\d{1,2}\s+\p{Ll}+\.?`;
const WIRE_DATELINE = new RegExp(String.raw`^${WIRE_CITY}\s*(?:[-–—]\s*(?<outlet>[\p{Lu}][^.,]{1,40}?)|/(?<slashed>[^/]{2,30})/)\.\s`, 'u');
// The agency between slashes after the date, the place written in any case before a dash:
// `Туркестанская область (ЮКО) - 25 декабря /KZinform/. На рынке …`.
const SLASHED_DATELINE = new RegExp(String.raw`^\p{Lu}[^./]{1,60}?\s[-–—]\s\d{1,2}\s+\p{Ll}+\.?\s*/(?<slashed>[^/]{2,30})/\.\s`, 'u');
// сообщает Kazpravda.kz со ссылкой на Сенат · передает корреспондент агентства Kazinform · сообщает tengrinews.kz;
// an outlet may be named by its account (`передаёт корреспондент @Pavlodarnews.kz`), and a correspondent
// may tell the story (`рассказывает собственный корреспондент ИА «NewTimes.kz» Имя Фамилия`), and so may a site
// named by its domain (`рассказывает Петропавловск.news`), and a domain may
// keep its link's scheme (`сообщает http://astana.gov.kz)`, the link's markup lost).
// The outlet's account printed after its name in quotes, `сообщает "Диапазон" @gazeta_diapazon.`, is no part of it.
const ACCOUNT_AFTER = String.raw`(?:(?<=[»"”])\s+@[A-Za-z0-9_.]{2,40}(?<!\.))?`;
const RUSSIAN = new RegExp(String.raw`(?:[Сс]ообщает|[Сс]ообщают|[Пп]ереда[её]т|[Пп]ередают|[Пп]ишет|[Ии]нформирует|[Рр]ассказывает(?=\s+(?:собственный\s+|специальный\s+)?корреспондент|\s+[\p{L}\d-]+\.(?:kz|ru|com|news|media|info|org|net)(?![\p{L}\d])))\s+${CARRIER}(?:@|${LINK_SCHEME})?${OUTLET}${ACCOUNT_AFTER}${VIA}${END}`, 'u');
// A brand in small Latin letters, one word and no domain, as who reports: `сообщает novoetv со ссылкой на акимат`.
const RUSSIAN_LOWER_BRAND = new RegExp(String.raw`(?:[Сс]ообщает|[Пп]ереда[её]т|[Пп]ишет)\s+(?<outlet>[a-z][a-z\d]{2,30})(?![\p{L}\d@_-]|\.\p{L})${VIA}${END}`, 'u');
// A domain as who reports, the period after it lost where an embed ran the paragraphs together, the next
// sentence opening on a capitalised word: `…, передает ec-sport.kz Осенний кросс стартовал …`. A domain only:
// after a name the capitalised word may be part of it.
const RUSSIAN_DOMAIN_GLUED = new RegExp(String.raw`(?:[Сс]ообщает|[Пп]ереда[её]т|[Пп]ишет)\s+${CARRIER}(?<outlet>${DOMAIN})(?=\s+[А-ЯЁ][а-яё]+\s+\p{L})`, 'u');
// A capitalised domain so glued reads as a name running on to the line's end: the domain is the outlet.
const DOMAIN_THEN_SENTENCE = new RegExp(String.raw`^(${DOMAIN})\s+[А-ЯЁ][а-яё]+\s+\p{L}`, 'u');
// A site named by what it is and its domain, `пишет информационный ресурс Orda.kz`, is the domain.
const DESCRIBED_THEN_DOMAIN = new RegExp(String.raw`^${DESCRIBED_OUTLET}(${DOMAIN})$`, 'u');
// `отмечает` after what one celebrates is its other sense, an outlet's anniversary, no attribution: `Сегодня
// день рождения отмечает телеканал «24KZ»`, `юбилей отмечает газета «…»`.
const CELEBRATED = String.raw`(?<!(?:день\s+рождения|юбилей|годовщину|праздник|(?:\d+-)?летие)\s+)`;
// In the past tense only a name in quotes, a domain or a listed outlet, its kind before it or not, names the
// outlet (`сообщил «Интерфакс-Юг» со ссылкой на …`, `передало агентство Kazinform`): `сообщил аким` is a source.
// So with a verb a speaker's words take as often as an outlet's: `отмечает Zakon.kz со ссылкой на …`, `уточняет
// Tengrinews.kz` (`отмечает Имя Фамилия` quotes a speaker).
const RUSSIAN_PAST = new RegExp(String.raw`(?:(?:[Сс]ообщил|[Пп]ередал)[аои]?|${CELEBRATED}[Оо]тмечает|[Уу]точняет)\s+(?:(?:\p{Ll}{3,}(?:ое|ый|ий|ой|ая)\s+){0,2}(?:ИА|МИА|агентство|${PORTAL}|издание|сайт|телеканал)\s+)?${NAMED_OUTLET}${VIA}${END}`, 'u');
// An outlet named by what it is, as the one that states it: `Об этом заявляет издание «Мой город» со ссылкой на …`.
// Only after its kind (`издание`, `портал`, `агентство`, …) and only a name in quotes, a domain or a listed outlet:
// `заявляет аким` or `заявляет партия «…»` names a speaker.
const RUSSIAN_STATES = new RegExp(String.raw`[Зз]аявля(?:ет|ют)\s+(?:\p{Ll}{3,}(?:ое|ый|ий|ой|ая)\s+)?(?:ИА|МИА|агентство|информагентство|${PORTAL}|издание|сайт|газета|телеканал)\s+${NAMED_OUTLET}${VIA}${END}`, 'u');
// A body telling the outlet, the outlet in the dative right after the verb and the body after `в`: `…, сообщили КазТАГ
// в пресс-службе ДВД`, `рассказали Zakon.kz в акимате`. Only a name in quotes, a domain or a listed outlet.
// The outlet may be named by what it is in the dative, `сообщили сайту Zakon.kz`, `рассказал корреспонденту NUR.KZ глава
// управления`, `сообщили корреспонденту агентства Kazinform в пресс-службе …`, and then a speaker in the singular may tell it;
// the plural, `пояснили Tengrinews.kz.`, may close the sentence with no body after it.
const TO_OUTLET_KIND = String.raw`(?:сайту|порталу|(?:медиа-?|интернет-)?порталу|агентству|изданию|(?:собственному\s+|специальному\s+)?(?:корреспонденту|корреспондентам|журналисту|журналистам)(?:\s+${OF_OUTLET_KIND})?)`;
// The day may come between the verb and the outlet, and an agency be named by its abbreviation: `сообщили в понедельник
// ИА «…» в отделе образования`.
const TOLD_WHEN = String.raw`(?:(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера|накануне)\s+)?`;
const RUSSIAN_TOLD = new RegExp(String.raw`(?:[Сс]ообщили|[Рр]ассказали|[Пп]ояснили|[Уу]точнили)\s+${TOLD_WHEN}(?:(?:ИА|МИА|${TO_OUTLET_KIND})\s+)?${NAMED_OUTLET}(?:\s+в\s+\p{L}|(?=\s*[.;]|\s*$))`, 'iu');
// With what the outlet is in the dative a speaker in the singular may tell it, named after it or not; closing a quote
// (`«…», рассказал корреспонденту Kazinform директор.`) the words are the speaker's, no outlet's report.
const RUSSIAN_TOLD_TO = new RegExp(String.raw`(?<![»"”][,.]?\s*(?:[-–—]\s*)?)(?:[Сс]ообщил|[Рр]ассказал|[Пп]ояснил|[Уу]точнил|[Зз]аявил)[аи]?\s+${TO_OUTLET_KIND}\s+${NAMED_OUTLET}(?=[\s,.:;)]|$)`, 'iu');
// The outlet that carries a body's report, named after it: `…, сообщает госметеослужба «Казгидромет», на
// которую ссылается ИА Новости-Казахстан.` (the body names no outlet; the agency citing it does).
const RUSSIAN_CITING = new RegExp(String.raw`,\s+на\s+(?:которую|который|которое|которые|которых)\s+ссыла(?:е|ю)тся\s+${CARRIER}${OUTLET}${END}`, 'u');
// деп хабарлайды Kazinform тілшісі; in Latin script, dep habarlaıdy Kazinform tilshisi; the name at times
// after the `@` of the outlet's account (`деп хабарлайды @Qala.kz тілшісі`)
// The body cited before the outlet, in the dative, and the outlet after `сілтеме жасаған` (that cited): `деп хабарлайды
// аудан әкімдігінің баспасөз қызметіне сілтеме жасаған didarbek.kz ақпараттық агенттігі` is didarbek.kz's, citing the service.
const KAZAKH_CITED_FIRST = new RegExp(String.raw`(?:деп\s+(?:хабарлайды|хабарлады|жазады)|dep\s+(?:habarla[ıi]dy|habarlady|jazady))\s+(?<via>${DOMAIN}(?:-\p{L}{2,3})?|[^,;.]{1,120}?)${CITED_KIND}\s+(?:сілтеме\s+жасаған|silteme\s+jasaǵan|siltegen)\s+@?${OUTLET}${DESCRIPTOR}${END}`, 'u');
const KAZAKH = new RegExp(String.raw`(?:деп\s+(?:хабарлайды|хабарлады|жазады)|dep\s+(?:habarla[ıi]dy|habarlady|jazady))\s+@?${OUTLET}${DESCRIPTOR}${KAZAKH_VIA}${END}`, 'u');
// in Arabic script: دەپ حابارلايدى Kazinform (a domain's dot ends no name: `Abai.kz` is no `Abai`); the body it cites after it as in Cyrillic, a domain too
// (`دەپ حابارلادى qandastar.kz 1bol.kz سىلتەمە جاساپ`: qandastar.kz citing 1bol.kz). A copy may have the verb's first
// letter typed as the Latin `x` that transliterates it (`دەپ xابارلايدى`).
const KAZAKH_ARABIC = new RegExp(String.raw`دەپ\s+[حx](?:ابارلايدى|ابارلادى|ابارلادئ)\s+(?<outlet>${DOMAIN}|[^،,.؛]{1,120}?)${DESCRIPTOR}${KAZAKH_VIA}(?=\s*[،,؛]|\s*\.(?![\p{L}\d])|\s*$)`, 'u');
// The genitive's ending on a word in Arabic script, after a vowel its own hamza before it (`ءنىڭ`).
const ARABIC_GENITIVE_AFTER = String.raw`ءنىڭ|${ARABIC_GENITIVE_ENDINGS}`;
// The outlet's genitive before its correspondent (`دەپ حابارلايدى شينجياڭ گازەتىنىڭ ءتىلشىسى`, the paper's
// correspondent): the paper is named with the genitive's ending left off, `شينجياڭ گازەتى`.
const ARABIC_KIND_GENITIVE = /(?<=(?:گازەتى|اگەنتتىگى|پورتالى|سايتى|ارناسى|تورابى))نىڭ$/u;
// A Xinjiang paper's correspondent reporting from a city on a day, at the lead's opening, the paper's app before it or
// not: `انار بۇلت / شينجياڭ گازەتىنىڭ ءتىلشىسى <name> <day> ۇرىمجىدەن حابارلايدى.` The paper, its
// genitive's ending left off, is the outlet.
const CORRESPONDENT_REPORTS = new RegExp(String.raw`(?:^|\/\s*)(?<outlet>\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){0,3}?)(?:${ARABIC_GENITIVE_AFTER})\s+ء?تىلشىسى\s[^.،]{1,80}?\s[حx]ابارلايدى(?=\s*\.)`, 'u');
// A Xinjiang paper's dateline, its report filed from a city on a day: `شينجياڭ گازەتىنىڭ 11 - ايدىڭ 24 - كۇنى
// ۇرىمجىدەن بەرگەن حابارى.` (Xinjiang Daily's report from Urumqi of 24 November). The paper, its genitive's
// ending left off, is the outlet.
const FILED_REPORT = new RegExp(String.raw`^(?<outlet>\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){0,3}?)(?:${ARABIC_GENITIVE_AFTER})\s[^.،]{0,60}?\s(?:بەرگەن|جولداعان)\s+حابارى(?=\s*[.:])`, 'u');
// Kazakh genitive endings, in the three scripts.
const GENITIVE_ENDING = String.raw`(?:${GENITIVE_ENDINGS}|${ARABIC_GENITIVE_AFTER})`;
// As an outlet reports, named by what it is (`SMARTNEWS.KZ басылымының хабарлауынша, …`, Latin `… portalynyń
// habarlaýynsha`, Arabic `… حابارلاۋىنشا`), or by its domain alone: only a domain, a name in quotes or a listed outlet (`Облыстық
// баспасөз қызметінің хабарлауынша` cites an office). The name takes the genitive after a hyphen (`Kazinform-тың
// хабарлауынша`), or inside its quotes (`"Шығыс-ақпараттың" хабарлауынша`): the outlet is named without it.
const KAZAKH_AS_REPORTED = new RegExp(String.raw`(?:^|[\s,(])(?<outlet>${DOMAIN}|«[^«»]{2,60}»|"[^"«»]{2,60}"|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))(?:-${GENITIVE_ENDING})?(?:\s+(?:${SITE_KIND}\s+)?(?:агенттігінің|порталының|сайтының|газетінің|басылымының|телеарнасының|тілшісінің|agenttiginiń|portalynyń|saıtynyń|gazetiniń|basylymynyń|tilshisiniń|اگەنتتىگىنىڭ|پورتالىنىڭ|سايتىنىڭ|گازەتىنىڭ|باسىلىمىنىڭ|ءتىلشىسىنىڭ))?\s+(?:хабарлауынша|habarla[ýuy][yıi]n(?:sh|ş)a|حابارلاۋىنشا)(?=[\s,.،]|$)`, 'iu');
// A sentence adverbial may open the sentence before it: `Осыған байланысты Zakon.kz тілшісі … сауал жолдап, …`, in
// the three scripts (`وسى ورايدا Kazinform ءتىلشىسى …`).
const OPENING_ADVERBIAL = String.raw`(?:(?:осыған\s+байланысты|осы\s+орайда|осы\s+ретте|сондай-ақ|сонымен\s+қатар|бүгін|кеше|osyǵan\s+baılanysty|osy\s+oraıda|sondaı-aq|búgin|keshe|وسىعان\s+بايلانىستى|وسى\s+ورايدا|سونداي-اق|ء?بۇگىن|كەشە)[,،]?\s+)?`;
// As an outlet reported, the outlet opening the sentence: `ҚазАқпарат хабарлағандай, …`, Latin `… habarlaǵandaı`,
// Arabic `… حابارلاعانداي`: a report retold from that outlet. Only a domain, a name in quotes or a listed outlet, and
// no earlier report named (`Бұған дейін Tengrinews.kz хабарлағандай` recalls one: the outlet opens the sentence).
const KAZAKH_AS_REPORTED_PAST = new RegExp(String.raw`(?:^|[.!?]\s+)(?<outlet>${DOMAIN}|«[^«»]{2,60}»|"[^"«»]{2,60}"|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))\s+(?:хабарлағандай|habarla[ǵg]anda[ıi]|حابارلاعانداي)(?=[\s,.،]|$)`, 'iu');
const AS_REPORTED_PAST_WORD = /хабарлағандай|habarla[ǵg]anda[ıi]|حابارلاعانداي/iu;
// The outlet's correspondent opening a sentence, whatever she did: `«Қазақпарат» тілшісі … әкімдігіне хабарласып,
// түсініктеме алды`, Latin `«QazAqparat» tilshisi …`, Arabic `«قازاقپارات» ءتىلشىسى …`. Only a name in quotes, a
// domain or a listed outlet: `Газет тілшісі …` names no one. What the outlet is may stand between, a word before it
// or not: `"Адырна" ұлттық порталының тілшісі …` (the national portal's correspondent).
const OUTLET_KIND_OF = String.raw`(?:\s+\p{L}+)?\s+(?:порталының|сайтының|газетінің|агенттігінің|басылымының|portalynyń|saıtynyń|gazetiniń|agenttiginiń|basylymynyń)`;
const KAZAKH_CORRESPONDENT = new RegExp(String.raw`(?:^|[.!?]\s+)${OPENING_ADVERBIAL}${NAMED_OUTLET}(?:${OUTLET_KIND_OF})?\s+${CORRESPONDENT_WORD}\s`, 'iu');
const KAZAKH_CORRESPONDENT_WORD = /тілшісі|t[iı]l(?:sh|ş)[iı]s[iı]|تىلشىسى/iu;
// A correspondent of the outlet named later in the report, when the lead names no one: `…, передает
// корреспондент Zakon.kz.` in the third paragraph. Only a correspondent's phrase: a later `сообщает X`
// often cites a source, not who reports.
const LATER_CORRESPONDENT = new RegExp(String.raw`(?:[Сс]ообща[её]т|[Пп]ереда[её]т|[Пп]ишет|[Рр]ассказывает)\s+(?:собственный\s+|специальный\s+)?корреспондент\s+(?:${OF_OUTLET_KIND}\s+)?@?${OUTLET}${END}`, 'u');
const LATER_PARAGRAPHS = 6;
// The outlet itself closing a later sentence after a comma, when the lead names none: `…, пишет Zakon.kz.`, `…, сообщает
// Exclusive.kz со ссылкой на BES.media.`, Kazakh `…, деп хабарлайды Zakon.kz.`. Only a domain or a listed outlet (a later
// `сообщает пресс-служба` or `пишет газета` names a source), not in a paragraph recalling an earlier report (`Напомним, …`),
// nor under a subheading. A dash may follow the comma closing a quote, glued or not: `»,-пишет Zakon.kz.`
const LATER_OUTLET = new RegExp(String.raw`,(?:\s*[-–—]\s*|\s+)(?:(?:сообща[её]т|переда[её]т|передают|пишет)\s+(?:(?:ИА|МИА|агентство|${PORTAL}|издание|сайт)\s+)?|(?:деп\s+(?:хабарлайды|жазады)|dep\s+(?:habarla[ıi]dy|jazady))\s+)(?<outlet>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))${VIA}${END}`, 'iu');
// Or a paragraph of its own naming the outlet by what it is: `Об этом сообщает телеканал КТК.` (a name in capitals or a
// domain after it).
const LATER_ABOUT = new RegExp(String.raw`^Об\s+этом\s+(?:сообща[её]т|переда[её]т|пишет)\s+(?:телеканал|агентство|${PORTAL}|издание|сайт|газета)\s+(?<outlet>\p{Lu}{2,8}|${DOMAIN})\.?$`, 'u');
const LATER_OUTLET_VERB = /сообща[её]т|переда[её]т|передают|пишет|хабарлайды|жазады|habarla[ıi]dy|jazady/iu;
const RECALLED = /^(?:Напомним|Ранее|Как\s+ранее|Как\s+сообщалось|Еске\s+салайық|Бұған\s+дейін|Eske\s+salaıyq|Buǵan\s+deıin)(?![\p{L}])/iu;
// In Kazakh, the outlet's correspondent closing a later sentence: `…, деп хабарлайды newsroom.kz тілшісі.`, Latin
// `dep habarlaıdy Kazinform tilshisi`, Arabic `دەپ حابارلايدى «قازاقپارات» ءتىلشىسى`. Only a name in quotes, a domain or
// a listed outlet with its correspondent: a later `деп хабарлайды аудан әкімдігі` names a source, no outlet.
const LATER_CORRESPONDENT_KAZAKH = new RegExp(String.raw`(?:деп\s+хабарла(?:йды|ды)|dep\s+habarla(?:[ıi]dy|dy)|دەپ\s+حابارلا(?:يدى|دى))\s+@?${NAMED_OUTLET}\s+${CORRESPONDENT_WORD}(?=[\s.,،]|$)`, 'iu');
// — в обзоре корреспондента агентства Kazinform; the outlet itself, named by what it is: — в материале портала TatCenter.ru
const RUSSIAN_REVIEW = new RegExp(String.raw`[,—–-]\s*в\s+(?:обзоре|материале|репортаже)\s+(?:корреспондента\s+(?:(?:агентства|портала|издания)\s+)?|(?:агентства|портала|издания|сайта)\s+)${OUTLET}${END}`, 'u');
// The outlet's own review or piece the lead's sentence closes on, pointing to what follows: `Куда сходить на выходных — в
// обзоре на Lada.kz.`, `— в материале Tengrinews.kz`, `— в обзоре NUR.KZ`, `— в материале на Zakon.kz`, `… рассказываем в
// материале Lada.kz.`; Kazakh `… — Lada.kz шолуында.`, `… Kazinform материалында.` (Latin `sholýynda`, `materıalynda`). Only
// a domain or a listed outlet, and only closing the sentence: `в материале издания «…» говорится, что …` is another's text.
const REVIEWED_OUTLET = String.raw`(?<outlet>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))`;
// A closing mark then a space or the end, or the paragraph's end (case-free: the phrases read any case).
const SENTENCE_CLOSES = String.raw`(?=\s*(?:[.!…]["»”]?(?:\s|$)|$))`;
const OWN_REVIEW = new RegExp(String.raw`(?:(?:^|\s)[—–-]\s*|\s(?:рассказываем|расскажем|рассказали)\s+)в\s+(?:обзоре|материале)\s+(?:на\s+)?${REVIEWED_OUTLET}${SENTENCE_CLOSES}`, 'iu');
const OWN_REVIEW_KAZAKH = new RegExp(String.raw`(?:^|[\s(])${REVIEWED_OUTLET}\s+(?:шолуында|материалында|shol[ýu]ynda|mater[ıi]alynda)${SENTENCE_CLOSES}`, 'iu');
const OWN_REVIEW_KAZAKH_WORD = /шолуында|материалында|shol[ýu]ynda|mater[ıi]alynda/iu;
// Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады; Latin Bul týraly … habarlady; `жайында`, `жайлы` and `жөнінде` are `туралы`
// (`Bul jaıynda 31 arna habarlaıdy`, in the 2021 alphabet `Būl jaily … jazdy`).
// The name may be a domain (`Бұл туралы Stan.kz ақпарат агенттігі хабарлайды`): a dot inside a word is no sentence's end.
// The body it cites may stand between the name and the verb: `Бұл туралы «Abai.kz» порталы аудан әкімдігіне сілтеме
// жасай отырып хабарлайды` is Abai.kz's, via the district akimat (what the outlet is stays with its name).
// Or the body whose information it relies on: `… баспасөз қызметі мәліметіне сүйеніп хабарлайды` (RELYING).
const ABOUT_KIND_WORD = String.raw`(?:порталы|сайты|агенттігі|арнасы|телеарнасы|тілшісі|ақпарат|ақпараттық|халықаралық|ұлттық|интернет|portaly|saıty|agenttigi|arnasy|tilshisi|aqparat|aqparattyq|[uū]ltt[yı]q|اقپارات|اقپاراتتىق|اگەنتتىگى|پورتالى|سايتى|ارناسى)(?![\p{L}\d])`;
const ABOUT_VIA = String.raw`(?:\s+(?!${ABOUT_KIND_WORD})(?<via>(?:[^,;.]|\.(?=[\p{L}\d])){1,120}?)(?:${CITED_KIND}\s+${CITING}|${RELYING}))?`;
const KAZAKH_ABOUT = new RegExp(String.raw`(?:Бұл\s+(?:туралы|жайында|жайлы|жөнінде)|B[uūú]l\s+(?:t[ýu]raly|ja[ıi]ynda|ja[ıi]ly|j[óo]ninde)|بۇل\s+(?:تۋرالى|جايىندا|جايلى|جونىندە))\s+(?<outlet>(?:[^,;.]|\.(?=[\p{L}\d])){3,120}?)${ABOUT_VIA}\s+(?:хабарлады|хабарлайды|мәлім\s+етті|жазды|жазады|habarlady|habarla[ıi]dy|jazdy|حابارلادى|حابارلايدى|جازادى|جازدى)${END}`, 'u');
// The outlet's domain first, then `бұл туралы` and the body it cites: `Bassport.kz бұл туралы 1bol.kz-ке сілтеме жасап
// хабарлайды` is Bassport.kz's, via 1bol.kz. Only a domain there: a person or an office first is a source.
const KAZAKH_SITE_ABOUT = new RegExp(String.raw`(?<![\p{L}\d.])(?<outlet>${DOMAIN})\s+(?:бұл\s+(?:туралы|жайында|жайлы|жөнінде)|b[uūú]l\s+(?:t[ýu]raly|ja[ıi]ynda|ja[ıi]ly|j[óo]ninde))${ABOUT_VIA}\s+(?:хабарлады|хабарлайды|жазды|жазады|habarlady|habarla[ıi]dy|jazdy|jazady)${END}`, 'iu');
// What an outlet named before `хабарлайды` is: `Stan.kz ақпарат агенттігі` is Stan.kz.
// In Arabic script too: `Infohub.kz اقپارات اگەنتتىگى`.
const ABOUT_DESCRIPTOR = /\s+(?:халықаралық\s+ақпарат\s+агенттігі|ұлттық\s+порталы|телеарнасы|арнасы|[uū]ltt[yı]q\s+portaly|halyqaralyq\s+aqparat\s+agenttigi|ақпарат\s+агенттігі|ақпараттық\s+агенттігі|ақпарат\s+порталы|ақпараттық\s+порталы|(?:медиа[-\s]?)?порталы|сайты|агенттігі|тілшісі|aqparat\s+agenttigi|saıty|tilshisi|(?:حالىقارالىق\s+|ۇلتتىق\s+)?(?:اقپارات(?:تىق)?\s+)?(?:اگەنتتىگى|پورتالى)|سايتى|(?:تەلە)?ارناسى|ء?تىلشىسى)$/u;
// A person named by role and name, closing a `Бұл туралы …` phrase, is a source, no outlet: `… қауымдастығының
// президенті Имя Фамилия`, `облыс әкімі Имя Фамилия` (a role in small letters right before the name).
const ROLE_AND_NAME = /(?:^|\s)\p{Ll}[\p{L}-]*[ыіиyi]\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}$/u;
// In Arabic script, which has no capitals, the role is told by its word: `دەپ حابارلادى … ءباسپاسوز حاتشىسى
// <first name> <surname>` (the press secretary), a role of the list and one to three words after it, is a source, no outlet.
const ARABIC_ROLE_AND_NAME = /(?:^|\s)ء?(?:حاتشىسى|مينيسترى|اكىمى|باسشىسى|توراعاسى|ورىنباسارى|دەپۋتاتى|پرەزيدەنتى|ديرەكتورى|ساراپشىسى|مامانى|ەلشىسى|وكىلى|باستىعى|قىزمەتكەرى)(?:\s\S+){1,3}$/u;
// Someone's personal page on a network, closing a `Бұл туралы …` phrase, is a person's post, no outlet: `Бұл жайында
// ток-шоудың жүргізушісі Имя Фамилия Facebook-тегі жеке парақшасында жазды`.
const PERSONAL_PAGE = /(?:^|\s)(?:жеке|jeke)\s+(?:парақшасы|аккаунты|беті|блогы|paraqshasy|akkaýnty|akkaunty|beti)$/u;
// Where something was said, closing a `Бұл туралы …` phrase: a briefing, a meeting, an interview.
const OCCASION = /\s(?:брифинг|брифингте|брифингінде|барысында|кезінде|жиында|жиналысында|отырысында|кездесуде|кездесуінде|сұхбатында|мәслихатында|brıfıńte|barysynda|kezinde|jıynda|otyrysynda)$/u;
// Об этом сообщили в пресс-службе МВД.
const RUSSIAN_ABOUT = new RegExp(String.raw`[Оо]б\s+этом\s+(?:сообщили|сообщает|сообщают|рассказали)\s+в\s+(?<outlet>пресс-службе\s[^,;.]{1,120}?)${END}`, 'u');
// The outlet that learned the news, or its correspondent: `Как стало известно 7-region.com, …`, `как стало
// известно корреспонденту Vecher.kz`, `… «Информбюро»`. Only a domain, a name in quotes or a listed outlet:
// `как стало известно из источников` or `… журналистам` names no one.
const KNOWN_TO = new RegExp(String.raw`(?:^|[\s,(—–-])[Кк]ак\s+стало\s+известно\s+(?:(?:собственному\s+|специальному\s+)?корреспонденту\s+(?:${OF_OUTLET_KIND}\s+)?)?(?<outlet>«[^«»]{2,60}»|${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))(?=[\s,.:;)]|$)`, 'iu');
// The outlet's correspondent told the news, `Об этом` opening the phrase: `Об этом корреспонденту Tengrinews.kz
// сообщил глава ассоциации`, `Об этом рассказали корреспонденту агентства Kazinform в акимате`. Only a name in
// quotes, a domain or a listed outlet; a quote said to a correspondent elsewhere in a sentence names no outlet.
const TOLD_CORRESPONDENT = new RegExp(String.raw`[Оо]б\s+этом\s+(?:(?:сообщил|рассказал|пояснил|заявил)[аи]?\s+)?(?:собственному\s+|специальному\s+)?корреспонденту\s+(?:${OF_OUTLET_KIND}\s+)?${NAMED_OUTLET}(?=[\s,.:;]|$)`, 'iu');
// Who spoke told the outlet's journalist what the report is about, the verb opening the phrase: `Директор гимназии
// рассказала журналисту Kazakhstan Today, как …`, `… рассказал корреспонденту агентства Kazinform о …`, the outlet in
// the dative alone too, `Физик рассказал Sputnik Казахстан, как …`. Only a name in quotes, a domain or a listed outlet,
// with what was told after it (a comma and a question word, or `о`): `…, сказал директор корреспонденту Kazinform.`
// closing a quote names none.
const TOLD_THE_OUTLET = new RegExp(String.raw`(?:^|[^»"”\s]\s+)[Рр]ассказал[аи]?\s+(?:(?:журналисту|журналистам|корреспонденту|корреспондентам)\s+(?:${OF_OUTLET_KIND}\s+)?)?${NAMED_OUTLET}(?=\s*,\s*(?:как|что|почему|зачем|сколько|какие|какой|какая|каким|где|когда|чем)\s|\s+(?:о|об|обо|про)\s)`, 'iu');
// The outlet whose report a site passes on, named as the data's source: `Согласно официальным данным FreshNews.kz, …`,
// `По информации сайта Tengrinews.kz, …`, `… по данным портала Orda.kz.` Only a domain or a listed outlet: `по данным
// Минздрава` names a source, no outlet.
const ACCORDING_TO_OUTLET = new RegExp(String.raw`(?:^|[\s,(])(?:[Сс]огласно|[Пп]о)\s+(?:(?:официальным|последним|предварительным|свежим)\s+)?(?:данным|информации|сведениям)\s+(?:(?:сайта|${PORTAL}а|издания|агентства|ИА|МИА)\s+)?(?<outlet>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))(?=[\s,.:;)]|$)`, 'iu');
// The datelines that open a lead: a city (a day) and the agency, ended by a dash or a period.
const DATELINES: readonly RegExp[] = [DATELINE, DATELINE_LISTED, AGENCY_FIRST_DATELINE, WIRE_DATELINE, SLASHED_DATELINE, CORRESPONDENT_DATELINE, COMMA_DATELINE, COMMA_DATELINE_LISTED];

/** The dateline opening a lead (`АСТАНА, 30 июл — Sputnik. `), with the space after it, or undefined. */
export function datelineOf(lead: string): string | undefined {
  if (!mayOpenOnDateline(lead)) return undefined;
  for (const dateline of DATELINES) {
    const found = dateline.exec(lead);
    if (found && (dateline !== AGENCY_FIRST_DATELINE || isAgencyInQuotes(found.groups!.outlet!))) return found[0];
  }
  return undefined;
}

const DATELINE_SET: ReadonlySet<RegExp> = new Set(DATELINES);
// The place before a dateline's first period or comma is three words at most (`Батыс Қазақстан облысы,`).
const DATELINE_PLACE_SPACES = 2;

/**
 * Tested before DATELINES: the lead opens on a quote, holds a slash (SLASHED_DATELINE's place may hold any mark),
 * or its first mark in ASCII is a period or a comma after letters, hyphens and at most two runs of spaces (the
 * place of each dateline; a character past ASCII may be a letter and is passed over).
 */
function mayOpenOnDateline(text: string): boolean {
  const first = text[0];
  if (first === '«' || first === '"' || first === '“' || text.includes('/')) return true;
  let spaces = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      if (!inSpace && ++spaces > DATELINE_PLACE_SPACES) return false;
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (code >= 0x80 || code === 0x2d || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) continue;
    return code === 0x2e || code === 0x2c;
  }
  return false;
}

// A dateline names the agency before anything else in the lead.
// The outlet's correspondent was told the news, in Kazakh: `Бұл туралы қала мэриясы «24.kg» ақпарат агенттігінің
// тілшісіне хабарлады`, Latin `Kazinform tilshisine aıtty` (Russian `Об этом корреспонденту Tengrinews.kz сообщил`).
// Only a name in quotes, a domain or a listed outlet: `газет тілшісіне айтты` names no one.
const KAZAKH_TOLD_CORRESPONDENT = new RegExp(String.raw`(?:^|[\s,(])${NAMED_OUTLET}(?:\s+(?:${SITE_KIND}\s+)?(?:агенттігінің|порталының|сайтының|газетінің|басылымының|телеарнасының|agenttiginiń|portalynyń|saıtynyń|gazetiniń|اگەنتتىگىنىڭ|پورتالىنىڭ|سايتىنىڭ|گازەتىنىڭ))?\s+(?:тілшісіне|t[iı]l(?:sh|ş)[iı]s[iı]ne|ء?تىلشىسىنە)\s+(?:[^.!?]{0,80}?\s)?(?:хабарлады|айтты|мәлімдеді|мәлім\s+етті|түсіндірді|жеткізді|habarlady|a[ıi]tty|málimdedi|túsindirdi|حابارلادى|ايتتى)(?=[\s,.]|$)`, 'iu');
// A body telling the outlet, the outlet and what it is in the dative, the body after it (Russian `сообщили КазТАГ в
// пресс-службе …`): `Ақпаратты Zakon.kz сайтына "ҚазАвтоЖол" ҰК" АҚ хабарлады`, `Бұл туралы Kazinform агенттігіне
// облыс әкімдігі айтты`, Latin `Aqparatty Zakon.kz saıtyna … habarlady`: the outlet, via the body. Only a name in quotes,
// a domain or a listed outlet (`Бұл туралы газет сайтына …` names no one).
const KAZAKH_TOLD_SITE = new RegExp(String.raw`(?:^|[.!?]\s+)(?:Ақпаратты|Бұл\s+(?:туралы|жайында|жөнінде)|Aqparatty|Bul\s+(?:t[ýu]raly|ja[ıi]ynda|j[óo]ninde))\s+${NAMED_OUTLET}\s+(?:${SITE_KIND}\s+)?(?:сайтына|порталына|агенттігіне|басылымына|газетіне|телеарнасына|арнасына|saıtyna|portalyna|agenttigine|basylymyna|gazetine|arnasyna)\s+(?<via>(?:[^.!?]|\.(?=[\p{L}\d])){2,120}?)\s+(?:хабарлады|хабарлайды|айтты|мәлім\s+етті|жеткізді|түсіндірді|habarlady|habarla[ıi]dy|a[ıi]tty|jetkizdi|túsindirdi)${END}`, 'iu');
// A body telling the outlet, the body first, the outlet and what it is in the dative after it: `Бүгін министрліктің баспасөз
// қызметі Zakon.kz сайтына каникул кестесін хабарлады`, `Министрлік NUR.KZ порталына ережені түсіндірді`, Latin `… Zakon.kz
// saıtyna málimdedi`: the outlet, via the body when it is an office (`баспасөз қызметі`, `әкімдігі`, `министрлігі`). Only
// a name in quotes, a domain or a listed outlet before what it is: a person told (`министрге хабарлады`) is no outlet.
const KAZAKH_BODY_TOLD_SITE = new RegExp(String.raw`(?:(?:^|[.!?]\s+)${OPENING_ADVERBIAL}(?<via>[^.!?,;]{2,80}?)\s+|(?:^|[\s,(]))${NAMED_OUTLET}\s+(?:${SITE_KIND}\s+)?(?:сайтына|порталына|агенттігіне|басылымына|газетіне|телеарнасына|арнасына|saıtyna|portalyna|agenttigine|basylymyna|gazetine|arnasyna)\s+(?:[^.!?]{0,80}?\s)?(?:хабарлады|хабарлайды|айтты|мәлімдеді|мәлім\s+етті|жеткізді|түсіндірді|habarlady|habarla[ıi]dy|a[ıi]tty|málimdedi|jetkizdi|túsindirdi)(?=[\s,.!?]|$)`, 'iu');
// An office, as the body that told: `министрліктің баспасөз қызметі`, `облыс әкімдігі`, `жолдар басқармасы`.
const KAZAKH_OFFICE = /(?:қызметі|әкімдігі|әкімдік|министрлігі|министрлік|mınıstrlik|ákimdik|департаменті|басқармасы|мэриясы|комитеті|прокуратурасы|полициясы|ведомствосы|qyzmeti|ákimdigi|mınıstrligi|departamenti|basqarmasy|komıteti)$/iu;
const TOLD_SITE_WORD = /сайтына|порталына|агенттігіне|басылымына|газетіне|арнасына|saıtyna|portalyna|agenttigine|basylymyna|gazetine|arnasyna/iu;
const TOLD_CORRESPONDENT_WORD = /тілшісіне|t[iı]l(?:sh|ş)[iı]s[iı]ne|تىلشىسىنە/iu;
// Where the outlet is from, before its name: `бұл туралы жергілікті Монцаме агенттігі хабарлады` (the local
// agency), `шетелдік …` (a foreign one), `елдің …` (the country's, named before); a name in quotes opening on the word
// stays whole.
const WHERE_FROM = /^(?:жергілікті|шетелдік|елдің|jergilikti|sheteldik|eldiń|جەرگىلىكتى|شەتەلدىك|ەلدىڭ)\s+(?=\S)/u;

// Writing, as a site signs what it retells: the past tense `деп жазды` (wrote), `…, dep jazdy Qandastar.kz.`, and in Arabic
// script either tense, `…، دەپ جازدى قازاقپارات` (Kazinform's Kazakh name), `دەپ جازادى Abai.kz`. A person's post is retold
// so too (`— деп жазды Имя Фамилия.`, `dep jazdy jýrnalıst`, `دەپ جازادى ول`, he writes; Arabic letters have no capitals to
// tell a name): only a site's domain or a listed outlet, in quotes or not, is an outlet there, what it is after it or not
// (`قازاقپارات اگەنتتىگى`), and the body it cites after it (`دەپ جازادى Abai.kz qala.kz سايتىنا سىلتەمە جاساپ`).
// Without case: a listed outlet is spelled any way (`ҚазАқпарат`).
const WROTE_OUTLET = String.raw`[«"“]?(?<outlet>${DOMAIN}|(?:${OUTLET_SPELLINGS})(?![\p{L}\d]))[»"”]?`;
const KAZAKH_WROTE = new RegExp(String.raw`(?:деп\s+жазды|dep\s+jazdy|دەپ\s+(?:جازدى|جازادى))\s+@?${WROTE_OUTLET}${DESCRIPTOR}${KAZAKH_VIA}(?=\s*[,;)،؛]|\.(?:\s|$|[А-ЯЁ][а-яё])|\s*$)`, 'iu');
// What a phrase cannot match without, tested first: most paragraphs hold none of it. Words are looked for as written
// (case-sensitive, as the phrase is); a pattern or a test where the phrase reads its words in any case or spelling.
type Need = readonly string[] | RegExp | ((text: string) => boolean);
const NEEDS = new Map<RegExp, Need>([
  [RUSSIAN, ['ообща', 'ереда', 'ишет', 'нформирует', 'ассказывает']],
  [RUSSIAN_DOMAIN_GLUED, ['ообщает', 'ереда', 'ишет']],
  [RUSSIAN_LOWER_BRAND, ['ообщает', 'ереда', 'ишет']],
  [RUSSIAN_PAST, ['ообщил', 'ередал', 'тмечает', 'точняет']],
  [RUSSIAN_CITING, ['ссыла']],
  [RUSSIAN_TOLD, ['ообщили', 'ассказали', 'ояснили', 'точнили', 'ООБЩИЛИ', 'АССКАЗАЛИ', 'ОЯСНИЛИ', 'ТОЧНИЛИ']],
  [RUSSIAN_TOLD_TO, ['ообщил', 'ассказал', 'ояснил', 'точнил', 'аявил', 'ООБЩИЛ', 'АССКАЗАЛ', 'ОЯСНИЛ', 'ТОЧНИЛ', 'АЯВИЛ']],
  [RUSSIAN_REVIEW, ['обзоре', 'материале', 'репортаже']],
  [OWN_REVIEW, ['обзоре', 'материале', 'ОБЗОРЕ', 'МАТЕРИАЛЕ']],
  [KAZAKH_CITED_FIRST, ['деп', 'dep']],
  [KAZAKH, ['деп', 'dep']],
  [KAZAKH_WROTE, ['деп', 'dep', 'دەپ']],
  [KAZAKH_ARABIC, ['دەپ']],
  [FILED_REPORT, ['حابارى']],
  [CORRESPONDENT_REPORTS, ['تىلشىسى']],
  [KAZAKH_ABOUT, ['Бұл', 'Bul', 'Būl', 'Búl', 'بۇل']],
  [RUSSIAN_ABOUT, ['этом']],
  [REPORTED_BY, REPORTING_STEM],
  [CORRESPONDENT_OF, ['орреспондент']],
  [TOLD_CORRESPONDENT, ['орреспонденту']],
  [TOLD_THE_OUTLET, ['ассказал']],
  [ACCORDING_TO_OUTLET, /данным|информации|сведениям/iu],
  [KNOWN_TO, ['стало известно']],
  [KAZAKH_SITE_ABOUT, /бұл|b[uú]l/iu],
  [RUSSIAN_STATES, ['аявля']],
  [KAZAKH_AS_REPORTED, /хабарлауынша|habarla[ýuy][yıi]n(?:sh|ş)a|حابارلاۋىنشا/iu],
  [KAZAKH_AS_REPORTED_PAST, AS_REPORTED_PAST_WORD],
  [PERIOD_DATELINE, opensOnCityAndDay],
  [KAZAKH_CORRESPONDENT, KAZAKH_CORRESPONDENT_WORD],
  [OWN_REVIEW_KAZAKH, OWN_REVIEW_KAZAKH_WORD],
  [KAZAKH_TOLD_CORRESPONDENT, TOLD_CORRESPONDENT_WORD],
  [KAZAKH_TOLD_SITE, TOLD_SITE_WORD],
  [KAZAKH_BODY_TOLD_SITE, TOLD_SITE_WORD],
]);

// The commonest letters of Russian text: a search for a word stops at each of them in the text and compares the rest.
const COMMON_LETTERS = 'оеаинтср';

/** The end of `word` from its first letter that is not among the commonest, keeping three letters, or the whole word: held by every text that holds the word, and found quicker. */
function searchedPart(word: string): string {
  for (let i = 0; i + 3 <= word.length; i++) if (!COMMON_LETTERS.includes(word[i]!)) return word.slice(i);
  return word;
}

// Each list of words as it is looked for.
const SEARCHED = new Map([...NEEDS].map(([phrase, need]) => [phrase, need instanceof RegExp || typeof need === 'function' ? need : need.map(searchedPart)]));

/** Whether the text may hold what the phrase needs (a word found by its searched part), or the phrase needs nothing listed. */
function holdsNeeded(phrase: RegExp, text: string): boolean {
  const need = SEARCHED.get(phrase);
  if (need === undefined) return true;
  if (need instanceof RegExp) return need.test(text);
  return typeof need === 'function' ? need(text) : need.some((word) => text.includes(word));
}
const PHRASES: readonly RegExp[] = [DATELINE, DATELINE_LISTED, AGENCY_FIRST_DATELINE, PERIOD_DATELINE, LISTED_OPENING, PREPARED_BY, OUTLET_AS_SUBJECT, REPORTED_BY, WIRE_DATELINE, SLASHED_DATELINE, CORRESPONDENT_DATELINE, COMMA_DATELINE, COMMA_DATELINE_LISTED, RUSSIAN, RUSSIAN_LOWER_BRAND, RUSSIAN_DOMAIN_GLUED, RUSSIAN_PAST, RUSSIAN_STATES, RUSSIAN_TOLD, RUSSIAN_TOLD_TO, RUSSIAN_CITING, RUSSIAN_REVIEW, OWN_REVIEW, KAZAKH_CITED_FIRST, KAZAKH, KAZAKH_WROTE, KAZAKH_ARABIC, KAZAKH_TOLD_CORRESPONDENT, KAZAKH_TOLD_SITE, KAZAKH_BODY_TOLD_SITE, KAZAKH_ABOUT, KAZAKH_SITE_ABOUT, RUSSIAN_ABOUT, KNOWN_TO, TOLD_CORRESPONDENT, TOLD_THE_OUTLET, CORRESPONDENT_OF, KAZAKH_AS_REPORTED, KAZAKH_AS_REPORTED_PAST, KAZAKH_CORRESPONDENT, OWN_REVIEW_KAZAKH, ACCORDING_TO_OUTLET, FILED_REPORT, CORRESPONDENT_REPORTS];

// «Kazinform тілшісі» is «Kazinform's correspondent»: the outlet is Kazinform.
const CORRESPONDENT = new RegExp(String.raw`\s+${CORRESPONDENT_WORD}$`, 'u');
// Names of no outlet: `деп хабарлайды агенттік тілшісі` (the agency's correspondent).
const GENERIC = /^(?:агенттік|агенттігі|агентство|агентства|اگەنتتىك|agenttik)$/iu;
// A day and its month are no outlet: `ТАЛДЫКОРГАН. 10 АВГУСТА - …, передает …` is a dateline with no agency in it
// (`31 канал` is a channel).
const DAY_AND_MONTH = /^\d{1,2}\s+(\p{L}{3,9})\.?$/u;

function isDayAndMonth(outlet: string): boolean {
  const month = DAY_AND_MONTH.exec(outlet)?.[1];
  return month !== undefined && monthNumber(month) !== undefined;
}
// A press service whose body is one word in small letters points back at a body named before, no outlet:
// `деп хабарлады департаменттің баспасөз қызметі` (the department's press service), Latin `departamenttiń baspasóz qyzmeti`.
const PRESS_SERVICE_POINTING_BACK = /^\p{Ll}[\p{Ll}\p{M}-]*\s+(?:баспасөз\s+қызметі|baspasóz\s+qyzmeti)$/u;
// The press at large, no outlet: `Бұл туралы жергілікті бұқаралық ақпарат құралдары хабарлады` (local media reported it),
// Russian `Как передают СМИ`, `сообщают местные СМИ`, `пишут российские издания`.
const MEDIA_AT_LARGE = /^(?:(?:жергілікті|шетелдік|отандық|батыс|ресейлік|қытайлық|американдық|түрік|jergilikti|sheteldik|otandyq|местные|зарубежные|иностранные|западные|российские|казахстанские|отечественные|мировые|некоторые|ряд)\s+)?(?:бұқаралық\s+ақпарат\s+құралдары|ақпарат\s+құралдары|БАҚ(?:-тар)?|басылымдар|buqaralyq\s+aqparat\s+quraldary|BAQ|СМИ|средства\s+массовой\s+информации|издания|медиа)$/iu;
// Kazakh ablative ending of a source: `баспасөз қызметінен хабарлады` is told by `баспасөз қызметі`.
const ABLATIVE = /(?<=\p{L}{3})(?:нан|нен|тан|тен|дан|ден|nan|nen|tan|ten|dan|den)$/u;
// After `деп хабарлайды` a press service may stand in the ablative, as if `баспасөз қызметінен хабарлады`:
// `деп хабарлайды облыс әкімдігінің баспасөз қызметінен` is told by `баспасөз қызметі`.
const PRESS_SERVICE_ABLATIVE = /(?<=(?:қызметі|qyzmeti|qyzmetı))нен$|(?<=qyzmeti|qyzmetı)nen$/u;
// and its locative of a possessed noun: `телеграм каналында хабарлады` is told in `телеграм каналы`.
const LOCATIVE = /(?<=\p{L}{2}[ыіyi])(?:нда|нде|nda|nde)$/u;
// Kazakh dative ending of a cited body: `әкімдігіне сілтеме жасап` cites `әкімдігі`.
const DATIVE = /(?<=\p{L}{3})(?:ға|ге|қа|ке|на|не|ne|na|ǵa|ge|qa|ke|عا|گە|قا|كە|نا|نە)$/u;
const HYPHEN_DATIVE = /-(?:ға|ге|қа|ке|ga|ge|qa|ke|ǵa|na|ne|на|не|عا|گە|قا|كە|نا|نە)$/u;
// Kazakh genitive ending: `әкімдігінің` is `әкімдігі`'s.
const GENITIVE = new RegExp(String.raw`(?<=\p{L}{3})(?:${GENITIVE_ENDINGS})$`, 'u');
const QUOTED_GENITIVE = new RegExp(String.raw`(?<=\p{L}{3})${GENITIVE_ENDING}$`, 'u');
const FIRST_PARAGRAPHS = 2;
// A name in quotes is the name: `«Информбюро»`, also when the correspondent's name follows it
// (`ИА «NewTimes.kz» Аэлита Таева`).
const QUOTED = /^[«"“](.+)[»"”]$/u;
// So is a domain with the correspondent's name after it (`корреспондент Vecher.kz Искандер Тугузбаев`).
// or with the city the correspondent reports from, `корреспондент Tengrinews.kz из Уральска`, or the scene,
// `корреспондент BAQ.KZ с места происшествия`.
const QUOTED_THEN_NAME = new RegExp(String.raw`^([«"“][^«»"“”]+[»"”]|${DOMAIN})(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}|\s+из\s+\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?|\s+с\s+места\s+(?:происшествия|событий|события|пожара|аварии|ДТП|трагедии))$`, 'u');
// A paper's one-word name in quotes right after `корреспондент`, no `газеты` between, is in the genitive:
// `Корреспондент «Диапазона» отправился …` names Диапазон (a masculine name's `-а` after a consonant).
const GENITIVE_NAME = /^«\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]а»$/u;
// Kazakh outlets' names that end so in the nominative, which Russian text leaves undeclined: `корреспондент «Адырна»`.
const UNDECLINED = new Set(['«Адырна»', '«Орда»']);
const CARRIER_NOUN = /\s(?:агентства|(?:медиа-?|интернет-)?портала|издания|сайта|газеты|телеканала|МИА|ИА)\s/u;
// The outlet the news became known to, named in quotes in the dative: `Как стало известно «Чемпионату»` is
// Чемпионат (a name ending on a consonant then `у`); after a correspondent or what the outlet is, the name stays as written.
const DATIVE_NAME = /^«\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]у»$/u;
const TO_CORRESPONDENT = /корреспонденту\s/iu;

// The source a page names on a line of its own: `Abai.kz`, `Источник: gov.kz`, `По сообщению сайта Arna Press`.
// The domain an aggregator's source link ends on, its path left out: `Читать источник astanatv.kz/ru` is astanatv.kz.
const SOURCE_LINK_DOMAIN = /\s([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})(?:\/\S*)?$/u;
// A reposting site's notice names its source after `по данным сайта` (`Qazaq24.com сообщает, что по информации сайта Informburo.KZ.`).
const NOTICE_SOURCE = /по\s+(?:данным|информации)\s+(?:сайта|портала|издания|агентства)\s+([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})/iu;
const NOTICE_DOMAIN = /([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})/u;
// The label glued to a site's domain, the colon and space lost, names the domain: `Дереккөзktk.kz` is ktk.kz.
const SOURCE_LINE = /^(?:[•·]\s*)?(?:(?:подробнее|читать\s+(?:полностью|далее|подробнее)|читайте\s+подробнее|толығырақ|tolyǵyraq|تولىعىراق|источник|дереккөзі|дереккөз|derekk[óö]z[iı]|derekk[óö]z|дерек\s+көзі|дерек|derek|ақпарат\s+көзі|aqparat\s+kózi|دەرەككوزى|دەرەككوز|دەرەك|اقپارات\s+كوزى|كەلۋ\s*قاينارى|قاينار\s+كوزى)(?:\s*:\s*|\s+(?=https?:\/\/|(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$)|(?<=\p{Script=Cyrillic})(?=(?:www\.)?[a-z][a-z\d-]*\.[a-z]{2,6}$))|по\s+сообщению\s+(?:(?:сайта|портала|издания|агентства)\s+)?)?(?:https?:\/\/(?:www\.)?([^/\s]+)\S*|(.+))$/iu;

/**
 * Who reports the story, from the lead (or the paragraph after a subtitle), else from a later
 * paragraph naming the outlet's correspondent; the phrase stays in the text, as the author wrote
 * it. Without one, the source line the page ends with names it.
 */
/** The outlet a dateline's agency passes on, named closing a sentence of the paragraph after the lead, or undefined. */
function carriedUnderDateline(lead: string, agency: string, next: string | undefined): string | undefined {
  if (next === undefined || datelineOf(lead) === undefined || RECALLED.test(next) || !LATER_OUTLET_VERB.test(next)) return undefined;
  const named = LATER_OUTLET.exec(phraseReading(next))?.groups?.outlet;
  const outlet = named === undefined ? undefined : outletName(named);
  return outlet !== undefined && outlet.toLowerCase() !== agency.toLowerCase() ? outlet : undefined;
}

// A site's domain opening the lead, a period after it, as a district paper reprinting a regional site's report prints
// it: `Kyzylorda-news.kz. Уақыт …` is that site's report. A press review opens every paragraph so (`KAPITAL.KZ. Автор …`
// / `VLAST.KZ. Журналист …`), each on another outlet's report: none then.
const DOMAIN_OPENING = new RegExp(String.raw`^(${DOMAIN})\.\s+(?=[\p{Lu}«"“])`, 'u');

/** The site a paragraph opens on by its domain and a period, when it is not the outlet named in it and no other paragraph opens so. */
function domainOpeningOther(paragraph: string, outlet: string, paragraphs: readonly string[]): string | undefined {
  const opening = DOMAIN_OPENING.exec(paragraph);
  if (!opening || paragraphs.filter((each) => DOMAIN_OPENING.test(each)).length > 1) return undefined;
  const site = outletName(opening[1]!);
  return site.toLowerCase() === outletName(outlet).toLowerCase() ? undefined : site;
}

export function attribution(state: ParseState): void {
  const first = (state.article.paragraphs ?? []).slice(0, FIRST_PARAGRAPHS);
  for (const [index, paragraph] of first.entries()) {
    const found = attributionIn(paragraph);
    if (!found) continue;
    // An office named as who reports (`как сообщает пресс-служба акимата`, `Bul týraly qala ákimdigi habarlady`)
    // is the source an outlet passes on when one is named after it, in the paragraph or the next (`…, передает
    // Qazweek.kz.`), or signs the page (`Abai.kz aqparat`, `Дереккөз: Zhasalash.kz`): the outlet, via the office.
    const passing = isOffice(found.outlet) ? passedOnBy(state, [restAfter(paragraph, found.outlet), ...first.slice(index + 1)]) : undefined;
    // A dateline's agency whose next paragraph closes a sentence naming another outlet as who reports (`Астана.
    // 26 сентября. QOGAMMEDIA.KZ – …` / `…, — сказала министр, передает КазТАГ.`) carries that outlet's report.
    const carried = !passing && !found.via ? carriedUnderDateline(paragraph, found.outlet, first[index + 1]) : undefined;
    // A site's own domain opening the paragraph as its dateline, another outlet named as who reports after it
    // (`ERNUR.KZ. Астана …, деп жазады zakon.kz.`): the site's report, via that outlet (a press review opens every
    // paragraph so: none then).
    const opener = !passing && !carried && !found.via ? domainOpeningOther(paragraph, found.outlet, state.article.paragraphs ?? []) : undefined;
    state.article.attribution = passing ? { outlet: passing.outlet, via: passing.via ?? found.outlet } : carried ? { outlet: found.outlet, via: carried }
      : opener ? { outlet: opener, via: found.outlet } : found;
    return;
  }
  const paragraphs = state.article.paragraphs ?? [];
  const reprinted = paragraphs[0] === undefined ? null : DOMAIN_OPENING.exec(paragraphs[0]);
  if (reprinted && !paragraphs.slice(1).some((paragraph) => DOMAIN_OPENING.test(paragraph))) {
    state.article.attribution = { outlet: outletName(reprinted[1]!) };
    return;
  }
  for (const paragraph of (state.article.paragraphs ?? []).slice(FIRST_PARAGRAPHS, LATER_PARAGRAPHS)) {
    // Read as a lead's phrase is: a name typed with a look-alike letter (`корреспондент Сaravan.kz`) in its own script.
    const named = paragraph.includes('корреспондент') ? LATER_CORRESPONDENT.exec(phraseReading(paragraph))?.groups?.outlet
      : KAZAKH_CORRESPONDENT_WORD.test(paragraph) ? LATER_CORRESPONDENT_KAZAKH.exec(phraseReading(paragraph))?.groups?.outlet : undefined;
    if (named) {
      state.article.attribution = { outlet: outletName(named.trim().replace(QUOTED_THEN_NAME, '$1').replace(QUOTED, '$1')) };
      return;
    }
  }
  // Only above any subheading: a section under one may retell another outlet's report (a digest's). The first
  // paragraph is no subheading: a dek closing no sentence opens the text.
  const subheading = paragraphs.findIndex((paragraph, index) => index > 0 && !endsAsSentence(paragraph));
  for (const paragraph of paragraphs.slice(FIRST_PARAGRAPHS, subheading < 0 ? LATER_PARAGRAPHS : Math.min(subheading, LATER_PARAGRAPHS))) {
    if (!LATER_OUTLET_VERB.test(paragraph) || RECALLED.test(paragraph)) continue;
    const found = LATER_OUTLET.exec(phraseReading(paragraph))?.groups ?? LATER_ABOUT.exec(paragraph)?.groups;
    if (found?.outlet) {
      state.article.attribution = found.via && !MEDIA_AT_LARGE.test(found.via.trim()) && !sameOutlet(found.via, found.outlet) ? { outlet: outletName(found.outlet), via: listedVia(found.via.trim()) } : { outlet: outletName(found.outlet) };
      return;
    }
  }
  const source = sourceLineOutlet(state);
  if (source) {
    state.article.attribution = { outlet: source };
    return;
  }
  const signing = mastheadSigning(state) ?? agencyReporters(state);
  if (signing) {
    state.article.attribution = { outlet: signing };
    return;
  }
  // A listed agency signing the stamp above the text, `Казинформ, 02.04.2014`, as a blog reposting its report prints it;
  // a site's domain so signing it, `24.kz, 24 марта 2019`, as a portal reprinting the report signs it under the text.
  const signed = state.skipped.map((s) => (s.rule === 'date or time stamp' ? AGENCY_STAMP.exec(s.text)?.[1] : undefined)).find((name) => name !== undefined && (isOutletName(name) || DOMAIN_ONLY.test(name)));
  if (signed) {
    state.article.attribution = { outlet: outletName(signed) };
    return;
  }
  // An aggregator's link to the page it carries names that outlet by its domain: `Читать источник turkistan.tv`.
  const linked = state.skipped.find((s) => s.rule === 'source link' && SOURCE_LINK_DOMAIN.test(s.text));
  if (linked) {
    state.article.attribution = { outlet: outletName(SOURCE_LINK_DOMAIN.exec(linked.text)![1]!.replace(/^www\./iu, '')) };
    return;
  }
  // So does its notice, by the site it names first: `Inform.KZ парақшасынан алынған деректерге сүйене отырып, …`.
  const notice = state.skipped.find((s) => s.rule === 'aggregator notice');
  const site = notice && (NOTICE_SOURCE.exec(notice.text) ?? NOTICE_DOMAIN.exec(notice.text));
  if (site) {
    state.article.attribution = { outlet: outletName(site[1]!.replace(/^www\./iu, '')) };
    return;
  }
  // Last, the site's own news named in the title it gives its pictures: `…, фото - Новости Zakon.kz от 25.06.2009 18:58`,
  // Kazakh `…, сурет - Zakon.kz жаңалық 17.01.2026 11:06`: the site published the report.
  const titled = [state.creditLine?.text, ...state.skipped.filter((s) => s.rule === 'image label').map((s) => s.text)]
    .map((text) => (text ? IMAGE_TITLE_SITE.exec(text) : null)).find((found) => found);
  if (titled) {
    state.article.attribution = { outlet: outletName(titled[1]!) };
    return;
  }
  // The page's own title naming its publisher, in quotes with what it is, after the headline: `<headline> - «Qazaqstan»
  // Ұлттық телеарнасы`, `<headline> | Телеканал «Алатау»` (title-line's site name).
  const publisher = state.skipped.filter((s) => s.rule === 'site name').map((s) => TITLED_PUBLISHER.exec(s.text)?.groups).find((found) => found);
  if (publisher) state.article.attribution = { outlet: outletName((publisher.after ?? publisher.before)!) };
}

// A publisher in quotes with its kind, as a page's title names its site: `- «Qazaqstan» Ұлттық телеарнасы`, `| Телеканал «Алатау»`.
const TITLED_PUBLISHER = /^[-–—|]?\s*(?:[«"“](?<after>[^«»"“”]{2,40})[»"”]\s+(?:(?:ұлттық|республикалық|облыстық|қалалық|ақпарат(?:тық)?)\s+)?(?:телеарнасы|арнасы|агенттігі|порталы|газеті)|(?:телеканал|телерадиокомпания|агентство|газета|портал)\s+[«"“](?<before>[^«»"“”]{2,40})[»"”])$/iu;

// An outlet's name before a stamp's date after a comma: `Казинформ, 02.04.2014`; the month named, as a
// reprint signs the report it carries under its text, `24.kz, 24 марта 2019`.
const AGENCY_STAMP = /^([\p{L}\d][\p{L}\d .-]{1,30}?),\s*\d{1,2}(?:\.\d{1,2}\.|\s+\p{L}{3,9}\s+)\d{4}(?:\s*(?:г\.|года|жыл))?$/u;
// The site named in an image's title before its date: `фото - Новости Zakon.kz от 25.06.2009`, `сурет - Zakon.kz жаңалық 17.01.2026`.
const IMAGE_TITLE_SITE = new RegExp(String.raw`(?:фото|сурет)\s*[-–—]\s*(?:Новости\s+)?(${DOMAIN})\s+(?:от|жаңалық)\s+\d{2}\.\d{2}\.\d{4}`, 'iu');

// An office, no outlet: a press service, an akimat, a ministry, a department (Russian, and Kazakh in Cyrillic and Latin).
const OFFICE_OUTLET = new RegExp(String.raw`${OFFICE.source}|баспасөз\s+қызмет|коммуникациялар\s+қызмет|медиа\s+орталығ|әкімдіг|әкімі|министрлі|baspasóz\s+qyzmet|ákimdig|mınıstrlig|ministrlig`, 'iu');

function isOffice(outlet: string): boolean {
  return OFFICE_OUTLET.test(outlet) && !isOutletName(outlet);
}

/** The paragraph after the office's name, where an outlet passing its word on may be named; empty when it is not found as written. */
function restAfter(paragraph: string, office: string): string {
  const at = paragraph.indexOf(office);
  return at < 0 ? '' : paragraph.slice(at + office.length);
}

/** The outlet named in the texts, or signing the page, that is no office. */
function passedOnBy(state: ParseState, texts: readonly string[]): Attribution | undefined {
  for (const text of texts) {
    const found = text === '' ? undefined : attributionIn(text);
    if (found && !isOffice(found.outlet)) return found;
  }
  const source = sourceLineOutlet(state);
  return source && !isOffice(source) ? { outlet: source } : undefined;
}

const SIGN_OFF_TAIL = /(?<=[»"”])\s*(?:[-–—]\s*(?:ақпарат|aqparat))?\.?$/iu;

/** The outlet the page's last source line names (`Дереккөз: Zhasalash.kz`), what it is left off (`Kazinform халықаралық ақпарат агенттігі`). */
function sourceLineOutlet(state: ParseState): string | undefined {
  const source = state.skipped.filter((s) => s.rule === 'source line').at(-1);
  if (!source) return undefined;
  const named = SOURCE_LINE.exec(source.text)!;
  // A domain closing on the signature's period (`Дерек: egemen.kz.`) is the domain.
  // A sign-off in quotes may close on a period or on `– ақпарат` (news): `«Өскен өңір» – ақпарат.`
  return outletName((named[1] ?? named[2]!).trim().replace(SIGN_OFF_TAIL, '').replace(ABOUT_DESCRIPTOR, '').replace(QUOTED, '$1').replace(/^(?:www\.|@)/iu, '').replace(SIGNATURE_PERIOD, ''));
}
// The period closing a signature, after a domain or a word in small letters (`… баспасөз-қызметі.`), no abbreviation's.
const SIGNATURE_PERIOD = /(?<=\.[a-z]{2,6}|\p{Ll}{3})\.$/iu;

// The name in quotes a masthead gives its site: `«Адырна» ұлттық порталы`, `"Adyrna" ulttyq portaly`.
const MASTHEAD_QUOTED = /^[«"“]([^«»"“”]{2,40})[»"”]\s/u;

/**
 * The site whose masthead signs its own report under the text, right under the author's byline (`Имя ФАМИЛИЯ` /
 * `«Адырна» ұлттық порталы`, in Latin letters `Nurbek TÚSIPHAN` / `"Adyrna" ulttyq portaly`): the name in quotes.
 * A masthead heading the page, above the text, or with no byline over it, names no publisher of the report.
 */
function mastheadSigning(state: ParseState): string | undefined {
  const lastText = state.lastTextLine;
  if (lastText === undefined) return undefined;
  const below = state.skipped.filter((s) => s.line > lastText).sort((a, b) => a.line - b.line);
  const at = below.findIndex((s) => s.rule === 'masthead');
  if (at < 1 || !['byline', 'signature'].includes(below[at - 1]!.rule)) return undefined;
  const named = MASTHEAD_QUOTED.exec(below[at]!.text)?.[1];
  return named === undefined ? undefined : outletName(named.trim());
}

// An agency's reporters signing the report, as China's Kazakh outlets print them under the headline: `□ شينحۋا
// اگەنتتىگىنىڭ تىلشىلەرى …، …` (Xinhua's reporters), Cyrillic `Синьхуа агенттігінің тілшілері …`.
const AGENCY_REPORTERS = /^(?:□\s*)?(?<name>[\p{L}-]+(?:\s[\p{L}-]+){0,2}?)\s+(?:اگەنتتىگىنىڭ|агенттігінің)\s+(?:ء?تىلشى(?:لەرى|سى)|тілші(?:лері|сі))\s/u;

/** The agency whose reporters sign the report in a byline above its last paragraph: `شينحۋا اگەنتتىگى`, `Синьхуа агенттігі`. */
function agencyReporters(state: ParseState): string | undefined {
  const last = state.lastTextLine;
  if (last === undefined) return undefined;
  for (const skipped of state.skipped) {
    const name = skipped.rule === 'byline' && skipped.line <= last ? AGENCY_REPORTERS.exec(skipped.text)?.groups?.name : undefined;
    if (name) return `${name} ${scriptOf(name) === 'Arabic' ? 'اگەنتتىگى' : 'агенттігі'}`;
  }
  return undefined;
}

// The city of a dateline of periods is a word or two: its period comes early.
const CITY_LONGEST = 40;

/** Tested before PERIOD_DATELINE: the lead's first period, early, has a figure (the day) after it. */
function opensOnCityAndDay(text: string): boolean {
  const dot = text.indexOf('. ');
  const day = text.charCodeAt(dot + 2);
  return dot > 1 && dot < CITY_LONGEST && day >= 48 && day <= 57;
}

// What a cited outlet is, before its name: `со ссылкой на МИА «Казинформ»`.
const VIA_KIND = /^(?:МИА|ИА|агентство|агентства|(?:медиа-?|интернет-)?портала?|издание|издания|сайт|сайта)\s+/u;

/** A cited body that is a listed outlet, however written, under the outlet's one name; a domain alone; any other as written. */
function listedVia(via: string): string {
  const bare = via.replace(VIA_KIND, '').replace(QUOTED, '$1');
  if (isOutletName(bare)) return outletName(bare);
  // A site cited by its domain after what it is: `со ссылкой на портал NefteGaz.kz` is NefteGaz.kz.
  return DOMAIN_ONLY.test(bare) ? bare : via;
}

// Letters that look alike in Cyrillic and Latin, which a page may type in a word of the other script:
// `inАstana.kz`, `Тengrinews.kz` (a Cyrillic capital in a domain), `тiлшiсi` (a Latin `i` in a Kazakh word).
const MIXED_TEST = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}|[\p{Script=Latin}+]\p{Script=Cyrillic}/u;
// A Latin name glued to the Cyrillic word after it, the space lost: `Newsroom+Ақпарат агенттігі`, `Kazinformсо ссылкой`
// (a Cyrillic word of two letters or more after a Latin name, or after its `+`; `Vласть` is one name).
const GLUED_AFTER_LATIN = /(?<=\p{Script=Latin}{2}|\p{Script=Latin}\+)(?=\p{Script=Cyrillic}{2,}(?!\p{L}))/gu;
// A word the page printed twice: `со со ссылкой на`, `деп хабарлайды хабарлайды`.
const DOUBLED_WORD = /(?<![\p{L}\d])(\p{L}+)(?:\s+\1)+(?![\p{L}\d])/giu;

/**
 * The paragraph as its attribution phrase is read: a word printed twice once, a word mixing look-alike
 * letters of two scripts in one (after a space is restored between a Latin name and the Cyrillic word glued to it).
 * The published paragraph keeps the text as printed.
 */
export function phraseReading(text: string): string {
  const once = mayHoldDoubledWord(text) ? text.replace(DOUBLED_WORD, '$1') : text;
  return mixesScripts(once) ? once.replace(GLUED_AFTER_LATIN, ' ').replace(MIXED_WORD, oneScript) : once;
}

/** MIXED_TEST told by a walk over the characters, each one's script looked up (most paragraphs mix nothing); past the Basic Multilingual Plane the pattern tells. */
function mixesScripts(text: string): boolean {
  let previous = OTHER;
  let plus = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return MIXED_TEST.test(text);
    const script = scriptOfCode(code);
    if ((script === CYRILLIC && (previous === LATIN || plus)) || (script === LATIN && previous === CYRILLIC)) return true;
    previous = script;
    plus = code === 0x2b;
  }
  return false;
}

// A person's name in Cyrillic, one to three capitalised words: `Ерлан Сапаров`.
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;
// The role a speaker's name is followed by, after a comma: `, руководитель управления …`, `, аким района`.
const ROLE_AFTER = /^,\s+(?:и\.\s*о\.\s+|исполняющ\p{Ll}*\s+обязанности\s+)?(?:(?:главн|старш|ведущ|перв|генеральн|заместител|вице-)\p{Ll}*\s+)?(?:руководител|начальни|директор|заместител|аким|глав[аы]\s|председател|министр|депутат|специалист|эксперт|представител|пресс-секретар|сотрудни|заведующ|врач|инспектор|прокурор|судья|тренер|президент|управляющ|менеджер|координатор|советник|член|учител|спикер|командир|инженер|юрист|адвокат|следовател|декан|ректор|профессор)/u;

// A person's first name and surname (a patronymic after it or not), the surname told by its ending: `Мейрам Кожухов`,
// `Айгуль Сапарова`, `Ерлан Сапарұлы`. An outlet's two names end otherwise (`Радио Азаттык`, `Хабар 24`).
const PERSON_FULL_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|улы|ұлы|кызы|қызы)(?:\s+\p{Lu}\p{Ll}+)?$/u;

/** `», — пишет Имя Фамилия.`: a person who writes (on her page, in her channel) is quoted, no outlet. */
function isPersonWriting(named: string): boolean {
  return PERSON_FULL_NAME.test(named) && !isOutletName(named);
}

// Speakers looked past in one paragraph before giving up: a hostile paragraph may name hundreds.
const SPEAKERS_PASSED = 3;

/** `сообщает Имя Фамилия, руководитель управления …`: a person named with her role is a speaker, no outlet. */
function isSpeaker(named: string, after: string): boolean {
  return PERSON_NAME.test(named) && !isOutletName(named) && ROLE_AFTER.test(after);
}

// What a lead says an outlet is, after its name: `"Астана" арнасы`, `Abai.kz порталы`.
const MEDIA_KIND = /^[»"”]?\s+(?:телеарнасы|арнасы|(?:медиа[-\s]?)?порталы|сайты|агенттігі|газеті|басылымы|telearnasy|arnasy|portaly|saıty|agenttigi|gazeti)(?![\p{L}\d])/u;
// What a Russian lead says an outlet is, before its name: `портал "Диапазон"`, `телеканал «Астана»`.
const MEDIA_KIND_BEFORE = /(?:^|\s)(?:(?:медиа-?|интернет-)?портал|сайт|телеканал|агентство|газета|издание|ИА|МИА)\s+[«"“]?$/u;
const DOMAIN_ONLY = new RegExp(String.raw`^${DOMAIN}$`, 'u');

/** Whether the lead names the outlet as an outlet: a listed one, a domain, or a name followed by what medium it is. */
function namedAsOutlet(lead: string, outlet: string): boolean {
  if (isOutletName(outlet) || DOMAIN_ONLY.test(outlet)) return true;
  // The name may stand earlier in the lead as a word (`Астанада …`): every place it stands is tried.
  for (let at = lead.indexOf(outlet); at >= 0; at = lead.indexOf(outlet, at + 1)) {
    if (MEDIA_KIND.test(lead.slice(at + outlet.length)) || MEDIA_KIND_BEFORE.test(lead.slice(0, at))) return true;
  }
  return false;
}

const TWO_CAPITALS = /\p{Lu}{2}/u;

/** The name a dateline quotes before its day: a listed outlet however written, or a name in capitals. */
function isAgencyInQuotes(name: string): boolean {
  return isOutletName(name) || (name === name.toUpperCase() && TWO_CAPITALS.test(name));
}

// Each quote that may be left open, looked for first: most names hold none.
const OPENING_QUOTE = /[«“"]/u;

/**
 * A name that opens a quote it does not close runs into a title the comma cut: `dep jazady «Газет» basylymy búgingi
 * sanyndaǵy «Бірінші сөз, екінші сөз» degen materıalda` (a press review naming where a paper wrote it) reads up to
 * `«Бірінші сөз`, no outlet's name.
 */
function leavesQuoteOpen(name: string): boolean {
  if (!OPENING_QUOTE.test(name)) return false;
  const count = (mark: RegExp) => name.match(mark)?.length ?? 0;
  // A straight quote left open is the last one, opening a word: `… "Первые слова`.
  return count(/«/gu) > count(/»/gu) || count(/“/gu) > count(/[”"]/gu) || (!name.includes('“') && count(/"/gu) % 2 === 1 && /(?:^|\s)"[^"\s][^"]*$/u.test(name));
}

/** The attribution a paragraph's phrase names, if any. */
export function attributionIn(printed: string, speakersLeft = SPEAKERS_PASSED): Attribution | undefined {
  const text = phraseReading(printed);
  const datelined = mayOpenOnDateline(text);
  for (const phrase of PHRASES) {
    if (!datelined && DATELINE_SET.has(phrase)) continue;
    if (!holdsNeeded(phrase, text)) continue;
    const match = phrase.exec(text);
    if (phrase === AGENCY_FIRST_DATELINE && match && !isAgencyInQuotes(match.groups!.outlet!)) continue;
    if (phrase === OUTLET_AS_SUBJECT && match && !isOutletName(match.groups!.outlet!)) continue;
    if (phrase === RUSSIAN && match && isSpeaker(match.groups!.outlet!.trim(), text.slice(match.index + match[0].length))) {
      // The outlet may be named after the speaker's words: `…, сообщает Имя Фамилия, руководитель …, передает Zakon.kz.`
      const after = speakersLeft > 0 ? attributionIn(text.slice(match.index + match[0].length), speakersLeft - 1) : undefined;
      if (after) return after;
      continue;
    }
    // `деп жазады Имя Фамилия` retells a person's post, no outlet's report.
    if ((phrase === RUSSIAN || phrase === KAZAKH) && match && isPersonWriting(match.groups!.outlet!.trim())) continue;
    if (phrase === PERIOD_DATELINE && match) {
      if (hasVerb(match.groups!.outlet!)) continue;
      // A lead naming the outlet that reports (`…, передаёт корреспондент КазТАГ`, `передаёт МИА
      // «Казинформ»`) carries its report under the dateline; an office it names is the agency's source.
      const named = attributionIn(text.slice(match[0].length));
      if (named && !OFFICE.test(named.outlet)) return named;
    }
    const groups = match?.groups;
    const named = groups?.outlet ?? groups?.slashed ?? groups?.by ?? groups?.staff;
    if (!match || !groups || !named) continue;
    if (leavesQuoteOpen(named)) continue;
    let outlet = named.trim().replace(CORRESPONDENT, '').replace(QUOTED_THEN_NAME, '$1');
    if ((phrase === CORRESPONDENT_OF || phrase === TOLD_CORRESPONDENT) && GENITIVE_NAME.test(outlet) && !UNDECLINED.has(outlet) && !CARRIER_NOUN.test(match[0])) outlet = `${outlet.slice(0, -2)}»`;
    if (phrase === KNOWN_TO && DATIVE_NAME.test(outlet) && !TO_CORRESPONDENT.test(match[0]) && !CARRIER_NOUN.test(match[0])) outlet = `${outlet.slice(0, -2)}»`;
    outlet = outlet.replace(QUOTED, '$1');
    // `Бұл туралы … басшысы … брифинг барысында хабарлады` names an occasion, not who reports.
    if (phrase === KAZAKH_ABOUT && (OCCASION.test(outlet) || ROLE_AND_NAME.test(outlet) || TOLD_CORRESPONDENT_WORD.test(outlet))) continue;
    if (phrase === KAZAKH_ABOUT) outlet = outlet.replace(ABOUT_DESCRIPTOR, '').replace(ABLATIVE, '').replace(LOCATIVE, '').replace(WHERE_FROM, '').replace(QUOTED, '$1');
    if (phrase === KAZAKH_ABOUT && PERSONAL_PAGE.test(outlet)) continue;
    if (phrase === KAZAKH_ARABIC && ARABIC_ROLE_AND_NAME.test(outlet)) continue;
    if (phrase === KAZAKH_ARABIC) outlet = outlet.replace(ARABIC_KIND_GENITIVE, '');
    if (phrase === KAZAKH_AS_REPORTED && QUOTED.test(named.trim())) outlet = outlet.replace(QUOTED_GENITIVE, '');
    if (phrase === KAZAKH) outlet = outlet.replace(PRESS_SERVICE_ABLATIVE, '');
    // `деп хабарлайды Астана қаласы әкімдігінің ресми сайты`: the body whose official site it is.
    if (phrase === KAZAKH && groups.official !== undefined) outlet = outlet.replace(GENITIVE, '');
    if (phrase === RUSSIAN_ABOUT) outlet = outlet.replace(/^пресс-службе/u, 'пресс-служба');
    if (phrase === RUSSIAN) outlet = DOMAIN_THEN_SENTENCE.exec(outlet)?.[1] ?? DESCRIBED_THEN_DOMAIN.exec(outlet)?.[1] ?? outlet;
    if (GENERIC.test(outlet) || MEDIA_AT_LARGE.test(outlet) || PRESS_SERVICE_POINTING_BACK.test(outlet) || isDayAndMonth(outlet)) continue;
    const found: Attribution = { outlet: outletName(outlet) };
    if (groups.via && groups.viaOfficial !== undefined) found.via = groups.via.trim().replace(GENITIVE, '');
    else if (groups.via) found.via = phrase === KAZAKH || phrase === KAZAKH_ARABIC || phrase === KAZAKH_WROTE || phrase === KAZAKH_CITED_FIRST || phrase === KAZAKH_ABOUT || phrase === KAZAKH_SITE_ABOUT ? groups.via.trim().replace(QUOTED, '$1').replace(HYPHEN_DATIVE, '').replace(DATIVE, '') : groups.via.trim();
    // A body telling the site is its source when it is an office; a sentence's other words before the outlet are none.
    if (phrase === KAZAKH_BODY_TOLD_SITE && found.via && !KAZAKH_OFFICE.test(found.via)) delete found.via;
    if (found.via) found.via = listedVia(found.via);
    // An outlet citing itself, `сообщает Lada.kz со ссылкой на lada.kz`, cites no one between.
    if (found.via && sameOutlet(found.via, found.outlet)) delete found.via;
    // `со ссылкой на местные СМИ` cites the press at large: no outlet between.
    if (found.via && MEDIA_AT_LARGE.test(found.via)) delete found.via;
    // A dateline naming the agency over a lead whose phrase names it again with the body it cites (`SEMEI.
    // QazAqparat - …, dep habarlaıdy QazAqparat jergilikti ákimdikke silteme jasap.`): the phrase gives the body.
    if (phrase === DATELINE || phrase === DATELINE_LISTED || phrase === AGENCY_FIRST_DATELINE || phrase === WIRE_DATELINE || phrase === COMMA_DATELINE || phrase === COMMA_DATELINE_LISTED) {
      const again = attributionIn(text.slice(match[0].length));
      if (again?.via && again.outlet === found.outlet) return again;
      // One naming another outlet as who reports, a listed one, a domain or one it says is a channel, a portal, a site
      // or an agency (`АСТАНА. KAZINFORM – …, деп хабарлайды "Астана" арнасы.`, under a wire's dateline too, `АСТАНА,
      // 26 наурыз – Sputnik. …, деп хабарлайды "Диапазон" порталы.`): the agency carries that outlet's report.
      // An office or a body so named stays the agency's own source, unnamed.
      if (again && !again.via && !sameOutlet(again.outlet, found.outlet) && !found.via && namedAsOutlet(text.slice(match[0].length), again.outlet)) return { outlet: found.outlet, via: again.outlet };
    }
    return found;
  }
  return undefined;
}
