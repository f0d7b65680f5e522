import { expect } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { addFixtureSource, addSource, makeSite, source } from '../../support/site.ts';

export const EDITIONS = [
  { lang: 'ru', path: '/' },
  // The Kazakh edition writes the site's description, address and section in Kazakh; its name and publisher stay the site's.
  { lang: 'kk', path: '/kk/', description: 'Қазақстан мен әлем жаңалықтары', address: 'Астана, Абай даңғылы, 10', sectionNames: { politika: 'Саясат' } },
];

/**
 * The settings of the two-edition site: Russian at `/`, Kazakh at `/kk/`, one section, the Latin
 * spelling of a Kazakh tag joined to the Cyrillic one.
 */
export const EDITIONS_SETTINGS = {
  editions: EDITIONS,
  perPage: 2,
  description: 'Новости Казахстана и мира',
  address: 'Астана, проспект Абая, 10',
  sections: [{ name: 'Политика', slug: 'politika', tags: ['Сенат'] }],
  tagSpellings: [['Қазақстан', 'Qazaqstan']],
};

/** The story told in both languages: the Russian source and its Kazakh translation, named as Hugo names one. */
export const STORY = {
  ru: '/2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya/',
  kk: '/2026/01/senat-spikeri-izrail-syrtqy-ister-ministrimen-kezdesti/',
};
export const KAZAKH_ONLY = '/2026/02/almatyda-zhana-kitapkhana-ashyldy/';
export const RUSSIAN_ONLY = '/2026/02/v-astane-otkryli-noviy-most/';
export const LATIN_KAZAKH = '/2026/02/astanada-jana-saiabaq-ashyldy/';

/** The sources of the two-edition site, written in this project's own words. */
export function addEditionsSources(site: ReturnType<typeof makeSite>): void {
  addFixtureSource(site, '2026-01-27-senate-israel.txt');
  addSource(site, '2026-01-27-senate-israel.kk.txt', source('2026-01-27', 'Сенат спикері Израиль сыртқы істер министрімен кездесті',
    'Сенат төрағасы Израильдің сыртқы істер министрімен кездесіп, екі елдің парламенттері арасындағы байланысты талқылады.', '#Қазақстан #Сенат'));
  addSource(site, '2026-02-02-kitaphana.txt', source('2026-02-02', 'Алматыда жаңа кітапхана ашылды',
    'Қалада балаларға арналған жаңа кітапхана жұмысын бастады. Оқырмандар үшін мыңдаған кітап әкелінді.', '#Қазақстан #мәдениет'));
  addSource(site, '2026-02-03-most.txt', source('2026-02-03', 'В Астане открыли новый мост',
    'По новому мосту через Есиль пустили автобусы и легковые машины.', '#Казахстан #Сенат'));
  addSource(site, '2026-02-04-saiabaq.txt', source('2026-02-04', 'Astanada jańa saiabaq ashyldy',
    'Elordada jańa saiabaq turǵyndarǵa esigin ashty. Onda balalar alańy men velosiped joly bar.', '#Qazaqstan'));
}

/** The two-edition site, built by the CLI; `settings` added to its own, its layouts edited by `customise`. */
export function buildEditionsSite(settings: Record<string, unknown> = {}, customise?: (root: string) => void): ReturnType<typeof makeSite> {
  const site = makeSite({ ...EDITIONS_SETTINGS, ...settings });
  customise?.(site.root);
  addEditionsSources(site);
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return site;
}
