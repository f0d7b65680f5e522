import { escapeRegExp } from '../core/escape-regexp.ts';
import { inOneScript } from '../core/lookalikes.ts';

/**
 * One name for each outlet however a page writes it: in capitals in a dateline (`KAZINFORM`), in
 * Kazakh (`ҚазАқпарат`), as a domain in lower case (`tengrinews.kz`). Outlets not listed keep
 * their name as written.
 */
const OUTLETS: ReadonlyArray<[name: string, spellings: string[]]> = [
  ['Kazinform', ['kazinform', 'казинформ', 'казинформа', 'қазақпарат', 'qazaqparat', 'قازاقپارات', 'inform.kz', 'kazinform агенттігі', 'агентство kazinform']],
  ['Kazpravda.kz', ['kazpravda.kz', 'kazpravda', 'казправда']],
  ['Zakon.kz', ['zakon.kz']],
  ['NUR.KZ', ['nur.kz']],
  ['Tengrinews.kz', ['tengrinews.kz', 'tengrinews']],
  ['BAQ.KZ', ['baq.kz']],
  ['KAZAKHSTAN TODAY', ['kazakhstan today', 'kt.kz', 'казахстан сегодня']],
  ['El.kz', ['el.kz']],
  ['Egemen.kz', ['egemen.kz', 'egemen qazaqstan', 'егемен қазақстан', 'ەگەمەن قازاقستان']],
  ['Abai.kz', ['abai.kz', 'abai.kz aqparat', 'abai.kz ақпарат', 'abay aqparat', 'abai aqparat', 'абай-ақпарат', 'абай ақпарат', 'اباي-اقپارات', 'اباي اقپارات']],
  ['inAlmaty.kz', ['inalmaty.kz', 'inalmaty']],
  ['Informburo.kz', ['informburo.kz', 'информбюро']],
  ['КазТАГ', ['kaztag', 'kaztag.kz', 'казтаг']],
  ['РИА Новости', ['риа новости', 'риа "новости"', 'риа «новости»', 'ria.ru']],
  ['CentralAsia', ['centralasia', 'centralasia (kz)', 'centralasia.media']],
  ['Интерфакс-Казахстан', ['интерфакс-казахстан', 'interfax.kz', 'interfax-kazakhstan']],
  ['Интерфакс', ['интерфакс', 'interfax', 'interfax.ru']],
  ['ТАСС', ['тасс', 'итар-тасс', 'tass', 'tass.ru']],
  ['Кабар', ['kabar', 'kabar.kg']],
  ['Caravan.kz', ['caravan.kz']],
  ['Хабар 24', ['хабар 24', 'khabar 24', 'habar 24', 'حابار 24']],
  // The agency's name as a lead writes it, its country's edition named or not, each kept.
  ['Sputnik Казахстан', ['sputnik казахстан', 'sputnik kazakhstan']],
  ['Sputnik Қазақстан', ['sputnik қазақстан']],
  ['Sputnik', ['sputnik', 'sputnik.kz', 'ru.sputnik.kz']],
  // The Prime Minister's site, named in a lead by what it is: `пишет информационный ресурс Премьер-министра РК`.
  ['primeminister.kz', ['primeminister.kz', 'информационный ресурс премьер-министра рк', 'информационный ресурс премьер-министра республики казахстан', 'официальный информационный ресурс премьер-министра рк', 'официальный информационный ресурс премьер-министра республики казахстан']],
];

const CANONICAL = new Map(OUTLETS.flatMap(([name, spellings]) => [name, ...spellings].map((spelling): [string, string] => [spelling.toLowerCase(), name])));

/** Every listed spelling, longest first, as a pattern's alternatives (to be matched without case). */
export const OUTLET_SPELLINGS: string = [...CANONICAL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((spelling) => escapeRegExp(spelling).replace(/ /gu, '\\s+'))
  .join('|');

// A channel named by its number, as a lead names it in the genitive: `корреспонденты "31 канала"`.
const NUMBERED_CHANNEL = /^(\d{1,3}\s+канал)а$/iu;

// A hyphen a signature spaces off on one side or both: `Абай -ақпарат` is Абай-ақпарат.
const SPACED_HYPHEN = /\s*-\s*/gu;

/**
 * A name as the table keys it: in small letters, a word typed with a look-alike letter of the other script read in
 * its own (`Сaravan.kz` with a Cyrillic С is Caravan.kz), a spaced hyphen closed up (SPACED_HYPHEN).
 */
function key(written: string): string {
  const name = inOneScript(written).toLowerCase();
  return name.includes(' -') || name.includes('- ') ? name.replace(SPACED_HYPHEN, '-') : name;
}

export function outletName(written: string): string {
  return CANONICAL.get(key(written)) ?? written.replace(NUMBERED_CHANNEL, '$1');
}

// A domain's ending, which a site's name as its logo prints it leaves off: `Bugin` for Bugin.kz.
const DOMAIN_END = /\.(?:kz|ru|com|org|net|info|news|media)$/iu;

/**
 * The text is an outlet's name: a listed outlet's spelling, or the outlet `named` (by the lead's
 * attribution), either with or without its domain's ending.
 */
export function isOutletName(text: string, named?: string): boolean {
  return CANONICAL.has(key(text.trim())) || (named !== undefined && bareName(named) !== '' && bareName(text) === bareName(named));
}

/** A name as the table keys it, without its domain's ending. */
function bareName(name: string): string {
  return key(name.trim()).replace(DOMAIN_END, '');
}

/** Two names of one outlet, however written: `lada.kz` and `Lada.kz`, `Kazinform` and `inform.kz`, `Bugin` and `Bugin.kz`. */
export function sameOutlet(one: string, other: string): boolean {
  return bareOutlet(one) !== '' && bareOutlet(one) === bareOutlet(other);
}

// A country's edition named after the outlet: `Sputnik Казахстан` is Sputnik's.
const EDITION_END = /\s+(?:казахстан|қазақстан|kazakhstan|qazaqstan)$/u;

/** The outlet's one name, as the table keys it, without its domain's ending or its country's edition. */
function bareOutlet(name: string): string {
  return key(outletName(name.trim())).replace(DOMAIN_END, '').replace(EDITION_END, '');
}
