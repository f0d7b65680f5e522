import type { ParseState } from '../state.ts';

// `Фото: Сенат`, Kazakh `Сурет: ...`, Latin-script `Foto:`/`Photo:`. Short lines only: a long
// line that happens to start with «Фото:» is a paragraph.
export const CREDIT = /^(?:фото|сурет|foto|photo)\s*:\s*(.{1,150})$/iu;

/** The first photo credit line becomes the article's credit and leaves the body. */
export function photoCredit(state: ParseState): void {
  const index = state.lines.findIndex((l) => CREDIT.test(l.text));
  if (index < 0) return;
  const [line] = state.lines.splice(index, 1);
  state.article.photoCredit = CREDIT.exec(line!.text)![1]!.trim();
}
