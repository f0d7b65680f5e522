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
  if (!title || !state.skipped.some((s) => s.rule === SCHEDULE)) return;
  const name = PROGRAMME_BEFORE.exec(title);
  if (!name) return;
  const known = clutterRuleOf(name[1]!)?.name === 'rubric' || state.skipped.some((s) => s.text === name[1]);
  if (!known || title.length - name[0].length < 10) return;
  const line = state.skipped.find((s) => s.text === title)?.line ?? state.headLine;
  if (!state.skipped.some((s) => s.line === line && s.text === name[1])) state.skipped.push({ line, text: name[1]!, rule: 'rubric' });
  state.article.title = title.slice(name[0].length);
}
