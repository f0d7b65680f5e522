import { SCHEDULE_SLOT } from '../clutter/table.ts';
import { endsAsSentence, isSentenceLine } from '../line-shape.ts';
import type { ParseState } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';

/**
 * A TV site's programme page: one episode's report under the programme's airtime (`Понедельник-пятница,
 * 21:00`, `Повтор: …`, the clutter table's `broadcast schedule`), the programme's description and a
 * label opening the episode's contents (`В этом выпуске:`). The description is the same on every
 * episode's page; the episode's text starts under the label.
 */

const SCHEDULE = 'broadcast schedule';
// The label over an episode's contents.
const CONTENTS_LABEL = /^(?:в\s+этом\s+выпуске|в\s+выпуске|бұл\s+шығарылымда|шығарылымда)\s*:$/iu;
// A programme's description is a paragraph or two; more lines than this between airtime and label are text.
const BLURB_LINES = 4;
// The programme's name before the episode's headline and a dash: `Новости - За ночь …`.
const PROGRAMME_BEFORE = /^(\p{Lu}[\p{L}\s]{1,30}?)\s+[-–—]\s+(?=[\p{Lu}\d«"])/u;

/**
 * The label opening an episode's contents, and the lines between it and the programme's airtime right
 * above (the programme's description, up to `BLURB_LINES`), are left out. Without the label nothing is.
 */
export function programmeBlurb(state: ParseState): void {
  const label = state.lines.findIndex((line) => !line.verbatim && CONTENTS_LABEL.test(line.text));
  if (label < 0) return;
  const at = state.lines[label]!.line;
  const airtime = Math.max(0, ...state.skipped.filter((s) => s.rule === SCHEDULE && s.line < at).map((s) => s.line));
  if (airtime === 0) return;
  const blurb = state.lines.slice(0, label).filter((line) => line.line > airtime);
  if (blurb.length > BLURB_LINES || blurb.some((line) => line.verbatim)) return;
  const gone = new Set([...blurb, state.lines[label]!]);
  for (const line of gone) state.skipped.push({ line: line.line, text: line.text, rule: 'programme blurb' });
  state.lines = state.lines.filter((line) => !gone.has(line));
}

/**
 * On a programme's page (its airtime left out), the programme's name the headline opens with, a
 * dash after it (`Новости - За ночь в Алматы …`), is taken off: a rubric the table names, or the
 * page's line left out above.
 */
export function programmeName(state: ParseState): void {
  const title = state.article.title;
  if (title && programmeAfter(state, title)) return;
  if (!title || !state.skipped.some((s) => s.rule === SCHEDULE)) return;
  const name = PROGRAMME_BEFORE.exec(title);
  if (!name) return;
  const known = clutterRuleOf(name[1]!)?.name === 'rubric' || state.skipped.some((s) => s.text === name[1]);
  if (!known || title.length - name[0].length < 10) return;
  const line = state.skipped.find((s) => s.text === title)?.line ?? state.headLine;
  if (!state.skipped.some((s) => s.line === line && s.text === name[1])) state.skipped.push({ line, text: name[1]!, rule: 'rubric' });
  state.article.title = title.slice(name[0].length);
}

// The programme's name after the episode's headline and a pipe: `Аким Аккольского района … | Акимы`.
const PROGRAMME_AFTER = /\s+\|\s+(\p{Lu}[\p{L}\s-]{1,30}?)$/u;
// The page names the programme in quotes as a programme's: `выпуски программы «Акимы»`, `«Акимы» бағдарламасы`.
const namesProgramme = (text: string, name: string) => new RegExp(String.raw`(?:программ[аыеу]|проект[аеу]?|передач[аиеу])\s+«${escape(name)}»|«${escape(name)}»\s+(?:бағдарлама|жоба)`, 'iu').test(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A TV site's episode page titled `<headline> | <programme>`: the name after the pipe is the
 * programme's when the page names it so (`Другие выпуски программы «Акимы» …`, left out or not). It is
 * taken off the title, recorded as the rubric; the headline keeps three words or more.
 */
function programmeAfter(state: ParseState, title: string): boolean {
  const name = PROGRAMME_AFTER.exec(title);
  if (!name || title.slice(0, name.index).trim().split(/\s+/u).length < 3) return false;
  const named = (text: string) => namesProgramme(text, name[1]!);
  if (!state.skipped.some((s) => named(s.text)) && !state.lines.some((line) => named(line.text))) return false;
  const line = state.skipped.find((s) => s.text === title)?.line ?? state.headLine;
  state.skipped.push({ line, text: name[1]!, rule: 'rubric' });
  state.article.title = title.slice(0, name.index);
  return true;
}

// A grid's rows: two slots or more make the lines between them its programmes.
const GRID_SLOTS = 2;
// The slot on air now, its start alone (`13:15`) over its programme, right under the grid's last row.
const SLOT_START = /^(?:[01]?\d|2[0-3]):[0-5]\d$/u;

/**
 * A TV channel's schedule printed as a grid above its report (`08:15 – 08:30` / `Деревни России.
 * Варзуга` / …): every line between its first and last slot is the grid's (a programme's name the
 * table took for a rubric or a byline, `Новости`, `Новости РЖД`, too), and so is the slot on air, its
 * start alone over its programme right under the last row (`13:15` / `Не женское дело. …`): no stamp
 * of the report and no headline. A sentence there ends the grid.
 */
export function scheduleGrid(state: ParseState): void {
  const records = state.skipped.filter((s) => s.rule === SCHEDULE && SCHEDULE_SLOT.test(s.text));
  if (records.length === 0) return;
  const slots = records.map((s) => s.line).sort((a, b) => a - b);
  const [first, last] = [slots[0]!, slots.at(-1)! + 1];
  const inside = state.lines.filter((line) => line.line > first && line.line <= last);
  // Below a paragraph, or a single slot, it is the report's own timetable (an event's agenda): its slots are text.
  const belowText = state.lines.some((line) => line.line < last && isSentenceLine(line));
  if (slots.length < GRID_SLOTS || belowText || inside.some((line) => line.verbatim || endsAsSentence(line.text))) {
    const back = new Set(records.filter((s) => s.line !== state.headLine));
    state.skipped = state.skipped.filter((s) => !back.has(s));
    state.lines = [...state.lines, ...[...back].map((s) => ({ line: s.line, text: s.text }))].sort((a, b) => a.line - b.line);
    return;
  }
  for (const skipped of state.skipped) if (skipped.line > first && skipped.line <= last) skipped.rule = SCHEDULE;
  const onAir = state.skipped.find((s) => s.line > last && s.line <= last + 2 && SLOT_START.test(s.text));
  const taken = new Set(inside);
  if (onAir) {
    onAir.rule = SCHEDULE;
    const programme = state.lines.find((line) => line.line > onAir.line);
    if (programme && programme.line <= onAir.line + 2 && !programme.verbatim && !endsAsSentence(programme.text)) taken.add(programme);
  }
  for (const line of taken) state.skipped.push({ line: line.line, text: line.text, rule: SCHEDULE });
  state.lines = state.lines.filter((line) => !taken.has(line));
}
