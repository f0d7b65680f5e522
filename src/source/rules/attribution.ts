import type { Attribution } from '../article.ts';
import type { ParseState } from '../state.ts';

// Ends a name: a comma, semicolon or bracket, a sentence-ending period (not the dot of `Zakon.kz`), or the end.
const END = String.raw`(?=\s*[,;)]|\.(?:\s|$)|\s*$)`;
// Names are bounded in length: unbounded lazy scans made a hostile lead («деп хабарлайды»
// repeated) take quadratic time.
const NAME = `{0,120}?`;
// An outlet is a proper name (capital letter, digit or quote first), a domain in lower case
// (`tengrinews.kz`) or a press service (`пресс-служба акимата`, Kazakh `облыс әкімдігінің баспасөз қызметі`).
const DOMAIN = String.raw`[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:kz|ru|com|org|net|info|news)\b`;
const OUTLET = String.raw`(?<outlet>${DOMAIN}|пресс-служба\s[^,;]${NAME}|[\p{Lu}\d«"][^,;]${NAME}|[^,;.]${NAME}баспасөз\s+қызметі)`;
const VIA = String.raw`(?:\s+со\s+ссылкой\s+на\s+(?<via>[^,;]{1,120}?))?`;
// Who carries the report before the outlet's name: `корреспондент агентства`, `ИА`, `портал`.
const CARRIER = String.raw`(?:(?:собственный\s+|специальный\s+)?корреспондент(?:ы)?\s+(?:(?:агентства|портала|издания|сайта|газеты|телеканала|МИА|ИА)\s+)?|(?:ИА|МИА|агентство|портал|издание|сайт|газета|телеканал)\s+)?`;
// Agency datelines open a lead: `Астана. 31 декабря. KAZAKHSTAN TODAY -`, `АСТАНА. KAZINFORM —`,
// and in Arabic script `استانا. KAZINFORM —`. The agency's name is in capitals.
const CITY = String.raw`(?:[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?|\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?)`;
const DATELINE_DAY = String.raw`\d{1,2}\s+\p{L}+`;
const AGENCY = String.raw`(?<outlet>[\p{Lu}\d][\p{Lu}\d.-]*(?:\s[\p{Lu}\d][\p{Lu}\d.-]*){0,3})`;

// Case-sensitive on purpose: with the `i` flag \p{Lu} would match any letter.
const PHRASES: RegExp[] = [
  // сообщает Kazpravda.kz со ссылкой на Сенат · передает корреспондент агентства Kazinform · сообщает tengrinews.kz
  new RegExp(String.raw`(?:[Сс]ообщает|[Сс]ообщают|[Пп]ереда[её]т|[Пп]ишет|[Ии]нформирует)\s+${CARRIER}${OUTLET}${VIA}${END}`, 'u'),
  // деп хабарлайды Kazinform тілшісі; in Latin script, dep habarlaıdy Kazinform tilshisi
  new RegExp(String.raw`(?:деп\s+(?:хабарлайды|хабарлады|жазады)|dep\s+(?:habarla[ıi]dy|habarlady|jazady))\s+${OUTLET}${END}`, 'u'),
  // in Arabic script: دەپ حابارلايدى Kazinform
  new RegExp(String.raw`دەپ\s+(?:حابارلايدى|حابارلادى|جازادى)\s+(?<outlet>[^،,.؛]{1,120}?)(?=\s*[،,.؛]|\s*$)`, 'u'),
  new RegExp(String.raw`^${CITY}\.\s+(?:${DATELINE_DAY}\.?\s+)?${AGENCY}\s*[-–—]\s`, 'u'),
];

// «Kazinform тілшісі» is «Kazinform's correspondent»: the outlet is Kazinform.
const CORRESPONDENT = /\s+(?:тілшісі|t[iı]lsh[iı]s[iı]|تىلشىسى)$/u;
const FIRST_PARAGRAPHS = 2;

/** Who reports the story, from the lead (or the paragraph after a subtitle); the phrase stays in the text, as the author wrote it. */
export function attribution(state: ParseState): void {
  for (const paragraph of (state.article.paragraphs ?? []).slice(0, FIRST_PARAGRAPHS)) {
    const found = attributionIn(paragraph);
    if (found) {
      state.article.attribution = found;
      return;
    }
  }
}

export function attributionIn(text: string): Attribution | undefined {
  for (const phrase of PHRASES) {
    const groups = phrase.exec(text)?.groups;
    if (!groups?.outlet) continue;
    const found: Attribution = { outlet: groups.outlet.trim().replace(CORRESPONDENT, '') };
    if (groups.via) found.via = groups.via.trim();
    return found;
  }
  return undefined;
}
