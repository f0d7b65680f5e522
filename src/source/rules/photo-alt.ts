import type { ParseState } from '../state.ts';

// `Alt: Спикер Сената и министр за столом переговоров` — short lines only, like the credit line —
// or the caption a Kazakh page prints under its photo: `Суретте: …` (in the picture).
const ALT = /^(?:alt|суретте|sýrette|سۋرەتتە)\s*:\s*(.{1,300})$/iu;

/** The first `Alt:` (or `Суретте:`) line describes the lead photo for readers who cannot see it, and leaves the body. */
export function photoAlt(state: ParseState): void {
  const index = state.lines.findIndex((l) => !l.verbatim && ALT.test(l.text));
  if (index < 0) return;
  const [line] = state.lines.splice(index, 1);
  state.article.photoAlt = ALT.exec(line!.text)![1]!.trim();
}
