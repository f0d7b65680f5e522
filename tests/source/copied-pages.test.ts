import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/source/article.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';
import { detectLanguage } from '../../src/source/rules/language.ts';
import { creditIn } from '../../src/source/rules/photo-credit.ts';
import { leadShape } from '../../src/source/rules/headline-evidence.ts';

function parse(text: string): Article {
  const result = parseSource(text);
  if (result instanceof SourceError) throw new Error(`unexpected ${result.format()}`);
  return result;
}

function refusal(text: string): string {
  const result = parseSource(text);
  if (!(result instanceof SourceError)) throw new Error(`expected a refusal, got "${result.title}"`);
  return `${result.line}: ${result.reason}`;
}

const LEAD = 'В Астане открыли новый каток у набережной, сообщает Kazinform.';

describe('the headline of a copied page', () => {
  it('takes the headline below a language switcher and a stamp, and records both', () => {
    const article = parse(`date 2026-01-30 РУ\n12:24, 30 Январь 2026 | GMT +5\nВ Астане открылся новый каток\n${LEAD}\n`);
    expect(article.title).toBe('В Астане открылся новый каток');
    expect(article.paragraphs).toEqual([LEAD]);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[1, 'language switcher'], [2, 'date or time stamp']]);
  });

  it('takes the headline next to the stamp, not a menu line above it', () => {
    const article = parse(`date 2026-01-30 РУ\nО нас Контакты Реклама Партнеры Карта сайта\n12:24, 30 Январь 2026 | GMT +5\nВ Астане открылся новый каток\nКаток работает до марта\n${LEAD}\n`);
    expect(article.title).toBe('В Астане открылся новый каток');
    expect(article.paragraphs).toEqual(['Каток работает до марта', LEAD]);
    expect(article.skipped?.find((s) => s.line === 2)?.rule).toBe('page head');
  });

  it('a page printing its text above its head takes the headline over the text printed again; the lead repeated under a line that is no headline of it is still refused', () => {
    const lead = 'Ақтөбе облысында жаңа оқу жылына орай он екі балабақша есігін айқара ашты.';
    const article = parse(`date 2016-09-14\n${lead}\nБиыл бала саны өсті.\nАсқар ЖАНҰЗАҚ\nАқтөбе облысында он екі балабақша ашылды\n${lead}\nБиыл бала саны өсті.\n`);
    expect(article.title).toBe('Ақтөбе облысында он екі балабақша ашылды');
    expect(article.paragraphs).toEqual([lead, 'Биыл бала саны өсті.']);
    // A subheading that names what comes next, the lead quoted again under it: no headline of the page.
    expect(refusal(`date 2016-09-14\n${lead}\nБиыл бала саны өсті.\nМұғалімдер тапшылығы сезіледі\n${lead}\n`)).toMatch(/^2: the page's first line reads as a lead/u);
    // The lead printed again under a sentence of the text: no page head between.
    expect(refusal(`date 2016-09-14\n${lead}\nОблыс әкімі балабақшаларды аралап шықты.\n${lead}\n`)).toMatch(/^2: /u);
  });

  it('a name the page wrapped over lines, its first line ending on `атындағы`, is no headline; a headline ending on `без имени` is one', () => {
    const article = parse(`date 2019-03-11\nМұхтар Әуезов атындағы\nСемей облыстық театры\nБалаларға арналған жаңа ертегі\nТеатр труппасы кіші көрермендерге жаңа ертегі ұсынбақ.\n`);
    expect(article.title).toBe('Балаларға арналған жаңа ертегі');
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'not a headline'], [3, 'page head']]);
    expect(parse(`date 2026-03-11 В Павлодаре появилась улица без имени\n${LEAD}\n`).title).toBe('В Павлодаре появилась улица без имени');
    expect(parse(`date 2026-03-11\nВ Павлодаре появилась улица без имени\n${LEAD}\n`).title).toBe('В Павлодаре появилась улица без имени');
  });

  it('a countdown box is page matter, and a headline wrapped after a genitive is joined; a headline over a short line that no genitive leads to is not', () => {
    const lead = 'Риодағы ойындарда Қазақстан намысын 104 спортшы қорғайды, деді бапкер.';
    const article = parse(`date 2016-08-02\nОлимпиаданың басталуына\n3 күн қалды\nБекет Махмұтов: спортшылардың\nқарымына сенемін\n${lead}\n`);
    expect(article.title).toBe('Бекет Махмұтов: спортшылардың қарымына сенемін');
    expect(article.paragraphs).toEqual([lead]);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'countdown'], [3, 'countdown'], [5, 'headline wrapped']]);
    // The label alone, with no count under it, is a headline; so is one over a short line of its own.
    expect(parse(`date 2016-08-02 Олимпиаданың басталуына\n${lead}\n`).title).toBe('Олимпиаданың басталуына');
    const own = parse(`date 2016-08-02 Бапкер спортшыларға сенеді\nАсқар Жанұзақ\n${lead}\n`);
    expect(own.title).toBe('Бапкер спортшыларға сенеді');
    // A figure's word (`мың`) ends no genitive.
    expect(parse(`date 2016-08-02 Бір тонна астықтың бағасы 90 мың\nАсқар Жанұзақ\n${lead}\n`).title).toBe('Бір тонна астықтың бағасы 90 мың');
    // A count in a sentence of the text stays.
    expect(parse(`date 2016-08-02 Ойындар жақын\nОйындардың ашылуына 3 күн қалды.\n${lead}\n`).paragraphs[0]).toBe('Ойындардың ашылуына 3 күн қалды.');
  });

  it('takes a «read also» link glued before a paragraph off it at the mark closing its headline; the capital of a brand inside a word is no glue', () => {
    const text = 'Ашылу рәсімінде ауыл ақсақалдары лентаны қиып, батасын берді.';
    const article = parse(`date 2023-03-02 Басқұдықта ардагерлер үйі ашылды\nТАҒЫ ОҚЫҢЫЗ: Анама мың алғыс!${text}\n`);
    expect(article.paragraphs).toEqual([text]);
    expect(article.skipped).toEqual([{ line: 2, text: 'ТАҒЫ ОҚЫҢЫЗ: Анама мың алғыс!', rule: 'related news' }]);
    // The link's headline with its period is left out whole, not cut at the brand's capital.
    const brand = 'Читайте также: КазМунайГаз повысил цены на топливо в регионах страны.';
    const fuel = parse(`date 2023-03-02 Цены на топливо выросли\n${text}\n${brand}\n`);
    expect(fuel.paragraphs).toEqual([text]);
    expect(fuel.skipped).toEqual([{ line: 3, text: brand, rule: 'related news' }]);
  });

  it('a title that is a stamp with a view counter', () => {
    expect(parse(`date 2026-03-06 06.03.2026, 21:55 1691\nЖители поселка добились ремонта дороги\n${LEAD}\n`).title).toBe('Жители поселка добились ремонта дороги');
  });

  it('a title in Arabic script, which has no capitals, is no banner; a headline printed twice is', () => {
    expect(parse('date 2025-12-26 قازاقستاندا جاڭا جىلدان باستاپ نە وزگەرەدى\nاستانا. قازاقپارات - جاڭا جىلدان باستاپ نە وزگەرەدى؟\nزەينەتاقى تولەمى وسەدى.\n')).toMatchObject({
      title: 'قازاقستاندا جاڭا جىلدان باستاپ نە وزگەرەدى',
      attribution: { outlet: 'Kazinform' },
    });
    expect(parse(`date 2025-12-07 Консулдық инвестицияға ат салысудаКонсулдық инвестицияға ат салысуда\n05.12.2025, 12:20 21661\nЖалған дипломдар енді QR-код арқылы тексеріледі\nДостарға айту\n${LEAD}\n`).title).toBe('Жалған дипломдар енді QR-код арқылы тексеріледі');
  });

  it('a title in capitals (a banner) gives way to the headline', () => {
    expect(parse(`date 2026-03-06 ОЦЕНИТЕ РАБОТУ АКИМА\nЖители поселка добились ремонта дороги\n${LEAD}\n`).title).toBe('Жители поселка добились ремонта дороги');
  });

  it('a short title stays when no headline of four words stands above a paragraph', () => {
    expect(parse(`date 2026-03-06 Заголовок\n\nАким провел прием, передает корреспондент Kazinform\n`).title).toBe('Заголовок');
    expect(parse(`date 2026-03-06 Сенат\n\n${LEAD}\n`).title).toBe('Сенат');
  });

  it('short labels above the lead of a copied page are its furniture; a clean source keeps a label of three words', () => {
    const copied = parse(`date 2026-01-30 В Астане открылся новый каток\nРУ\nСпецпроекты\nМир спорта\n${LEAD}\nКаток работает до марта.\n`);
    expect(copied.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    expect(copied.skipped?.map((s) => s.rule)).toEqual(['language switcher', 'page head', 'page head']);
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\nМир большого спорта\n${LEAD}\n`).paragraphs).toEqual(['Мир большого спорта', LEAD]);
  });

  it('a label of one or two words alone between the headline and the lead is the page\'s rubric, on a clean source too, in capitals as well; one ending in a colon, or over a line in small letters, is text', () => {
    const lead = 'Аудан орталығында жаңа спорт кешені ашылып, тұрғындар қуанышын бөлісті.';
    const labelled = parse(`date 2025-11-20 Ауылда спорт кешені ашылды\nАуыл шаруашылығы\n${lead}\n`);
    expect([labelled.paragraphs, labelled.skipped?.map((s) => s.rule)]).toEqual([[lead], ['page head']]);
    expect(parse(`date 2025-11-20 Ауылда спорт кешені ашылды\nАуыл шаруашылығы:\n${lead}\n`).paragraphs).toEqual(['Ауыл шаруашылығы:', lead]);
    // A regional rubric the table names (`Өңір тынысы`) is noted as the rubric it is.
    const capitals = parse(`date 2025-11-20 Ауылда спорт кешені ашылды\nӨҢІР ТЫНЫСЫ\n${lead}\n`);
    expect([capitals.paragraphs, capitals.skipped?.map((s) => s.rule)]).toEqual([[lead], ['rubric']]);
    const other = parse(`date 2025-11-20 Ауылда спорт кешені ашылды\nСПОРТ ӘЛЕМІ\n${lead}\n`);
    expect([other.paragraphs, other.skipped?.map((s) => s.rule)]).toEqual([[lead], ['page head']]);
    const wrapped = 'аудан орталығында жаңа спорт кешені ашылып, тұрғындар қуанышын бөлісті.';
    expect(parse(`date 2025-11-20 Ауылда спорт кешені ашылды\nБүгін Жаңаөзенде\n${wrapped}\n`).paragraphs).toEqual(['Бүгін Жаңаөзенде', wrapped]);
  });

  it('a rubric the table names glued before the headline leaves it; a word of the headline glued to a capital stays', () => {
    const lead = 'Биыл қаңтардан бастап педагогтердің жалақысы тағы да өседі, деп мәлімдеді министрлік.';
    const glued = parse(`date 2022-01-13 13 Қаңтар 2022\nҚоғам2022 ЖЫЛЫ ПЕДАГОГТЕРДІҢ ЖАЛАҚЫСЫ ӨСЕДІ\n${lead}\n`);
    expect([glued.title, glued.skipped?.find((s) => s.rule === 'rubric')?.text]).toEqual(['2022 ЖЫЛЫ ПЕДАГОГТЕРДІҢ ЖАЛАҚЫСЫ ӨСЕДІ', 'Қоғам']);
    expect(parse(`date 2022-01-13 КазМунайГаз жаңа кен орнын ашты\n${lead}\n`).title).toBe('КазМунайГаз жаңа кен орнын ашты');
  });

  it('a caption glued to its labelled credit, no space between, is the photo\'s; a sentence ending before the label is text', () => {
    const lead = 'Жауын-шашынның салдарынан тасжол көктайғақ болды, деп хабарлады полиция департаменті.';
    const glued = parse(`date 2025-12-30 Тасжол көктайғаққа байланысты жабылды\nТасжол көктайғаққа байланысты жабылдыФото: Видеодан скрин\n${lead}\n`);
    expect([glued.photoCredit, glued.photoAlt, glued.paragraphs]).toEqual(['Видеодан скрин', 'Тасжол көктайғаққа байланысты жабылды', [lead]]);
    const sentence = 'Жол полициясы тасжолдағы көліктерді түгел шығарып, қозғалысты қайта ашты.';
    const after = parse(`date 2025-12-30 Тасжол көктайғаққа байланысты жабылды\n${lead}\n${sentence}Фото: Видеодан скрин\n`);
    expect([after.paragraphs, after.photoAlt]).toEqual([[lead, sentence], undefined]);
  });

  it('a headline between paragraphs is another report\'s when it speaks of something else than the text above and under it; the paragraph under it retelling it, it heads a section', () => {
    const lead = 'В районе начали ремонт школы, подрядчик обещает закончить работы к сентябрю.';
    const under = 'Котельные района проверили перед зимой, и в квартирах многоэтажных домов тепло.';
    const teaser = parse(`date 2024-05-02 В районе ремонтируют школу\n${lead}\nВ Алматы открылась новая библиотека для детей\n${under}\n`);
    expect(teaser.skipped?.map((s) => s.rule)).toEqual(['teaser of another report']);
    const heading = parse(`date 2024-05-02 В районе ремонтируют школу\n${lead}\nКотельные района проверили перед зимой\n${under}\n`);
    expect(heading.paragraphs).toEqual([lead, 'Котельные района проверили перед зимой', under]);
  });

  it('a page of short reports leaves out the next one, its headline over a lead retelling it, when neither names a word of the title; a section or an interview\'s heading stays', () => {
    const lead = 'Жители трех улиц на окраине остались без воды после аварии на водоводе утром.';
    const more = 'Ремонтная бригада обещает вернуть подачу воды к вечеру среды.';
    const next = 'Жильцы старого дома на главном проспекте жалуются, что с фасада падает штукатурка.';
    const digest = parse(`date 2026-11-20 На окраине прорвало водовод\n${lead}\n${more}\nОсыпается дом на главном проспекте\n${next}\n`);
    expect(digest.paragraphs).toEqual([lead, more]);
    expect(digest.skipped?.map((s) => s.rule)).toEqual(['another report', 'another report']);
    // The text under the heading names the title's words: the report's own section.
    const own = 'Жильцы дома на главном проспекте тоже остались без воды после аварии на водоводе.';
    const section = parse(`date 2026-11-20 На окраине прорвало водовод\n${lead}\n${more}\nОсыпается дом на главном проспекте\n${own}\n`);
    expect(section.paragraphs).toEqual([lead, more, 'Осыпается дом на главном проспекте', own]);
    // Over a question the heading is an interview's.
    const question = '− Жильцы дома на главном проспекте просят помощи, что вы им ответите?';
    const interview = parse(`date 2026-11-20 На окраине прорвало водовод\n${lead}\n${more}\nОсыпается дом на главном проспекте\n${question}\n`);
    expect(interview.paragraphs).toEqual([lead, more, 'Осыпается дом на главном проспекте', question]);
  });

  it('a single line under a bare date line is the text, unless it is Kazpravda\'s page flattened, its views after the stamp', () => {
    const met = 'Встреча прошла 12 сентября 2017 г. 9:50 утра в здании акимата, сообщили организаторы встречи.';
    expect(refusal(`date 2017-09-12\n${met}\n`)).toMatch(/^2: the title is missing after the date/u);
    const flattened = parse('date 2017-09-12\nМост через время Статьи 12 сентября 2017 г. 9:50 2640 Айгуль Сеитова, Марат Жунусов фото Сергея Ломова В Семее открыли после ремонта старый подвесной мост.\n');
    expect([flattened.title, flattened.time, flattened.paragraphs]).toEqual(['Мост через время', '09:50', ['В Семее открыли после ремонта старый подвесной мост.']]);
  });

  it('a listed stamp after the report opens teasers of other reports, left out to the end', () => {
    const article = parse(`date 2026-02-21 20.02.2026, 19:03 6616\nВ Астане открылся новый каток\n${LEAD}\n20.02.2026, 12:10 12386\nВ Алматы открылась новая библиотека\nВ Алматы открыли библиотеку, передает корреспондент агентства.\n`);
    expect(article.paragraphs).toEqual([LEAD]);
    expect(article.skipped?.map((s) => s.rule)).toEqual(['date or time stamp', 'date or time stamp', 'teaser of another report', 'teaser of another report']);
  });

  it('a feed\'s stamp under the text, the year after a comma and the time after the year, opens teasers; the report\'s own stamp in the usual order opens none', () => {
    const next = 'Рабочие закончили ремонт второго моста через реку в этом месяце.';
    const feed = parse(`date 2026-02-27 В районе открыли каток\n${LEAD}\nВчера, 2026 12:10\nВ области за утро сгорели четыре автомобиля\n26 Февраля, 2026 10:01\nВ Караганде прошел рейд по дорогам\n`);
    expect(feed.paragraphs).toEqual([LEAD]);
    const own = parse(`date 2026-02-27 В районе открыли каток\n${LEAD}\n26 февраля 2026, 10:01\n${next}\n`);
    expect(own.paragraphs).toEqual([LEAD, next]);
  });

  it('a short dek with its verb in small letters right under the headline stays; a name, a rubric or a menu\'s label there goes', () => {
    const page = (under: string) => parse(`date 2025-02-13 13.02.2025, 12:26\nНовости\nВ Павлодаре отселили жителей двух домов\n${under}\nЖителей двух многоэтажек вывели на улицу после сообщения о запахе газа, передает Azattyq Rýhy.\n`);
    expect(page('Спасатели осматривают подвал').paragraphs[0]).toBe('Спасатели осматривают подвал');
    for (const matter of ['Нурали Ахметов', 'Новости партнеров', 'Все новости']) expect(page(matter).paragraphs).toHaveLength(1);
  });

  const LIBRARY_LEAD = 'В городе открыли новую библиотеку, в её фонде больше десяти тысяч книг.';
  const underLead = (...lines: string[]) => parse(`date 2025-08-29 В городе открыли библиотеку\n${LIBRARY_LEAD}\n\n${lines.join('\n\n')}\n`);

  /** Two headlines alone under the text are other reports' teasers; two phrases there stay text. */
  function expectTeasers(headlines: [string, string], phrases: [string, string]): void {
    const teasers = underLead(...headlines);
    expect(teasers.paragraphs).toEqual([LIBRARY_LEAD]);
    expect(teasers.skipped?.map((s) => s.rule)).toEqual(['teaser of another report', 'teaser of another report']);
    expect(underLead(...phrases).paragraphs).toEqual([LIBRARY_LEAD, ...phrases]);
  }

  it('two headlines with their verbs alone under the text are other reports\'; phrases, or a list under a colon, stay', () => {
    const lead = LIBRARY_LEAD;
    const first = 'В Семее открылась новая школа на шестьсот мест';
    const second = 'На окраине Павлодара заработал новый пункт приёма вторсырья';
    expectTeasers([first, second], ['Новые книги для юных читателей города', 'Читальный зал с большими окнами и диванами']);
    const list = 'В библиотеке работают три зала, в каждом из которых есть свои книги:';
    expect(parse(`date 2025-08-29 В городе открыли библиотеку\n${lead}\n${list}\n\n${first}\n\n${second}\n`).paragraphs).toEqual([lead, list, first, second]);
  });

  it('a future\'s auxiliary or a past of нести with no л is a teaser\'s verb; a noun ending alike is none', () => {
    expectTeasers(['В Кокшетау грузовик снес светофор на перекрестке', 'В Казахстане будут по-новому распределять места в детсадах'], ['Большой интерес читателей к новому залу', 'Детский уголок и его светлое будущее']);
  });

  it('a report set out in sections keeps its next section\'s heading closing the copy, a future\'s verb in it', () => {
    const lead = 'В городе открыли новую библиотеку, в её фонде больше десяти тысяч книг.';
    const heading = 'Какие книги выбирают читатели';
    const text = 'Чаще всего читатели берут детективы и книги по истории родного края.';
    const cut = 'Каким будет график работы нового зала';
    expect(parse(`date 2025-08-29 В городе открыли библиотеку\n${lead}\n${heading}\n${text}\n${cut}\n`).paragraphs).toEqual([lead, heading, text, cut]);
  });

  it('headlines of other reports run together on one line after a Kazakh report\'s closing paragraph are teasers; a long line without it stays', () => {
    const lead = 'Аудан орталығында жаңа кітапхана ашылды, оған мыңнан астам кітап әкелінді.';
    const closing = 'Айта кетейік, биыл ауданда тағы екі мектеп жөндеуден өтеді.';
    const glued = 'Қалада жаңа саябақ ашылды Журналист ауыл тұрғындарының суға қатысты шағымын жазды Футболдан аудан чемпионаты қашан басталады? Мектеп оқушылары халықаралық олимпиадада жүлде алды Көктемгі егіс науқаны қалай өтіп жатыр?';
    const article = parse(`date 2024-04-24 Ауылда жаңа кітапхана ашылды\n${lead}\n${closing}\n${glued}\n`);
    expect(article.paragraphs).toEqual([lead, closing]);
    expect(article.skipped?.map((s) => s.rule)).toEqual(['teaser of another report']);
    const without = parse(`date 2024-04-24 Ауылда жаңа кітапхана ашылды\n${lead}\n${glued}\n`);
    expect(without.paragraphs).toEqual([lead, glued]);
  });

  it('a second dateline of the agency opens another report, with the headline above it, to the end', () => {
    const lead = 'Астана. 26 января. KAZAKHSTAN TODAY - В Астане открыли новый каток, передает корреспондент агентства.';
    const article = parse(`date 2026-01-27 В Астане открылся новый каток\n${lead}\nКаток работает до марта.\nВ Алматы открылась библиотека\nАлматы. 25 января. KAZAKHSTAN TODAY - В Алматы открыли библиотеку.\nВ ней 40 тысяч книг.\n`);
    expect(article.paragraphs).toEqual([lead, 'Каток работает до марта.']);
    expect(article.skipped?.map((s) => s.line)).toEqual([4, 5, 6]);
    const quoted = `date 2026-01-27 В Астане открылся новый каток\n${lead}\nОб этом писали раньше: «Астана. 25 января. KAZAKHSTAN TODAY - каток закрыт».\n`;
    expect(parse(quoted).paragraphs).toHaveLength(2);
  });

  it('a caption printed twice in a row describes the photo and leaves the body; a paragraph printed twice is published once', () => {
    const caption = 'Каток у набережной. Астана, 30 января 2026 года';
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${caption}\n${caption}\n${LEAD}\n${LEAD}\n`);
    expect(article.photoAlt).toBe(caption);
    expect(article.paragraphs).toEqual([LEAD]);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'photo caption'], [3, 'photo caption'], [5, 'paragraph printed twice']]);
  });

  it('a caption in the lead\'s place closing on the place and date alone describes the photo; a lead naming a place and date in its sentence is the lead', () => {
    const caption = 'Жители у закрытого катка. Сарыаркинский район Астаны, 29 января 2026 года.';
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${caption}\n${LEAD}\n`);
    expect([article.photoAlt, article.paragraphs]).toEqual([caption, [LEAD]]);
    for (const lead of ['Каток у набережной открыли в Астане, 29 января 2026 года.', 'Каток открыли в субботу. Жители пришли к открытию целыми семьями. Астана, 29 января 2026 года.']) {
      expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n${LEAD}\n`).paragraphs).toEqual([lead, LEAD]);
    }
  });

  it('a headline of two parts right after the report\'s stamp is the headline; two sentences elsewhere are text', () => {
    const headline = 'Каток у набережной открыт. Что изменилось за год';
    const article = parse(`date 2026-01-30 30.01.2026, 10:05 4120\n${headline}\nФото: акимат Астаны\n${LEAD}\n`);
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual([LEAD]);
    const body = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n${headline}\n`);
    expect(body.paragraphs).toEqual([LEAD, headline]);
    // A lead cut short right after the stamp is no headline: the page is refused, as before.
    expect(refusal(`date 2026-01-30 30.01.2026, 10:05 4120\nАстана. 30 января. KAZAKHSTAN TODAY - В Астане у набережной открылся\n`)).toMatch(/^1: the title is page clutter/);
  });

  it('a headline the page prints twice is the headline, even of two sentences', () => {
    const headline = '«Ждали двадцать лет». Как жители села добились катка';
    const article = parse(`date 2026-01-30 Доступность ссылок\nСрочные новости:\n${headline}\n${headline}\nplease wait\n0:00 0:02:41 0:00\n${LEAD}\n`);
    expect(article.title).toBe(headline);
    expect(article.time).toBeUndefined();
    expect(article.paragraphs).toEqual([LEAD]);
  });

  it('the headline repeated under the date line and under the lead is published once', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\nВ Астане открылся «новый каток»\n${LEAD}\nВ Астане открылся новый каток\nКаток работает до марта.\n`);
    expect(article.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    expect(article.skipped?.map((s) => s.rule)).toEqual(['headline repeated', 'headline repeated']);
  });

  it.each([
    ['a sentence with an attribution', `date 2026-01-30 ${LEAD}\nКаток работает до марта.\n`, /^1: the title reads as a lead paragraph \(it holds the attribution of the lead\)/],
    ['a sentence ending in a period', 'date 2026-01-30 Каток у набережной будет работать каждый день до конца марта.\nТекст.\n', /^1: the title reads as a lead paragraph \(it is a sentence ending in a period\)/],
    ['a dek opening on a connective', `date 2026-01-30 При этом вход на каток останется бесплатным\n${LEAD}\n`, /^1: the title reads as a lead paragraph \(it opens on a connective going on from text above it\)/],
    ['a dek opening on a Kazakh connective', `date 2026-01-30 Сондай-ақ мұз айдынына кіру тегін болады\n${LEAD}\n`, /^1: the title reads as a lead paragraph \(it opens on a connective going on from text above it\)/],
    ['clutter with no headline after it', `date 2026-01-30 РУ\n${LEAD}\n`, /^1: the title is page clutter \(language switcher\) and no headline follows it/],
    ['a photo credit with no headline after it', `date 2026-01-30 Фото Данияра Мусина\n${LEAD}\n`, /^1: the title is page clutter \(a photo credit\) and no headline follows it/],
    ['a lead over a headline-like line with no counter under it', 'date 2026-01-30 Каток у набережной будет работать каждый день до конца марта.\nКаток работает до марта\nТекст отчёта о новом катке.\n', /^1: the title reads as a lead paragraph \(it is a sentence ending in a period\)/],
  ])('refuses a title that is %s', (_, text, reason) => {
    expect(refusal(text)).toMatch(reason);
  });

  it('refuses a dek whose subject points back at a headline the copy lost; a headline opening on `Это` and no verb, or naming the same word inside, stays', () => {
    expect(refusal(`date 2026-01-30 Это позволит разгрузить центр города\n${LEAD}\n`)).toMatch(/^1: the title reads as a lead paragraph \(it opens on a word pointing back at text above it/u);
    expect(refusal(`date 2026-01-30 Бұл туралы қалалық әкімдік хабарлады\n${LEAD}\n`)).toMatch(/^1: the title reads as a lead paragraph \(it opens on a word pointing back/u);
    expect(parse(`date 2026-01-30 Это наш общий каток\n${LEAD}\n`).title).toBe('Это наш общий каток');
    expect(parse(`date 2026-01-30 Каток у набережной: это позволит разгрузить центр\n${LEAD}\n`).title).toBe('Каток у набережной: это позволит разгрузить центр');
  });

  it('takes the headline under a dek pointing back at it, the dek the first paragraph; not a line closing on a colon', () => {
    const article = parse(`date 2026-01-30 Такое решение приняли в акимате\nВ Астане откроют второй каток у набережной\n${LEAD}\n`);
    expect(article.title).toBe('В Астане откроют второй каток у набережной');
    expect(article.paragraphs).toEqual(['Такое решение приняли в акимате', LEAD]);
    expect(refusal(`date 2026-01-30 Такое решение приняли в акимате\nВ акимате назвали адреса катков:\n${LEAD}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('a connective inside a headline, or a programme named by one alone, is no dek', () => {
    expect(parse(`date 2026-01-30 В Астане при этом откроют ещё один каток\n${LEAD}\n`).title).toBe('В Астане при этом откроют ещё один каток');
    expect(parse(`date 2026-01-30 Тем временем\n${LEAD}\n`).title).toBe('Тем временем');
  });

  it('a lead printed above the headline and its view counter becomes the first paragraph', () => {
    const article = parse('date 2026-01-30 Каток у набережной будет работать каждый день до конца марта.\nНовый каток открыт до марта\n1,204\nоқылды\nВход на каток бесплатный для школьников.\n');
    expect(article.title).toBe('Новый каток открыт до марта');
    expect(article.paragraphs).toEqual(['Каток у набережной будет работать каждый день до конца марта.', 'Вход на каток бесплатный для школьников.']);
  });

  it('a short title over the stamp gives way to a headline in capitals under it; a dek under the stamp does not take its place', () => {
    const lead = 'Облыстағы мектепте Наурыз мейрамы салтанатты түрде аталып өтті, мерекеге ата-аналар қатысты.';
    const site = parse(`date 2019-03-18 Қазақстан халқы Ассамблеясы\n18 Наурыз, 2019\n14740\nМЕКТЕПТЕ НАУРЫЗ МЕЙРАМЫ ТОЙЛАНДЫ\n${lead}\n`);
    expect(site.title).toBe('МЕКТЕПТЕ НАУРЫЗ МЕЙРАМЫ ТОЙЛАНДЫ');
    expect(site.paragraphs).toEqual([lead]);
    const dek = parse(`date 2019-03-18 Мектепте Наурыз тойланды\n18 Наурыз, 2019\nОқушылар мерекелік концерт қойды\n${lead}\n`);
    expect(dek.title).toBe('Мектепте Наурыз тойланды');
    expect(dek.paragraphs).toEqual(['Оқушылар мерекелік концерт қойды', lead]);
  });

  it('a title the page never prints gives way to a headline it prints twice by the stamp; a title printed again stays', () => {
    const other = parse(`date 2024-03-12 Тарифы на газ пересмотрят в апреле\nВ Астане открылся новый каток\n12.03.2024, 10:00\n1520\nВ Астане открылся новый каток\n${LEAD}\n`);
    expect(other.title).toBe('В Астане открылся новый каток');
    expect(other.paragraphs).toEqual([LEAD]);
    expect(other.skipped?.[0]).toEqual({ line: 1, text: 'Тарифы на газ пересмотрят в апреле', rule: 'not a headline' });
    const again = parse(`date 2024-03-12 В Астане открылся новый каток\nКаток работает до марта\n12.03.2024, 10:00\nВ Астане открылся новый каток\nКаток работает до марта\n${LEAD}\n`);
    expect(again.title).toBe('В Астане открылся новый каток');
    const once = parse(`date 2024-03-12 Тарифы на газ пересмотрят в апреле\n12.03.2024, 10:00\nКаток работает до марта\n${LEAD}\n`);
    expect(once.title).toBe('Тарифы на газ пересмотрят в апреле');
  });

  it('a title in another script than the text gives way to a headline the page prints twice, and stays with none', () => {
    const label = parse(`date 2024-03-12 Get In Touch\nВ Астане открылся новый каток\n${LEAD}\nВ Астане открылся новый каток\n`);
    expect(label.title).toBe('В Астане открылся новый каток');
    const alone = parse(`date 2024-03-12 中文标题\n${LEAD}\n`);
    expect(alone.title).toBe('中文标题');
    expect(alone.paragraphs).toEqual([LEAD]);
  });

  it('a short label printed three times (a gallery\'s alt text) leaves the body; printed twice apart it stays', () => {
    const thrice = parse(`date 2026-01-30 В Астане открылся новый каток\nкаток\n${LEAD}\nкаток\nКаток работает до марта.\nкаток\n`);
    expect(thrice.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    expect(thrice.skipped?.map((s) => s.rule)).toEqual(['image label', 'image label', 'image label']);
    const twice = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nЧасы работы\nКаток работает до марта.\nЧасы работы\n`);
    expect(twice.paragraphs).toContain('Часы работы');
  });
});

describe('credits, tags and attribution of copied pages', () => {
  it.each([
    ['Фото из открытых источников.', 'из открытых источников'],
    ['Иллюстрациялық фото', 'Иллюстрациялық фото'],
    ['Illıýstratsıalyq foto', 'Illıýstratsıalyq foto'],
    ['Суретті түсірген – Алмас Манап.', 'Алмас Манап'],
  ])('takes the generic or named credit %s, without its closing period', (line, credit) => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n${line}\n`);
    expect([article.photoCredit, article.paragraphs]).toEqual([credit, [LEAD]]);
  });

  it('a caption ending in its credit describes the photo', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nКаток у набережной, фото - Новости Zakon.kz от 30.01.2026 12:20 Фото: Zakon.kz/Арман Сейтказы\nТекст.\n`);
    expect(article.photoCredit).toBe('Zakon.kz/Арман Сейтказы');
    expect(article.photoAlt).toBe('Каток у набережной');
    expect(article.paragraphs).toEqual([LEAD, 'Текст.']);
  });

  it('a caption above the lead ending in a bare domain is the photo\'s, the domain its credit; after the lead the line is text', () => {
    const caption = 'Каток у набережной вечером';
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${caption} canva.com\n${LEAD}\nКаток работает до марта.\n`);
    expect(article.photoCredit).toBe('canva.com');
    expect(article.photoAlt).toBe(caption);
    // A dash right before the domain makes the line the page's own title, the site's name after the headline.
    const own = parse(`date 2026-01-30 В Астане открылся новый каток\nВ Астане открылся новый каток - example.kz\n${LEAD}\n`);
    expect(own.photoCredit).toBeUndefined();
    expect(own.paragraphs).toEqual([LEAD]);
    expect(article.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    const after = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nЗаписаться можно на сайте egov.kz\n`);
    expect(after.photoCredit).toBeUndefined();
    expect(after.paragraphs).toEqual([LEAD, 'Записаться можно на сайте egov.kz']);
  });

  it('a caption on the line above its credit after the lead, set apart by blank lines, describes the photo', () => {
    const caption = 'Каток у набережной: как он выглядит вечером';
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n\n${LEAD}\n\n${caption}\nФото: акимат Астаны\n\nКаток работает до марта.\n`);
    expect(article.photoAlt).toBe(caption);
    expect(article.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    const subheading = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nЧто известно о катке\nФото: акимат Астаны\nКаток работает до марта.\n`);
    expect(subheading.paragraphs).toEqual([LEAD, 'Что известно о катке', 'Каток работает до марта.']);
  });

  it('the image\'s keywords in small letters above its credit, after the lead, leave the body but do not describe the photo', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n\n${LEAD}\n\nкаток зима\nКоллаж: Kazinform\n\nКаток работает до марта.\n`);
    expect(article.photoCredit).toBe('Kazinform');
    expect(article.photoAlt).toBeUndefined();
    expect(article.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    expect(article.skipped?.find((s) => s.text === 'каток зима')?.rule).toBe('photo caption');
  });

  it('a name before «суреті» is the photographer\'s credit, also glued after a paragraph; a name in the genitive is whom the picture shows', () => {
    const lead = 'Ауылдағы мектепте жаңа спорт залы ашылды.';
    const article = parse(`date 2025-06-12 Ауыл мектебіне жаңа спорт залы салынды\nEldeç Orda суреті.\n${lead}\nБалалар енді қыста да залда жаттыға алады.Eldeç Orda суреті.\n`);
    expect([article.photoCredit, article.paragraphs]).toEqual(['Eldeç Orda', [lead, 'Балалар енді қыста да залда жаттыға алады.']]);
    const portrait = parse(`date 2025-06-12 Ауыл мектебіне жаңа спорт залы салынды\n${lead}\nАбайдың суреті\n`);
    expect([portrait.photoCredit, portrait.paragraphs]).toEqual([undefined, [lead, 'Абайдың суреті']]);
  });

  it('a picture a neural network made is credited to the tool, also when the line is printed twice over', () => {
    const credit = 'Изображение сгенерировано при помощи нейросети Midjourney';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${credit}\n${LEAD}\n`).photoCredit).toBe('Midjourney');
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${credit} ${credit}\n${LEAD}\n`).photoCredit).toBe('Midjourney');
  });

  it('a generic credit with the note of the picture\'s making by AI after it is the credit; a sentence about such a picture is text', () => {
    for (const credit of ['Иллюстративное фото. Сгенерировано с помощью ИИ', 'Кадр видео, улучшенный с помощью ИИ']) {
      const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${credit}\n${LEAD}\n`);
      expect([article.photoCredit, article.paragraphs]).toEqual([credit, [LEAD]]);
    }
    const sentence = 'Фото, созданное с помощью ИИ, разошлось в соцсетях за один день.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n${sentence}\n`).paragraphs).toEqual([LEAD, sentence]);
  });

  it('the summary printed again as the lead, apart from it, is published once; the rule is recorded', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nПОДЕЛИТЬСЯ\n${LEAD}\nКаток работает до марта.\n`);
    expect(article.paragraphs).toEqual([LEAD, 'Каток работает до марта.']);
    expect(article.skipped?.find((s) => s.line === 4)?.rule).toBe('summary repeated as the lead');
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n\n${LEAD}\n`).paragraphs).toEqual([LEAD]);
  });

  it('the page\'s description, the lead cut with dots and its stamp and site after them, leaves; a paragraph so cut that the lead does not open with stays', () => {
    const cut = (text: string) => `${text.slice(0, 40)}... 30.01.2026, Kazinform`;
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${cut(LEAD)}\n${LEAD}\n`).paragraphs).toEqual([LEAD]);
    const other = 'Жители ждали открытия катка всю осень и спрашивали о нем у акимата.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${cut(other)}\n${LEAD}\n`).paragraphs).toEqual([cut(other), LEAD]);
  });

  it('a named credit wins over «Иллюстративное фото»; a repeated credit goes', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\nИллюстративное фото\nФото: Pixabay\n${LEAD}\nФото: Pixabay\n`);
    expect(article.photoCredit).toBe('Pixabay');
    expect(article.paragraphs).toEqual([LEAD]);
  });

  it.each([['Foto: Фото: Аудан әкімдігі', 'Аудан әкімдігі'], ['Фото – Акорда', 'Акорда'], ['Фото ©️ Tengrinews.kz / Турар Абенов', 'Tengrinews.kz / Турар Абенов'], ['Сурет: Астана әкімдігі', 'Астана әкімдігі'], ['Sýret: Astanatv.kz', 'Astanatv.kz'], ['Коллаж: Kazinform / Freepik', 'Kazinform / Freepik'], ['фото Данияра Мусина', 'Данияра Мусина'], ['Фото из открытых источников', 'из открытых источников'], ['Фото прислано жителями города', 'прислано жителями города'], ['Кадр из видео', 'Кадр из видео']])('credit %s', (line, credit) => {
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${line}\n${LEAD}\n`).photoCredit).toBe(credit);
  });

  it('a Теги: list on the lines after it, with the closing hashtags', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nТеги:\nАстана\nЗимний спорт\nПоделиться:\n#Каток #астана\n`);
    expect(article.tags).toEqual(['Астана', 'Зимний спорт', 'Каток']);
    expect(article.paragraphs).toEqual([LEAD]);
  });

  it.each([
    ['Каток открыли в субботу, передает корреспондент агентства Kazinform.', { outlet: 'Kazinform' }],
    ['Каток открыли в субботу,сообщает Kazpravda.kz', { outlet: 'Kazpravda.kz' }],
    ['Каток открыли в субботу, сообщает tengrinews.kz.', { outlet: 'Tengrinews.kz' }],
    ['Каток открыли в субботу, передает ИА El.kz со ссылкой на пресс-службу Мажилиса.', { outlet: 'El.kz', via: 'пресс-службу Мажилиса' }],
    ['Астана. 31 декабря. KAZAKHSTAN TODAY - Каток открыли в субботу.', { outlet: 'KAZAKHSTAN TODAY' }],
    ['Каток ашылды, деп хабарлайды sn.kz ақпарат порталы.', { outlet: 'sn.kz' }],
    ['Каток ашылды, деп жазады Egemen.kz Астана қаласы әкімдігіне сілтеме жасап.', { outlet: 'Egemen.kz', via: 'Астана қаласы әкімдігі' }],
    ['Katok ashyldy, dep habarlaıdy aqshamnews.kz.', { outlet: 'aqshamnews.kz' }],
    ['استانا. KAZINFORM - كاتوك اشىلدى.', { outlet: 'Kazinform' }],
    ['Каток ашылды. Бұл туралы қала әкімдігінің баспасөз қызметінен хабарлады.', { outlet: 'қала әкімдігінің баспасөз қызметі' }],
    ['Каток открыли в субботу. Об этом сообщили в пресс-службе акимата.', { outlet: 'пресс-служба акимата' }],
    ['Каток открыли в субботу, сообщает местное издание «Информбюро».', { outlet: 'Informburo.kz' }],
    ['Астана. 1 сентября. КазТАГ - Айдана Сериккызы. Каток открыли в субботу.', { outlet: 'КазТАГ' }],
    ['Корреспондент агентства Kazinform выяснил, почему каток открыли только в субботу.', { outlet: 'Kazinform' }],
    ['Каток открыли в субботу, сообщил корреспондент агентства "Интерфакс-Казахстан".', { outlet: 'Интерфакс-Казахстан' }],
    ['Каток открыли в субботу, сообщил «Интерфакс-Юг» со ссылкой на акимат.', { outlet: 'Интерфакс-Юг', via: 'акимат' }],
    // The agencies named alone: Interfax without its Kazakh edition's suffix, TASS (ИТАР-ТАСС before).
    ['Каток открыли в субботу, передает Интерфакс со ссылкой на акимат.', { outlet: 'Интерфакс', via: 'акимат' }],
    ['Интерфакс агенттігінің хабарлауынша, елордада каток ашылды.', { outlet: 'Интерфакс' }],
    ['Каток открыли в субботу, сообщает ИТАР-ТАСС.', { outlet: 'ТАСС' }],
    ['По данным ТАСС, каток открыли в субботу.', { outlet: 'ТАСС' }],
    ['Каток открыли в субботу, передает Trend со ссылкой на МИА «Казинформ».', { outlet: 'Trend', via: 'Kazinform' }],
    ['ASTANA. QazAqparat - Katok ashyldy, dep habarlaıdy QazAqparat qalalyq ákimdikke silteme jasap.', { outlet: 'Kazinform', via: 'qalalyq ákimdik' }],
    ['Каток открыли в субботу. Подробности узнали журналисты NUR.KZ.', { outlet: 'NUR.KZ' }],
    ['АСТАНА.KAZINFORM – Каток ашылды.', { outlet: 'Kazinform' }],
    ['Нұр-Сұлтан, BAQ.KZ. Елордада каток ашылды.', { outlet: 'BAQ.KZ' }],
    ['Астана, BAQ.KZ. Каток открыли в субботу.', { outlet: 'BAQ.KZ' }],
    ['Nur-Sultan, BAQ.KZ. Elordada katok ashyldy.', { outlet: 'BAQ.KZ' }],
    ['Алматы, KAZINFORM. Каток открыли в субботу.', { outlet: 'Kazinform' }],
    ['Каток ашылды. Бұл жайында 31 арна хабарлады.', { outlet: '31 арна' }],
    ['Katok ashyldy. Bul jaıynda 31 arna habarlaıdy.', { outlet: '31 arna' }],
    ['Каток ашылды. Бұл жөнінде Stan.kz ақпарат агенттігі хабарлайды.', { outlet: 'Stan.kz' }],
    ['Каток открыли в субботу, передает Tengrinews.kz со ссылкой на портал Sport.kz.', { outlet: 'Tengrinews.kz', via: 'Sport.kz' }],
    // The past tense `деп жазды` (wrote) before a site's domain, in Cyrillic and Latin letters.
    ['Elordada katok ashyldy, dep jazdy Qandastar.kz.', { outlet: 'Qandastar.kz' }],
    ['Елордада каток ашылды, деп жазды Qandastar.kz.', { outlet: 'Qandastar.kz' }],
    // Before a person, who retells her own post, or a title, it names no outlet.
    ['Elordada katok ashyldy, dep jazdy Asqar Serikov.', undefined],
    // A press review naming the paper and the title it wrote under, a comma inside the title: no name cut at that comma.
    ['«Katok ashyldy», - dep jazady «Gazet» basylymy búgingi sanyndaǵy «Muz qatty, jol taıǵaq» degen materıalda.', undefined],
    ['Елордада каток ашылды, деп жазды Мемлекет басшысы.', undefined],
  ])('attribution in %s', (lead, expected) => {
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toEqual(expected);
  });

  it('takes a site\'s masthead under the author\'s byline closing the page for its publisher; above the text, or with no byline over it, it names none', () => {
    const text = 'Ауданда жаңа кітапхана ашылып, оқырмандарға екі мың кітап ұсынылды.\nКітапханашылар апта сайын балаларға кездесу өткізбек.\n';
    const signed = parse(`date 2024-03-01 Ауданда кітапхана ашылды\n${text}\nДана СЕРІКҚЫЗЫ\n\n«Адырна» ұлттық порталы\n`);
    expect(signed.attribution).toEqual({ outlet: 'Адырна' });
    const latin = parse('date 2024-03-01 Aýdanda kitaphana ashyldy\nAýdanda jańa kitaphana ashylyp, oqyrmandarǵa eki myń kitap usynyldy.\nKitaphanashylar apta saıyn balalarǵa kezdesý ótkizbek.\nDana SERIKQYZY\n"Adyrna" ulttyq portaly\nPikirler\n');
    expect(latin.attribution).toEqual({ outlet: 'Adyrna' });
    const heading = parse(`date 2024-03-01 Ауданда кітапхана ашылды\nДана СЕРІКҚЫЗЫ\n«Адырна» ұлттық порталы\n${text}`);
    expect(heading.attribution).toBeUndefined();
    const unsigned = parse(`date 2024-03-01 Ауданда кітапхана ашылды\n${text}\n«Адырна» ұлттық порталы\n`);
    expect(unsigned.attribution).toBeUndefined();
  });

  it('a dateline after the city\'s comma names only a domain or a listed outlet: `Алматы, Казахстан.` names none', () => {
    for (const lead of ['Алматы, Казахстан. Каток открыли в субботу.', 'Кстати, каток. Его открыли в субботу у набережной.']) {
      expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toBeUndefined();
    }
  });

  it('a lead wrapped before its attribution joins it; a line ending on a comma over any other line in small letters stays apart', () => {
    const wrapped = parse('date 2026-01-30 В Астане открылся новый каток\nКаток у набережной открыли в субботу для всех жителей города,\nпередает Tengrinews.kz со ссылкой на акимат.\n');
    expect(wrapped.paragraphs).toEqual(['Каток у набережной открыли в субботу для всех жителей города, передает Tengrinews.kz со ссылкой на акимат.']);
    expect(wrapped.attribution).toEqual({ outlet: 'Tengrinews.kz', via: 'акимат' });
    const quoted = parse('date 2026-01-30 Қалада каток ашылды\nҚалада жаңа каток ашылды. «Бұл жөнінде қала әкімдігі бүгін хабарлады»,-\nдеп жазады Қазақпарат.\n');
    expect(quoted.paragraphs).toHaveLength(1);
    expect(quoted.attribution?.outlet).toBe('Kazinform');
    const verse = 'date 2026-01-30 Өлең\nАқ қар жауып, дала тынып қалған кеште,\nтаулар ұйықтап, ай қарайды терезеге.\n';
    expect(parse(verse).paragraphs).toHaveLength(2);
  });

  it('a site\'s label naming who gave it the news, its other news link glued to the name, is a source line; a sentence so opening stays', () => {
    const label = parse(`date 2026-01-30 В Астане открылся новый каток\nНовость сообщил RTCдругие новости (газета "Костанайские Новости")\n${LEAD}\n`);
    expect(label.paragraphs).toEqual([LEAD]);
    const told = 'Новость сообщил аким района на встрече с жителями села.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n${told}\n`).paragraphs).toEqual([LEAD, told]);
    const alone = parse('date 2026-01-30 В Астане открылся новый каток\nКаток открыли в субботу у набережной.\nНовость сообщил RTC\n');
    expect(alone.attribution).toEqual({ outlet: 'RTC' });
  });

  it('a site\'s postal address alone under its contact label leaves; a sentence naming an address stays', () => {
    const block = parse(`date 2026-01-30 В Астане открылся новый каток\nМекен-жай\nКР, г.Астана, ул.Имя Фамилия, 4/3\n${LEAD}\n`);
    expect(block.paragraphs).toEqual([LEAD]);
    const told = 'Каток работает по адресу г. Астана, ул. Кунаева, 12.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n${told}\n`).paragraphs).toEqual([LEAD, told]);
  });

  it('the site named in its picture\'s title is the outlet only when the lead names none', () => {
    const picture = 'каток, фото - Новости Zakon.kz от 30.01.2026 10:15 Фото: акимат';
    const named = 'Каток у набережной откроют в субботу, сообщает Kazinform.';
    const plain = 'Каток у набережной откроют в субботу для всех жителей города.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${picture}\n${plain}\n`).attribution).toEqual({ outlet: 'Zakon.kz' });
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${picture}\n${named}\n`).attribution).toEqual({ outlet: 'Kazinform' });
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\nкаток, фото - Новости от 30.01.2026 10:15 Фото: акимат\n${plain}\n`).attribution).toBeUndefined();
  });

  it('none from a correspondent named by no outlet, or spoken to', () => {
    for (const lead of ['Каток открыли в субботу, рассказал корреспондент газеты Иванов.', 'Каток открыли в субботу, сказал директор катка корреспонденту Kazinform.', 'Каток открыли в субботу. Подробности узнали журналисты газеты.', 'АСТАНА.ЖАҢАЛЫҚ – Каток ашылды.']) {
      expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toBeUndefined();
    }
  });

  it('leaves out the headline printed again after the site\'s label for its news and a colon, and keeps a longer label or a short title\'s line', () => {
    const lead = 'Жаңа жолда қозғалыс жексенбіден бастап ашылады, деп хабарлайды қала әкімдігінің медиа орталығы.';
    const title = 'Қала шетіндегі жаңа жол ашылады';
    const article = parse(`date 2026-01-30 ${title}\n${lead}\n\nАстана жаңалықтары: ${title}\n\nКөлік жүргізушілерге жаңа бағыт ұсынылды.\n`);
    expect(article.paragraphs).toEqual([lead, 'Көлік жүргізушілерге жаңа бағыт ұсынылды.']);
    const longer = `Біздің сайттағы ең соңғы жаңалықтар: ${title}`;
    expect(parse(`date 2026-01-30 ${title}\n${lead}\n\n${longer}\n`).paragraphs).toContain(longer);
    expect(parse(`date 2026-01-30 Жаңа жол\n${lead}\n\nЖаңалық: Жаңа жол\n`).paragraphs).toContain('Жаңалық: Жаңа жол');
  });

  it('leaves out the region over its district or town closing the report, and keeps a region over a line in small letters', () => {
    const text = 'date 2026-01-30 Ауылда жаңа мектеп ашылды\nАуылдағы жаңа мектеп үш жүз оқушыны қабылдауға дайын тұр.\nМектепте спорт залы мен асхана бар, оқушыларды автобус тасиды.\n';
    expect(parse(`${text}Жамбыл облысы,\nШу ауданы.\n`).paragraphs).toHaveLength(2);
    expect(parse(`${text}Жамбыл облысы,\nмектеп ауласы\n`).paragraphs).toContain('мектеп ауласы');
  });

  it('leaves out a first name and a surname closing the report on a period, and keeps two capitalised words with a verb', () => {
    const text = 'date 2026-01-30 Ауылда жаңа мектеп ашылды\nАуылдағы жаңа мектеп үш жүз оқушыны қабылдауға дайын тұр.\nМектепте спорт залы мен асхана бар, оқушыларды автобус тасиды.\n';
    expect(parse(`${text}Еламан Сәкенов.\nДерек: example.kz.\n`).paragraphs).toHaveLength(2);
    expect(parse(`${text}Еламан Сәкенов.\nДерек: example.kz.\n`).attribution).toEqual({ outlet: 'example.kz' });
    expect(parse(`${text}Мектеп Ашылды.\n`).paragraphs).toContain('Мектеп Ашылды.');
  });

  it('takes the headline again with a listed agency after it, above the lead, for the picture\'s caption and its source; another word after it makes no caption', () => {
    const title = 'Тасжолда бірнеше жүк көлігі аударылды';
    const lead = 'Облыс аумағындағы тасжолда таңертең бірнеше жол апаты болды, жүргізушілер зардап шекпеді.';
    const article = parse(`date 2021-11-28 ${title}\n\n${title} ҚазАқпарат\n\n${lead}\n`);
    expect([article.photoCredit, article.paragraphs]).toEqual(['Kazinform', [lead]]);
    expect(parse(`date 2021-11-28 ${title}\n\n${title} тағы\n\n${lead}\n`).photoCredit).toBeUndefined();
  });

  it('takes the date line\'s day in figures glued before the lead\'s first figure off it, and keeps another day\'s date', () => {
    const rest = '28 мамырда университет қалашығында түлектер күні алғаш рет аталып өтті.';
    expect(parse(`date 2011-05-28 Университетте түлектер күні өтті\n28.05.2011${rest}\n`).paragraphs).toEqual([rest]);
    expect(parse(`date 2011-05-29 Университетте түлектер күні өтті\n28.05.2011${rest}\n`).paragraphs).toEqual([`28.05.2011${rest}`]);
  });

  it('takes the one word a widget prints under each teaser as the widget\'s, not a word alone right under its label', () => {
    const text = 'date 2026-01-30 Ауылда жаңа мектеп ашылды\nАуылдағы жаңа мектеп үш жүз оқушыны қабылдауға дайын тұр.\n\nҰқсас ақпараттар\n\n';
    expect(parse(`${text}БАЗАРДА БАҒА ТӨМЕНДЕДІ\n\nexample\n\nЖАҢА КӨПІР САЛЫНДЫ\n`).paragraphs).toHaveLength(1);
    expect(parse(`${text}example\n`).paragraphs).toContain('example');
  });

  it('none from a past-tense verb before a person or an office, nor from `Бұл туралы` before a role and a person\'s name; a press service there stays', () => {
    for (const lead of ['Каток открыли в субботу, сообщил аким города Иван Петров.', 'Каток ашылды. Бұл туралы федерация президенті Ерлан Сапаров хабарлады.']) {
      expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toBeUndefined();
    }
    expect(parse('date 2026-01-30 В Астане открылся новый каток\nКаток ашылды. Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады.\n').attribution).toEqual({ outlet: 'облыс әкімдігінің баспасөз қызметі' });
  });

  it('none from `сообщает` before a person\'s name and her role, and the outlet named after the speaker\'s words', () => {
    const head = 'date 2026-01-30 В Костанае отремонтируют двенадцать дворов\nРаботы начнутся в мае, сообщает Ерлан Сапаров, ';
    expect(parse(`${head}руководитель управления строительства области.\n`).attribution).toBeUndefined();
    expect(parse(`${head}аким района.\n`).attribution).toBeUndefined();
    expect(parse(`${head}руководитель управления строительства, передает Zakon.kz.\n`).attribution).toEqual({ outlet: 'Zakon.kz' });
    // A name in quotes or a listed outlet with a comma after it is still the outlet.
    expect(parse('date 2026-01-30 В Костанае отремонтируют двенадцать дворов\nРаботы начнутся в мае, сообщает «Наш Костанай», ссылаясь на акимат.\n').attribution).toEqual({ outlet: 'Наш Костанай' });
  });

  it('`отмечает` and `уточняет` name an outlet only by a domain, a name in quotes or a listed outlet, never a speaker', () => {
    const head = 'date 2026-01-30 В Костанае отремонтируют двенадцать дворов\nРаботы начнутся в мае, ';
    expect(parse(`${head}отмечает Zakon.kz со ссылкой на акимат области.\n`).attribution).toEqual({ outlet: 'Zakon.kz', via: 'акимат области' });
    expect(parse(`${head}уточняет «Курсив».\n`).attribution).toEqual({ outlet: 'Курсив' });
    for (const speaker of ['отмечает Ерлан Сапаров.', 'отмечает аким района.', 'уточняет Министерство здравоохранения.']) {
      expect(parse(`${head}${speaker}\n`).attribution).toBeUndefined();
    }
  });

  it('keeps a dateline\'s agency, with no cited body, when the lead\'s phrase names another outlet citing one', () => {
    const lead = 'АСТАНА. KAZINFORM - Каток открыли в субботу, сообщает Zakon.kz со ссылкой на акимат.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toEqual({ outlet: 'Kazinform' });
  });

  it('none in `Бұл туралы …` naming a briefing or a meeting where someone spoke', () => {
    const lead = 'Каток ашылды. Бұл туралы басқарма басшысы Асқар Нұрланов брифинг барысында хабарлады.';
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${lead}\n`).attribution).toBeUndefined();
  });
});

describe('time, language, verbatim lines, the placeholder', () => {
  it('a time on the date line, or from the page stamp of the same day only', () => {
    expect(parse(`date 2026-01-30 14:30 В Астане открылся новый каток\n${LEAD}\n`)).toMatchObject({ time: '14:30', title: 'В Астане открылся новый каток' });
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n12:24, 30 Январь 2026 | GMT +5\n${LEAD}\n`).time).toBe('12:24');
    expect(parse(`date 2026-01-31 В Астане открылся новый каток\n12:24, 30 Январь 2026 | GMT +5\n${LEAD}\n`).time).toBeUndefined();
  });

  it('Kazakh in Arabic script, with or without a Latin word', () => {
    expect(detectLanguage('استانادا جاڭا كوپىر اشىلدى')).toBe('kk-Arab');
    expect(detectLanguage('استانا. KAZINFORM - استانادا جاڭا كوپىر اشىلدى')).toBe('kk-Arab');
  });

  it('a line started with \\ is kept as written, whatever it looks like', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n\\Политика\n\\#Каток #Астана\n`);
    expect(article.paragraphs).toEqual([LEAD, 'Политика', '#Каток #Астана']);
    expect(article.tags).toEqual([]);
  });

  it('the placeholder of habar new is refused unless the source is a draft', () => {
    expect(refusal('date 2026-01-30 В Астане открылся новый каток\n\nТекст новости.\n')).toMatch(/^3: the placeholder paragraph "Текст новости\." of `habar new` is still here/);
    expect(parse('draft\ndate 2026-01-30 В Астане открылся новый каток\n\nТекст новости.\n').draft).toBe(true);
  });
});

describe('a summary signed with its outlet and date', () => {
  const SUMMARY = 'Новый каток у набережной примет первых посетителей в субботу, сообщили в акимате. Kazinform, 30.01.2026';

  it('leaves when the lead below repeats it', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${SUMMARY}\nАСТАНА. KAZINFORM — Новый каток у набережной примет первых посетителей в субботу, сообщили в акимате. Вход будет бесплатным.\n`);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'summary repeated']]);
  });

  it('stays when no line repeats it, being the only copy of its sentences', () => {
    expect(parse(`date 2026-01-30 В Астане открылся новый каток\n${SUMMARY}\n${LEAD}\n`).paragraphs).toEqual([SUMMARY, LEAD]);
  });
});

describe('a name above a line in small letters', () => {
  it('signs a quote and stays; a name alone is a byline', () => {
    const article = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nАйгерим Садыкова\n«Каток будет открыт до марта», — сказал он.\nАскар Жумабеков\nруководитель управления спорта\n`);
    expect(article.paragraphs).toEqual([LEAD, '«Каток будет открыт до марта», — сказал он.', 'Аскар Жумабеков', 'руководитель управления спорта']);
    expect(article.skipped?.map((s) => s.rule)).toEqual(['byline']);
  });
});

describe('a credit printed with its caption glued, then alone', () => {
  it('is the credit, and the rest describes the photo', () => {
    const article = parse(`date 2025-10-01 В Кремле ответили на вопрос о саммите\n${LEAD}\nФото: Иван Смирнов, Коммерсантъ Пресс-секретарь на брифинге\nФото: Иван Смирнов, Коммерсантъ\n`);
    expect([article.photoCredit, article.photoAlt]).toEqual(['Иван Смирнов, Коммерсантъ', 'Пресс-секретарь на брифинге']);
    expect(article.paragraphs).toEqual([LEAD]);
  });
});

describe('labels below the last paragraph of a copied page', () => {
  const PAGE = `date 2026-01-30 РУ\n12:24, 30 Январь 2026 | GMT +5\nВ Астане открылся новый каток\n${LEAD}\nКаток будет работать каждый день до конца марта.\n`;

  it('are the page\'s furniture: a widget heading, a button, a site\'s name, recorded', () => {
    const article = parse(`${PAGE}Другие материалы\nScroll up button\nAstana Daily\n`);
    expect(article.paragraphs).toEqual([LEAD, 'Каток будет работать каждый день до конца марта.']);
    expect(article.skipped?.filter((s) => s.rule === 'page foot').map((s) => [s.line, s.text])).toEqual([
      [6, 'Другие материалы'],
      [7, 'Scroll up button'],
      [8, 'Astana Daily'],
    ]);
  });

  it('stay when the report introduces them as a list, they are a quote or a schedule, or a line in small letters signs a quote', () => {
    const list = parse(`${PAGE}Расписание сеансов:\nУтро\nДень\nВечер\n`);
    expect(list.paragraphs.slice(2)).toEqual(['Расписание сеансов:', 'Утро', 'День', 'Вечер']);
    expect(parse(`${PAGE}«Ура, каток»\n`).paragraphs.at(-1)).toBe('«Ура, каток»');
    // A quote cut off at the copy's end, opening on a dialogue's dash, is the speaker's words, no reader prompt.
    expect(parse(`${PAGE}— Предлагаю открыть второй\n`).paragraphs.at(-1)).toBe('— Предлагаю открыть второй');
    expect(parse(`${PAGE}Понедельник\n09:00-18:00\nСуббота\n10:00-16:00\n`).paragraphs.slice(2)).toEqual(['Понедельник', '09:00-18:00', 'Суббота', '10:00-16:00']);
    const signed = parse(`${PAGE}Аскар Жумабеков\nруководитель управления спорта\n`);
    expect(signed.paragraphs.slice(2)).toEqual(['Аскар Жумабеков', 'руководитель управления спорта']);
  });

  it('stay in a source with no page clutter, and a line started with \\ stays anywhere', () => {
    const clean = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nДругие материалы\n`);
    expect(clean.paragraphs).toEqual([LEAD, 'Другие материалы']);
    expect(parse(`${PAGE}\\Другие материалы\n`).paragraphs.at(-1)).toBe('Другие материалы');
  });
});

describe('a date with a view count after the lead', () => {
  it('opens teasers of other reports under an excerpt cut off; under a sentence the text goes on', () => {
    const teasers = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\nЯрмарка в центре города\nФермеры привезли на площадь овощи и мед по ценам ниже ры...\n30.01.2026 167\nБиблиотека продлила часы работы\n`);
    expect(teasers.paragraphs).toEqual([LEAD]);
    const text = 'Каток будет открыт каждый день до конца марта.';
    const own = parse(`date 2026-01-30 В Астане открылся новый каток\n${LEAD}\n30.01.2026 167\n${text}\n`);
    expect(own.paragraphs).toEqual([LEAD, text]);
  });
});

describe('a title that is a bar of topic links', () => {
  it('gives way to the headline; a headline of names and a lower-case verb stays', () => {
    const article = parse(`date 2025-11-20 Каспий Средний коридор COP29 Зеленая энергия Кубок Азии Выборы ОТГ\nВ Актау открыли новый паромный терминал\n• 20 ноября, 2025\n${LEAD}\n`);
    expect(article.title).toBe('В Актау открыли новый паромный терминал');
    const names = 'Касым-Жомарт Токаев и Ильхам Алиев обсудили Средний коридор в Баку';
    expect(parse(`date 2025-11-20 ${names}\n${LEAD}\n`).title).toBe(names);
  });
});

describe('a copyright credit with the caption glued after it', () => {
  it('is the credit, the rest describes the photo, and its copy signed by the outlet leaves the body', () => {
    const caption = 'Волонтеры высаживают саженцы вдоль набережной';
    const article = parse(`date 2021-04-12 Волонтеры высадили тысячу деревьев\n© Sputnik / Дамир Жаксылыков${caption}\n${caption} - Sputnik Казахстан\n${LEAD}\n`);
    expect([article.photoCredit, article.photoAlt]).toEqual(['Sputnik / Дамир Жаксылыков', caption]);
    expect(article.paragraphs).toEqual([LEAD]);
    // A name with a capital inside is no caption.
    expect(parse(`date 2021-04-12 Волонтеры высадили тысячу деревьев\n© AFP / Ryan McBride\n${LEAD}\n`).photoCredit).toBe('AFP / Ryan McBride');
  });
});

describe('a copyright credit glued to a caption that opens on a one-letter word', () => {
  it('ends the credit before the preposition; capitals of an abbreviation end no credit', () => {
    const caption = 'В пункте обогрева водителям наливают чай';
    const article = parse(`date 2022-02-03 В Караганде открыли пункт обогрева\n© Photo : Акимат области${caption}\n${caption} - Sputnik Казахстан, 1920, 03.02.2022\n${LEAD}\n`);
    expect([article.photoCredit, article.photoAlt]).toEqual(['Акимат области', caption]);
    expect(article.paragraphs).toEqual([LEAD]);
    expect(creditIn('© Photo : МВД РК')?.credit).toBe('МВД РК');
  });
});

describe('a WordPress theme\'s English label over other reports', () => {
  it('leaves out `Check Also` and the headline and cut excerpt under it; a sentence opening on the words stays', () => {
    const text = 'Финалда жас футболшылар қала командасын 2-1 есебімен жеңіп, кубокты иеленді.';
    const article = parse(`date 2024-07-04 Ауыл мектебінің оқушылары чемпион атанды\n${text}\n\nCheck Also\n\nОблыста жаңа спорт кешенінің құрылысы басталды\n\nЖаңа кешенде жүзу бассейні мен күрес залы болады деп\n`);
    expect(article.paragraphs).toEqual([text]);
    expect(clutterRuleOf('Check also the schedule of the matches on the club site.')).toBeUndefined();
  });
});

describe('a Kazakh outlet\'s dateline of the city and its name in capitals', () => {
  it('names the outlet (`Алматы, NEGE.`); a city and a word in small letters names none', () => {
    const lead = 'Алматы, NEGE. Мереке күндері елдің батысында жауын-шашынсыз ауа райы сақталады.';
    expect(parse(`date 2024-03-21 Мереке күндері ауа райы қандай болады?\n${lead}\n`).attribution).toEqual({ outlet: 'NEGE' });
    const plain = 'Алматы, Астана. Екі қалада да мереке күндері ауа райы жылы болады.';
    expect(parse(`date 2024-03-21 Мереке күндері ауа райы қандай болады?\n${plain}\n`).attribution).toBeUndefined();
  });
});

describe('a dateline of a region, the day with its year and the outlet\'s domain', () => {
  it('names the outlet (`Ростовская область, 11 января 2023. DON24.RU.`); a sentence after the day names none', () => {
    const lead = 'Ростовская область, 11 января 2023. DON24.RU. В Таганроге после ремонта открыли мост через балку.';
    expect(parse(`date 2023-01-11 В Таганроге открыли мост\n${lead}\n`).attribution).toEqual({ outlet: 'DON24.RU' });
    const plain = 'Ростовская область, 11 января 2023. Мост через балку в Таганроге открыли после ремонта.';
    expect(parse(`date 2023-01-11 В Таганроге открыли мост\n${plain}\n`).attribution).toBeUndefined();
  });
});

describe('a headline closed by a period, a blank line above its lead', () => {
  it('is the headline when the lead retells most of its words; a first sentence the text goes on from is refused', () => {
    const lead = 'В центре Павлодара полицейские задержали водителя, который проехал на красный свет.';
    expect(parse(`date 2025-03-02 Полицейские задержали водителя в центре города.\n\n${lead}\n`).title).toBe('Полицейские задержали водителя в центре города.');
    const goesOn = 'Школа расположена в новом микрорайоне, в ней будут учиться дети из трех кварталов.';
    expect(refusal(`date 2025-03-02 В Павлодаре открыли новую школу на шестьсот мест.\n\n${goesOn}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });
});

describe('a short first sentence on the date line', () => {
  it('is refused at line 1 over text that goes on from it; a short headline over a line that is no sentence, or one its lead retells, stays', () => {
    const text = 'Команда области привезла из Шымкента три золотые медали и одну бронзовую.';
    expect(refusal(`date 2025-03-02 Спортсмены вернулись с турнира.\n${text}\n`)).toMatch(/^1: the title reads as a lead paragraph \(it is a sentence ending in a period\)/u);
    // A figure among its words, a day of the month, keeps it a sentence.
    const fire = 'По словам пожарных, огонь охватил склад на окраине города и был потушен к утру.';
    expect(refusal(`date 2025-03-04 Пожар случился 3 марта.\n${fire}\n`)).toMatch(/^1: the title reads as a lead paragraph \(it is a sentence ending in a period\)/u);
    expect(parse(`date 2025-03-02 Спортсмены вернулись с турнира.\nСенат\n`).title).toBe('Спортсмены вернулись с турнира.');
    const retold = 'Спортсмены области вернулись с турнира в Шымкенте с тремя золотыми медалями.';
    expect(parse(`date 2025-03-02 Спортсмены области вернулись домой.\n${retold}\n`).title).toBe('Спортсмены области вернулись домой.');
  });
});

describe('a title holding a whole page flattened onto its line', () => {
  it('is split at the stamp inside it: the headline, then the text; a headline naming a day and an hour stays', () => {
    const text = 'Сельский дом культуры открыл после ремонта зал на двести мест для зрителей.';
    const article = parse(`date 2022-10-05 Сцена в каждом селе 5 октября 2022 г. 9:40 2108 Ирина Колесникова, Костанайская область ${text}\n`);
    expect([article.title, article.paragraphs]).toEqual(['Сцена в каждом селе', [text]]);
    const headline = 'Сенат соберется 12 марта 2026 г. 10:00 в Астане';
    expect(parse(`date 2026-03-06 ${headline}\n${LEAD}\n`).title).toBe(headline);
  });
});

describe('a title that is the site itself', () => {
  it('gives way to the headline: a newspaper named after what it is, a site with its motto; a quoted headline stays', () => {
    const headline = 'В Астане открылся новый каток';
    for (const title of ['Областная газета «Степной вестник»', 'NUR.KZ — Новости Казахстана и мира']) {
      expect(parse(`date 2026-01-30 ${title}\n${headline}\n${LEAD}\n`).title).toBe(headline);
    }
    expect(parse(`date 2026-01-30 «Ата-баба аманаты жолында»\nМектеп ашылды бүгін ауылда\n${LEAD}\n`).title).toBe('«Ата-баба аманаты жолында»');
  });
});

describe('pairs of a topic and a headline closing the page', () => {
  it('are other reports from three pairs on; two pairs are the report\'s own list and stay', () => {
    const pairs = ['Пенсия 2026', 'Где казахстанцы смогут проверить свои накопления', 'Алматы', 'В Алматы продлили работу ночных автобусов', 'АЭС', 'Место для второй станции выбрали у озера'];
    expect(parse(`date 2025-12-10 В Караганде открыли каток\n${LEAD}\n${pairs.join('\n')}\n`).paragraphs).toEqual([LEAD]);
    const own = ['Для взрослых', 'Вход свободный с девяти до шести часов', 'Для детей', 'Вход свободный с десяти до двух часов'];
    expect(parse(`date 2025-12-10 В Караганде открыли каток\n${LEAD}\n${own.join('\n')}\n`).paragraphs).toEqual([LEAD, ...own]);
  });
});

describe('a short line above the first paragraph of a copied page', () => {
  it('that ends a line the page wrapped, or an item of a list, stays; a menu label goes', () => {
    const lines = ['— в город Атырау 2743, а также к родственникам по собственной', 'инициативе;', 'Меню', '— в пунктах временного размещения находятся 284 человека.'];
    const article = parse(`date 2024-04-08 Новости\nЭвакуация жителей района продолжается\n${lines.join('\n')}\n`);
    // The wrapped line joins its start: one item, no word alone.
    expect(article.paragraphs).toEqual([`${lines[0]} ${lines[1]}`, lines[3]]);
  });
});

describe('a trail glued to the headline above the headline', () => {
  it('is left out however it spells the headline dashes', () => {
    const article = parse(`date 2025-08-03 No menu items!\nДомойНовостиРегионыМост Караганда - Темиртау откроют к осени\nМост Караганда — Темиртау откроют к осени\n${LEAD}\n`);
    expect(article.title).toBe('Мост Караганда — Темиртау откроют к осени');
    expect(article.paragraphs).toEqual([LEAD]);
  });

  it('is not a headline ending in the words of a label below it in another case', () => {
    const article = parse(`date 2019-12-18 Connect with us\nЛайфстайл\nАудандағы мектеп директорларына ашық хат\nPublished\nАшық хат\n${LEAD}\n`);
    expect(article.title).toBe('Аудандағы мектеп директорларына ашық хат');
  });
});

describe('Kazpravda\'s page flattened onto the title\'s line', () => {
  const HEAD = 'date 2025-12-20 Год больших стартов Спорт 20 декабря 2025 г. 2:15 318 Ерлан Сапаров обозреватель отдела спорта ';
  it('leaves out a byline naming the department and takes the credit after the dek up to the text\'s first word', () => {
    const article = parse(`${HEAD}Борцы привезли рекордное число наград фото пресс-службы федерации В этом году борцы выступили на девяти турнирах.\n`);
    expect([article.paragraphs, article.photoCredit]).toEqual([['Борцы привезли рекордное число наград', 'В этом году борцы выступили на девяти турнирах.'], 'пресс-службы федерации']);
  });

  it('takes the time from the stamp on the title\'s line when it names the date line\'s day', () => {
    const text = 'В этом году борцы выступили на девяти турнирах.';
    expect(parse(`${HEAD}${text}\n`).time).toBe('02:15');
    expect(parse(`${HEAD.replace('2025-12-20', '2025-12-21')}${text}\n`).time).toBeUndefined();
  });

  it('keeps a sentence that speaks of a photo whole: no word opening the text follows it', () => {
    const text = 'Болельщики прислали фото победителей Тренер сборной поблагодарил их в своем обращении.';
    const article = parse(`${HEAD}${text}\n`);
    expect([article.paragraphs, article.photoCredit]).toEqual([[text], undefined]);
  });
});

describe('a line under a title that reads as a lead', () => {
  it('is a subheading, and the page refused, when it does not retell the lead', () => {
    expect(refusal(`date 2023-02-03 ${LEAD}\nКак работает каток зимой\nКаток открыт каждый день с десяти утра до полуночи.\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('is the first section\'s heading, and the page refused, when another heading stands between paragraphs further down; with none, a line retelling the lead is the headline', () => {
    const lead = 'В субботу в центре Астаны открылся новый городской каток, сообщили в акимате города.';
    const sections = 'Лед заливали две недели, работы закончили к выходным.\nЧасы работы катка зимой\nКаток будет открыт каждый день с десяти утра до полуночи, вход для детей бесплатный.\n';
    expect(refusal(`date 2023-02-03 ${lead}\nВ центре Астаны открылся новый каток\n${sections}`)).toMatch(/^1: the title reads as a lead paragraph/u);
    expect(parse(`date 2023-02-03 ${lead}\nВ центре Астаны открылся новый каток\nЛед заливали две недели, работы закончили к выходным.\n`).title).toBe('В центре Астаны открылся новый каток');
  });
});

describe('page matter glued onto a paragraph', () => {
  const HEAD = 'date 2025-05-06 Қалада жаңа саябақ ашылды\n';
  const LEAD_KK = 'Қаланың шығыс бөлігінде жаңа саябақ ашылды, онда балалар алаңы бар.';

  it('takes the image keywords off a paragraph under a closed sentence, and records them', () => {
    const article = parse(`${HEAD}${LEAD_KK}\nсаябақ ашылуы Саябақта жүзден астам ағаш отырғызылды, деді әкім.\n`);
    expect(article.paragraphs).toEqual([LEAD_KK, 'Саябақта жүзден астам ағаш отырғызылды, деді әкім.']);
    expect(article.skipped?.map((s) => [s.line, s.rule, s.text])).toEqual([[3, 'image label', 'саябақ ашылуы']]);
  });

  it('keeps the small-letter start of a line the page wrapped, a function word, and a short rest', () => {
    const wrapped = ['Саябақ ашылғаннан кейін оған келушілер саны', 'бүгін Астанадан келген қонақтармен бірге екі есеге өсті.'];
    // The wrapped line joins its start (paragraphs.ts): no word is lost or left alone.
    expect(parse(`${HEAD}${LEAD_KK}\n${wrapped.join('\n')}\n`).paragraphs).toEqual([LEAD_KK, wrapped.join(' ')]);
    const opening = 'және Астанадан келген қонақтар саябақты жоғары бағалады.';
    expect(parse(`${HEAD}${LEAD_KK}\n${opening}\n`).paragraphs).toEqual([LEAD_KK, opening]);
    expect(parse(`${HEAD}${LEAD_KK}\nсаябақ ашылуы Биыл\n`).paragraphs).toEqual([LEAD_KK, 'саябақ ашылуы Биыл']);
  });

  it('a lead the page broke after a genitive, a blank line between, its rest opening on a figure, is one paragraph under the headline above it', () => {
    const first = 'Наурыз мерекесіне орай біздің аудан мектептерінің';
    const rest = '5-9 сыныптарында оқитын оқушылар арасында шахматтан жарыс өтті.';
    const article = parse(`date 2024-03-20 Спорт\n\nЖас шахматшылар сайысы\n\n${first}\n\n${rest}\n\nЖарысқа отыз оқушы қатысты.\n`);
    expect(article.title).toBe('Жас шахматшылар сайысы');
    expect(article.paragraphs).toEqual([`${first} ${rest}`, 'Жарысқа отыз оқушы қатысты.']);
    // A line closing no genitive over a figure's line stays apart: a list or a new sentence opens there.
    const plain = 'Наурыз мерекесіне орай біздің аудан мектептерінде жарыс';
    expect(parse(`date 2024-03-20 Жас шахматшылар сайысы\n${plain}\n\n${rest}\n`).paragraphs).toEqual([plain, rest]);
    // A figure opening a sentence of its own (a capital after it) is no rest of the genitive's phrase.
    const own = '2024 Жылғы жарыс аудан орталығында өтті.';
    expect(parse(`date 2024-03-20 Жас шахматшылар сайысы\n${first}\n\n${own}\n`).paragraphs).toEqual([first, own]);
  });

  it('a signature of initials and a surname in capitals over its place is a byline; over a role in small letters it introduces a speaker', () => {
    const lead = 'Жарысқа аудандағы отыз оқушы қатысып, жеңімпаздар марапатталды.';
    const article = parse(`date 2024-03-20 Жас шахматшылар сайысы\n${lead}\n\nА.ТӨЛЕУОВ,\n\nАқтөбе\n`);
    expect(article.paragraphs).toEqual([lead]);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[4, 'byline'], [6, 'byline']]);
    const speaker = parse(`date 2024-03-20 Жас шахматшылар сайысы\n${lead}\nА.ТӨЛЕУОВ,\nаудандық спорт бөлімінің маманы:\n– Балалар жақсы ойнады.\n`);
    expect(speaker.paragraphs).toEqual([lead, 'А.ТӨЛЕУОВ,', 'аудандық спорт бөлімінің маманы:', '– Балалар жақсы ойнады.']);
  });

  it('keeps the small-letter start of a Russian paragraph whole: the pages that glue keywords are Kazakh', () => {
    const lead = 'В восточной части города открыли новый парк, сообщает Kazinform.';
    const opening = 'согласно Закону о бюджете, на парки города в следующем году выделят вдвое больше.';
    const article = parse(`date 2025-05-06 В городе открыли новый парк\n${lead}\n${opening}\n`);
    expect(article.paragraphs).toEqual([lead, opening]);
    expect(article.skipped ?? []).toEqual([]);
  });

  it('takes an image\'s hash or alt word glued with no space before a paragraph\'s first word; a function word that lost its space stays', () => {
    const rest = 'Саябақта жүзден астам ағаш отырғызылды, деді әкім.';
    const next = 'Жаңа ағаштарды күтуге жақын мектептің оқушылары көмектеседі.';
    const article = parse(`${HEAD}${LEAD_KK}\nсаябақ${rest}\n0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3${next}\n`);
    expect(article.paragraphs).toEqual([LEAD_KK, rest, next]);
    expect(article.skipped?.map((s) => [s.line, s.rule, s.text])).toEqual([[3, 'image label', 'саябақ'], [4, 'image label', '0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3']]);
    const lost = 'дляДетей района в парке построили новую площадку и беговую дорожку.';
    expect(parse(`date 2025-05-06 В городе открыли новый парк\n${lost}\n`).paragraphs).toEqual([lost]);
  });

  it('takes a domain off the lead only before a capital, and off the last paragraph only after a sentence', () => {
    const named = 'Tengrinews.kz хабарлауынша, саябақта жүзден астам ағаш отырғызылды.';
    expect(parse(`${HEAD}${named}\n`).paragraphs).toEqual([named]);
    const inside = `${LEAD_KK} Толығырақ: akimat.kz`;
    expect(parse(`${HEAD}${inside}\n`).paragraphs).toEqual([inside]);
  });
});

describe('a section heading, a lead over its headline, a headline signed with its source', () => {
  const TEXT = 'Мастера советуют сравнивать не только цену, но и срок службы материала.';

  it('refuses a page opening on a section heading that asks a question naming nothing, at the heading\'s line', () => {
    expect(refusal(`date 2025-10-02 Что лучше?\n${TEXT}\n`)).toMatch(/^1: the title is a section's heading inside the text/u);
    expect(refusal(`date 2025-10-02 Общество\nКак быть?\n${TEXT}\n`)).toMatch(/^2: line 2 is a section's heading inside the text/u);
    expect(refusal(`date 2025-10-02 Top.Mail.Ru\nОбщество\nКак быть?\n${TEXT}\n`)).toMatch(/^3: line 3 is a section's heading inside the text/u);
  });

  it('keeps a question that names its topic, or a person, as the headline; a heading under the headline stays text', () => {
    expect(parse(`date 2025-10-02 Что лучше для пенсионеров?\n${TEXT}\n`).title).toBe('Что лучше для пенсионеров?');
    expect(parse(`date 2025-10-02 Кто заменит Иванова?\n${TEXT}\n`).title).toBe('Кто заменит Иванова?');
    const article = parse(`date 2025-10-02 Утеплитель подорожал вдвое\nЧто лучше?\n${TEXT}\n`);
    expect(article.title).toBe('Утеплитель подорожал вдвое');
    expect(article.paragraphs).toEqual(['Что лучше?', TEXT]);
  });

  it('takes the headline under a lead on the date line across blank lines and a share button, its words inflected otherwise', () => {
    const lead = 'В Павлодаре из-за ремонта теплотрассы на три дня отключат горячую воду в двух микрорайонах.';
    const article = parse(`date 2025-10-02 ${lead}\n\nПОДЕЛИТЬСЯ\n\nПавлодарцы останутся без горячей воды\n\n${TEXT}\n`);
    expect(article.title).toBe('Павлодарцы останутся без горячей воды');
    expect(article.paragraphs).toEqual([lead, TEXT]);
  });

  it('still refuses a lead on the date line over a subheading that retells nothing of it', () => {
    const lead = 'В Павлодаре из-за ремонта теплотрассы на три дня отключат горячую воду в двух микрорайонах.';
    expect(refusal(`date 2025-10-02 ${lead}\n\nЧто известно о сроках работ\n\n${TEXT}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('reads the headline again with `© Source` after it above the lead as the photo\'s caption and credit; a year after the sign is no credit', () => {
    const headline = 'Сборная выиграла товарищеский матч';
    const lead = 'Сборная выиграла товарищеский матч у соседей со счетом 1:0, сообщает Tengrinews.kz.';
    const article = parse(`date 2025-10-02 ${headline}\nПОДЕЛИТЬСЯ\n${headline} © Reuters\n${lead}\n`);
    expect(article.photoCredit).toBe('Reuters');
    expect(article.paragraphs).toEqual([lead]);
    expect(parse(`date 2025-10-02 ${headline}\n${headline} © 2025 Tengrinews.kz\n${lead}\n`).photoCredit).toBeUndefined();
  });
});

describe('page matter closing or cutting into a copied report', () => {
  const head = 'date 2024-09-02 В Караганде перекроют часть проспекта';
  const lead = 'На проспекте в Караганде на месяц ограничат движение, сообщает Zakon.kz.';

  it('tag links run together above the follow prompt the page closes on are its tags; without the prompt, or as a headline, the line stays', () => {
    const tagged = parse(`${head}\n${lead}\nКараганда 2024 год Ремонт Объезд\nСледите за новостями zakon.kz в:\n`);
    expect([tagged.tags, tagged.paragraphs]).toEqual([['Караганда', '2024 год', 'Ремонт', 'Объезд'], [lead]]);
    expect(parse(`${head}\n${lead}\nКараганда 2024 год Ремонт Объезд\n`).paragraphs).toEqual([lead, 'Караганда 2024 год Ремонт Объезд']);
    const headline = parse(`${head}\n${lead}\nВ Караганде открыли новый мост через реку\nСледите за новостями zakon.kz в:\n`);
    expect([headline.tags, headline.paragraphs]).toEqual([[], [lead, 'В Караганде открыли новый мост через реку']]);
  });

  it('a follow prompt closing on its colon, its links lost, is page matter; a sentence after the colon is text', () => {
    expect(clutterRuleOf('Следите за новостями zakon.kz в:')?.name).toBe('subscribe prompt');
    expect(clutterRuleOf('Следите за новостями: в Караганде открыли мост.')).toBeUndefined();
  });

  it("a city portal's greeting asking a first visitor's city is page matter; a sentence about a city is text", () => {
    expect(clutterRuleOf('Добрый день, похоже Вы первый раз зашли на наш портал.')?.name).toBe('city picker');
    expect(clutterRuleOf('Уточните пожалуйста, Ваш город Павлодар?')?.name).toBe('city picker');
    expect(clutterRuleOf('Введите не менее 4х символов...')?.name).toBe('city picker');
    expect(clutterRuleOf('Уточните, пожалуйста, ваш город в анкете до пятницы.')).toBeUndefined();
    expect(clutterRuleOf('Да, верно, другой город тоже подал заявку на участие.')).toBeUndefined();
  });

  it('a short sentence over the lead printed again right under it is the headline; printed once, it is the lead and the page is refused', () => {
    const head = 'date 2025-03-14 пятница14 марта 2025\nexample.kz\n\nВ Таразе подтопило улицы у рынка.\n\nПо данным акимата, вода поднялась после того, как забились ливневые стоки у рынка.\n';
    expect(parse(`${head}В Таразе подтопило улицы у рынка.\n\nКоммунальщики откачивают воду.\n`).title).toBe('В Таразе подтопило улицы у рынка.');
    expect(refusal(`${head}\nКоммунальщики откачивают воду.\n`)).toMatch(/^1: /);
  });

  it('a byline naming the outlet and the city before two photographers gives both as the credit; a sentence so shaped is text', () => {
    expect(creditIn('Дана Ахметова, Власть, Уральск, фотографии Ивана Петрова и Анны Ким')).toEqual({ credit: 'Ивана Петрова и Анны Ким' });
    expect(creditIn('Дана Ахметова, Власть, фотографии Ивана Петрова')).toEqual({ credit: 'Ивана Петрова' });
    expect(creditIn('Дана Ахметова, Власть, Уральск, Атырау, фотографии Ивана Петрова и Анны Ким')).toBeUndefined();
    expect(creditIn('Дана Ахметова, Власть, Уральск, фотографии Ивана Петрова и Анны Ким показали на выставке.')).toBeUndefined();
  });

  it('a still from a video with who gave it after a slash is the credit; words in small letters after the slash are no source', () => {
    expect(creditIn('кадр из видео/МЧС')).toEqual({ credit: 'кадр из видео/МЧС' });
    expect(creditIn('Кадр из видео/мчс сообщило о пожаре')).toBeUndefined();
    // An office in the genitive after `фото` and no colon gave the picture; a name with a verb after it is text.
    expect(creditIn('фото Дирекции развития спорта')).toEqual({ credit: 'Дирекции развития спорта', generic: false });
    expect(creditIn('Фото Управления образования ВКО')).toEqual({ credit: 'Управления образования ВКО', generic: false });
    expect(creditIn('Фото Президента облетело соцсети')).toBeUndefined();
    expect(creditIn('фото Дирекции развития спорта опубликовали вчера.')).toBeUndefined();
  });

  it('a photographer with the agency after a slash, no colon, is the credit; a slash with a sentence after it is text', () => {
    expect(creditIn('Фото Иван Петров/РИА «Новости»')?.credit).toBe('Иван Петров/РИА «Новости»');
    expect(creditIn('Фото Иван Петров / Sputnik')?.credit).toBe('Иван Петров / Sputnik');
    expect(creditIn('Фото Иван Петров/РИА «Новости» опубликовало вчера вечером.')).toBeUndefined();
  });

  it('a headline with a list card\'s stamp naming the day relative to the copy and its counter keeps the headline only', () => {
    const article = parse('date 2026-01-21 Городские новости\n\nВ городе выросло число зимних рыбаков (Вчера, 11:20), просмотров: 154\n\nСпасатели предупреждают рыбаков о тонком льде на реке, передаёт корреспондент Pavlodarnews.kz.\n');
    expect([article.title, article.time]).toEqual(['В городе выросло число зимних рыбаков', '11:20']);
  });

  it('an advert slot\'s id is page matter; a domain is not one', () => {
    expect(clutterRuleOf('qwertyx4zp8mnbvcl.8a1f03be')?.name).toBe('advertising label');
    expect(clutterRuleOf('kazinform24.kz')?.name).not.toBe('advertising label');
  });

  it('a date alone after a bullet under an excerpt cut off closes another report\'s card; under a paragraph of the report it opens none', () => {
    const card = parse(`${head}\n${lead}\nВ Павлодаре выпал первый снег\nНочью в Павлодаре выпал снег, а к утру ударил ...\n• 19.11.2025\n`);
    expect(card.paragraphs).toEqual([lead]);
    const own = parse(`${head}\n${lead}\nРаботы закончат к октябрю, сообщили в акимате.\n• 19.11.2025\n`);
    expect(own.paragraphs).toEqual([lead, 'Работы закончат к октябрю, сообщили в акимате.']);
  });

  it('a headline closed by a period, printed again alone, over a lead retelling it is the headline; a lead pasted on the date line and again above other text is still refused', () => {
    const title = 'Ақтас ауылдық округінде көше шамдарын жөндеу жұмыстары басталды.';
    const article = parse(`date 2026-01-20 ${title}\n${title}\nАқтас ауылдық округінде елді мекендегі көше шамдарын ауыстыру және жөндеу жұмыстары басталды.\nМердігер алғашқы аптада жиырма шамды ауыстырды.\n`);
    expect([article.title, article.paragraphs.length]).toEqual([title, 2]);
    expect(refusal(`date 2026-01-20 ${title}\n${title}\nМердігер мекеме алғашқы аптада орталық көшедегі жиырма шамды ауыстырды.\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });
});

describe('a headline glued to its lead, the space between lost', () => {
  const LEAD_GLUED = 'Сегодня в новом микрорайоне встретили первых учеников. За парты сели сто двадцать первоклассников.';
  const NEXT = 'Строительство школы заняло полтора года, сообщили в акимате.';

  it('keeps the headline and opens the text with the lead, on the date line or under a bare date', () => {
    for (const source of [`date 2025-09-01 В Темиртау открылась школа на 900 мест${LEAD_GLUED}\n${NEXT}\n`, `date 2025-09-01\nВ Темиртау открылась школа на 900 мест${LEAD_GLUED}\n${NEXT}\n`]) {
      const article = parse(source);
      expect([article.title, article.paragraphs]).toEqual(['В Темиртау открылась школа на 900 мест', [LEAD_GLUED, NEXT]]);
    }
  });

  it('never cuts inside a name in camel case, and refuses the lead as before', () => {
    const lead = 'Работники компании КазМунайГаз получили премии по итогам года, сообщили в профсоюзе. Выплаты пришли на карты в пятницу.';
    expect(refusal(`date 2025-09-01 ${lead}\n${NEXT}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('leaves a headline holding a glued name whole, and a short rest is no lead', () => {
    expect(parse(`date 2025-09-01 Работники компании КазМунайГаз получили премии\n${NEXT}\n`).title).toBe('Работники компании КазМунайГаз получили премии');
    expect(refusal(`date 2025-09-01 Аким города посетил новую школуСегодня утром.\n${NEXT}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('takes the headline off its copy glued to the lead; a copy going on in small letters is the lead itself', () => {
    const title = 'В Сарани открылся детский сад';
    const glued = parse(`date 2025-09-02 ${title}\n${title}В здании заменили крышу и окна, а во дворе построили площадки.\n${NEXT}\n`);
    expect(glued.paragraphs).toEqual(['В здании заменили крышу и окна, а во дворе построили площадки.', NEXT]);
    const lead = `${title} после ремонта, который длился полгода, сообщили в отделе образования.`;
    expect(parse(`date 2025-09-02 ${title}\n${lead}\n${NEXT}\n`).paragraphs).toEqual([lead, NEXT]);
  });
});

describe('a short photo caption between two paragraphs', () => {
  it("takes a person's post alone between paragraphs as a caption; the post before a verb stays", () => {
    const lead = 'Глава города рассказал журналистам о планах на следующий год.';
    const next = 'По его словам, оба детских сада откроются к осени.';
    const article = parse(`date 2026-11-20 В Темиртау построят детские сады\n${lead}\nАким Темиртау\n${next}\n`);
    expect(article.paragraphs).toEqual([lead, next]);
    expect(parse(`date 2026-11-20 В Темиртау построят детские сады\n${lead}\nАким рассказал журналистам\n${next}\n`).paragraphs).toEqual([lead, 'Аким рассказал журналистам', next]);
  });

  const HEAD = 'date 2025-09-03 В районе отремонтировали три школы\nРемонт школ в районе завершили к концу августа, сообщили в отделе образования.\n';
  const NEXT = 'В школе заменили окна и полы, а спортзал получил новое покрытие.';

  it('leaves a caption naming the school by its number or a place with what it is', () => {
    for (const caption of ['Школа №42', 'СОШ № 17', 'Село Коктал', 'Карасайский район']) {
      const article = parse(`${HEAD}${caption}\n${NEXT}\n`);
      expect(article.paragraphs).toHaveLength(2);
      expect(article.skipped?.map((s) => [s.rule, s.text])).toEqual([['photo caption', caption]]);
    }
  });

  it('keeps a sentence naming the school, a subheading, and a caption-shaped line that closes the text', () => {
    const sentence = 'Школа №42 открылась после ремонта в понедельник.';
    expect(parse(`${HEAD}${sentence}\n${NEXT}\n`).paragraphs).toContain(sentence);
    expect(parse(`${HEAD}Что ещё сделают\n${NEXT}\n`).paragraphs).toContain('Что ещё сделают');
    expect(parse(`${HEAD}${NEXT}\nШкола №42\n`).paragraphs).toContain('Школа №42');
  });
});

describe('a short dek between the headline and its copy', () => {
  const TITLE = 'Жители пожаловались на холод в квартирах';
  const LEAD_KT = 'Талдыкорган. 29 января. KAZAKHSTAN TODAY - В теплосетях ответили на жалобы жителей, передает корреспондент агентства.';

  it('is text when it is the only line between them and has its verb; a menu item is page head', () => {
    const dek = 'Котельную перевели на резервный насос';
    expect(parse(`date 2026-01-30 ${TITLE}\n${dek}\n${TITLE}\n${LEAD_KT}\n`).paragraphs).toEqual([dek, LEAD_KT]);
    const menu = 'Афиша и новости города Талдыкоргана';
    expect(parse(`date 2026-01-30 ${TITLE}\n${menu}\n${TITLE}\n${LEAD_KT}\n`).paragraphs).toEqual([LEAD_KT]);
    expect(parse(`date 2026-01-30 ${TITLE}\nГлавное\n${dek}\n${TITLE}\n${LEAD_KT}\n`).paragraphs).toEqual([LEAD_KT]);
  });
});

describe('a domain under the headline printed again', () => {
  const TITLE = 'Аким пообещал отремонтировать дорогу к селу';

  it('is the photo\'s source; the domain of the outlet the lead names is its source line', () => {
    const lead = 'Дорогу к селу отремонтируют до конца сентября, сообщил аким района, передает Liter.kz.';
    expect(parse(`date 2022-06-20 ${TITLE}\n20.06.2022, 11:45\n${TITLE}\nexamplephoto.kz\n${lead}\n`).photoCredit).toBe('examplephoto.kz');
    const aggregated = 'Дорогу к селу отремонтируют до конца сентября, сообщил аким района, передает Liter.kz.';
    const article = parse(`date 2022-06-20 ${TITLE}\n20.06.2022, 11:45\n${TITLE}\nliter.kz\n${aggregated}\n`);
    expect(article.photoCredit).toBeUndefined();
  });
});

describe('a short dek the text retells word for word', () => {
  const TITLE = 'Вода подтопила дорогу у поселка';
  const LEAD_KT = 'Семей. 1 февраля. KAZAKHSTAN TODAY - Талые воды вышли на трассу у поселка, сообщили в управлении дорог.';
  const TEXT = 'Машины объезжают отрезок, движение на этом участке ограничено до спада воды.';

  it('between the headline and its copy is text though it has fewer than five words; a label the text does not retell is page head', () => {
    const dek = 'Движение на участке ограничено';
    expect(parse(`date 2026-02-01 ${TITLE}\n${dek}\n${TITLE}\n${LEAD_KT}\n${TEXT}\n`).paragraphs).toEqual([dek, LEAD_KT, TEXT]);
    expect(parse(`date 2026-02-01 ${TITLE}\nНовости дорог Семея\n${TITLE}\n${LEAD_KT}\n${TEXT}\n`).paragraphs).toEqual([LEAD_KT, TEXT]);
  });

  it('right under the headline of a copied page is text; a three-word label only partly retold is page head', () => {
    const dek = 'Движение участка ограничено';
    expect(parse(`date 2026-02-01 01.02.2026, 10:15\n${TITLE}\n${dek}\n${LEAD_KT}\n${TEXT}\n`).paragraphs).toEqual([dek, LEAD_KT, TEXT]);
    const label = parse(`date 2026-02-01 01.02.2026, 10:15\n${TITLE}\nГородские новости Семея\n${LEAD_KT}\n${TEXT}\n`);
    expect([label.paragraphs, label.skipped?.find((s) => s.line === 3)?.rule]).toEqual([[LEAD_KT, TEXT], 'page head']);
  });
});

describe('a pointer to the report\'s video, its link lost', () => {
  const TITLE = 'Учительница: Я не хочу, чтобы ученики боялись вопросов';
  const LEAD = 'Учительница из Павлодара ведет блог о школьной математике и отвечает подписчикам по вечерам.';
  const QUESTION = '– Вы давно ведете блог. С чего все началось?';

  it('is left out alone on its line and glued before a paragraph\'s first word; a sentence about a video watched there is text', () => {
    const pointer = 'Видеоверсию интервью вы можете посмотреть здесь.';
    expect(parse(`date 2017-03-01 ${TITLE}\n${LEAD}\n${pointer}\n${QUESTION}\n`).paragraphs).toEqual([LEAD, QUESTION]);
    const glued = parse(`date 2017-03-01 ${TITLE}\n${LEAD}\n${pointer}${QUESTION}\n`);
    expect([glued.paragraphs, glued.skipped?.map((s) => s.rule)]).toEqual([[LEAD, QUESTION], ['reader prompt']]);
    const watched = 'Школьники смотрели это видео здесь, в актовом зале.';
    expect(parse(`date 2017-03-01 ${TITLE}\n${LEAD}\n${watched}\n${QUESTION}\n`).paragraphs).toEqual([LEAD, watched, QUESTION]);
    expect(clutterRuleOf('Видеоны мына жерден көре аласыз.')?.name).toBe('reader prompt');
    expect(clutterRuleOf('Видео можно посмотреть здесь, сказал директор.')).toBeUndefined();
  });

  it('naming the outlet\'s own channel and telling the reader they can watch it there is a reader prompt; someone\'s words or another\'s channel are text', () => {
    expect(clutterRuleOf('Вы также можете посмотреть видеоверсию этого интервью, она опубликована на нашем YouTube-канале.')?.name).toBe('reader prompt');
    expect(clutterRuleOf('Вы можете подписаться на наш канал, — сказал блогер на встрече.')).toBeUndefined();
    expect(clutterRuleOf('Вы можете посмотреть это видео на YouTube, оно уже набрало миллион просмотров.')).toBeUndefined();
  });
});

describe('a day\'s archive listing reports in full', () => {
  const head = 'date 2019-02-14 Мұрағат: 14.02.2019\nАуылда жаңа емхана ашылды\nКүні: , 52 рет оқылды\nАуылда заманауи емхана бүгін есігін айқара ашты.\nОнда он екі дәрігер жұмыс істейді.\n';

  it('leaves out the next report: its headline over the meta line printed under the report\'s own', () => {
    const article = parse(`${head}Өз тілшіміз\nМектеп ауласы көгалданды\nКүні: , 17 рет оқылды\nОқушылар ауланы ағашпен көмкерді.\n`);
    expect(article.paragraphs).toEqual(['Ауылда заманауи емхана бүгін есігін айқара ашты.', 'Онда он екі дәрігер жұмыс істейді.']);
    expect(article.skipped?.filter((s) => s.rule === 'teaser of another report').map((s) => s.line)).toEqual([7, 9]);
  });

  it('keeps the text under a subheading when no meta line of the same shape follows it', () => {
    const article = parse(`${head}Емхана не береді\nЕнді тұрғындар қалаға бармайды.\nДәрігерлер үйге де барады.\n17 рет оқылды\n`);
    expect(article.paragraphs.slice(-2)).toEqual(['Енді тұрғындар қалаға бармайды.', 'Дәрігерлер үйге де барады.']);
    expect(article.skipped?.some((s) => s.rule === 'teaser of another report')).toBe(false);
  });
});

describe('credits printed with no colon, or wrapped onto two lines', () => {
  it("takes an akimat in the genitive after `фото` as the credit, and the author's name two lines above `Фото автора` under the text", () => {
    const text = 'Подрядчик закончил укладку асфальта на участке длиной в два километра.';
    expect(parse(`date 2026-11-20 В Таразе отремонтировали дорогу\nфото облакимата\n${text}\n`).photoCredit).toBe('облакимата');
    expect(parse(`date 2026-11-20 В Таразе отремонтировали дорогу\n${text}\nАсель Нурланова\n\nФото автора\n`).photoCredit).toBe('Асель Нурланова');
    // A name three paragraphs above the credit under the text is no byline of it.
    expect(parse(`date 2026-11-20 В Таразе отремонтировали дорогу\n${text}\nАсель Нурланова\n${text.replace('два', 'три')}\n${text.replace('два', 'пять')}\n${text.replace('два', 'шесть')}\nФото автора\n`).photoCredit).toBeUndefined();
  });

  const TITLE = 'В Уральске укрепили дамбу у дачного массива';
  const LEAD = 'Спасатели за ночь укрепили дамбу у дачного массива под Уральском, сообщает Kazinform.';
  const NEXT = 'Вода у дамбы поднялась на полметра за сутки, но жилые дома не пострадали.';

  it('an abbreviation with its region, an outlet\'s name in Latin letters, a photographer with the outlet: a credit; a sentence on the photo is text', () => {
    expect(creditIn('Фото ДЧС Костанайской области')).toEqual({ credit: 'ДЧС Костанайской области', generic: false });
    expect(creditIn('Фото ДЧС опубликовали в соцсетях')).toBeUndefined();
    expect(creditIn('Коллаж Ulysmedia')).toEqual({ credit: 'Ulysmedia', generic: false });
    expect(creditIn('Фото Apple показали на презентации')).toBeUndefined();
    expect(creditIn('Фото Тимура Ахметова, Ulysmedia')).toEqual({ credit: 'Тимура Ахметова, Ulysmedia', generic: false });
    expect(creditIn('© Фото Kazinform')).toEqual({ credit: 'Kazinform' });
    expect(creditIn('Сурет ашық дереккөзден')).toEqual({ credit: 'ашық дереккөзден', generic: true });
  });

  it('a slash after the label is its colon; the photos and the video together keep their label', () => {
    expect(creditIn('Фото / Алексей Петров')).toEqual({ credit: 'Алексей Петров' });
    expect(creditIn('Фото/видео: МЧС')).toEqual({ credit: 'МЧС' });
  });

  it('who gave the photo after the verb is the credit, whole; a longer line or one with another verb is text', () => {
    expect(creditIn('Фото предоставила пресс-служба акимата Костанайской области')).toEqual({ credit: 'пресс-служба акимата Костанайской области' });
    expect(creditIn('Фото предоставила пресс-служба акимата, которая опубликовала их утром')).toBeUndefined();
    expect(creditIn('Айгуль САРСЕНОВА, фото Ержана КУАНЫШЕВА, Туркестан')).toEqual({ credit: 'Ержана КУАНЫШЕВА' });
  });

  it('the rest of a credit wrapped onto the line under it closing the block is the credit\'s; a line the paragraph goes on with is text', () => {
    const wrapped = parse(`date 2025-03-18 ${TITLE}\n\n${LEAD}\n\nФото: пресс-служба\nакимата области\n\n${NEXT}\n`);
    expect([wrapped.photoCredit, wrapped.paragraphs]).toEqual(['пресс-служба акимата области', [LEAD, NEXT]]);
    const abbreviation = parse(`date 2025-03-18 ${TITLE}\n\n${LEAD}\n\nФото: ДЧС\nЗКО\n\n${NEXT}\n`);
    expect([abbreviation.photoCredit, abbreviation.paragraphs]).toEqual(['ДЧС ЗКО', [LEAD, NEXT]]);
    const text = 'в паводок работают круглосуточно';
    const goesOn = parse(`date 2025-03-18 ${TITLE}\n\n${LEAD}\n\nФото: ДЧС\n${text}\n${NEXT}\n`);
    expect(goesOn.photoCredit).toBe('ДЧС');
    expect(goesOn.paragraphs.join(' ')).toContain(text);
  });
});

describe('a credit with no colon after a caption, a frame naming its source, a caption after a labelled credit', () => {
  it('reads the credit and the caption; a sentence closing a sentence before `Фото` and going on is text', () => {
    expect(creditIn('Лодки спасателей у домов. Фото ДЧС Атырауской области')).toEqual({ credit: 'ДЧС Атырауской области', caption: 'Лодки спасателей у домов.' });
    expect(creditIn('Лодки спасателей у домов. Фото ДЧС опубликовали утром')).toBeUndefined();
    expect(creditIn('Фото: МЧС РК. Спасатели на месте пожара')).toEqual({ credit: 'МЧС РК', caption: 'Спасатели на месте пожара' });
    // An initial's period closes no credit.
    expect(creditIn('Фото: А. Смирнов')).toEqual({ credit: 'А. Смирнов' });
    expect(creditIn('Фото: Имя Фамилия ©')).toEqual({ credit: 'Имя Фамилия' });
    // So does a copyright credit: the caption after its period, two words or more, names who the picture shows.
    expect(creditIn('© Ирина Белова. Герой Рассказа')).toEqual({ credit: 'Ирина Белова', caption: 'Герой Рассказа' });
    expect(creditIn('© Агентство Новостей. Все права защищены')).toEqual({ credit: 'Агентство Новостей. Все права защищены' });
    expect(creditIn('© Ирина Белова')).toEqual({ credit: 'Ирина Белова' });
  });

  it('a frame or a screenshot with who gave the video after it is the credit; a sentence on the frame is text', () => {
    expect(creditIn('Кадр из видео ДП Алматы')).toEqual({ credit: 'Кадр из видео ДП Алматы' });
    expect(creditIn('Кадр из видео облетел все соцсети за вечер')).toBeUndefined();
    expect(creditIn('Фото и видео пресс-службы МЧС')).toEqual({ credit: 'пресс-службы МЧС', generic: false });
    expect(creditIn('Фото Акорды')).toEqual({ credit: 'Акорды', generic: false });
  });

  it('a Kazakh credit naming where the photo comes from with `алынды` left out, on a short line only', () => {
    expect(creditIn('Sýret qala ákimdiginiń baspasóz qyzmetinen')).toEqual({ credit: 'qala ákimdiginiń baspasóz qyzmetinen' });
    expect(creditIn('Сурет көрмеге облыстың барлық аудандарынан жеткізілген жұмыстардан')).toBeUndefined();
  });
});

describe('credits, labels and trails of copied pages', () => {
  const LEAD = 'В городе второй день ремонтируют дорогу у вокзала, сообщили в акимате.';

  it('a one-word outlet name in Latin letters after `Коллаж` or `Фото` is a credit; a Cyrillic noun after it is not', () => {
    expect(creditIn('Коллаж Ulysmedia')?.credit).toBe('Ulysmedia');
    expect(creditIn('Фото Президента')).toBeUndefined();
  });

  it('who gave the photo, as the verb\'s subject, is the credit', () => {
    expect(creditIn('Фото предоставила пресс-служба горакимата')?.credit).toBe('пресс-служба горакимата');
    expect(creditIn('Фото прислали жители села')?.credit).toBe('жители села');
  });

  it('a credit ending in an abbreviation beside the same credit without it keeps the abbreviation; a caption after a credit is still split off', () => {
    const article = parse(`date 2025-12-28 Склад горит на окраине Астаны\n${LEAD}\n\nСклад горит\nФото: МЧС РК\n\nДругой абзац текста о пожаре на складе.\n\nСклад горит\nФото: МЧС\n`);
    expect(article.photoCredit).toBe('МЧС РК');
    const captioned = parse(`date 2025-12-28 Склад горит на окраине Астаны\n${LEAD}\nФото: Дмитрий Азаров, Коммерсантъ Пресс-секретарь на брифинге\nДругой абзац текста о пожаре на складе.\nФото: Дмитрий Азаров, Коммерсантъ\n`);
    expect([captioned.photoCredit, captioned.photoAlt]).toEqual(['Дмитрий Азаров, Коммерсантъ', 'Пресс-секретарь на брифинге']);
  });

  it('an update label or a media label in capitals glued after the headline leaves it; a headline in capitals keeps its last word', () => {
    expect(parse(`date 2026-02-28 27.02.2026, 09:12\nПожар в магазине тушили всю ночь   Дополнено\n${LEAD}\n`).title).toBe('Пожар в магазине тушили всю ночь');
    expect(parse(`date 2026-02-28 27.02.2026, 09:12\nНовый мост открыли в Астане: ВИДЕО\n${LEAD}\n`).title).toBe('Новый мост открыли в Астане');
    expect(parse(`date 2026-02-28 ТУРНИР ЗАВЕРШИЛСЯ ПОБЕДОЙ В ВИДЕО\n${LEAD}\n`).title).toBe('ТУРНИР ЗАВЕРШИЛСЯ ПОБЕДОЙ В ВИДЕО');
  });

  it('a source\'s label alone over a short name names the outlet; a sentence under the label is text', () => {
    const named = parse(`date 2019-10-01 Ауыл мектебіне жаңа автобус берілді\nАқпарат көзі:\nУстинка\n\nАудандағы мектеп оқушылары үшін жаңа автобус сатып алынды.\n`);
    expect([named.attribution?.outlet, named.paragraphs.length]).toEqual(['Устинка', 1]);
    const sentence = 'Аудандағы мектеп оқушылары үшін жаңа автобус сатып алынды.';
    expect(parse(`date 2019-10-01 Ауыл мектебіне жаңа автобус берілді\nАқпарат көзі:\n${sentence}\n`).paragraphs).toEqual([sentence]);
  });

  it('a trail printed as a numbered list from the home link is breadcrumbs; a numbered list in the text is not', () => {
    expect(clutterRuleOf('1. Басты бет')?.name).toBe('breadcrumbs');
    const list = parse(`date 2025-11-21 Саябақта не өзгерді\n${LEAD}\n1. Жаңа орындықтар қойылды\n2. Жарық шамдары ауыстырылды\n`);
    expect(list.paragraphs).toEqual([LEAD, '1. Жаңа орындықтар қойылды', '2. Жарық шамдары ауыстырылды']);
  });

  it('a Kazakh notice on reusing the site\'s reports with a link is page matter; a sentence about a published article is text', () => {
    expect(clutterRuleOf('Сайт Монитор сайтында жарияланған мақаладағы тек 30% мәтінді бастапқы көзге міндетті гиперсілтеме берумен пайдалануға болады.')?.name).toBe('reuse notice');
    expect(clutterRuleOf('Министрлік сайтында жарияланған мақалада жаңа ережелерге сілтеме берілген.')).toBeUndefined();
  });

  it('a newspaper\'s name in quotes after a photo label with no colon is the credit; the same words opening a sentence are text', () => {
    expect(creditIn('ФОТО "АК ЖАЙЫК"')?.credit).toBe('"АК ЖАЙЫК"');
    expect(creditIn('Фото «Казинформ»')?.credit).toBe('«Казинформ»');
    expect(creditIn('Фото «Казинформ» облетело соцсети за один день')).toBeUndefined();
  });

  it('an author\'s name closing on a comma over her role above the text is the byline; the same pair under a quote signs it and stays', () => {
    const text = 'Тридцать лет назад страна ввела собственную валюту, и об этом стоит вспомнить.';
    const above = parse(`date 2023-06-20 Как страна получила свою валюту\n• Общество\nАсель КАРИМОВА,\nучитель истории из Караганды\n\n${text}\n`);
    expect(above.paragraphs).toEqual([text]);
    expect(above.skipped?.filter((s) => s.rule === 'byline').map((s) => s.line)).toEqual([3, 4]);
    const quote = '«Мы помним, как в тот день люди стояли в очередях у обменных пунктов», — вспоминает она.';
    const under = parse(`date 2023-06-20 Как страна получила свою валюту\n${text}\n${quote}\nАсель КАРИМОВА,\nучитель истории из Караганды\nТак рассказывают о тех днях и другие очевидцы.\n`);
    expect(under.paragraphs).toContain('учитель истории из Караганды');
  });

  it('headlines of other reports closing the page may carry a figure; rows of a schedule with their hours stay', () => {
    const teasers = parse(`date 2025-04-10 в\n\nВ области открыли новую школу\n\nНовая школа рассчитана на шестьсот учеников и открылась в понедельник.\n\nВ ВКО стартовали областные учения спасателей «Өрт-2025»\n\nВ Казахстане запущен новый порядок выдачи справок за 10 рабочих дней\n`);
    expect(teasers.paragraphs).toEqual(['Новая школа рассчитана на шестьсот учеников и открылась в понедельник.']);
    expect(clutterRuleOf('Новые статьи')?.name).toBe('news widget');
    expect(clutterRuleOf('Новые статьи закона вступят в силу')).toBeUndefined();
    const schedule = parse(`date 2025-04-10 в\n\nВ области открыли новую школу\n\nНовая школа рассчитана на шестьсот учеников и открылась в понедельник.\n\nЭкскурсии для родителей пройдут в 10:00 по субботам\n\nДень открытых дверей назначен на 09.30 в среду\n`);
    expect(schedule.paragraphs).toHaveLength(3);
  });

  it('leaves out a table\'s caption between paragraphs, and keeps a sentence that names a table', () => {
    const first = 'Цены на овощи за лето выросли почти во всех областях страны.';
    const last = 'На юге страны цены почти не менялись за эти три месяца.';
    expect(parse(`date 2026-01-30 Цены на овощи выросли\n${first}\nТаблица 1. Рост цен по областям\n${last}\n`).paragraphs).toEqual([first, last]);
    const names = 'Таблица 1 показывает, что цены выросли почти во всех областях.';
    expect(parse(`date 2026-01-30 Цены на овощи выросли\n${first}\n${names}\n${last}\n`).paragraphs).toEqual([first, names, last]);
  });

  it('leaves out a photo caption over the dek only when both open on the same words', () => {
    const lead = 'В областном суде завершилось дело бывшего директора городского автопарка.';
    const dek = 'Бывшему директору автопарка дали три года';
    expect(parse(`date 2026-01-30 Дорога за чужой счет\nБывшему директору зачитывают приговор\n${dek}\n\n${lead}\n`).paragraphs).toEqual([dek, lead]);
    const other = 'Суд завершил громкое дело';
    expect(parse(`date 2026-01-30 Дорога за чужой счет\n${other}\n${dek}\n\n${lead}\n`).paragraphs).toEqual([other, dek, lead]);
  });

  it('keeps a Kazakh heading closing on its verbal noun above the lead, and leaves out a menu label of two words', () => {
    const lead = 'Toghyzqumalaq turaly algashqy jazbalar erte zamannan bastap saqtalyp kele jatyr.';
    const page = (line: string) => `date 2024-03-04 Seisenbi, 5 Nauryz 2024\n\nToghyzqumalaq qaydan shyqty?\n\n${line}\n\n${lead}\n`;
    expect(parse(page('Oyyn tarihyna úńilu')).paragraphs).toEqual(['Oyyn tarihyna úńilu', lead]);
    expect(parse(page('Jarnama beru')).paragraphs).toEqual([lead]);
  });

  it('keeps a cut-off quote opening on a hyphen at the foot, and leaves out a menu item after one', () => {
    const text = ['Денсаулық сақтау министрлігінің өкілі емханалардағы кезектің қалай өзгергенін түсіндірді.', 'Министрлік келесі жылы жаңа цифрлық қызметтерді іске қоспақ.'];
    const page = (last: string) => `date 2025-12-20 KZ\nЕмханаларда кезек азайды ма\n\n${text.join('\n')}\n${last}\n`;
    expect(parse(page('- Алдымен, ауылдағы емханалар бойынша')).paragraphs).toEqual([...text, '- Алдымен, ауылдағы емханалар бойынша']);
    expect(parse(page('- Басты бет')).paragraphs).toEqual(text);
  });
});

describe('tag links run together on the heading\'s line', () => {
  const page = (lead: string, tags: string) => `date 2025-12-10 Прививки от гриппа получили жители столицы\n${lead}\n${tags}\n`;
  const lead = 'Вакцинацию от гриппа прошли более пятисот тысяч горожан, сообщили в управлении здравоохранения.';

  it('splits them before a capital and before a small-letter tag the report says, inflected or not', () => {
    expect(parse(page(lead, 'Теги:РКЗдравоохранениегрипп')).tags).toEqual(['РК', 'Здравоохранение', 'грипп']);
  });

  it('keeps a name the report writes as one word, a tag the report never says, and a list with the heading\'s space whole', () => {
    const company = 'Прививки сотрудникам оплатила компания КазМунайГаз, сообщили в управлении здравоохранения.';
    expect(parse(page(company, 'Теги:КазМунайГаз')).tags).toEqual(['КазМунайГаз']);
    expect(parse(page(lead, 'Теги:АстанаЗдоровьемедицина')).tags).toEqual(['Астана', 'Здоровьемедицина']);
    expect(parse(page(`${lead} Кампания в Казахстане станет ежегодной.`, 'Теги:РККазахстан')).tags).toEqual(['РК', 'Казахстан']);
    expect(parse(page(lead, 'Теги: ЗдравоохранениеАстана')).tags).toEqual(['ЗдравоохранениеАстана']);
  });

  it('reads the label glued to the first link, its colon lost too', () => {
    expect(parse(page(lead, 'ТегиАстанаЗдравоохранениегрипп')).tags).toEqual(['Астана', 'Здравоохранение', 'грипп']);
  });

  it('takes apart spaced links after the heading by the report\'s phrases; a link the report never writes keeps the run one tag', () => {
    expect(parse(page(lead, 'Теги: грипп вакцинацию управлении здравоохранения')).tags).toEqual(['грипп', 'вакцинацию', 'управлении здравоохранения']);
    expect(parse(page(lead, 'Теги: грипп прививки здоровье')).tags).toEqual(['грипп прививки здоровье']);
    expect(parse(page(lead, 'Теги: прививки гриппа')).tags).toEqual(['прививки гриппа']);
  });
});

describe('tag links in small letters run together above the closing prompt', () => {
  const lead = 'Жамбыл облысының шағын ауылына ауыз су құбыры тартылды, енді әр үйде таза су бар.';
  const page = (tags: string) => `date 2025-12-10 Ауылға ауыз су жетті\n\n${lead}\n\nИмя ФАМИЛИЯ\n\n${tags}\n\nХабарламаларға жазылу\n`;

  it('are the tags when every word is the report\'s, two words the report writes together one tag', () => {
    const article = parse(page('ауыз су жамбыл облысы ауыл'));
    expect(article.tags).toEqual(['ауыз су', 'жамбыл облысы', 'ауыл']);
    expect(article.paragraphs).toEqual([lead]);
  });

  it('stay text when a word of them is not the report\'s', () => {
    expect(parse(page('ауыз су жамбыл облысы құрылыс жұмыстары')).tags).toEqual([]);
  });
});

describe('an aggregator\'s notices around a report it carries', () => {
  it('leaves out a feed\'s «appeared first on» notice, its verb in the plural; a sentence on where a message first appeared stays', () => {
    expect(clutterRuleOf('Сообщение В Караганде открыли маршрут появились сначала на Новости регионов.')?.name).toBe('reprint notice');
    expect(clutterRuleOf('The post В Караганде открыли маршрут appeared first on Новости регионов.')?.name).toBe('reprint notice');
    expect(clutterRuleOf('Сообщение о пожаре появилось сначала на сайте ведомства, а затем его удалили.')).toBeUndefined();
  });

  it('leaves out a site\'s link to its channel named by its domain; a person or body in a network is a headline', () => {
    expect(clutterRuleOf('Газета.Ru в Telegram')?.name).toBe('social link');
    expect(clutterRuleOf('Токаев в Telegram')).toBeUndefined();
  });

  it('reads a listed outlet glued after the last sentence as the source; a sentence ending on the outlet\'s name keeps it', () => {
    const glued = parse('date 2023-02-14 В Бишкеке выросло число простуд\nК врачам обратились на треть больше людей, сообщают в управлении здравоохранения.Кабар\n');
    expect(glued.attribution).toEqual({ outlet: 'Кабар' });
    expect(glued.paragraphs).toEqual(['К врачам обратились на треть больше людей, сообщают в управлении здравоохранения.']);
    const named = parse('date 2023-02-14 В Бишкеке выросло число простуд\nК врачам обратились на треть больше людей, пишет Kazinform\n');
    expect(named.paragraphs).toEqual(['К врачам обратились на треть больше людей, пишет Kazinform']);
  });

  it('reads a listed outlet presenting the report to the reader as its outlet; anyone else presenting names none', () => {
    const presented = (lead: string) => parse(`date 2025-11-02 2 қараша. Жылнама\n${lead}\n`).attribution;
    expect(presented('Kazinform оқырман назарына 2 қарашаға арналған атаулы күндер тізбесін ұсынады.')).toEqual({ outlet: 'Kazinform' });
    expect(presented('Информационное агентство Kazakhstan Today представляет обзор главных событий года.')).toEqual({ outlet: 'KAZAKHSTAN TODAY' });
    expect(presented('Облыстық театр көрермен назарына жаңа қойылымын ұсынады.')).toBeUndefined();
    expect(presented('Театр представляет новую постановку по пьесе местного автора.')).toBeUndefined();
  });
});

describe('a short headline over an interview\'s dek, and a byline signed for the text and the photos', () => {
  const LEAD = 'На прошлой неделе редакция рассказала о спорах вокруг закупок для городских больниц.';

  it('keeps a two-word headline right over the dek naming the guest and quoting him; the dek stays text', () => {
    const article = parse(`date 2018-06-29 Тонкие места\nАрман ЖАКСЫБЕКОВ, вице-министр финансов: Бюджет выдержит всё!\n${LEAD}\n`);
    expect(article.title).toBe('Тонкие места');
    expect(article.paragraphs).toEqual(['Арман ЖАКСЫБЕКОВ, вице-министр финансов: Бюджет выдержит всё!', LEAD]);
  });

  it('a dek with the role capitalised, or apart from the title, is no evidence: the two words stay page matter', () => {
    expect(parse(`date 2018-06-29 Тонкие места\nАрман ЖАКСЫБЕКОВ, Вице-министр Финансов: Бюджет выдержит всё!\n${LEAD}\n`).title).not.toBe('Тонкие места');
    expect(parse(`date 2018-06-29 Тонкие места\n\nАрман ЖАКСЫБЕКОВ, вице-министр финансов: Бюджет выдержит всё!\n${LEAD}\n`).title).not.toBe('Тонкие места');
  });

  it('reads `Текст и фото:` as the author\'s credit, no caption, and the byline\'s place in brackets as page matter', () => {
    expect(creditIn('ТЕКСТ И ФОТО: ИРИНА БЕЛОВА')).toEqual({ credit: 'ИРИНА БЕЛОВА' });
    expect(creditIn('Текст и фото: Ирина Белова')).toEqual({ credit: 'Ирина Белова' });
    expect(clutterRuleOf('(г. Караганда, Центральный Казахстан)')?.name).toBe('byline');
    expect(clutterRuleOf('(г. Караганда)')?.name).toBe('byline');
    expect(clutterRuleOf('(в Караганде открыли две школы)')).toBeUndefined();
  });
});

describe('a still, a screenshot, a collage and a generic snapshot as credits; a gallery\'s counter and a video\'s credit as page matter', () => {
  it('reads a screenshot of a video with no preposition, a still\'s label with a colon, a photo collage and a snapshot marked illustrative', () => {
    expect(creditIn('Скриншот видео')).toEqual({ credit: 'Скриншот видео', generic: true });
    expect(creditIn('Скриншот видео из соцсетей')).toEqual({ credit: 'Скриншот видео из соцсетей', generic: true });
    expect(creditIn('Скрин видео')).toEqual({ credit: 'Скрин видео', generic: true });
    expect(creditIn('Кадр видео: ДП Алматы')).toEqual({ credit: 'ДП Алматы' });
    expect(creditIn('Скриншот: Instagram')).toEqual({ credit: 'Instagram' });
    expect(creditIn('Фотоколлаж Kazinform')).toEqual({ credit: 'Kazinform', generic: false });
    expect(creditIn('Фото взято из открытых источников')).toEqual({ credit: 'из открытых источников', generic: true });
    expect(creditIn('Снимок носит иллюстративный характер')).toEqual({ credit: 'Снимок носит иллюстративный характер', generic: true });
    expect(creditIn('Фото: © Kazpravda.kz')).toEqual({ credit: 'Kazpravda.kz' });
    expect(creditIn('Текст: Ольга Иванова, фото: Пётр Петров')).toEqual({ credit: 'Пётр Петров' });
  });

  it('a still\'s label after a dash, or a sentence on a snapshot or a screenshot, stays text', () => {
    expect(creditIn('Кадр — это единица фильма, снятая без остановки.')).toBeUndefined();
    expect(creditIn('Скриншот - главный довод в этом споре.')).toBeUndefined();
    expect(creditIn('Снимок сделан в 1982 году.')).toBeUndefined();
    expect(creditIn('Скрин переписки опубликовали в соцсетях.')).toBeUndefined();
  });

  it('takes a gallery\'s counter and a video\'s credit naming a service or an account; a sentence after `Видео:` stays', () => {
    expect(clutterRuleOf('1 / 12')?.name).toBe('gallery counter');
    expect(clutterRuleOf('Фото 3 из 12')?.name).toBe('gallery counter');
    expect(clutterRuleOf('Видео: пресс-служба ДЧС')?.name).toBe('video credit');
    expect(clutterRuleOf('Видео: Instagram/akimat_city')?.name).toBe('video credit');
    expect(clutterRuleOf('Видео: спасатели вытащили собаку из реки')).toBeUndefined();
    expect(clutterRuleOf('Видео: Спасатели вытащили собаку из реки')).toBeUndefined();
  });
});

describe('a caption under its label, a correspondent\'s byline with her role, a chart\'s source and a video\'s leftover link', () => {
  it('reads `На снимке:` and `На фото:` as the picture\'s caption, never its credit; every such caption leaves the text', () => {
    expect(creditIn('На фото: новый мост через реку')).toBeUndefined();
    expect(creditIn('На фото: Лыжники на старте. || Фото из архива «Газеты»')).toEqual({ credit: 'из архива «Газеты»', caption: 'Лыжники на старте.' });
    const article = parse('date 2024-03-05 В Уральске открыли новый мост через реку\nВ Уральске после ремонта открыли мост через реку Чаган, сообщает «Уральская неделя».\nНа снимке: аким города на открытии моста\nРаботы шли два года и обошлись бюджету в три миллиарда тенге.\nНа фото: первые машины на мосту\nДвижение откроют для всех видов транспорта с понедельника.\n');
    expect(article.photoAlt).toBe('аким города на открытии моста');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.photoCredit).toBeUndefined();
  });

  it('takes a byline with the correspondent\'s role after a comma and `Подготовила Имя Фамилия`; a sentence about a journalist stays', () => {
    expect(clutterRuleOf('Ольга ИВАНОВА, собственный корреспондент «Газеты» по ЗКО')?.name).toBe('byline');
    expect(clutterRuleOf('Материал подготовил Пётр Петров')?.name).toBe('byline');
    expect(clutterRuleOf('Ольга Иванова, журналист, поехала в село и увидела там новую школу.')).toBeUndefined();
    expect(clutterRuleOf('Подготовила программу Ольга Иванова')).toBeUndefined();
    expect(clutterRuleOf('Ольга Иванова, журналист из Атырау, рассказала о поездке в горы')).toBeUndefined();
  });

  it('takes a chart\'s or a table\'s source and an embedded video\'s link; a schedule or a sentence stays', () => {
    expect(clutterRuleOf('Таблица: Бюро национальной статистики')?.name).toBe('chart credit');
    expect(clutterRuleOf('Инфографика Kazinform')?.name).toBe('chart credit');
    expect(clutterRuleOf('График: с утра до вечера')).toBeUndefined();
    expect(clutterRuleOf('График: Понедельник с 9 до 18')).toBeUndefined();
    expect(clutterRuleOf('Инфографика показывает рост цен')).toBeUndefined();
    expect(clutterRuleOf('Смотреть на YouTube')?.name).toBe('media player');
    expect(clutterRuleOf('Смотрите видео, как спасатели вытащили собаку.')).toBeUndefined();
  });
});

describe('a closing line cut off by the copy that names the headline\'s person in full', () => {
  const page = (last: string) => `date 2023-10-17 В Степногорске появился мурал в честь пожарного Аскара Забикулина\nПоделиться:\n\nВ Степногорске на фасаде пожарной части нарисовали портрет погибшего пожарного.\n\nРаботу выполнили местные художники за десять дней по заказу городского управления.\n\n${last}\n`;

  it('keeps it as the report\'s last paragraph; a headline naming someone else still goes as a teaser', () => {
    expect(parse(page('Брат погибшего пожарного Эльдар Забикулин поблагодарил художников за их труд')).paragraphs.at(-1)).toBe('Брат погибшего пожарного Эльдар Забикулин поблагодарил художников за их труд');
    expect(parse(page('Аким области Ерлан Жумабаев выразил благодарность строителям школы')).paragraphs.at(-1)).toBe('Работу выполнили местные художники за десять дней по заказу городского управления.');
  });
});

describe('Kazakh generic credits: an illustrative picture and a still from a video', () => {
  it('reads `Көрнекі сурет`, `Видеодан скрин`, `Видеодан алынған кадр` and a screenshot\'s label alone; a sentence on them stays', () => {
    expect(creditIn('Көрнекі сурет')).toEqual({ credit: 'Көрнекі сурет', generic: true });
    expect(creditIn('Видеодан алынған кадр')).toEqual({ credit: 'Видеодан алынған кадр', generic: true });
    expect(creditIn('Видеодан скрин')).toEqual({ credit: 'Видеодан скрин', generic: true });
    expect(creditIn('Скриншот')).toEqual({ credit: 'Скриншот', generic: true });
    expect(creditIn('Көрнекі сурет салынды.')).toBeUndefined();
    expect(creditIn('Скриншот переписки облетел соцсети.')).toBeUndefined();
  });
});

describe('a credit in brackets, a photographer with the newspaper in quotes, a credit\'s closing period', () => {
  it('reads the credit in brackets alone or after its caption; a media mark or a sentence in brackets stays', () => {
    expect(creditIn('(Фото: пресс-служба акимата)')).toEqual({ credit: 'пресс-служба акимата' });
    expect(creditIn('Лодки спасателей у домов (фото: ДЧС)')).toEqual({ credit: 'ДЧС', caption: 'Лодки спасателей у домов' });
    expect(creditIn('Аким встретился с жителями (фото)')).toBeUndefined();
    expect(creditIn('Он показал снимки (фото прилагается).')).toBeUndefined();
    expect(creditIn('Аким открыл школу в селе. Дети пришли на линейку (фото акимата)')).toBeUndefined();
  });

  it('reads `Фото Имени Фамилии, «Газета»` and `Фото автора.` with its period', () => {
    expect(creditIn('Фото Ирины Беловой, «Вечерняя газета»')).toEqual({ credit: 'Ирины Беловой, «Вечерняя газета»', generic: false });
    expect(clutterRuleOf('Фото автора.')?.name).toBe('photo credit');
  });
});

describe('a caption with a still\'s generic credit glued after it', () => {
  it('reads `<caption> Кадры из видео` as the caption and the credit; the words in small letters inside a sentence stay text', () => {
    expect(creditIn('Пожарные тушат склад на окраине города Кадры из видео')).toEqual({ credit: 'Кадры из видео', generic: true, caption: 'Пожарные тушат склад на окраине города' });
    expect(creditIn('Кадры из видео')).toEqual({ credit: 'Кадры из видео', generic: true });
    expect(creditIn('Это было хорошо видно на кадрах из видео')).toBeUndefined();
    expect(creditIn('Полиция опубликовала Кадры из видео')).toBeUndefined();
  });
});

describe('a credit\'s label with no colon over the photographer\'s name', () => {
  const page = (label: string, name: string) => `date 2019-05-10 Старожилы рассказали, каким был их город\n\nМы спросили старожилов, как менялся город за последние полвека.\n\n${label}\n\n${name}\n\nГорожане вспоминали трамваи, арыки и летние кинотеатры.\n`;

  it('joins `Фотографии` / `Имя Фамилия`, a blank line between or not, into the credit', () => {
    const article = parse(page('Фотографии', 'Ирина Белова'));
    expect(article.photoCredit).toBe('Ирина Белова');
    expect(article.paragraphs).toEqual(['Мы спросили старожилов, как менялся город за последние полвека.', 'Горожане вспоминали трамваи, арыки и летние кинотеатры.']);
  });

  it('a label over a line that is no person\'s name stays as it was', () => {
    expect(parse(page('Фотографии', 'Старый город в снимках')).photoCredit).toBeUndefined();
  });
});

describe('a comment form, a rating widget and tag links under the report', () => {
  const text = ['В Павлодаре школы подключили к отоплению на неделю раньше обычного.', 'Жилые дома получат тепло, когда похолодает на три дня подряд.'];
  const page = (...foot: string[]) => `date 2024-10-01 Тепло в школы подали раньше срока\n${text.join('\n')}\n${foot.join('\n')}\n`;

  it('leaves out a sign-in prompt cut off mid-word and a rating widget; a sentence opening with the prompt\'s words stays', () => {
    expect(parse(page('Оцените статью', 'Понравилась статья?', 'Авторизуйтесь, чтобы', 'для добавления комментар')).paragraphs).toEqual(text);
    const said = 'Чтобы оставить комментарий для газеты, жители пришли в редакцию всем подъездом.';
    expect(parse(page(said)).paragraphs).toEqual([...text, said]);
    expect(clutterRuleOf('Войти')?.name).not.toBe('login prompt');
    expect(clutterRuleOf('Оцените статью бюджета, которую приняли депутаты')).toBeUndefined();
  });

  it('takes tag links one a line with their commas as tags only under the report or above it, never between its paragraphs', () => {
    expect(parse(page('Павлодар,', 'отопительный,', 'сезон,', 'Комментарии (0)')).tags).toEqual(['Павлодар', 'отопительный', 'сезон']);
    const middle = parse(`date 2024-10-01 Тепло в школы подали раньше срока\n${text[0]}\nПавлодар,\nЭкибастуз,\n${text[1]}\n`);
    expect(middle.tags).toEqual([]);
    expect(middle.paragraphs).toEqual([text[0], 'Павлодар,', 'Экибастуз,', text[1]]);
    const verse = parse(page('Степь моя,', 'Родная земля,', 'Ты в сердце навек.'));
    expect([verse.tags, verse.paragraphs.slice(2)]).toEqual([[], ['Степь моя,', 'Родная земля,', 'Ты в сердце навек.']]);
  });

  it('reads `Ключевые слова:` and `Темы:` as one tag list, and a heading with its links on the date line as the tags above the headline; `Темы:` before a sentence is text', () => {
    expect(parse(page('Ключевые слова: Павлодар, отопление', 'Темы: ЖКХ')).tags).toEqual(['Павлодар', 'отопление', 'ЖКХ']);
    const above = parse(`date 2024-10-01 Метки: Павлодар, отопление\nТепло в школы подали раньше срока\n${text.join('\n')}\n`);
    expect([above.title, above.tags]).toEqual(['Тепло в школы подали раньше срока', ['Павлодар', 'отопление']]);
    const topics = 'Темы: на сессии депутаты обсудили отопление школ и больниц области.';
    expect(parse(page(topics)).paragraphs).toEqual([...text, topics]);
  });
});

describe('a page flattened with its lead above a headline (mgorod.kz)', () => {
  it('takes no link to an earlier report for the headline: it names no word of the lead, and the page is refused', () => {
    const flattened = (link: string) => `date 2022-02-04 Им стал сосед пострадавшей семьи, передаёт корреспондент портала «Мой ГОРОД». ${link} В пресс-службе полиции области сообщили, что задержанный признал вину и дал показания.\n`;
    expect(refusal(flattened('Аким поручил найти поджигателей гаражей в микрорайоне Жулдыз Скриншот с видео'))).toMatch(/^1: /u);
    expect(parse(flattened('Соседа пострадавшей семьи задержали за поджог гаражей')).title).toBe('Соседа пострадавшей семьи задержали за поджог гаражей');
  });
});

describe('a page printing its text again from the subheading above the lead', () => {
  const sub = 'Жоспар бар. Нәтижесін күтеміз';
  const lead = 'Аудандағы жаңа кітапхана биыл күзде оқырмандарына есігін ашады деп күтілуде.';
  const next = 'Ғимараттың құрылысына жергілікті бюджеттен қаражат бөлінді.';

  it('keeps the headline printed twice by its counter, not the subheading printed again with the lead, and leaves the copy out', () => {
    const article = parse(`date 2012-12-26 Басты сайтқа өту\n26 Желтоқсан, 2012\n«Ауыл кітапханасы жаңарды»\n1444 рет\nкөрсетілді\n«Ауыл кітапханасы жаңарды»\n${sub}\n${lead}\n${sub}\n${lead.slice(0, 40)}\n`);
    expect(article.title).toBe('«Ауыл кітапханасы жаңарды»');
    expect(article.paragraphs).toEqual([sub, lead]);
    expect(article.skipped?.filter((s) => s.rule === 'text repeated').map((s) => s.line)).toEqual([9, 10]);
  });

  it('leaves out the subheading and the paragraphs printed again to the end, under a headline closing on `!`', () => {
    const headline = 'Аудандағы жаңа кітапхана күзде ашылады! Оқырмандар күтуде';
    const article = parse(`date 2014-02-05 ${headline}\nАудандағы жаңа кітапхана - күзде ашылады\n${lead}\n${next}\nАудандағы жаңа кітапхана - күзде ашылады\n${lead}\n`);
    expect(article.title).toBe(headline);
    expect(article.paragraphs).toEqual(['Аудандағы жаңа кітапхана - күзде ашылады', lead, next]);
    expect(article.skipped?.filter((s) => s.rule === 'text repeated').map((s) => s.line)).toEqual([5, 6]);
  });

  it('keeps a subheading printed again with other text under it, and the lead printed again under no subheading', () => {
    const other = 'Кітапхана қорына мыңнан астам жаңа кітап түседі деп жоспарланып отыр.';
    const article = parse(`date 2014-02-05 Аудандағы жаңа кітапхана күзде ашылады\n${sub}\n${lead}\n${next}\n${sub}\n${other}\n`);
    expect(article.paragraphs).toEqual([sub, lead, next, sub, other]);
  });
});

describe('a Kazakh page foot', () => {
  const lead = 'Аудан орталығында үш жүз орындық жаңа мектеп салтанатты түрде ашылды.';

  it('ends the tag list at the related posts\' label, in each script', () => {
    const cyrillic = parse(`date 2025-03-04 Ауылда жаңа мектеп ашылды\n${lead}\nТегтер: мектеп, білім\nҚатысты посттар\nОблыста жол жөндеу басталды\n`);
    expect(cyrillic.tags).toEqual(['мектеп', 'білім']);
    expect(cyrillic.paragraphs).toEqual([lead]);
    const latin = parse(`date 2025-03-04 Aýylda jańa mektep ashyldy\nAýdan ortalyǵynda úsh júz oryndyq jańa mektep saltanatty túrde ashyldy.\nTegter: mektep, bilim\nQatysty posttar\nTaqyrypqa qatysty\n`);
    expect(latin.tags).toEqual(['mektep', 'bilim']);
    const arabic = parse('date 2025-03-04 اۋىلدا جاڭا مەكتەپ اشىلدى\nاۋدان ورتالىعىندا ءۇش ءجۇز ورىندىق جاڭا مەكتەپ سالتاناتتى تۇردە اشىلدى.\nتەگتەر: مەكتەپ، ءبىلىم\nۇقساس جاڭالىقتار\n');
    expect(arabic.tags).toEqual(['مەكتەپ', 'ءبىلىم']);
  });

  it('leaves out a quoted headline the copy cut off after a word and the comment prompt cut off, at the source\'s end only', () => {
    const cut = parse(`date 2025-03-04 Ауылда жаңа мектеп ашылды\n${lead}\nПікірлер\nЖастар форумы өтті\n«Та\nPikir qaldyrý úshin júıege k\n`);
    expect(cut.paragraphs).toEqual([lead]);
    expect(cut.skipped?.filter((s) => s.line >= 5).map((s) => s.rule)).toEqual(['page foot', 'login prompt']);
    // A quote of three words, or a short quote the text goes on under, is the report's.
    const quote = parse(`date 2025-03-04 Ауылда жаңа мектеп ашылды\n${lead}\nПікірлер\n«Білім – болашақ кілті\n`);
    expect(quote.paragraphs).toEqual([lead, '«Білім – болашақ кілті']);
    const inside = parse(`date 2025-03-04 Ауылда жаңа мектеп ашылды\n${lead}\n«Білім\n${lead.replace('Аудан', 'Қала')}\nПікірлер\n`);
    expect(inside.paragraphs).toContain('«Білім');
  });
});

describe("other reports' headlines printed above the report's own", () => {
  const lead = 'В Таразе после капитального ремонта открыли городскую библиотеку, сообщает корреспондент NUR.KZ.';
  const text = 'В читальном зале поставили новые столы и пополнили фонд.';

  it('a feed of headlines over the headline the lead retells leaves; a headline over its subtitle, no feed and no stamp, stays', () => {
    const feed = parse(`date 2026-02-10 Тарифы на свет пересмотрят в четырёх областях\nСиноптики обещают мокрый снег на севере страны\nВ Таразе открыли городскую библиотеку\n${lead}\n${text}\n`);
    expect(feed.title).toBe('В Таразе открыли городскую библиотеку');
    expect(feed.skipped?.map((s) => [s.line, s.rule])).toEqual([[1, 'news widget'], [2, 'news widget']]);
    const subtitle = parse(`date 2026-02-10 Новая жизнь старых стен у реки\nВ Таразе открыли городскую библиотеку\n${lead}\n${text}\n`);
    expect(subtitle.title).toBe('Новая жизнь старых стен у реки');
    // A title naming the report's words stays, whatever stands under it.
    const named = parse(`date 2026-02-10 Библиотека в Таразе снова принимает читателей\nСиноптики обещают мокрый снег на севере страны\nВ Таразе открыли городскую библиотеку\n${lead}\n${text}\n`);
    expect(named.title).toBe('Библиотека в Таразе снова принимает читателей');
  });

  it("a comment form's notice that only registered users may comment is its login prompt; a sentence about registered users is text", () => {
    expect(clutterRuleOf('Оставлять комментарии могут только зарегистрированные пользователи')?.name).toBe('login prompt');
    expect(clutterRuleOf('Оставлять комментарии могут только зарегистрированные пользователи портала госуслуг, сообщили в министерстве.')).toBeUndefined();
  });

  it("a title over a feed of stamped headlines none of which the lead retells is refused at line 1; the headline over its stamp that the lead retells is taken", () => {
    const feed = 'date 2026-02-10 Тарифы на свет пересмотрят в четырёх областях\n10:15\nСиноптики обещают мокрый снег на севере страны\n09:40\n';
    expect(refusal(`${feed}Праздник поэзии в Туркестане\n08:20\n${lead}\n${text}\n`)).toMatch(/^1: the title and the lines under it down to line 5 are a feed of headlines/u);
    expect(parse(`${feed}В Таразе открыли городскую библиотеку\n08:20\n${lead}\n${text}\n`).title).toBe('В Таразе открыли городскую библиотеку');
  });

  it('a page that is a feed of headlines under its label and no report is refused at line 1', () => {
    expect(refusal('date 2026-02-27 Лента событий\n- Тарифы на свет пересмотрят в четырёх областях\n- Синоптики обещают мокрый снег на севере\n- На трассе ограничат движение фур\n')).toMatch(/^1: the title is page clutter \(news widget\)/u);
  });

  it("a lead over a feed's items between stamps takes none of them as its headline: refused; a headline retelling the lead there is taken", () => {
    const long = `${lead} ${text} ${text} ${text} ${text}`;
    expect(refusal(`date 2026-02-28 ${long}\nВчера, 12:10\nВ области за утро сгорели четыре автомобиля\nВчера, 11:04\nРейд прошёл на дорогах области\n`)).toMatch(/^1: /u);
    const own = parse(`date 2026-02-28 ${long}\nВчера, 12:10\nВ Таразе открыли городскую библиотеку после ремонта\nВчера, 11:04\n`);
    expect(own.title).toBe('В Таразе открыли городскую библиотеку после ремонта');
  });

  it("a close or menu button's glyph alone where the title goes is left out and the headline under it taken; with a single line under it, the title is missing", () => {
    const lead = 'Ақтөбе қаласындағы шахмат клубында жасөспірімдер арасындағы облыстық турнир басталды.';
    const article = parse(`date 2024-02-15 ×\n\nАқтөбеде шахмат турнирі басталды\n\nЖеңімпаздар облыс құрамасына енеді\n\n Айгерім Сапарқызы 15.02.2024 | 10:20\nФото: Ерлан Нұрланұлы\n\n${lead}\n`);
    expect(article.title).toBe('Ақтөбеде шахмат турнирі басталды');
    expect(article.paragraphs).toEqual(['Жеңімпаздар облыс құрамасына енеді', lead]);
    expect(article.skipped?.[0]).toMatchObject({ line: 1, rule: 'page navigation', text: '×' });
    expect(parse(`date 2024-02-15\n×\nАқтөбеде шахмат турнирі басталды\nЖеңімпаздар облыс құрамасына енеді\n 15.02.2024 | 10:20\n${lead}\n`).title).toBe('Ақтөбеде шахмат турнирі басталды');
    expect(refusal(`date 2024-02-15 ☰\n${lead}\n`)).toMatch(/^2: the title is missing after the date/u);
  });

  it("the report's date glued after a headline of four words or more leaves it; a digest's short title dated so, a date a preposition governs and another day stay", () => {
    const lead = 'Құрылыс жұмыстары сәуір айында басталады, деді облыстық білім басқармасының басшысы.';
    const article = parse(`date 2018-03-12 Павлодар облысында биыл төрт жаңа мектеп салынады 12.03.2018\n${lead}\n`);
    expect(article.title).toBe('Павлодар облысында биыл төрт жаңа мектеп салынады');
    expect(article.skipped).toEqual([{ line: 1, rule: 'date or time stamp', text: '12.03.2018' }]);
    expect(parse(`date 2019-07-09 Балқаш жаңалықтары 09.07.2019\n${lead}\n`).title).toBe('Балқаш жаңалықтары 09.07.2019');
    expect(parse(`date 2022-03-20 Выборы в районный маслихат назначены на 20.03.2022\nВыборы пройдут по всей области, сообщили в избирательной комиссии.\n`).title).toBe('Выборы в районный маслихат назначены на 20.03.2022');
    expect(parse(`date 2018-03-13 Павлодар облысында биыл төрт жаңа мектеп салынады 12.03.2018\n${lead}\n`).title).toBe('Павлодар облысында биыл төрт жаңа мектеп салынады 12.03.2018');
  });
});

describe('Kazakh attribution and signatures of copied pages', () => {
  it('reads the body an outlet cites between its name and the verb after `Бұл туралы`', () => {
    const article = parse('date 2024-05-10 Ауылда кітапхана ашылды\nБұл туралы «Abai.kz» порталы аудан әкімдігіне сілтеме жасай отырып хабарлайды.\nКітапханада үш мыңнан астам кітап бар және оқу залы жұмыс істейді.\n');
    expect(article.attribution).toEqual({ outlet: 'Abai.kz', via: 'аудан әкімдігі' });
  });

  it('gives a dateline\'s agency the channel its lead names as reporting, never an office it names', () => {
    const channel = parse('date 2024-05-11 Елордада саябақ ашылды\nАСТАНА. KAZINFORM – Астанада жаңа саябақ ашылды, деп хабарлайды "Астана" арнасы.\nСаябақта ойын алаңы мен велосипед жолы бар екен.\n');
    expect(channel.attribution).toEqual({ outlet: 'Kazinform', via: 'Астана' });
    const office = parse('date 2024-05-11 Елордада саябақ ашылды\nАСТАНА. KAZINFORM – Елордада жаңа саябақ ашылды, деп хабарлайды қала әкімдігінің баспасөз қызметі.\nСаябақта ойын алаңы мен велосипед жолы бар екен.\n');
    expect(office.attribution).toEqual({ outlet: 'Kazinform' });
  });

  it('reads a correspondent after an opening adverbial, only of a named outlet', () => {
    const named = parse('date 2024-05-13 Әкімдік түсініктеме берді\nЖеліде хабар тарады деген ақпарат бүгін таңертең шықты.\nОсыған байланысты Zakon.kz тілшісі әкімдікке хабарласып, түсініктеме алды.\n');
    expect(named.attribution).toEqual({ outlet: 'Zakon.kz' });
    const unnamed = parse('date 2024-05-13 Әкімдік түсініктеме берді\nЖеліде хабар тарады деген ақпарат бүгін таңертең шықты.\nОсыған байланысты газет тілшісі әкімдікке хабарласып, түсініктеме алды.\n');
    expect(unnamed.attribution).toBeUndefined();
  });

  it('takes the signature after a dash off the last sentence, never a reply in small letters', () => {
    const signed = parse('date 2024-05-12 Көпір жөнделді\nКөпір жазға дейін толық жөнделіп, көлік қозғалысы ашылды.\nТұрғындар жөндеуге риза, бірақ жұмыстың құнын ешкім айтпады.- Ерлан Сәрсенов\n');
    expect(signed.paragraphs!.at(-1)).toBe('Тұрғындар жөндеуге риза, бірақ жұмыстың құнын ешкім айтпады.');
    const reply = parse('date 2024-05-12 Көпір жөнделді\nКөпір жазға дейін толық жөнделіп, көлік қозғалысы ашылды.\nТілші жөндеудің құны қанша болғанын сұрады.- Жоқ, білмеймін\n');
    expect(reply.paragraphs!.at(-1)).toBe('Тілші жөндеудің құны қанша болғанын сұрады.- Жоқ, білмеймін');
  });

  it('leaves an image keyword of a word or two out, never a line of more words', () => {
    const keyword = parse('date 2024-05-14 Қант бағасы өсті\nҚант бір айда бес пайызға қымбаттады деп хабарлады статистика бюросы.\nқант\nБір келі қант қазір орта есеппен алты жүз теңге тұрады.\n');
    expect(keyword.paragraphs).not.toContain('қант');
    const words = parse('date 2024-05-14 Қант бағасы өсті\nҚант бір айда бес пайызға қымбаттады деп хабарлады статистика бюросы.\nбағасы әлі де өсуі мүмкін\nБір келі қант қазір орта есеппен алты жүз теңге тұрады.\n');
    expect(words.paragraphs).toContain('бағасы әлі де өсуі мүмкін');
  });

  it('gives no photo a caption printed twice under the text when only other cards follow, but does above a sentence cut off', () => {
    const cards = parse('date 2024-05-16 Облыста фестиваль өтеді\nФестиваль үш күнге созылып, оған жүзден астам жас өнерпаз қатысады.\nОқи отырыңыз...\nАуылда жаңа мектеп ашылды\nАуылда жаңа мектеп ашылды\n12.05.2024\nҚалада жаңа саябақ салынып жатыр\nҚалада жаңа саябақ салынып жатыр\n');
    expect(cards.photoAlt).toBeUndefined();
    const photo = parse('date 2024-05-16 Жағалау жаңартылады\nҚала жағалауын түбегейлі жаңарту жобасы әзірленіп жатыр.\nЖағалаудың жаңа эскизі\nЖағалаудың жаңа эскизі\nҚұрылыс басқармасының айтуынша, жоба келесі жылы басталып, екі\n');
    expect(photo.photoAlt).toBe('Жағалаудың жаңа эскизі');
  });
});

describe('a credit with no label or with its label glued', () => {
  it('takes a site and its source after a slash or a backslash, and the label glued to a Latin name; a sentence stays', () => {
    expect(creditIn('Ulysmedia.kz\\ЖИ')).toEqual({ credit: 'Ulysmedia.kz/ЖИ' });
    expect(creditIn('Orda.kz/Имя Фамилия')).toEqual({ credit: 'Orda.kz/Имя Фамилия' });
    expect(creditIn('ФотоOrda.kz.')).toMatchObject({ credit: 'Orda.kz' });
    expect(creditIn('Orda.kz/Жители села собрали деньги на ремонт моста.')).toBeUndefined();
    expect(creditIn('Фотоколлаж')).not.toEqual({ credit: 'коллаж' });
  });
});

describe('an archive credit between two sentences of a flattened page', () => {
  it('takes the credit out and keeps both sentences; a sentence opening on the same words stays', () => {
    const flat = parseSource(['date 2017-10-04 Суд оставил приговор в силе', 'Жалобу жителей города рассмотрел областной суд, сообщает корреспондент портала "Мой ГОРОД". Фото из архива "МГ" 12 июля в районном суде огласили приговор по делу.'].join('\n'));
    expect(flat instanceof SourceError ? undefined : flat.photoCredit).toBe('из архива "МГ"');
    expect(flat instanceof SourceError ? [] : flat.paragraphs.join(' ')).not.toContain('Фото из архива');
    const told = parseSource(['date 2017-10-04 Музей показал старый город', 'В музее открылась выставка о старом городе. Фото из архива "МГ" показывают, как строили первые улицы.'].join('\n'));
    expect(told instanceof SourceError ? [] : told.paragraphs).toEqual(['В музее открылась выставка о старом городе. Фото из архива "МГ" показывают, как строили первые улицы.']);
  });
});

describe('a page printing its description above the text, the text holding it again', () => {
  const description = 'Аудандағы жаңа кітапхана күзде ашылады. Оған мыңнан астам кітап әкелінді.';
  const lead = 'Ғимараттың құрылысына жергілікті бюджеттен қаражат бөлінді, жұмыс жазда аяқталды.';
  const last = 'Кітапхана аптасына алты күн жұмыс істейді деп жоспарланып отыр.';

  it('leaves out the description, two sentences, printed again word for word below the lead', () => {
    const article = parse(`date 2022-06-08 Ауданда жаңа кітапхана ашылады\n${description}\n${lead}\n${description}\n${last}\n`);
    expect(article.paragraphs).toEqual([lead, description, last]);
    expect(article.skipped?.filter((s) => s.rule === 'text repeated').map((s) => s.line)).toEqual([2]);
  });

  it('keeps one sentence the text says twice, and a description the text retells in other words', () => {
    const sentence = 'Аудандағы жаңа кітапхана биыл күзде ашылады деп күтілуде.';
    expect(parse(`date 2022-06-08 Ауданда жаңа кітапхана ашылады\n${sentence}\n${lead}\n${sentence}\n${last}\n`).paragraphs).toEqual([sentence, lead, sentence, last]);
    const retold = 'Аудандағы жаңа кітапхана күзде ашылады. Оған мыңға жуық кітап әкелінді.';
    expect(parse(`date 2022-06-08 Ауданда жаңа кітапхана ашылады\n${description}\n${lead}\n${retold}\n${last}\n`).paragraphs).toEqual([description, lead, retold, last]);
  });
});

describe('matter glued to the start of a paragraph', () => {
  const TITLE = 'date 2025-09-10 В Павлодаре проверили дома перед зимой';
  it("takes an image's label glued before a word that only opens a sentence; a name in camel case stays", () => {
    const article = parse(`${TITLE}\nМногоэтажкаДо отопительного сезона осталось три недели, сказали в отделе.\nКазМунайГаз сообщил о новых ценах на газ для жителей области.\nТенгизНа складе нашли старые трубы, их заменят до холодов.\n`);
    expect(article.paragraphs).toEqual(['До отопительного сезона осталось три недели, сказали в отделе.', 'КазМунайГаз сообщил о новых ценах на газ для жителей области.', 'На складе нашли старые трубы, их заменят до холодов.']);
    expect(parse(`${TITLE}\nПавлодарЭнерго начало подавать тепло в дома раньше срока.\n`).paragraphs).toEqual(['ПавлодарЭнерго начало подавать тепло в дома раньше срока.']);
  });

  it("takes a caption of several words glued before a word that opens a sentence; a brand in camel case and a verb's phrase stay", () => {
    const article = parse(`${TITLE}\nОтопительный сезон в ПавлодареВпервые трубы проверили за месяц до холодов, сказали в отделе.\n`);
    expect(article.paragraphs).toEqual(['Впервые трубы проверили за месяц до холодов, сказали в отделе.']);
    expect(article.skipped?.map((s) => s.text)).toContain('Отопительный сезон в Павлодаре');
    expect(parse(`${TITLE}\nАкции крупной компании КазахТелеком выросли за неделю на пять процентов.\n`).paragraphs).toEqual(['Акции крупной компании КазахТелеком выросли за неделю на пять процентов.']);
    expect(parse(`${TITLE}\nРабочие быстро заменили трубыВ подвале дома теперь сухо и тепло, сказали жильцы.\n`).paragraphs).toEqual(['Рабочие быстро заменили трубыВ подвале дома теперь сухо и тепло, сказали жильцы.']);
  });

  it("takes a gallery's numbered picture names, alone or glued before the lead; Latin words without a number glued to text stay", () => {
    const article = parse('date 2025-09-10 Ауылда көрме өтті\nauil tinisi01Ауылда шеберлердің көрмесі өтті, оған көп адам келді.\nauil tinisi02\nKörmege aýdan ákimi de kelip, alǵys aıtty.\n');
    expect(article.paragraphs).toEqual(['Ауылда шеберлердің көрмесі өтті, оған көп адам келді.', 'Körmege aýdan ákimi de kelip, alǵys aıtty.']);
    expect(article.skipped?.map((s) => s.text)).toEqual(['auil tinisi01', 'auil tinisi02']);
    expect(parse('date 2025-09-10 Ауылда көрме өтті\nosy jyly 2024 Jyly kórme ótti, oǵan kóp adam keldi.\n').paragraphs).toEqual(['osy jyly 2024 Jyly kórme ótti, oǵan kóp adam keldi.']);
  });

  it('takes the headline printed again before the lead after a space when the lead opens on a word only a sentence opens with; a lead going on from it stays', () => {
    const title = 'Жезказган собираются официально упразднить';
    const article = parse(`date 2025-09-10 ${title}\n${title} На портале опубликовали проект решения, передает Zakon.kz.\n`);
    expect(article.paragraphs).toEqual(['На портале опубликовали проект решения, передает Zakon.kz.']);
    const own = `${title} Сатпаев решил в акимате, передает Zakon.kz.`;
    expect(parse(`date 2025-09-10 ${title}\n${own}\n`).paragraphs).toEqual([own]);
  });
});

describe("a headline closing on its media's mark", () => {
  it("is the report's headline right above the photo's credit; a link so shaped between paragraphs stays another report's", () => {
    const head = 'date 2026-01-27 #Тренд\nОқиғалар\nАстанада көпқабатты үйдің подъезін мұз басты - видео\n\nМұз, Астана, сурет - Zakon.kz жаңалық 27.01.2026 21:22 Сурет: Instagram/user\n';
    const lead = 'Желіде тұрғындар түсірген видео тарады, деп хабарлайды Zakon.kz.';
    const article = parse(`${head}${lead}\n`);
    expect(article.title).toBe('Астанада көпқабатты үйдің подъезін мұз басты - видео');
    expect(article.paragraphs).toEqual([lead]);
    const link = 'Алматыда жаңа саябақ ашылды - фото';
    const inText = parse(`date 2026-01-27 Астанада подъезді мұз басты\n${lead}\n${link}\nКоммуналдық қызмет құбырды жөндеп, подъезді тазалады.\n`);
    expect(inText.paragraphs).not.toContain(link);
  });
});

describe('a note naming whose photos the report uses', () => {
  it('is the photo credit; with a clause after a comma it is a sentence of the text', () => {
    const head = 'date 2025-08-07 В Караганде назвали дома, не готовые к зиме\nВ акиматах районов опубликовали списки домов, где не готово отопление.\n';
    const article = parse(`${head}В материале использованы фото автора и районных акиматов\n`);
    expect(article.photoCredit).toBe('автора и районных акиматов');
    expect(article.paragraphs).toHaveLength(1);
    const sentence = 'В материале использованы фото, которые прислали жители этих домов.';
    expect(parse(`${head}${sentence}\n`).paragraphs).toContain(sentence);
  });
});

describe("the page's last lines, a line closing on a colon over a cut quote", () => {
  it('keeps both: no headline closes on a colon; a headline over its cut excerpt still goes', () => {
    const head = 'date 2025-05-21 Судья сделал замечание защитнику\n21 мая 2025, 16:01\nСудья сделал замечание защитнику потерпевших за ролик в соцсетях, сообщили в суде.\n';
    expect(parse(`${head}Судья Абенов в ответ заявил:\n— Суду незачем смотреть запис\n`).paragraphs).toContain('Судья Абенов в ответ заявил:');
    expect(parse(`${head}В Алматы задержали водителя автобуса\nВодитель ехал без\n`).paragraphs).not.toContain('В Алматы задержали водителя автобуса');
  });
  it('a reader photo naming where its senders live, or the newsroom staff, is a credit; a verb after the place makes it text', () => {
    expect(creditIn('Фото жителей Костанайской области')).toEqual({ credit: 'жителей Костанайской области', generic: true });
    expect(creditIn('Фото жителей села Акжар')).toEqual({ credit: 'жителей села Акжар', generic: true });
    expect(creditIn('Фото сотрудников редакции')).toEqual({ credit: 'сотрудников редакции', generic: true });
    expect(creditIn('Фото жителей Костанайской области облетело соцсети.')).toBeUndefined();
    expect(creditIn('Фото сотрудников редакции попали на выставку')).toBeUndefined();
  });

  it('a domain reporting, its period lost before the next sentence, is the outlet; a domain no reporting verb names is none', () => {
    const glued = 'В забеге приняли участие сотни горожан, передает sport-news.kz Дистанция прошла по центральным улицам города.';
    expect(parse(`date 2024-09-14 Горожане пробежали кросс\n${glued}\n`).attribution?.outlet).toBe('sport-news.kz');
    expect(parse(`date 2024-09-14 Горожане пробежали кросс\n${glued.replace('sport-news.kz', 'Sport-News.kz')}\n`).attribution?.outlet).toBe('Sport-News.kz');
    const read = 'В забеге приняли участие сотни горожан, читающих sport-news.kz Дистанция прошла по центральным улицам города.';
    expect(parse(`date 2024-09-14 Горожане пробежали кросс\n${read}\n`).attribution).toBeUndefined();
  });
});

describe('photo captions and credits of sports pages', () => {
  it('reads a caption closing a sentence with the credit after the copyright sign; a site\'s copyright with its years is no credit', () => {
    expect(creditIn('Айгерим Садыкова. ©Пресс-служба НОК РК')).toEqual({ credit: 'Пресс-служба НОК РК', caption: 'Айгерим Садыкова' });
    expect(creditIn('Все материалы сайта защищены. © 2002 – 2025 Site.kz')?.caption).toBeUndefined();
  });

  it('reads a photographer\'s name with the copyright sign glued after it, and a screenshot credit naming the account', () => {
    expect(creditIn('Фото Ержан Сапаров©')?.credit).toBe('Ержан Сапаров');
    expect(creditIn('Скриншот видео @almaty_roads')).toEqual({ credit: 'Скриншот видео @almaty_roads' });
  });

  it('takes a sentence printed twice right above a credit for the photo\'s caption; printed twice with no credit by it, it is text', () => {
    const caption = 'Павел Орлов стал серебряным призером Большого шлема в Ташкенте.';
    const withCredit = parse(`date 2025-03-10 Дзюдоист стал призером турнира\n${caption}\n${caption}\nФото Ержан Сапаров©\n${LEAD}\n`);
    expect(withCredit.paragraphs).toEqual([LEAD]);
    expect(withCredit.photoCredit).toBe('Ержан Сапаров');
    const without = parse(`date 2025-03-10 Дзюдоист стал призером турнира\n${caption}\n${caption}\n${LEAD}\n`);
    expect(without.paragraphs).toEqual([caption, LEAD]);
  });

  it('takes a line naming who stands where in the picture for a caption; a sentence naming it, closed by its period, stays', () => {
    const caption = 'В категории 81 кг Павел Орлов (слева) дошел до финала';
    const article = parse(`date 2025-03-10 Дзюдоист вышел в финал турнира\n${caption}\n${LEAD}\n`);
    expect(article.paragraphs).toEqual([LEAD]);
    expect(article.photoAlt).toBe(caption);
    const sentence = 'На пресс-конференции Павел Орлов (слева) рассказал о подготовке к турниру.';
    expect(parse(`date 2025-03-10 Дзюдоист вышел в финал турнира\n${LEAD}\n${sentence}\n${LEAD}\n`).paragraphs).toContain(sentence);
  });

  it('takes a title of a screenshot credit naming the account for no headline', () => {
    expect(refusal(`date 2025-03-10 Скриншот видео @almaty_roads\n${LEAD}\nПолиция установила личность водителя и составила протокол.\n`)).toMatch(/^1: the title is page clutter \(a photo credit\)/u);
  });

  it('takes a short row of capitalised menu links for no headline only when two of them name a site\'s pages', () => {
    const menu = parse(`date 2025-06-12 Матч-центр Видео Галерея Опросы Вакансии Рекламодателям\nБоксерша выиграла молодежный турнир в Бишкеке\n${LEAD}\n`);
    expect(menu.title).toBe('Боксерша выиграла молодежный турнир в Бишкеке');
    expect(parse(`date 2025-06-12 Алматы Видео Дня Обсуждают Казахстанцы\n${LEAD}\n`).title).toBe('Алматы Видео Дня Обсуждают Казахстанцы');
  });

  it('takes the headline under a kicker on the date line when it reports a figure the lead repeats; a subtitle with no figure stays text', () => {
    const lead = 'В пяти районах началась заготовка кормов, уже заготовлено 40 тысяч тонн сена, сообщили в акимате.';
    const kicked = parse(`date 2025-08-15 В области стартовал сенокос\nВ районах уже заготовлено 40 тысяч тонн сена\n${lead}\n`);
    expect(kicked.title).toBe('В районах уже заготовлено 40 тысяч тонн сена');
    expect(kicked.skipped?.map((s) => [s.line, s.rule])).toEqual([[1, 'kicker']]);
    const kept = parse(`date 2025-08-15 Сено заметно подешевело\nФермеры заготовили больше сена, чем в прошлом году\nФермеры заготовили больше сена, чем в прошлом году, и цены снизились, сообщили в акимате.\n`);
    expect(kept.title).toBe('Сено заметно подешевело');
    expect(kept.skipped?.some((s) => s.rule === 'kicker') ?? false).toBe(false);
  });

  it('keeps a short headline on the date line over an akimat\'s name, which is the source line, not the headline', () => {
    const article = parse(`date 2025-03-10 Жастар додасы\nҚарағанды қаласының әкімдігі\nҚалада қазақ күресінен жастар арасында ашық турнир өтті, жүзге жуық спортшы қатысты.\n`);
    expect(article.title).toBe('Жастар додасы');
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'source line']]);
  });

  it('takes a headline after its month\'s name and a period under a stamp, the weather and the rates; a dateline is no such headline', () => {
    const article = parse(`date 2024-12-03 Вторник, 3 декабря 2024\nПогода в Павлодаре: -12°C\nUSD 512.30 EUR 540.10 RUB 4.80\nДекабрь. Зима пришла по расписанию\nСнег накрыл город в первый же день месяца, и коммунальщики вывели всю технику.\n`);
    expect(article.title).toBe('Декабрь. Зима пришла по расписанию');
  });

  it('drops the stray dash a cut site suffix left after the title; a dash between two names inside it stays', () => {
    const cut = parse(`date 2024-05-02 В Семее отремонтировали пешеходный мост -\n${LEAD}\n`);
    expect(cut.title).toBe('В Семее отремонтировали пешеходный мост');
    expect(cut.skipped?.map((s) => [s.line, s.rule, s.text])).toEqual([[1, 'site name', '-']]);
    expect(parse(`date 2024-05-02 Поезд Алматы - Астана пойдёт быстрее\n${LEAD}\n`).title).toBe('Поезд Алматы - Астана пойдёт быстрее');
  });

  it('reads a news agency named as who writes the report, `пишет информагентство «…»`', () => {
    const article = parse('date 2021-08-10 В Таразе построят новый роддом\nВ Таразе построят новый роддом на 150 мест, пишет информагентство «Казинформ».\n');
    expect(article.attribution?.outlet).toBe('Kazinform');
  });
});

describe('a line heading a part of the report', () => {
  const LEAD = 'Федерация футбола утвердила расписание встреч четвертьфинала кубка, передает Vesti.kz.';
  const TEXT = 'Дорога к селу разбита так, что водитель съезжает на обочину и едет по степи.';

  it('a schedule\'s day over a row with its hour stays; the same date over a headline, or the report\'s own day, goes', () => {
    const row = '"Кайрат" – "Тобол", 18:00';
    expect(parse(`date 2026-03-20 Определены даты матчей кубка\n${LEAD}\n25 марта 2026 года\n${row}\n`).paragraphs).toEqual([LEAD, '25 марта 2026 года', row]);
    expect(parse(`date 2026-03-25 Определены даты матчей кубка\n${LEAD}\n25 марта 2026 года\n${row}\n`).paragraphs).toEqual([LEAD, row]);
    expect(parse(`date 2026-03-20 Определены даты матчей кубка\n${LEAD}\n25 марта 2026 года\nВ Алматы открылась новая библиотека для детей\n`).paragraphs).not.toContain('25 марта 2026 года');
  });

  it('a reportage\'s moment, no year, days off the report\'s, over a paragraph stays; a page\'s stamp with its year or a day off goes', () => {
    expect(parse(`date 2014-04-17 Село без воды ждет ответа\n${LEAD}\nПятница, 11 апреля, 10:30\n${TEXT}\n`).paragraphs).toEqual([LEAD, 'Пятница, 11 апреля, 10:30', TEXT]);
    expect(parse(`date 2014-04-17 Село без воды ждет ответа\n${LEAD}\n11 апреля 2014, 10:30\n${TEXT}\n`).paragraphs).toEqual([LEAD, TEXT]);
    expect(parse(`date 2014-04-17 Село без воды ждет ответа\n${LEAD}\nСреда, 16 апреля, 10:30\n${TEXT}\n`).paragraphs).toEqual([LEAD, TEXT]);
  });

  it('a WordPress stamp with the day\'s English ordinal ending is a stamp', () => {
    expect(clutterRuleOf('Опубликовано: Чт, Апр 17th, 2014')?.name).toBe('date or time stamp');
  });

  it('a heading right under the last sentence over someone\'s words stays; after a widget\'s label, or with its verb over an excerpt, it goes', () => {
    const quote = '«Күнде таңертең баламды мектепке өзім апарамын';
    const lead = 'Ауыл тұрғындары көше жолын жөндеу мәселесін бірнеше жылдан бері көтеріп келеді, деп хабарлайды Kazinform.';
    expect(parse(`date 2024-05-12 Ауыл көшелері батпаққа айналды\n1245\n${lead}\nМадиярдың машақаты\n${quote}\n`).paragraphs).toEqual([lead, 'Мадиярдың машақаты', quote]);
    const excerpt = 'Глава района провел совещание и поручил проверить все дороги района';
    const teaser = parse(`date 2018-03-27 В районе проверили дороги\n1245\n${LEAD}\nВ селе объявили траур\n${excerpt}\n`);
    expect(teaser.paragraphs).not.toContain('В селе объявили траур');
    const afterWidget = parse(`date 2024-05-12 Ауыл көшелері батпаққа айналды\n1245\n${lead}\nЧитайте еще:\nМадиярдың машақаты\n${quote}\n`);
    expect(afterWidget.paragraphs).not.toContain('Мадиярдың машақаты');
  });

  it('a dek that is a phrase with a preposition and no verb, between the headline and its copy, stays', () => {
    const dek = 'Рассказ о городском водопроводе в трех главах';
    const lead = 'Каждый год город теряет в старых трубах почти треть воды, которую подают насосные станции.';
    expect(parse(`date 2018-10-29 12345\nКуда уходит вода\n${dek}\nКуда уходит вода\n${lead}\n`).paragraphs).toEqual([dek, lead]);
  });

  it('a site named with its kind and adjectives after a verb in the past is the outlet', () => {
    const lead = 'Суд приговорил бывшего заместителя акима к восьми годам лишения свободы, сообщил местный новостной сайт «Актау Онлайн». Решение еще не вступило в силу.';
    expect(parse(`date 2019-08-27 В Актау вынесли приговор бывшему чиновнику\n${lead}\n`).attribution?.outlet).toBe('Актау Онлайн');
  });
});

describe('a credit glued before the lead on the date line, the headline under it', () => {
  const LEAD_TEXT = 'Жители трех микрорайонов с утра остались без горячей воды после аварии на трубе, и коммунальщики обещают вернуть ее только к позднему вечеру, когда закончат замену поврежденного участка. Жильцов просят запастись водой и следить за сообщениями акимата в социальных сетях.';
  it('reads the credit, takes the headline on line 2 and the lead as the first paragraph', () => {
    const article = parse(`date 2025-03-14 Фото: Pixabay ${LEAD_TEXT}\nКогда в дома вернется тепло\nБригады работают на месте с раннего утра и уже заменили часть трубы.\n`);
    expect(article.title).toBe('Когда в дома вернется тепло');
    expect(article.photoCredit).toBe('Pixabay');
    expect(article.paragraphs[0]).toBe(LEAD_TEXT);
  });
  it('never cuts a credit naming a person: the name and the lead stay one paragraph, whole', () => {
    const article = parse(`date 2025-03-14 Фото: Иван Петров ${LEAD_TEXT}\nКогда в дома вернется тепло\nБригады работают на месте с раннего утра и уже заменили часть трубы.\n`);
    expect(article.photoCredit).toBeUndefined();
    expect(article.paragraphs[0]).toBe(`Фото: Иван Петров ${LEAD_TEXT}`);
  });
  it('takes the headline with only a rubric under it when the lead is cut off as a preview; a whole lead over it alone is refused', () => {
    const preview = `${LEAD_TEXT} Ремонт...`;
    const article = parse(`date 2025-03-14 Фото: Pixabay ${preview}\nНеделя начнется с ремонта\nНовости\n`);
    expect(article.title).toBe('Неделя начнется с ремонта');
    expect(article.photoCredit).toBe('Pixabay');
    expect(article.paragraphs).toEqual([preview]);
    expect(parseSource(`date 2025-03-14 Фото: Pixabay ${LEAD_TEXT}\nНеделя начнется с ремонта\nНовости\n`)).toBeInstanceOf(SourceError);
  });
});

describe('a district page\'s counter, kicker and signature', () => {
  it('cuts a view counter glued before the lead; a lead opening on a count stays whole', () => {
    const glued = parse('date 2024-03-15 Ауыл кітапханасына жаңа сөрелер келді\n34 ViewsАуылдық кітапхана биыл жаңа сөрелер алды. Оқырмандар қуанып отыр.');
    expect(glued.paragraphs[0]).toBe('Ауылдық кітапхана биыл жаңа сөрелер алды. Оқырмандар қуанып отыр.');
    const counted = parse('date 2024-03-15 Ауыл кітапханасына жаңа сөрелер келді\n34 оқушы кітапханаға жаңа сөрелер орнатуға көмектесті. Оқырмандар қуанып отыр.');
    expect(counted.paragraphs[0]).toBe('34 оқушы кітапханаға жаңа сөрелер орнатуға көмектесті. Оқырмандар қуанып отыр.');
  });

  it('joins a line wrapped after a comma or a figure; a short line or one over a capital stays its own paragraph', () => {
    const wrapped = parse('date 2013-01-24 В селе открылась новая библиотека\nБиблиотека открылась в здании бывшего клуба и приняла первых читателей,\nкоторые раньше ездили в район.\nНа ремонт было выделено из районного бюджета 12\nмлн тенге.');
    expect(wrapped.paragraphs).toEqual(['Библиотека открылась в здании бывшего клуба и приняла первых читателей, которые раньше ездили в район.', 'На ремонт было выделено из районного бюджета 12 млн тенге.']);
    const apart = parse('date 2013-01-24 В селе открылась новая библиотека\nБиблиотека открылась в здании бывшего клуба и приняла читателей,\nЗаведующей назначена учительница.\nКниги, журналы,\nгазеты лежат на полках.');
    expect(apart.paragraphs).toHaveLength(4);
  });

  it('takes `Подготовила Имя` alone as a byline; `Подготовила программу …` stays', () => {
    expect(clutterRuleOf('Подготовила Айгуль')?.name).toBe('byline');
    expect(clutterRuleOf('Подготовила программу Ольга Иванова')).toBeUndefined();
  });
});

describe('a business paper\'s page furniture', () => {
  it('takes a press-reading service\'s line under the headline for the publication and the byline; a sentence with dashes stays', () => {
    const page = parse('date 2018-10-19 ПРОМЫШЛЕННОСТЬ ВЫРОСЛА ЗА МЕСЯЦ\nDelovoy Kazakhstan - - Dk-Index - Имя ФАМИЛИЯ\nВ сентябре заводы выпустили больше продукции, чем в августе, по данным статистиков.\n');
    expect(page.title).toBe('ПРОМЫШЛЕННОСТЬ ВЫРОСЛА ЗА МЕСЯЦ');
    expect(page.attribution?.outlet).toBe('Delovoy Kazakhstan');
    expect(page.paragraphs).toHaveLength(1);
    expect(clutterRuleOf('Kazakhstanskaya Pravda - 2019-03-14 - Политика - Имя Фамилия')?.name).toBe('byline');
    expect(clutterRuleOf('Рост - это хорошо - сказал он - и ушёл домой.')).toBeUndefined();
  });

  it('takes a print issue\'s stamp naming the magazine in quotes for the outlet; a sentence quoting an issue stays', () => {
    const page = parse('date 2012-11-05 Выручка компаний выросла\n\n«Деловой журнал» №44 (385)\n\nВыручка ста крупнейших компаний страны за год выросла почти на треть.\n');
    expect(page.attribution?.outlet).toBe('Деловой журнал');
    expect(page.paragraphs).toEqual(['Выручка ста крупнейших компаний страны за год выросла почти на треть.']);
    expect(clutterRuleOf('«Газета» №12 (1203) от 19.02.2020')?.name).toBe('print issue');
    expect(clutterRuleOf('Об этом писал «Деловой журнал» №44 (385)')).toBeUndefined();
  });

  it('names the outlet a correspondent works for, described in a few words before its name; a correspondent of an unnamed paper names none', () => {
    const lead = (who: string) => parse(`date 2015-12-30 Как слабел тенге\n\nНацвалюта за год подешевела почти вдвое. Корреспондент ${who} вспомнил, как развивались события.\n`).attribution?.outlet;
    expect(lead('центра деловой информации Kapital.kz')).toBe('Kapital.kz');
    expect(lead('делового издания Kursiv.kz')).toBe('Kursiv.kz');
    expect(lead('местной газеты Иванов')).toBeUndefined();
  });

  it('reads the source label glued to a domain as that domain; another word glued to a domain is no label', () => {
    const source = (line: string) => parse(`date 2016-01-11 Теңге әлсіреді\n\nДоллар бағамы бүгін тағы да көтеріліп, үш жүз қырық теңгеден асты.\n\n${line}\n`).attribution?.outlet;
    expect(source('Дереккөзktk.kz')).toBe('ktk.kz');
    expect(source('Источникtengrinews.kz')).toBe('Tengrinews.kz');
    expect(source('Жаңалықтарktk.kz')).toBe('Жаңалықтарktk.kz');
  });

  it('takes a photographer with the agency and the photo bank after slashes for the credit; two places or two names stay', () => {
    expect(creditIn('Имя Фамилия/Fotoimedia RM/fotobank.ru')).toEqual({ credit: 'Имя Фамилия/Fotoimedia RM/fotobank.ru' });
    expect(creditIn('Имя Фамилия / Reuters')).toEqual({ credit: 'Имя Фамилия/Reuters' });
    expect(creditIn('Алматы/Астана')).toBeUndefined();
    expect(creditIn('Иван Петров/Петр Иванов')).toBeUndefined();
  });

  it('takes a short headline printed twice in a row over its dek for the headline, the dek the first paragraph; a site\'s name twice over a headline stays out', () => {
    const page = parse('date 2013-02-10 Предпринимательство\n\nВ одну палату\n\nВ одну палату\n\nПредпринимателей объединят в общую палату\n\nРегиональные офисы палаты откроются во всех областях страны после принятия закона, сообщили в министерстве.\n');
    expect(page.title).toBe('В одну палату');
    expect(page.paragraphs[0]).toBe('Предпринимателей объединят в общую палату');
    const once = parse('date 2013-02-10 Предпринимательство\n\nВ одну палату\n\nПредпринимателей объединят в общую палату\n\nРегиональные офисы палаты откроются во всех областях страны после принятия закона, сообщили в министерстве.\n');
    expect(once.title).toBe('Предпринимателей объединят в общую палату');
  });
});

describe('regional pages: a dek over the headline, doubled header links, a stamp with its source, a collage credit', () => {
  const LEAD = 'Всю неделю горожане отмечают День города на площадях и в парках Уральска.';

  it('takes the headline under a dek of one short sentence on the date line, the dek its first paragraph; a headline closed by a period over its lead stays', () => {
    const dek = parse(`date 2025-09-18 Гостей праздника встретят артисты.\n\nКакие артисты выступят ко Дню города в Уральске\n\n${LEAD}`);
    expect(dek.title).toBe('Какие артисты выступят ко Дню города в Уральске');
    expect(dek.paragraphs).toEqual(['Гостей праздника встретят артисты.', LEAD]);
    // A second line naming none of the lead's words is a subheading of the text, no headline.
    const titled = parse(`date 2025-09-18 Горожане отмечают День города.\n\nПраздничная программа на выходные\n\n${LEAD}`);
    expect(titled.title).toBe('Горожане отмечают День города.');
    // A question under it asks the text's question, no headline: the short sentence opens the copy, refused.
    expect(refusal(`date 2025-09-18 Гостей праздника встретят артисты.\n\nКто выступит ко Дню города в Уральске?\n\n${LEAD}`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('takes a header\'s links each printed twice, one a site\'s own page, for page navigation; a phrase said twice in the text stays', () => {
    expect(clutterRuleOf('Partner Bank Partner Bank О редакции О редакции')?.name).toBe('page navigation');
    expect(clutterRuleOf('Главная Главная Контакты Контакты')?.name).toBe('page navigation');
    expect(clutterRuleOf('Спасибо Спасибо Большое спасибо Большое спасибо')).toBeUndefined();
    expect(clutterRuleOf('Мы шли мы шли Контакты Контакты')).toBeUndefined();
  });

  it('keeps a heading with its verb over the cut-off text in a report set out in sections; under a report with no heading it is another report\'s', () => {
    const head = 'date 2025-05-23 Городская неделя в Алматы\n\nДата публикации: 23.05.2025, 09:12\n\nКаждую пятницу редакция собирает главные городские новости недели в одном обзоре.\n\n';
    const tail = 'Вокзал обновят к осени\n\nСтроители заменят кровлю и залы ожидания, а на перроне поставят новые навесы и';
    const sections = parse(`${head}Проезд подорожал, но ненамного\n\nС первого числа поездка в автобусе будет стоить немного дороже, сообщили в управлении.\n\n${tail}`);
    expect(sections.paragraphs).toContain('Вокзал обновят к осени');
    const plain = parse(`${head}С первого числа поездка в автобусе будет стоить немного дороже, сообщили в управлении.\n\n${tail}`);
    expect(plain.paragraphs).not.toContain('Вокзал обновят к осени');
  });

  it('takes a stamp with its year and an office after it for a byline; a sentence opening on a date and an office stays', () => {
    expect(clutterRuleOf('20 Октября, 2025 Акимат Карагандинской области')?.name).toBe('byline');
    expect(clutterRuleOf('20 Октября Акимат Карагандинской области')).toBeUndefined();
    expect(clutterRuleOf('20 октября 2025 года акимат области провёл приём граждан.')).toBeUndefined();
  });

  it('takes a caption with the collage\'s maker and the site after a slash glued after it for the credit and its caption; a sentence before the label keeps its own reading', () => {
    expect(creditIn('Главные события недели в Алматы Коллаж Ивана Петрова/Gazeta.kz')).toEqual({ credit: 'Ивана Петрова/Gazeta.kz', caption: 'Главные события недели в Алматы' });
    expect(creditIn('Коллаж Ивана Петрова/Gazeta.kz')?.credit).toBe('Ивана Петрова/Gazeta.kz');
    // Two words before the label are no caption.
    expect(creditIn('Новости недели Коллаж Ивана Петрова/Gazeta.kz')).toBeUndefined();
  });

  it('takes a still with the network and the account after a slash for the credit; a sentence on the frame stays', () => {
    expect(creditIn('Кадр из видео Instagram/astana__sergek')).toEqual({ credit: 'Кадр из видео Instagram/astana__sergek' });
    expect(creditIn('Скриншот видео TikTok/@city_news')).toEqual({ credit: 'Скриншот видео TikTok/@city_news' });
    expect(creditIn('Кадр из видео Instagram/astana__sergek облетел все соцсети')).toBeUndefined();
  });

  it('takes a label naming what the picture illustrates for a credit\'s; the words in a sentence stay text', () => {
    expect(creditIn('Иллюстрация к статье: Яндекс.Картинки')).toEqual({ credit: 'Яндекс.Картинки' });
    expect(creditIn('Фото к материалу: пресс-служба акимата')?.credit).toBe('пресс-служба акимата');
    expect(creditIn('Иллюстрация к статье нарисована художником газеты по просьбе редакции.')).toBeUndefined();
  });

  it('takes a byline naming the illustrator, the photographer and the main photo\'s author: that author is the credit', () => {
    expect(creditIn('Анна Ким-Петрова и Дана Сейтова, иллюстрации Асель Нуровой, фотографии Жанар Омаровой, Автор заглавного фото — Ольга Смирнова')).toEqual({ credit: 'Ольга Смирнова' });
    expect(creditIn('Анна Ким-Петрова, фотографии Жанар Омаровой')).toEqual({ credit: 'Жанар Омаровой' });
    expect(creditIn('Анна Ким-Петрова и Дана Сейтова, иллюстрации Асель Нуровой')).toBeUndefined();
  });

  it('takes the people a photo shows, named over its credit under the headline, for its caption; one name there is no caption', () => {
    const head = 'date 2021-03-05 ribbon gif\n\nДвух министров заметили на городском катке в выходной\n\n';
    const tail = 'Фото: example.kz\n\nДвух министров заметили на городском катке в субботу утром, передает NUR.KZ.\n';
    const two = parse(`${head}Ерлан Сапаров и Даурен Мусин\n${tail}`);
    expect(two.paragraphs).not.toContain('Ерлан Сапаров и Даурен Мусин');
    expect(two.skipped?.find((s) => s.text === 'Ерлан Сапаров и Даурен Мусин')?.rule).toBe('photo caption');
    const one = parse(`${head}Ерлан Сапаров\n${tail}`);
    expect(one.skipped?.find((s) => s.text === 'Ерлан Сапаров')?.rule).not.toBe('photo caption');
  });

  it('takes a comment widget\'s failure notice, whole or cut off, for the comments; a sentence opening the same way stays', () => {
    expect(clutterRuleOf('Если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев. Возможно у вас откл')?.name).toBe('comments');
    expect(clutterRuleOf('Если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев.')?.name).toBe('comments');
    expect(clutterRuleOf('Если вы видите данное сообщение, значит возникли проблемы с сетью в вашем районе.')).toBeUndefined();
    expect(clutterRuleOf('«')?.name).toBe('page foot');
    expect(clutterRuleOf('«»')).toBeUndefined();
  });
});

describe('a channel\'s web preview, language markers, an impersonal verb and an agency credit', () => {
  const HEAD = 'date 2024-03-12 Степные вести\n18K subscribers\n3.1K photos\nНовости городов и сёл Казахстана каждый день в одном канале.\n';
  const POST = 'В Павлодаре открыли новый мост\nДвижение по новому мосту через затон открыли во вторник утром, сообщили в акимате.\n';

  it('a channel\'s head, its name over its subscribers\' counter down to the `Download Telegram` button, is left out; the post\'s first line is the headline', () => {
    const article = parse(`${HEAD}Download Telegram\n${POST}`);
    expect(article.title).toBe('В Павлодаре открыли новый мост');
    expect(article.paragraphs).toEqual(['Движение по новому мосту через затон открыли во вторник утром, сообщили в акимате.']);
    expect(article.skipped?.map((s) => s.rule)).toEqual(['channel head', 'counter', 'counter', 'channel head', 'channel head']);
  });

  it('without the closing button, or with the counter far under the name, there is no channel head: the description stays text', () => {
    const article = parse(`${HEAD}${POST}`);
    expect(article.paragraphs).toContain('Новости городов и сёл Казахстана каждый день в одном канале.');
    expect((article.skipped ?? []).some((s) => s.rule === 'channel head')).toBe(false);
    const far = parse(`date 2024-03-12 В Павлодаре открыли новый мост\nДвижение по новому мосту через затон открыли во вторник утром, сообщили в акимате.\nЗа неделю канал акимата набрал новых читателей, сообщили там.\nТеперь у него 18K subscribers\nDownload Telegram\n`);
    expect((far.skipped ?? []).some((s) => s.rule === 'channel head')).toBe(false);
  });

  it('language markers glued around a title or a line are taken off it; a marker alone is left out; brackets inside the text stay', () => {
    const article = parse('date 2019-05-06 [:ru]На юге ожидаются сильные ливни[:]\n[:ru]\nСильные ливни пройдут на юге страны 7-9 мая, сообщает «Казгидромет».\n');
    expect(article.title).toBe('На юге ожидаются сильные ливни');
    expect(article.skipped?.map((s) => [s.rule, s.text])).toEqual([['language marker', '[:ru][:]'], ['language marker', '[:ru]']]);
    const inside = parse('date 2019-05-06 На юге ожидаются сильные ливни\nСильные ливни [:ru] пройдут на юге страны 7-9 мая, сообщает «Казгидромет».\n');
    expect(inside.paragraphs[0]).toContain('[:ru] пройдут');
  });

  it('`сообщается` after a comma names no one who reports: the line is a headline; `сообщает` with its outlet still reads as a lead', () => {
    expect(leadShape('Адвокат: следствие завершено, сообщается о давлении на родных')).toBeUndefined();
    expect(leadShape('Следствие по делу завершено, сообщает Kazinform')).toBe('it holds the attribution of the lead');
    expect(leadShape('Следствие по делу завершено, передаёт корреспондент')).toBe('it holds the attribution of the lead');
  });

  it('a photographer with a photo agency named in Cyrillic after a slash is the credit; a name and a city are none', () => {
    expect(creditIn('Гавриил Петров/РИА Новости')?.credit).toBe('Гавриил Петров/РИА Новости');
    expect(creditIn('Иван Сидоров / ТАСС')?.credit).toBe('Иван Сидоров/ТАСС');
    expect(creditIn('Иван Сидоров/Москва')).toBeUndefined();
    expect(creditIn('Алматы/Астана')).toBeUndefined();
  });
});

describe('tag links above the prompt closing a page', () => {
  const text = 'date 2025-06-03 В Уральске закрыли пляж\nГородской пляж в Уральске закроют на две недели, сообщает Zakon.kz.\nОткрыть пляж для жителей Уральска обещают к середине июня.\nУральск\nЧитайте также\n';
  const widget = 'Популярное\nНацбанк сохранил базовую ставку на прежнем уровне\nВ Астане открыли новую велодорожку вдоль набережной\n';

  it('takes the tag over a «read also» label and the prompt with a widget of popular news under them; with no prompt the widget alone makes no tag', () => {
    expect(parse(`${text}Следите за новостями zakon.kz в:\n${widget}`).tags).toEqual(['Уральск']);
    expect(parse(`${text}${widget}`).tags).toEqual([]);
  });
});

describe('the foot and head of a Russian page: a slogan before the prompt, the press at large, a tag row, the sections of a list', () => {
  it('a slogan set before the imperative to subscribe by a spaced dash is a prompt; a dash in a report of an appeal stays text', () => {
    expect(clutterRuleOf('Главные новости региона в вашем телефоне - подписывайтесь на наш Instagram!')?.name).toBe('reader prompt');
    expect(clutterRuleOf('Все новости спорта у вас в кармане — читайте наш Telegram-канал')?.name).toBe('reader prompt');
    expect(clutterRuleOf('Волонтеры собрали помощь за сутки - пишите нам в Telegram, призвал аким района')).toBeUndefined();
    expect(clutterRuleOf('Спасатели работали всю ночь - подписывайтесь на сводки МЧС, там есть новости')).toBeUndefined();
  });

  it('`как передают СМИ` names no outlet: the agency named later reports, and `со ссылкой на местные СМИ` cites no one', () => {
    const article = parse('date 2016-06-05 В Актобе задержали угонщиков грузовика\nВ Актобе полиция задержала двоих мужчин. Как передают СМИ, они угнали грузовик со стоянки.\nПозже обоих доставили в отдел полиции, передает агентство РИА Новости со ссылкой на местные СМИ.\n');
    expect(article.attribution).toEqual({ outlet: 'РИА Новости' });
    const alone = parse('date 2016-06-05 В Актобе задержали угонщиков грузовика\nВ Актобе полиция задержала двоих мужчин, сообщают местные СМИ.\n');
    expect(alone.attribution).toBeUndefined();
  });

  it('a tag row naming regions with their abbreviation, printed twice with rubrics between, is no headline; a headline naming two regions stays', () => {
    const article = parse('date 2020-01-15 Анна Петрова Павлодарская обл. Акмолинская обл. общество Дом и быт Анна Петрова Павлодарская обл. Акмолинская обл.\n\nВ двух областях закрыли трассы из-за метели\n\nИз-за метели в Павлодарской и Акмолинской областях закрыли несколько участков трасс, передает корреспондент телеканала «МИР 24».\n');
    expect(article.title).toBe('В двух областях закрыли трассы из-за метели');
    expect(article.skipped?.[0]?.rule).toBe('not a headline');
    const headline = parse('date 2020-01-15 Павлодарская обл. и Акмолинская обл. закрыли трассы\n\nИз-за метели в двух областях закрыли несколько участков трасс, сообщили в МЧС.\n');
    expect(headline.title).toBe('Павлодарская обл. и Акмолинская обл. закрыли трассы');
  });

  it('a region over its list of closed roads heads a section when another region heads items below; a label alone over one item is still the page head', () => {
    const page = 'date 2024-03-28 Комментарии 0\n...комментариев пока нет\nКакие дороги закрыты в области сегодня\nАктюбинская область\n- трасса «Актобе — Шалкар» на участке 10-40 км.\nКостанайская область\n- трасса «Костанай — Аркалык» на участке 5-25 км.\n';
    expect(parse(page).paragraphs.slice(0, 3)).toEqual(['Актюбинская область', '- трасса «Актобе — Шалкар» на участке 10-40 км.', 'Костанайская область']);
    const single = parse('date 2024-03-28 Комментарии 0\n...комментариев пока нет\nКакие дороги закрыты в области сегодня\nАктюбинская область\n- трасса «Актобе — Шалкар» закрыта на участке 10-40 км.\nОткрыть движение обещают к вечеру, сообщили в КазАвтоЖол.\n');
    expect(single.paragraphs[0]).toBe('- трасса «Актобе — Шалкар» закрыта на участке 10-40 км.');
  });
});

describe('the lines a copy cut or opened with the site block', () => {
  const paragraphs = 'Первый абзац отчёта достаточно длинный, чтобы быть предложением текста.\n\nВторой абзац тоже длинный и закрывает своё предложение точкой.\n\n';

  it('keeps the last line cut inside a word: the report\'s next sentence, no closing teaser', () => {
    const article = parse(`date 2024-01-30 Тарифы на воду выросли в Караганде\n\n4242\n\n${paragraphs}Новые тарифы одобрил карагандинский департамент Комитета п\n`);
    expect(article.paragraphs.at(-1)).toBe('Новые тарифы одобрил карагандинский департамент Комитета п');
  });

  it('still leaves out another report\'s whole headline closing the copy, a one-letter word or none at its end', () => {
    const article = parse(`date 2024-01-30 Тарифы на воду выросли в Караганде\n\n4242\n\n${paragraphs}Новые тарифы одобрил карагандинский департамент Комитета\n`);
    expect(article.paragraphs).toHaveLength(2);
    expect(article.skipped?.at(-1)?.rule).toBe('teaser of another report');
  });

  it('leaves out the menu block above the site\'s copyright line when the headline follows it', () => {
    const article = parse('date 2025-10-02 18+\nКонтакты редакции:\n+7 (7292) 11 22 33, news@example.kz\nАдрес редакции:\n130000, г.Актау, 7 мкр., здание 3\n© 2002 – 2025 LADA.KZ\n\nВ Актау высадили новую аллею вдоль набережной\n\nВдоль набережной Актау коммунальные службы высадили двести молодых карагачей.\n');
    expect(article.title).toBe('В Актау высадили новую аллею вдоль набережной');
    expect(article.paragraphs).toEqual(['Вдоль набережной Актау коммунальные службы высадили двести молодых карагачей.']);
  });

  it('keeps a sentence above the site\'s copyright line, and the block with it', () => {
    const article = parse('date 2025-10-02 В Актау высадили новую аллею вдоль набережной\nВдоль набережной Актау коммунальные службы высадили двести молодых карагачей.\n© 2002 – 2025 LADA.KZ\nАллея протянется на полтора километра вдоль берега моря.\n');
    expect(article.paragraphs[0]).toBe('Вдоль набережной Актау коммунальные службы высадили двести молодых карагачей.');
  });

  it('takes the alt text right under a language link, over a credit with its own caption, as the photo\'s caption', () => {
    const article = parse('date 2023-11-02 Версия сайта\n\nПервый гололёд сковал дороги Костаная (фото)\n\nОпубликовано:\n\nҚазақ тілінде оқу\nМашины едут по заснеженной улице\nУлица. Иллюстративное фото: NUR.KZ/Айдос Оспанов\n\nВ Костанае ночью ударил мороз, и к утру дороги города покрылись тонкой коркой льда.\n');
    expect(article.title).toBe('Первый гололёд сковал дороги Костаная (фото)');
    expect(article.paragraphs).toEqual(['В Костанае ночью ударил мороз, и к утру дороги города покрылись тонкой коркой льда.']);
    expect(article.skipped?.find((s) => s.text === 'Машины едут по заснеженной улице')?.rule).toBe('photo caption');
  });
});

describe('a Kazakh page: a verse opening the report under the page head, a still credited by the video first', () => {
  it('verse lines left open on a comma or an ellipsis run into the first paragraph and stay; a label on no mark above them still goes', () => {
    const verse = ['Дала, дала, кең дала…', 'Жусан иісі жел үстінде,', 'Күн батады көкжиекке.', 'Көктем келді ауылға,'];
    const lead = 'Көктем келді жеріме…, - деп жазған ақынның жылдығына арналған кеш қалалық кітапханада өтті.';
    const page = parse(['date 2025-03-14 Қалада ақынның жылдығына арналған кеш өтті', '  • 11:20, 14 наурыз 2025', 'Мәдениет', ...verse, lead].join('\n'));
    expect(page.paragraphs).toEqual([...verse, lead]);
    expect(page.skipped?.map((line) => line.text)).toContain('Мәдениет');
    const noVerse = parse(['date 2025-03-14 Қалада ақынның жылдығына арналған кеш өтті', '  • 11:20, 14 наурыз 2025', 'Мәдениет', 'Басты бет', lead].join('\n'));
    expect(noVerse.paragraphs).toEqual([lead]);
  });

  it('`Видеодан кадр:` before a source is a credit; after a dash it opens a sentence', () => {
    expect(creditIn('Видеодан кадр: qalanews.kz')).toEqual({ credit: 'qalanews.kz' });
    expect(creditIn('Видеодан алынған кадр: Аудан әкімдігі')).toEqual({ credit: 'Аудан әкімдігі' });
    expect(creditIn('Видеодан кадр – әкім көлікте келе жатып тұрғынға жауап береді')).toBeUndefined();
  });

  it('a network\'s name and its account\'s site after a colon is a social link; words after the colon are text', () => {
    expect(clutterRuleOf('instagram: auylnews.kz')?.name).toBe('social link');
    expect(clutterRuleOf('Instagram: auylnews.kz/reels')?.name).toBe('social link');
    expect(clutterRuleOf('Instagram: әкім парақшасында видео жариялап, тұрғындарға жауап берді.')).toBeUndefined();
  });
});

describe('the widgets under a copied report', () => {
  it('an empty comment thread’s notice heads the thread and its rules; a sentence on comments is text', () => {
    expect(clutterRuleOf('Нет комментариев. Ваш будет первым!')?.name).toBe('comments');
    expect(clutterRuleOf('Комментариев пока нет. Будьте первым!')?.name).toBe('comments');
    expect(clutterRuleOf('Комментариев пока нет, сообщили в пресс-службе ведомства.')).toBeUndefined();
    const rules = 'Комментарии с бранью и рекламой удаляются без предупреждения, пишите по теме статьи.';
    const article = parse(`date 2021-10-04 В городе заменили трубы\n4 октября 2021 - Администратор\nВ городе заменили трубы\nКоммунальщики заменили трубы на центральной улице.\nКомментарии (0)\nНет комментариев. Ваш будет первым!\n${rules}\n`);
    expect(article.paragraphs).toEqual(['Коммунальщики заменили трубы на центральной улице.']);
  });

  it('a card’s excerpt the site cut, a space before its ellipsis, takes its headline and the cards under it; a paragraph of the report under it keeps them', () => {
    const head = 'date 2024-04-08 В Уральске укрепляют дамбу\n• 08.04.2024 11:20\nДамбу на реке укрепляют мешками с песком круглые сутки.\n';
    const cards = 'Какие растения цветут всю зиму на подоконнике\nЭти цветы не требуют ухода и радуют даже в короткие дни. Главное не пер ...\n';
    expect(parse(`${head}${cards}Три способа сохранить рассаду крепк\n`).paragraphs).toEqual(['Дамбу на реке укрепляют мешками с песком круглые сутки.']);
    const more = 'Спасатели дежурят на берегу, жителей просят не подходить к воде.';
    expect(parse(`${head}${cards}${more}\n`).paragraphs).toContain(more);
  });

  it('a headline between two stamps, the lower one of another year, opens other reports; of the report’s year, or over a paragraph, it stays', () => {
    const head = 'date 2021-03-02 Ауыл мектебіне жаңа автобус берілді\nАуыл мектебіне жаңа автобус берілді\nАудан орталығынан шалғай ауылдағы мектепке жаңа автобус берілді.\nsyrboyi.kz\n02 наурыз 2021 ж. 1 204 0\n';
    expect(parse(`${head}Көктемгі егіске дайындық басталды ма?\n14 сәуір 2025 ж. 57\n`).paragraphs).toHaveLength(1);
    const text = 'Егіске дайындық биыл ерте басталды, шаруалар тұқымды алдын ала сатып алды.';
    expect(parse(`${head}Көктемгі егіске дайындық басталды ма?\n14 сәуір 2025 ж. 57\n${text}\n`).paragraphs).toContain('Көктемгі егіске дайындық басталды ма?');
  });

  it('the copy’s last line cut inside the noun after its adjective is the report’s; a headline closing on an adjective and a short noun is another report’s', () => {
    const head = 'date 2022-09-21 В Кокшетау проверяют котельные\nНовости Казахстана / Общество / В Кокшетау проверяют котельные\nКомиссия обходит котельные города перед началом холодов.\n';
    expect(parse(`${head}Список готовых объектов утверждается ежегодно областным упр\n`).paragraphs).toContain('Список готовых объектов утверждается ежегодно областным упр');
    expect(parse(`${head}Мост через реку не ремонтировали в течение нескольких лет\n`).paragraphs).toEqual(['Комиссия обходит котельные города перед началом холодов.']);
  });
});

describe('text a page prints twice, and a byline marking its photographer', () => {
  const HEAD = 'date 2021-04-15 В поселке поставили новые фонари';
  const TWICE = 'Весной жители пожаловались акиму на темные улицы. Аким пообещал помочь до осени. Слово он сдержал, фонари горят.';

  it('publishes once a paragraph of two sentences or more printed again further down; a sentence said twice apart stays', () => {
    const lead = 'Улицы поселка два года стояли без света.';
    const article = parse(`${HEAD}\n${lead}\n${TWICE}\nСледующая →\nВ поселке живет около трехсот человек, многие из них пенсионеры.\n${TWICE}\n`);
    expect(article.paragraphs).toEqual([lead, TWICE, 'В поселке живет около трехсот человек, многие из них пенсионеры.']);
    expect(article.skipped?.map((s) => [s.line, s.rule])).toEqual([[4, 'page navigation'], [6, 'paragraph printed twice']]);
    const refrain = 'Свет в окнах горит до самого утра.';
    expect(parse(`${HEAD}\n${refrain}\nВ поселке живет около трехсот человек, многие из них пенсионеры.\n${refrain}\n`).paragraphs).toHaveLength(3);
  });

  it('leaves out the headline printed again glued to one of the first paragraphs, its ellipsis typed as three periods; after a space it stays', () => {
    const title = 'Дом есть, а дороги нет… Куда же нам ездить?';
    const lead = 'В пригородных поселках о дорогах пишут часто, но мало что меняется.';
    const glued = parse(`date 2021-06-01 ${title}\n${lead}\nДом есть, а дороги нет... Куда же нам ездить?Проверьте сами. До трассы всего километр, но проехать по нему весной нельзя.\n`);
    expect(glued.paragraphs).toEqual([lead, 'Проверьте сами. До трассы всего километр, но проехать по нему весной нельзя.']);
    expect(glued.skipped?.map((s) => [s.line, s.rule])).toEqual([[3, 'headline repeated']]);
    const spaced = `Дом есть, а дороги нет... Куда же нам ездить? Проверьте сами, до трассы всего километр.`;
    expect(parse(`date 2021-06-01 ${title}\n${lead}\n${spaced}\n`).paragraphs).toEqual([lead, spaced]);
  });

  it('takes the name marked «(фото)» in a closing byline for the credit and leaves the byline; a caption closing on the mark names no one', () => {
    expect(creditIn('Анна ПЕТРОВА, Иван ОРЛОВ (фото), Усть-Каменогорск')).toEqual({ credit: 'Иван ОРЛОВ' });
    expect(creditIn('Анна Петрова (фото)')).toEqual({ credit: 'Анна Петрова' });
    expect(creditIn('Фонтаны на новой набережной (фото)')).toBeUndefined();
    const article = parse(`${HEAD}\nВ поселке живет около трехсот человек, многие из них пенсионеры.\nАнна ПЕТРОВА, Иван ОРЛОВ (фото), Семей\n`);
    expect([article.photoCredit, article.paragraphs]).toEqual(['Иван ОРЛОВ', ['В поселке живет около трехсот человек, многие из них пенсионеры.']]);
  });
});

describe('the page\'s excerpt above its text, printed again inside a paragraph', () => {
  const excerpt = 'После ремонта в парке станет вдвое больше скамеек.';
  const lead = 'В городском парке начался ремонт аллей, сообщает акимат.';
  const body = `Работы оплатит городской бюджет. ${excerpt} Подрядчик обещает закончить к осени.`;

  it('is published once, in the text, when page matter was left out between it and the lead', () => {
    const article = parse(`date 2026-01-30 В парке начался ремонт аллей\n\n0\n215\n\n${excerpt}\n\nВ парке начался ремонт аллей\n\n${lead}\n\n${body}\n`);
    expect(article.paragraphs).toEqual([lead, body]);
    expect(article.skipped?.find((s) => s.text === excerpt)?.rule).toBe('dek repeated in the text');
  });

  it('stays with nothing left out between it and the lead, or when it holds a second sentence', () => {
    expect(parse(`date 2026-01-30 В парке начался ремонт аллей\n\n${excerpt}\n\n${lead}\n\n${body}\n`).paragraphs).toEqual([excerpt, lead, body]);
    const two = `${excerpt} Скамейки сделают из дерева.`;
    expect(parse(`date 2026-01-30 В парке начался ремонт аллей\n\n0\n215\n\n${two}\n\nВ парке начался ремонт аллей\n\n${lead}\n\n${body}\n`).paragraphs).toEqual([two, lead, body]);
  });
});

describe('a page pasted from its lead down, the headline a few lines under it', () => {
  const lead = 'Қостанай облысында көктемгі егіс науқанына дайындық басталып, шаруашылықтар тұқым қорын тексеруден өткізіп жатыр, деп хабарлайды Kazinform тілшісі.';
  const body = 'Облыстық ауыл шаруашылығы басқармасының мәліметінше, тұқымның басым бөлігі сапа талабына сай келеді.';
  const headline = 'Диқандар далаға шығуға әзір';

  it('takes the headline under the stamp and the rubric, and publishes the lead once, printed again or not', () => {
    const again = parse(`date 2025-03-04 ${lead}\n09:05, 04 Наурыз 2025\nАймақтар\n${headline}\n${lead}\n${body}\n`);
    expect([again.title, again.paragraphs]).toEqual([headline, [lead, body]]);
    expect(again.skipped?.map((s) => [s.line, s.rule])).toEqual([[2, 'date or time stamp'], [3, 'rubric'], [4, 'headline under the lead'], [5, 'lead repeated']]);
    const once = parse(`date 2025-03-04 ${lead}\n09:05, 04 Наурыз 2025\nАймақтар\n${headline}\n${body}\n`);
    expect([once.title, once.paragraphs]).toEqual([headline, [lead, body]]);
  });

  it('refuses the lead at line 1 when no page matter stands above the line under it, or no headline is printed', () => {
    expect(refusal(`date 2025-03-04 ${lead}\n${headline}\n${body}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
    expect(refusal(`date 2025-03-04 ${lead}\n09:05, 04 Наурыз 2025\nАймақтар\n${body}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
    // A sentence of the text is never the headline, a question neither when a sentence stands above it.
    expect(refusal(`date 2025-03-04 ${lead}\n09:05, 04 Наурыз 2025\n${body}\nТұқым қайдан әкелінді?\n${body}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
    // Nor someone's words signed after a dash, left unclosed.
    expect(refusal(`date 2025-03-04 ${lead}\n09:05, 04 Наурыз 2025\nАймақтар\n«Тұқым биыл жақсы», – дейді агроном\n${body}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });
});

describe('a regional rubric on the date line', () => {
  const lead = 'В селе Пятигорское до конца лета заменят крышу сельского клуба, сообщили в районном акимате.';

  it('is left out as the rubric, the headline under it the title', () => {
    for (const rubric of ['Вести из районов', 'Новости регионов', 'Вести области', 'Аймақ жаңалықтары', 'Өңір тынысы', 'Óńir tynysy', 'ٴوڭىر تىنىسى']) {
      expect(clutterRuleOf(rubric)?.name, rubric).toBe('rubric');
      const article = parse(`date 2025-03-04 ${rubric}\nВ районе обновят сельский клуб\n${lead}\n`);
      expect([article.title, article.paragraphs, article.skipped?.map((s) => [s.line, s.rule])], rubric).toEqual(['В районе обновят сельский клуб', [lead], [[1, 'rubric']]]);
    }
  });

  it('is no rubric inside a longer line (a headline naming the districts stays one)', () => {
    expect(clutterRuleOf('Новости районов Жамбылской области')).toBeUndefined();
    expect(clutterRuleOf('Вести из районов: посевная в разгаре')).toBeUndefined();
  });
});

describe('an Arabic-script lead on the date line', () => {
  const sentence = 'اۋىل تۇرعىندارى جيىندا جاڭا مەكتەپ قۇرىلىسى جانە اۋىزسۋ ماسەلەسى تۋرالى ويلارىن ايتتى';
  const text = 'اكىمدىك وكىلدەرى جاڭا مەكتەپتىڭ قۇرىلىسى كەلەسى جىلى باستالاتىنىن ايتتى.';

  it('is refused as a lead paragraph, told by its sentences\' marks since the script has no capitals', () => {
    const long = `${sentence}. ${sentence}، ال كەيبىر ماسەلەلەر بيىلعى جوسپارعا ەنەدى. ${sentence}.`;
    expect(long.length).toBeGreaterThan(300);
    expect(refusal(`date 2025-03-04 ${long}\n${text}\n`)).toMatch(/^1: the title is \d+ characters long and reads as a lead paragraph \(its sentences close on/u);
    expect(refusal(`date 2025-03-04 ${sentence}۔\n${text}\n`)).toBe('1: the title reads as a lead paragraph (it is a sentence ending in a full stop); put the headline after the date and this sentence on the next line, as the first paragraph');
    // A long line with no sentence's mark is only too long.
    expect(refusal(`date 2025-03-04 ${`${sentence}، `.repeat(4)}${sentence}\n${text}\n`)).toMatch(/^1: the title is \d+ characters long; a title may be at most 300$/u);
  });

  it('holds the attribution of the lead in Arabic script, `دەپ حابارلايدى`, and gives way to the headline under the stamp and the rubric', () => {
    const lead = `${sentence}، دەپ حابارلايدى Kazinform ءتىلشىسى.`;
    expect(leadShape(lead)).toBe('it holds the attribution of the lead');
    const article = parse(`date 2025-03-04 ${lead}\n09:20, 04 ناۋرىز 2025\nايماقتار\nەرىكتىلەر سەنبىلىككە شىقتى\n${text}\n`);
    expect([article.title, article.paragraphs]).toEqual(['ەرىكتىلەر سەنبىلىككە شىقتى', [lead, text]]);
  });
});

describe('an outlet typed with a look-alike letter, named a media portal', () => {
  const HEAD = 'date 2023-11-14 В Талгаре запустили новый автобус';
  const lead = (phrase: string) => `Новый маршрут связал окраину города с районной больницей, ${phrase}.`;

  it('reads `медиапортал Сaravan.kz` (a Cyrillic С) as Caravan.kz, the listed outlet, and `медиа-портал` as `портал`; `медиа порталы` spaced is no part of the name', () => {
    expect(parse(`${HEAD}\n${lead('передает медиапортал Сaravan.kz')}\n`).attribution).toEqual({ outlet: 'Caravan.kz' });
    expect(parse(`${HEAD}\n${lead('сообщает медиа-портал CARAVAN.KZ')}\n`).attribution).toEqual({ outlet: 'Caravan.kz' });
    expect(parse(`${HEAD}\n${lead('пишет Tengrinews.kz со ссылкой на медиапортал Сaravan.kz')}\n`).attribution).toEqual({ outlet: 'Tengrinews.kz', via: 'Caravan.kz' });
    expect(parse(`date 2023-11-14 Қалада жаңа автобус жүрді\nЖаңа бағыт қала шетін аудандық ауруханамен байланыстырды, деп хабарлайды Сaravan.kz медиапорталы.\n`).attribution).toEqual({ outlet: 'Caravan.kz' });
    expect(parse(`date 2023-11-14 Қалада жаңа автобус жүрді\nЖаңа бағыт қала шетін аудандық ауруханамен байланыстырды, деп хабарлайды Caravan.kz медиа порталы.\n`).attribution).toEqual({ outlet: 'Caravan.kz' });
  });

  it('finds a listed outlet whose name mixes look-alike letters of two scripts', () => {
    expect(parse(`${HEAD}\n${lead('передает Тengrinews.kz')}\n`).attribution).toEqual({ outlet: 'Tengrinews.kz' });
    expect(parse(`${HEAD}\n${lead('передает портал Сaravan.kz')}\n`).attribution).toEqual({ outlet: 'Caravan.kz' });
  });

  it('reads an outlet not listed, named with a look-alike letter in a later paragraph, in its own script', () => {
    const later = 'Жители рассказали, что раньше ездили до больницы с пересадкой, передает корреспондент Оrda.kz.';
    expect(parse(`${HEAD}\nНовый маршрут связал окраину города с районной больницей.\nАвтобусы выходят на линию с шести утра.\n${later}\n`).attribution).toEqual({ outlet: 'Orda.kz' });
  });
});

describe('a lead closing on its attribution, its final period lost', () => {
  const HEAD = 'date 2024-02-20 В Жанаозене открыли детскую библиотеку';
  const REST = 'В здании заменили окна, проводку и отопление.\nФонд библиотеки пополнили почти тысячей книг.\n';

  it('keeps the lead ending `со ссылкой на lada.kz` as the first paragraph and reads its attribution; no photo credit', () => {
    const lead = 'В Жанаозене после ремонта открыли детскую библиотеку на два зала, сообщает Lada.kz со ссылкой на lada.kz';
    const article = parse(`${HEAD}\n${lead}\n${REST}`);
    expect(article.paragraphs[0]).toBe(lead);
    expect([article.attribution, article.photoCredit, article.photoAlt]).toEqual([{ outlet: 'Lada.kz' }, undefined, undefined]);
    const kazakh = 'Жаңаөзенде жөндеуден кейін екі залды балалар кітапханасы ашылды, деп хабарлайды lada.kz';
    expect(parse(`${HEAD}\n${kazakh}\n${REST}`).paragraphs[0]).toBe(kazakh);
  });

  it('keeps the body a lead cites when it is another site', () => {
    const article = parse(`${HEAD}\nВ Жанаозене открыли детскую библиотеку на два зала, передает Inbusiness.kz со ссылкой на lada.kz\n${REST}`);
    expect([article.attribution, article.photoCredit]).toEqual([{ outlet: 'Inbusiness.kz', via: 'lada.kz' }, undefined]);
  });

  it('still takes a headline-shaped caption over the lead, a bare domain closing it, for the photo', () => {
    const article = parse(`${HEAD}\nНовые стеллажи в читальном зале canva.com\nВ Жанаозене после ремонта открыли детскую библиотеку, сообщает Lada.kz.\n${REST}`);
    expect([article.photoCredit, article.photoAlt]).toEqual(['canva.com', 'Новые стеллажи в читальном зале']);
  });
});

describe("a picture's file name printed before the first paragraph", () => {
  const HEAD = 'date 2023-09-05 05.09.2023 14:30\nОблыс әкімі жаңа мектепті аралады';
  const LEAD = 'Облыс әкімі бүгін аудандағы жаңа мектептің құрылысын аралап, мердігерлерге тапсырма берді:';
  const REST = 'Мектеп үш жүз оқушыға арналған, онда спорт залы мен асхана бар.\n';

  it('leaves the file name out and keeps the paragraph from its first word, whatever its shape', () => {
    for (const name of ['arh-01', 'IMG_2041', 'IMG-2041', 'photo_5', 'DSC01234', 'P1010234', 'arh-01.jpg', 'opros_mg-02-02']) {
      const article = parse(`${HEAD}\n${name} ${LEAD}\n${REST}`);
      expect([article.title, article.paragraphs[0]]).toEqual(['Облыс әкімі жаңа мектепті аралады', LEAD]);
      expect(article.skipped?.filter((s) => s.rule === 'image label').map((s) => s.text)).toEqual([name]);
    }
  });

  it('keeps a word of the text that only looks like one: a name in capitals, a model, a virus', () => {
    for (const word of ['COVID-19', 'F-16', 'G20', 'MH17', 'covid-19', 'mig-29']) {
      const paragraph = `${word} Облыс әкімі бүгін аудандағы жаңа мектептің құрылысын аралап, тапсырма берді.`;
      expect(parse(`date 2023-09-05 Облыс әкімі жаңа мектепті аралады\n${paragraph}\n${REST}`).paragraphs[0]).toBe(paragraph);
    }
    const caption = 'arh-01 Жаңа мектеп';
    expect(parse(`date 2023-09-05 Облыс әкімі жаңа мектепті аралады\n${LEAD.replace(/:$/u, '.')}\n${caption}\n${REST}`).skipped?.some((s) => s.text === 'arh-01')).not.toBe(true);
  });
});

describe("a photo's caption printing its credit's words over the credit, and the widget of others' news", () => {
  const LEAD = 'Қалалық саябақта жаңа балалар алаңы ашылды, деп хабарлайды BAQ.KZ тілшісі.';
  const REST = 'Алаңда он екі түрлі ойын құрылғысы орнатылған.';

  it('leaves out the caption over its `Фото:` credit, never taking it for the headline; the headline stands', () => {
    const article = parse(`date 2025-11-14 Қазақстанның соңғы жаңалықтары\n\nСаябақта жаңа алаң ашылды\n\nДана ЖҮСІПОВА\n14 Қараша 2025, 10:17\nБөлісу:\n Марат ОСПАНОВ  - архив\nФото: Марат ОСПАНОВ - архив\n\n${LEAD}\n\n${REST}\n`);
    expect(article.title).toBe('Саябақта жаңа алаң ашылды');
    expect(article.photoCredit).toBe('Марат ОСПАНОВ - архив');
    expect(article.photoAlt).toBeUndefined();
    expect(article.paragraphs).toEqual([LEAD, REST]);
    expect(article.skipped?.find((s) => s.line === 8)?.rule).toBe('photo caption');
  });

  it('reads the caption alone, its label lost, as the credit, in Russian too, the surname in capitals and the archive in brackets', () => {
    const lead = 'В городском парке открыли новую детскую площадку, передает корреспондент BAQ.KZ.';
    const article = parse(`date 2025-11-14 Последние новости\n\nВ парке открыли новую площадку\n\n14 ноября 2025, 10:17\nМарат ОСПАНОВ (архив)\n\n${lead}\n`);
    expect(article.title).toBe('В парке открыли новую площадку');
    expect(article.photoCredit).toBe('Марат ОСПАНОВ (архив)');
    expect(article.paragraphs).toEqual([lead]);
  });

  it("leaves out `Өзгелердің жаңалығы` closing the page; a last line without its period right above it stays the report's", () => {
    const head = `date 2025-11-14 Саябақта жаңа алаң ашылды\n${LEAD}\n`;
    expect(parse(`${head}${REST}\nӨзгелердің жаңалығы\n`).paragraphs).toEqual([LEAD, REST]);
    const cut = 'Алаң күн сайын кешке дейін ашық болады';
    expect(parse(`${head}${REST}\n${cut}\nБасқа жаңалықтар\n`).paragraphs).toEqual([LEAD, REST, cut]);
  });
});

describe('a quote closing on a glued dash, and an outlet named by what it is', () => {
  const HEAD = 'date 2025-03-04 Цены в феврале выросли меньше';
  const QUOTE = '"Цены за месяц выросли на 0,6%, на услуги – на 0,4%"';

  it('reads `",-пишет` and `",- сообщает` as the spaced dash, the outlet a description as written or listed', () => {
    expect(parse(`${HEAD}\n${QUOTE},-пишет информационный ресурс Премьер-министра РК.\n`).attribution).toEqual({ outlet: 'primeminister.kz' });
    expect(parse(`${HEAD}\n${QUOTE},- сообщает официальный сайт акимата города.\n`).attribution).toEqual({ outlet: 'официальный сайт акимата города' });
    expect(parse(`${HEAD}\n${QUOTE}, – пишет пресс-служба министерства.\n`).attribution).toEqual({ outlet: 'пресс-служба министерства' });
    expect(parse(`${HEAD}\n${QUOTE},-пишет информационный ресурс Orda.kz.\n`).attribution).toEqual({ outlet: 'Orda.kz' });
    expect(parse(`${HEAD}\nЦены выросли меньше, чем ждали, сообщает портал Orda.kz.\n`).attribution).toEqual({ outlet: 'Orda.kz' });
  });

  it('reads the glued dash in a later paragraph naming a listed outlet', () => {
    const later = parse(`${HEAD}\nЦены в феврале выросли меньше, чем месяцем раньше.\n${QUOTE},-пишет Zakon.kz.\n`);
    expect(later.attribution).toEqual({ outlet: 'Zakon.kz' });
  });
});

describe('a body telling an outlet named in the dative', () => {
  const HEAD = 'date 2025-10-20 Демалыс кестесі бекітілді';
  const lead = (sentence: string) => parse(`${HEAD}\n${sentence}\n`).attribution;

  it('reads a Kazakh body telling the outlet`s site, portal or correspondent, the office as its source', () => {
    expect(lead('Бүгін министрліктің баспасөз қызметі Zakon.kz сайтына демалыс кестесін хабарлады.')).toEqual({ outlet: 'Zakon.kz', via: 'министрліктің баспасөз қызметі' });
    expect(lead('Облыс әкімдігі NUR.KZ порталына жаңа ережені түсіндірді.')).toEqual({ outlet: 'NUR.KZ', via: 'Облыс әкімдігі' });
    expect(lead('Департамент басшысы Tengrinews.kz сайтына бұл туралы мәлімдеді.')).toEqual({ outlet: 'Tengrinews.kz' });
    expect(lead('Басқарма Kazinform тілшісіне жаңа кестені мәлімдеді.')).toEqual({ outlet: 'Kazinform' });
  });

  it('reads a person told or a site no name or domain names as no outlet', () => {
    expect(lead('Басқарма басшысы бұл туралы министрге хабарлады.')).toBeUndefined();
    expect(lead('Басқарма облыс газетінің сайтына жаңа кестені хабарлады.')).toBeUndefined();
  });

  it('reads Russian `сообщили сайту`, `рассказал корреспонденту`, `пояснили` with the outlet in the dative', () => {
    const ru = (sentence: string) => parse(`date 2025-10-21 Расписание изменится\n${sentence}\n`).attribution;
    expect(ru('Новый график начнет действовать с ноября, сообщили сайту Zakon.kz в министерстве.')).toEqual({ outlet: 'Zakon.kz' });
    expect(ru('Новый график начнет действовать с ноября, сообщили сайту Zakon.kz.')).toEqual({ outlet: 'Zakon.kz' });
    expect(ru('Как изменится график, рассказал корреспонденту NUR.KZ глава управления.')).toEqual({ outlet: 'NUR.KZ' });
    expect(ru('Сроки сдвинулись, сообщили корреспонденту Kazinform в пресс-службе акимата.')).toEqual({ outlet: 'Kazinform' });
    expect(ru('Тарифы не изменятся, пояснили Tengrinews.kz.')).toEqual({ outlet: 'Tengrinews.kz' });
    expect(ru('Тарифы не изменятся, пояснили в ведомстве.')).toBeUndefined();
    expect(ru('«График не изменится», рассказал корреспонденту NUR.KZ глава управления.')).toBeUndefined();
  });
});

describe("a lead closing on the outlet's own review", () => {
  const outlet = (lead: string): string | undefined => parse(`date 2024-05-10 Куда пойти на выходных\n${lead}\nВторой абзац рассказывает о ярмарке в парке у набережной.\n`).attribution?.outlet;

  it('names the outlet a lead sends the reader to, `— в обзоре на X`, `— в материале X`, `рассказываем в материале X`, Kazakh `X шолуында`', () => {
    expect(outlet('В выходные в городе пройдут концерты и ярмарка. Куда сходить — в обзоре на Lada.kz.')).toBe('Lada.kz');
    expect(outlet('С июля меняются тарифы на проезд и коммунальные услуги. Что изменится — в материале Tengrinews.kz.')).toBe('Tengrinews.kz');
    expect(outlet('С июля меняются тарифы на проезд и коммунальные услуги. Что изменится — в обзоре NUR.KZ')).toBe('NUR.KZ');
    expect(outlet('С июля меняются тарифы на проезд и коммунальные услуги. Подробности – в материале на Zakon.kz.')).toBe('Zakon.kz');
    expect(outlet('О том, как фермеры готовятся к посевной, рассказываем в материале Lada.kz.')).toBe('Lada.kz');
    expect(outlet('Жазғы демалыста қайда баруға болатыны туралы — Lada.kz шолуында.')).toBe('Lada.kz');
    expect(outlet('Jańa erejeler týraly tolyǵyraq Kazinform materıalynda.')).toBe('Kazinform');
  });

  it('names none when the phrase opens a sentence about another text, names no listed outlet or domain, or does not close the sentence', () => {
    expect(outlet('В материале Tengrinews.kz говорится, что цены на проезд вырастут летом.')).toBeUndefined();
    expect(outlet('С июля меняются тарифы на проезд и коммунальные услуги. Что изменится — в материале газеты «Время».')).toBeUndefined();
    expect(outlet('Kazinform материалында айтылғандай, жол жүру ақысы шілдеден бастап көтеріледі.')).toBeUndefined();
    expect(outlet('В выходные в городе пройдут концерты и ярмарка. Куда сходить — в обзоре на нашем сайте.')).toBeUndefined();
  });
});

describe('a kicker printed twice by the headline', () => {
  const TITLE = 'В Костанае на маршруты выйдут новые автобусы';
  const LEAD = 'До конца года город получит двадцать автобусов на газовом топливе, - передает корреспондент 7152.kz.';
  const page = (kicker: string, body: string) => `date 2023-11-14 • Главная\n  • ${TITLE}\n${kicker}\n09:12, 14 ноября 2023 г.\n\n${TITLE}\n\n${kicker}\n${TITLE}\n\n${LEAD}\n\n${body}\n`;

  it('leaves out both copies of a kicker of up to four words, though the text says its words; the headline is published once', () => {
    for (const kicker of ['Городской общественный транспорт', 'Транспорт и дороги города', 'Сельское хозяйство']) {
      const article = parse(page(kicker, 'По словам чиновников, городской общественный транспорт и дороги города обновляют третий год подряд.'));
      expect(article.title).toBe(TITLE);
      expect(article.paragraphs[0]).toBe(LEAD);
      expect(article.skipped?.filter((s) => s.text === kicker).map((s) => s.line)).toEqual([3, 8]);
    }
  });

  it('keeps a one-line subheading that says a phrase of the text again, and a short line printed once by the headline', () => {
    const sub = 'Городской общественный транспорт';
    const text = `date 2023-11-14 ${TITLE}\n${LEAD}\n${sub}\nВ следующем году обновят еще три маршрута и построят новое депо.\n${sub}\nЗа проезд можно будет заплатить картой или телефоном.\n`;
    expect(parse(text).paragraphs).toContain(sub);
  });
});

describe('a lead pasted on the date line over the headline alone under it', () => {
  const lead = 'Утром у въезда в Костанай столкнулись два автобуса. Пятерых пассажиров увезли в больницу. Полиция выясняет причины.';
  const text = 'Очевидцы сняли аварию на телефон, запись быстро разошлась по городским чатам.';
  const more = 'В больнице сообщили, что двое пострадавших остаются в тяжёлом состоянии.';
  const warned = (article: Article) => article.warnings?.map((w) => `${w.line}: ${w.reason}`);

  it('takes a headline retelling the lead, the lead its first paragraph, and warns at the date line where to move the headline', () => {
    const article = parse(`date 2025-10-02 ${lead}\n\nПять пассажиров пострадали при столкновении автобусов под Костанаем\n\n${text}\n\n${more}\n`);
    expect([article.title, article.paragraphs]).toEqual(['Пять пассажиров пострадали при столкновении автобусов под Костанаем', [lead, text, more]]);
    expect(warned(article)).toEqual(['1: the title reads as a lead paragraph (it is a sentence ending in a period); it was published as the first paragraph under the headline on line 3; move the headline to the date line and this sentence to the next line: `date 2025-10-02 Headline`']);
  });

  it('takes a headline naming little of the lead when a rubric or a stamp stands between, or when it is printed again below (published once)', () => {
    const headline = 'Утренняя авария у городского поста попала на видео';
    const ruled = parse(`date 2025-10-02 ${lead}\n\nПроисшествия\n\n02.10.2025, 09:40\n\n${headline}\n\n${text}\n\n${more}\n`);
    expect([ruled.title, ruled.paragraphs, ruled.skipped?.map((s) => [s.line, s.rule])]).toEqual([headline, [lead, text, more], [[3, 'rubric'], [5, 'date or time stamp'], [7, 'headline under the lead']]]);
    expect(ruled.warnings?.map((w) => w.line)).toEqual([1]);
    const again = parse(`date 2025-10-02 ${lead}\n\n${headline}\n\n${text}\n\n${headline}\n\n${more}\n`);
    expect([again.title, again.paragraphs, again.skipped?.map((s) => [s.line, s.rule])]).toEqual([headline, [lead, text, more], [[3, 'headline under the lead'], [7, 'headline repeated']]]);
  });

  it('still refuses the lead alone, over ordinary paragraphs, over a subheading right under it, a line closed by a period, a line of three words or a label', () => {
    const refused = /^1: the title reads as a lead paragraph/u;
    expect(refusal(`date 2025-10-02 ${lead}\n`)).toMatch(refused);
    expect(refusal(`date 2025-10-02 ${lead}\n\n${text}\n\n${more}\n`)).toMatch(refused);
    expect(refusal(`date 2025-10-02 ${lead}\n\nЧто известно о пострадавших сейчас\n\n${text}\n`)).toMatch(refused);
    expect(refusal(`date 2025-10-02 ${lead}\n\nПроисшествия\n\nАвария попала на видео.\n\n${text}\n`)).toMatch(refused);
    expect(refusal(`date 2025-10-02 ${lead}\n\nПроисшествия\n\nАвария на въезде\n\n${text}\n`)).toMatch(refused);
    expect(refusal(`date 2025-10-02 ${lead}\n\nПроисшествия\n\nЧто рассказали в больнице о пострадавших:\n\n${text}\n`)).toMatch(refused);
  });

  it('takes a headline right under a one-sentence standfirst the paragraph under it retells, the standfirst the first paragraph', () => {
    const standfirst = 'С начала весенней сессии студенты сдали зачёт по вождению уже более сорока тысяч раз.';
    const headline = 'Двенадцать курсантов отстранили от зачёта за подсказки по рации';
    const first = 'С момента открытия основного потока, 3 мая, зачёт по вождению сдан около сорока тысяч раз. Большинство справились с первой попытки.';
    const article = parse(`date 2025-06-17 ${standfirst}\n\n${headline}\n\n${first}\n\n${more}\n`);
    expect([article.title, article.paragraphs]).toEqual([headline, [standfirst, first, more]]);
    expect(warned(article)).toEqual(['1: the title reads as a lead paragraph (it is a sentence ending in a period); it was published as the first paragraph under the headline on line 3; move the headline to the date line and this sentence to the next line: `date 2025-06-17 Headline`']);
    // The paragraph under the line goes on from the sentence, retelling none of it: a subheading, refused as before.
    expect(refusal(`date 2025-06-17 ${standfirst}\n\n${headline}\n\n${more}\n`)).toMatch(/^1: the title reads as a lead paragraph/u);
  });

  it('warns at line 1 too when the lead is too long for a title', () => {
    const long = `${lead} ${text} ${more} ${text}`;
    const article = parse(`date 2025-10-02 ${long}\n\nПроисшествия\n\nУтренняя авария у городского поста попала на видео\n\n${more}\n`);
    expect([article.title, article.paragraphs[0]]).toEqual(['Утренняя авария у городского поста попала на видео', long]);
    expect(article.warnings?.map((w) => w.line)).toEqual([1]);
  });
});

describe("another report's headline linked inside the text, and the report's own subheadings", () => {
  const HEAD = 'date 2019-08-27 Министр жас дәрігерлердің жалақысы қанша болатынын айтты';
  const LEAD = 'Денсаулық сақтау министрі өңірлік кеңесте жас дәрігерлердің алғашқы жылғы жалақысы туралы айтып берді, деп хабарлайды Stan.kz ақпарат агенттігі.';
  const LINK = 'Теміржол вокзалдарында жаңа билет кассалары ашылды';
  const TEXT = 'Министрдің айтуынша, ауылға баратын жас мамандарға қосымша үстеме ақы төленеді.';
  const MORE = 'Сонымен қатар ол баспана мәселесін шешуге әкімдіктер көмектесетінін атап өтті.';
  const CUT = 'Өңірлерде жас мамандарға арналған жатақханалар салынып жатыр, оларға кезекке тұру тәртібі жеңілдетілді, ал аудан орталықтарында қызметтік пәтерлердің саны биыл екі есе көбейеді деп күтілуде, әкімдіктер бұл үшін қосымша қаржы сұрап отыр,';

  it('leaves out the link right under the lead', () => {
    const article = parse(`${HEAD}\n\n${LEAD}\n\n${LINK}\n\n${TEXT}\n\n${MORE}\n`);
    expect(article.paragraphs).toEqual([LEAD, TEXT, MORE]);
    expect(article.skipped).toContainEqual({ line: 5, text: LINK, rule: 'teaser of another report' });
  });

  it('keeps a line under a paragraph the copy cut on its comma: the paragraph goes on past it', () => {
    expect(parse(`${HEAD}\n\n${LEAD}\n\n${CUT}\n\n${LINK}\n\n${TEXT}\n\n${MORE}\n`).paragraphs).toEqual([LEAD, CUT, LINK, TEXT, MORE]);
  });

  it('keeps a line further down than the paragraph under the lead, between two paragraphs of the report', () => {
    expect(parse(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\n${TEXT}\n\n${LINK}\n\n${MORE.replace('Сонымен қатар ол', 'Ол')}\n`).paragraphs).toContain(LINK);
  });
});

describe("a header's link copied above the headline's copy", () => {
  const HEAD = 'date 2025-12-20 В Атырау гололед – водителей просят снизить скорость';
  const LEAD = 'Ночью дороги Атырау покрылись льдом – утром случилось несколько аварий, передает Lada.kz.';

  it('leaves out a headline-shaped line between the page matter and the headline printed again, the headline typed on the date line', () => {
    const article = parse(`${HEAD}\n18+\nНовости Атырау и Жайыка\nТемпература воды в Каспийском море\n20.12.2025, 08:15\nВ Атырау гололед – водителей просят снизить скорость\n${LEAD}\nКоммунальные службы посыпают мосты песком.\n`);
    expect(article.paragraphs[0]).toBe(LEAD);
    expect(article.skipped).toContainEqual({ line: 4, text: 'Температура воды в Каспийском море', rule: 'page head' });
  });

  it('keeps such a line under the first paragraph', () => {
    expect(parse(`${HEAD}\n18+\n${LEAD}\nТемпература воды в Каспийском море\nВ Атырау гололед – водителей просят снизить скорость\nКоммунальные службы посыпают мосты песком.\n`).paragraphs).toContain('Температура воды в Каспийском море');
  });
});

describe('a Kazakh lead citing a site in one word, `сілтеп`', () => {
  const HEAD = 'date 2024-09-12 Ауылдық клубқа жаңа орындықтар әкелінді';
  const lead = (phrase: string) => `Көктал ауылының мәдениет үйіне жаңа орындықтар орнатылды, ${phrase}.`;

  it.each([
    ['деп хабарлайды Malim.kz Azattyq Rýhy сайтына сілтеп', { outlet: 'Malim.kz', via: 'Azattyq Rýhy' }],
    ['деп хабарлайды Malim.kz Azattyq Rýhy сайтына сілтепе', { outlet: 'Malim.kz', via: 'Azattyq Rýhy' }],
    ['деп хабарлайды Malim.kz Azattyq Rýhy сайтына сілтеме жасап', { outlet: 'Malim.kz', via: 'Azattyq Rýhy' }],
    ['деп хабарлайды Malim.kz Азат Рух-қа сілтеме жасап', { outlet: 'Malim.kz', via: 'Азат Рух' }],
    ['деп хабарлайды Malim.kz Ertis Media Group News-ке сілтеме жасап', { outlet: 'Malim.kz', via: 'Ertis Media Group News' }],
    ['деп жазады Malim.kz Ақ Жайық газетіне сілтеп', { outlet: 'Malim.kz', via: 'Ақ Жайық' }],
    ['деп хабарлады Malim.kz Azattyq Rýhy Media Group сайтына сілтеп', { outlet: 'Malim.kz', via: 'Azattyq Rýhy Media Group' }],
    // A listed outlet before a cited name in Latin letters: the kind word names no body cited.
    ['деп хабарлайды Kazinform Azattyq Rýhy сайтына сілтеп', { outlet: 'Kazinform', via: 'Azattyq Rýhy' }],
  ])('%s', (phrase, attribution) => {
    expect(parse(`${HEAD}\n${lead(phrase)}\n`).attribution).toEqual(attribution);
  });

  it.each([
    ['Kóktal aýylynyń mádenıet úıine jańa oryndyqtar ornatyldy, dep habarlaıdy Malim.kz Azattyq Rýhy saıtyna siltep.'],
    ['Kóktal aýylynyń mádenıet úıine jańa oryndyqtar ornatyldy, dep habarlaıdy Malim.kz Azattyq Rýhy siltep.'],
    ['Kóktal aýylynyń mádenıet úıine jańa oryndyqtar ornatyldy, dep habarlaıdy Malim.kz Azattyq Rýhy saıtyna silteme jasap.'],
    ['كوكتال اۋىلىنىڭ مادەنيەت ۇيىنە جاڭا ورىندىقتار ورناتىلدى، دەپ حابارلايدى Malim.kz Azattyq Rýhy سايتىنا سىلتەپ.'],
    ['كوكتال اۋىلىنىڭ مادەنيەت ۇيىنە جاڭا ورىندىقتار ورناتىلدى، دەپ حابارلايدى Malim.kz Azattyq Rýhy سايتىنا سىلتەمە جاساپ.'],
  ])('in Latin and Arabic letters: %s', (lead) => {
    expect(parse(`date 2024-09-12 Kóktal aýylynda jańa oryndyqtar\n${lead}\n`).attribution).toEqual({ outlet: 'Malim.kz', via: 'Azattyq Rýhy' });
  });

  it('names the Arabic-script body cited as written', () => {
    const lead = 'كوكتال اۋىلىنىڭ مادەنيەت ۇيىنە جاڭا ورىندىقتار ورناتىلدى، دەپ حابارلايدى قازاقپارات ازات رۋح سايتىنا سىلتەپ.';
    expect(parse(`date 2024-09-12 كوكتال اۋىلىندا جاڭا ورىندىقتار\n${lead}\n`).attribution).toEqual({ outlet: 'Kazinform', via: 'ازات رۋح' });
  });
});

describe('`деп жазды` (wrote) before a listed outlet, in three scripts', () => {
  const arabic = (phrase: string) => `date 2023-05-16 ەلوردادا بالالار كىتاپحاناسى اشىلدى\nقالانىڭ وڭ جاعالاۋىندا بالالار كىتاپحاناسى وقىرمانداردى قابىلداي باستادى، ${phrase}\n`;
  const cyrillic = (phrase: string) => `date 2023-05-16 Елордада балалар кітапханасы ашылды\nҚаланың оң жағалауында балалар кітапханасы оқырмандарды қабылдай бастады, ${phrase}\n`;

  it.each([
    ['دەپ جازدى قازاقپارات', { outlet: 'Kazinform' }],
    ['دەپ جازدى قازاقپارات.', { outlet: 'Kazinform' }],
    ['دەپ جازادى «قازاقپارات» حالىقارالىق اقپارات اگەنتتىگى.', { outlet: 'Kazinform' }],
    ['دەپ جازدى KAZINFORM', { outlet: 'Kazinform' }],
    ['دەپ جازدى Zakon.kz', { outlet: 'Zakon.kz' }],
    ['دەپ جازادى Abai.kz qala.kz سايتىنا سىلتەپ.', { outlet: 'Abai.kz', via: 'qala.kz' }],
    // Arabic letters have no capitals: a word not listed after the verb is a person as often (the poet, the author, he).
    ['دەپ جازادى اقىن.', undefined],
    ['دەپ جازادى اۆتور، ءسوزىن جالعاستىرىپ.', undefined],
    ['دەپ جازدى ول ءوزىنىڭ پاراقشاسىندا.', undefined],
  ])('Arabic script: %s', (phrase, attribution) => {
    expect(parse(arabic(phrase)).attribution).toEqual(attribution);
  });

  it.each([
    ['деп жазды ҚазАқпарат.', { outlet: 'Kazinform' }],
    ['деп жазды «Қазақпарат».', { outlet: 'Kazinform' }],
    ['деп жазды Kazinform халықаралық ақпарат агенттігі.', { outlet: 'Kazinform' }],
    ['деп жазды «Егемен Қазақстан» газеті.', { outlet: 'Egemen.kz' }],
    ['деп жазады ҚазАқпарат.', { outlet: 'Kazinform' }],
    ['деп жазды ақын.', undefined],
    ['деп жазды Ерлан Сапаров.', undefined],
    // A person retelling her own post in the present tense too.
    ['деп жазады Ерлан Сапаров.', undefined],
    // The agency's name in a longer phrase names no outlet.
    ['деп жазды Қазақпарат туралы мақаласында.', undefined],
  ])('Cyrillic: %s', (phrase, attribution) => {
    expect(parse(cyrillic(phrase)).attribution).toEqual(attribution);
  });

  it.each([
    ['dep jazdy Qazaqparat.', { outlet: 'Kazinform' }],
    ['dep jazdy QazAqparat halyqaralyq aqparat agenttigi.', { outlet: 'Kazinform' }],
    ['dep jazady Qazaqparat.', { outlet: 'Kazinform' }],
    ['dep jazdy aqyn.', undefined],
  ])('Latin script: %s', (phrase, attribution) => {
    expect(parse(`date 2023-05-16 Elordada balalar kitaphanasy ashyldy\nQalanyń oń jaǵalaýynda balalar kitaphanasy oqyrmandardy qabyldaı bastady, ${phrase}\n`).attribution).toEqual(attribution);
  });
});

describe("a Kazakh credit's label in each of the language's scripts", () => {
  const HEAD = 'date 2024-05-22 كوزقاراس 1204 5 پىكىر 22 مامىر, 2024 ساعات 12:56\n\nاۋىل مەكتەبىنە جاس ۇستاز كەرەك\n\n';
  const TEXT = 'وبلىستاعى اۋىل مەكتەپتەرىندە مۇعالىم جەتىسپەيدى. بيىل ەكى جۇزدەن استام ورىن بوس تۇر.';

  it('reads the collage, photo, picture, illustration and infographic labels in Arabic script as the Cyrillic ones', () => {
    for (const label of ['كوللاج', 'فوتوكوللاج', 'فوتو', 'سۋرەت', 'فوتوسۋرەت', 'يلليۋستراتسيا', 'ينفوگرافيكا', 'ينفوعرافيكا']) {
      const article = parse(`${HEAD}${label}: Abai.kz\n\n${TEXT}\n`);
      expect([label, article.photoCredit, article.paragraphs]).toEqual([label, 'Abai.kz', [TEXT]]);
    }
    expect(parse(`${HEAD}كوللاج – Abai.kz\n\n${TEXT}\n`).photoCredit).toBe('Abai.kz');
  });

  it('reads them in Latin letters too, in either spelling of the alphabet', () => {
    for (const label of ['Kollaj', 'Kollazh', 'Fotokollaj', 'Fotosýret', 'Illıýstratsııa', 'Illıýstratsıa', 'Illiustrasia', 'Illyustrasiya', 'Infografıka', 'Infografika']) {
      expect([label, creditIn(`${label}: Abai.kz`)]).toEqual([label, { credit: 'Abai.kz' }]);
    }
  });

  it('keeps a sentence whose subject is the label, a dash after it, in any script', () => {
    for (const sentence of ['كوللاج – ونەردىڭ ەرەكشە ءبىر ءتۇرى، ونى بالالار دا جاساي الادى.', 'Kollaj – ónerdiń erekshe bir túri, ony balalar da jasaı alady.', 'Коллаж – өнердің ерекше бір түрі, оны балалар да жасай алады.']) {
      expect(creditIn(sentence)).toBeUndefined();
      expect(parse(`${HEAD}${TEXT}\n\n${sentence}\n`).paragraphs).toEqual([TEXT, sentence]);
    }
  });
});

describe("a note naming where a collage's pictures come from", () => {
  const HEAD = 'date 2024-05-22 Көзқарас 640 0 пікір 22 мамыр, 2024 сағат 12:56\n\nАудандық мұражайға жаңа ғимарат керек\n\n';
  const TEXT = 'Аудандық мұражайдың қорында үш мыңнан астам жәдігер бар, бірақ оның жартысы ғана көрмеге қойылған.';
  const MORE = 'Жаңа ғимарат салынса, мұражайға мектеп оқушылары да жиі келер еді.';

  it('leaves the note out beside the collage\'s credit, in each script and in Russian', () => {
    for (const note of [
      'Коллаж суреттері: muzei.kz және «Ауыл өмірі» газеті сайттарынан алынған.',
      'Kollaj sýretteri: muzei.kz jáne «Aýyl ómiri» gazeti saıttarynan alynǵan.',
      'Kollaj suretteri: muzei.kz jәne «Auyl ómiri» gazeti sayttarynan alynghan.',
      'كوللاج سۋرەتتەرى: muzei.kz جانە «اۋىل ءومىرى» گازەتى سايتتارىنان الىنعان.',
      'Коллаж суреттері muzei.kz сайтынан алынды.',
      'Фото для коллажа: Muzei.kz, Orda.kz',
      'В коллаже использованы фото Muzei.kz',
    ]) {
      const article = parse(`${HEAD}Коллаж: Abai.kz\n\n${TEXT}\n\n${note}\n\n${MORE}\n`);
      expect([note, article.photoCredit, article.paragraphs]).toEqual([note, 'Abai.kz', [TEXT, MORE]]);
      expect(article.skipped).toContainEqual({ line: 9, text: note, rule: 'collage sources' });
    }
  });

  it('gives the credit when the page prints no other, its site word and verb left out', () => {
    expect(parse(`${HEAD}${TEXT}\n\nКоллаж суреттері: muzei.kz және «Ауыл өмірі» газеті сайттарынан алынған.\n\n${MORE}\n`).photoCredit).toBe('muzei.kz және «Ауыл өмірі» газеті');
    expect(parse(`${HEAD}${TEXT}\n\nФото для коллажа: Muzei.kz, Orda.kz\n\n${MORE}\n`).photoCredit).toBe('Muzei.kz, Orda.kz');
    expect(creditIn('В коллаже использованы фото из открытых источников')).toEqual({ credit: 'из открытых источников', generic: true, collageSources: true });
    // A generic credit the page prints is still its credit: the note only names the collage's sources.
    expect(parse(`${HEAD}Иллюстративное фото\n\n${TEXT}\n\nФото для коллажа: Muzei.kz, Orda.kz\n\n${MORE}\n`).photoCredit).toBe('Иллюстративное фото');
  });

  it('keeps a sentence of the text that mentions the collage', () => {
    for (const sentence of [
      'Коллаж суреттері көрмеде ұзақ тұрды.',
      'Коллаж суреттері – өткен ғасырдың куәсі.',
      'كوللاجداعى سۋرەتتەر كىتاپحانالاردىڭ بۇرىنعى جانە قازىرگى كەلبەتىن قاتار كورسەتەدى.',
      'В коллаже использованы фото известных людей.',
      'Фото для коллажа мы выбирали долго.',
    ]) {
      expect([sentence, creditIn(sentence)]).toEqual([sentence, undefined]);
      expect(parse(`${HEAD}Коллаж: Abai.kz\n\n${TEXT}\n\n${sentence}\n\n${MORE}\n`).paragraphs).toEqual([TEXT, sentence, MORE]);
    }
  });
});

describe('tag links one a line above the related reports', () => {
  const HEAD = 'date 2025-05-06 В Таразе обновят три сквера\n\nВ Таразе до осени обновят три сквера в центре города, сообщает Zakon.kz.\n\nВ акимате пообещали новые скамейки, фонари и детские площадки.\n\n';
  const TEXT = ['В Таразе до осени обновят три сквера в центре города, сообщает Zakon.kz.', 'В акимате пообещали новые скамейки, фонари и детские площадки.'];

  it('takes three links or more, a year among them, under the last paragraph and above a related heading or the closing prompt', () => {
    for (const heading of ['Читайте также', 'Похожие новости', 'Ұқсас жаңалықтар', 'Толығырақ', 'Тақырыпқа қатысты', 'Поделитесь новостью']) {
      const article = parse(`${HEAD}Тараз\nБлагоустройство\nГородская среда\n2025 год\n\n${heading}\n`);
      expect([heading, article.tags, article.paragraphs]).toEqual([heading, ['Тараз', 'Благоустройство', 'Городская среда', '2025 год'], TEXT]);
    }
    const short = parse(`${HEAD}Работы начнутся в июне.\n\nТараз\nСкверы\nБлагоустройство\n\nПохожие новости\n`);
    expect([short.tags, short.paragraphs]).toEqual([['Тараз', 'Скверы', 'Благоустройство'], [...TEXT, 'Работы начнутся в июне.']]);
  });

  it('leaves two links, a list the text goes on under, a line with a mark, and a menu at the head as they were', () => {
    expect(parse(`${HEAD}Тараз\nБлагоустройство\n\nЧитайте также\n`).tags).toEqual([]);
    const list = parse(`${HEAD}Абая\nТоле би\nКазыбек би\n\nЧитайте также\n\nРаботы начнутся в июне и закончатся к сентябрю, сообщили в акимате.\n`);
    expect([list.tags, list.paragraphs.slice(2, 5)]).toEqual([[], ['Абая', 'Толе би', 'Казыбек би']]);
    expect(parse(`${HEAD}Тараз\nСкверы, парки\nГородская среда\n\nЧитайте также\n`).tags).toEqual([]);
    const menu = parse('date 2025-05-06 В Таразе обновят три сквера\nГлавная\nГород\nКультура\nОбщество\nПохожие новости\n' + HEAD.split('\n').slice(1).join('\n'));
    expect([menu.tags, menu.paragraphs]).toEqual([[], TEXT]);
  });
});

describe("a TV site's page: a gallery's captions under the headline, the region and the story at its foot", () => {
  const HEAD = 'date 2023-01-11 on air preview\nПрямой эфир\nweather icon+24\nАстанаyandex weather icon\nПРОИСШЕСТВИЯ\n\nВ Семее открыли новый каток во дворе школы\n\nКазахстан 11/01/2023 — 12:50\n';
  const CREDIT = 'Фото: МТРК «Мир»/ Имя Фамилия';
  const LEAD = 'Во дворе школы залили каток, и уже в первый вечер на лед вышли десятки детей.';
  const MORE = 'Коньки можно взять напрокат бесплатно, говорят в акимате района.';

  it('takes the headline over a caption printed over each picture\'s credit; the captions are the photo\'s, once or more', () => {
    const gallery = parse(`${HEAD}Каток\n${CREDIT}\nКаток\n${CREDIT}\nКаток\n${CREDIT}\n\n${LEAD}\n\n${MORE}\n`);
    expect([gallery.title, gallery.photoCredit, gallery.paragraphs]).toEqual(['В Семее открыли новый каток во дворе школы', 'МТРК «Мир»/ Имя Фамилия', [LEAD, MORE]]);
    expect(gallery.skipped?.filter((s) => s.rule === 'photo caption').map((s) => s.line)).toEqual([10, 12, 14]);
    // A headline of three words over them: the captions printed over the credits head no page either.
    const short = parse(`${HEAD.replace('В Семее открыли новый каток во дворе школы', 'Каток для школьников')}Каток\n${CREDIT}\nКаток\n${CREDIT}\n\n${LEAD}\n`);
    expect([short.title, short.paragraphs]).toEqual(['Каток для школьников', [LEAD]]);
    const once = parse(`${HEAD}Каток\n${CREDIT}\n\n${LEAD}\n\n${MORE}\n`);
    expect([once.title, once.paragraphs]).toEqual(['В Семее открыли новый каток во дворе школы', [LEAD, MORE]]);
  });

  it('takes the region under `География:` for the tag and leaves out the story\'s label, its name and its other reports\' headlines', () => {
    const foot = parse(`${HEAD}\n${LEAD}\n\n${MORE}\n\nГеография:\nКазахстан\nСюжет\nЗима\nВ Павлодаре залили первый городской каток\n`);
    expect([foot.tags, foot.paragraphs]).toEqual([['Казахстан'], [LEAD, MORE]]);
    expect(foot.skipped?.slice(-3).map((s) => [s.rule, s.text])).toEqual([['story label', 'Сюжет'], ['story label', 'Зима'], ['related news', 'В Павлодаре залили первый городской каток']]);
    // The story printed above the region's heading is the foot's too.
    const above = parse(`${HEAD}\n${LEAD}\n\nСюжет\nЗима\nГеография:\nКазахстан\nВ Павлодаре залили первый городской каток\n`);
    expect([above.tags, above.paragraphs, above.skipped?.slice(-3).map((s) => s.rule)]).toEqual([['Казахстан'], [LEAD], ['story label', 'story label', 'related news']]);
    // A sentence under the story's name is text: it stays, and so does every line with it.
    const sentence = 'Следующий каток откроют в соседнем микрорайоне уже на этой неделе.';
    expect(parse(`${HEAD}\n${LEAD}\n\nГеография:\nКазахстан\nСюжет\nЗима\n${sentence}\n`).paragraphs).toEqual([LEAD, sentence]);
    expect(parse(`${HEAD}\n${LEAD}\n\n${MORE}\n\nГеография: Казахстан\n`).tags).toEqual(['Казахстан']);
  });
});

describe("another report's excerpt under a lone dash at the copy's end", () => {
  it('is left out when every line to the end is cut off; a list item under its dash, or text after the excerpt, stays', () => {
    const head = 'date 2025-08-15 В Астане открыли новый каток';
    const excerpt = 'В области начали ремонт сельских дорог, первые участки сдадут к осени, а остальные...';
    expect(parse(`${head}\n${LEAD}\n-\n${excerpt}\n`).paragraphs).toEqual([LEAD]);
    const item = 'Каток будет работать каждый день с десяти утра до десяти вечера.';
    expect(parse(`${head}\n${LEAD}\n-\n${item}\n`).paragraphs).toContain(item);
    expect(parse(`${head}\n${LEAD}\n-\n${excerpt}\n${item}\n`).paragraphs).toContain(excerpt);
  });
});

describe("a headline taken from the lead's first sentence under a title of page matter", () => {
  it('is taken, and the editor is warned at line 1 that it was', () => {
    const lead = 'В Кокшетау за ночь уровень воды в малых реках поднялся на полметра, спасатели дежурят у мостов.';
    const article = parse(`date 2023-03-02 YouTube Embed: No video/playlist ID has been supplied\n\nВесенний паводок. ${lead}\n\nВ городе открыли пункты обогрева.\n`);
    expect([article.title, article.paragraphs[0]]).toEqual(['Весенний паводок', lead]);
    expect(article.warnings?.map((w) => `${w.line}: ${w.reason}`)).toEqual(["1: the title is page matter; the headline \"Весенний паводок\" was taken from the lead's first sentence on line 3; if the page printed another headline, write it after the date: `date 2023-03-02 Headline`"]);
  });
});
