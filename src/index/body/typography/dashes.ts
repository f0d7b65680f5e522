import { NBSP } from './spaces.ts';

// A hyphen, en dash or em dash with spaces on both sides, after a word or punctuation (`», – сказал`).
// A dash at the very start of a text (a line of dialogue) has nothing to hold on to and is left alone.
const SPACED_DASH = /(\S)[ \u00A0]+[-–—] +/gu;

/** A spaced dash becomes an em dash with a non-breaking space before it: `слово\u00A0— слово`. */
export function setDashes(text: string): string {
  return text.replace(SPACED_DASH, `$1${NBSP}— `);
}
