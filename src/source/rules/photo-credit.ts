import type { ParseState } from '../state.ts';

// The labels a credit starts with: Russian, Kazakh in Cyrillic, Latin and Arabic script, English.
const LABEL = String.raw`(?:фото|фотография|изображение|коллаж|иллюстрация|инфографика|сурет|фотосурет|foto|photo|sýret|suret|سۋرەت|فوتو)`;
// `Фото: Сенат`, `Фото - Сенат`, `Фото – Сенат`. Short lines only: a long line that happens to
// start with «Фото:» is a paragraph.
export const CREDIT = new RegExp(String.raw`^${LABEL}\s*(?::|\s[-–—])\s*(.{1,150})$`, 'iu');
// `Фото из открытых источников`, `Фото предоставлено акиматом`, `Иллюстративное фото`.
const CREDIT_PHRASE = new RegExp(String.raw`^(?:фото\s+((?:из|с|со|предоставлено|предоставлены|автора|пресс-службы)\s.{1,140})|(иллюстративное)\s+фото|фото\s+(иллюстративное))$`, 'iu');
// A caption ending in its credit: `Сенат Парламента РК, фото - Новости Zakon.kz от 11.09.2025 12:20 Фото: Zakon.kz/…`.
const CAPTION = new RegExp(String.raw`^(.{1,250}?)[\s,.;]+${LABEL}\s*:\s*(.{1,100})$`, 'iu');
// The image title some outlets put in a caption: `, фото - Новости Zakon.kz от 11.09.2025 12:20`.
const CAPTION_TAIL = /,?\s*фото\s*[-–—]\s*.{0,60}\sот\s\d{2}\.\d{2}\.\d{4}(?:\s\d{1,2}:\d{2})?$/iu;

export interface Credit {
  credit: string;
  caption?: string;
}

export function creditIn(text: string): Credit | undefined {
  const plain = CREDIT.exec(text);
  if (plain) return { credit: plain[1]!.trim() };
  const phrase = CREDIT_PHRASE.exec(text);
  if (phrase) return { credit: (phrase[1] ?? phrase[2] ?? phrase[3])!.trim() };
  const caption = CAPTION.exec(text);
  if (caption) return { credit: caption[2]!.trim(), caption: caption[1]!.replace(CAPTION_TAIL, '').trim() };
  return undefined;
}

/**
 * The first photo credit line becomes the article's credit and leaves the body; a caption before
 * the credit on its line describes the photo. Later credit lines (the same credit copied twice,
 * the credits of other photos on the page) leave the body too.
 */
export function photoCredit(state: ParseState): void {
  state.lines = state.lines.filter((line) => {
    const found = line.verbatim ? undefined : creditIn(line.text);
    if (!found) return true;
    if (state.article.photoCredit === undefined) {
      state.article.photoCredit = found.credit;
      if (found.caption) state.article.photoAlt = found.caption;
    } else {
      state.skipped.push({ line: line.line, text: line.text, rule: found.credit === state.article.photoCredit ? 'photo credit repeated' : 'credit of another photo' });
    }
    return false;
  });
}
