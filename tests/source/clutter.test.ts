import { describe, expect, it } from 'vitest';
import { metaLine } from '../../src/source/clutter/meta-line.ts';
import { readStamp } from '../../src/source/clutter/stamp.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';

describe('the clutter table', () => {
  it.each([
    ['РУ', 'language switcher'],
    ['ҚАЗ РУС ENG', 'language switcher'],
    ['• qz', 'language switcher'],
    ['12:24, 27 Ноябрь 2025 | GMT +5', 'date or time stamp'],
    ['29.03.2023 12:52', 'date or time stamp'],
    ['06.03.2026, 21:55 1691', 'date or time stamp'],
    ['Сұхбат • 21 Ақпан, 2025', 'date or time stamp'],
    ['Aımaqtar 30 Qazan, 2025', 'date or time stamp'],
    ['Жаңалықтар 210 0 пікір 10 Наурыз, 2026 сағат 18:05', 'date or time stamp'],
    ['15:40, 24 - اقپان 2026 | GMT +5', 'date or time stamp'],
    ['Опубликовано:', 'date or time stamp'],
    ['Сәрсенбі, 11 Наурыз 2026', 'date or time stamp'],
    ['1351', 'counter'],
    ['4236 рет', 'counter'],
    ['көрсетілді', 'counter'],
    ['961 رەت كورسەتىلدى', 'counter'],
    ['24 мин', 'counter'],
    ['оқу үшін', 'counter'],
    ['21 mın', 'counter'],
    ['12 pikir', 'counter'],
    ['Просмотров: 1351', 'counter'],
    ['Поделиться:', 'share prompt'],
    ['Поделитесь:', 'share prompt'],
    ['ПОДЕЛИТЬСЯ', 'share prompt'],
    ['Facebook Telegram WhatsApp', 'share prompt'],
    ['Подпишитесь на наш Telegram-канал и узнавайте новости первыми!', 'subscribe prompt'],
    ['Если вы заметили ошибку, выделите необходимый текст и нажмите Ctrl+Enter, чтобы сообщить об этом редакции', 'error report prompt'],
    ['Читайте также:', 'related news'],
    ['Читайте также: Сколько школ построят в области', 'related news'],
    ['Предыдущая новость', 'related news'],
    ['Тағы оқыңыз:', 'related news'],
    ['Тренды:', 'trending'],
    ['#АЭС в Казахстане', 'trending'],
    ['Үздік материалдар', 'news widget'],
    ['Ýzdik materialdar', 'news widget'],
    ['سوڭعى جاڭالىقتار', 'news widget'],
    ['Телефон: +7 (7172) 000-111', 'contact line'],
    ['Эл. почта: photo@example.kz', 'contact line'],
    ['Ádebiyet әlemi 3120 4 pikir 10 Sәuir, 2018 saghat 09:15', 'date or time stamp'],
    ['2009 12 pikir 19 Qyrkýiek, 2022 saghat 13:11', 'date or time stamp'],
    ['Júma, 29 Nauryz 2024', 'date or time stamp'],
    ['Сейчас читают', 'news widget'],
    ['Политика', 'rubric'],
    ['Қоғам', 'rubric'],
    ['Автор: Айгерим Садыкова', 'byline'],
    ['Айгерім ЖАҚСЫЛЫҚОВА', 'byline'],
    ['Асель Мукашева Корреспондент-редактор', 'byline'],
    ['Сіздің реакцияңыз?', 'reactions'],
    ['Ұнайды 0', 'reactions'],
    ['• USD:', 'exchange rates'],
    ['$ 505.12 548.30 6.41', 'exchange rates'],
    ['Abai.kz', 'source line'],
    ['Около минуты', 'reading time'],
    ['@sputnikKZ', 'social handle'],
    ['20,9 тыс подписчиков', 'counter'],
    ['None', 'image placeholder'],
    ['jitsu gif', 'image label'],
    ['Главная / Новости / Политика', 'breadcrumbs'],
    ['Реклама', 'page navigation'],
    ['Connect with us', 'follow prompt'],
    ['Foto:', 'photo credit'],
    ['Сурет: None', 'photo credit'],
    ['م', 'drop cap'],
    ['sherubay rmanbay ly', 'image label'],
    ['Seıchas chıtaıýt', 'news widget'],
    ['3 مين', 'counter'],
    ['$489.06 €536.21 ₽5.05', 'exchange rates'],
    ['Түркістан облысы әкімінің баспасөз қызметі', 'source line'],
    ['Хабарламаларға жазылу', 'subscribe prompt'],
    ['А. Данияр', 'byline'],
    ['Біз туралы | Байланыс | Редакция', 'page navigation'],
    ['Comments', 'page navigation'],
    ['Перейти к основному контенту', 'page navigation'],
    ['Доступность ссылок', 'page navigation'],
    ['Похожие записи', 'news widget'],
    ['Важно', 'news widget'],
    ['Новости Казахстана 0 593', 'rubric'],
    ['Политика 12', 'rubric'],
    ['0:00 0:03:15 0:00', 'media player'],
    ['No media source currently available', 'media player'],
    ['MD', 'media player'],
    ['Поделитесь с друзьями', 'share prompt'],
    ['Комментарии отсутствуют', 'comments'],
    ['Powered by Froala Editor', 'page navigation'],
    ['<image>data:image/s3,"s3://crabby-images/8e1cc/8e1ccd2c62c0c2bad9f15e67e81aec57eb6aecb2" alt="Каток у набережной"</image>', 'image placeholder'],
    ['Your browser doesn’t support HTML5', 'media player'],
    ['Ваш браузер не поддерживает HTML5', 'media player'],
    ['[:kz]', 'language marker'],
    ['[:]', 'language marker'],
    ['Ф.ғ.д., профессор Асқар Нұрланов', 'byline'],
    ['F.ǵ.d., professor Asqar Nurlanov', 'byline'],
    ['PhD, dosent Aıgúl Serikova', 'byline'],
    ['Нравится блог?', 'subscribe prompt'],
    ['Подписывайтесь!', 'subscribe prompt'],
    ['Негізгі жаңалықтар', 'rubric'],
    ['НЕГІЗГІ ЖАҢАЛЫҚТАР 30 наурыз 2020 г. 369 0', 'date or time stamp'],
    ['12 Мамыр, 2024 NEWS', 'date or time stamp'],
    ['Мақаламен бөлісу', 'share prompt'],
    ['Если вы видите данное сообщение, значит возникли проблемы с работой системы комментариев. Возможно у вас отключен JavaScript', 'comments'],
    ['Узнайте первым о новостях области на нашей странице', 'subscribe prompt'],
    ['в Instagram и нашем Telegram - канале', 'subscribe prompt'],
    ['Usynylǵan', 'news widget'],
    ['Aıgerim Serikova 12 qań. 2025 10:20 315', 'byline'],
    ['Ерлан ТӘЖІБАЕВ, филология ғылымдарының кандидаты, доцент', 'byline'],
    ['(проект «Ауыл» №07 (301) от 14 мая 2016 г.', 'print issue'],
    ['«Ana tili» №12 (1450), 3 наурыз 2020 ж.', 'print issue'],
    ['-24 C', 'weather'],
    ['+8°', 'weather'],
    ['Толық немесе ішінара пайдаланғанда сайтқа сілтеме жасау міндетті.', 'reuse notice'],
    ['Танымал', 'news widget'],
    ['WhatsApp Image 2024-05-02 at 09.15.40', 'image label'],
    ['IMG_20240312_101500', 'image label'],
    ['whatsapp button telegram button facebook button copyLink button', 'share prompt'],
    ['Поделитесь новостью', 'share prompt'],
    ['Редакция: +7 (7112) 90-12-34', 'contact line'],
    ['Рекламный отдел: +7 (700) 100-20-30, +7 (701) 200-30-40', 'contact line'],
    ['Дана Сергеева, Костанай, Vласть', 'byline'],
    ['Еще по теме:', 'news widget'],
    ['Свежее из этой рубрики', 'news widget'],
    ['фото автора', 'photo credit'],
    ['Город Петропавловск Сегодня', 'weather'],
    ['5 марта 2026 г. 10:20 / Новости Казахстана', 'date or time stamp'],
    ['c 09:15, 04/03/2026 c 210', 'date or time stamp'],
    ['Recent Posts', 'news widget'],
    ['Также читайте', 'related news'],
    ['Видео @atyrau_city', 'video credit'],
    ['В тренде:', 'trending'],
    ['weather Алматы: +12°C', 'weather'],
    ['Главные новости страны и мира | Newsroom.kz KZ search', 'page head'],
    ['20 октября, 2025 / Асель Жумабаева / Регионы', 'date or time stamp'],
    ['Мы разрешаем использовать наши материалы при условии активной гиперссылки на сайтBES.media.', 'reuse notice'],
    ['Запрещена перепечатка агитационных материалов.', 'reuse notice'],
    ['Подпишись на Telegram-канал BES.media>> https://t.me/example', 'subscribe prompt'],
    ['Стали очевидцем ДТП? Пишите нам в WhatsApp +7 701 000 00 00', 'tip prompt'],
    ['Горячая тема', 'rubric'],
    ['Реклама 18+', 'rubric'],
    ['Партнерский материал', 'rubric'],
  ])('%s is a %s', (line, rule) => {
    expect(clutterRuleOf(line)?.name).toBe(rule);
  });

  it.each([
    'Сенат одобрил закон о бюджете на 2026 год.',
    'Команда үш рет жеңіске жетті.',
    'Наурыз мейрамы',
    'Заседание начнется в 10:00 в здании Сената.',
    'Подробности читайте также в нашем обзоре.',
    'Министерство открыло Telegram-канал для жителей области.',
    'Политика открытости принесла ведомству доверие.',
    '«Жылу бүгін кешке беріледі».',
    '"Успеем за неделю", – пообещал подрядчик.',
    'Тарифы и коммунальные услуги',
    '#Казахстан #Сенат',
    '#Сенат <img src=x onerror=alert(1)>',
    'В 2025 году 4 236 человек получили выплаты.',
    '25 қазан. Жылнама',
    'Телефон арқылы 1414 нөміріне қоңырау шалуға болады.',
    'Ауыл тұрғындары 120 12 пікір айтты',
    'Qazaqstan Respýblıkasy',
    'Кайрат Астана 2 1',
    'Важно знать',
    'Профессор ауылға оралды',
    'Браузер не поддерживает новый формат видео',
    '[:kz] Мерекелік концерт өтті',
    'Жеңіс күні 9 мамыр',
    'Қоғам 12 адам жараланды',
    'Асқар НҰРЛАНОВ, ауыл әкімі, жиында сөз сөйледі.',
    'Айгүл Сейітова 3 баласымен 15:00-де келді',
    'Узнайте первым о новостях области на нашей странице.',
    'Ұсынылған жобалар',
    '12 Мамыр, 2024 жаңа мектеп ашылады',
    'Газеттің №12 (1450) санында 3 наурыз 2020 ж. мақала шықты.',
    '№5 (12) мектеп 3 наурыз 2020 жылы ашылды',
    '-24 C аязда сабақ тоқтатылды',
    'Сайт материалдарын оқушылар сабаққа пайдаланады, сілтеме берілген.',
    'Жаңа мектеп',
    'WhatsApp Image атты суреттер 2024 жылы тарады',
    'Дана Сергеева, Костанай, провела встречу с жителями.',
    'Фото автора этой книги висит в музее.',
    'Город Петропавловск сегодня отмечает юбилей.',
    '5 марта 2026 г. в 10:20 / по местному времени начнется заседание',
    'Редакция: мы ждем ваших писем',
    'Видео @atyrau_city набрало миллион просмотров.',
    'Также читайте наш обзор за неделю.',
    'В тренде оказались короткие видео о природе.',
    '20 октября, 2025 / Асель Жумабаева / выступила на форуме',
    'Если вы стали свидетелем мошенничества, сообщите в полицию по номеру 102.',
    'Перепечатка учебников без лицензии запрещена законом.',
  ])('%s is no clutter', (line) => {
    expect(clutterRuleOf(line)).toBeUndefined();
  });

  it('takes a weather widget\'s heading for clutter only above its temperature: alone it is a headline', () => {
    expect(clutterRuleOf('Погода в Астане')).toBeUndefined();
    expect(clutterRuleOf('Погода в Астане', 'Морозы продержатся до выходных, сообщает Казгидромет.')).toBeUndefined();
    expect(clutterRuleOf('Погода в Астане', '-12°С')?.name).toBe('weather');
  });
});

describe('the clutter table on hostile lines', () => {
  // Before each separator and number had one reading, `$ 1111…x` of 30 characters took a minute.
  it('answers lines that almost match in linear time, not exponential', () => {
    const hostile = ['ру '.repeat(90), '$ ' + '1'.repeat(260), 'USD ' + '1 '.repeat(130), 'kk'.repeat(130), 'a | '.repeat(60)];
    const start = performance.now();
    for (const line of hostile) for (let n = 10; n <= line.length; n += 9) clutterRuleOf(`${line.slice(0, n)}x`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('page metadata lines', () => {
  it('tells stamps from counters', () => {
    expect(metaLine('16:40, 9 Февраль 2026 | GMT +5')).toBe('stamp');
    expect(metaLine('3,377')).toBe('counter');
    expect(metaLine('Наурыз мейрамы')).toBeUndefined();
    expect(metaLine('Сенат 12 марта 2026 года принял закон')).toBeUndefined();
    // A rubric stands before a stamp's date; a word after it makes a headline.
    expect(metaLine('25 қазан. Жылнама')).toBeUndefined();
  });

  it.each([
    ['12:24, 27 Ноябрь 2025 | GMT +5', { time: '12:24', date: '2025-11-27' }],
    ['29.03.2023 12:52', { time: '12:52', date: '2023-03-29' }],
    ['2 апреля 2026, 11:15', { time: '11:15', date: '2026-04-02' }],
    ['15:40, 24 - اقپان 2026 | GMT +5', { time: '15:40', date: '2026-02-24' }],
    ['Жаңалықтар 210 0 пікір 10 Наурыз, 2026 сағат 18:05', { time: '18:05', date: '2026-03-10' }],
    ['9:05', { time: '09:05' }],
    ['Сұхбат • 21 Ақпан, 2025', { date: '2025-02-21' }],
    ['23 апреля Вторник 2024, 19:29', { time: '19:29', date: '2024-04-23' }],
    ['c 15:36, 27/05/2019 c 447', { time: '15:36', date: '2019-05-27' }],
  ])('reads the stamp %s', (line, stamp) => {
    expect(readStamp(line)).toEqual(stamp);
  });
});
