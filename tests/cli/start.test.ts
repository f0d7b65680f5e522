import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHabar, type RunningHabar } from '../../support/cli.ts';
import { addPhoto } from '../helpers/photos.ts';
import { addSource, makeSite, source } from '../../support/site.ts';
import { withoutTypography } from '../helpers/typography.ts';

// The live preview on a free port in a temporary site, edited while it runs. The cases share one
// preview; each adds and changes sources, photos and layout lines of its own, and waits for what
// it expects, so none depends on another having run.
let site: ReturnType<typeof makeSite>;
let preview: RunningHabar;
let base: string;

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(path, base));
  return { status: response.status, html: await response.text() };
}

/** A request as a client may send it: the path unchecked, any Host header. */
function rawGet(path: string, host = new URL(base).host): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const sent = request({ hostname, port, path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    sent.on('error', reject).end();
  });
}

/** Polls a page until `accept` holds: the preview rebuilds in the background. Bounded, then fails. */
async function until(path: string, accept: (page: { status: number; html: string }) => boolean): Promise<string> {
  let last = { status: 0, html: '' };
  for (let attempt = 0; attempt < 150; attempt++) {
    last = await get(path);
    if (accept(last)) return last.html;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} never matched; last status ${last.status}\n${preview.output()}`);
}

/** Adds a source and waits until its article is served; returns the article's URL. */
async function published(name: string, date: string, title: string, url: string): Promise<string> {
  addSource(site, name, source(date, title));
  await until(url, (p) => p.status === 200 && titleOf(p.html) === title);
  return url;
}

const footerLine = '<p class="publisher">©';
const layoutFile = () => join(site.root, 'layouts/site-footer.ts');
/** The footer layout's text with `marker` added to its publisher line, whatever markers it holds already. */
const markedFooter = (layout: string, marker: string) => {
  expect(layout).toContain(footerLine);
  return layout.replace(footerLine, `${footerLine} ${marker} ·`);
};

const footerOf = (html: string) => load(html)('.site-footer').text();
const titleOf = (html: string) => withoutTypography(load(html)('h1').text());
const articleUrl = '/2026/01/v-astane-otkrylsya-noviy-park/';

beforeAll(async () => {
  site = makeSite();
  addSource(site, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
  addSource(site, 'future.txt', source('2026-02-15', 'Завтрашняя новость о погоде'));
  preview = startHabar(site.root, ['start', '--port', '0'], { HABAR_TODAY: '2026-01-30' });
  [base] = (await preview.waitFor(/http:\/\/127\.0\.0\.1:\d+\//)) as [string];
}, 90_000);
afterAll(async () => {
  await preview.stop();
  site.cleanup();
});

describe('habar start', () => {
  it('serves the site on 127.0.0.1, scheduled articles included', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(titleOf(await until(articleUrl, (p) => p.status === 200))).toBe('В Астане открылся новый парк');
    const scheduled = await until('/2026/02/zavtrashnyaya-novost-o-pogode/', (p) => p.status === 200);
    expect(titleOf(scheduled)).toBe('Завтрашняя новость о погоде');
    expect(load(scheduled)('.status').text()).toBe('Запланировано на 15 февраля 2026');
    expect(load(await until(articleUrl, (p) => p.status === 200))('.status')).toHaveLength(0);
  });

  it('row 10: a malformed request gets 400 and the preview stays up', async () => {
    await until(articleUrl, (p) => p.status === 200);
    for (const path of ['/..%2f..%2fetc/passwd', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/%', '//', '/2026/%E0%A4%A/']) {
      const response = await rawGet(path);
      expect(response, path).toMatchObject({ status: 400, body: 'Malformed request.\n' });
    }
    expect((await rawGet(articleUrl)).status).toBe(200);
    expect(preview.output()).not.toMatch(/URIError|\bat .+:\d+:\d+/);
  });

  it('row 11: only requests for localhost, 127.0.0.1 or [::1] are answered; another Host gets 403', async () => {
    await until(articleUrl, (p) => p.status === 200);
    const { port } = new URL(base);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST', '127.0.0.1']) {
      expect((await rawGet(articleUrl, host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
      const response = await rawGet(articleUrl, host);
      expect(response, host).toMatchObject({ status: 403, body: 'The preview answers only at localhost or 127.0.0.1.\n' });
      expect(response.body).not.toContain('парк');
    }
  });

  it('a new source appears', async () => {
    await until(articleUrl, (p) => p.status === 200);
    const after = preview.output().length;
    addSource(site, 'snow.txt', source('2026-01-29', 'В Алматы выпал первый снег'));
    const html = await until('/2026/01/v-almaty-vypal-perviy-sneg/', (p) => p.status === 200);
    expect(titleOf(html)).toBe('В Алматы выпал первый снег');
    // A warm update: the pages the new article changes, not the whole preview (about 30 files here).
    const [, rewritten] = (await preview.waitFor(/Updated from snow\.txt\nPages rewritten: (\d+), removed: 0\n/, { after })) as [string, string];
    expect(Number(rewritten)).toBeGreaterThan(3);
    expect(Number(rewritten)).toBeLessThan(20);
  });

  it('a photo dropped beside a source shows on its page; a replacement shows; once removed it is gone', async () => {
    const url = await published('dam.txt', '2026-01-20', 'На Иртыше достроили плотину', '/2026/01/na-irtyshe-dostroili-plotinu/');
    const pictureOf = (html: string) => load(html)('article picture img').attr('src');
    await addPhoto(site, 'dam.jpg', 1000, 625);
    const first = pictureOf(await until(url, (p) => pictureOf(p.html) !== undefined))!;
    expect((await get(first)).status).toBe(200);
    await addPhoto(site, 'dam.jpg', 800, 600);
    // The watcher may see the file while it is being written, and render the page once without a photo.
    const second = pictureOf(await until(url, (p) => ![undefined, first].includes(pictureOf(p.html))))!;
    expect(second).toMatch(/\.jpe?g$/);
    expect((await get(second)).status).toBe(200);
    unlinkSync(join(site.sources, 'dam.jpg'));
    await until(url, (p) => pictureOf(p.html) === undefined);
  });

  it('an edited title shows at the same URL', async () => {
    const url = await published('library.txt', '2026-01-21', 'В Шымкенте открылась библиотека', '/2026/01/v-shymkente-otkrylas-biblioteka/');
    addSource(site, 'library.txt', source('2026-01-21', 'В Шымкенте открыли библиотеку'));
    await until(url, (p) => titleOf(p.html) === 'В Шымкенте открыли библиотеку');
  });

  it('a bad source prints file:line: reason; the preview keeps the last good page and recovers once fixed', async () => {
    const url = await published('museum.txt', '2026-01-22', 'В Таразе открылся музей', '/2026/01/v-taraze-otkrylsya-muzey/');
    const after = preview.output().length;
    addSource(site, 'museum.txt', source('2026-02-30', 'Сломанная дата'));
    await preview.waitFor(/content\/sources\/museum\.txt:1: 2026-02-30 is not a date in the calendar/, { after });
    expect(preview.output()).not.toMatch(/\bat .+:\d+:\d+/);
    expect(titleOf((await get(url)).html)).toBe('В Таразе открылся музей');

    addSource(site, 'museum.txt', source('2026-01-22', 'В Таразе открыли большой музей'));
    await until(url, (p) => titleOf(p.html) === 'В Таразе открыли большой музей');
  });

  it('a new bad file is reported and the preview goes on; once fixed, its article appears', async () => {
    const after = preview.output().length;
    addSource(site, 'broken.txt', 'Заголовок без строки даты\n\nТекст.\n');
    await preview.waitFor(/content\/sources\/broken\.txt:1: the first line must be `date YYYY-MM-DD Title`/, { after });
    expect((await get('/')).status).toBe(200);
    addSource(site, 'broken.txt', source('2026-01-29', 'Исправленный файл появился'));
    await until('/', (p) => p.html.includes('Исправленный файл появился'));
  });

  it('an unreadable photo is reported in one line and the preview goes on', async () => {
    const after = preview.output().length;
    addSource(site, 'bridge.jpg', 'not an image');
    addSource(site, 'bridge.txt', source('2026-01-29', 'Новый мост через Ишим'));
    await preview.waitFor(/content\/articles\/2026\/01\/noviy-most-cherez-ishim\.md: its photo content\/sources\/bridge\.jpg could not be read/, { after });
    await preview.waitFor(/The preview keeps its last good pages\./, { after });
    expect(preview.output()).not.toMatch(/\bat .+:\d+:\d+/);
    expect((await get('/')).status).toBe(200);
    // Taken away again, so that no later update meets the unreadable photo.
    const removing = preview.output().length;
    unlinkSync(join(site.sources, 'bridge.jpg'));
    unlinkSync(join(site.sources, 'bridge.txt'));
    await preview.waitFor(/Removed 2026\/01\/noviy-most-cherez-ishim\.md\n/, { after: removing });
  });

  it('row 9: a symlink added to content/sources while the preview runs is refused in one line; its target is never served', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'habar-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), source('2026-01-29', 'Секрет из чужой папки'));
      const after = preview.output().length;
      symlinkSync(join(outside, 'secret.txt'), join(site.sources, 'secret.txt'));
      await preview.waitFor(/content\/sources\/secret\.txt:1: it is a symbolic link, which habar does not follow in content\/; put the file or folder itself there\n/, { after });
      expect((await get('/')).html).not.toContain('Секрет из чужой папки');
      expect(readdirSync(join(site.articles, '2026/01')).join()).not.toContain('sekret');
      unlinkSync(join(site.sources, 'secret.txt'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a deleted source disappears', async () => {
    const title = 'Караганда открыла новый каток';
    const url = await published('rink.txt', '2026-01-23', title, '/2026/01/karaganda-otkryla-noviy-katok/');
    await until('/', (p) => withoutTypography(p.html).includes(title));
    unlinkSync(join(site.sources, 'rink.txt'));
    await until('/', (p) => p.status === 200 && !withoutTypography(p.html).includes(title));
    await until(url, (p) => p.status === 404);
  });

  it('a saved layout or stylesheet renders the whole preview again; sources still reach it after', async () => {
    await until(articleUrl, (p) => p.status === 200);
    writeFileSync(layoutFile(), markedFooter(readFileSync(layoutFile(), 'utf8'), 'Редакция'));
    await until(articleUrl, (p) => footerOf(p.html).includes('Редакция'));
    appendFileSync(join(site.root, 'content/assets/site.css'), '\n.preview-marker { color: red; }\n');
    await until('/assets/site.css', (p) => p.html.includes('.preview-marker'));
    addSource(site, 'late.txt', source('2026-01-29', 'Новость после новой вёрстки'));
    await until('/', (p) => p.html.includes('Новость после новой вёрстки'));
  });

  it('a broken layout is reported, the last preview stays served, and a fix renders it again', async () => {
    const footer = footerOf(await until(articleUrl, (p) => p.status === 200));
    const good = readFileSync(layoutFile(), 'utf8');
    const after = preview.output().length;
    writeFileSync(layoutFile(), `${good}\nexport const unfinished = ;\n`);
    await preview.waitFor(/layouts\/site-footer\.ts:\d+:\d+: ERROR: Unexpected ";"\nThe preview was not rendered\./, { after });
    await preview.waitFor(/The last preview is still served; save a fix to render it again\./, { after });
    expect(preview.output()).not.toMatch(/\bat .+:\d+:\d+/);
    expect(footerOf((await get(articleUrl)).html)).toBe(footer);
    writeFileSync(layoutFile(), markedFooter(good, 'Редакция новостей'));
    await until(articleUrl, (p) => footerOf(p.html).includes('Редакция новостей'));
  });
});

describe('habar start with a bad source present', () => {
  it('serves the other articles and reports the bad file in one line', async () => {
    const broken = makeSite();
    addSource(broken, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
    addSource(broken, 'snow.txt', source('2026-01-27', 'В Алматы выпал первый снег'));
    addSource(broken, 'bad.txt', source('2026-02-30', 'Сломанная дата'));
    const running = startHabar(broken.root, ['start', '--port', '0'], { HABAR_TODAY: '2026-01-30' });
    try {
      const [url] = (await running.waitFor(/http:\/\/127\.0\.0\.1:\d+\//)) as [string];
      expect(running.output()).toMatch(/content\/sources\/bad\.txt:1: 2026-02-30 is not a date in the calendar/);
      for (const path of [articleUrl, '/2026/01/v-almaty-vypal-perviy-sneg/', '/pagefind/2026/pagefind-entry.json']) {
        expect((await fetch(new URL(path, url))).status).toBe(200);
      }
    } finally {
      await running.stop();
      broken.cleanup();
    }
  }, 90_000);
});

describe('habar start when the path prefix changes', () => {
  it('renders the preview again and serves it at the new address, on the same port', async () => {
    const moved = makeSite();
    addSource(moved, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
    const running = startHabar(moved.root, ['start', '--port', '0'], { HABAR_TODAY: '2026-01-30' });
    try {
      const [url] = (await running.waitFor(/http:\/\/127\.0\.0\.1:\d+\//)) as [string];
      const settings = join(moved.root, 'content/_data/site.json');
      writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(settings, 'utf8')), pathPrefix: '/news/' }));
      const [, movedUrl] = (await running.waitFor(/The path prefix is now \/news\/: preview at (http:\/\/127\.0\.0\.1:\d+\/news\/)/)) as [string, string];
      expect(new URL(movedUrl).port).toBe(new URL(url).port);
      const page = await fetch(new URL(articleUrl.slice(1), movedUrl));
      expect(page.status).toBe(200);
      expect(load(await page.text())('link[rel=stylesheet]').attr('href')).toMatch(/^\/news\//);
    } finally {
      await running.stop();
      moved.cleanup();
    }
  }, 90_000);
});
