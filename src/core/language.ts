/** BCP 47 tags: Russian, Kazakh in Cyrillic (or Latin) script, Kazakh in Arabic script (Tote jazu). */
export type Language = 'ru' | 'kk' | 'kk-Arab';
