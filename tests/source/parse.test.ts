import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadOf, type Article } from '../../src/source/article.ts';
import { decodeSource } from '../../src/source/decode.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';
import { detectLanguage } from '../../src/source/rules/language.ts';
import { metaLine } from '../../src/source/clutter/meta-line.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';

const fixtures = join(import.meta.dirname, '../fixtures');

function parse(text: string): Article {
  const result = parseSource(text);
  if (result instanceof SourceError) throw new Error(`unexpected ${result.format()}`);
  return result;
}

function parseFixture(name: string): Article {
  return parse(readFileSync(join(fixtures, 'sources', name), 'utf8'));
}

describe('parseSource on the reference sample', () => {
  const article = parseFixture('2026-01-27-senate-israel.txt');

  it('reads the date line, title and language', () => {
    expect(article.date).toBe('2026-01-27');
    expect(article.title).toBe('Спикер Сената встретился с министром иностранных дел Израиля');
    expect(article.lang).toBe('ru');
  });

  it('takes out the photo credit and the hashtag line, keeps every paragraph in order', () => {
    expect(article.photoCredit).toBe('Сенат');
    expect(article.tags).toEqual(['Казахстан', 'Сенат', 'Израиль']);
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[0]).toMatch(/^Председатель Сената Маулен Ашимбаев/);
    expect(article.paragraphs.at(-1)).toMatch(/искусственного интеллекта\.$/);
    expect(article.paragraphs.join(' ')).not.toMatch(/Фото:|#Казахстан/);
  });

  it('finds the outlet and the body it cites', () => {
    expect(article.attribution).toEqual({ outlet: 'Kazpravda.kz', via: 'Сенат' });
  });

  it('normalizes no-break and doubled spaces but keeps the words', () => {
    expect(article.paragraphs[0]).toContain('Сааром, сообщает Kazpravda.kz со ссылкой на Сенат');
  });
});

describe('parseSource on variants', () => {
  it('leaves out a caption whose credit the copy lost, with the image\'s keyword title above it, but keeps a sentence ending on the label', () => {
    const page = (caption: string) => parse(`date 2023-09-20 Мэр открыла прием обращений\nКлипарт по теме Город. Город, улица, прохожие, смартфон, приложение, связь\n${caption}\n\nГлава города начала принимать обращения горожан на своей странице.\n`).paragraphs;
    expect(page('Глава города отвечает жителям в своем аккаунте Фото:')).toEqual(['Глава города начала принимать обращения горожан на своей странице.']);
    expect(page('Так выглядит новый сквер. Вот его план Фото:')).toContain('Так выглядит новый сквер. Вот его план Фото:');
  });

  it('reads a labelled credit without its closing period, but keeps an initial\'s period', () => {
    const credit = (line: string) => parse(`date 2026-01-12 Ауылда жаңа мектеп ашылды\n${line}\nАуданда үш жүз орындық жаңа мектеп оқушыларын қабылдады.\n`).photoCredit;
    expect([credit('Фото: из открытых источников.'), credit('Сурет: автордың жеке архивінен алынды.'), credit('Sýret: ashyq derekkózden alyndy'), credit('سۋرەت: اۆتوردىڭ جەكە ارحيۆىنەن الىندى.')]).toEqual(['из открытых источников', 'автордың жеке архивінен алынды', 'ashyq derekkózden alyndy', 'اۆتوردىڭ جەكە ارحيۆىنەن الىندى']);
    expect([credit('Фото: Иван П.'), credit('Фото: «Казинформ».')]).toEqual(['Иван П.', '«Казинформ»']);
  });

  it('leaves out the author\'s signature closing the report: a role after the name on a period, the place under the name, an Arabic-script name alone; but keeps a short sentence or a list', () => {
    const page = (...last: string[]) => parse(`date 2026-01-30 Ана тілі туралы ой\nАна тілі ұрпақтан ұрпаққа жететін ең үлкен мұрамыз деп білеміз.\n${last.join('\n')}\n`).paragraphs;
    const text = ['Ана тілі ұрпақтан ұрпаққа жететін ең үлкен мұрамыз деп білеміз.'];
    expect(page('Асан Омаров, абайтанушы.')).toEqual(text);
    expect(page('Asan Omarov, abaıtanýshy.')).toEqual(text);
    expect(page('اسان وماروۆ، ابايتانۋشى.')).toEqual(text);
    expect(page('اسان وماروۆ،', 'ابايتانۋشى.')).toEqual(text);
    expect(page('اسان وماروۆ.')).toEqual(text);
    // The name with a comma over her place, a word; in Arabic script the name alone, or with the outlet in quotes.
    expect(page('Айгүл Сейілова,', 'Қарағанды')).toEqual(text);
    expect(page('ايگۇل سەيىلوۆا،', 'قاراعاندى')).toEqual(text);
    expect(page('ايگۇل سەيىلوۆا')).toEqual(text);
    expect(page('ايگۇل سەيىلوۆا، «Egemen Qazaqstan»')).toEqual(text);
    // On a copied page, with the page's foot under it.
    expect(parse(`date 2026-01-30 Ана тілі туралы ой\n842 پىكىر\n${text[0]}\nاسان وماروۆ، ابايتانۋشى.\nۇزدىك ماتەريالدار\nسىني-ەسسە\n`).paragraphs).toEqual(text);
    // A sentence: a verb in it, no surname's ending in Arabic script, no capitals.
    expect(page('Жиын аяқталды, рахмет.')).toContain('Жиын аяқталды, рахмет.');
    expect(page('كوپ راحمەت.')).toContain('كوپ راحمەت.');
    expect(page('كوپ راحمەت')).toContain('كوپ راحمەت');
    expect(page('Алматы, Астана,', 'Шымкент')).toContain('Шымкент');
    expect(page('ءىس جالعاسادى، اعايىن.')).toContain('ءىس جالعاسادى، اعايىن.');
    expect(page('Бәрі жақсы, достар.')).toContain('Бәрі жақсы, достар.');
    expect(page('Алматы Астана Шымкент, үш ірі қала.')).toContain('Алматы Астана Шымкент, үш ірі қала.');
  });

  it('takes the author\'s signature glued after the last sentence out of its paragraph, but not after a line that closes no sentence', () => {
    const page = (last: string) => parse(`date 2012-04-21 В Семее повредили остановку\nЖители Семея сообщили в полицию о разбитой остановке на окраине города.\n${last}\n`).paragraphs;
    expect(page('Остановку восстановят за неделю, уточнили в акимате. Мария КОВАЛЕНКО').at(-1)).toBe('Остановку восстановят за неделю, уточнили в акимате.');
    expect(page('Итоги конкурса. Мария КОВАЛЕНКО')).toContain('Итоги конкурса. Мария КОВАЛЕНКО');
  });

  it('takes a credit printed again after `@` as its copy, and keeps an `@` line naming someone else', () => {
    const page = (at: string) => parse(`date 2024-02-10 Облыста мектеп құрылысы талқыланды\nКеңесте өңірде биыл бес мектеп салу жоспары қаралды.\n${at}\nФото: Облыс әкімінің баспасөз қызметі\n`);
    const copied = page('@Облыс әкімінің баспасөз қызметі');
    expect([copied.photoCredit, copied.paragraphs]).toEqual(['Облыс әкімінің баспасөз қызметі', ['Кеңесте өңірде биыл бес мектеп салу жоспары қаралды.']]);
    expect(page('@Аудан әкімінің баспасөз қызметі').paragraphs).toContain('@Аудан әкімінің баспасөз қызметі');
  });

  it('reads a credit that is a site\'s address with its link\'s scheme as the site, and keeps a longer credit as printed', () => {
    const credit = (line: string) => {
      const article = parseSource(`date 2015-07-14 Көкпаршылар жарыстан жүлдемен оралды\n${line}\nОблыс құрамасы ұлттық ойындар чемпионатынан үш алтын медальмен қайтты.\n`);
      return article instanceof SourceError ? article.reason : article.photoCredit;
    };
    expect([credit('Фото: //szh.kz'), credit('Фото: https://www.szh.kz/')]).toEqual(['szh.kz', 'szh.kz']);
    expect(credit('Фото: https://szh.kz/2015/07/kokpar')).toBe('https://szh.kz/2015/07/kokpar');
    expect([credit('Сурет: prosportkz.kz.'), credit('Фото: Асқар Нұрланов.')]).toEqual(['prosportkz.kz', 'Асқар Нұрланов']);
    expect([credit('Суретке түсірген Асқар НҰРЛАНОВ'), credit('Sýretke túsirgen Asqar NURLANOV')]).toEqual(['Асқар НҰРЛАНОВ', 'Asqar NURLANOV']);
  });

  it('Kazakh in Cyrillic', () => {
    const article = parseFixture('2026-02-10-kk-library.txt');
    expect(article.lang).toBe('kk');
    expect(article.attribution).toEqual({ outlet: 'Kazinform' });
    expect(article.photoCredit).toBe('Қарағанды облысы әкімдігі');
  });

  it('an outlet in quotes with its account after it, and one named after the body it cites', () => {
    const quoted = parse('date 2019-10-02 Во дворе поставили качели\n\nКачели поставили во дворе дома на улице Мира, сообщает "Диапазон" @gazeta_diapazon.\n');
    expect(quoted.attribution).toEqual({ outlet: 'Диапазон' });
    const cited = parse('date 2018-05-03 Кітапханаға кітап келді\n\nАудандық кітапханаға жаңа кітаптар келді, деп хабарлайды аудан әкімдігіне сілтеме жасаған didarbek.kz ақпараттық агенттігі.\n');
    expect(cited.attribution).toEqual({ outlet: 'didarbek.kz', via: 'аудан әкімдігі' });
  });

  it('a label left out above leaves a paragraph it is glued to, not a name in camel case', () => {
    const glued = parse('date 2015-11-20 Қар жауып, жол жабылды\n\nАуа райы\n\nСиноптиктер облыста қатты қар жауатынын алдын ала ескерткен болатын.\n\nАуа райыСоған байланысты таулы аймақтағы жол уақытша жабылды деп хабарланды.\n');
    expect(glued.paragraphs[1]).toBe('Соған байланысты таулы аймақтағы жол уақытша жабылды деп хабарланды.');
    const brand = parse('date 2020-01-10 Компания жаңа кен орнын ашты\n\nҚАЗ РУС\nКаз\n\nКазМунайГаз компаниясы биыл жаңа кен орнын игеруді бастайтынын мәлімдеді.\n');
    expect(brand.paragraphs[0]).toBe('КазМунайГаз компаниясы биыл жаңа кен орнын игеруді бастайтынын мәлімдеді.');
  });

  it('a dek under the stamp retold after a lead opening on an agency dateline, the headline above the stamp', () => {
    const page = (lead: string) => `date 2024-07-02 политика, экономика\n\nВ Атырауской области до конца года откроют новую детскую больницу\n\n02.07.2024 11:40\n\nСтоимость строительства больницы превысит десять миллиардов тенге\n\n${lead}\n\nСтроительство новой больницы стоимостью более десяти миллиардов тенге превысит прежнюю смету.\n`;
    const wire = parse(page('Атырау. 2 июля. KAZAKHSTAN TODAY - Строители заканчивают внутреннюю отделку корпусов.'));
    expect(wire.title).toBe('В Атырауской области до конца года откроют новую детскую больницу');
    expect(wire.paragraphs[0]).toBe('Стоимость строительства больницы превысит десять миллиардов тенге');
    // No dateline: the line under the stamp stays the headline, as before.
    const plain = parse(page('Строители заканчивают внутреннюю отделку корпусов, сообщили в управлении.'));
    expect(plain.title).toBe('Стоимость строительства больницы превысит десять миллиардов тенге');
  });

  it('a headline of two words between the report\'s stamp and its view counter, but not a short line with the headline between it and the counter', () => {
    const page = (head: string) => `date 2016-03-10 10 Наурыз, 2016\n\n${head}\n\n812 рет\nкөрсетілді\n\n«Көшпелілер мектебі» атты жинақ ағылшын тілінде басылды\n\nАуыл мұғалімдерінің жазбалары жинақталған кітап биыл шетелдік оқырманға жол тартты.\n`;
    const short = parse(page('ДАЛА – МЕКТЕП'));
    expect(short.title).toBe('ДАЛА – МЕКТЕП');
    expect(short.paragraphs[0]).toBe('«Көшпелілер мектебі» атты жинақ ағылшын тілінде басылды');
    // The short line is a rubric over the headline, which stands right over the counter.
    const rubric = parse(page('Білім саласы\n\nАуыл мұғалімдерінің жазбалары шетелде басылды'));
    expect(rubric.title).toBe('Ауыл мұғалімдерінің жазбалары шетелде басылды');
    // Under a headline above the stamp, the two words between the stamp and the counter are the source's name.
    const source = parse('date 2023-02-24 Ауылда жаңа мектеп салынады деген хабар жалған болып шықты\n\n24.02.2023 | 23:51\nЕлорда ақпарат\n20\n\nРесми дереккөздерде мұндай шешім туралы ешқандай мәлімет берілмеген.\n');
    expect(source.title).toBe('Ауылда жаңа мектеп салынады деген хабар жалған болып шықты');
  });

  it('Kazakh in Latin script', () => {
    const article = parseFixture('kk-latin.txt');
    expect(article.lang).toBe('kk');
    expect(article.tags).toEqual(['Qazaqstan', 'Ǵylym']);
    expect(article.attribution).toEqual({ outlet: 'Kazinform' });
  });

  it('CRLF line endings and a BOM', () => {
    const article = parseFixture('crlf-bom.txt');
    expect(article.date).toBe('2026-03-05');
    expect(article.paragraphs).toEqual(['Аким Алматы провел прием граждан, передает корреспондент Kazinform.', 'На прием пришли более 50 человек.']);
    expect(article.paragraphs.join('')).not.toMatch(/[\r\ufeff]/);
  });

  it('Windows line endings, one paragraph per line, no hashtags', () => {
    const article = parseFixture('2026-03-03-windows-editor-no-tags.txt');
    expect(article.tags).toEqual([]);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.attribution).toEqual({ outlet: 'пресс-служба городского акимата' });
  });

  it('every line indented', () => {
    const article = parseFixture('2026-04-21-tags-mixed.txt');
    expect(article.title).toBe('Число туристов в Туркестане выросло на 12%');
    expect(article.photoCredit).toBe('Zakon.kz');
    expect(article.paragraphs.every((p) => p === p.trim())).toBe(true);
  });

  it('tags: case duplicates folded to the first spelling, a # inside text is not a tag', () => {
    const article = parseFixture('2026-04-21-tags-mixed.txt');
    expect(article.tags).toEqual(['туризм', 'Туркестан']);
    expect(article.paragraphs[1]).toContain('#Туркестан2026');
  });

  it('tags with digits and underscores; # in the title and body stays text', () => {
    const article = parseFixture('tags-digits-underscores.txt');
    expect(article.title).toBe('Итоги года #1 рейтинга');
    expect(article.tags).toEqual(['Итоги_2025', 'COP29', 'Рейтинг']);
    expect(article.paragraphs).toEqual(['Казахстан занял #1 место в рейтинге, сообщает Kursiv.media.']);
  });

  it.each([
    ['Туркестан посетили туристы, передает корреспондент Zakon.kz.', { outlet: 'Zakon.kz' }],
    ['Аким провел прием, передает корреспондент Kazinform', { outlet: 'Kazinform' }],
    ['Школу открыли, сообщает пресс-служба акимата.', { outlet: 'пресс-служба акимата' }],
    ['Кітапхана ашылды, деп хабарлайды Kazinform тілшісі.', { outlet: 'Kazinform' }],
    ['«Қазақпарат» тілшісі аудан әкімдігіне хабарласып, түсініктеме алды.', { outlet: 'Kazinform' }],
    ['Qostanaı. «QazAqparat» tilshisi ákimdikke habarlasty.', { outlet: 'Kazinform' }],
    ['«قازاقپارات» ءتىلشىسى اكىمدىككە حابارلاسىپ، تۇسىنىكتەمە الدى.', { outlet: 'Kazinform' }],
    ['Egemen.kz habarlaýynsha, qalada jańa mektep ashyldy.', { outlet: 'Egemen.kz' }],
    ['Qalada jaŋa mektep aşyldy, dep habarlaidy «Adyrna» tılşısı.', { outlet: 'Adyrna' }],
    ['Egemen.kz habarlauynşa, qalada jaŋa mektep aşyldy.', { outlet: 'Egemen.kz' }],
    ['Egemen.kz حابارلاۋىنشا، قالادا جاڭا مەكتەپ اشىلدى.', { outlet: 'Egemen.kz' }],
    ['قالادا مەكتەپ اشىلدى، دەپ حابارلايدى «ەگەمەن قازاقستان» ءتىلشىسى.', { outlet: 'Egemen.kz' }],
    ['Зал ашылды, деп хабарлайды @Qala.kz тілшісі.', { outlet: 'Qala.kz' }],
    ['Встреча прошла, сообщает Kazpravda.kz со ссылкой на Сенат, и завершилась.', { outlet: 'Kazpravda.kz', via: 'Сенат' }],
    ['Министр сообщает о том, что цены выросли.', undefined],
    ['В выходные ожидается снег.', undefined],
    ['Как стало известно Zakon.kz, мост откроют в мае.', { outlet: 'Zakon.kz' }],
    ['Мост откроют в мае, как стало известно корреспонденту агентства Kazinform.', { outlet: 'Kazinform' }],
    ['Как стало известно из источников в акимате, мост откроют в мае.', undefined],
    ['Как стало известно журналистам, мост откроют в мае.', undefined],
    // The outlet named in quotes in the dative is named in the nominative; an undeclined name stays.
    ['Как стало известно «Чемпионату», клуб пропустит турнир.', { outlet: 'Чемпионат' }],
    ['Как стало известно «Информбюро», мост откроют в мае.', { outlet: 'Informburo.kz' }],
    ['Мост откроют в мае. Об этом корреспонденту Tengrinews.kz сообщил аким района.', { outlet: 'Tengrinews.kz' }],
    ['Мост откроют в мае. Об этом рассказали корреспонденту агентства Kazinform в акимате.', { outlet: 'Kazinform' }],
    ['Мост откроют в мае. Об этом корреспонденту газеты сообщил аким района.', undefined],
    ['Газет тілшісі аудан әкімдігіне хабарласып, түсініктеме алды.', undefined],
    ['وقۋ-اعارتۋ مينيسترلىگىنىڭ حابارلاۋىنشا، جاڭا مەكتەپ اشىلدى.', undefined],
    ['Kazinform тілшісінің сұрағына аудан әкімі жауап берді.', undefined],
    ['Туркестанская область (ЮКО) - 25 декабря /KZinform/. На рынке открыли социальный ряд.', { outlet: 'KZinform' }],
    ['Мост откроют в мае - 25 декабря /решили/ депутаты.', undefined],
    ['Әкім ауылға барды, - деп хабарлайды "Дала жаршысы" Үкіметке сілтеме жасап.', { outlet: 'Дала жаршысы', via: 'Үкімет' }],
    ['Мост откроют в мае, сообщает "Жамбыл Инфо" со ссылкой на акимат.', { outlet: 'Жамбыл Инфо', via: 'акимат' }],
    ['Өрт сөндірілді, деп хабарлайды Stan.kz ақпарат агенттігі министрліктің баспасөз қызметіне сілтеме бере отырып.', { outlet: 'Stan.kz', via: 'министрліктің баспасөз қызметі' }],
    ['Өрт сөндірілді, деп хабарлайды Azattyq Ruhy министрлікке сілтеме жасап.', { outlet: 'Azattyq Ruhy', via: 'министрлік' }],
    ['Órt sóndirildi, dep habarlaıdy Adyrna Astana qalasy ákimdigine siltep.', { outlet: 'Adyrna', via: 'Astana qalasy ákimdigi' }],
    ['Ожидается дождь, сообщает госметеослужба «Казгидромет», на которую ссылается ИА Новости-Казахстан.', { outlet: 'Новости-Казахстан' }],
    ['Ожидается дождь, сообщили синоптики, на которых ссылается Kazinform.', { outlet: 'Kazinform' }],
    ['Ожидается дождь, говорится в прогнозе, на который ссылается министр.', undefined],
    ['Бағыт өзгереді деп хабарлайды елорда әкімдігінің медиа орталығы.', { outlet: 'елорда әкімдігінің медиа орталығы' }],
    ['Саябақ ашылды, деп хабарлайды облыстық өңірлік коммуникациялар қызметі.', { outlet: 'облыстық өңірлік коммуникациялар қызметі' }],
    ['Саябақ ашылды, деп хабарлайды жергілікті тұрғындар.', undefined],
    ['Марапаттау өтті, деп хабарлады қала әкімдігінің ресми сайты.', { outlet: 'қала әкімдігі' }],
    ['Marapattaý ótti, dep habarlady qala ákimdiginiń resmı saıty.', { outlet: 'qala ákimdigi' }],
    ['Marapattaý ótti, dep habarlady qala ákimdiginiń baspasóz qyzmeti.', { outlet: 'qala ákimdiginiń baspasóz qyzmeti' }],
    ['Марапаттау өтті, деп хабарлады қала тұрғындарының ресми емес тобы.', undefined],
    ['Жол апаты болды, деп хабарлайды Almaty.tv тілшісі ҚазАқпаратқа сілтеме жасап.', { outlet: 'Almaty.tv', via: 'Kazinform' }],
    // A name of a Cyrillic and a Latin word before its correspondent: the body cited holds no correspondent.
    ['Алаң ашылды, деп хабарлайды Устинка LIVE тілшісі аудан әкімдігіне сілтеме жасап.', { outlet: 'Устинка LIVE', via: 'аудан әкімдігі' }],
    // Relying on a body's information is citing it; a correspondent relying on nothing named keeps the outlet alone.
    ['Алаң ашылды, деп хабарлайды Устинка LIVE тілшісі аудан әкімдігі ақпаратына сүйеніп.', { outlet: 'Устинка LIVE', via: 'аудан әкімдігі' }],
    ['Алаң ашылды, деп хабарлайды Kazinform тілшісі министрлік мәліметіне сүйене отырып.', { outlet: 'Kazinform', via: 'министрлік' }],
    ['كلۋبتار قارجىلاندىرىلمايدى, دەپ حابارلادى qandastar.kz 1bol.kz سىلتەمە جاساپ.', { outlet: 'qandastar.kz', via: '1bol.kz' }],
    ['كلۋبتار قارجىلاندىرىلمايدى, دەپ حابارلادى Egemen.kz استانا قالاسى اكىمدىگىنە سىلتەمە جاساپ.', { outlet: 'Egemen.kz', via: 'استانا قالاسى اكىمدىگى' }],
    // The space before `со ссылкой` lost after a Latin name; a Cyrillic word ending so is no outlet glued to it.
    ['Мост открыли, передает агентство Kazinformсо ссылкой на пресс-службу акимата.', { outlet: 'Kazinform', via: 'пресс-службу акимата' }],
    // A domain's dot in Arabic script ends no name; its descriptor and the citing phrase's longer form.
    ['سۋ جەتكىلىكتى, دەپ جازادى Abai.kz اقپاراتتىق پورتالى qala.kz سايتىنا سىلتەمە جاساي وتىرىپ.', { outlet: 'Abai.kz', via: 'qala.kz' }],
    ['سۋ جەتكىلىكتى, دەپ جازادى Abai.kz.', { outlet: 'Abai.kz' }],
    // As an outlet reports: a domain, a listed outlet or a name in quotes; an office so named is a source.
    ['Dala.kz басылымының хабарлауынша, фестиваль үш күнге созылады.', { outlet: 'Dala.kz' }],
    ['Kazinform хабарлауынша, көпір мамырда ашылады.', { outlet: 'Kazinform' }],
    ['Облыстық баспасөз қызметінің хабарлауынша, көпір мамырда ашылады.', undefined],
    ['Oblystyq baspasóz qyzmetiniń habarlaýynsha, kópir mamyrda ashylady.', undefined],
    // The outlet's account after its name is no part of it; a name alone after `@` stays the outlet.
    ['Навес поставили, сообщает «Диапазон» @gazeta_diapazon.', { outlet: 'Диапазон' }],
    ['Навес поставили, сообщает «Диапазон».', { outlet: 'Диапазон' }],
    // A press service named as reporting is the source of the outlet that passes it on later in the lead; alone, or
    // followed by another office, it stays what the lead names.
    ['Мост откроют в мае, как сообщает пресс-служба акимата, передает Qazweek.kz.', { outlet: 'Qazweek.kz', via: 'пресс-служба акимата' }],
    ['Как сообщает пресс-служба акимата, мост откроют в мае, пишет Vласть.', { outlet: 'Vласть', via: 'пресс-служба акимата' }],
    ['Мост откроют в мае, сообщает пресс-служба акимата.', { outlet: 'пресс-служба акимата' }],
    ['Мост откроют в мае, сообщает пресс-служба акимата, передает пресс-служба района.', { outlet: 'пресс-служба акимата' }],
    // What an outlet is after its name, in Kazakh and the 2021 Latin alphabet, is no part of it.
    ['Көпір мамырда ашылады, деп хабарлайды Kazinform халықаралық ақпарат агенттігі.', { outlet: 'Kazinform' }],
    ['Kópir mamyrda ashylady, dep habarlaidy “Adyrna” ūlttyq portaly.', { outlet: 'Adyrna' }],
    // A cited name holding an initial's period; a period after a word still ends the name.
    ['Fleshmob bastaldy, dep habarlaıdy “Adyrna” ulttyq portaly Ekspress K. saıtyna silteme jasap.', { outlet: 'Adyrna', via: 'Ekspress K.' }],
    ['Fleshmob bastaldy, dep habarlaıdy “Adyrna” ulttyq portaly. Ekspress K. saıtyna silteme jasap jazdy.', { outlet: 'Adyrna' }],
    // Noise a copy prints in the phrase: a Latin `i` in `тілшісі` (a Cyrillic `і` in Latin `tilshisi`), a Cyrillic
    // letter in a Latin domain, a word printed twice, the space lost between a name and what it is.
    ['Саябақ ашылды, деп хабарлайды BNews.kz тiлшiсi.', { outlet: 'BNews.kz' }],
    ['Saıabaq ashyldy, dep habarlaıdy BNews.kz tіlshіsі.', { outlet: 'BNews.kz' }],
    ['Саябақ ашылды, деп хабарлайды inАstana.kz.', { outlet: 'inAstana.kz' }],
    ['Мост открыли, сообщает Тengrinews.kz со ссылкой на акимат.', { outlet: 'Tengrinews.kz', via: 'акимат' }],
    ['Мост открыли, сообщает Kazinform со со ссылкой на акимат.', { outlet: 'Kazinform', via: 'акимат' }],
    ['Мост открыли, сообщает Kazinform со ссылкой на на акимат.', { outlet: 'Kazinform', via: 'акимат' }],
    ['Саябақ ашылды, деп хабарлайды Newsroom+Ақпарат агенттігі ҚазАқпарат сайтына сілтеме жасап.', { outlet: 'Newsroom+', via: 'Kazinform' }],
    // A word of one script alone, or two names in two scripts with a space between, stay as printed.
    ['Мост открыли, передает Vласть.', { outlet: 'Vласть' }],
    ['Алаң ашылды, деп хабарлайды Устинка LIVE тілшісі.', { outlet: 'Устинка LIVE' }],
    // The outlet's correspondent told the news, in Kazakh: the name before what it is and `тілшісіне`; a
    // correspondent of no named outlet names no one, and `Бұл туралы` does not take the teller and her listener.
    ['Мектеп ашылды. Бұл туралы қала мэриясы «24.kg» ақпарат агенттігінің тілшісіне хабарлады.', { outlet: '24.kg' }],
    ['Mektep ashyldy. Bul týraly mektep dırektory Kazinform tilshisine aıtty.', { outlet: 'Kazinform' }],
    ['Мектеп ашылды. Бұл туралы мектеп директоры газет тілшісіне хабарлады.', undefined],
    // The press at large named as reporting is no outlet.
    ['Тыңшылар ұсталды. Бұл туралы жергілікті бұқаралық ақпарат құралдары хабарлады.', undefined],
    // Where the outlet is from is no part of its name (the local agency); a name in quotes opening on that word stays whole.
    ['Мектеп ашылды. Бұл туралы жергілікті Монцаме агенттігі хабарлады.', { outlet: 'Монцаме' }],
    ['Мектеп ашылды. Бұл туралы «Жергілікті хабар» сайты хабарлады.', { outlet: 'Жергілікті хабар' }],
    // A Kazakh correspondent's dateline naming a region or district, not a city; a district named with no
    // correspondent after it is the sentence's subject.
    ['Павлодар облысы, BAQ.KZ тілшісі. Ертіс өңірінде ауыл әкімдерін сайлау басталды.', { outlet: 'BAQ.KZ' }],
    ['Batys Qazaqstan oblysy, Kazinform tilshisi. Aýylda jańa mektep ashyldy.', { outlet: 'Kazinform' }],
    ['Павлодар облысы, Баянауыл ауданы тұрғындары жаңа жол салуды сұрады.', undefined],
    // A site's domain opening the lead, a period after it: the site whose report a district paper reprints; a
    // press review opening every paragraph so names no outlet.
    ['Kyzylorda-news.kz. Ауданда үш жүз орындық жаңа мектеп ашылды.', { outlet: 'Kyzylorda-news.kz' }],
    ['KAPITAL.KZ. Автор жел станцияларының құнын талдайды.\n\nVLAST.KZ. Журналист көпірдің сметасын салыстырады.', undefined],
    // The site's own domain as the lead's dateline, another outlet named as who reports after it: the site's report,
    // via that outlet; the same site named again is the site alone, and a press review's paragraphs each open so.
    ['ERNUR.KZ. Қалада жаңа саябақ ашылды, деп жазады Tengrinews.kz.', { outlet: 'ERNUR.KZ', via: 'Tengrinews.kz' }],
    ['ERNUR.KZ. Қалада жаңа саябақ ашылды, деп хабарлайды ERNUR.KZ.', { outlet: 'ERNUR.KZ' }],
    ['KAPITAL.KZ. Автор жел станцияларын талдайды, деп жазады Zakon.kz.\n\nVLAST.KZ. Журналист көпірдің сметасын салыстырады.', { outlet: 'Zakon.kz' }],
  ])('attribution in %s', (lead, expected) => {
    expect(parse(`date 2026-01-01 Заголовок новости\n\n${lead}\n`).attribution).toEqual(expected);
  });

  it('takes a news motto after a dash closing the title, printed or not; a route, a lower-case phrase or a site name alone stay', () => {
    const lead = '\n\nСот ғимараты бір аптаға жабылды, деп хабарлайды Stan.kz.\n';
    expect(parse(`date 2026-01-01 Облыстық сот карантинге жабылды — Қазақстан жаңалықтары${lead}`).title).toBe('Облыстық сот карантинге жабылды');
    expect(parse(`date 2026-01-01 Матч в Павлодаре завершился вничью | Новости Казахстана и мира${lead}`).title).toBe('Матч в Павлодаре завершился вничью');
    expect(parse(`date 2026-01-01 Новый поезд пойдёт по маршруту Алматы — Астана${lead}`).title).toBe('Новый поезд пойдёт по маршруту Алматы — Астана');
    expect(parse(`date 2026-01-01 Газета вышла с рубрикой — Новости недели${lead}`).title).toBe('Газета вышла с рубрикой — Новости недели');
  });

  it('keeps letters exactly, including ё and Kazakh letters', () => {
    const article = parse('date 2026-01-01 Ёлка и Қазақстан\n\nЁжик, әже, ғылым, қала, өнер, ұлт, үй, һ, іс.\n');
    expect(article.title).toBe('Ёлка и Қазақстан');
    expect(article.paragraphs[0]).toBe('Ёжик, әже, ғылым, қала, өнер, ұлт, үй, һ, іс.');
  });
  it('a report with sub-headings under its rubric is no roundup of briefs: one label over a headline only', () => {
    const article = parse('date 2026-01-01 Общество\nВ Таразе открыли каток\nВ Таразе в парке открыли бесплатный каток, он будет работать до конца февраля.\n\nЧасы работы\n\nКаток открыт каждый день с десяти утра до девяти вечера, прокат коньков платный.\n');
    expect(article.title).toBe('В Таразе открыли каток');
  });
  it('a report closing on other reports\' headlines over excerpts cut off with … is not a list of reports', () => {
    const teaser = (n: number) => `Другая новость номер ${n}\n\nВ соседнем районе открыли новый спортивный зал для школьников и взрослых, где теперь проходят занятия по борьбе и…\n`;
    const article = parse(`date 2026-01-01 В Таразе открыли каток\n\nВ Таразе в парке открыли бесплатный каток, он будет работать до конца февраля.\n\n${[1, 2, 3].map(teaser).join('\n')}`);
    expect(article.title).toBe('В Таразе открыли каток');
  });
});

describe('a page pasted under a date line with the date alone', () => {
  it('takes its first line as the title', () => {
    expect(parse('date 2026-03-02\nВ Таразе открыли новый мост\nМост через реку Талас открыли для машин, сообщает акимат.\n')).toMatchObject({ title: 'В Таразе открыли новый мост', paragraphs: ['Мост через реку Талас открыли для машин, сообщает акимат.'] });
  });

  it('a first line of six words or more ending in `:` is refused as a quote\'s introduction; a speaker\'s name so ended, as a label', () => {
    const quote = parseSource('date 2026-03-02 Жиынға келген аудан әкімі Серік Омаров:\n«Мектеп қыркүйекте ашылады», – деді.\n');
    expect((quote as SourceError).format()).toBe(':1: the title is a sentence introducing a quote, ending in `:` (the copy may begin inside the text), and no headline follows it; write the headline after the date: `date 2026-03-02 Headline`');
    const label = parseSource('date 2026-03-02 Серік Омаров:\n«Мектеп қыркүйекте ашылады», – деді.\n');
    expect((label as SourceError).format()).toContain('page clutter (a label ending in `:`)');
  });

  it('a first line the editor marked as text (`\\`) stays text, and the title is missing', () => {
    const result = parseSource('date 2026-03-02\n\\Тараз\nМост через реку Талас открыли для машин, сообщает акимат.\n');
    expect((result as SourceError).format()).toBe(':1: the title is missing after the date; write the headline on line 1: `date 2026-03-02 Headline`');
  });
});

describe('detectLanguage', () => {
  it('a Russian text naming Қасым-Жомарт stays Russian', () => {
    expect(detectLanguage('Президент Қасым-Жомарт Токаев провел совещание с членами правительства по вопросам экономики и социальной политики.')).toBe('ru');
  });
  it('Kazakh Cyrillic prose is Kazakh', () => {
    expect(detectLanguage('Қарағанды қаласында жаңа кітапхана ашылды.')).toBe('kk');
  });
  it('refuses a report in English, an agency\'s English edition, and names the date line', () => {
    const result = parseSource('date 2021-02-10 New library opens in Karaganda\n\nKARAGANDA. KAZINFORM A new library with a reading hall for children was opened in the city on Monday, the press service of the city said.\n\nThe building has three floors and will host book clubs for the residents of the district.\n');
    expect(result).toBeInstanceOf(SourceError);
    expect((result as SourceError).line).toBe(1);
    expect((result as SourceError).reason).toMatch(/^the report is in English/u);
  });
  it('keeps Kazakh in Latin letters quoting an English title, and Russian naming an English film, as the report\'s language', () => {
    const latin = parse('date 2023-05-02 Qalada kitaphana ashyldy\n\nQaraǵandyda jańa kitaphana ashyldy. Oqyrmandar «The Lord of the Rings» kitabyn jáne «The Old Man and the Sea» povesin oqı alady.\n\nKitaphana kúnde saǵat togyzda ashylady.\n');
    expect(latin.lang).toBe('kk');
    const russian = parse('date 2023-05-02 В кинотеатре покажут классику\n\nВ кинотеатре покажут фильмы «The Man Who Knew Too Much» и «Gone with the Wind» на языке оригинала с субтитрами для зрителей.\n');
    expect(russian.lang).toBe('ru');
  });
});

describe('bad sources', () => {
  const bad = (name: string) => {
    const text = decodeSource(readFileSync(join(fixtures, 'bad', name)));
    const result = text instanceof SourceError ? text : parseSource(text);
    if (!(result instanceof SourceError)) throw new Error(`${name} parsed`);
    return `${result.line}: ${result.reason}`;
  };

  it.each([
    ['empty.txt', '1: the source is empty; it needs a first line `date YYYY-MM-DD Title`'],
    ['blank-lines-only.txt', '1: the source is empty; it needs a first line `date YYYY-MM-DD Title`'],
    ['no-date-line.txt', '1: the first line must be `date YYYY-MM-DD Title`, found "Спикер Сената встретился с министром"'],
    ['impossible-date.txt', '1: 2026-02-30 is not a date in the calendar'],
    ['malformed-date.txt', '3: the date must be written YYYY-MM-DD, found "27.01.2026"'],
    ['no-title.txt', '3: the title is missing after the date, and the only line under it is the text; write the headline on line 1: `date 2026-01-27 Headline`'],
    ['title-no-body.txt', '1: the article has a title but no body text'],
    ['not-utf8.txt', '3: the file is not UTF-8 text; save it as UTF-8'],
  ])('%s → line %s', (name, expected) => {
    expect(bad(name)).toBe(expected);
  });
});

describe('the lead (the description of feeds, lists and meta tags)', () => {
  it('is the first paragraph of words: a separator line the page printed above it is not, and leaves the body', () => {
    const article = parse('date 2026-03-02 Ауылда жаңа мектеп ашылды\n\n***\n\nБиыл ауылдағы балалар жаңа мектепке барады.\n\nҒимарат екі жылда салынды.\n');
    expect(article.paragraphs[0]).toBe('Биыл ауылдағы балалар жаңа мектепке барады.');
    expect(leadOf(article)).toBe('Биыл ауылдағы балалар жаңа мектепке барады.');
  });

  it('keeps a section break between paragraphs: only one opening or closing the body separates nothing', () => {
    const article = parse('date 2026-03-02 Ауылда жаңа мектеп ашылды\n\nБиыл ауылдағы балалар жаңа мектепке барады.\n\n* * *\n\nҒимарат екі жылда салынды.\n\n***\n');
    expect(article.paragraphs).toEqual(['Биыл ауылдағы балалар жаңа мектепке барады.', '* * *', 'Ғимарат екі жылда салынды.']);
  });
});

describe('a question framed as the headline (Lada.kz)', () => {
  it('is the headline between the stamp and the byline, the credit the byline\'s author', () => {
    const article = parse('date 2025-11-12 18+\nМеню\nАвторизоваться Войти\n12.11.2025, 10:20\n\nПочему в сквере погасли все фонари?\n\nОбщество 0 1 204 Дана Ержанова\n\nЖители пожаловались, что фонари в сквере не горят уже вторую неделю, передает Lada.kz.\n\nФото автора\n');
    expect(article.title).toBe('Почему в сквере погасли все фонари?');
    expect(article.photoCredit).toBe('Дана Ержанова');
  });

  it('is text when no byline stands under it: a question opening the text', () => {
    const article = parse('date 2025-11-12 Фонари в сквере заменят до конца месяца\n12.11.2025, 10:20\n\nПочему в сквере погасли все фонари?\n\nЖители пожаловались, что фонари в сквере не горят уже вторую неделю.\n');
    expect(article.title).toBe('Фонари в сквере заменят до конца месяца');
    expect(article.paragraphs[0]).toBe('Почему в сквере погасли все фонари?');
  });

  it('takes no sign-in button for the author\'s name', () => {
    const article = parse('date 2025-11-12 Фонари в сквере заменят до конца месяца\nАвторизоваться Войти\n\nЖители пожаловались, что фонари в сквере не горят уже вторую неделю.\n\nФото автора\n');
    expect(article.photoCredit).toBeUndefined();
  });
});

describe('real-page shapes of national reposts', () => {
  it('takes a repost\'s link under `Подробнее:` as its source line, the site its outlet; a label over words stays text', () => {
    const linked = parse('date 2021-02-03 В Павлодаре открыли библиотеку\nБиблиотека для детей открылась в здании бывшего детского сада.\nПодробнее: https://tengrinews.kz/kazakhstan_news/biblioteka-1/\n');
    expect(linked.paragraphs).toEqual(['Библиотека для детей открылась в здании бывшего детского сада.']);
    expect(linked.attribution).toEqual({ outlet: 'Tengrinews.kz' });
    const worded = parse('date 2021-02-03 В Павлодаре открыли библиотеку\nБиблиотека для детей открылась в здании бывшего детского сада.\nПодробнее: в библиотеке расскажут о записи на летние курсы чтения.\n');
    expect(worded.paragraphs).toHaveLength(2);
  });

  it('takes the headline printed alone for the title when the first line has a badge before it; without that copy the title stays whole', () => {
    const badged = parse('date 2024-04-12 Топ-100 Гречка подешевела в Казахстане\n\nГречка подешевела в Казахстане\n\nЗа неделю гречневая крупа подешевела на два процента.\n');
    expect(badged.title).toBe('Гречка подешевела в Казахстане');
    const alone = parse('date 2024-04-12 Топ-100 Гречка подешевела в Казахстане\n\nЗа неделю гречневая крупа подешевела на два процента.\n');
    expect(alone.title).toBe('Топ-100 Гречка подешевела в Казахстане');
    // A phrase before a colon is the headline's own (`Алматы: …`).
    const colon = parse('date 2024-04-12 Алматы: гречка подешевела\n\nгречка подешевела\n\nЗа неделю гречневая крупа подешевела на два процента.\n');
    expect(colon.title).toBe('Алматы: гречка подешевела');
  });

  it('takes no time from a header\'s clock naming another day by its month\'s name; the date line\'s day gives it', () => {
    const other = parse('date 2024-04-12 Гречка подешевела\n07 мая, 14:11\n\nЗа неделю гречневая крупа подешевела на два процента.\n');
    expect(other.time).toBeUndefined();
    const same = parse('date 2024-05-07 Гречка подешевела\n07 мая, 14:11\n\nЗа неделю гречневая крупа подешевела на два процента.\n');
    expect(same.time).toBe('14:11');
  });

  it('titles a page by its headline in the text\'s alphabet when the page prints it in both; a line sharing a few words is no copy', () => {
    const both = parse('date 2024-09-02 Qalada úsh jańa mektep esik ashty\nҚалада үш жаңа мектеп есік ашты\nБілім күні қалада үш жаңа мектеп оқушыларын қарсы алды.\n');
    expect([both.title, both.paragraphs.length]).toEqual(['Қалада үш жаңа мектеп есік ашты', 1]);
    const other = parse('date 2024-09-02 Qalada úsh jańa mektep esik ashty\nҚалада спорт кешені салынып жатыр\nБілім күні қалада үш жаңа мектеп оқушыларын қарсы алды.\n');
    expect(other.title).toBe('Qalada úsh jańa mektep esik ashty');
  });

  it('takes a question over its short dek for the headline; the dek stays the first paragraph', () => {
    const asked = parse('date 2025-03-12 РУ\n18:40, 12 Март 2025\nПочему снова выросли цены на хлеб?\nПекари называют причину\nВ Павлодаре подорожал хлеб на десять тенге за буханку.\n');
    expect([asked.title, asked.paragraphs[0]]).toEqual(['Почему снова выросли цены на хлеб?', 'Пекари называют причину']);
  });

  it('takes no time from a site clock naming another weekday than the date line\'s day, the same day of another year', () => {
    const other = parse('date 2023-04-19 Ауылда саябақ ашылды\nЖұма, 19 сәуiр, 15:16\nАуыл тұрғындары көптен күткен саябақ бүгін ашылды.\n');
    expect(other.time).toBeUndefined();
    const same = parse('date 2024-04-19 Ауылда саябақ ашылды\nЖұма, 19 сәуiр, 15:16\nАуыл тұрғындары көптен күткен саябақ бүгін ашылды.\n');
    expect(same.time).toBe('15:16');
  });

  it('keeps a report\'s sentence to the traveller cut off at the page\'s end; a cut prompt asking the reader goes', () => {
    const advice = parse('date 2024-03-28 Тихая станция\nПлатформу у посёлка не ремонтировали с прошлого века.\n\nЕсли вы будете ехать электричкой из Караганды в сторону Темиртау, то сл\n');
    expect(advice.paragraphs).toHaveLength(2);
    const prompt = parse('date 2024-03-28 Тихая станция\nМеню\nПлатформу у посёлка не ремонтировали с прошлого века.\n\nЕсли вы заметили ошибку, выделите необход\n');
    expect(prompt.paragraphs).toEqual(['Платформу у посёлка не ремонтировали с прошлого века.']);
  });
});

describe('a domain under the report stamp and headlines in the masculine past', () => {
  it('reads a domain under the stamp below the headline as the photo credit, unless the lead names it or it is a listed outlet', () => {
    const credited = parse('date 2024-06-12 Школьники Тараза посадили аллею из ста берез\n\n12.06.2024, 18:40\nekopark.kz\n\nАллею из ста берез высадили ученики трех школ Тараза у нового стадиона, передает Ulysmedia.kz.\n');
    expect(credited.photoCredit).toBe('ekopark.kz');
    const named = parse('date 2024-06-12 Школьники Тараза посадили аллею из ста берез\n\n12.06.2024, 18:40\nekopark.kz\n\nАллею из ста берез высадили ученики трех школ Тараза у нового стадиона, сообщает Ekopark.kz.\n');
    expect(named.photoCredit).toBeUndefined();
    const listed = parse('date 2024-06-12 Школьники Тараза посадили аллею из ста берез\n\n12.06.2024, 18:40\ntengrinews.kz\n\nАллею из ста берез высадили ученики трех школ Тараза у нового стадиона.\n');
    expect(listed.photoCredit).toBeUndefined();
  });

  it('takes unheaded teasers whose verb is a prefixed masculine past, and never a name such as Павел', () => {
    const body = 'date 2025-11-02 Хоккеисты «Иртыша» выиграли дома\nИртыш обыграл гостей из Караганды со счетом 4:2 на своем льду.\nСледующий матч команда проведет в субботу.\n';
    const teasers = parse(`${body}Бывший защитник «Барыса» нашел новый клуб в Чехии\nНаставник молодежной сборной провел первый сбор в Алматы\n`);
    expect(teasers.paragraphs).toHaveLength(2);
    const names = parse(`${body}Главный тренер команды Павел Андреевич Новиков\nСтарший тренер вратарей Павел Игоревич Смирнов\n`);
    expect(names.paragraphs).toHaveLength(4);
  });
});

describe('a headline of two capitalised words', () => {
  it('keeps an exclaimed headline of two words as the title; two bare capitalised words over the lead are a name, refused', () => {
    const article = parseSource('date 2023-10-30 Ура! Каникулы!\n\nОсенние каникулы начались у школьников города, они вернутся за парты через неделю.\n');
    expect(article instanceof SourceError ? article.message : article.title).toBe('Ура! Каникулы!');
    expect(parseSource('date 2023-10-30 Ирина Соколова\n\nОсенние каникулы начались у школьников города, они вернутся за парты через неделю.\n')).toBeInstanceOf(SourceError);
  });
});

describe('reposts naming the outlet outside the lead', () => {
  it('takes a repost\'s notice naming the site by `по информации сайта` as the source; the site named is the outlet', () => {
    const noticed = parse('date 2024-03-05 В Алматы открыли каток\nQazaq24.com сообщает, что по информации сайта Informburo.KZ.\nВ микрорайоне открыли бесплатный каток для детей и взрослых.\n');
    expect(noticed.paragraphs).toEqual(['В микрорайоне открыли бесплатный каток для детей и взрослых.']);
    expect(noticed.attribution).toEqual({ outlet: 'Informburo.kz' });
    // A sentence of the report naming a site's information is text.
    const told = parse('date 2024-03-05 В Алматы открыли каток\nКаток открыли в микрорайоне, что по информации сайта акимата займёт неделю.\n');
    expect(told.paragraphs).toHaveLength(1);
  });

  it('takes a Kazakh correspondent named in a later paragraph as the outlet; a later office stays unnamed', () => {
    const later = parse('date 2024-03-05 Саябақ ашылды\nСол жағалауда жаңа саябақ ашылды.\n\nОнда балалар алаңы бар.\n\nСаябақты салу екі жылға созылды, деп хабарлайды newsroom.kz тілшісі.\n');
    expect(later.attribution).toEqual({ outlet: 'newsroom.kz' });
    const arabic = parse('date 2024-03-05 ساياباق اشىلدى\nسول جاعالاۋدا جاڭا ساياباق اشىلدى.\n\nوندا بالالار الاڭى بار.\n\nساياباقتى سالۋ ەكى جىلعا سوزىلدى، دەپ حابارلايدى «ادىرنا» ءتىلشىسى.\n');
    expect(arabic.attribution).toEqual({ outlet: 'ادىرنا' });
    const office = parse('date 2024-03-05 Саябақ ашылды\nСол жағалауда жаңа саябақ ашылды.\n\nОнда балалар алаңы бар.\n\nСаябақты салу екі жылға созылды, деп хабарлайды аудан әкімдігі.\n');
    expect(office.attribution).toBeUndefined();
  });

  it('takes `источник` with the address after it and no colon as the source line; a word after it opens a sentence', () => {
    const linked = parse('date 2013-04-11 В Павлодаре построят диспансер\nДиспансер построят в следующем году.\n\nисточник http://www.today.kz/ru/news/medicine/2013-04-11/85104\n');
    expect(linked.attribution).toEqual({ outlet: 'today.kz' });
    expect(linked.paragraphs).toEqual(['Диспансер построят в следующем году.']);
    const worded = parse('date 2013-04-11 В Павлодаре построят диспансер\nДиспансер построят в следующем году.\n\nИсточник финансирования проекта пока не назван в документах.\n');
    expect(worded.paragraphs).toHaveLength(2);
  });
});

describe('the outlet told the news, named as the data\'s source, or passed on under a dateline', () => {
  it('takes the outlet whose journalist was told what the report is about; a quote told to a correspondent names none', () => {
    const told = parse('date 2025-12-02 Библиотека открыла вечерний клуб\nДиректор библиотеки рассказала журналисту Kazakhstan Today, как клуб собирает подростков.\n');
    expect(told.attribution).toEqual({ outlet: 'KAZAKHSTAN TODAY' });
    const aboutIt = parse('date 2025-12-02 Библиотека открыла вечерний клуб\nАким рассказал корреспонденту агентства Kazinform о планах на год.\n');
    expect(aboutIt.attribution).toEqual({ outlet: 'Kazinform' });
    const quoted = parse('date 2025-12-02 Библиотека открыла вечерний клуб\n«Клуб открыт по вечерам», рассказал корреспонденту Kazinform директор библиотеки.\n');
    expect(quoted.attribution).toBeUndefined();
    const unnamed = parse('date 2025-12-02 Библиотека открыла вечерний клуб\nДиректор рассказала корреспонденту газеты, как клуб собирает подростков.\n');
    expect(unnamed.attribution).toBeUndefined();
  });

  it('takes a domain or a listed outlet named as the data\'s source as the outlet; an office so named is none', () => {
    const site = parse('date 2025-05-20 В Актобе построят бассейн\nСтройка начнется в июне. Согласно официальным данным FreshNews.kz, проект прошел экспертизу.\n');
    expect(site.attribution).toEqual({ outlet: 'FreshNews.kz' });
    const office = parse('date 2025-05-20 В Актобе построят бассейн\nСтройка начнется в июне. По данным Минздрава, проект прошел экспертизу.\n');
    expect(office.attribution).toBeUndefined();
  });

  it('takes the outlet the paragraph after a dateline names as reporting as the agency\'s source; a recalled report names none', () => {
    const carried = parse('date 2024-10-15 Откроют амбулатории\nКокшетау. 15 октября. NEWSHUB.KZ – В трех районах откроют амбулатории, сообщил заместитель акима.\n\n«Здания готовы», — сказал он, передает КазТАГ.\n');
    expect(carried.attribution).toEqual({ outlet: 'NEWSHUB.KZ', via: 'КазТАГ' });
    const recalled = parse('date 2024-10-15 Откроют амбулатории\nКокшетау. 15 октября. NEWSHUB.KZ – В трех районах откроют амбулатории, сообщил заместитель акима.\n\nНапомним, весной здания начали строить, передает КазТАГ.\n');
    expect(recalled.attribution).toEqual({ outlet: 'NEWSHUB.KZ' });
  });
});

describe('an image title of many keywords before its credit', () => {
  it('leaves out a keyword title over 250 characters with the site\'s stamp and credit; a long sentence ending on a credit stays text', () => {
    const keywords = 'Стройка, шум, ночь, подрядчик, жалобы, экраны, забор, фасад, график, акимат, жители, микрорайон, дожди, ремонт, работы, контроль, техника, краны, бетон, кирпич, леса, каски, рабочие, бригада, смена, шумозащита, тишина, сон, соседи, фото - Новости Zakon.kz от 03.02.2026 09:40 Фото: Zakon.kz/Иван Петров';
    const titled = parse(`date 2026-02-03 Стройку перенесли на день\n${keywords}\nВ акимате подтвердили новый график работ.\n`);
    expect(keywords.length).toBeGreaterThan(250);
    expect(titled.paragraphs).toEqual(['В акимате подтвердили новый график работ.']);
    expect(titled.photoCredit).toBe('Zakon.kz/Иван Петров');
    const sentence = 'Жители микрорайона жаловались на шум от стройки, которая шла по ночам, и в итоге добились того, что подрядчик перенес работы на дневное время, установил шумозащитные экраны вдоль забора и пообещал закончить фасад до начала осенних дождей, а акимат района взял график работ под личный контроль Фото: Иван Петров';
    const kept = parse(`date 2026-02-03 Стройку перенесли на день\n${sentence}\nВ акимате подтвердили новый график работ.\n`);
    expect(kept.paragraphs).toHaveLength(2);
  });
});

describe('a listed agency signing the stamp above the text', () => {
  it('takes the agency before the stamp\'s date as the outlet; a city there names none', () => {
    const signed = parse('date 2014-04-02 В Таразе открылся фестиваль театров\n\nКазинформ, 02.04.2014\n\nНа фестиваль приедут шесть театров области.\n');
    expect(signed.attribution).toEqual({ outlet: 'Kazinform' });
    const city = parse('date 2014-04-02 В Таразе открылся фестиваль театров\n\nТараз, 02.04.2014\n\nНа фестиваль приедут шесть театров области.\n');
    expect(city.attribution).toBeUndefined();
  });
});

describe('the page matter a blog theme and a news site print', () => {
  it('names no photo credit from a domain under the site\'s search widget printed twice: a domain under the headline printed again is one', () => {
    const header = ['date 2019-03-12 ru.example.kz', 'No Result', 'View All Result', 'ru.example.kz', 'No Result', 'View All Result', 'ru.example.kz', '', 'Пособия на детей выросли на десятую часть', '', 'С начала весны семьи с детьми получают пособия по новым ставкам.'];
    expect(parse(header.join('\n')).photoCredit).toBeUndefined();
  });

  it('takes one or two one-word tags above the closing prompt only when the report writes them; another word stays out of the tags', () => {
    const page = (tag: string) => parse(['date 2023-05-10 В Астане откроют три новые библиотеки', '', 'Три новые городские библиотеки начнут работу в Астане до конца года, сообщает Zakon.kz.', '', tag, 'Следите за новостями zakon.kz в:'].join('\n'));
    expect(page('Астана').tags).toEqual(['Астана']);
    expect(page('Астана Библиотеки').tags).toEqual(['Астана', 'Библиотеки']);
    expect(page('Погода').tags).toEqual([]);
  });

  it('names no outlet for a person who writes the quote, her surname told by its ending; an outlet that writes it stays', () => {
    const quote = (who: string) => parse(`date 2023-09-12 Аким объяснил, когда дадут тепло\n\n«Сети уже заполняем водой, к концу сентября будем готовы», — пишет ${who}.\n`).attribution;
    expect(quote('Арман Тулегенов')).toBeUndefined();
    expect(quote('Айгуль Сапарова')).toBeUndefined();
    expect(quote('Tengrinews.kz')).toEqual({ outlet: 'Tengrinews.kz' });
    expect(quote('Радио Азаттык')).toEqual({ outlet: 'Радио Азаттык' });
  });

  it('reads the agency\'s name in the genitive after its correspondent as the agency', () => {
    expect(parse('date 2018-07-01 Пенсии выросли вдвое\n\nС сегодняшнего дня действует новый порядок расчета пенсии, сообщает корреспондент КазИнформа.\n').attribution).toEqual({ outlet: 'Kazinform' });
  });

  it('takes the photographer from a byline naming two authors, a trip\'s places and the outlet', () => {
    const page = parse(['date 2022-05-18 12044', '18 мая 2022', 'Дана Ахметова, Иван Петров, фото Ивана Петрова, Балхаш - Астана, Власть', '', '«Город у озера ждёт воду»', '', 'Балхаш давно стал символом споров о воде в Центральном Казахстане, и жители следят за озером.'].join('\n'));
    expect(page.photoCredit).toBe('Ивана Петрова');
  });
});

describe('parseSource: an outlet closing a later paragraph, credits around the head', () => {
  const body = (third: string) => `date 2025-03-14 В Шымкенте к осени достроят три школы\n\nСтроительство трех школ в южной части города завершат к августу.\n\nКаждая из них рассчитана на тысячу двести учеников.\n\n${third}\n`;

  it('takes a domain or a listed outlet closing a later sentence after a comma, but not a press service, nor a paragraph recalling an earlier report, nor one under a subheading', () => {
    expect(parse(body('Об этом рассказали в управлении образования, пишет Zakon.kz.')).attribution).toEqual({ outlet: 'Zakon.kz' });
    expect(parse(body('Средний класс рассчитан на двадцать пять детей, сообщает Exclusive.kz со ссылкой на BES.media.')).attribution).toEqual({ outlet: 'Exclusive.kz', via: 'BES.media' });
    expect(parse(body('Подрядчик уже получил первый транш, сообщает пресс-служба акимата.')).attribution).toBeUndefined();
    expect(parse(body('Напомним, прошлой осенью в городе открыли две школы, пишет Zakon.kz.')).attribution).toBeUndefined();
    const digest = 'date 2025-03-14 Неделя в регионах: школы, дороги и парки\n\nСтроительство трех школ в южной части Шымкента завершат к августу.\n\nКаждая из них рассчитана на тысячу двести учеников.\n\nПарки Караганды к лету\n\nВ Караганде к лету обновят четыре городских парка, сообщает Ekaraganda.kz.\n';
    expect(parse(digest).attribution).toBeUndefined();
  });

  it('reads an Arabic-script `Бұл туралы` naming an agency by its domain, but not a person named by role', () => {
    expect(parse('date 2025-03-14 استانادا جاڭا ساياباق اشىلادى\nەلوردادا جازدا ۇلكەن ساياباق اشىلادى. بۇل تۋرالى Infohub.kz اقپارات اگەنتتىگى حابارلايدى.\n').attribution).toEqual({ outlet: 'Infohub.kz' });
  });

  it('leaves out a copy of the headline with the photo\'s caption after it above the lead, but keeps a copy going on with its verb', () => {
    const head = 'date 2025-03-14 Сборная Казахстана сыграет с Норвегией в октябре\n\n';
    const captioned = parse(`${head}Сборная Казахстана сыграет с Норвегией в октябре Футболисты сборной Казахстана.\n\nМатч пройдет в Астане на крытом стадионе.\n`);
    expect(captioned.paragraphs).toEqual(['Матч пройдет в Астане на крытом стадионе.']);
    const lead = parse(`${head}Сборная Казахстана сыграет с Норвегией в октябре Матч пройдет в Астане.\n\nБилеты поступят в продажу в конце сентября.\n`);
    expect(lead.paragraphs[0]).toBe('Сборная Казахстана сыграет с Норвегией в октябре Матч пройдет в Астане.');
    const closing = parse(`${head}Билеты поступят в продажу в конце сентября.\n\nСборная Казахстана сыграет с Норвегией в октябре Футболисты сборной Казахстана.\n`);
    expect(closing.paragraphs).toHaveLength(2);
  });

  it('splits a flattened head at the credit naming who gave the photo, but keeps the credit inside a sentence', () => {
    const flat = parse('date 2025-03-14 В Атырау спасатели откачали воду из двадцати дворов Фото и видео предоставлено ДЧС Атырауской области Спасатели за сутки откачали талую воду из двадцати частных дворов на окраине города.\n');
    expect(flat.title).toBe('В Атырау спасатели откачали воду из двадцати дворов');
    expect(flat.photoCredit).toBe('ДЧС Атырауской области');
    expect(flat.paragraphs[0]).toMatch(/^Спасатели за сутки/);
  });

  it('gives a generic source its caption after the period, but not an abbreviation\'s period', () => {
    const text = (credit: string) => `date 2025-03-14 В горах Алматы потерялся известный актер\n\n${credit}\n\nАктер ушел в горы вместе с группой туристов и пропал после ночевки.\n`;
    expect(parse(text('Фото из интернета. Имя Фамилия')).photoCredit).toBe('из интернета');
    expect(parse(text('Фото из архива акимата г. Алматы')).photoCredit).toBe('из архива акимата г. Алматы');
  });
});

describe('a title recalling an earlier report', () => {
  it('is refused when it opens on «Ранее» with the sentence\'s subject after it', () => {
    const result = parseSource('date 2022-03-22 Ранее в столице министр провел совещание с акимами всех областей\nВ столице прошла встреча с руководителями регионов, сообщает пресс-служба.\n');
    expect(result).toBeInstanceOf(SourceError);
    expect((result as SourceError).reason).toContain('recalling an earlier report');
    const capital = parseSource('date 2022-03-22 Ранее Глава государства провел совещание с акимами областей\nВ столице прошла встреча с руководителями регионов.\n');
    expect((capital as SourceError).reason).toContain('recalling an earlier report');
  });
  it('keeps a headline on someone previously convicted', () => {
    expect(parse('date 2022-03-22 Ранее судимый мужчина задержан за кражу в Костанае\nПолицейские задержали мужчину, который уже отбывал срок.\n').title).toBe('Ранее судимый мужчина задержан за кражу в Костанае');
  });
});

describe('TV pages', () => {
  it('takes a channel\'s schedule grid above the episode for page matter, but keeps a timetable below the text and a time on the date line', () => {
    const grid = parse('date 2024-03-05 08:00 - 08:15\nНовости\nДалее\nв эфире\n08:15 – 08:30\nГорода и веси. Павлодар\n08:30 – 09:00\nЛюди степи\n09:00\nВечерний разговор. Гость студии\n\nВопросы недели. Имя Фамилия. Что ждет аграриев весной?\n\nLocal video\n\nГость студии рассказал, как фермеры готовятся к посевной и чего ждут от весны.\n');
    expect(grid.title).toBe('Вопросы недели. Имя Фамилия. Что ждет аграриев весной?');
    expect(grid.time).toBeUndefined();
    expect(grid.paragraphs).toEqual(['Гость студии рассказал, как фермеры готовятся к посевной и чего ждут от весны.']);
    const agenda = parse('date 2024-03-05 В Павлодаре пройдет форум аграриев\n\nФорум соберет фермеров со всей области, сообщили организаторы.\n\n10:00 – 11:00\nРегистрация участников\n11:00 – 13:00\nПленарное заседание\n');
    expect(agenda.paragraphs).toEqual(['Форум соберет фермеров со всей области, сообщили организаторы.', '10:00 – 11:00', 'Регистрация участников', '11:00 – 13:00', 'Пленарное заседание']);
    expect(parse('date 2024-03-05 08:00 В Павлодаре открылся каток\n\nКаток работает каждый день до позднего вечера.\n').time).toBe('08:00');
  });

  it('leaves out a gallery\'s caption printed under each picture, but a headline printed twice apart is still the page\'s', () => {
    const page = (captions: string) => `date 2013-09-06 В Таразе с рабочим визитом находится премьер-министр\n\n${captions}\n\nС рабочим визитом в Таразе находится премьер-министр страны. Он прибыл в город утром.\n`;
    const gallery = parse(page('Премьер-министр Казахстана\nПремьер-министр Казахстана\nПремьер-министр Казахстана'));
    expect(gallery.title).toBe('В Таразе с рабочим визитом находится премьер-министр');
    expect(gallery.paragraphs).toEqual(['С рабочим визитом в Таразе находится премьер-министр страны. Он прибыл в город утром.']);
    const twice = parse('date 2013-09-06 Новости\n\nПремьер посетил новый завод в Таразе\n\n12:40\n\nПремьер посетил новый завод в Таразе\n\nГлава правительства осмотрел цеха завода и поговорил с рабочими.\n');
    expect(twice.title).toBe('Премьер посетил новый завод в Таразе');
  });

  it('takes a programme\'s name off the title after a pipe when the page names the programme, and leaves out the link to its other episodes, but keeps a sentence about them', () => {
    const episode = parse('date 2020-10-15 Аким Шортандинского района Имя Фамилия | Акимы\n\nСъемочная группа проехала по району и посмотрела, как живут сельчане.\n\nДругие выпуски программы «Акимы» вы можете увидеть здесь.\n');
    expect(episode.title).toBe('Аким Шортандинского района Имя Фамилия');
    expect(episode.paragraphs).toEqual(['Съемочная группа проехала по району и посмотрела, как живут сельчане.']);
    const named = parse('date 2020-10-15 Цены на бензин выросли | Экономика\n\nЦены на бензин выросли на заправках города за неделю.\n\nДругие выпуски программы выйдут в эфир в сентябре.\n');
    expect(named.title).toBe('Цены на бензин выросли | Экономика');
    expect(named.paragraphs).toHaveLength(2);
  });

  it('reads no outlet from a channel celebrating or a person\'s own page, but still from an outlet that reports', () => {
    const birthday = parse('date 2025-09-01 Телеканалу исполнилось десять лет\n\nСегодня день рождения отмечает телеканал «Алатау». Журналисты готовят праздничный выпуск.\n');
    expect(birthday.attribution).toBeUndefined();
    expect(parse('date 2025-09-01 В Алматы открыли каток\n\nВ Алматы открыли новый каток, отмечает «Алатау». Он работает до вечера.\n').attribution).toEqual({ outlet: 'Алатау' });
    const post = parse('date 2017-07-20 Ток-шоу жабылды\n\nТелеарнадағы ток-шоу жабылды. Бұл жайында жүргізуші Имя Фамилия Facebook-тегі жеке парақшасында жазды.\n');
    expect(post.attribution).toBeUndefined();
    expect(parse('date 2017-07-20 Ток-шоу жабылды\n\nТелеарнадағы ток-шоу жабылды. Бұл жайында «Алатау» телеарнасы хабарлады.\n').attribution).toEqual({ outlet: 'Алатау' });
  });

  it('takes a placeholder or a picture\'s alt `photo` glued before an opening quote off the paragraph; a word that begins so stays', () => {
    const glued = parse('date 2018-07-06 Jas jubaılar neke qıdy\n\nQala kúnine oraı otyz jup neke kýáligin aldy.\n\nnull«Bul kúndi kóp kúttik», - deıdi kelin.\n\nphoto«Qazba jalǵasady», - deıdi arheolog.\n');
    expect(glued.paragraphs).toEqual(['Qala kúnine oraı otyz jup neke kýáligin aldy.', '«Bul kúndi kóp kúttik», - deıdi kelin.', '«Qazba jalǵasady», - deıdi arheolog.']);
    const words = parse('date 2018-07-06 Fotograftar qalada kezdesti\n\nphotoalbomdar kórmege bes qaladan jınaldy, dedi uıymdastyrýshy.\n\nnulldik nusqa eskirdi, dep aıtty uıymdastyrýshylar jıynda.\n');
    expect(words.paragraphs).toEqual(['photoalbomdar kórmege bes qaladan jınaldy, dedi uıymdastyrýshy.', 'nulldik nusqa eskirdi, dep aıtty uıymdastyrýshylar jıynda.']);
  });

  it('takes a picture\'s hashed file name glued before the dateline off the paragraph, reading the outlet; a hex run short of a hash, or glued to a small letter, stays', () => {
    const glued = parse('date 2013-09-04 Мұражайға жаңа жәдігерлер келді\n\n512_9ab3c7e1f04d2a6b8c5e7f9012ab34cdАстана. 4 қыркүйек. Baq.kz – Мұражайға археологтар тапқан құмыралар тапсырылды.\n');
    expect(glued.paragraphs).toEqual(['Астана. 4 қыркүйек. Baq.kz – Мұражайға археологтар тапқан құмыралар тапсырылды.']);
    expect(glued.attribution).toEqual({ outlet: 'BAQ.KZ' });
    const short = parse('date 2013-09-04 Мұражайға жаңа жәдігерлер келді\n\n9ab3c7e1Астана қаласындағы мұражайға археологтар тапқан құмыралар тапсырылды.\n');
    expect(short.paragraphs).toEqual(['9ab3c7e1Астана қаласындағы мұражайға археологтар тапқан құмыралар тапсырылды.']);
    const small = parse('date 2013-09-04 Code review notes\n\n9ab3c7e1f04d2a6b8c5e7f9012ab34cdabc is the commit the team reviewed on Monday.\n');
    expect(small.paragraphs).toEqual(['9ab3c7e1f04d2a6b8c5e7f9012ab34cdabc is the commit the team reviewed on Monday.']);
  });

  it('publishes once a dek whose copy opening the next paragraph closes on the outlet\'s attribution; a copy going on with its own clause stays', () => {
    const dek = 'Қала әкімі орталықтағы бос алаңға саябақ салу туралы пікір айтты.';
    const attributed = parse(`date 2022-06-09 Қалада жаңа саябақ ашыла ма?\n\n${dek}\n\nҚала әкімі орталықтағы бос алаңға саябақ салу туралы пікір айтты, деп хабарлайды Ulysmedia.kz.\n\nҚазір бұл жоба бойынша нақты шешім жоқ, деді әкім.\n`);
    expect(attributed.paragraphs[0]).toBe('Қала әкімі орталықтағы бос алаңға саябақ салу туралы пікір айтты, деп хабарлайды Ulysmedia.kz.');
    expect(attributed.paragraphs).toHaveLength(2);
    const clause = parse(`date 2022-06-09 Қалада жаңа саябақ ашыла ма?\n\n${dek}\n\nҚала әкімі орталықтағы бос алаңға саябақ салу туралы пікір айтты, бірақ мерзімін атамады.\n`);
    expect(clause.paragraphs).toEqual([dek, 'Қала әкімі орталықтағы бос алаңға саябақ салу туралы пікір айтты, бірақ мерзімін атамады.']);
  });

  it('reads an office glued after the headline\'s copy in the other alphabet as the picture\'s credit; the office under another headline stays the source line', () => {
    const caption = parse('date 2023-09-14 Keles aýdanynda kóne qorǵannyń orny anyqtaldy\n\nКелес ауданында көне қорғанның орны анықталды Келес ауданы әкімдігінің баспасөз қызметі\n\nKeles aýdanynda ǵalymdar kóne qorǵannyń ornyn anyqtady, dep habarlaıdy smartnews.kz saıty.\n');
    expect(caption.photoCredit).toBe('Келес ауданы әкімдігінің баспасөз қызметі');
    expect(caption.attribution).toEqual({ outlet: 'smartnews.kz' });
    const other = parse('date 2023-09-14 Keles aýdanynda kóne qorǵannyń orny anyqtaldy\n\nАуылда жаңа мектеп ашылды Келес ауданы әкімдігінің баспасөз қызметі\n\nKeles aýdanynda ǵalymdar kóne qorǵannyń ornyn anyqtady.\n');
    expect(other.photoCredit).toBeUndefined();
  });

  it('reads the outlet before its Latin or Arabic word for a site (`saıty`, `سايتى`) after `dep habarlaıdy`', () => {
    expect(parse('date 2023-09-14 Qalada saıabaq ashyldy\n\nQalada jańa saıabaq ashyldy, dep habarlaıdy smartnews.kz saıty.\n').attribution).toEqual({ outlet: 'smartnews.kz' });
    expect(parse('date 2024-05-02 اۋىلدا مەكتەپ اشىلدى\n\nاۋىلدا جاڭا مەكتەپ اشىلدى، دەپ حابارلايدى abai.kz سايتى.\n').attribution).toEqual({ outlet: 'Abai.kz' });
  });
});

describe('official pages: publication labels, amp links, a widget over the counter, a credit under a photo', () => {
  it('reads a publication or update label before a stamp as the stamp; the label before words is text', () => {
    expect(metaLine('время публикации: 22 февраля 2019 г., 03:16')).toBe('stamp');
    expect(metaLine('Последнее обновление: 22.02.2019 10:00')).toBe('stamp');
    expect(metaLine('Дата изменения: 12 марта 2024 г.')).toBe('stamp');
    expect(metaLine('Дата публикации: будет объявлена позже')).toBeUndefined();
  });

  it('leaves out an amp page\'s link to the full page, but keeps a sentence naming the full version', () => {
    expect(clutterRuleOf('Читать в полной версии →')?.name).toBe('page navigation');
    expect(clutterRuleOf('полная версия на сайте')?.name).toBe('page navigation');
    expect(clutterRuleOf('Читать в полной версии материала можно на сайте издания.')).toBeUndefined();
  });

  it('reads a listed outlet signing the report with its separator as the source line; another name so signed is text', () => {
    expect(clutterRuleOf('РИА "Новости" |')?.name).toBe('source line');
    expect(clutterRuleOf('Центральный рынок |')?.name).not.toBe('source line');
  });

  it('takes one Latin word over the counter as a widget\'s label, but keeps one word in the text\'s script as the title', () => {
    const page = (word: string) => parse(`date 2024-01-09 ${word}\n512\n09.01.2024\nЛидеры национальных общин обсудили новую концепцию праздника\n\nЗа круглым столом собрались руководители общин и их заместители, чтобы обсудить интервью главы государства.\n`);
    expect(page('Chania').title).toBe('Лидеры национальных общин обсудили новую концепцию праздника');
    expect(page('Паводок').title).toBe('Паводок');
  });

  it('takes a state body\'s abbreviation alone between paragraphs as the photo\'s credit, but not a country\'s, nor two headings', () => {
    const page = (...heads: string[]) => parse(['date 2023-05-23 Две страны договорились о поставках зерна', '', 'Стороны подписали соглашение о поставках зерна на пять лет.', ...heads.flatMap((head) => ['', head, '', 'В столице сделку назвали важным шагом для фермеров страны.'])].join('\n'));
    expect(page('МЧС').photoCredit).toBe('МЧС');
    expect(page('США').paragraphs).toContain('США');
    expect(page('МЧС', 'МВД').paragraphs).toEqual(expect.arrayContaining(['МЧС', 'МВД']));
  });

  it('takes a short line under a labelled credit as its caption only with the dek above the credit', () => {
    const page = (dek: string) => parse(['date 2022-01-05 Кабинет министров ушел в отставку', '', ...(dek ? [dek] : []), 'ФОТО: © Иван Петров', 'Бывший глава кабинета Петр Сидоров', '', 'Указ об отставке кабинета министров опубликован на сайте президента сегодня утром.'].join('\n'));
    expect(page('Президент подписал указ об отставке кабинета').photoAlt).toBe('Бывший глава кабинета Петр Сидоров');
    expect(page('').paragraphs).toContain('Бывший глава кабинета Петр Сидоров');
  });

  it('leaves out the author after a flattened stamp and its views, but keeps a name opening a sentence with its verb', () => {
    const page = (after: string) => parse(`date 2023-10-20 Праздник смелых людей Свежий выпуск 20 октября 2023 г. 2:38 3150 ${after}\n`);
    const signed = page('Анна Смирнова Спасатели страны отметили свой профессиональный праздник в этом году.');
    expect(signed.title).toBe('Праздник смелых людей');
    expect(signed.paragraphs).toEqual(['Спасатели страны отметили свой профессиональный праздник в этом году.']);
    expect(page('Анна Смирнова рассказала, как спасатели отметили свой праздник в этом году.').paragraphs[0]).toMatch(/^Анна Смирнова рассказала/u);
  });

  it('leaves out the headline printed again before a lead that restates it, but keeps a lead going on after the headline\'s words', () => {
    const page = (lead: string) => parse(['date 2012-06-18 Акимат отложил снос старого рынка на окраине', '', lead, '', 'Продавцы попросили у властей время, чтобы найти новые торговые места.'].join('\n'));
    expect(page('Акимат отложил снос старого рынка на окраине Городские власти решили не сносить старый рынок на окраине до осени.').paragraphs[0]).toBe('Городские власти решили не сносить старый рынок на окраине до осени.');
    expect(page('Акимат отложил снос старого рынка на окраине Шымкента, потому что продавцы попросили еще месяц.').paragraphs[0]).toMatch(/^Акимат отложил снос/u);
  });

  it('leaves out an author\'s name over her degrees and posts under the headline, but keeps a name over a line naming no post', () => {
    const page = (second: string) => parse(['date 2019-10-14 Аренда жилья онлайн: кто отвечает за обман', '', 'Петренко Анна Викторовна,', second, 'медиатор Ассоциации медиаторов', '', 'Весной в областном суде прошла встреча судей и юристов, посвященная спорам о найме квартир.'].join('\n'));
    const signed = page('к.ю.н., доцент Евразийского юридического института,');
    expect(signed.paragraphs).toEqual(['Весной в областном суде прошла встреча судей и юристов, посвященная спорам о найме квартир.']);
    expect(signed.skipped?.map((line) => line.rule)).toEqual(['byline', 'byline', 'byline']);
    expect(page('жительница села Каскелен').paragraphs[0]).toBe('Петренко Анна Викторовна,');
  });

  it('reads a Russian page with one paragraph in Kazakh as Russian, and a Kazakh page with one in Russian as Kazakh', () => {
    const russian = parse(['date 2008-12-02 Онлайн-встреча с министром образования', 'Ведущий: Добрый день, уважаемые читатели! Сегодня мы проводим онлайн-встречу с министром образования. Вопросы поступали на сайт всю неделю, их больше трехсот, и мы зададим самые частые.', 'Соведущий: Қайырлы күн, құрметті оқырмандар! Бүгінгі кездесуге көптеген сұрақтар келді, біз ең маңыздыларын қоямыз.'].join('\n'));
    expect(russian.lang).toBe('ru');
    const kazakh = parse(['date 2008-12-02 Білім министрімен онлайн-кездесу өтті', 'Жүргізуші: Қайырлы күн, құрметті оқырмандар! Бүгін біз білім министрімен онлайн-кездесу өткіземіз. Сұрақтар сайтқа апта бойы түсті, олардың саны үш жүзден асады.', 'Ведущий: Добрый день, уважаемые читатели, вопросов пришло очень много.'].join('\n'));
    expect(kazakh.lang).toBe('kk');
  });

  it('takes the copy in small letters of a headline in capitals as the title, and keeps the capitals when the page prints no such copy', () => {
    const page = (copy: string) => parse(['date 2008-12-02 ОНЛАЙН-ВСТРЕЧА С МИНИСТРОМ ОБРАЗОВАНИЯ', 'Ведущий: Добрый день, уважаемые читатели! Сегодня мы проводим онлайн-встречу с министром образования.', ...(copy ? [copy] : []), 'Ведущий: Первый вопрос касается учебников, которые родители покупают каждый год.'].join('\n'));
    expect(page('Онлайн-встреча с министром образования').title).toBe('Онлайн-встреча с министром образования');
    expect(page('').title).toBe('ОНЛАЙН-ВСТРЕЧА С МИНИСТРОМ ОБРАЗОВАНИЯ');
  });
});

describe('Kazakh features and interviews: the page\'s top and signatures', () => {
  it('leaves out another item\'s excerpt cut off above the headline, but keeps a headline trailing off with `...`', () => {
    const teaser = parse('date 2019-03-12 Көктемде саябаққа жүздеген құс оралады. Бақылаушылар таңертең жиналып...\nАсан Төлеуов. Саябақтағы құстар\nАсан Төлеуов саябақтағы құстарды он жыл бойы бақылап келеді.\n');
    expect(teaser.title).toBe('Асан Төлеуов. Саябақтағы құстар');
    expect(teaser.skipped).toContainEqual({ line: 1, text: 'Көктемде саябаққа жүздеген құс оралады. Бақылаушылар таңертең жиналып...', rule: 'teaser' });
    const trailing = parse('date 2025-04-09 Сәкен Әли. Жанымның жарығы сөнбесін...\nСаябақтағы құстар туралы\nСаябақтағы құстар биыл ерте оралды. Оларды таңертең көруге болады.\n');
    expect(trailing.title).toBe('Сәкен Әли. Жанымның жарығы сөнбесін...');
  });

  it('refuses a first line that is the close of someone\'s words, but keeps a headline with a dash inside', () => {
    const tail = parseSource('date 2016-03-25 – дейді профессор Серік ОМАРОВ\n– Жоба қалай пайда болды?\n– Ол ой ауылды аралап жүргенде келді, деп жауап берді ол.\n');
    expect(tail).toBeInstanceOf(SourceError);
    expect((tail as SourceError).reason).toContain("the close of someone's words");
    expect(parse('date 2016-03-25 «Жаңа жоба» – облыс туризміне серпін\nОблыста туризмді дамытуға арналған жаңа жоба басталды.\n').title).toBe('«Жаңа жоба» – облыс туризміне серпін');
  });

  it('takes a headline closing on `!..` for a headline, but still refuses a sentence closed by a period', () => {
    expect(parse('date 2011-08-22 Асқар Бекұлы: ЗАҢДЫ ТЕЗ ҚАБЫЛДАУ КЕРЕК!..\nМемлекеттік тіл туралы жаңа заң жобасы талқыланып жатыр.\n').title).toBe('Асқар Бекұлы: ЗАҢДЫ ТЕЗ ҚАБЫЛДАУ КЕРЕК!..');
    expect(parseSource('date 2011-08-22 Мемлекеттік тіл туралы жаңа заң жобасы талқыланды.\nДепутаттар құжатты бірінші оқылымда мақұлдады.\n')).toBeInstanceOf(SourceError);
  });

  it('keeps the name signing an epigraph over its role, but leaves out a signature over its city', () => {
    const epigraph = parse('date 2011-08-22 Тіл туралы жаңа заң жобасы\nЗаң жобасын бүгін депутаттар талқылады.\n«Тілін білмеген ел өзін де білмейді»\nМұхтар БЕКОВ,\nҚазақстанның халық жазушысы.\nТалқылау бір айға созылады.\n');
    expect(epigraph.paragraphs).toContain('Мұхтар БЕКОВ,');
    const signed = parse('date 2011-08-22 Тіл туралы жаңа заң жобасы\nЗаң жобасын бүгін депутаттар талқылады.\nТалқылау бір айға созылады.\nАсқар НҰРЛАНОВ,\nТараз\n');
    expect(signed.paragraphs).toEqual(['Заң жобасын бүгін депутаттар талқылады.', 'Талқылау бір айға созылады.']);
  });

  it('leaves out who held the interview, signed alone or after the headline, but keeps a sentence opening on the word', () => {
    const glued = parse('date 2014-05-20 «Жырды жаттаған бала тілді тез меңгереді». Сұхбаттасқан Ерлан Әбдіков\nАйжан Қасымова балаларға жыр жаттатып жүр.\n- Жобаны қашан бастадыңыз?\n- Бес жыл бұрын бастадым.\nСұхбаттасқан Ерлан Әбдіков\n');
    expect(glued.title).toBe('«Жырды жаттаған бала тілді тез меңгереді»');
    expect(glued.paragraphs).not.toContain('Сұхбаттасқан Ерлан Әбдіков');
    expect(parse('date 2014-05-20 Интервью с учителем\nУчитель рассказал о работе.\nБеседовала Анна Петрова\n').paragraphs).toEqual(['Учитель рассказал о работе.']);
    const sentence = parse('date 2014-05-20 Жыр жаттау жобасы\nАйжан Қасымова балаларға жыр жаттатып жүр.\nСұхбаттасқан журналист бізге жоба туралы көп жайт айтып берді.\n');
    expect(sentence.paragraphs).toContain('Сұхбаттасқан журналист бізге жоба туралы көп жайт айтып берді.');
  });
});

describe('a listed outlet opening the lead, a question headline before the lead, a tag strip printed twice', () => {
  it('takes a listed outlet opening the lead with its verb as the outlet; a company\'s domain so placed, or a listed name before a noun, names none', () => {
    const listed = parse('date 2025-03-07 Обзор недели в регионах\n\nTengrinews.kz продолжает следить за новостями областей. Мы собрали самые заметные истории.\n');
    expect(listed.attribution).toEqual({ outlet: 'Tengrinews.kz' });
    const twoWords = parse('date 2025-03-07 Обзор недели в регионах\n\nKazakhstan Today собрал самые заметные истории недели из областей.\n');
    expect(twoWords.attribution).toEqual({ outlet: 'KAZAKHSTAN TODAY' });
    const company = parse('date 2025-03-07 Новый сервис для продавцов\n\nKaspi.kz запустил новый сервис для продавцов на рынках города.\n');
    expect(company.attribution).toBeUndefined();
    const noun = parse('date 2025-03-07 Агентству исполнилось сто лет\n\nKazinform агентство отметило столетие выставкой в Астане.\n');
    expect(noun.attribution).toBeUndefined();
  });

  it('leaves out a headline closed by its question mark printed again before the lead; a copy followed by no sentence stays', () => {
    const lead = parse('date 2022-05-12 Кітапхана көше ме?\n\nКітапхана көше ме? Қала әкімдігі кітапхана ескі ғимаратта қалатынын хабарлады.\n');
    expect(lead.paragraphs).toEqual(['Қала әкімдігі кітапхана ескі ғимаратта қалатынын хабарлады.']);
    const short = parse('date 2022-05-12 Кітапхана жаңа ғимаратқа көше ме?\n\nКітапхана жаңа ғимаратқа көше ме? Жоқ.\n\nҚала әкімдігі кітапхана ескі ғимаратта қалатынын хабарлады.\n');
    expect(short.paragraphs![0]).toBe('Кітапхана жаңа ғимаратқа көше ме? Жоқ.');
    const unclosed = parse('date 2022-05-12 Кітапхана жаңа ғимаратқа көшеді\n\nКітапхана жаңа ғимаратқа көшеді Алматы облысында жөндеу басталды деп хабарлады әкімдік.\n');
    expect(unclosed.paragraphs).toHaveLength(1);
    expect(unclosed.paragraphs![0]!.startsWith('Кітапхана жаңа ғимаратқа көшеді')).toBe(true);
  });

  it('takes a tag strip opening and closing on the same run of tags for page matter; a headline naming its city twice stays the headline', () => {
    const strip = parse('date 2020-05-14 Имя Фамилия Казахстан Караганда Карагандинская обл. транспорт Имя Фамилия Казахстан Караганда Карагандинская обл.\n\nАким рассказал о новых маршрутах в Караганде\n\nНовые маршруты свяжут окраины города с центром уже этим летом.\n');
    expect(strip.title).toBe('Аким рассказал о новых маршрутах в Караганде');
    const city = parse('date 2020-05-14 Алматы: что изменится в транспорте Алматы\n\nНовые маршруты свяжут окраины города с центром уже этим летом.\n');
    expect(city.title).toBe('Алматы: что изменится в транспорте Алматы');
  });

  it('leaves out another report\'s headline closing the page with a figure inside; a row opening on a figure or holding a clock\'s time stays', () => {
    const page = (closing: string) => parse(`date 2023-09-04 В колледжах учатся студенты\n\nВ колледжах страны учатся более полумиллиона студентов, сообщает «24KZ».\n\nБольше всего мест не хватает в общежитиях Алматы и Шымкента.\n\n${closing}\n`);
    expect(page('Около 30 новых колледжей откроют в регионах к 2026 году').paragraphs).toHaveLength(2);
    expect(page('2026 году откроют еще тридцать новых колледжей').paragraphs).toHaveLength(3);
    expect(page('Приемная комиссия работает до 18:00 по будним дням').paragraphs).toHaveLength(3);
  });

  it('joins a lead ending on a comma to the phrase naming who reports under a blank line; a capitalised line there stays apart', () => {
    const joined = parse('date 2009-03-10 Прошла ярмарка\nТАРАЗ. 10 марта. КАЗИНФОРМ - На площади фермеры продавали мясо и овощи по ценам ниже рыночных,\n\nпередает корреспондент Казинформа. Покупателей было много.\n');
    expect(joined.paragraphs).toHaveLength(1);
    const apart = parse('date 2009-03-10 Прошла ярмарка\nНа площади фермеры продавали мясо и овощи по ценам ниже рыночных,\n\nПокупателей было много, к обеду прилавки опустели.\n');
    expect(apart.paragraphs).toHaveLength(2);
  });
});

describe('a newspaper\'s credits one by one and a role typed with a look-alike letter', () => {
  const page = (credit: string) =>
    `date 2025-04-10 Поселок у заводской дороги\n\nМарина Светлова\ncобственный корреспондент по Павлодарской области\n\n${credit}\n\nЖители поселка в основном работают на предприятиях промышленной зоны за городом.\n`;

  it('reads every credit of a list under their labels, `фото Имени Фамилии, фото сельского клуба`, and leaves out the role typed with a Latin c', () => {
    const article = parse(page('фото Ивана Громова, фото сельского клуба, фото Анны Беловой'));
    expect(article.photoCredit).toBe('Ивана Громова, сельского клуба, Анны Беловой');
    expect(article.paragraphs).toEqual(['Жители поселка в основном работают на предприятиях промышленной зоны за городом.']);
    expect(article.skipped?.map((s) => s.rule)).toContain('byline');
  });

  it('keeps a sentence listing photos, and a list naming no one a credit names alone, as text', () => {
    const sentence = parse(page('Фото Ивана Громова, фото сельского клуба висят теперь в школьном музее.'));
    expect(sentence.photoCredit).toBeUndefined();
    expect(sentence.paragraphs[0]).toBe('Фото Ивана Громова, фото сельского клуба висят теперь в школьном музее.');
    const unnamed = parse(page('фото сельского клуба, фото школьного двора'));
    expect(unnamed.photoCredit).toBeUndefined();
  });
});

describe('a lead on the date line over the headline', () => {
  it('takes the headline under it however `ё` is written in either, `мёртвых` and `мертвых` one word', () => {
    const article = parse('date 2025-11-04 2 ноября рыбаки обнаружили мертвых птиц на побережье у посёлка Жалгызагаш Курмангазинского района. Об этом сообщили в управлении природных ресурсов Атырауской области.\n\nСотни мёртвых птиц нашли на берегу залива в Атырауской области\n\nСпециалисты управления насчитали на берегу 64 птицы.\n');
    expect(article.title).toBe('Сотни мёртвых птиц нашли на берегу залива в Атырауской области');
    expect(article.paragraphs[0]).toMatch(/^2 ноября рыбаки/);
  });

  it('takes no line closing on a colon for the headline: it introduces a list, and the page is refused at line 1', () => {
    const result = parseSource('date 2025-12-04 Уральский областной театр кукол с 10 по 12 декабря будет гастролировать в Актау. Зрителей приглашают на спектакли театра, передает Lada.kz.\nВ Актау пройдут гастроли Уральского областного театра кукол со спектаклями:\n«ТРИ ПОРОСЕНКА»\nДата показа: 10 декабря, начало в 11:00\n');
    expect(result).toBeInstanceOf(SourceError);
    expect((result as SourceError).line).toBe(1);
  });
});

describe('an outlet named as the one that states the report', () => {
  it('is the outlet after its kind, `заявляет издание «…»`; `заявляет` before a party or a person names none', () => {
    const body = (phrase: string) => parse(`date 2019-05-10 В Атырау подорожало молоко\n\nЦена молока за апрель в Атырау выросла на 4,2%. ${phrase}\n`).attribution;
    expect(body('Об этом заявляет издание «Мой город» со ссылкой на департамент статистики.')).toEqual({ outlet: 'Мой город', via: 'департамент статистики' });
    expect(body('Об этом заявляет партия «Ак жол».')).toBeUndefined();
    expect(body('Об этом заявляет аким области.')).toBeUndefined();
  });
});

describe('a counter glued before a paragraph opening on a quote', () => {
  it('leaves the paragraph: `7«Name» …` opens on the quote; a class\'s letter so glued, `5«Б»`, stays', () => {
    const article = parse('date 2014-05-20 Кітап ағылшын тілінде басылды\n\n3«Дала жыры» жинағы ағылшын тілінде басылды\n\n5«Б» сыныбының оқушылары кітапты оқыды.\n');
    expect(article.paragraphs).toEqual(['«Дала жыры» жинағы ағылшын тілінде басылды', '5«Б» сыныбының оқушылары кітапты оқыды.']);
    expect(article.skipped).toContainEqual({ line: 3, text: '3', rule: 'counter' });
  });
});

describe('a lead naming its outlet, its period lost, printed twice', () => {
  it('keeps one copy as the lead; a caption printed twice that names no outlet is still the photo\'s', () => {
    const lead = 'Под Талдыкорганом прошёл ливень, передает корреспондент Tengrinews.kz';
    const article = parse(`date 2021-06-01 Ливень прошёл под Талдыкорганом\n\nПОДЕЛИТЬСЯ\n\n${lead}\n\nПОДЕЛИТЬСЯ\n\n${lead}\n\nВода ушла к вечеру, пострадавших нет, сообщили спасатели.\n`);
    expect(article.paragraphs[0]).toBe(lead);
    expect(article.attribution?.outlet).toBe('Tengrinews.kz');
    expect(article.skipped).toContainEqual({ line: 9, text: lead, rule: 'summary repeated as the lead' });
    const caption = 'Спасатели у затопленной улицы в центре Талдыкоргана';
    const twice = parse(`date 2021-06-01 Ливень прошёл под Талдыкорганом\n\n${caption}\n${caption}\n\nВода ушла к вечеру, пострадавших нет, сообщили спасатели.\n`);
    expect(twice.paragraphs).toEqual(['Вода ушла к вечеру, пострадавших нет, сообщили спасатели.']);
  });
});

describe('a credit glued after the headline printed again', () => {
  it('is the credit after `Коллаж`; the headline copy with words after it that name no credit stays out of the credit', () => {
    const head = 'date 2020-11-03 В Павлодаре закрыли каток из-за оттепели\n\n';
    const tail = '\n\nГородской каток закрыт: лёд растаял после потепления, сообщили в акимате.\n';
    expect(parse(`${head}В Павлодаре закрыли каток из-за оттепели Коллаж Tengrinews.kz${tail}`).photoCredit).toBe('Tengrinews.kz');
    expect(parse(`${head}В Павлодаре закрыли каток из-за оттепели Коллаж из снимков горожан показали в акимате, где решали, когда залить лёд снова${tail}`).photoCredit).toBeUndefined();
  });
});

describe('a Kazakh agency dateline with the month before the day', () => {
  it('names the outlet: `АТЫРАУ. Тамыздың 3-і. ҚазАқпарат -`; the month in a sentence names none', () => {
    expect(parse('date 2011-08-03 Атырауда саябақ ашылды\nАТЫРАУ. Тамыздың 3-і. ҚазАқпарат /Айгүл Сейітова/ - Қала орталығында жаңа саябақ ашылды.\n').attribution?.outlet).toBe('Kazinform');
    expect(parse('date 2011-08-03 Атырауда саябақ ашылды\nАтырауда тамыздың 3-і күні қала орталығында жаңа саябақ ашылды.\n').attribution).toBeUndefined();
  });
});

describe('a tag list headed `Тэги новости:`', () => {
  it('is the tags; the same words opening a sentence are text', () => {
    expect(parse('date 2023-04-18 В Семее отремонтируют набережную\nВ Семее начался ремонт набережной, сообщили в акимате.\nТэги новости: Благоустройство, Семей\n').tags).toEqual(['Благоустройство', 'Семей']);
    const sentence = 'Тэги новости: их ставит редактор, чтобы читатель быстро нашёл похожие материалы на сайте.';
    expect(parse(`date 2023-04-18 В Семее отремонтируют набережную\nВ Семее начался ремонт набережной, сообщили в акимате.\n${sentence}\n`).paragraphs).toContain(sentence);
  });
});
