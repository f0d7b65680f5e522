// tier: slow (builds a site with habar)
import { join } from 'node:path';
import sharp from 'sharp';
import { sitePaths, type SitePaths } from '../../src/core/paths.ts';
import { runHabar } from '../../support/cli.ts';
import { hashBuiltSite, sharedFolder } from '../../support/shared-folder.ts';
import { addFixtureSource, addSource, makeSite, projectRoot, publishedFixtures, source } from '../../support/site.ts';

/** The sections of the news site: two with articles, one whose tag no article carries. */
export const NEWS_SECTIONS = [
  { name: 'Политика', slug: 'politika', tags: ['#Сенат', '#Мажилис', 'Парламент'] },
  { name: 'Спорт', slug: 'sport', tags: ['спорт', 'күрес'] },
  { name: 'Погода', slug: 'pogoda', tags: ['метеосводка'] },
];

/** The articles written for the news site, newest first; each has a photo but the one marked. */
export const NEWS_ARTICLES = [
  { date: '2026-05-04', time: '18:10', title: 'Сенат одобрил поправки в бюджет на текущий год', tags: '#Сенат #бюджет', lead: 'Сенаторы поддержали изменения в республиканский бюджет. Документ направлен на подпись.' },
  { date: '2026-05-04', time: '12:00', title: 'Сборная по борьбе вернулась с медалями', tags: '#спорт #күрес', lead: 'Борцы привезли с чемпионата Азии три медали. Тренеры довольны результатом.' },
  { date: '2026-05-03', title: 'В Алматы открыли новый сквер у реки', tags: '#Алматы', lead: 'Горожане получили ещё одно место для прогулок. Сквер разбили на месте пустыря.', photo: false },
  { date: '2026-05-02', time: '09:30', title: 'Мажилис принял закон о местном самоуправлении', tags: '#Мажилис #Парламент', lead: 'Депутаты одобрили закон во втором чтении. Он расширяет права сельских округов.' },
  { date: '2026-05-01', title: 'Футбольный клуб из Шымкента выиграл дерби', tags: '#спорт #Шымкент', lead: 'Матч прошёл при полных трибунах. Единственный гол забили на последней минуте.' },
  { date: '2026-04-30', title: 'В регионах начали ремонт сельских дорог', tags: '#дороги', lead: 'Подрядчики вышли на объекты раньше срока. Работы завершат к осени.' },
];

const COLOURS = [[40, 90, 160], [170, 60, 50], [40, 130, 90], [120, 80, 150], [200, 140, 40], [60, 60, 60]] as const;

/** The news site's settings: four articles to a page, NEWS_SECTIONS. */
export const NEWS_SETTINGS = { perPage: 4, sections: NEWS_SECTIONS };

/**
 * A site as an outlet would run it: every fixture source the parser accepts, plus NEWS_ARTICLES
 * with generated photos, and NEWS_SETTINGS. Built by the CLI; throws if the build fails. Read only:
 * built once for the same inputs (the day included) and shared by every test file and worker that
 * asks for it (.cache/news-sites/).
 */
export async function newsSite(): Promise<SitePaths> {
  const hash = hashBuiltSite('tests/helpers/news-site.ts', NEWS_SETTINGS);
  return sitePaths(await sharedFolder(join(projectRoot, '.cache/news-sites'), hash, buildNewsSite));
}

async function buildNewsSite(root: string): Promise<void> {
  const site = makeSite(NEWS_SETTINGS, root);
  for (const name of publishedFixtures()) addFixtureSource(site, name);
  await Promise.all(
    NEWS_ARTICLES.map(async (article, at) => {
      const name = `${article.date}-news-${at}`;
      const time = article.time ? ` ${article.time}` : '';
      addSource(site, `${name}.txt`, source(`${article.date}${time}`, article.title, `${article.lead}\n\nПодробности в материале.`, article.tags));
      if (article.photo === false) return;
      const [r, g, b] = COLOURS[at % COLOURS.length]!;
      // A gradient, so that a screenshot shows how the photo is cropped and scaled. The front page's
      // lead (the newest) is large, the others just wide enough for an article column: encoding a
      // large photo's largest AVIF is most of a build's work.
      const [width, height] = at === 0 ? [1600, 1000] : [800, 500];
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 1000"><defs><linearGradient id="g"><stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="#eee"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/><circle cx="800" cy="500" r="260" fill="#fff" opacity=".5"/></svg>`;
      await sharp(Buffer.from(svg)).jpeg().toFile(join(site.sources, `${name}.jpg`));
    }),
  );
  const result = runHabar(site.root, ['build']);
  if (result.code !== 0) {
    site.cleanup();
    throw new Error(`news site build failed:\n${result.stderr}`);
  }
}
