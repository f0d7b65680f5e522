import { KK } from './kk.ts';
import type { Words } from './words.ts';

/**
 * Kazakh in Arabic script (Tote jazu): the navigation's words, the headings and the months in it;
 * the rest in Kazakh Cyrillic, which readers of the script also read. The arrows point the way a
 * right-to-left page runs: the previous article lies to the right.
 */
export const KK_ARAB: Words = {
  ...KK,
  monthsOfDay: ['قاڭتار', 'اقپان', 'ناۋرىز', 'ءساۋىر', 'مامىر', 'ماۋسىم', 'شىلدە', 'تامىز', 'قىركۇيەك', 'قازان', 'قاراشا', 'جەلتوقسان'],
  months: ['قاڭتار', 'اقپان', 'ناۋرىز', 'ءساۋىر', 'مامىر', 'ماۋسىم', 'شىلدە', 'تامىز', 'قىركۇيەك', 'قازان', 'قاراشا', 'جەلتوقسان'],
  news: 'جاڭالىقتار',
  latest: 'سوڭعى جاڭالىقتار',
  tags: 'تەگتەر',
  archive: 'مۇراعات',
  search: 'ىزدەۋ',
  sections: 'بولىمدەر',
  updated: 'جاڭارتىلدى',
  newer: '→ Жаңалары',
  older: 'Бұрынғылары ←',
  previous: '→ Алдыңғы',
  next: 'Келесі ←',
};
