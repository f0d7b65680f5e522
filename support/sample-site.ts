import { join } from 'node:path';
import { sitePaths, type SitePaths } from '../src/core/paths.ts';
import { runHabar } from './cli.ts';
import { hashBuiltSite, sharedFolder } from './shared-folder.ts';
import { addFixtureSource, addSource, makeSite, projectRoot, publishedFixtures, source } from './site.ts';

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

/** The sample site's imprint (settings every sample site has): the footer then shows all it can. */
const IMPRINT = { editorInChief: 'Айгерим Садыкова', address: 'ул. Абая, 10, Алматы', registration: 'Свидетельство № 12345-СИ' };

/**
 * A real site for checking pages as readers, browsers and validators see them: every fixture source
 * the parser accepts (Russian and Kazakh, pages copied from outlets among them) plus articles tagged
 * #казахстан, two per page so that home and tag pages paginate. Built by the CLI, search index
 * included; throws if the build fails. Read only: it is built once for the same `options` and inputs
 * (the day included, which decides what is scheduled), and shared by every test file and worker
 * that asks for it (.cache/sample-sites/).
 */
export async function sampleSite(options: { pathPrefix?: string; perPage?: number } = {}): Promise<SitePaths> {
  const settings = { perPage: 2, pathPrefix: '/', ...IMPRINT, ...options };
  const root = await sharedFolder(join(projectRoot, '.cache/sample-sites'), hashBuiltSite('support/sample-site.ts', settings), (draft) => {
    const site = makeSite(settings, draft);
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
  });
  return sitePaths(root);
}
