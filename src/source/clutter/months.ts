/**
 * Month and weekday names as outlet pages print them in stamps: Russian (nominative, genitive,
 * abbreviated), Kazakh in Cyrillic, in the Latin alphabets of 2018 and 2021, in the one with `ş`, `ñ` and `ı`
 * some sites print (abai.kz: `Beysenbi, 16 Şilde 2020`, `2 Mausım, 2020 sağat 11:04`), and in Arabic script.
 * Index i of MONTHS is month i + 1.
 */
export const MONTHS: readonly (readonly string[])[] = [
  ['январь', 'января', 'янв', 'қаңтар', 'qańtar', 'qantar', 'qań', 'qañtar', 'قاڭتار'],
  ['февраль', 'февраля', 'фев', 'ақпан', 'aqpan', 'اقپان'],
  ['март', 'марта', 'мар', 'наурыз', 'naýryz', 'nauryz', 'naurız', 'ناۋرىز'],
  ['апрель', 'апреля', 'апр', 'сәуір', 'sáýir', 'säuır', 'säuir', 'ءساۋىر', 'ساۋىر'],
  ['май', 'мая', 'мамыр', 'mamyr', 'mamır', 'مامىر'],
  ['июнь', 'июня', 'июн', 'маусым', 'maýsym', 'mausym', 'mausım', 'ماۋسىم'],
  ['июль', 'июля', 'июл', 'шілде', 'shilde', 'şılde', 'şilde', 'شىلدە'],
  ['август', 'августа', 'авг', 'тамыз', 'tamyz', 'tamız', 'تامىز'],
  ['сентябрь', 'сентября', 'сен', 'сент', 'қыркүйек', 'qyrkúıek', 'qyrküiek', 'qırküyek', 'قىركۇيەك'],
  ['октябрь', 'октября', 'окт', 'қазан', 'qazan', 'قازان'],
  ['ноябрь', 'ноября', 'ноя', 'қараша', 'qarasha', 'qaraşa', 'قاراشا'],
  ['декабрь', 'декабря', 'дек', 'желтоқсан', 'jeltoqsan', 'جەلتوقسان'],
];

// Each weekday's names, Monday first: Russian whole and cut to two letters beside a date, as a header's clock prints
// them (`28 Ноя 2025, Пт`), Kazakh in Cyrillic, in the Latin alphabets and Abai.kz's own transliterations, and in Arabic script.
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['понедельник', 'пн', 'дүйсенбі', 'dúısenbi', 'dýisenbi', 'düysenbi', 'دۇيسەنبى'],
  ['вторник', 'вт', 'сейсенбі', 'seısenbi', 'seysenbi', 'سەيسەنبى'],
  ['среда', 'ср', 'сәрсенбі', 'sárcenbi', 'sársenbi', 'sәrsenbi', 'särsenbi', 'سارسەنبى'],
  ['четверг', 'чт', 'бейсенбі', 'beısenbi', 'beysenbi', 'بەيسەنبى'],
  ['пятница', 'пт', 'жұма', 'juma', 'júma', 'jwma', 'جۇما'],
  ['суббота', 'сб', 'сенбі', 'senbi', 'سەنبى'],
  ['воскресенье', 'вс', 'жексенбі', 'jeksenbi', 'جەكسەنبى'],
];

/** Every weekday name (see WEEKDAY_NAMES). */
export const WEEKDAYS: readonly string[] = WEEKDAY_NAMES.flat();

/** Abai.kz's own Latin transliteration, where it differs from the official ones: `18 Sәuir, 2017`, `19 Qyrkýiek, 2022`. */
const ABAI_MONTHS: ReadonlyArray<[name: string, month: number]> = [['sәuir', 4], ['qyrkýiek', 9]];
/** Months cut to three letters in Arabic script, as dalanews.kz stamps print them: `20 جەل. 2024 16:35`. */
const ARABIC_ABBREVIATIONS: ReadonlyArray<[name: string, month: number]> = ['قاڭ', 'اقپ', 'ناۋ', 'ساۋ', 'مام', 'ماۋ', 'شىل', 'تام', 'قىر', 'قاز', 'قار', 'جەل'].map((name, index): [string, number] => [name, index + 1]);

/** Months cut to three letters in the Latin alphabet of 2018, as dalanews.kz prints them: `19 qar. 2024 17:45`, `07 qyr. 2016`. */
const LATIN_ABBREVIATIONS: ReadonlyArray<[name: string, month: number]> = ['aqp', 'naý', 'sáý', 'mam', 'maý', 'shi', 'tam', 'qyr', 'qaz', 'qar', 'jel'].map((name, index): [string, number] => [name, index + 2]);

/**
 * Kazakh months cut to three letters in Cyrillic, as WordPress themes print their stamps: `Ақп 6, 2025`. Only the cuts that
 * are no word of their own: `қаз`, `қар`, `жел`, `там` and `мам` are words (goose, snow, wind, roof) and stay out.
 */
const KAZAKH_ABBREVIATIONS: ReadonlyArray<[name: string, month: number]> = [['қаң', 1], ['ақп', 2], ['нау', 3], ['сәу', 4], ['мау', 6], ['шіл', 7], ['қыр', 9]];

/** English months, whole or cut to three letters, as WordPress and amp themes print their stamps: `12 May 2024`, `Dec 3, 2026`. */
const ENGLISH: ReadonlyArray<[name: string, month: number]> = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
  .flatMap((name, index): [string, number][] => [[name, index + 1], [name.slice(0, 3), index + 1]])
  .concat([['sept', 9]]);

const MONTH_OF = new Map<string, number>(MONTHS.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])).concat(ABAI_MONTHS, KAZAKH_ABBREVIATIONS, ARABIC_ABBREVIATIONS, LATIN_ABBREVIATIONS, ENGLISH));

// A Cyrillic word typed with the Latin `i` for the Kazakh `і`, as a site's clock may print it: `19 сәуiр`.
const CYRILLIC = /[\u0400-\u04FF]/u;

/** A name's entry in a table, or the entry of the name read with `і` for a Cyrillic word's Latin `i`. */
function lookUp(table: ReadonlyMap<string, number>, name: string): number | undefined {
  return table.get(name) ?? (CYRILLIC.test(name) && name.includes('i') ? table.get(name.replace(/i/gu, 'і')) : undefined);
}

/** The number of a month name (`марта` → 3, `Ақпан` → 2, `qań.` → 1), or undefined. */
export function monthNumber(word: string): number | undefined {
  return monthOfName(word.toLowerCase().replace(/\.$/u, ''));
}

/** The number of a month name in small letters, no period after it (`марта` → 3), or undefined: `monthNumber` with nothing to fold. */
export function monthOfName(name: string): number | undefined {
  return lookUp(MONTH_OF, name);
}

const WEEKDAY_OF = new Map<string, number>(WEEKDAY_NAMES.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])));

/** The weekday a name says, Monday 1 to Sunday 7 (`Жұма` → 5, `Пт` → 5), or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/[.,]$/u, '');
  return lookUp(WEEKDAY_OF, name);
}
