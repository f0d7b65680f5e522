import type { Attribution } from '../article.ts';
import type { ParseState } from '../state.ts';

// Ends a name: a comma or semicolon, a sentence-ending period (not the dot of `Zakon.kz`), or the end.
const END = String.raw`(?=\s*[,;]|\.(?:\s|$)|\s*$)`;
// An outlet is a proper name (capital letter, digit or quote first) or a press service
// (`пресс-служба акимата`, Kazakh `облыс әкімдігінің баспасөз қызметі`). Names are bounded in
// length: unbounded lazy scans made a hostile lead («деп хабарлайды» repeated) take quadratic time.
const NAME = `{0,120}?`;
const OUTLET = String.raw`(?<outlet>пресс-служба\s[^,;]${NAME}|[\p{Lu}\d«"][^,;]${NAME}|[^,;.]${NAME}баспасөз\s+қызметі)`;
const VIA = String.raw`(?:\s+со\s+ссылкой\s+на\s+(?<via>[^,;]{1,120}?))?`;

// Case-sensitive on purpose: with the `i` flag \p{Lu} would match any letter.
const PHRASES: RegExp[] = [
  // сообщает Kazpravda.kz со ссылкой на Сенат · передает корреспондент Kazinform · сообщает пресс-служба акимата
  new RegExp(String.raw`(?:[Сс]ообщает|[Сс]ообщают|[Пп]ереда[её]т|[Пп]ишет)\s+(?:(?:собственный\s+)?корреспондент\s+)?${OUTLET}${VIA}${END}`, 'u'),
  // деп хабарлайды Kazinform тілшісі; in Latin script, dep habarlaıdy Kazinform tilshisi
  new RegExp(String.raw`(?:деп\s+(?:хабарлайды|хабарлады|жазады)|dep\s+(?:habarla[ıi]dy|habarlady|jazady))\s+${OUTLET}${END}`, 'u'),
];

/** Finds who reports the story in the lead; the phrase stays in the text, as the author wrote it. */
export function attribution(state: ParseState): void {
  const lead = state.article.paragraphs?.[0];
  if (!lead) return;
  for (const phrase of PHRASES) {
    const groups = phrase.exec(lead)?.groups;
    if (!groups?.outlet) continue;
    // «Kazinform тілшісі» is «Kazinform's correspondent»: the outlet is Kazinform.
    const found: Attribution = { outlet: groups.outlet.trim().replace(/\s+(?:тілшісі|t[iı]lsh[iı]s[iı])$/u, '') };
    if (groups.via) found.via = groups.via.trim();
    state.article.attribution = found;
    return;
  }
}

