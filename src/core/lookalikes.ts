/**
 * Latin letters and the Cyrillic letters that look like them, pair by pair (Kazakh and Ukrainian і,
 * and ј, ѕ, included): a word typed with a letter of the other script (`Cенат` with a Latin C,
 * `inАstana.kz` with a Cyrillic А) reads the same and is another string.
 */
export const LATIN_LOOKALIKES = 'AaBCcEeHIiJjKMOoPpSsTXxYy';
export const CYRILLIC_LOOKALIKES = 'АаВСсЕеНІіЈјКМОоРрЅѕТХхУу';
