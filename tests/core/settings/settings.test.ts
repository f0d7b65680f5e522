import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../src/core/errors.ts';
import { forNextBuild, loadSettings, SETTINGS_FILE } from '../../../src/core/settings/settings.ts';
import { fullUrl } from '../../../src/render/urls.ts';
import { habarCommand, runHabar } from '../../../support/cli.ts';
import { addSource, makeSite, projectRoot, source, throwawayFolders } from '../../../support/site.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STACK = /\bat .+:\d+:\d+/;
const folder = throwawayFolders('habar-settings-');

/** A site root holding only content/_data/site.json with `text`; none when undefined. */
function rootWith(text: string | undefined): string {
  const root = folder();
  mkdirSync(join(root, 'content/_data'), { recursive: true });
  if (text !== undefined) writeFileSync(join(root, SETTINGS_FILE), text);
  return root;
}

/** The settings of a site.json holding `settings`. */
const settingsOf = (settings: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) => loadSettings(rootWith(JSON.stringify(settings)), env);

/** The lines a site.json of `text` (and `env`) is refused with; none when it is taken. */
function problems(text: string | undefined, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    loadSettings(rootWith(text), env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.lines;
    throw error;
  }
}

/** Almaty's date now (UTC+5 all year). */
const almatyDate = () => DateTime.now().setZone('UTC+5').toISODate();

const refused = (settings: Record<string, unknown>) => problems(JSON.stringify(settings));
const inFile = (reason: string) => `${SETTINGS_FILE}: ${reason}`;

describe('site settings', () => {
  it('normalizes the base URL and the path prefix', () => {
    const { site } = settingsOf({ url: 'https://habar.example.kz/', pathPrefix: 'news' });
    expect(site).toMatchObject({ url: 'https://habar.example.kz', pathPrefix: '/news/', name: 'Habar', lang: 'ru' });
    expect(fullUrl('/2026/01/slug/', site)).toBe('https://habar.example.kz/news/2026/01/slug/');
  });

  it('HABAR_URL and HABAR_PATH_PREFIX override the file for one build', () => {
    const { site } = settingsOf({ url: 'https://habar.example.kz' }, { HABAR_URL: 'https://owner.github.io', HABAR_PATH_PREFIX: '/habar/' });
    expect(fullUrl('/', site)).toBe('https://owner.github.io/habar/');
    expect(settingsOf({ pathPrefix: '/news/' }, { HABAR_PATH_PREFIX: '/' }).site.pathPrefix).toBe('/');
  });

  it('a setting left out takes its default; an empty file, like a missing one, is every default', () => {
    const defaults = { name: 'Habar', description: '', url: 'http://localhost:8080', lang: 'ru', publisher: 'Habar', pathPrefix: '/', perPage: 20, sections: [], tagSpellings: [], editions: [{ lang: 'ru', path: '/' }] };
    expect(settingsOf({ name: 'Хабар' }).site).toEqual({ ...defaults, name: 'Хабар' });
    expect(loadSettings(rootWith(''), {}).site).toEqual(defaults);
  });
});

describe('one settings object per build', () => {
  it('holds the day of the build, HABAR_TODAY\'s when set, and whether drafts are shown', () => {
    const root = rootWith('{}');
    expect(loadSettings(root, { HABAR_TODAY: '2026-03-10' }, { includeUnpublished: true })).toMatchObject({ today: '2026-03-10', todayFixed: true, includeUnpublished: true });
    const before = almatyDate();
    const settings = loadSettings(root, {});
    expect([before, almatyDate()]).toContain(settings.today);
    expect(settings).toMatchObject({ todayFixed: false, includeUnpublished: false });
  });

  it('the site settings are read-only throughout, down to each edition (pages get them without a proxy per read)', () => {
    const { site } = settingsOf({ editions: [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/' }] }, { HABAR_URL: 'https://example.kz' });
    expect(Object.isFrozen(site)).toBe(true);
    expect(site.editions.length).toBe(2);
    for (const edition of site.editions) expect(Object.isFrozen(edition)).toBe(true);
    expect(() => Object.assign(site, { url: 'https://other.kz' })).toThrow(TypeError);
    expect(site.url).toBe('https://example.kz');
  });

  it('a later build of the preview takes its own day, unless HABAR_TODAY fixed it', () => {
    const root = rootWith('{}');
    const fixed = loadSettings(root, { HABAR_TODAY: '2020-01-01' });
    expect(forNextBuild(fixed)).toBe(fixed);
    const before = almatyDate();
    const next = forNextBuild({ ...loadSettings(root, {}), today: '2020-01-01' });
    expect([before, almatyDate()]).toContain(next.today);
  });

  it('a build that crosses midnight in Almaty is of one day throughout: the index, the pages and the summary', () => {
    // The clock reads 23:59:59 on 2025-03-14 in Almaty, an hour later at each reading.
    const site = makeSite();
    try {
      addSource(site, 'old.txt', source('2025-03-10', 'Новость десятого марта'));
      addSource(site, 'next.txt', source('2025-03-15', 'Новость пятнадцатого марта'));
      const [node, ...habar] = habarCommand(['build']);
      const result = spawnSync(node!, ['--import', join(projectRoot, 'tests/helpers/late-evening.mjs'), ...habar], { cwd: site.root, encoding: 'utf8', timeout: 120_000 });
      expect({ status: result.status, signal: result.signal, stderr: result.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
      expect(result.stdout).toMatch(/articles: 1 · .* scheduled: 1 /);
      const home = readFileSync(join(site.output, 'index.html'), 'utf8');
      expect(home).toContain('Новость десятого марта');
      expect(home).not.toContain('Новость пятнадцатого марта');
      expect(readdirSync(join(site.output, '2025/03'))).toHaveLength(1);
    } finally {
      site.cleanup();
    }
  });
});

describe('every bad value is one line naming the file, the setting and the fix', () => {
  it.each([
    ['"twenty"', 'twenty'],
    ['0', 0],
    ['-1', -1],
    ['null', null],
    ['true', true],
    ['2.5', 2.5],
    ['501', 501],
  ])('perPage %s', (shown, perPage) => {
    expect(refused({ perPage })).toEqual([inFile(`perPage must be a whole number from 1 to 500, found ${shown}`)]);
  });

  it('sections are taken with their tags written with or without #', () => {
    const { site } = settingsOf({ sections: [{ name: 'Политика', slug: 'politika', tags: ['#Сенат', 'Мажилис'] }] });
    expect(site.sections).toEqual([{ name: 'Политика', slug: 'politika', tags: ['Сенат', 'Мажилис'] }]);
  });

  it('a bad section is named alone, with what a section must be or why its slug cannot be taken', () => {
    const rule = 'sections must be a list of sections such as [{"name": "Политика", "slug": "politika", "tags": ["Сенат", "Мажилис"]}]';
    const good = { name: 'Спорт', slug: 'sport', tags: ['Футбол'] };
    const [badSlug] = refused({ sections: [good, { name: 'Экономика', slug: 'Ekonomika', tags: ['Бюджет'] }] });
    expect(badSlug).toMatch(new RegExp(`^${escapeRegExp(inFile(rule))}: .+, found \\{"name":"Экономика","slug":"Ekonomika","tags":\\["Бюджет"\\]\\}$`));
    expect(refused({ sections: [{ name: 'Теги', slug: 'tags', tags: ['a'] }] })).toEqual([
      inFile('sections must not use the slug "tags", which habar\'s own pages take (tags, archive, search, page, img, assets, pagefind), found [{"name":"Теги","slug":"tags","tags":["a"]}]'),
    ]);
    expect(refused({ sections: [good, good] })[0]).toMatch(/^.+sections must give each section a slug of its own; "sport" is used twice, found /);
    expect(refused({ sections: [{ name: 'Спорт', slug: 'sport', tags: [] }] })[0]).toContain(rule);
  });

  it('editions default to one in the site\'s language at /, and are taken as listed', () => {
    expect(settingsOf({ lang: 'kk' }).site.editions).toEqual([{ lang: 'kk', path: '/' }]);
    const editions = [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/' }];
    expect(settingsOf({ editions }).site.editions).toEqual(editions);
    const kazakh = { lang: 'kk', path: '/kk/', description: 'Қазақстан жаңалықтары', sectionNames: { sport: 'Спорт' } };
    const sections = [{ name: 'Спорт', slug: 'sport', tags: ['спорт'] }];
    expect(settingsOf({ sections, editions: [editions[0], kazakh] }).site.editions[1]).toEqual(kazakh);
  });

  it('an edition that names a section the site has not is one line, with the slug it likely meant', () => {
    const sections = [{ name: 'Спорт', slug: 'sport', tags: ['спорт'] }, { name: 'Политика', slug: 'politika', tags: ['Сенат'] }];
    const editions = [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/', sectionNames: { sprot: 'Спорт' } }];
    expect(refused({ sections, editions })).toEqual([
      inFile('editions must name sections in sectionNames by the slugs of "sections"; "sprot" is none (did you mean "sport"?), found {"lang":"kk","path":"/kk/","sectionNames":{"sprot":"Спорт"}}'),
    ]);
    expect(refused({ editions: [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/', name: '' }] })[0]).toContain('an edition may also give, as text in its language');
  });

  it.each([
    [[{ lang: 'ru', path: '/' }, { lang: 'en', path: '/en/' }], 'editions must be a list of editions such as [{"lang": "ru", "path": "/"}, {"lang": "kk", "path": "/kk/"}]: a language, "ru" or "kk", and the path of its pages, / for one edition and a folder of small Latin letters, digits and - such as /kk/ for each other; an edition may also give, as text in its language, name, description, publisher, editorInChief, address, registration and sectionNames such as {"politika": "Саясат"}, found {"lang":"en","path":"/en/"}'],
    [[{ lang: 'ru', path: '/' }, { lang: 'kk', path: 'kk' }], 'editions must be a list of editions such as [{"lang": "ru", "path": "/"}, {"lang": "kk", "path": "/kk/"}]: a language, "ru" or "kk", and the path of its pages, / for one edition and a folder of small Latin letters, digits and - such as /kk/ for each other; an edition may also give, as text in its language, name, description, publisher, editorInChief, address, registration and sectionNames such as {"politika": "Саясат"}, found {"lang":"kk","path":"kk"}'],
    [[{ lang: 'kk', path: '/kk/' }], 'editions must put one edition at "/", the site\'s home page, found [{"lang":"kk","path":"/kk/"}]'],
    [[{ lang: 'ru', path: '/' }, { lang: 'ru', path: '/ru/' }], 'editions must give each language one edition; "ru" has two, found [{"lang":"ru","path":"/"},{"lang":"ru","path":"/ru/"}]'],
    [[{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/tags/' }], 'editions must not use the path "/tags/", which habar\'s own pages take (tags, archive, search, page, img, assets, pagefind), found [{"lang":"ru","path":"/"},{"lang":"kk","path":"/tags/"}]'],
    [[{ lang: 'kk', path: '/' }, { lang: 'ru', path: '/ru/' }], 'editions must put the edition in the site\'s lang ("ru") at "/"; change lang or the edition at "/", found [{"lang":"kk","path":"/"},{"lang":"ru","path":"/ru/"}]'],
    [[], 'editions must be a list of editions such as [{"lang": "ru", "path": "/"}, {"lang": "kk", "path": "/kk/"}]: a language, "ru" or "kk", and the path of its pages, / for one edition and a folder of small Latin letters, digits and - such as /kk/ for each other; an edition may also give, as text in its language, name, description, publisher, editorInChief, address, registration and sectionNames such as {"politika": "Саясат"}, found []'],
  ])('a bad editions value is one line: %j', (editions, line) => {
    expect(refused({ editions })).toEqual([inFile(line)]);
  });

  it('tagSpellings are taken written with or without #; a group of one spelling, or a spelling twice, is one line', () => {
    expect(settingsOf({ tagSpellings: [['Қазақстан', '#Qazaqstan']] }).site.tagSpellings).toEqual([['Қазақстан', 'Qazaqstan']]);
    expect(refused({ tagSpellings: [['Қазақстан']] })).toEqual([
      inFile('tagSpellings must be a list of tags each written more than one way, such as [["Қазақстан", "Qazaqstan"]]: each a list of two or more spellings of one tag, with or without #, the one its page shows first, found [["Қазақстан"]]'),
    ]);
    expect(refused({ tagSpellings: [['Қазақстан', 'Qazaqstan'], ['qazaqstan', 'Kazakhstan']] })).toEqual([
      inFile('tagSpellings must list each spelling once; "qazaqstan" is there twice, found [["Қазақстан","Qazaqstan"],["qazaqstan","Kazakhstan"]]'),
    ]);
  });

  it('an edition and a section may not share a folder', () => {
    const sections = [{ name: 'Қазақша', slug: 'kk', tags: ['a'] }];
    expect(refused({ sections, editions: [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/' }] })).toEqual([
      inFile('editions must not use the path "/kk/", which a section\'s page takes; give the section or the edition another, found {"lang":"kk","path":"/kk/"}'),
    ]);
  });

  it('perPage "20" says a number is written without quotes', () => {
    expect(refused({ perPage: '20' })).toEqual([inFile('perPage must be a whole number from 1 to 500, found "20"; a number is written without quotes')]);
  });

  it.each([
    ['42', 42],
    ['"habar.example.kz"', 'habar.example.kz'],
    ['"ftp://habar.example.kz"', 'ftp://habar.example.kz'],
    ['"https://habar example.kz"', 'https://habar example.kz'],
    ['"https://editor:secret@habar.example.kz"', 'https://editor:secret@habar.example.kz'],
  ])('url %s: not an address', (shown, url) => {
    expect(refused({ url })).toEqual([inFile(`url must be the address of the site, http:// or https:// and a host name, such as https://habar.example.kz, found ${shown}`)]);
  });

  it('url with a path is refused, with the path shown as the pathPrefix it belongs in', () => {
    expect(refused({ url: 'https://example.kz/news' })).toEqual([
      inFile('url must be the address of the site without a path or query, found "https://example.kz/news"; https://example.kz is the address, and /news/ goes in pathPrefix'),
    ]);
    expect(refused({ url: 'https://example.kz/?utm=1' })).toEqual([
      inFile('url must be the address of the site without a path or query, found "https://example.kz/?utm=1"; write https://example.kz'),
    ]);
  });

  it('lang "xx", and a near miss with a did-you-mean', () => {
    expect(refused({ lang: 'xx' })).toEqual([inFile('lang must be "ru" or "kk", found "xx"')]);
    expect(refused({ lang: 'kz' })).toEqual([inFile('lang must be "ru" or "kk", found "kz"; did you mean "kk"?')]);
  });

  it('name and publisher must be text that is not empty', () => {
    expect(refused({ name: ' ', publisher: 7 })).toEqual([
      inFile('name must be text, not empty, found " "'),
      inFile('publisher must be text, not empty, found 7'),
    ]);
  });

  it('an unknown setting: did you mean, or the list of settings', () => {
    expect(refused({ perpage: 10, baseUrl: 'https://habar.example.kz', motto: 'x' })).toEqual([
      inFile('unknown setting "perpage"; did you mean "perPage"?'),
      inFile('unknown setting "baseUrl"; did you mean "url"?'),
      inFile('unknown setting "motto"; the settings are name, description, url, lang, publisher, pathPrefix, perPage, editorInChief, address, phone, email, registration, socialImage, sections, tagSpellings, editions (data of your own for templates goes in another file of content/_data/)'),
    ]);
  });

  it('several bad values: a line for each', () => {
    expect(refused({ perPage: 0, lang: 'xx', url: 42 })).toHaveLength(3);
  });

  it('invalid JSON names the file, the line and the column', () => {
    expect(problems('{\n  "name": "Habar"\n  "perPage": 20\n}')).toEqual([`${SETTINGS_FILE}:3:3: not valid JSON: expected ',' or '}' after property value`]);
    expect(problems('{\n  "perPage": 20,\n}')).toEqual([`${SETTINGS_FILE}:3:1: not valid JSON: expected double-quoted property name`]);
    expect(problems('{\n  "perPage": twenty\n}')).toEqual([`${SETTINGS_FILE}:2:15: not valid JSON: unexpected "w"`]);
    expect(problems('{"name": "Habar"')).toEqual([`${SETTINGS_FILE}:1:17: not valid JSON: the text ends before the JSON does (a closing } or " missing?)`]);
    expect(problems('["Habar"]')).toEqual([inFile('the settings must be a JSON object such as {"name": "Habar", "perPage": 20}, found ["Habar"]')]);
  });

  it('a missing site.json is every default; outside a site (no content/) it is one line', () => {
    expect(loadSettings(rootWith(undefined), {})).toMatchObject({ siteFileMissing: true, site: { url: 'http://localhost:8080', perPage: 20 } });
    expect(() => loadSettings(folder(), {})).toThrow("habar: content/ is not here; run habar in the site's folder, the one that holds content/");
  });

  it('environment overrides are checked as the file is, each line naming the variable', () => {
    expect(problems('{}', { HABAR_URL: 'habar.example.kz', HABAR_PATH_PREFIX: '/a b/', HABAR_TODAY: 'tomorrow' })).toEqual([
      'habar: HABAR_URL must be the address of the site, http:// or https:// and a host name, such as https://habar.example.kz, found "habar.example.kz"',
      'habar: HABAR_PATH_PREFIX must be / or a path such as /news/ made of Latin letters, digits, -, _, . and ~ (no .. folder, space or other character), found "/a b/"',
      'habar: HABAR_TODAY must be a date written YYYY-MM-DD, found "tomorrow"',
    ]);
    expect(problems('{}', { HABAR_TODAY: '2026-02-30' })).toEqual(['habar: HABAR_TODAY must be a date written YYYY-MM-DD, found "2026-02-30"']);
    // Empty is unset, as CI templates often write it.
    expect(settingsOf({ url: 'https://habar.example.kz' }, { HABAR_URL: '', HABAR_TODAY: '' }).site.url).toBe('https://habar.example.kz');
  });

  it('a build refuses bad settings before it does anything: exit 1, one line each, no stack', () => {
    const bad = makeSite({ perPage: 'twenty', lang: 'xx' });
    try {
      addSource(bad, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
      const result = runHabar(bad.root, ['build'], { HABAR_URL: 'https://habar.example.kz/news' });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe([
        'content/_data/site.json: lang must be "ru" or "kk", found "xx"',
        'content/_data/site.json: perPage must be a whole number from 1 to 500, found "twenty"',
        'habar: HABAR_URL must be the address of the site without a path or query, found "https://habar.example.kz/news"; https://habar.example.kz is the address, and /news/ goes in pathPrefix',
        '',
      ].join('\n'));
      expect(result.stdout).toBe('');
      expect(existsSync(bad.output)).toBe(false);
      expect(existsSync(join(bad.root, 'content/articles'))).toBe(false);
    } finally {
      bad.cleanup();
    }
  });

  it('a build without site.json uses the defaults and says so in one line', () => {
    const site = makeSite();
    try {
      rmSync(join(site.root, SETTINGS_FILE));
      addSource(site, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
      const result = runHabar(site.root, ['build'], { HABAR_URL: 'https://ci.example.org' });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(`${SETTINGS_FILE} not found: the site is built with the default settings (see "Site settings" in README.md)\n`);
      const page = readFileSync(join(site.output, '2026/01/v-astane-otkrylsya-noviy-park/index.html'), 'utf8');
      expect(page).toContain('<link rel="canonical" href="https://ci.example.org/2026/01/v-astane-otkrylsya-noviy-park/">');
      expect(page).toContain('<a class="site-name" href="/">Habar</a>');
    } finally {
      site.cleanup();
    }
  });
});

describe('pathPrefix', () => {
  it('row 16: a pathPrefix holding a newline, .. or a space is refused with one line naming the file and the fix', () => {
    const fix = 'pathPrefix must be / or a path such as /news/ made of Latin letters, digits, -, _, . and ~ (no .. folder, space or other character)';
    for (const [value, found] of [
      ['/n\nX-Evil: 1\n/', String.raw`"/n\nX-Evil: 1\n/"`],
      ['/news/../', '"/news/../"'],
      ['..', '".."'],
      ['/my news/', '"/my news/"'],
      ['/news?x=1/', '"/news?x=1/"'],
      ['/новости/', '"/новости/"'],
      [7, '7'],
    ] as const) {
      expect(refused({ pathPrefix: value }), String(value)).toEqual([inFile(`${fix}, found ${found}`)]);
    }
    for (const [value, prefix] of [['/', '/'], ['', '/'], ['news', '/news/'], ['//a.b/c_d-e~/', '/a.b/c_d-e~/']]) {
      expect(settingsOf({ pathPrefix: value }).site.pathPrefix).toBe(prefix);
    }
  });

  it('row 16: a build refuses it before writing anything: no header line is injected into _site/_headers', () => {
    const bad = makeSite({ pathPrefix: '/n\nX-Evil: 1\n/' });
    try {
      addSource(bad, 'park.txt', source('2026-01-28', 'В Астане открылся новый парк'));
      const result = runHabar(bad.root, ['build']);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toMatch(/^content\/_data\/site\.json: pathPrefix must be .+, found "\/n\\nX-Evil: 1\\n\/"$/);
      expect(result.stderr).not.toMatch(STACK);
      expect(existsSync(join(bad.root, '_site'))).toBe(false);
    } finally {
      bad.cleanup();
    }
  });
});

describe('editorial details and the default social image', () => {
  it('are taken trimmed; one left out or empty is not set', () => {
    const root = rootWith(JSON.stringify({ editorInChief: ' Айгерим Садыкова ', phone: '+7 (727) 123-45-67', email: '', socialImage: '/assets/social.png' }));
    mkdirSync(join(root, 'content/assets'));
    writeFileSync(join(root, 'content/assets/social.png'), '');
    expect(loadSettings(root, {}).site).toMatchObject({ editorInChief: 'Айгерим Садыкова', phone: '+7 (727) 123-45-67', email: '', socialImage: '/assets/social.png' });
    expect(settingsOf({}).site).not.toHaveProperty('address');
  });

  it('a bad value is one line saying what it must be', () => {
    expect(refused({ editorInChief: 5, address: ['ул. Абая'], registration: null, phone: 'звоните', email: 'editor@', socialImage: 'social.png' })).toEqual([
      inFile('editorInChief must be text: the name the footer shows as editor-in-chief, found 5'),
      inFile('address must be text: the newsroom\'s postal address, such as "ул. Абая, 10, Алматы", found ["ул. Абая"]'),
      inFile('phone must be a phone number made of digits, spaces, +, -, ( and ), such as "+7 727 123 45 67", found "звоните"'),
      inFile('email must be an e-mail address, such as "editor@habar.example.kz", found "editor@"'),
      inFile('registration must be text: the media registration details, such as "Свидетельство о постановке на учёт № 12345-СИ", found null'),
      inFile('socialImage must be the path of a JPEG or PNG file in content/assets/, such as /assets/social.png, found "social.png"'),
    ]);
  });

  it.each(['/assets/../_data/site.json', '/assets/social.svg', '/img/social.png', '/assets/.hidden.png'])('socialImage %s is refused', (socialImage) => {
    expect(refused({ socialImage })).toEqual([inFile(`socialImage must be the path of a JPEG or PNG file in content/assets/, such as /assets/social.png, found ${JSON.stringify(socialImage)}`)]);
  });

  it('socialImage names a file that is not there: one line with where to put it', () => {
    expect(refused({ socialImage: '/assets/social.jpg' })).toEqual([
      inFile('socialImage "/assets/social.jpg" is not a file in content/; put the image at content/assets/social.jpg or correct the path'),
    ]);
  });
});
