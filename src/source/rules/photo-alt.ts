import type { ParseState } from '../state.ts';

// `Alt: Спикер Сената и министр за столом переговоров` — short lines only, like the credit line —
// or the caption a page prints under its photo, labelled with who or what is in it: `Суретте: …` (in the
// picture), `На снимке: аким района`, `На фото: …`.
const ALT = /^(?:alt|суретте|sýrette|سۋرەتتە|на\s+(?:снимке|снимках|фото|фотографии|фотографиях))\s*:\s*(.{1,300})$/iu;
// The Russian caption's label: every such line is the caption of a picture, none of them text.
const CAPTION_LABEL = /^на\s+(?:снимке|снимках|фото|фотографии|фотографиях)\s*:/iu;

/** Whether a line is a picture's caption under its label (`На снимке: …`): no credit, no text. */
export function isLabelledCaption(text: string): boolean {
  return CAPTION_LABEL.test(text) && ALT.test(text);
}

/**
 * The first `Alt:` (or `Суретте:`, `На снимке:`) line describes the lead photo for readers who cannot see it, and leaves
 * the body; the other pictures' captions under the Russian label leave it too.
 */
export function photoAlt(state: ParseState): void {
  const index = state.lines.findIndex((l) => !l.verbatim && ALT.test(l.text));
  if (index < 0) return;
  const [line] = state.lines.splice(index, 1);
  state.article.photoAlt = ALT.exec(line!.text)![1]!.trim();
  state.lines = state.lines.filter((other) => {
    if (other.verbatim || !isLabelledCaption(other.text)) return true;
    state.skipped.push({ line: other.line, text: other.text, rule: 'photo caption' });
    return false;
  });
}
