import { endsAsSentence, wordCount } from '../line-shape.ts';
import type { ParseState } from '../state.ts';

// `Alt: Спикер Сената и министр за столом переговоров` — short lines only, like the credit line —
// or the caption a page prints under its photo, labelled with who or what is in it: `Суретте: …` (in the
// picture), `На снимке: аким района`, `На фото: …`.
const ALT = /^(?:alt|суретте|sýrette|سۋرەتتە|на\s+(?:снимке|снимках|фото|фотографии|фотографиях))\s*:\s*(.{1,300})$/iu;
// The Russian caption's label: every such line is the caption of a picture, none of them text.
const CAPTION_LABEL = /^на\s+(?:снимке|снимках|фото|фотографии|фотографиях)\s*:/iu;

// A credit's label over a sentence of ten words or more: the picture's caption, naming no one (`Фото: В Рудном выявлено
// 27 территорий, которые …`); no credit runs so long.
const CREDIT_LABEL = /^(?:фото|сурет|foto|sýret|سۋرەت)\s*:\s*/iu;
const CAPTION_SENTENCE_WORDS = 10;

/** Whether the words after a credit's label are a caption, a sentence of ten words or more. */
export function isCaptionSentence(text: string): boolean {
  return endsAsSentence(text) && wordCount(text, CAPTION_SENTENCE_WORDS) >= CAPTION_SENTENCE_WORDS;
}

/** The caption after a credit's label on a line, when it is one (isCaptionSentence). */
function captionUnderCreditLabel(text: string): string | undefined {
  const label = CREDIT_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length).trim() : undefined;
  return rest && isCaptionSentence(rest) ? rest : undefined;
}

/** Whether a line is a picture's alt text or caption under its label (`Alt: …`, `Суретте: …`, `На снимке: …`). */
export function isAltLabelled(text: string): boolean {
  return ALT.test(text);
}

/** Whether a line is a picture's caption under its label (`На снимке: …`): no credit, no text. */
export function isLabelledCaption(text: string): boolean {
  return (CAPTION_LABEL.test(text) && ALT.test(text)) || captionUnderCreditLabel(text) !== undefined;
}

/**
 * The first `Alt:` (or `Суретте:`, `На снимке:`) line describes the lead photo for readers who cannot see it, and leaves
 * the body; the other pictures' captions under the Russian label leave it too.
 */
export function photoAlt(state: ParseState): void {
  // A title that is a caption stays the title's line, for the headline rule to name what it is.
  const index = state.lines.findIndex((l) => !l.verbatim && !l.fromTitle && (ALT.test(l.text) || captionUnderCreditLabel(l.text) !== undefined));
  if (index < 0) return;
  const [line] = state.lines.splice(index, 1);
  state.article.photoAlt = (ALT.exec(line!.text)?.[1] ?? captionUnderCreditLabel(line!.text)!).trim();
  state.lines = state.lines.filter((other) => {
    if (other.verbatim || !isLabelledCaption(other.text)) return true;
    state.skipped.push({ line: other.line, text: other.text, rule: 'photo caption' });
    return false;
  });
}
