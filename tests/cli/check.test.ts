import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar, type CliResult } from '../../support/cli.ts';
import { addFixtureSource, addSource, makeSite, snapshotTree, source } from '../../support/site.ts';

// A sources folder with one of each kind of problem, and one clean source that must draw no finding.
let site: ReturnType<typeof makeSite>;
let result: CliResult;
const lead = 'Текст новости, сообщает Kazinform.';

beforeAll(() => {
  site = makeSite();
  addFixtureSource(site, '2026-01-27-senate-israel.txt', 'clean.txt');
  addSource(site, 'bad-date.txt', source('2026-02-30', 'Сенат одобрил бюджет страны', lead, '#бюджет'));
  addSource(site, 'marker.txt', source('2026-01-28', 'РУ Сенат одобрил бюджет страны', lead, '#бюджет'));
  addSource(site, 'time.txt', source('2026-01-28', 'В Астане в 12:24 открылась выставка', lead, '#Астана'));
  addSource(site, 'short.txt', source('2026-01-28', 'Выставка', lead, '#Астана'));
  addSource(site, 'no-tags.txt', source('2026-01-28', 'В Астане открылся новый парк', lead));
  addSource(site, 'no-attribution.txt', `date 2026-01-28 В Алматы выпал первый снег\n\nФото: Акимат\n\nСнег выпал ночью.\n\n#Алматы\n`);
  addSource(site, 'copy-a.txt', source('2026-01-29', 'В Астане открылась выставка картин', lead, '#Астана'));
  addSource(site, 'copy-b.txt', source('2026-01-29', 'В Астане открылась выставка картин', lead, '#Астана'));
  addSource(site, 'kazakh-tag.txt', source('2026-01-29', 'Туристов в стране стало больше', lead, '#Қазақстан #туризм'));
  addSource(site, 'no-title.txt', 'date 2026-01-29\n\nТекст.\n');
  addSource(site, 'copied.txt', 'date 2026-01-30 РУ\n12:24, 30 Январь 2026 | GMT +5\nВ Астане открылся новый каток\nПоделиться:\nКаток открылся в субботу у набережной, сообщает Kazinform.\n#Астана\n');
  addSource(site, 'lead-title.txt', source('2026-01-30', 'Каток открылся в субботу у набережной, сообщает Kazinform.', 'Посетителей ждут до марта.', '#Астана'));
  addSource(site, 'latin.txt', `date 2026-01-31 Astanada jańa saıabaq ashyldy\n\nSaıabaq senbi kúni ashyldy.\n`);
  addSource(site, 'arabic.txt', `date 2026-01-31 استانادا جاڭا ساياباق اشىلدى\n\nساياباق سەنبى كۇنى اشىلدى.\n`);
  addSource(site, 'cut-opening.txt', source('2026-01-30', 'Аким района поблагодарил пожарных', 'Отметим, что пожар потушили к вечеру, сообщает Kazinform.', '#Тараз'));
  addSource(site, 'cut-ending.txt', 'date 2026-01-30 На соседних улицах проверят дома\n\nПожар потушили к вечеру, сообщает Kazinform.\n\nВ ближайшие дни специалисты проверят все дома на соседних улицах и\n\n#Тараз\n');
  addSource(site, 'placeholder.txt', source('2026-01-30', 'В Астане открылся новый каток', 'Текст новости.', '#Астана'));
  result = runHabar(site.root, ['check']);
});
afterAll(() => site.cleanup());

describe('habar check', () => {
  it('prints every problem in every source at once, sorted, as path:line: reason', () => {
    expect(result.stdout.trim().split('\n')).toEqual([
      'content/sources/arabic.txt:3: warning: no tags; end the source with a line of hashtags such as `#قازاقستان #سەنات`',
      'content/sources/arabic.txt:3: warning: no attribution in the first paragraph, such as `دەپ حابارلايدى Kazinform ءتىلشىسى`',
      'content/sources/bad-date.txt:1: 2026-02-30 is not a date in the calendar',
      'content/sources/copied.txt:1: note: skipped "РУ" (language switcher); start the line with \\ to keep it',
      'content/sources/copied.txt:2: note: skipped "12:24, 30 Январь 2026 | GMT +5" (date or time stamp); start the line with \\ to keep it',
      'content/sources/copied.txt:4: note: skipped "Поделиться:" (share prompt); start the line with \\ to keep it',
      'content/sources/copy-b.txt:1: same date, title and text as content/sources/copy-a.txt: one report saved twice; delete one of them',
      'content/sources/cut-ending.txt:5: warning: the text ends mid-sentence, with no closing mark: was the copy cut? paste the rest of the report, or end its last sentence',
      'content/sources/cut-opening.txt:1: warning: the text opens on "Отметим", going on from text the copy does not hold; check that the title is the report\'s headline and paste the page from its headline down',
      'content/sources/kazakh-tag.txt:5: warning: the tag #Қазақстан looks like #Казахстан, used more often; use one spelling, or show both as one tag with "tagSpellings": [["Казахстан","Қазақстан"]] in content/_data/site.json',
      'content/sources/latin.txt:3: warning: no tags; end the source with a line of hashtags such as `#Qazaqstan #Senat`',
      'content/sources/latin.txt:3: warning: no attribution in the first paragraph, such as `dep habarlaıdy Kazinform tilshisi`',
      'content/sources/lead-title.txt:1: the title reads as a lead paragraph (it holds the attribution of the lead); put the headline after the date and this sentence on the next line, as the first paragraph',
      'content/sources/marker.txt:1: warning: the title "РУ Сенат одобрил бюджет страны" holds the language marker "РУ"; remove it',
      'content/sources/no-attribution.txt:5: warning: no attribution in the first paragraph, such as `сообщает Kazinform`',
      'content/sources/no-tags.txt:3: warning: no tags; end the source with a line of hashtags such as `#Казахстан #Сенат`',
      'content/sources/no-title.txt:3: the title is missing after the date, and the only line under it is the text; write the headline on line 1: `date 2026-01-29 Headline`',
      'content/sources/placeholder.txt:3: the placeholder paragraph "Текст новости." of `habar new` is still here; replace it with the article\'s text (or put `draft` back on the first line)',
      'content/sources/short.txt:1: warning: the title "Выставка" is very short; is it the headline?',
      'content/sources/time.txt:1: warning: the title "В Астане в 12:24 открылась выставка" holds a time of day; remove it',
      'Checked 18 sources: 5 errors, 12 warnings, 3 clutter lines skipped',
    ]);
    expect(result.stderr).toBe('');
  });

  it('exits 1 because of the errors', () => {
    expect(result.code).toBe(1);
  });

  it('builds nothing and changes no file', () => {
    expect(readdirSync(site.root).sort()).toEqual(['content', 'layouts', 'package.json']);
    expect(readdirSync(join(site.root, 'content')).includes('articles')).toBe(false);
  });

  it('exits 0 when only warnings are left', () => {
    const clean = makeSite();
    try {
      addSource(clean, 'no-tags.txt', source('2026-01-28', 'В Астане открылся новый парк', lead));
      const before = snapshotTree(clean.root);
      const warned = runHabar(clean.root, ['check']);
      expect(warned.code).toBe(0);
      expect(warned.stdout).toContain('Checked 1 source: 0 errors, 1 warning');
      expect(snapshotTree(clean.root)).toEqual(before);
    } finally {
      clean.cleanup();
    }
  });
});

describe('a lead pasted on the date line over its headline', () => {
  it('is published under the headline found below it, and check and the build warn at line 1 where to move the headline', () => {
    const pasted = makeSite();
    try {
      const text = 'date 2026-01-30 Каток открылся в субботу у набережной, сообщает Kazinform. Вход для детей бесплатный.\n\nНовости\n\nГородской каток у набережной принял первых посетителей\n\nПосетителей ждут каждый день до марта, прокат коньков работает с десяти утра.\n\n#Астана\n';
      addSource(pasted, 'pasted.txt', text);
      const warning = 'content/sources/pasted.txt:1: warning: the title reads as a lead paragraph (it holds the attribution of the lead); it was published as the first paragraph under the headline on line 5; move the headline to the date line and this sentence to the next line: `date 2026-01-30 Headline`';
      const checked = runHabar(pasted.root, ['check']);
      expect(checked.code).toBe(0);
      expect(checked.stdout.split('\n')).toContain(warning);
      const built = runHabar(pasted.root, ['build']);
      expect(built.code).toBe(0);
      expect(built.stderr.split('\n')).toContain(warning);
    } finally {
      pasted.cleanup();
    }
  });
});

describe('habar check with tagSpellings and editions', () => {
  it('takes spellings the settings join for one tag, not for look-alikes', () => {
    const joined = makeSite({ tagSpellings: [['Казахстан', '#Қазақстан']] });
    try {
      cpSync(site.sources, joined.sources, { recursive: true });
      const checked = runHabar(joined.root, ['check']);
      expect(checked.stdout).not.toContain('looks like');
      expect(checked.stdout).toContain('Checked 18 sources: 5 errors, 11 warnings');
    } finally {
      joined.cleanup();
    }
  });

  it('takes tags of different editions for no look-alikes: they never share a page', () => {
    const editions = makeSite({ editions: [{ lang: 'ru', path: '/' }, { lang: 'kk', path: '/kk/' }] });
    try {
      addSource(editions, 'ru.txt', source('2026-01-29', 'Туристов в стране стало больше', 'Число туристов выросло.', '#Казахстан'));
      addSource(editions, 'kk.txt', source('2026-01-29', 'Елге келген туристер саны өсті', 'Елімізге келген шетелдік туристер саны өткен жылмен салыстырғанда едәуір артты.', '#Қазақстан'));
      addSource(editions, 'kk-2.txt', source('2026-01-30', 'Қонақүйлер жаздың басында толып қалды', 'Жазғы демалыс маусымында қонақүйлердегі орындардың бәрі дерлік алдын ала сатылды.', '#Қазақстан'));
      addSource(editions, 'kk-latin.txt', source('2026-01-30', 'Turister sany óskeni anyqtaldy', 'Turister sany artty.', '#Qazaqstan'));
      const checked = runHabar(editions.root, ['check']);
      expect(checked.stdout.split('\n').filter((line) => line.includes('looks like'))).toEqual([
        'content/sources/kk-latin.txt:5: warning: the tag #Qazaqstan looks like #Қазақстан, used more often; use one spelling, or show both as one tag with "tagSpellings": [["Қазақстан","Qazaqstan"]] in content/_data/site.json',
      ]);
    } finally {
      editions.cleanup();
    }
  });
});

describe('habar check FILE...', () => {
  it('checks only the named sources, still comparing them with every other source', () => {
    const named = runHabar(site.root, ['check', 'content/sources/copy-a.txt', 'content/sources/short.txt']);
    expect(named.stdout.trim().split('\n')).toEqual([
      'content/sources/copy-a.txt:1: same date, title and text as content/sources/copy-b.txt: one report saved twice; delete one of them',
      'content/sources/short.txt:1: warning: the title "Выставка" is very short; is it the headline?',
      'Checked 2 sources: 1 error, 1 warning, 0 clutter lines skipped',
    ]);
    expect(named.code).toBe(1);
  });

  it('takes names relative to the folder it is run from', () => {
    const named = runHabar(site.sources, ['check', 'kazakh-tag.txt', './no-tags.txt']);
    expect(named.stdout.trim().split('\n')).toEqual([
      'content/sources/kazakh-tag.txt:5: warning: the tag #Қазақстан looks like #Казахстан, used more often; use one spelling, or show both as one tag with "tagSpellings": [["Казахстан","Қазақстан"]] in content/_data/site.json',
      'content/sources/no-tags.txt:3: warning: no tags; end the source with a line of hashtags such as `#Казахстан #Сенат`',
      'Checked 2 sources: 0 errors, 2 warnings, 0 clutter lines skipped',
    ]);
    expect(named.code).toBe(0);
  });

  it.each([
    ['content/sources/missing.txt', 'content/sources/missing.txt: no such file in content/sources'],
    ['content/_data/site.json', 'content/_data/site.json: not a source; habar check reads the .txt files in content/sources'],
    ['../outside.txt', '../outside.txt: not a source; habar check reads the .txt files in content/sources'],
  ])('%s is refused in one line, and nothing is checked', (file, reason) => {
    const refused = runHabar(site.root, ['check', 'content/sources/short.txt', file]);
    expect(refused.stderr).toBe(`habar: ${reason}\n`);
    expect(refused.stdout).toBe('');
    expect(refused.code).toBe(1);
  });
});

describe('names printed in messages', () => {
  it('row 15: a file name with a newline or an ESC sequence is printed escaped, on one line', () => {
    const named = makeSite();
    try {
      addSource(named, 'bad\nname\u001b[31m\u009b2J.txt', source('2026-02-30', 'Сенат одобрил бюджет страны', lead, '#бюджет'));
      const line = String.raw`content/sources/bad\nname\u001b[31m\u009b2J.txt:1: 2026-02-30 is not a date in the calendar`;
      const checked = runHabar(named.root, ['check']);
      expect(checked.stdout.split('\n')).toEqual([line, 'Checked 1 source: 1 error, 0 warnings, 0 clutter lines skipped', '']);
      const built = runHabar(named.root, ['build']);
      expect(built.code).toBe(1);
      expect(built.stderr.split('\n')).toEqual([line, 'Build stopped: 1 bad source; the last built site was left as it was.', '']);

      // A hand-edited article's name, in a site file's error.
      rmSync(join(named.sources, 'bad\nname\u001b[31m\u009b2J.txt'));
      mkdirSync(join(named.articles, '2026/01'), { recursive: true });
      writeFileSync(join(named.articles, '2026/01/hand\u001b]0;x\u0007.md'), '---\ntitle: Заголовок\n---\nТекст.\n');
      const edited = runHabar(named.root, ['build']);
      expect(edited.code).toBe(1);
      expect(edited.stderr.split('\n')[0]).toMatch(/^content\/articles\/2026\/01\/hand\\u001b\]0;x\\u0007\.md: /);
      expect(edited.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    } finally {
      named.cleanup();
    }
  });
});

describe('invisible and look-alike characters', () => {
  it('row 17: a joiner in a hashtag, U+2028 in the title and a Latin letter in a Cyrillic tag each get a clear check line', () => {
    const odd = makeSite();
    try {
      addSource(odd, 'joiner.txt', source('2026-01-28', 'Сенат одобрил бюджет страны', lead, '#Сен\u200dат #бюджет'));
      addSource(odd, 'separator.txt', source('2026-01-29', 'Сенат одобрил\u2028бюджет страны', lead, '#бюджет'));
      addSource(odd, 'paragraph-separator.txt', source('2026-01-30', 'Сенат одобрил бюджет\u2029на следующий год', lead, '#бюджет'));
      addSource(odd, 'latin.txt', source('2026-01-31', 'Мажилис принял закон о туризме', lead, '#Cенат #Kазаxстан #туризм'));
      const result = runHabar(odd.root, ['check']);
      expect(result.stdout.trim().split('\n')).toEqual([
        'content/sources/joiner.txt:5: warning: the tag #Сенат holds a zero-width joiner (U+200D) after "Сен", which the build leaves out; delete it',
        'content/sources/latin.txt:5: warning: the tag #Cенат mixes Latin letter "C" into a Cyrillic word: a tag of its own, apart from #Сенат; retype it in Cyrillic',
        'content/sources/latin.txt:5: warning: the tag #Kазаxстан mixes Latin letters "K", "x" into a Cyrillic word: a tag of its own, apart from #Казахстан; retype them in Cyrillic',
        'content/sources/paragraph-separator.txt:1: warning: the title line holds a paragraph separator (U+2029): the title ends before it, and the rest is read as the next line; type a space instead',
        'content/sources/separator.txt:1: warning: the title line holds a line separator (U+2028), which the build reads as a space; type a space instead',
        'Checked 4 sources: 0 errors, 5 warnings, 0 clutter lines skipped',
      ]);
      expect(result.code).toBe(0);
    } finally {
      odd.cleanup();
    }
  });
});
