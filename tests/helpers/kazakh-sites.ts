import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { expect } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { addSource, makeSite, source } from '../../support/site.ts';
import { KK } from '../../src/core/words/kk.ts';
import { RU } from '../../src/core/words/ru.ts';

export type BuiltSite = ReturnType<typeof makeSite>;

/** Kazakh articles in each script and Latin alphabet, written for these tests; `url` is where habar publishes each. */
export const KAZAKH_ARTICLES = {
  cyrillic: {
    url: '/2026/01/qalada-zhana-kitapkhana-ashyldy/',
    text: source('2026-01-20 10:15', 'Қалада жаңа кітапхана ашылды', 'Кітапхананың қорында он мың кітап бар. Оқырмандар оған кешке дейін бара алады.', '#мәдениет #Астана'),
  },
  older: {
    url: '/2026/01/kitapkhana-qurylysy-bastaldy/',
    text: source('2026-01-05', 'Кітапхана құрылысы басталды', 'Құрылысшылар жұмысты қыста бастады. Ғимарат екі қабатты болады.', '#мәдениет #Астана'),
  },
  // The 2018 alphabet: acute letters (á, ǵ, ń, ó, ú, ý).
  latin2018: {
    url: '/2026/03/qalada-jana-saiabaq-ashyldy/',
    text: source('2026-03-14', 'Qalada jańa saıabaq ashyldy', 'Saıabaqta balalarǵa arnalǵan alań men velosıped joly bar. Turǵyndar ony jyly qabyldady.', '#mádenıet #Astana'),
  },
  // The 2021 alphabet: ä, ğ, ñ, ş, ū, ü.
  latin2021: {
    url: '/2026/04/auylda-jana-mektep-asyldy/',
    text: source('2026-04-10', 'Auylda jaña mektep aşyldy', 'Mektepte üş jüz oquşy bılım alady. Ūstazdar jaña synyptarğa qualy.', '#bılım'),
  },
  arabic: {
    url: '/2026/02/astanada-zhana-kopir-ashyldy/',
    text: source('2026-02-12', 'استانادا جاڭا كوپىر اشىلدى', 'كوپىردىڭ ۇزىندىعى ءۇش ءجۇز مەتر. ونى كوكتەمدە اشادى.', '#استانا'),
  },
};

/** Builds a site with `settings` and the `sources` (file name → text); throws unless the build is clean. */
export function buildSite(settings: Record<string, unknown>, sources: Record<string, string>): BuiltSite {
  const site = makeSite(settings);
  for (const [name, text] of Object.entries(sources)) addSource(site, name, text);
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return site;
}

/** A site in Kazakh with a section, footer details and every article of KAZAKH_ARTICLES, two to a list page. */
export function buildKazakhSite(): BuiltSite {
  return buildSite(
    {
      lang: 'kk',
      description: 'Қазақстан жаңалықтары',
      perPage: 2,
      sections: [{ name: 'Мәдениет', slug: 'madeniet', tags: ['мәдениет'] }],
      editorInChief: 'Айгүл Серікқызы',
      address: 'Астана қаласы, Абай даңғылы, 1',
    },
    Object.fromEntries(Object.entries(KAZAKH_ARTICLES).map(([name, { text }]) => [`${name}.txt`, text])),
  );
}

/** Every value of the Russian table that the Kazakh table words differently: none may appear on a Kazakh page. */
export const RUSSIAN_ONLY: string[] = differing(RU, KK);

function differing(ru: unknown, kk: unknown): string[] {
  if (typeof ru === 'string') return ru === kk ? [] : [ru];
  return Object.entries(ru as object).flatMap(([key, value]) => differing(value, (kk as Record<string, unknown>)[key]));
}

/**
 * What a reader meets on a page in its own language: the `<title>`, the text, and the labels of
 * assistive technology and scripts (aria-label, alt, the copy button's message, the search page's
 * words); elements marked as in another language than `keep` (the site owner's Russian text, a
 * Russian title in a list) are left out.
 */
export function pageText($: CheerioAPI, keep: (lang: string) => boolean): string {
  $('[lang]').filter((_, element) => element.tagName !== 'html' && !keep($(element).attr('lang')!)).remove();
  $('script').remove();
  const attributes = $('[aria-label], [alt], [data-copied]')
    .map((_, element) => [$(element).attr('aria-label'), $(element).attr('alt'), $(element).attr('data-copied')].filter(Boolean).join('\n'))
    .get();
  const scriptWords = $('[data-words]').map((_, element) => Object.values(flat(JSON.parse($(element).attr('data-words')!))).join('\n')).get();
  return [$('title').text(), $('body').text(), ...attributes, ...scriptWords].join('\n');
}

function flat(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flat);
}

/** The strings of `strings` that `text` holds as words (not inside a longer word). */
export function wordsFound(text: string, strings: string[]): string[] {
  return strings.filter((word) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
}

export function readPage(site: BuiltSite, page: string): CheerioAPI {
  return load(readFileSync(join(site.output, page), 'utf8'));
}
