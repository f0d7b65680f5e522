import type { Writing } from '../language.ts';
import { KK } from './kk.ts';
import { KK_ARAB } from './kk-arab.ts';
import { KK_LATN, KK_LATN_2018 } from './kk-latn.ts';
import { RU } from './ru.ts';
import type { Words } from './words.ts';

export type { Months, Words } from './words.ts';

/** The words of a page, by what its text is written in. */
export const WORDS: Readonly<Record<Writing, Words>> = { ru: RU, kk: KK, 'kk-Latn': KK_LATN, 'kk-Latn-2018': KK_LATN_2018, 'kk-Arab': KK_ARAB };
