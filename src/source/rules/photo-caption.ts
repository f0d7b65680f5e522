import { monthNumber } from '../clutter/months.ts';
import { isSentenceLine } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// A caption's closing place and date, after a sentence or alone: `… человека. Алматы, 14 октября 2019 года.`,
// Kazakh `… пойыз. Алматы, 16 тамыз 2017 жыл.`, or the date without the place: `На отчетной встрече акима. 20 февраля 2019 года.`
const PLACE_AND_DATE = /(?:^|[.!?]["»”)]?\s+)(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s+)?\d{1,2}\s+(\p{L}+)\s+\d{4}(?:\s+(?:года|г\.|жылы|жыл|ж\.))?\.?$/u;

// A Kazakh caption closing on what it shows, a photo taken then and there: `Мюнхен, 1950-жылдары
// түсірілген сурет.` (`a photo taken in Munich in the 1950s`), in the three scripts.
const TAKEN_PHOTO = /\s(?:түсірілген|túsirilgen|تۇسىرىلگەن)\s+(?:сурет|фото|фотосурет|sýret|foto|سۋرەت)\.?$/iu;

/** Ends in the place and the day the photo was taken, as captions do; the month is a month's name. */
function endsInPlaceAndDate(text: string): boolean {
  const month = PLACE_AND_DATE.exec(text)?.[1];
  return month !== undefined && monthNumber(month) !== undefined;
}

/** A sentence printed twice in a row that closes with the photo's place and date: a caption, never a paragraph. */
export function isCaptionSentenceCopy(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]!;
  const other = lines[index + 1]?.text === line.text ? lines[index + 1] : lines[index - 1]?.text === line.text ? lines[index - 1] : undefined;
  return other !== undefined && !line.verbatim && !other.verbatim && endsInPlaceAndDate(line.text);
}

/**
 * A caption ending `… түсірілген сурет.` in the lead's place goes to the photo's description.
 * A photo's caption some pages print twice in a row, under the picture and as its description
 * (`Участники протеста у общежития. Уральск, 11 сентября 2023 года`): it describes the lead photo
 * unless a caption did already, and both copies leave the body. A sentence copied twice is text,
 * unless it closes with the photo's place and date (`… Алматы, 14 октября 2019 года.`).
 */
export function photoCaption(state: ParseState): void {
  const { lines } = state;
  // The caption of the lead photo printed where the lead would be, the lead under it: it describes
  // the photo, and the lead is the next paragraph.
  const lead = lines.findIndex(isSentenceLine);
  const first = lines[lead];
  if (first && !first.verbatim && TAKEN_PHOTO.test(first.text) && lines.slice(lead + 1).some(isSentenceLine)) {
    state.article.photoAlt ??= first.text;
    state.skipped.push({ line: first.line, text: first.text, rule: 'photo caption' });
    lines.splice(lead, 1);
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.text !== next.text || line.verbatim || next.verbatim || (isSentenceLine(line) && !endsInPlaceAndDate(line.text))) continue;
    // A speaker's name and role printed twice (`Name, role:`) introduces her words: kept once, no caption.
    if (line.text.endsWith(':')) {
      state.skipped.push({ line: next.line, text: next.text, rule: 'speaker repeated' });
      lines.splice(i + 1, 1);
      continue;
    }
    state.article.photoAlt ??= line.text;
    for (const copy of lines.splice(i, 2)) state.skipped.push({ line: copy.line, text: copy.text, rule: 'photo caption' });
    i--;
  }
}
