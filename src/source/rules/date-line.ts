import { clip } from '../../core/printable.ts';
import { SourceError } from '../errors.ts';
import { holdsSentence, isArabicSentence, isSentenceLine } from '../line-shape.ts';
import { MAX_TITLE_LENGTH } from '../limits.ts';
import type { ParseState } from '../state.ts';
import { isFlattenedPage } from './glued-head.ts';
import { isMarkedVerbatim } from './verbatim.ts';
import { isCalendarDate } from '../../core/time/calendar-date.ts';

// `date 2026-01-27 Title`, or with the time of publication: `date 2026-01-27 14:30 Title`.
const DATE_LINE = /^date\s+(\S+)(?:\s+(?:((?:[01]?\d|2[0-3]):[0-5]\d)(?=\s|$)\s*)?(.*))?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A button's glyph alone where the title goes (or on the line under a bare date line), copied from the
// top of the page: a close button (`×`, `✕`) or a menu's (`☰`, `≡`, `⋮`). The date line is read as
// bare, the glyph left out.
const BUTTON_GLYPH = /^[×✕✖☰≡⋮]$/u;
// The end of a TV schedule's slot after its start: `- 08:15` of `08:00 - 08:15`.
const SLOT_END = /^[-–—]\s*(?:[01]?\d|2[0-3]):[0-5]\d$/u;

/**
 * First line: `date YYYY-MM-DD Title`, or `date YYYY-MM-DD HH:MM Title`. The date must exist in the
 * calendar; with no title after it, the next line stands in its place (a page pasted under the date).
 */
export function dateLine(state: ParseState): SourceError | void {
  const first = state.lines.shift();
  if (!first) return new SourceError('the source is empty; it needs a first line `date YYYY-MM-DD Title`', 1);
  state.headLine = first.line;
  const match = DATE_LINE.exec(first.text);
  if (!match) {
    return new SourceError(`the first line must be \`date YYYY-MM-DD Title\`, found "${clip(first.text)}"`, first.line);
  }
  const [, date = '', readTime, written = ''] = match;
  const glyph = BUTTON_GLYPH.test(written.trim());
  if (glyph) state.skipped.push({ line: first.line, text: written.trim(), rule: 'page navigation' });
  const rest = glyph ? '' : written;
  // Or the page's first line under a bare date line, the page under it then read from its next line.
  const button = rest.trim() === '' && readTime === undefined && state.lines.length > 1 && BUTTON_GLYPH.test(state.lines[0]!.text.trim()) ? state.lines.shift() : undefined;
  if (button) state.skipped.push({ line: button.line, text: button.text.trim(), rule: 'page navigation' });
  // A page whose first line is a time alone (`18:53`, above `Вчера` and the headline): the time is
  // the title, page matter that title-line.ts moves among the lines, and no time of publication.
  // Above the lead, or alone, it is the editor's time and the title is missing.
  const next = state.lines[0];
  const timeAlone = readTime !== undefined && rest.trim() === '' && next !== undefined && !isSentenceLine(next);
  // A TV schedule's row where the title goes, its slot's start and end (`08:00 - 08:15`): page matter
  // (the clutter table's `broadcast schedule`), whole as the title, and no time of publication.
  const slot = readTime !== undefined && SLOT_END.test(rest.trim());
  const time = timeAlone || slot ? undefined : readTime;
  // A page pasted under a bare date line (two lines or more): its first line takes the title's place,
  // as if pasted on the date line, so that page matter there is moved among the lines and the
  // headline found below it. A single line under it, or one the editor marked as text (`\`), is
  // the text, and the title is missing.
  // So is a page flattened onto the single line under it, its headline before the stamp (gluedHead splits it).
  const pageFirst = !timeAlone && rest.trim() === '' && next !== undefined && !isMarkedVerbatim(next.text)
    && (state.lines.length > 1 || isFlattenedPage(next.text)) ? state.lines.shift() : undefined;
  if (pageFirst) {
    state.headLine = pageFirst.line;
    state.titleBelowDate = first.line;
  }
  const title = timeAlone ? readTime : slot ? `${readTime} ${rest.trim()}` : pageFirst ? pageFirst.text : rest;
  if (!ISO_DATE.test(date)) {
    return new SourceError(`the date must be written YYYY-MM-DD, found "${clip(date)}"`, first.line);
  }
  if (!isCalendarDate(date)) {
    return new SourceError(`${date} is not a date in the calendar`, first.line);
  }
  if (title.trim() === '') {
    // A single line pasted under the date alone is the page's text with no headline above it: the
    // message points at that line, where a page with a headline would have printed it.
    const text = rest.trim() === '' && state.lines.length === 1 && !isMarkedVerbatim(state.lines[0]!.text) ? state.lines[0] : undefined;
    const where = text ? ', and the only line under it is the text' : '';
    return new SourceError(`the title is missing after the date${where}; write the headline on line ${first.line}: \`date ${date} Headline\``, text?.line ?? first.line);
  }
  if (title.length > MAX_TITLE_LENGTH) {
    state.overlongTitle = pageFirst
      ? new SourceError(`the page's first line is ${title.length} characters long, a paragraph and no headline; write the headline after the date on line ${first.line}: \`date ${date} Headline\``, pageFirst.line)
      : holdsSentence(title)
        ? new SourceError(`the title is ${title.length} characters long, a paragraph and no headline; put the headline after the date and this text on the next line, as the first paragraph`, first.line)
        // Arabic script has no capitals to tell a sentence by: its closing marks and its words tell it.
        : isArabicSentence(title)
          ? new SourceError(`the title is ${title.length} characters long and reads as a lead paragraph (its sentences close on \`.\`, \`؟\`, \`!\` or \`۔\`), no headline; put the headline after the date and this text on the next line, as the first paragraph`, first.line)
        : new SourceError(`the title is ${title.length} characters long; a title may be at most ${MAX_TITLE_LENGTH}`, first.line);
  }
  state.article.date = date;
  if (time) state.article.time = time.padStart(5, '0');
  state.article.title = title.trim();
}
