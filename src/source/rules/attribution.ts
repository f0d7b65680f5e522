import type { Attribution } from '../article.ts';
import type { ParseState } from '../state.ts';

// Ends a name: a comma or semicolon, a sentence-ending period (not the dot of `Zakon.kz`), or the end.
const END = String.raw`(?=\s*[,;]|\.(?:\s|$)|\s*$)`;
// An outlet is a proper name (capital letter, digit or quote first) or a press service.
const OUTLET = String.raw`(?<outlet>(?:пресс-служба\s+)?[\p{Lu}\d«"][^,;]*?)`;
const VIA = String.raw`(?:\s+со\s+ссылкой\s+на\s+(?<via>[^,;]+?))?`;

const PHRASES: RegExp[] = [
  // сообщает Kazpravda.kz со ссылкой на Сенат · передает корреспондент Kazinform · сообщает пресс-служба акимата
  new RegExp(String.raw`(?:сообщает|сообщают|передает|передаёт|пишет)\s+(?:(?:собственный\s+)?корреспондент\s+)?${OUTLET}${VIA}${END}`, 'iu'),
  // деп хабарлайды Kazinform тілшісі
  new RegExp(String.raw`деп\s+(?:хабарлайды|хабарлады|жазады)\s+${OUTLET}(?:\s+тілшісі)?${END}`, 'iu'),
];

/** Finds who reports the story in the lead; the phrase stays in the text, as the author wrote it. */
export function attribution(state: ParseState): void {
  const lead = state.article.paragraphs?.[0];
  if (!lead) return;
  for (const phrase of PHRASES) {
    const groups = phrase.exec(lead)?.groups;
    if (!groups?.outlet) continue;
    const found: Attribution = { outlet: stripTrailing(groups.outlet, /\s+тілшісі$/u) };
    if (groups.via) found.via = groups.via.trim();
    state.article.attribution = found;
    return;
  }
}

function stripTrailing(text: string, suffix: RegExp): string {
  return text.trim().replace(suffix, '');
}
