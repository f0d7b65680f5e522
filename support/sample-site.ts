import { readdirSync } from 'node:fs';
import { runHabar } from './cli.ts';
import { addFixtureSource, addSource, makeSite, publishedFixtures, source } from './site.ts';

export type BuiltSite = ReturnType<typeof makeSite>;

/** The only article about a «заповедник»; no page has another form of the word. */
export const STEMMING_ARTICLE = {
  title: 'Степной заповедник открылся для туристов',
  url: '2025/11/stepnoy-zapovednik-otkrylsya-dlya-turistov/',
};

/** The newest article, first on the home page; its tag #казахстан spans several pages. */
export const NEWEST_ARTICLE = {
  title: 'Весенний сев начался на севере страны',
  url: '2026/05/vesenniy-sev-nachalsya-na-severe-strany/',
};

/**
 * A real site for checking pages as readers, browsers and validators see them: every fixture source
 * the parser accepts (Russian and Kazakh, pages copied from outlets among them) plus articles tagged #казахстан, two per page so that home and tag pages paginate.
 * Built by the CLI, search index included; throws if the build fails.
 */
export function buildSampleSite(settings: Record<string, unknown> = {}): BuiltSite {
  const site = makeSite({ perPage: 2, ...settings });
  for (const name of publishedFixtures()) addFixtureSource(site, name);
  for (let day = 1; day <= 5; day++) {
    addSource(site, `2025-12-0${day}.txt`, source(`2025-12-0${day}`, `Новость номер ${day}`, 'Текст.', '#казахстан'));
  }
  addSource(site, '2025-11-30-steppe.txt', source('2025-11-30', STEMMING_ARTICLE.title,
    'Для туристов открыли новый степной заповедник.', '#казахстан #туризм'));
  addSource(site, '2026-05-01-sowing.txt', source('2026-05-01', NEWEST_ARTICLE.title,
    'Аграрии Северо-Казахстанской области вышли в поля.', '#казахстан #сельское_хозяйство'));
  const result = runHabar(site.root, ['build']);
  if (result.code !== 0) {
    site.cleanup();
    throw new Error(`sample site build failed:\n${result.stderr}`);
  }
  return site;
}

/** Every HTML page of a built site, as paths relative to its output folder. */
export function htmlPages(site: BuiltSite): string[] {
  return readdirSync(site.output, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
    .sort();
}
