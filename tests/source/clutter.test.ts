import { describe, expect, it } from 'vitest';
import { metaLine } from '../../src/source/clutter/meta-line.ts';
import { readStamp } from '../../src/source/clutter/stamp.ts';
import { clutterRuleOf } from '../../src/source/rules/clutter.ts';
import { SourceError } from '../../src/source/errors.ts';
import { parseSource } from '../../src/source/parse.ts';

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
    ['Выпуск - №21(518)   :   26.05.2022', 'date or time stamp'],
    ['Номер №14 (402) от 07.04.2021', 'date or time stamp'],
    ['пожалуйста, введите ваше имя здесь', 'comments'],
    ['Сайт жасап беруге тапсырыс қабылдаймыз! Бағасы келісім бойынша. Хабарласу үшін: studio@mail.kz', 'advertising label'],
    ['Пожалуйста, введите ваш комментарий!', 'comments'],
    ['Лада TV 0 4 890 Имя Фамилия', 'byline'],
    ['Количество просмотров: 13781', 'counter'],
    ['16 ноября 2025, 16:56 | ЖКХ', 'date or time stamp'],
    ['Заглушка 375 - нет фото', 'image placeholder'],
    ['Продолжая пользоваться сайтом, Вы даете согласие на использование ваших cookie-файлов.', 'cookie notice'],
    ['We use cookies to improve your experience. By continuing to browse, you agree.', 'cookie notice'],
    ['Мы дорожим каждым читателем, поэтому, пожалуйста, внимательно ознакомьтесь с рекомендациями при комментировании.', 'comment form'],
    ['ТегиPhone: +7 (7172) 757 485', 'contact line'],
    ['No image available', 'image placeholder'],
    ['Поделиться:', 'share prompt'],
    ['Следующая →', 'page navigation'],
    ['Н.ТІЛЕП', 'byline'],
    ['Ж. СӘРСЕНОВА.', 'byline'],
    ['admin_mugalzhar', 'byline'],
    ['Этот сайт использует Akismet для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.', 'comment form'],
    ['← Алдыңғы жаңалық', 'page navigation'],
    ['Оқи отырыңыз: Ауылдағы мектепке жаңа спорт залы салынды', 'related news'],
    ['Поделитесь:', 'share prompt'],
    ['ПОДЕЛИТЬСЯ', 'share prompt'],
    ['Facebook Telegram WhatsApp', 'share prompt'],
    ['Подпишитесь на наш Telegram-канал и узнавайте новости первыми!', 'subscribe prompt'],
    ['Если вы заметили ошибку, выделите необходимый текст и нажмите Ctrl+Enter, чтобы сообщить об этом редакции', 'error report prompt'],
    ['Читайте также:', 'related news'],
    ['Читайте также: Сколько школ построят в области', 'related news'],
    ['Предыдущая новость', 'related news'],
    ['Тағы оқыңыз:', 'related news'],
    ['Музей истории столицы откроет новый зал>>', 'related news'],
    ['Тренды:', 'trending'],
    ['#АЭС в Казахстане', 'trending'],
    ['Үздік материалдар', 'news widget'],
    ['Ýzdik materialdar', 'news widget'],
    ['سوڭعى جاڭالىقتار', 'news widget'],
    ['Телефон: +7 (7172) 000-111', 'contact line'],
    ['Эл. почта: photo@example.kz', 'contact line'],
    ['Ádebiyet әlemi 3120 4 pikir 10 Sәuir, 2018 saghat 09:15', 'date or time stamp'],
    ['Дерек: egemen.kz.', 'source line'],
    ['دەرەك: egemen.kz.', 'source line'],
    ['Laýra ShOŃǴALOVA', 'byline'],
    ['Laýra ShOŃǴALOVA,', 'byline'],
    ['2009 12 pikir 19 Qyrkýiek, 2022 saghat 13:11', 'date or time stamp'],
    ['Júma, 29 Nauryz 2024', 'date or time stamp'],
    ['Сейчас читают', 'news widget'],
    ['Новости Актау и Мангыстау', 'rubric'],
    ['Ақтау және Манғыстау жаңалықтары', 'rubric'],
    ['Новости Казахстана и мира', 'rubric'],
    ['Қазақстан және әлем жаңалықтары', 'rubric'],
    ['Видеорепортажи 0 744 Имя Фамилия', 'byline'],
    ['Политика', 'rubric'],
    ['Қоғам', 'rubric'],
    ['Автор: Айгерим Садыкова', 'byline'],
    ['Айгерім ЖАҚСЫЛЫҚОВА', 'byline'],
    ['Асель Мукашева Корреспондент-редактор', 'byline'],
    ['Сіздің реакцияңыз?', 'reactions'],
    ['Ұнайды 0', 'reactions'],
    ['ءسىزدىڭ رەاكسياڭىز؟', 'reactions'],
    ['شەكتەن شىققان', 'reactions'],
    ['جاۋاپتى رەداكتور: ايگۇل سەرىك قىزى', 'byline'],
    ['Жауапты редактор: Айгүл Серікқызы', 'byline'],
    ['• كەلۋ قاينارى: ىلە گازەتى', 'source line'],
    ['حالىق گازەتىنىڭ ءتىلشىسى حان ليچۇن', 'byline'],
    ['□ شينحۋا اگەنتتىگىنىڭ تىلشىلەرى لي دادۇڭ، ليۋ حۇڭشيا', 'byline'],
    ['تيانشان تورى › جاڭالىقتار › شينجياڭ حابارلارى', 'breadcrumbs'],
    ['• USD:', 'exchange rates'],
    ['$ 505.12 548.30 6.41', 'exchange rates'],
    ['Abai.kz', 'source line'],
    ['Около минуты', 'reading time'],
    ['@sputnikKZ', 'social handle'],
    ['20,9 тыс подписчиков', 'counter'],
    ['None', 'image placeholder'],
    ['jitsu gif', 'image label'],
    ['Главная / Новости / Политика', 'breadcrumbs'],
    ['Басты бет » Қоғам', 'breadcrumbs'],
    ['Главная страница › Экономика › Цены на топливо не вырастут до осени', 'breadcrumbs'],
    ['Реклама', 'advertising label'],
    ['Connect with us', 'follow prompt'],
    ['Foto:', 'photo credit'],
    ['Сурет: None', 'photo credit'],
    ['م', 'lone letter'],
    ['sherubay rmanbay ly', 'image label'],
    ['садик казталов (1)', 'image label'],
    ['мектеп ашылды (2)', 'image label'],
    ['Seıchas chıtaıýt', 'news widget'],
    ['3 مين', 'counter'],
    ['$489.06 €536.21 ₽5.05', 'exchange rates'],
    ['Түркістан облысы әкімінің баспасөз қызметі', 'source line'],
    ['Региональная служба коммуникаций Атырауской области', 'source line'],
    ['Пресс-служба акимата Павлодарской области', 'source line'],
    ['В комментариях запрещены ненормативная лексика и оскорбления, реклама, комментарии, наб', 'comment form'],
    ['Хабарламаларға жазылу', 'subscribe prompt'],
    ['А. Данияр', 'byline'],
    ['Біз туралы | Байланыс | Редакция', 'page navigation'],
    ['Comments', 'page navigation'],
    ['Перейти к основному контенту', 'page navigation'],
    ['Pikir qaldyrý', 'page navigation'],
    ['Pikir jazý', 'page navigation'],
    ['532 ret qaraldy', 'counter'],
    ['Qaraldy: 532', 'counter'],
    ['532 رەت قارالدى', 'counter'],
    ['وقىلدى: 1 245', 'counter'],
    ['Oqý ýaqyty: 3 mınýt', 'counter'],
    ['بولىسۋ:', 'share prompt'],
    ['532 ret körsetıldı', 'counter'],
    ['5 min oqu üşın', 'counter'],
    ['Bölısu:', 'share prompt'],
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
    ['IMG_2034', 'image label'],
    ['Top.Mail.Ru', 'image label'],
    ['Рейтинг@Mail.ru', 'image label'],
    ['IMG-20240312-WA0007', 'image label'],
    ['photo_2025-02-03_11-22-33', 'image label'],
    ['Снимок экрана 2024-03-12 в 10.15.00', 'image label'],
    ['Жарнама құқығында', 'advertising label'],
    ['Партнерский материал', 'advertising label'],
    ['Реклама 18+', 'advertising label'],
    ['Тілші', 'byline'],
    ['Ақтөбе облыстық қоғамдық-саяси газеті', 'masthead'],
    ['Журнал «Безнең мирас»', 'masthead'],
    ['Информационное агентство Kazinform', 'masthead'],
    ['Qazaq TV Телерадиокомпания Президента Казахстана', 'masthead'],
    ['ҚР Президентінің Телерадиокешені', 'masthead'],
    ['Tengrinews.kz – Новости Казахстана и мира', 'masthead'],
    ['Názıra JÁRIMBETOVA.', 'byline'],
    // A Kazakh first name and surname in Latin letters alone on a line, the surname ending as `-ұлы`, `-қызы`, `-ов` are written.
    ['Janat Janqashúly', 'byline'],
    ['Qanat Aldabergenūly', 'byline'],
    ['Dana Serikqyzy', 'byline'],
    ['Erlan Saparov', 'byline'],
    ['Сілтемесіз жаңалық оқисыз ба? Онда Telegram желісінде парақшамызға тіркеліңіз!', 'subscribe prompt'],
    ['World News in Kazakh', 'page head'],
    ['Логотип Новости спорта Спорт жаңалықтары', 'image label'],
    ['Бөлім: Театр', 'rubric'],
    ['Мақала', 'rubric'],
    ['https://anatili.kazgazeta.kz/news/60230', 'source line'],
    ['Атырау облысы бойынша меншікті тілші', 'byline'],
    ['«Қазақстан теміржолшысы» газетінің тілшісі', 'byline'],
    ['БілімҚоғам', 'rubric'],
    ['Жаңалықтар тізбегі', 'page head'],
    ['Соңғы жаңалықтар Спорт', 'page head'],
    ['1921 жылы 22 наурыздан шыға бастады', 'masthead'],
    ['Газет 1922 жылғы 1 мамырдан шығады.', 'masthead'],
    ['پىكىرلەر', 'page navigation'],
    ['Жас Алаш №86 (15648) 27 қазан, бейсенбі 2011', 'print issue'],
    ['Вернуться назад Распечатать', 'page navigation'],
    ['Барлығы', 'page navigation'],
    ['Мақаланың авторы: Айгүл Нұрлан', 'byline'],
    ['Tilshi: Aıgúl Nurlan', 'byline'],
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
    ['IMG_2034', 'image label'],
    ['IMG-20240312-WA0012', 'image label'],
    ['photo_2025-03-01_12-30-45', 'image label'],
    ['Новости / Общество', 'breadcrumbs'],
    ['Главная → Новости → Общество', 'breadcrumbs'],
    ['Тілші', 'byline'],
    ['Автор:', 'byline'],
    ['Автор текста: Асель Нурова', 'byline'],
    ['Telegram @myastanacity', 'social link'],
    ['cover', 'image placeholder'],
    ['ba3b78938284cc610dd18563a5344b1d96e14c04', 'image label'],
    ['Читать источник astanatv.kz/ru', 'source link'],
    ['Читать источник turkistan.tv', 'source link'],
    ['Ақпарат көзі:', 'source label'],
    ['General News бөлімінің редакторы', 'byline'],
    ['2025-04-18T17:45+0500', 'date or time stamp'],
    ['новость от 13.06.2023', 'date or time stamp'],
    ['Жаңалық - Аймақ жаңалықтары', 'breadcrumbs'],
    ['дауыс беруСумен жабдықтау қызметіне төлейсіз бе?', 'poll'],
    ['39.6%', 'poll'],
    ['барлық дауыс: 5370', 'poll'],
    ['Dalanews 07 qyr. 2016 03:38 624', 'date or time stamp'],
    ['Oinet.kz 01-07-2022 265', 'date or time stamp'],
    ['https://adyrna.kz/storage/uploads/B0BQX2bw1u5MvnM0k4eTusK2Jz2naYJQTUtE173F.jpg', 'image placeholder'],
    ['Біздің Telegram арнамызға жазылыңыз және барлық жаңалықтан хабардар болыңыз, мына сілтеме -', 'subscribe prompt'],
    ['Баспаға арналған нұсқасыБаспаға арналған нұсқасыХат жолдауХат жолдау', 'page navigation'],
    ['Версия для печатиНаписать письмо', 'page navigation'],
    ['»', 'related news'],
    ['>> Молния подожгла больницу в пригороде', 'related news'],
    ['» Сквер у вокзала откроют после ремонта', 'related news'],
    ['ХроникаВоенная операция на Украине', 'rubric'],
    ['Новости Ростовской области', 'rubric'],
    ['Шумерлинский муниципальный округ', 'masthead'],
    ['Р.Ефимова, заместитель начальника районного отдела образования.', 'byline'],
    ['Нәтиже табылмады', 'search widget'],
    ['Посмотреть все результаты', 'search widget'],
    ['Напомним, прислать новость в редакцию вы можете по номеру +7 701 000 00 00.', 'tip prompt'],
    ['По сообщению сайта Arna Press', 'source line'],
    ['29 октября 2023 года - День общенационального траура в Республике Казахстан', 'dated banner'],
    ['29 қазан 2023 жыл - Жалпыұлттық аза тұту күні', 'dated banner'],
    // Prompts told by their evidence: the reader addressed, the outlet's channel or newsroom named.
    ['Сообщи свою новость: Telegram Whatsapp', 'reader prompt'],
    ['Есть новость? Пишите нам в WhatsApp', 'reader prompt'],
    ['Subscribe or follow our news on social networks', 'reader prompt'],
    ['Подробнее читайте в нашем Telegram-канале', 'reader prompt'],
    ['>>> Біздің Facebook, Instagram парақшаларымыз бен Telegram каналымызға жазылыңыз! <<<', 'reader prompt'],
    ['Жаңалықтарды біздің Instagram парақшамыздан қараңыздар', 'reader prompt'],
    ['Bizdiń Instagram paraqshamyzdan jańalyqtardy oqyńyzdar', 'reader prompt'],
    ['Ұсынысыңыз болса, бізге WhatsApp арқылы жазыңыз', 'reader prompt'],
    ['Jañalyqtardy bizdiñ Instagram paraqşamyzdan oqyñyz', 'reader prompt'],
    ['ءبىزدىڭ Telegram ارناسىنا جازىلىڭىز', 'reader prompt'],
    ['Присылайте фото и видео в редакцию', 'reader prompt'],
    // The newsroom's contacts: a messenger and a mailbox.
    ['Ойыңызбен бөлісіп, видео жібергіңіз келсе, WhatsApp +7 700 000 00 00 нөміріне және news@example.kz поштасына жаза аласыз.', 'reader prompt'],
    // The reader's pictures or news asked for by a messenger's number.
    ['Ваши фото и видеоматериалы можете присылать по WhatsApp +7-700-000-00-00', 'reader prompt'],
    ['Свои новости, фото и видео присылайте в WhatsApp: 8 700 000 00 00', 'reader prompt'],
    ['Суреттеріңізді WhatsApp +7 700 000 00 00 нөміріне жіберіңіз', 'reader prompt'],
    ['Вы зашли на мобильную версию сайта', 'page navigation'],
    ['Перейти на версию для ПК', 'page navigation'],
    ['0A1B2C3D-4E5F-6789-ABCD-EF0123456789', 'image label'],
    ['Мы есть в YouTube и в социальных сетях ВК и Инстаграм. Хотите получать новостную рассылку? У вас есть новости: фото, видео? Наш номер в WhatsApp и Telegram 8-700-000-00-00. Отправляйте заявку, мы добавим ваш номер в рассылку.', 'reader prompt'],
    // A long prompt naming its networks in Cyrillic letters only.
    ['Хотите первыми узнавать новости нашего города? Подписывайтесь на наш канал в Телеграм и на страницу во ВКонтакте. У вас есть история, фото или видео? Присылайте их нам в Ватсап, мы читаем каждое сообщение и отвечаем.', 'reader prompt'],
    // Rights notices told by their marks.
    ['Copyright of photos and videos belongs to their owners, see our Terms of Use', 'copyright notice'],
    ['qazaqnews.kz © 2015–2024. Барлық құқықтар қорғалған', 'copyright notice'],
    ['При полном или частичном использовании материалов ссылка на сайт обязательна.', 'copyright notice'],
    ['Sait materıaldaryn paıdalanǵanda silteme mindetti.', 'copyright notice'],
    // Naming no site: the material, its reuse and the link it takes, closing on the obligation, in each script.
    ['Материалды көшіріп басқанда сілтеме міндетті.', 'copyright notice'],
    ['Materıaldy kóshirip basqanda silteme mindetti.', 'copyright notice'],
    ['ماتەريالدى كوشىرىپ باسقاندا سىلتەمە مىندەتتى.', 'copyright notice'],
    ['Материалды көшіргенде гиперсілтеме қажет', 'copyright notice'],
    // A Kazakh page foot's labels: related posts, a read-also link, the comment form, share and subscribe prompts.
    ['Қатысты посттар', 'news widget'],
    ['Qatysty posttar', 'news widget'],
    ['Taqyrypqa qatysty', 'news widget'],
    ['Тағы да оқыңыз:', 'related news'],
    ['Пікір қосу', 'comment form'],
    ['Pikir qosý', 'comment form'],
    ['Пікіріңізді жазыңыз', 'comment form'],
    ['Пікір қалдыру үшін тіркеліңіз', 'login prompt'],
    ['Ұнаса, бөлісіңіз', 'share prompt'],
    ['Ұнады ма? Бөлісіңіз!', 'share prompt'],
    ['Маңызды жаңалықтарды жіберіп алмаңыз', 'subscribe prompt'],
    ['Дайындаған Айгүл Жанболатова', 'byline'],
    ['تاعى وقىڭىز', 'related news'],
    ['سونداي-اق وقىڭىز:', 'related news'],
    ['Материал «Жас Алаш» газетінде жарияланған', 'source line'],
    ['Daıyndaǵan Aıgúl Janbolatova', 'byline'],
    ['Qazaq24.com передает, что по данным сайта Nur.KZ.', 'aggregator notice'],
    // A subscribe box's promise and its button, and a share box's title field.
    ['Жаңалықтарды ең бірінші болып оқыңыз', 'subscribe prompt'],
    ['Узнавайте новости первыми!', 'subscribe prompt'],
    ['жазылу', 'subscribe prompt'],
    ['Бөлісу тақырыбы: Түлкібаста 16 ауылдың көшесіне шам орнатылды', 'share prompt'],
    // A newspaper's registration, its certificate's number with the series letter; a link cut off after its scheme.
    ['Тіркеу: Қазақстан Республикасы Мәдениет және ақпарат министрлігінде. 2012 жылғы 3 наурыздағы № 12345-Г куәлік', 'masthead'],
    ['Свидетельство о постановке на учет периодического печатного издания № 4321-Г выдано Министерством информации', 'masthead'],
    ['https://', 'link placeholder'],
    ['http://www.', 'link placeholder'],
    // A newspaper's signature for its own correspondent, no name given.
    ['Өз тілшіміз', 'byline'],
    ['Өз тілшімізден.', 'byline'],
    // A theme's date label, its date lost in the copy, before the views.
    ['Күні: , 48 рет оқылды', 'counter'],
    ['10 месяцев назад', 'date or time stamp'],
    ['год назад', 'date or time stamp'],
    ['Астана қаласының әкімдігі', 'source line'],
    ['Акимат Костанайской области', 'source line'],
    ['Подписывайтесь на Newsdesk.net в Telegram, чтобы первыми узнавать главное.', 'subscribe prompt'],
  ])('%s is a %s', (line, rule) => {
    expect(clutterRuleOf(line)?.name).toBe(rule);
  });

  it.each([
    'Сенат одобрил закон о бюджете на 2026 год.',
    // Near misses: the promise and the share label inside a report's sentence.
    'Жаңалықтарды ең бірінші болып оқыңыз деген жазу аялдамадағы тақтаға ілінді.',
    'Узнавайте новости первыми, советовал читателям первый редактор газеты в 1991 году.',
    'Бөлісу тақырыбы бойынша мектепте сынып сағаты өтті.',
    'Жазылу науқаны қаңтарда басталады.',
    'Zakon.kz передает, что по данным сайта акимата, дорогу откроют в мае.',
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
    'Главная задача / цель года — новые школы',
    'Photo 2025',
    'PR-менеджер',
    'Промо-акция',
    'Тілші ауылға барды',
    'Жолдасбек Шопеғұл,',
    'Жаңа газет',
    'Облыстық газет',
    'Газета выходит по средам',
    'Tengrinews.kz – сайт, который читают все.',
    'Министрлік тұрғындарды Telegram арнасына жазылуға шақырды.',
    '«Telegram арнамызға жазылыңыз», - деді әкім.',
    'Логотипті жаңарту туралы шешім қабылданды.',
    'Бөлім: театрдың жаңа маусымы басталды.',
    'Толығырақ https://egov.kz сайтында.',
    'Соғыс тілшісі',
    'Másele keńeste qaraldy.',
    'ماسەلە كەڭەستە قارالدى.',
    'Ол облыстағы меншікті тілші.',
    'МакДональдс',
    'Соңғы жаңалықтар бойынша ауыл тұрғындары көшірілді',
    'Газет 1922 жылы шыға бастаған еді, оны оқырмандар жақсы біледі.',
    'Если вы стали свидетелем мошенничества, сообщите в полицию по номеру 102.',
    // A messenger with a number and no mailbox is an office's appeal; a mailbox with no messenger is a report's.
    'Если вы стали свидетелем аварии, сообщите в полицию через WhatsApp по номеру +7 700 000 00 00.',
    // Residents' pictures sent by a messenger's number, told of and not asked for, are the report's.
    'Жители прислали свои фото и видео в WhatsApp полиции по номеру +7 700 000 00 00, сообщили в ведомстве.',
    'Горожане могут присылать свои фото и видео нарушений в WhatsApp по номеру +7 700 000 00 00.',
    'Жалобы жители могут направлять на адрес priemnaya@akimat.kz, сообщили в акимате.',
    // The mobile notice inside a report's sentence, and a hash of another shape.
    'Перейти на версию для ПК смогут все пользователи приложения уже в мае.',
    '0A1B2C3D-4E5F-6789-ABCD',
    'Перепечатка учебников без лицензии запрещена законом.',
    // A sentence telling of the reuse rule goes on past the obligation.
    'Материалдарды көшіру кезінде сілтеме жасау қажет екенін айтты.',
    // A sentence on comments or posts is the report's.
    'Пікір қосу үшін оқырмандар сайтқа тіркелуі тиіс болды.',
    'Қатысты посттар әлеуметтік желіде көп тарады.',
    'Дайындаған баяндамасын Айгүл оқыды.',
    'Материал «Жас Алаш» газетінде жарияланған соң көпшілік талқылады.',
    'Автор книги',
    'Редактор рассказал о планах журнала на год.',
    'Новости / как жить дальше',
    'Редактор газеты ушел в отставку',
    'IMG_2034 стал вирусным снимком года',
    'Telegram @durov написал о блокировке.',
    'По сообщению сайта акимата, дорогу откроют в пятницу.',
    // A link's mark before a line closing a sentence, and a list's dash before a rank with no second under it.
    '>> Мы уехали одними из последних, сказал дачник.',
    '- 1 место заняла команда из Уральска',
    // A rubric glued to a headline of five words or one closing a sentence, and news that close a sentence.
    'ПолитикаКурс тенге укрепился к доллару',
    'КультураВ Алматы открылся музей.',
    'Новости оказались ложными.',
    'Новости Темиртау',
    // Two places in a headline, or a rubric unknown to the table before counts and a name (a score line).
    'Новости Актау и Мангыстау обсудили на форуме',
    'Кайрат 1 1 Ордабасы Шымкент',
    // What the office did, after a second comma; a district's news.
    'А. Иванов, глава района, открыл новую школу в селе.',
    'Шумерлинский муниципальный округ получил новые автобусы',
    'Отправить заявку вы можете до пятницы.',
    '29 октября 2023 года - день, когда в городе открыли мост.',
    'Хат жолдау арқылы өтінішті қалай беруге болады?',
    'Версия для печати выйдет в понедельник.',
    'Читать источник новостей стоит внимательно.',
    'Курсқа жазылыңыз және мұқият болыңыз, мына сілтеме -',
    'Тоқаев 2025 жылы Ақтауға барды',
    'Газеттің бас редакторы',
    'Астана - Алматы',
    'Дауыс беру учаскелері сағат 7-де ашылады?',
    // A line shaped as a poll's answer is one only under the poll's label (rules/clutter.ts).
    'Не почувствовал/а разницы(466)',
    // An appeal the report quotes or retells names who made it; a channel of others is no outlet's prompt.
    '«Пишите нам в WhatsApp, мы ответим каждому», — обратился аким к горожанам.',
    'Пишите нам, — попросил аким жителей в своем Telegram-канале.',
    'Жители могут задать вопросы в Telegram-канале акимата.',
    'Аким обратился к горожанам: «Хотите ровных дорог? Подписывайтесь на наш канал в Телеграм и на страницу акимата во ВКонтакте. У вас есть фото разбитой улицы? Присылайте их нам в Ватсап, мы читаем каждое сообщение и отвечаем».',
    'Мы открыли Телеграм-канал для жителей района, где публикуем графики отключений и ремонтов. Подписывайтесь, — призвал аким. Канал уже набрал тысячу подписчиков за первую неделю работы, а число вопросов от жителей выросло вдвое по сравнению с прошлым месяцем.',
    'Мы открыли Telegram-канал для жителей района, где публикуем графики отключений и ремонтов. Подписывайтесь, — призвал аким. Канал уже набрал тысячу подписчиков за первую неделю работы, а число вопросов от жителей выросло вдвое по сравнению с прошлым месяцем.',
    'Следите за прогнозом погоды, советуют синоптики.',
    'Смотрите видео в Telegram-канале акимата',
    'При визите в Telegram-канал нашего партнера',
    'Әкім тұрғындарды Telegram арнасына жазылуға шақырды',
    'Біз Instagram-да жаңа парақша аштық',
    'Он заявил, что все права защищены.',
    'Количество просмотров выросло вдвое',
    'Нет фото с места аварии пока не прислали',
    'Заседание 16 ноября | Итоги года и планы на будущее',
    'Министерство разрешило использовать материалы сайта в школах.',
    'Материалы проверки использованы в суде, ссылка на них обязательна.',
    'Сайты обязаны предупреждать посетителей о том, что собирают cookie-файлы.',
    'Аким попросил жителей оставлять комментарии к проекту на сайте акимата до конца месяца.',
    'Ответ пришел через неделю, и спор на этом закончился.>>',
    'Следующая',
    'Т.ҚР',
    'Администрация района',
    'Далее',
    // Under the short label `Дерек:` only a site's address is a source; a sentence may open on that word.
    'Дерек: биыл елімізде 500 мектеп салынды.',
    // A registration spoken of in a report names no certificate with its series letter.
    'Газет биыл Ақпарат министрлігінде қайта тіркеліп, жаңа куәлік алды.',
    'Сайт № 1234 куәлікпен тіркелгенін редактор растады.',
    // A name in Latin letters opening on the digraph is no surname in capitals.
    'Shymkent Shahary',
    // An image's copy number closes a file's name in small letters only: a capital or a clause's mark is text.
    'Садик в Казталовке (1)',
    'первый этап завершён (1);',
    // A press service's name alone signs a report; with a verb after it, it is a subheading.
    'Пресс-служба акимата опровергла слухи',
    'Служба коммуникаций области ответила жителям',
    // A comment section's rules list what it forbids; a report's sentence on comments lists nothing of it.
    'В комментариях запрещены ссылки на сторонние сайты, пояснили в редакции.',
    // The signature's words opening a sentence of the text, and the day's word as no label.
    'Өз тілшіміз ауылдағы жағдайды көзімен көріп қайтты.',
    'Күні: ертең кешке белгілі болады',
    // An issue's number and date inside a sentence, a comment form's prompt asked in a sentence, a channel named in one.
    'Выпуск №21 вышел 26.05.2022 с опозданием на два дня.',
    'Пожалуйста, введите ваше имя в анкету до пятницы, попросили в школе.',
    'Лада TV показал сюжет о пляжах',
    // An office's address closing a report's line, no offer of the site's services in it.
    'Өтінімдерді қабылдау жалғасады, толық ақпарат алу үшін байланыс: info@akimat.kz',
    'Десять месяцев назад семья переехала в город.',
    'Астана қаласының әкімдігі жаңа мектеп салды.',
    'Акимат Костанайской области объявил конкурс.',
    // The agency's owner named in a report's sentence.
    'Телерадиокомплекс Президента РК открыл новую студию в Астане.',
    // Such a name in a sentence, or with more words than a first name and a surname, is text.
    'Janat Janqashúly aýyl mektebine kitap syılady.',
    'Aqyn Serik Janqashúly',
  ])('%s is no clutter', (line) => {
    expect(clutterRuleOf(line)).toBeUndefined();
  });

  it('takes a weather widget\'s heading for clutter only above its temperature: alone it is a headline', () => {
    expect(clutterRuleOf('Погода в Астане')).toBeUndefined();
    expect(clutterRuleOf('Погода в Астане', 'Морозы продержатся до выходных, сообщает Казгидромет.')).toBeUndefined();
    expect(clutterRuleOf('Погода в Астане', '-12°С')?.name).toBe('weather');
  });

  it('takes a news site\'s weather widget heading `Погода` for clutter only above its location mark or a city\'s reading; above a sentence it stays', () => {
    expect(clutterRuleOf('Погода', 'location-current')?.name).toBe('weather');
    expect(clutterRuleOf('Погода', 'Алматы -2')?.name).toBe('weather');
    expect(clutterRuleOf('Погода', 'Синоптики обещают потепление к выходным по всей стране.')?.name).not.toBe('weather');
    expect(clutterRuleOf('471.2  course up  512.04  course down')?.name).toBe('exchange rates');
  });

  it('takes a serial\'s link to another part for related news only when a title follows its label: a schedule\'s start or a sentence stays', () => {
    expect(clutterRuleOf('Jalghasy: Dala tarihynyń ızderi...')?.name).toBe('related news');
    expect(clutterRuleOf('Басы: Ауыл мектебінің бір ғасыры')?.name).toBe('related news');
    expect(clutterRuleOf('جالعاسى: دالا تاريحىنىڭ ىزدەرى')?.name).toBe('related news');
    expect(clutterRuleOf('Начало: В 19:00 в городском парке')).toBeUndefined();
    expect(clutterRuleOf('Басы: сағат 10-да басталады')).toBeUndefined();
    expect(clutterRuleOf('Продолжение: Работы на трассе завершат к осени, сообщили в акимате.')).toBeUndefined();
    expect(clutterRuleOf('Соңы: Ауыл тұрғындары жаңа көпірді асыға күтуде!')).toBeUndefined();
  });

  it('takes a numbered trail only from its home link, a menu only after the home link with rubrics, and a trending label only with capitalised topics', () => {
    expect(clutterRuleOf('1. Басты бет 2. Мәдениет')?.name).toBe('breadcrumbs');
    expect(clutterRuleOf('1. Главная 2. Новости 3. Общество')?.name).toBe('breadcrumbs');
    expect(clutterRuleOf('1. Главная задача на весну')).toBeUndefined();
    expect(clutterRuleOf('1. Главная цель – снизить тарифы 2. Вторая цель – ремонт дорог')).toBeUndefined();
    expect(clutterRuleOf('Главная Новости Политика Экономика Общество Спорт')?.name).toBe('page navigation');
    expect(clutterRuleOf('Главная Новость Недели Вызвала Споры')).toBeUndefined();
    expect(clutterRuleOf('Новости Казахстана Новости мира Политика Экономика Регионы Лайфхаки Спорт')?.name).toBe('page navigation');
    expect(clutterRuleOf('Спорт и политика снова встретились на стадионе в Экономическом районе')).toBeUndefined();
    expect(clutterRuleOf('Политика Экономика Общество Спорт Культура Мир')?.name).toBe('rubric');
    expect(clutterRuleOf('Главная площадь Алматы закрыта для машин до понедельника')).toBeUndefined();
    expect(clutterRuleOf('Тренды: Пенсии Налоги Погода')?.name).toBe('trending');
    expect(clutterRuleOf('Популярное: Пенсии, Налоги, Курс доллара')?.name).toBe('trending');
    expect(clutterRuleOf('Актуально: В Алматы подорожал бензин')).toBeUndefined();
    expect(clutterRuleOf('Сегодня в тренде: Пенсии, Налоги, Погода')?.name).toBe('trending');
    expect(clutterRuleOf('В тренде: Молодежь выбирает рабочие профессии')).toBeUndefined();
    expect(clutterRuleOf('Популярное: Пенсии растут, налоги тоже, цены на хлеб следом.')).toBeUndefined();
  });

  it('takes a TikTok clip\'s caption closing on its sound after the note mark for an embedded post; a sentence with the mark inside, or a handle opening a sentence, stays', () => {
    expect(clutterRuleOf('@gorod.news2023 #Актобе #снег #дороги ♬ оригинальный звук - gorod.news')?.name).toBe('embedded post');
    expect(clutterRuleOf('♬ original sound - Qala Media')?.name).toBe('embedded post');
    expect(clutterRuleOf('Песня ♬ звучала на площади весь вечер, рассказали организаторы.')).toBeUndefined();
    expect(clutterRuleOf('@akimat_city сообщил, что дороги расчистят к утру.')).toBeUndefined();
  });

  it('takes a gallery\'s numbered caption for a photo caption; a sentence on a photo with a figure stays', () => {
    expect(clutterRuleOf('Фото 1. Мост через реку после ремонта')?.name).toBe('photo caption');
    expect(clutterRuleOf('Сурет 2: Жаңа көпір')?.name).toBe('photo caption');
    expect(clutterRuleOf('Фото 1990 года хранится в музее.')).toBeUndefined();
    expect(clutterRuleOf('Фото 12 школьников облетело соцсети.')).toBeUndefined();
  });

  it('takes a picture\'s alt text labelled as the report\'s picture for a photo caption; a sentence on a picture for a report stays', () => {
    expect(clutterRuleOf('Изображение для новости: В городе открыли новый мост')?.name).toBe('photo caption');
    expect(clutterRuleOf('Фото к статье: Аким встретился с фермерами')?.name).toBe('photo caption');
    expect(clutterRuleOf('Изображение для новости выбрала редакция сайта.')).toBeUndefined();
    expect(clutterRuleOf('Фото к новости прислал читатель из Аксу.')).toBeUndefined();
  });

  it('takes a notice that the site\'s materials are protected by copyright for a copyright notice only closing there; a sentence on protected materials stays', () => {
    expect(clutterRuleOf('Все материалы размещенные на сайте city42.kz защищены авторским правом и охраняются законом.')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Все материалы, опубликованные на портале, защищены авторским правом')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Сайтта жарияланған барлық материалдар авторлық құқықпен қорғалған.')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Saıtta jarııalanǵan barlyq materıaldar avtorlyq quqyqpen qorǵalǵan.')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Exit mobile version')?.name).toBe('page navigation');
    expect(clutterRuleOf('Все материалы сайта защищены авторским правом, напомнил суд ответчику в понедельник.')).toBeUndefined();
    expect(clutterRuleOf('Материалы уголовного дела защищены авторским правом.')).toBeUndefined();
    expect(clutterRuleOf('Все материалы выставки защищены авторским правом.')).toBeUndefined();
  });

  it('takes a copyright notice naming the site\'s owner, with its reuse notice after it, for one notice; a report\'s sentence after a notice keeps the line', () => {
    expect(clutterRuleOf('Все материалы размещенные на сайте tvural.kz защищены авторским правом и являются собственностью телеканала ТВ-Урал.')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Все материалы размещенные на сайте tvural.kz защищены авторским правом и являются собственностью телеканала ТВ-Урал. Любое копирование возможно с согласия редакции телеканала или с обязательным указанием гиперссылки на источник материала tvural.kz')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Все материалы размещенные на сайте tvural.kz защищены авторским правом и являются собственностью телеканала ТВ-Урал. Завтра телеканал покажет репортаж о ремонте моста через протоку в старой части города.')).toBeUndefined();
    expect(clutterRuleOf('Все материалы выставки защищены авторским правом и являются собственностью музея. Любое копирование картин запрещено администрацией музея, напомнил директор посетителям.')).toBeUndefined();
  });

  it('takes a section named by the scope of its news for a rubric; a headline on such news stays', () => {
    expect(clutterRuleOf('Мировые новости')?.name).toBe('rubric');
    expect(clutterRuleOf('Спортивные новости')?.name).toBe('rubric');
    expect(clutterRuleOf('Әлем жаңалықтары')?.name).toBe('rubric');
    expect(clutterRuleOf('Мировые новости обсуждали на встрече в акимате')).toBeUndefined();
    expect(clutterRuleOf('Хорошие новости')).toBeUndefined();
  });

  it('takes the newsroom named by a domain or a listed outlet as a byline, a signed quote widget in a header and its label, and a header\'s news label; sentences stay', () => {
    expect(clutterRuleOf('Редакция Liter.kz')?.name).toBe('byline');
    expect(clutterRuleOf('Редакция портала Tengrinews')?.name).toBe('byline');
    expect(clutterRuleOf('Редакция газеты')).toBeUndefined();
    expect(clutterRuleOf('Редакция обратилась в акимат за комментарием.')).toBeUndefined();
    expect(clutterRuleOf('Мы в соц сетях:')?.name).toBe('page foot');
    expect(clutterRuleOf('Главные новости сегодня')?.name).toBe('news widget');
    expect(clutterRuleOf('Главные новости сегодня обсуждают в парламенте и на улицах.')).toBeUndefined();
  });

  it('takes a site\'s list of its accounts opening on «мы есть в» for a follow prompt, cut or not; a sentence on readers in the networks stays', () => {
    expect(clutterRuleOf('Мы есть в YouTube и в Google News, в социальных сетях ВК, Одноклассники, Фейсб')?.name).toBe('follow prompt');
    expect(clutterRuleOf('Мы в Telegram и Instagram')?.name).toBe('follow prompt');
    expect(clutterRuleOf('Мы есть в Telegram, в социальных сетях нас читают десять тысяч человек.')).toBeUndefined();
    expect(clutterRuleOf('Мы в Telegram создали канал для жителей района.')).toBeUndefined();
  });

  it('takes a site\'s list of its accounts cut by the copy after its comma or «и» for a follow prompt; a sentence going on there stays', () => {
    expect(clutterRuleOf('Мы есть в YouTube и в Google News, в')?.name).toBe('follow prompt');
    expect(clutterRuleOf('Мы есть в Telegram и')?.name).toBe('follow prompt');
    expect(clutterRuleOf('Мы есть в Telegram и в нем публикуем расписание автобусов района.')).toBeUndefined();
  });

  it('takes a comment form\'s sign-in prompt by its grammar, and the question to those with an account, for a login prompt; a sentence on registering stays', () => {
    expect(clutterRuleOf('Для того чтобы оставить комментарий, необходимо зарегистрироваться или войти')?.name).toBe('login prompt');
    expect(clutterRuleOf('Чтобы написать комментарий, вам нужно войти на сайт или зарегистрироваться.')?.name).toBe('login prompt');
    expect(clutterRuleOf('Чтобы добавить комментарий, необходимо пройти регистрацию')?.name).toBe('login prompt');
    expect(clutterRuleOf('Если Вы уже регистрировались')?.name).toBe('login prompt');
    expect(clutterRuleOf('Если вы уже зарегистрированы на сайте, войдите')?.name).toBe('login prompt');
    expect(clutterRuleOf('Чтобы получить пособие, необходимо зарегистрироваться в центре занятости.')).toBeUndefined();
    expect(clutterRuleOf('Если вы уже регистрировались на портале, повторно подавать заявку не нужно.')).toBeUndefined();
    expect(clutterRuleOf('Чтобы оставить комментарий, необходимо зарегистрироваться в центре занятости района.')).toBeUndefined();
  });

  it('takes a site\'s domain after «Источник» with no colon, a long address after «Ақпарат көзі :», and a copy script\'s «Читать полностью:» with an address, for a source line; a sentence opening on those words stays', () => {
    expect(clutterRuleOf('Источник nadezhda.kz')?.name).toBe('source line');
    expect(clutterRuleOf('Читать полностью: https://www.lada.kz/aktau_news/12345-v-aktau.html')?.name).toBe('source line');
    expect(clutterRuleOf('Читать далее: https://pavlodarnews.kz/ru/news/1234')?.name).toBe('source line');
    expect(clutterRuleOf('Ақпарат көзі : https://www.gov.kz/memleket/entities/audan-akimdigi/press/news/details/100200?lang=kk')?.name).toBe('source line');
    expect(clutterRuleOf('Источник в акимате Уральска')).toBeUndefined();
    expect(clutterRuleOf('Источник сообщил об этом нашему корреспонденту в четверг.')).toBeUndefined();
    expect(clutterRuleOf('Читать полностью материал можно на сайте газеты.')).toBeUndefined();
  });

  it('takes the newsroom\'s postal address after its label for a contact line, and a sign-in form\'s links for a login prompt; sentences on them stay', () => {
    expect(clutterRuleOf('Адрес редакции: г. Уральск, ул. Пугачева, 2')?.name).toBe('contact line');
    expect(clutterRuleOf('Адрес редакции газеты сменился в прошлом году.')).toBeUndefined();
    expect(clutterRuleOf('Забыли пароль?')?.name).toBe('login prompt');
    expect(clutterRuleOf('Запомнить меня')?.name).toBe('login prompt');
    expect(clutterRuleOf('Забыли пароль от портала, рассказала пенсионерка.')).toBeUndefined();
  });

  it('takes the sign-in prompt for those who would leave comments or comment, and the age mark alone, as page matter; sentences with them stay', () => {
    expect(clutterRuleOf('Чтобы оставлять комментарии, необходимо авторизоваться')?.name).toBe('login prompt');
    expect(clutterRuleOf('Чтобы комментировать, нужно войти на сайт')?.name).toBe('login prompt');
    expect(clutterRuleOf('Чтобы оставлять заявки, необходимо зарегистрироваться на портале.')).toBeUndefined();
    expect(clutterRuleOf('18+')?.name).toBe('age notice');
    expect(clutterRuleOf('Фильм получил рейтинг 18+')).toBeUndefined();
  });

  it('takes the newsroom\'s question to readers with news and its call for a tip prompt, and the rights notice with the sign and year after it for a copyright notice; sentences stay', () => {
    expect(clutterRuleOf('Есть интересная новость? Пишите нам!')?.name).toBe('tip prompt');
    expect(clutterRuleOf('Есть тема? Звоните в редакцию.')?.name).toBe('tip prompt');
    expect(clutterRuleOf('Есть новость для жителей района: автобус пойдет по новому маршруту.')).toBeUndefined();
    expect(clutterRuleOf('Все права защищены © 2024')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Все права защищены © 2010-2024')?.name).toBe('copyright notice');
    expect(clutterRuleOf('Организаторы заверили, что все права защищены законом © 2024')).toBeUndefined();
  });

  it('takes a comment section\'s interface line made of its words only for the comment form; a line with a word of a report stays', () => {
    expect(clutterRuleOf('Оставьте комментарий')?.name).toBe('comment form');
    expect(clutterRuleOf('Показать все комментарии')?.name).toBe('comment form');
    expect(clutterRuleOf('Комментарии для сайта Cackle')?.name).toBe('comment form');
    expect(clutterRuleOf('Пікірлер жоқ')?.name).toBe('comment form');
    expect(clutterRuleOf('Комментарии акима к решению суда')).toBeUndefined();
    expect(clutterRuleOf('Оставьте комментарий к проекту на сайте акимата до конца месяца.')).toBeUndefined();
    expect(clutterRuleOf('Без комментариев')).toBeUndefined();
  });

  it('takes the link back to the section\'s list, its arrow or not, for page navigation; a sentence on going back stays', () => {
    expect(clutterRuleOf('Вернуться к списку новостей')?.name).toBe('page navigation');
    expect(clutterRuleOf('← Назад к новостям')?.name).toBe('page navigation');
    expect(clutterRuleOf('Вернуться к списку новостей редакция предложила после проверки.')).toBeUndefined();
  });

  it('takes the empty comment thread\'s notice either way round for comments; a sentence on comments stays', () => {
    expect(clutterRuleOf('Нет комментариев')?.name).toBe('comments');
    expect(clutterRuleOf('Пока нет комментариев')?.name).toBe('comments');
    expect(clutterRuleOf('Комментариев нет')?.name).toBe('comments');
    expect(clutterRuleOf('Пока нет комментариев. Будьте первым!')?.name).toBe('comments');
    expect(clutterRuleOf('Популярное за неделю')?.name).toBe('news widget');
    expect(clutterRuleOf('Нет комментариев от акимата по этому поводу пока не поступало.')).toBeUndefined();
  });

  it('takes a WordPress widget\'s translated «recent» label over teasers for a news widget; a sentence on recent news stays', () => {
    expect(clutterRuleOf('Недавние новости')?.name).toBe('news widget');
    expect(clutterRuleOf('Недавние записи')?.name).toBe('news widget');
    expect(clutterRuleOf('Недавние новости о ремонте дороги встревожили жителей.')).toBeUndefined();
  });

  it('takes a banner asking consent to the site\'s privacy policy for a cookie notice only opening on the reader\'s use of the site; a sentence on personal data stays', () => {
    expect(clutterRuleOf('Продолжая пользоваться ресурсом, вы соглашаетесь с условиями Политики обработки персональных данных.')?.name).toBe('cookie notice');
    expect(clutterRuleOf('Подписывая договор, вы соглашаетесь на обработку персональных данных, напоминают юристы банка.')).toBeUndefined();
  });

  it('takes a labelled byline with the report\'s date after a comma for a byline; a labelled line with a sentence after the name stays', () => {
    expect(clutterRuleOf('Текст: Рыбка Ксения, 26 марта 2021')?.name).toBe('byline');
    expect(clutterRuleOf('Автор: Асель Нурланова, 3 июня 2024 г.')?.name).toBe('byline');
    expect(clutterRuleOf('Текст: Рыбка Ксения, 26 марта 2021 года выступила на форуме в столице.')).toBeUndefined();
  });

  it('takes a staff member\'s trade, surname and initials for a byline; a sentence naming a librarian stays', () => {
    expect(clutterRuleOf('Кітапханашы Нағашыбаева Р.А.')?.name).toBe('byline');
    expect(clutterRuleOf('Библиотекарь Иванова А.С.')?.name).toBe('byline');
    expect(clutterRuleOf('Кітапханашы Нағашыбаева оқушыларға жаңа кітаптарды таныстырды.')).toBeUndefined();
  });

  it('takes a Kazakh «other news» label under the text for a feed running to the copy\'s end, its items\' stamps and rubrics over their headlines; a sentence on other news stays', () => {
    const lead = 'Театрдың кіші залында жаңа қойылымның премьерасы көрермендердің көңілінен шықты.';
    const page = parseSource(['date 2023-06-15 Театрда жаңа қойылымның премьерасы өтті', lead, 'Өзге жаңалықтар', '13 қыркүйек', 'Хабарландыру', '12 қыркүйек', 'Хабарландыру', 'Театр жаңа маусымды ашады. Бағдарламасы қандай?', 'Маусымның алғашқы қойылымы қыркүйектің соңында көрсетіледі.'].join('\n'));
    expect(page instanceof SourceError ? undefined : page.paragraphs).toEqual([lead]);
    expect(clutterRuleOf('Өзге жаңалықтар туралы оқырмандар сайттан біле алады.')).toBeUndefined();
  });

  it('leaves out the headline\'s copy signed with the site\'s short name under the text; the headline going on in a clause after a dash stays', () => {
    const title = 'Театрда монодраманың премьерасы өтті';
    const lead = 'Кіші залда өткен монодрама көрермендердің ықыласына бөленіп, ұзақ қол шапалақпен аяқталды.';
    const signed = parseSource([`date 2023-06-15 ${title}`, lead, `${title} - Exclusive`].join('\n'));
    expect(signed instanceof SourceError ? undefined : signed.paragraphs).toEqual([lead]);
    const clause = parseSource([`date 2023-06-15 ${title}`, lead, `${title} – деп жазды театрдың баспасөз қызметі кеше кешке`].join('\n'));
    expect(clause instanceof SourceError ? undefined : clause.paragraphs).toHaveLength(2);
  });

  it('reads «Источник фото:» after a caption closing a sentence as the credit; the caption keeps its words', () => {
    const page = parseSource(['date 2024-03-13 Хирурги больницы провели тысячи операций', 'Хирурги подвели итоги года на совещании. Источник фото: ОКБ №2', 'На совещании хирургической службы главный врач рассказал о работе отделений за год.'].join('\n'));
    expect(page instanceof SourceError ? undefined : page.photoCredit).toBe('ОКБ №2');
    expect(page instanceof SourceError ? undefined : page.photoAlt).toBe('Хирурги подвели итоги года на совещании');
  });

  it('reads a site\'s name over the stamp and view counter as page matter when a headline with its verb stands under them; a caption with no verb there keeps the title', () => {
    const lead = 'Облыстық ардагерлер кеңесінің мүшелері қаладағы колледж студенттерімен кездесіп, еңбек жолдарымен бөлісті.';
    const named = parseSource(['date 2019-10-02 Облыстық ардагерлер кеңесі', '2 Қазан, 2019', '2417', 'Павлодарда ардагерлер кеңесі жастармен кездесу өткізді', lead].join('\n'));
    expect(named instanceof SourceError ? undefined : named.title).toBe('Павлодарда ардагерлер кеңесі жастармен кездесу өткізді');
    const captioned = parseSource(['date 2019-10-02 Ардагерлер мен жастар', '2 Қазан, 2019', '2417', 'Колледж студенттері мен облыстық ардагерлер кеңесінің мүшелері', lead].join('\n'));
    expect(captioned instanceof SourceError ? undefined : captioned.title).toBe('Ардагерлер мен жастар');
  });

  it('leaves out a widget\'s label the copy cut inside its second word at the page\'s end; a heading of two whole words there stays', () => {
    const lead = 'Хирурги областной больницы подвели итоги работы за год на итоговом совещании.';
    const cut = parseSource(['date 2024-03-13 Хирурги больницы подвели итоги года', lead, 'Последние н'].join('\n'));
    expect(cut instanceof SourceError ? undefined : cut.paragraphs).toEqual([lead]);
    const whole = parseSource(['date 2024-03-13 Хирурги больницы подвели итоги года', lead, 'Последние дни'].join('\n'));
    expect(whole instanceof SourceError ? undefined : whole.paragraphs).toEqual([lead, 'Последние дни']);
  });

  it('takes a weather reading and currency rates on one line with their labels, and a video\'s label alone; a headline on the weather stays', () => {
    expect(clutterRuleOf('Погода в Алматы: +18°C')?.name).toBe('weather');
    expect(clutterRuleOf('Нур-Султан: -7 °С')?.name).toBe('weather');
    expect(clutterRuleOf('Алматы +18 Астана +9 Шымкент +22')?.name).toBe('weather');
    expect(clutterRuleOf('Казахстан 2 Россия 1')).toBeUndefined();
    expect(clutterRuleOf('В Алматы ожидается +18° и дождь')).toBeUndefined();
    expect(clutterRuleOf('Курс валют: $ 447.5 € 480.2')?.name).toBe('exchange rates');
    expect(clutterRuleOf('Курс валют: доллар подорожал на 3 тенге')).toBeUndefined();
    expect(clutterRuleOf('Курс: USD 447.5 | EUR 480.2')?.name).toBe('exchange rates');
    expect(clutterRuleOf('Курс: 447 тенге за доллар')).toBeUndefined();
    expect(clutterRuleOf('Видео:')?.name).toBe('media player');
    expect(clutterRuleOf('Видео: пресс-служба ДЧС')).not.toEqual(expect.objectContaining({ name: 'media player' }));
    expect(clutterRuleOf('Короткая ссылка на новость: https://site.ru/~aB3x')?.name).toBe('page address');
    expect(clutterRuleOf('Короткая ссылка на сервис появилась у всех пользователей.')).toBeUndefined();
  });

  it('takes an author\'s byline with the archive the photos come from for the credit, above the headline; a sentence naming an archive stays', () => {
    const page = (line: string) => parseSource(['date 2023-07-17 3963', '17 июля 2023', line, 'Исследователь: «Город без жителей не станет справедливым»', 'Исследователь рассказал о том, как экономика влияет на жизнь города и права горожан.'].join('\n'));
    const byline = page('Дана Нурланова, фото из личного архива исследователя');
    expect(byline instanceof SourceError ? undefined : [byline.title, byline.photoCredit]).toEqual(['Исследователь: «Город без жителей не станет справедливым»', 'из личного архива исследователя']);
    const sentence = page('Анна Петрова, фото из архива которой мы публикуем, рассказала о детстве.');
    expect(sentence instanceof SourceError ? undefined : sentence.photoCredit).toBeUndefined();
  });

  it('takes an advert\'s short lines under its label only when they close the copy, and a media label only over its section\'s link', () => {
    const lead = 'Жители трех сел больше не будут ездить к терапевту в город, в округе строят амбулаторию.';
    const foot = parseSource(['date 2024-04-25 В пригороде откроют амбулаторию', lead, 'реклама', 'Форум городов', 'Астана'].join('\n'));
    expect(foot instanceof SourceError ? undefined : foot.paragraphs).toEqual([lead]);
    const inside = parseSource(['date 2024-04-25 В пригороде откроют амбулаторию', lead, 'Реклама', 'Сроки стройки', 'Строители обещают сдать здание амбулатории к концу лета этого года.'].join('\n'));
    expect(inside instanceof SourceError ? [] : inside.paragraphs).toContain('Сроки стройки');
    expect(clutterRuleOf('Видео', 'Все видео')?.name).toBe('news widget');
    expect(clutterRuleOf('Видео', 'Строители обещают сдать здание к концу лета.')).toBeUndefined();
  });

  it('takes a labelled byline with the author\'s titles however long when the surname is in capitals and no sentence closes in it', () => {
    const titles = 'Автор: Имя ФАМИЛИЯ, заслуженный учитель Республики Казахстан, член Союза журналистов Казахстана, член Союза театральных деятелей, поэт';
    expect(clutterRuleOf(titles)?.name).toBe('byline');
    expect(clutterRuleOf('Автор: Имя ФАМИЛИЯ, учитель истории, рассказал нам о юбилее газеты. Он вспомнил первые публикации и редакторов прошлых лет')).toBeUndefined();
    expect(clutterRuleOf('Автор: Имя Фамилия, учитель истории из Караганды, член Союза журналистов Казахстана, член Союза театральных деятелей, поэт')).toBeUndefined();
  });

  it('takes a widget\'s lone list dash among its teasers only, and a source\'s name only alone under its label', () => {
    const parsed = parseSource(['date 2024-04-22 Водители фур ждут топливо на трассе', 'На заправках вдоль трассы вторые сутки нет дизельного топлива, водители ждут поставки.', 'Весь контент', '-', '22 апреля 2024', 'Сборная выиграла турнир в Ташкенте', '-', '-'].join('\n'));
    expect(parsed).not.toBeInstanceOf(SourceError);
    if (parsed instanceof SourceError) return;
    expect(parsed.paragraphs).toEqual(['На заправках вдоль трассы вторые сутки нет дизельного топлива, водители ждут поставки.']);
    const labelled = (next: string) => parseSource(['date 2024-04-22 Водители фур ждут топливо на трассе', 'Источник:', next, 'На заправках вдоль трассы вторые сутки нет дизельного топлива, водители ждут поставки.'].join('\n'));
    const named = labelled('Interfax');
    expect(named instanceof SourceError ? undefined : named.attribution?.outlet).toBe('Интерфакс');
    const sentence = labelled('Водители простояли в очереди всю ночь.');
    expect(sentence instanceof SourceError ? [] : sentence.paragraphs).toContain('Водители простояли в очереди всю ночь.');
  });

  it('takes a pager\'s label glued to a headline for related news only over the next one: alone, or in small letters, it opens a sentence', () => {
    const next = 'Следующая В Павлодаре открыли новый мост через Иртыш';
    expect(clutterRuleOf('Предыдущая В Караганде прошел турнир по боксу', next)?.name).toBe('related news');
    expect(clutterRuleOf('Предыдущая В Караганде прошел турнир по боксу')).toBeUndefined();
    expect(clutterRuleOf('Предыдущая встреча прошла в Караганде', next)).toBeUndefined();
    expect(clutterRuleOf('Предыдущая В Караганде прошел турнир по боксу', 'Следующая встреча пройдет весной.')).toBeUndefined();
  });

  it('takes a related block\'s label naming the outlet for related news only when the name is in Latin letters, capitals or listed; a rubric naming a country stays', () => {
    expect(clutterRuleOf('Статьи STEPPE')?.name).toBe('related news');
    expect(clutterRuleOf('Читайте также на Orda')?.name).toBe('related news');
    expect(clutterRuleOf('Больше новостей на Tengrinews.kz')?.name).toBe('related news');
    expect(clutterRuleOf('Статьи Казахстана')?.name).not.toBe('related news');
    expect(clutterRuleOf('Читайте также на сайте акимата о новых правилах.')?.name).not.toBe('related news');
  });

  it('takes a flattened page\'s author alone after the stamp for the byline only with a photographer in the genitive after the dek; a dek naming a person stays', () => {
    const head = 'date 2026-02-20 Галерея для всех Статьи 20 февраля 2026 г. 7:40 12 ';
    const signed = parseSource(`${head}Алия Серикова Городская галерея открыта уже шесть лет фото Максима Орлова Городская галерея принимает работы молодых авторов без платы за зал.`);
    expect(signed instanceof SourceError ? undefined : signed.photoCredit).toBe('Максима Орлова');
    expect(signed instanceof SourceError ? [] : signed.paragraphs).toEqual(['Городская галерея открыта уже шесть лет', 'Городская галерея принимает работы молодых авторов без платы за зал.']);
    const unsigned = parseSource(`${head}Алия Серикова рассказала, что городская галерея открыта для всех художников без платы за зал.`);
    expect(unsigned instanceof SourceError ? [] : unsigned.paragraphs).toEqual(['Алия Серикова рассказала, что городская галерея открыта для всех художников без платы за зал.']);
  });

  it('takes an amp page\'s «read on the site» link glued to the lead off it up to the glue; the words opening a sentence stay', () => {
    const glued = parseSource(['date 2020-10-25 Клуб стал чемпионом страны', 'Читать на сайте Вестник КавказаАлматинский клуб досрочно выиграл чемпионат страны по футболу.'].join('\n'));
    expect(glued instanceof SourceError ? [] : glued.paragraphs).toEqual(['Алматинский клуб досрочно выиграл чемпионат страны по футболу.']);
    const sentence = 'Читать на сайте Вестник Кавказа можно новости всего региона на трех языках.';
    const kept = parseSource(['date 2020-10-25 Клуб стал чемпионом страны', sentence].join('\n'));
    expect(kept instanceof SourceError ? [] : kept.paragraphs).toEqual([sentence]);
  });

  it('keeps regions set out as the report\'s sections, two or more, as its headings; one region alone between paragraphs is a lost photo\'s caption', () => {
    const lead = 'Жол қызметі екі облыста көліктің жүруіне шектеу қойылғанын хабарлады.';
    const first = 'Таңғы сағат тоғызда қатты боранға байланысты трассада көліктің жүруі тоқтатылды.';
    const second = 'Түске қарай жел күшейген соң аудан орталығына баратын жол да жабылды.';
    const sections = parseSource(['date 2026-02-05 Екі облыста жол жабылды', lead, 'Ақмола облысы', first, 'Ұлытау облысы', second].join('\n'));
    expect(sections instanceof SourceError ? [] : sections.paragraphs).toEqual([lead, 'Ақмола облысы', first, 'Ұлытау облысы', second]);
    const caption = parseSource(['date 2026-02-05 Екі облыста жол жабылды', lead, 'Ақмола облысы', first, second].join('\n'));
    expect(caption instanceof SourceError ? [] : caption.paragraphs).toEqual([lead, first, second]);
  });

  it('keeps one region alone over the paragraph that introduces its list as the heading of its part; over a paragraph with no list under it, it is a lost photo\'s caption', () => {
    const lead = 'Жол қызметі бірнеше өңірде көліктің жүруіне шектеу қойылғанын хабарлады.';
    const before = 'Кешке қарай солтүстіктегі барлық трассада автобустардың жүруі тоқтатылады.';
    const intro = 'Түнгі сағат онда қатты боран мен көктайғаққа байланысты облыс аумағынан өтетін республикалық маңызы бар мына автожолдарда жолаушылар тасымалдайтын автобустар мен жүк көліктерінің қозғалысына уақытша шектеу енгізіледі:';
    const item = '- «Астана – Қарағанды» автожолының 10-80 шақырым аралығы;';
    const listed = parseSource(['date 2026-01-23 Бірқатар өңірде жол жабылды', lead, before, 'Ақмола облысы', intro, item].join('\n'));
    expect(listed instanceof SourceError ? [] : listed.paragraphs).toEqual([lead, before, 'Ақмола облысы', intro, item]);
    const told = 'Түнгі сағат онда қатты боран мен көктайғаққа байланысты облыс аумағынан өтетін республикалық маңызы бар автожолдарда жолаушылар тасымалдайтын автобустар мен жүк көліктерінің қозғалысына уақытша шектеу енгізіледі.';
    const caption = parseSource(['date 2026-01-23 Бірқатар өңірде жол жабылды', lead, before, 'Ақмола облысы', told, item].join('\n'));
    expect(caption instanceof SourceError ? [] : caption.paragraphs).toEqual([lead, before, told, item]);
  });

  it('takes a whole name in capitals alone under the last sentence for its signature; a name in capitals inside the text stays', () => {
    const signed = parseSource(['date 2019-04-05 В селе открыли новую школу', 'Новая школа в селе рассчитана на двести учеников и откроется в сентябре.', 'МАЙЯ ҚОЖАБАЙ'].join('\n'));
    expect(signed instanceof SourceError ? [] : signed.paragraphs).toEqual(['Новая школа в селе рассчитана на двести учеников и откроется в сентябре.']);
    const inside = parseSource(['date 2019-04-05 В селе открыли новую школу', 'Новая школа в селе рассчитана на двести учеников и откроется в сентябре.', 'МАЙЯ ҚОЖАБАЙ', 'Директором школы назначили учительницу из соседнего района.'].join('\n'));
    expect(inside instanceof SourceError ? [] : inside.paragraphs).toContain('МАЙЯ ҚОЖАБАЙ');
  });

  it('takes a reader\'s streak counter in an author box for a counter, its number after it or not; a sentence on days with us stays', () => {
    expect(clutterRuleOf('Бізбен бірге қатарынан болған күндеріңіз')?.name).toBe('counter');
    expect(clutterRuleOf('Бізбен бірге қатарынан болған күндеріңіз: 12')?.name).toBe('counter');
    expect(clutterRuleOf('Бізбен бірге қатарынан болған күндеріңіз есте қалатын болады.')).toBeUndefined();
  });

  it('takes a widget\'s «may interest you» label alone, its items lost, between the headline and the lead; a sentence opening on the words stays', () => {
    expect(clutterRuleOf('Вам может быть интересно')?.name).toBe('news widget');
    expect(clutterRuleOf('Вам также может быть интересно:')?.name).toBe('news widget');
    expect(clutterRuleOf('Сізге қызықты болуы мүмкін')?.name).toBe('news widget');
    expect(clutterRuleOf('Вам может быть интересно, что музей открыт до девяти вечера.')).toBeUndefined();
    const parsed = parseSource(['date 2024-05-14 В районе отремонтируют три сельские школы', 'Вам может быть интересно', '', 'Ремонт трех школ в районе начнется в июне, сообщили в отделе образования.'].join('\n'));
    expect(parsed instanceof SourceError ? [] : parsed.paragraphs).toEqual(['Ремонт трех школ в районе начнется в июне, сообщили в отделе образования.']);
  });
  it('takes a stamp dated with its year, its counts, a listed rubric and the authors for a stamp; a headline glued after the counts stays', () => {
    expect(clutterRuleOf('23 қазан 2008, 12:05 762 0 Сұхбат "Түркістан" газетінің авторлары')?.name).toBe('date or time stamp');
    expect(clutterRuleOf('23 قازان 2008, 12:05 762 0 سۇحبات "تۇركىستان" گازەتىنىڭ اۆتورلارى')?.name).toBe('date or time stamp');
    expect(clutterRuleOf('23 қазан 2008, 12:05 762 0 Ауылға жаңа мектеп салынды')).toBeUndefined();
  });

  it('takes a WordPress comment form\'s Kazakh heading and prompts, whole, for comments; a sentence asking for comments stays', () => {
    expect(clutterRuleOf('ЖАУАП ҚАЛДЫРУ')?.name).toBe('comments');
    expect(clutterRuleOf('Пікіріңізді енгізіңіз!')?.name).toBe('comments');
    expect(clutterRuleOf('мұнда сіздің атыңызды енгізіңіз')?.name).toBe('comments');
    expect(clutterRuleOf('Пікіріңізді енгізіңіз, біз оны міндетті түрде оқып шығамыз.')).toBeUndefined();
    expect(clutterRuleOf('Жауап қалдыру үшін тұрғындар әкімдікке бірнеше рет барды.')).toBeUndefined();
  });

  it('takes an advert slot between dashes with its image placeholder, or the placeholder alone, for an advertising label; a sentence on adverts stays', () => {
    expect(clutterRuleOf('- Жарнама -spot_img')?.name).toBe('advertising label');
    expect(clutterRuleOf('- Advertisement -')?.name).toBe('advertising label');
    expect(clutterRuleOf('spot_img')?.name).toBe('advertising label');
    expect(clutterRuleOf('- Жарнама - біздің газеттің негізгі табыс көзі болып қала береді.')).toBeUndefined();
  });

  it('takes a «latest articles» label over teasers for a news widget, a donate button alone, and a name parted from its stamp by a period for a byline; sentences stay', () => {
    expect(clutterRuleOf('Соңғы мақалалар')?.name).toBe('news widget');
    expect(clutterRuleOf('Соңғы мақалалар газеттің сайтында күн сайын жарияланып отырады.')).toBeUndefined();
    expect(clutterRuleOf('Поддержать')?.name).toBe('donate button');
    expect(clutterRuleOf('Поддержать инициативу жителей решили депутаты городского маслихата.')).toBeUndefined();
    expect(clutterRuleOf('Айжан Ныгметжан. 28 Июля 2023, 16:00')?.name).toBe('byline');
    expect(clutterRuleOf('Айжан Ныгметжан. 28 июля она впервые вышла на сцену театра.')).toBeUndefined();
  });

  it('takes a chevron trail only with a rubric among crumbs of a few words, and a correspondent\'s signature only of names; a headline or a sentence stays', () => {
    const rule = (text: string) => clutterRuleOf(text)?.name;
    expect(rule('تيانشان تورى › جاڭالىقتار › شينجياڭ حابارلارى')).toBe('breadcrumbs');
    // No crumb a rubric: a headline with chevrons in it.
    expect(rule('تيانشان تورى › اۋىل ءومىرى › شينجياڭ حابارلارى')).toBeUndefined();
    // A crumb of a sentence's length is no crumb.
    expect(rule('تيانشان تورى › جاڭالىقتار › اۋىلدا جاڭا مەكتەپ سالىنىپ پايدالانۋعا بەرىلدى')).toBeUndefined();
    expect(rule('حالىق گازەتىنىڭ ءتىلشىسى حان ليچۇن')).toBe('byline');
    // The correspondent as the subject of a sentence: a figure, a verb, the closing period.
    expect(rule('حالىق گازەتىنىڭ ءتىلشىسى حان ليچۇن 4 - ايدىڭ 26 - كۇنى حابارلايدى.')).not.toBe('byline');
    expect(rule('□ اۋىلدا جاڭا مەكتەپ سالىنىپ پايدالانۋعا بەرىلدى.')).toBeUndefined();
  });

  it('takes the photographer named before the verb for the credit under a white square or with a capital; a sentence saying who took it stays', () => {
    const parse = (line: string) => parseSource(['date 2022-06-30 Тауда жаңа жол ашылды', '', line, '', 'Тау арасындағы ауылдарға баратын жаңа асфальт жол пайдалануға берілді.'].join('\n'));
    const credited = parse('Суретті Асқар Серік түсірген');
    expect(credited instanceof SourceError ? undefined : [credited.photoCredit, credited.paragraphs.length]).toEqual(['Асқар Серік', 1]);
    const sentence = parse('Суретті ол өткен жылы Алматыда түсірген.');
    expect(sentence instanceof SourceError ? [] : sentence.paragraphs).toContain('Суретті ол өткен жылы Алматыда түсірген.');
  });

  it('reads a stamp after its labelled source as the stamp and the outlet; the label alone before a name stays a source line', () => {
    const parse = (head: string) => parseSource(['date 2017-07-20 ۇرىمجىدە جاستار كورمەسى اشىلدى', head, 'ۇرىمجى قالاسىندا جاس سۋرەتشىلەردىڭ كورمەسى اشىلدى. كورمەگە الپىستان استام تۋىندى قويىلدى.'].join('\n'));
    const both = parse('كەلۋ قاينارى: شينجياڭ راديوسى    2017-07-20 17:49:48');
    expect(both instanceof SourceError ? undefined : [both.attribution?.outlet, both.time]).toEqual(['شينجياڭ راديوسى', '17:49']);
    const named = parse('• كەلۋ قاينارى: ىلە گازەتى');
    expect(named instanceof SourceError ? undefined : [named.attribution?.outlet, named.paragraphs.length]).toEqual(['ىلە گازەتى', 1]);
  });

  it('takes the reactions\' question only over their buttons; alone it is the text\'s question', () => {
    const parse = (tail: string[]) => parseSource(['date 2024-03-19 В селе отремонтировали дорогу', 'Дорогу в селе отремонтировали за лето, но жители уже жалуются на ямы.', 'Что думаете об этом?', ...tail].join('\n'));
    const buttons = parse(['Нравится 0', 'Забавно 0', 'Возмутительно 0']);
    expect(buttons instanceof SourceError ? [] : buttons.paragraphs).toEqual(['Дорогу в селе отремонтировали за лето, но жители уже жалуются на ямы.']);
    const asked = parse(['Пишите свое мнение в комментариях под этой новостью на сайте.']);
    expect(asked instanceof SourceError ? [] : asked.paragraphs).toContain('Что думаете об этом?');
  });

  it('takes a YouTube video\'s id from between two Cyrillic sentences; a Latin word of eleven letters, or a Latin Kazakh text, stays', () => {
    const parse = (text: string) => parseSource(['date 2023-07-28 Жители пожаловались на шум', '', text].join('\n'));
    const glued = parse('Жители пожаловались на шум от стройки рядом с домом. koAUxQdnswo Свою жалобу они повторили на встрече.');
    expect(glued instanceof SourceError ? [] : glued.paragraphs).toEqual(['Жители пожаловались на шум от стройки рядом с домом. Свою жалобу они повторили на встрече.']);
    const word = 'Жители пожаловались на шум от стройки рядом с домом. Volkswagens Сами водители говорят, что шумят грузовики.';
    const kept = parse(word);
    expect(kept instanceof SourceError ? [] : kept.paragraphs).toEqual([word]);
    const latin = 'Turǵyndar qurylys shýyna shaǵymdandy. Qazaqstanda Bul másele búrynnan bar.';
    const latinKept = parse(latin);
    expect(latinKept instanceof SourceError ? [] : latinKept.paragraphs).toEqual([latin]);
  });

  it('takes a trail of rubrics before the headline on the date line off the title; a headline quoting a name before the mark stays whole', () => {
    const trail = parseSource(['date 2021-11-10 Новости Караганды, Новости » Цены на овощи заморозили на три месяца', '', 'Цены на овощи в области заморозили на три месяца, сообщили в акимате.'].join('\n'));
    expect(trail instanceof SourceError ? undefined : trail.title).toBe('Цены на овощи заморозили на три месяца');
    const quoted = parseSource(['date 2021-11-10 Клуб «Кайрат» » выиграл кубок страны по футболу', '', 'Алматинский клуб выиграл кубок страны по футболу в финале.'].join('\n'));
    expect(quoted instanceof SourceError ? undefined : quoted.title).toBe('Клуб «Кайрат» » выиграл кубок страны по футболу');
  });

  it('takes a line break\'s tag off a paragraph\'s end after its sentence; inside the text, or after a word, it stays', () => {
    const parse = (line: string) => parseSource(['date 2008-10-23 Байқаудың қорытындысы қарашада шығады', '', line].join('\n'));
    const closed = parse('Байқау жыл сайын өткізіліп келеді және оған көп сайт қатысады.<br>');
    expect(closed instanceof SourceError ? [] : closed.paragraphs).toEqual(['Байқау жыл сайын өткізіліп келеді және оған көп сайт қатысады.']);
    const inside = parse('Жол ауыстыру үшін <br> белгісін жазыңыз, сонда мәтін келесі жолға түседі.');
    expect(inside instanceof SourceError ? [] : inside.paragraphs).toEqual(['Жол ауыстыру үшін <br> белгісін жазыңыз, сонда мәтін келесі жолға түседі.']);
    const afterWord = parse('Мәтінді келесі жолға түсіру үшін жазатын белгі <br>');
    expect(afterWord instanceof SourceError ? [] : afterWord.paragraphs).toEqual(['Мәтінді келесі жолға түсіру үшін жазатын белгі <br>']);
  });
});

describe('the kind of piece in brackets under the headline', () => {
  it('takes a genre label in brackets, a word before it or not, in each script; a bracketed phrase saying more stays', () => {
    expect(clutterRuleOf('(Сұхбат)')?.name).toBe('rubric');
    expect(clutterRuleOf('(Sýretsóz)')?.name).toBe('rubric');
    expect(clutterRuleOf('(Retrospektivalyq súhbat)')?.name).toBe('rubric');
    expect(clutterRuleOf('(سۇحبات)')?.name).toBe('rubric');
    expect(clutterRuleOf('(Сұхбаттың соңы келесі санда)')).toBeUndefined();
    expect(clutterRuleOf('(Бұл сұхбат былтыр жазылған)')).toBeUndefined();
    expect(clutterRuleOf('Сұхбат)')).toBeUndefined();
  });
});

describe('the lines naming who reports', () => {
  it('takes a rubric the table does not name over two counters or more before the author (Lada.kz); one figure before a name stays', () => {
    expect(clutterRuleOf('Обстоятельно и подробно 0 976 Имя Фамилия')?.name).toBe('byline');
    expect(clutterRuleOf('Обстоятельно и подробно 0 3 696 Имя Фамилия')?.name).toBe('byline');
    expect(clutterRuleOf('Лучший бомбардир турнира 12 Имя Фамилия')).toBeUndefined();
    expect(clutterRuleOf('Итоговый счёт 2 1 Имя Фамилия')).toBeUndefined();
    expect(clutterRuleOf('Обстоятельно и подробно 0 976 Имя Фамилия рассказала о школах.')).toBeUndefined();
  });

  it('takes a byline naming the author\'s role and the outlet\'s domain, no verb; a sentence on a role stays', () => {
    expect(clutterRuleOf('Айгуль Серикова руководитель спецпроектов Tengrinews.kz')?.name).toBe('byline');
    expect(clutterRuleOf('Айгуль Серикова шеф-редактор Tengrinews.kz')?.name).toBe('byline');
    expect(clutterRuleOf('Айгуль Серикова стала редактором Tengrinews.kz.')).toBeUndefined();
    expect(clutterRuleOf('Айгуль Серикова руководитель спецпроектов, которые выходят на Tengrinews.kz')).toBeUndefined();
  });

  it('takes Abai.kz\'s closing signature for the source line naming Abai.kz; a sentence on information stays', () => {
    expect(clutterRuleOf('Abai.kz aqparat')?.name).toBe('source line');
    expect(clutterRuleOf('Abay aqparat')?.name).toBe('source line');
    expect(clutterRuleOf('Abai.kz aqparat portaly kóp aqparat jarııalaıdy.')).toBeUndefined();
    const signed = parseSource(['date 2025-03-13 Semeıde jańa kitaphana ashylady', 'Kóktemde qalada jańa kitaphana ashylady. Bul týraly qala ákimdigi habarlady.', 'Abay aqparat'].join('\n'));
    expect(signed instanceof SourceError ? undefined : signed.attribution).toEqual({ outlet: 'Abai.kz', via: 'qala ákimdigi' });
  });

  it('takes a signer\'s office wrapped between her signature and its place; without the place the lines stay', () => {
    const signed = parseSource(['date 2019-01-15 Ауылдағы кітапхана жаңарды', 'Ауылдағы кітапхана биыл жаңа кітаптармен толықты деп жазады оқырман.', 'Айгүл ТӨЛЕГЕНОВА,', 'Ы.Алтынсарин атындағы №5 мектеп', 'гимназияның кітапхана меңгерушісі,', 'Түркістан қаласы'].join('\n'));
    if (signed instanceof SourceError) throw signed;
    expect(signed.paragraphs).toEqual(['Ауылдағы кітапхана биыл жаңа кітаптармен толықты деп жазады оқырман.']);
    const unplaced = parseSource(['date 2019-01-15 Ауылдағы кітапхана жаңарды', 'Ауылдағы кітапхана биыл жаңа кітаптармен толықты деп жазады оқырман.', 'Айгүл ТӨЛЕГЕНОВА,', 'Мектеп кітапханасының меңгерушісі,', 'Оқушылар келесі айда жаңа оқу залында кітап оқи бастайды.'].join('\n'));
    if (unplaced instanceof SourceError) throw unplaced;
    expect(unplaced.paragraphs).toContain('Мектеп кітапханасының меңгерушісі,');
    expect(unplaced.paragraphs).toContain('Оқушылар келесі айда жаңа оқу залында кітап оқи бастайды.');
  });

  it('takes a WordPress share prompt asking to tell friends of the post; a sentence on a post stays', () => {
    expect(clutterRuleOf('Понравился пост? Расскажи об этом своим друзьям!')?.name).toBe('share prompt');
    expect(clutterRuleOf('Понравилась статья? Поделитесь с друзьями!')?.name).toBe('share prompt');
    expect(clutterRuleOf('Понравился пост блогера многим читателям, рассказали его друзья.')).toBeUndefined();
  });

  it('takes an archive\'s or a search\'s label over its list; a sentence on an archive or a search stays', () => {
    expect(clutterRuleOf('«2022-10-03» бойынша іздеу нәтижесі')?.name).toBe('search widget');
    expect(clutterRuleOf('Результаты поиска')?.name).toBe('search widget');
    expect(clutterRuleOf('Архив за 3 октября 2022')?.name).toBe('search widget');
    expect(clutterRuleOf('Архив за семью замками открыли для историков')).toBeUndefined();
    expect(clutterRuleOf('Іздеу нәтижесі бойынша жоғалған бала табылды.')).toBeUndefined();
    expect(clutterRuleOf('Результаты поиска пропавших туристов обнародовали спасатели.')).toBeUndefined();
  });

  it('takes a header\'s address with its e-mail, a paper\'s subscription promo and age rating, a maintenance notice, a listen button and a reward for readers\' news; sentences on them stay', () => {
    expect(clutterRuleOf('Ул. Абая, 20/1 gazeta@mail.ru')?.name).toBe('contact line');
    expect(clutterRuleOf('Абай көшесі, 20/1 gazeta@mail.ru')?.name).toBe('contact line');
    expect(clutterRuleOf('Өтінімдер Абай көшесі, 20 мекенжайында қабылданады.')).toBeUndefined();
    expect(clutterRuleOf('Ақтөбе обл, Шалқар қаласы, Әйтеке би көшесі, №5 үй. 8 (71335) 21000 gazeta@mail.ru')?.name).toBe('contact line');
    expect(clutterRuleOf('Өтінімдер Әйтеке би көшесі, №5 үй мекенжайында қабылданады, тел. 8 (71335) 21000')).toBeUndefined();
    expect(clutterRuleOf('«Ауыл» газетіне жазылу жалғасуда! Индекс 65432, бағасы 3200 теңге.')?.name).toBe('subscribe prompt');
    expect(clutterRuleOf('Облыста газетке жазылу жалғасуда, деді пошта басшысы.')).toBeUndefined();
    expect(clutterRuleOf('«Ауыл» газетіне жазылу жалғасуда, деді пошта басшысы.')).toBeUndefined();
    expect(clutterRuleOf('Возрастное ограничение 18+')?.name).toBe('age notice');
    expect(clutterRuleOf('Ведутся технические работы. Сайт может открываться медленно. Приносим извинения за неудобства!')?.name).toBe('page head');
    expect(clutterRuleOf('Ведутся технические работы на подстанции, жителей просят запастись водой.')).toBeUndefined();
    expect(clutterRuleOf('Слушать новость')?.name).toBe('media player');
    expect(clutterRuleOf('Присылайте новости нашему Дежурному – получайте вознаграждение!')?.name).toBe('tip prompt');
    expect(clutterRuleOf('Присылайте новости в районную газету, призвал читателей редактор.')).toBeUndefined();
    expect(clutterRuleOf('Слушать новость о погоде жители села могут по радио каждый день.')).toBeUndefined();
  });

  it('takes a day\'s dated banner for page matter over a headline and its lead; alone over the lead it is the headline', () => {
    const banner = parseSource(['date 2022-01-10 10 января — День общенационального траура', 'Новости', 'В области начался отопительный сезон', 'В областном центре тепло начали подавать в многоэтажные дома, сообщили в акимате.'].join('\n'));
    expect(banner instanceof SourceError ? undefined : banner.title).toBe('В области начался отопительный сезон');
    const headline = parseSource(['date 2022-01-10 10 января — День общенационального траура', 'В стране приспущены флаги, отменены все развлекательные мероприятия.'].join('\n'));
    expect(headline instanceof SourceError ? undefined : headline.title).toBe('10 января — День общенационального траура');
  });

  it('keeps a short title closing on a period over the page\'s stamp, an agency after it, as the headline when the lead names a word of it; a title naming none is refused', () => {
    const stamped = parseSource(['date 2002-03-14 В районе открыли пункт проката велосипедов.', '14 марта 2002, 08:22, ИА Степь', 'Пункт проката велосипедов заработал в парке у дома культуры, рассказал аким.'].join('\n'));
    expect(stamped instanceof SourceError ? undefined : stamped.title).toBe('В районе открыли пункт проката велосипедов.');
    const unrelated = parseSource(['date 2002-03-14 Жители дома пожаловались на шум стройки.', '14 марта 2002, 08:22', 'Снегопад продлится до выходных, предупредили синоптики.'].join('\n'));
    expect(unrelated).toBeInstanceOf(SourceError);
  });

  it('takes a header\'s saying signed by its author for page matter over a headline and its lead; a headline over its byline stays the title', () => {
    const motto = parseSource(['date 2023-05-01 «Білім бұлағы сусаған жанға сусын береді.»', 'Абай', 'Ауданда жаңа кітапхана ашылды', 'Аудан орталығында бүгін жаңа кітапхана оқырмандарға есігін ашты.'].join('\n'));
    expect(motto instanceof SourceError ? undefined : motto.title).toBe('Ауданда жаңа кітапхана ашылды');
    const byline = parseSource(['date 2023-05-01 Кітапханаға он мың кітап келді.', 'Асқар Бекұлы', 'Аудан орталығында бүгін жаңа кітапхана оқырмандарға есігін ашты.'].join('\n'));
    expect(byline instanceof SourceError ? undefined : byline.title).toBe('Кітапханаға он мың кітап келді.');
    const question = parseSource(['date 2023-05-01 Кто заплатит за новый свет?', 'Анна Белова', 'Тарифы и счета', 'В городе с мая вырастут тарифы на электричество для жителей.'].join('\n'));
    expect(question instanceof SourceError ? undefined : question.title).toBe('Кто заплатит за новый свет?');
  });

  it('reads a wire\'s dateline over a lead naming another outlet as reporting as the agency via it; an office named so stays the agency\'s source', () => {
    const portal = parseSource('date 2023-03-26 Жолда жүк көлігі тоқтап қалды\nАСТАНА, 26 наурыз – Sputnik. Ақтөбе облысында жүк көлігі жолда тоқтап қалды, деп хабарлайды "Дала" порталы.\n');
    expect(portal instanceof SourceError ? undefined : portal.attribution).toEqual({ outlet: 'Sputnik', via: 'Дала' });
    const russian = parseSource('date 2023-03-26 На трассе застрял грузовик\nАСТАНА, 26 мар – Sputnik. В Актюбинской области на трассе застрял грузовик, сообщает портал "Дала".\n');
    expect(russian instanceof SourceError ? undefined : russian.attribution).toEqual({ outlet: 'Sputnik', via: 'Дала' });
    const office = parseSource('date 2023-03-26 Жолда жүк көлігі тоқтап қалды\nАСТАНА, 26 наурыз – Sputnik. Ақтөбе облысында жүк көлігі жолда тоқтап қалды, деп хабарлады облыс әкімдігі.\n');
    expect(office instanceof SourceError ? undefined : office.attribution).toEqual({ outlet: 'Sputnik' });
  });

  it('takes `По сообщению` and a listed outlet, a domain or a name in quotes for the source line; a sentence on a message stays', () => {
    expect(clutterRuleOf('По сообщению КазТАГ')?.name).toBe('source line');
    expect(clutterRuleOf('По сообщению Zakon.kz.')?.name).toBe('source line');
    expect(clutterRuleOf('По сообщению «Хабар 24»')?.name).toBe('source line');
    expect(clutterRuleOf('По сообщению очевидцев')).toBeUndefined();
    expect(clutterRuleOf('По сообщению очевидцев, пожар начался ночью на складе.')).toBeUndefined();
    const signed = parseSource(['date 2025-03-13 Осенью ожидают новую волну гриппа', 'Осенью ожидается новая волна гриппа, сказал представитель ведомства.', 'По сообщению КазТАГ'].join('\n'));
    expect(signed instanceof SourceError ? undefined : signed.attribution).toEqual({ outlet: 'КазТАГ' });
  });

  it('takes a visits-in-a-row widget for a counter; a sentence on days spent together stays', () => {
    expect(clutterRuleOf('Провели подряд дней с нами')?.name).toBe('counter');
    expect(clutterRuleOf('Провели 12 дней подряд с нами')?.name).toBe('counter');
    expect(clutterRuleOf('Провели два дня с нами на даче и уехали домой.')).toBeUndefined();
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
    // A rubric of up to three words before a bullet and the stamp.
    expect([metaLine('Су тасқыны • 16 Наурыз, 2023'), metaLine('Білім мен ғылым • Бүгін, 10:32')]).toEqual(['stamp', 'stamp']);
    expect([metaLine('Көктемгі су тасқыны биыл ерте басталды • 16 Наурыз, 2023'), metaLine('Су тасқыны • биыл')]).toEqual([undefined, undefined]);
    // With no bullet, a rubric of two or three words in small letters after the first before the date in its
    // own form; two capitalised words there are a byline, a word after the year or a fourth word a headline.
    expect([metaLine('Eń qysqa áńgime 26 Shilde, 2024'), metaLine('Ел іші 16 Наурыз, 2023')]).toEqual(['stamp', 'stamp']);
    expect([metaLine('Айгүл Сейітова 16 Наурыз, 2023'), metaLine('Көктемгі су тасқыны биыл 16 Наурыз, 2023'), metaLine('Ел іші 16 Наурыз, 2023 басталды')]).toEqual([undefined, undefined, undefined]);
    // Two capitalised words joined by `and` are a rubric; with nothing between, a byline's name.
    expect([metaLine('El jáne Elbasy 03 Shilde, 2021'), metaLine('Ел және Елбасы 03 Шілде, 2021')]).toEqual(['stamp', 'stamp']);
    expect([metaLine('El Elbasy 03 Shilde, 2021'), metaLine('Ел және Елбасы келді 03 Шілде, 2021')]).toEqual([undefined, undefined]);
    // The rubric labelled after a stamp; under its label, a sentence or a number makes no stamp.
    expect(metaLine('Дата: 01 декабря 2025 в 13:08 Категория: Новости политики')).toBe('stamp');
    expect([metaLine('Дата: 01 декабря 2025 Категория: новости за 2025 год'), metaLine('Категория: Новости')]).toEqual([undefined, undefined]);
  });

  it('reads a trail of rubrics before a stamp with its hour or counters, and a time zone after the clock, as a stamp; a headline after a trail is none', () => {
    expect([metaLine('Новости / Новости и События 22 ноябрь 2017 г. 508 0'), metaLine('Главная / Спорт 12.03.2024 15:30'), metaLine('Обновлено: 17.01.2026, 19:15 (АСТ)')]).toEqual(['stamp', 'stamp', 'stamp']);
    expect([
      metaLine('Кино / Премьера состоится 22 ноября'),
      metaLine('Итоги / Выборы прошли 22 ноября 2017 г.'),
      metaLine('Новости / В Астане открыли 12 школ'),
      metaLine('Новости / Общество'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('takes a weekday for a stamp only beside a date or a time: alone, or beside hours, it labels a schedule, and hours are no stamp', () => {
    expect([metaLine('Вторник, 14:30'), metaLine('Бейсенбі, 16 қазан 2025')]).toEqual(['stamp', 'stamp']);
    expect([metaLine('Понедельник'), metaLine('Дүйсенбі'), metaLine('Понедельник 09:00-18:00'), metaLine('Суббота: 10-16'), metaLine('10:00 – 16:00')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const article = parseSource('date 2026-01-30 Каток у набережной открылся для всех\nКаток будет работать всю зиму по новому расписанию, сообщили в акимате.\nПонедельник\n09:00-18:00\nСуббота\n10:00-16:00\n');
    expect(article instanceof SourceError ? article.reason : article.paragraphs.slice(1)).toEqual(['Понедельник', '09:00-18:00', 'Суббота', '10:00-16:00']);
  });

  it('takes a programme\'s airtime (a range of weekdays and the hour) and its episode\'s date for its schedule, no stamp; one weekday beside the hour stays a stamp', () => {
    expect([metaLine('Понедельник-пятница, 21:00'), metaLine('Повтор: Вторник-суббота, 12:00'), metaLine('Вторник, 14:30')]).toEqual([undefined, undefined, 'stamp']);
    expect(['Понедельник-пятница, 21:00', 'Повтор: Вторник-суббота, 12:00', 'Дүйсенбі-жұма, 21:00', 'Выпуск от 14.11.2024'].map((text) => clutterRuleOf(text)?.name)).toEqual(['broadcast schedule', 'broadcast schedule', 'broadcast schedule', 'broadcast schedule']);
    expect(clutterRuleOf('Музей открыт со вторника по субботу, 10:00')?.name).not.toBe('broadcast schedule');
  });

  it('takes a TV schedule banner naming the programme\'s kind before its title or after it, never a sentence about a broadcast', () => {
    expect(['14:20 Прямой эфир Многосерийный фильм «ДОРОГА ДОМОЙ»', '18:10 Далее в эфире Фильм «ЛЕТО»', '3:15 Прямой эфир «ТАМАША CITY» бағдарламасы', 'Тікелей эфир Фильм «КӨКТЕМ»'].map((text) => clutterRuleOf(text)?.name)).toEqual(['broadcast schedule', 'broadcast schedule', 'broadcast schedule', 'broadcast schedule']);
    expect(clutterRuleOf('Прямой эфир фильма «ДОРОГА ДОМОЙ» посмотрели тысячи зрителей')?.name).not.toBe('broadcast schedule');
  });

  it('takes a footer\'s link to the site\'s accounts however `соцсетях` is spelt; a sentence about social networks stays', () => {
    expect(['Мы в соц сетях:', 'Мы в соц. сетях', 'Мы в соцсетях'].map((text) => clutterRuleOf(text)?.name)).toEqual(['page foot', 'page foot', 'page foot']);
    expect(clutterRuleOf('Мы в соц сетях публикуем новости каждый день')?.name).toBeUndefined();
  });

  it('takes a banner with a premiere\'s label before the programme and its kind after it, periods between; another word after the name is a sentence\'s', () => {
    expect(['18:30 Тікелей эфир ПРЕМЬЕРА. «КӨКТЕМ ӘУЕНІ». КОНЦЕРТ', 'Прямой эфир Премьера «ЛЕТО». Фильм'].map((text) => clutterRuleOf(text)?.name)).toEqual(['broadcast schedule', 'broadcast schedule']);
    expect(clutterRuleOf('Тікелей эфир «КӨКТЕМ ӘУЕНІ». Концерт кешке басталады')?.name).not.toBe('broadcast schedule');
  });

  it('takes a city or the sky for the weather widget only above its temperature or the sky', () => {
    expect([clutterRuleOf('Павлодар', '-8°')?.name, clutterRuleOf('Нур-Султан (Астана)', '+3°')?.name, clutterRuleOf('Усть-Каменогорск', 'ясно')?.name, clutterRuleOf('пасмурно', '+11°')?.name]).toEqual(['weather', 'weather', 'weather', 'weather']);
    expect([clutterRuleOf('Павлодар')?.name, clutterRuleOf('Павлодар', 'В городе открыли новый каток.')?.name, clutterRuleOf('ясно', 'Причина аварии пока не установлена.')?.name]).toEqual([undefined, undefined, undefined]);
  });

  it('takes a widget\'s last excerpt the copy cut off mid-sentence, never a last line closing its sentence', () => {
    const page = (last: string) => `date 2026-01-15 В Семее закрыли каток в парке\nКаток в центральном парке Семея закроют на неделю из-за морозов, сообщили в акимате.\nНовые статьи\nВ Семее продлили автобусный маршрут\n${last}\n`;
    const cut = parseSource(page('Жители микрорайона просили продлить маршрут, и теперь автобус будет ходить каждые'));
    expect(cut instanceof SourceError ? cut.reason : cut.paragraphs).toEqual(['Каток в центральном парке Семея закроют на неделю из-за морозов, сообщили в акимате.']);
    const closed = parseSource(page('Жители микрорайона просили продлить маршрут, и теперь автобус будет ходить чаще.'));
    expect(closed instanceof SourceError ? closed.reason : closed.paragraphs.at(-1)).toBe('Жители микрорайона просили продлить маршрут, и теперь автобус будет ходить чаще.');
  });

  it('refuses a page that holds only a widget or a list of names, never a short report', () => {
    const widget = parseSource('date 2024-01-10 Павлодар\nясно\n-8°\nАлматы\n+5°\nАстана\n-12°\n');
    expect(widget instanceof SourceError ? widget.reason : widget.title).toMatch(/weather/u);
    const cut = parseSource('date 2024-01-10 Павлодар\nясно\n-8°\nАлматы\n+5°\nВ Павлодаре открыли каток\n');
    expect(cut instanceof SourceError ? cut.reason : cut.title).toMatch(/no report text, only the site's weather widget/u);
    const names = parseSource('date 2024-01-10 Павлодар\n\nАлматы\nАстана\nШымкент\n');
    expect(names instanceof SourceError ? names.reason : names.title).toMatch(/no report text, only a list of names/u);
    const report = parseSource('date 2024-01-10 В Павлодаре открыли каток\nКаток залили во дворе школы.\nВход свободный.\n');
    expect(report instanceof SourceError ? report.reason : report.title).toBe('В Павлодаре открыли каток');
  });

  it('leaves out a programme\'s description only between its airtime and the label of the episode\'s contents, and its name before the headline only on its page', () => {
    const page = (label: string) => `date 2024-11-14 Новости\nНовости - В Караганде закрыли трассы из-за гололеда\nВыпуск от 14.11.2024\nПонедельник-пятница, 21:00\nВечерний выпуск новостей рассказывает о самых важных событиях страны каждый день.\n${label}В Карагандинской области ночью дороги покрылись льдом, и полиция перекрыла движение.\n`;
    const labelled = parseSource(page('В этом выпуске:\n'));
    const bare = parseSource(page(''));
    expect(labelled instanceof SourceError ? labelled.reason : [labelled.title, labelled.paragraphs.length]).toEqual(['В Караганде закрыли трассы из-за гололеда', 1]);
    expect(bare instanceof SourceError ? bare.reason : bare.paragraphs.length).toBe(2);
    const ordinary = parseSource('date 2024-11-14 Культура - основа единства нашего народа\nВ Астане прошел форум, на котором говорили о роли культуры в жизни страны.\n');
    expect(ordinary instanceof SourceError ? ordinary.reason : ordinary.title).toBe('Культура - основа единства нашего народа');
  });

  it.each([
    ['12:24, 27 Ноябрь 2025 | GMT +5', { time: '12:24', date: '2025-11-27' }],
    ['29.03.2023 12:52', { time: '12:52', date: '2023-03-29' }],
    ['2 апреля 2026, 11:15', { time: '11:15', date: '2026-04-02' }],
    ['15:40, 24 - اقپان 2026 | GMT +5', { time: '15:40', date: '2026-02-24' }],
    ['Жаңалықтар 210 0 пікір 10 Наурыз, 2026 сағат 18:05', { time: '18:05', date: '2026-03-10' }],
    ['9:05', { time: '09:05' }],
    ['Сұхбат • 21 Ақпан, 2025', { date: '2025-02-21' }],
    ['23 апреля Вторник 2024, 19:29', { time: '19:29', date: '2024-04-23', weekday: 2 }],
    // A site clock's weekday is read; its month typed with the Latin `i` too.
    ['Жұма, 19 сәуiр, 15:16', { time: '15:16', day: '04-19', weekday: 5 }],
    ['c 15:36, 27/05/2019 c 447', { time: '15:36', date: '2019-05-27' }],
    // The Latin alphabet with `ş`, `ı` and `w` some Kazakh sites print: weekday and month read.
    ['Beysenbi, 16 Şilde 2020', { date: '2020-07-16', weekday: 4 }],
    ['Abay mwrası 1248 1 pikir 2 Mausım, 2020 sağat 11:04', { time: '11:04', date: '2020-06-02' }],
  ])('reads the stamp %s', (line, stamp) => {
    expect(readStamp(line)).toEqual(stamp);
  });
});

describe('a standings widget and a list dash alone', () => {
  const body = 'Клуб подписал контракт с новым тренером на два сезона вперед.\nТренер назвал главные задачи:\n-\nвернуть команду в число призеров;\n-\nдать шанс молодым игрокам.\n';
  it('leaves out the widget under the text, its label and its rows, the last one cut off', () => {
    const article = parseSource(`date 2026-01-08 У клуба новый тренер\n${body}Турнирная таблица\n| № | Команда | О |\n|---|---|---|\n| 1 | Команда А | 5\n`);
    expect(article instanceof SourceError ? article.reason : article.paragraphs).toEqual([
      'Клуб подписал контракт с новым тренером на два сезона вперед.',
      'Тренер назвал главные задачи:',
      'вернуть команду в число призеров;',
      'дать шанс молодым игрокам.',
    ]);
  });
  it('keeps a sentence after the label: the block holds rows and labels only', () => {
    const article = parseSource(`date 2026-01-08 У клуба новый тренер\n${body}Турнирная таблица\nКоманда поднялась на третье место после этой победы в гостях.\n`);
    expect(article instanceof SourceError ? article.reason : article.paragraphs.at(-1)).toBe('Команда поднялась на третье место после этой победы в гостях.');
  });
  it('reads a name shaped as a byline under a source\'s label as the source, and a byline elsewhere as no outlet', () => {
    const text = 'Читатели жалуются, что ремонт в библиотеке идет уже второй год.\n';
    const labelled = parseSource(`date 2021-10-01 Когда откроют библиотеку\nИсточник:\nУстинка LIVE\n\n${text}`);
    const alone = parseSource(`date 2021-10-01 Когда откроют библиотеку\nУстинка LIVE\n\n${text}`);
    expect(labelled instanceof SourceError ? labelled.reason : labelled.attribution?.outlet).toBe('Устинка LIVE');
    expect(alone instanceof SourceError ? alone.reason : alone.attribution?.outlet).toBeUndefined();
  });
  it('reads a club named after its form as the photo credit, and keeps a sentence naming it', () => {
    const article = parseSource('date 2025-04-14 Клуб вышел в лидеры\nКоманда одержала победу в гостях и возглавила таблицу.\nфото ФК «Актобе»\nфото ФК «Актобе» облетело соцсети за вечер.\n');
    expect(article instanceof SourceError ? article.reason : [article.photoCredit, article.paragraphs.length]).toEqual(['ФК «Актобе»', 2]);
  });
});

describe('other reports around the report', () => {
  const parse = (body: string) => {
    const article = parseSource(`date 2023-10-28 В Темиртау открыли новый каток\n\nВ Темиртау в субботу открыли крытый каток на сто пятьдесят мест.\n\n${body}\n`);
    if (article instanceof SourceError) throw article;
    return article.paragraphs;
  };

  it('takes a feed under the text to the end of the copy only when its label stands over a headline', () => {
    expect(parse('Лента новостей\n\nНа ремонт городского моста выделят два миллиарда тенге\n\nМост через реку построили больше полувека назад, весной его закрыли.')).toEqual([
      'В Темиртау в субботу открыли крытый каток на сто пятьдесят мест.',
    ]);
    // Over a sentence the label heads nothing: the text goes on.
    expect(parse('Последние новости\n\nКататься на нём можно будет каждый день с утра до позднего вечера.')).toContain('Кататься на нём можно будет каждый день с утра до позднего вечера.');
    // A link to a related report may stand inside the text: the paragraph after its headline stays.
    expect(parse('Новости по теме:\n\nНа ремонт городского моста выделят два миллиарда тенге\n\nКататься на нём можно будет каждый день с утра до позднего вечера.')).toContain('Кататься на нём можно будет каждый день с утра до позднего вечера.');
  });

  it('takes the rest of the copy as other reports under «Другие новости» or the pager\'s «Следующая новость» over a headline under the text; over a sentence, or above the text, they head nothing more', () => {
    expect(parse('Другие новости\n\nНа ремонт городского моста выделят два миллиарда тенге\n\n10 апреля 2024\n\nМост через реку построили больше полувека назад, весной его закрыли.')).toEqual([
      'В Темиртау в субботу открыли крытый каток на сто пятьдесят мест.',
    ]);
    expect(parse('Следующая новость\n\nНа ремонт городского моста выделят два миллиарда тенге\n\nМост через реку построили больше полувека назад, весной его закрыли.')).toEqual([
      'В Темиртау в субботу открыли крытый каток на сто пятьдесят мест.',
    ]);
    expect(parse('Другие новости\n\nКататься на нём можно будет каждый день с утра до позднего вечера.')).toContain('Кататься на нём можно будет каждый день с утра до позднего вечера.');
    const above = parseSource('date 2024-04-10 В Темиртау открыли каток\nДругие новости\nНа ремонт городского моста выделят два миллиарда тенге\nВ Темиртау в субботу открыли крытый каток на сто пятьдесят мест.\nКататься на нём можно будет каждый день с утра до позднего вечера.\n');
    expect(above instanceof SourceError ? [] : above.paragraphs).toContain('Кататься на нём можно будет каждый день с утра до позднего вечера.');
  });

  it('takes an advert\'s words to the reader under its label at the copy\'s end; a report\'s paragraph or a quote there stays', () => {
    expect(parse('Реклама\n\nДорогие учителя! Благодарим вас за терпение и поздравляем с праздником')).toHaveLength(1);
    expect(parse('Реклама\n\nКататься на нём можно будет каждый день с утра до позднего вечера.')).toContain('Кататься на нём можно будет каждый день с утра до позднего вечера.');
    expect(parse('Реклама\n\n«Приглашаем вас на открытие в субботу», — сказал директор катка.')).toContain('«Приглашаем вас на открытие в субботу», — сказал директор катка.');
  });

  it('takes the entries of a list of reports after the first: under a headline an excerpt closed by its «more» link, or their rubric and stamp again', () => {
    const listed = parseSource('date 2023-10-30 В парке высадят двести клёнов\n\nВесной в центральном парке высадят двести молодых клёнов. (далее…)\n\nПочему в микрорайоне нет воды\n\nЖители северного микрорайона третью неделю живут без воды. (далее…)\n');
    if (listed instanceof SourceError) throw listed;
    expect(listed.paragraphs).toEqual(['Весной в центральном парке высадят двести молодых клёнов.']);
    // A subheading over a paragraph with no such link is the report's.
    const own = parseSource('date 2023-10-30 В парке высадят двести клёнов\n\nВесной в центральном парке высадят двести молодых клёнов.\n\nПочему выбрали клёны\n\nЭти деревья хорошо переносят морозы и растут быстро, пояснили в акимате.\n');
    if (own instanceof SourceError) throw own;
    expect(own.paragraphs).toHaveLength(3);
    const entries = parseSource('date 2025-03-22 Зайсанда көпір салына бастады\n\nАймақтар • Бүгін, 10:20\n\nЗайсанда көпір салына бастады\n\nАуданда өзен арқылы өтетін жаңа көпірдің құрылысы басталды, ол екі ауылды жалғайды.\n\nҚоғам • Кеше\n\nАуылда кітапхана ашылды\n\nШағын ауылда жаңа кітапхана есігін ашып, оған үш мың кітап әкелінді.\n');
    if (entries instanceof SourceError) throw entries;
    expect(entries.paragraphs).toEqual(['Ауданда өзен арқылы өтетін жаңа көпірдің құрылысы басталды, ол екі ауылды жалғайды.']);
  });

  it('takes a caption glued before a copy of the page\'s stamp above the lead; a line ending on those words under it stays', () => {
    const article = parseSource('date 2025-10-24 В Актобе перенесли праздник\n\nСегодня, 11:40\n\nкадр из видео Сегодня, 11:40\n\nВ Актобе перенесли праздничный концерт, намеченный на выходные.\n\nКонцерт пройдёт позже, как и было решено Сегодня, 11:40\n');
    if (article instanceof SourceError) throw article;
    expect(article.paragraphs).toEqual(['В Актобе перенесли праздничный концерт, намеченный на выходные.', 'Концерт пройдёт позже, как и было решено Сегодня, 11:40']);
  });

  it('takes a city\'s news section over the dek, never a digest\'s title over its date', () => {
    expect(clutterRuleOf('Новости Астаны', 'В городском архиве открылась выставка снимков первых лет столицы')?.name).toBe('rubric');
    expect(clutterRuleOf('Новости Темиртау', '13.02.2020')).toBeUndefined();
    expect(clutterRuleOf('Новости Темиртау')).toBeUndefined();
  });
});


describe('a page head and foot around a short headline', () => {
  it('takes the Kazakh label of the publication date for a stamp; a day named with its date stays', () => {
    expect(clutterRuleOf('Жарияланған күні: 19.09.2024')?.name).toBe('date or time stamp');
    expect(clutterRuleOf('Jarııalanǵan kúni: 19.09.2024')?.name).toBe('date or time stamp');
    expect(clutterRuleOf('Жеңіс күні 9 мамыр')).toBeUndefined();
  });

  it('takes a captcha field\'s label with its checkbox marks; a sentence on robots stays', () => {
    expect(clutterRuleOf('Сіз робот еместігіңізді растаңыз - [] *:')?.name).toBe('comment form');
    expect(clutterRuleOf('Подтвердите, что вы не робот')?.name).toBe('comment form');
    expect(clutterRuleOf('Подтвердите, что вы не робот, чтобы получить доступ к архиву газеты.')).toBeUndefined();
    expect(clutterRuleOf('Сіз робот еместігіңізді растаңыз деген жазуды көрдік.')).toBeUndefined();
  });

  it('takes a newspaper\'s name with its tagline saying what it is; a headline on a newspaper stays', () => {
    expect(clutterRuleOf('Голос степи — газета для всех, кто любит свой край')?.name).toBe('masthead');
    expect(clutterRuleOf('Жаңа өмір – аудандық қоғамдық-саяси газет')?.name).toBe('masthead');
    expect(clutterRuleOf('Аудандық «Жаңа өмір» газеті')?.name).toBe('masthead');
    expect(clutterRuleOf('Жаңа оқулық – газет бетінде')).toBeUndefined();
    expect(clutterRuleOf('Голос степи — газета, которую читают в каждом селе.')).toBeUndefined();
  });

  it('keeps a quote glued to who said it where another report\'s teaser would stand', () => {
    const quoted = parseSource(['date 2026-01-19 В городе пройдут учения полиции', 'Полиция города предупредила жителей о плановых учениях в промышленной зоне.', '"Целью мероприятия является проверка готовности сил и средств".Пресс-служба ДП города', 'Ранее в сети распространяли ложные сообщения об угрозах.'].join('\n'));
    expect(quoted instanceof SourceError ? [] : quoted.paragraphs).toHaveLength(3);
    const teaser = parseSource(['date 2026-01-19 В городе пройдут учения полиции', 'Полиция города предупредила жителей о плановых учениях в промышленной зоне.', 'Целью мероприятия является проверка готовности сил и средств', 'Ранее в сети распространяли ложные сообщения об угрозах.'].join('\n'));
    expect(teaser instanceof SourceError ? [] : teaser.paragraphs).toHaveLength(2);
  });

  it('reads the outlet a body told and the outlet that reported first; an earlier report recalled names none', () => {
    const told = parseSource(['date 2011-11-15 В городе усилили посты', 'На въездах в город выставлены посты полиции, сообщили КазТАГ в пресс-службе департамента.'].join('\n'));
    expect(told instanceof SourceError ? undefined : told.attribution).toEqual({ outlet: 'КазТАГ' });
    const bodyOnly = parseSource(['date 2011-11-15 В городе усилили посты', 'На въездах в город выставлены посты полиции, сообщили в пресс-службе департамента.'].join('\n'));
    expect(bodyOnly instanceof SourceError ? undefined : bodyOnly.attribution?.outlet).not.toBe('КазТАГ');
    const retold = parseSource(['date 2018-04-02 Ауылдастар көпірді жөндеді', 'Ауыл тұрғындары ескі көпірді өз қаражатына жөндеп шықты.', 'ҚазАқпарат хабарлағандай, тұрғындар алдымен ортақ қор құрған.'].join('\n'));
    expect(retold instanceof SourceError ? undefined : retold.attribution).toEqual({ outlet: 'Kazinform' });
    const recalled = parseSource(['date 2018-04-02 Ауылдастар көпірді жөндеді', 'Ауыл тұрғындары ескі көпірді өз қаражатына жөндеп шықты.', 'Бұған дейін Tengrinews.kz хабарлағандай, көпір бір жыл бұрын бұзылған.'].join('\n'));
    expect(recalled instanceof SourceError ? undefined : recalled.attribution).toBeUndefined();
  });

  it('reads the outlet a body told in Kazakh, the body as its source; a site no name or domain names is none', () => {
    const told = parseSource(['date 2024-05-14 Жол жөндеуі басталды', 'Биыл облыста жүз шақырым жол жөнделеді. Ақпаратты Zakon.kz сайтына облыстық жолдар басқармасы хабарлады.'].join('\n'));
    expect(told instanceof SourceError ? undefined : told.attribution).toEqual({ outlet: 'Zakon.kz', via: 'облыстық жолдар басқармасы' });
    const about = parseSource(['date 2024-05-14 Жол жөндеуі басталды', 'Биыл облыста жүз шақырым жол жөнделеді. Бұл туралы Kazinform агенттігіне облыс әкімдігі айтты.'].join('\n'));
    expect(about instanceof SourceError ? undefined : about.attribution).toEqual({ outlet: 'Kazinform', via: 'облыс әкімдігі' });
    const unnamed = parseSource(['date 2024-05-14 Жол жөндеуі басталды', 'Биыл облыста жүз шақырым жол жөнделеді. Ақпаратты облыс газетінің сайтына басқарма хабарлады.'].join('\n'));
    expect(unnamed instanceof SourceError ? undefined : unnamed.attribution).toBeUndefined();
  });

  it('reads an agency in quotes and capitals opening the dateline before the day and the city; a quoted phrase in small letters is none', () => {
    const lead = '"КАЗАХСТАН СЕГОДНЯ". 2 сентября. КОСТАНАЙ. В городе открыли новую школу, сообщает корреспондент агентства.';
    const dated = parseSource(['date 2024-09-02 В Костанае открыли школу', lead].join('\n'));
    expect(dated instanceof SourceError ? undefined : dated.attribution).toEqual({ outlet: 'KAZAKHSTAN TODAY' });
    const phrase = parseSource(['date 2024-09-02 В Костанае открыли школу', '"Новая школа". 2 сентября. Так назвали проект, который стартовал в области этой осенью.'].join('\n'));
    expect(phrase instanceof SourceError ? undefined : phrase.attribution).toBeUndefined();
  });
  it('takes a shut comment form\'s notice and a screen reader plugin\'s buttons; a sentence on closed comments stays', () => {
    expect(clutterRuleOf('Comments are closed.')?.name).toBe('comment form');
    expect(clutterRuleOf('Пікір қалдыру жабық.')?.name).toBe('comment form');
    expect(clutterRuleOf('Page Reader Press Enter to Read Page C')?.name).toBe('screen reader widget');
    expect(clutterRuleOf('Комментарии закрыты после жалоб читателей на оскорбления в ветке.')).toBeUndefined();
    expect(clutterRuleOf('Сайттағы пікір қалдыру бөлімі жабық тұр, деді редактор.')).toBeUndefined();
  });

  it('takes a rubric\'s link with the main section glued after it; with a space or inside a sentence it stays', () => {
    expect(clutterRuleOf('«Газет» жобасына – 30 жылБас тақырып')?.name).toBe('rubric');
    expect(clutterRuleOf('ҚоғамБасты жаңалықтар')?.name).toBe('rubric');
    expect(clutterRuleOf('ОбществоГлавная тема')?.name).toBe('rubric');
    expect(clutterRuleOf('Газеттің бүгінгі нөмірінің бас тақырып')).toBeUndefined();
    expect(clutterRuleOf('Редакция жиналысында талқыланған мәселе Бас тақырып')).toBeUndefined();
    expect(clutterRuleOf('Бұл мақала газеттің жылдық Бас тақырып болды.')).toBeUndefined();
  });
});

describe('a title shaped as a press review\'s quoted section heading', () => {
  const page = (title: string, heading: string) =>
    parseSource([`date 2021-01-08 ${title}`, '', 'Журнал өз мақаласында елдегі ұлттардың татулығы ұзақ жылдар бойы қалыптасқан дәстүр екенін жазды.', heading, '', 'Тағы бір сайт жастардың мамандық таңдауы туралы сауалнаманың қорытындысын жариялады.'].join('\n'));

  it('is refused when another such heading stands between two paragraphs under it', () => {
    const refused = page('«Ортақ үйіміз – ортақ мұра»', '«Жол таңдау»');
    expect(refused instanceof SourceError ? refused.message : '').toContain("section's heading");
  });

  it('stays the headline when the quote under it is a sentence of more words, or the headline printed again', () => {
    const pull = page('«Ортақ үйіміз – ортақ мұра»', '«Біз бұл дәстүрді балаларымызға да үйретуіміз керек», – деді ол.');
    expect(pull instanceof SourceError ? undefined : pull.title).toBe('«Ортақ үйіміз – ортақ мұра»');
    const again = page('«Ортақ үйіміз – ортақ мұра»', '«Ортақ үйіміз – ортақ мұра»');
    expect(again instanceof SourceError ? undefined : again.title).toBe('«Ортақ үйіміз – ортақ мұра»');
  });
});

describe('the copy\'s end under a regional report', () => {
  const article = (...lines: string[]) => {
    const parsed = parseSource(['date 2024-03-05 Ауылда жаңа спорт кешені ашылды', ...lines].join('\n'));
    if (parsed instanceof SourceError) throw parsed;
    return parsed;
  };
  const LEAD = 'Аудан орталығында үш қабатты спорт кешені салтанатты түрде ашылды.';
  const MORE = 'Кешенде жүзу бассейні мен күрес залы бар, оған күн сайын жүздеген бала келеді.';

  it('takes the Telegram promo with its slogan first and a pointer to a lost video; the sentences saying so stay', () => {
    expect(clutterRuleOf('Қысқа да нұсқа. Жазылыңыз telegram - ға')?.name).toBe('subscribe prompt');
    expect(clutterRuleOf('Толығырақ видеоматериалдан көре аласыздар!')?.name).toBe('media player');
    expect(clutterRuleOf('Подробнее смотрите в видеосюжете.')?.name).toBe('media player');
    expect(clutterRuleOf('Бұл туралы толығырақ видеоматериалдан көре аласыздар деді ол.')).toBeUndefined();
    expect(clutterRuleOf('Ауыл тұрғындары Telegram арнасына жазылып, жаңалықтарды бірінші біледі.')).toBeUndefined();
  });

  it('takes the site\'s address alone as the source line; a sentence naming it stays', () => {
    expect(clutterRuleOf('www.zhaikpress.kz')?.name).toBe('source line');
    expect(clutterRuleOf('Толық нұсқасын www.zhaikpress.kz сайтынан оқи аласыздар.')).toBeUndefined();
  });

  it('takes the outlet\'s name alone in quotes closing the copy as its sign-off; a quoted name inside the text stays', () => {
    const signed = article(LEAD, MORE, '«Өскен өңір» – ақпарат.');
    expect(signed.paragraphs).toEqual([LEAD, MORE]);
    expect(signed.attribution).toEqual({ outlet: 'Өскен өңір' });
    const heading = article(LEAD, '«Жас қанат»', MORE);
    expect(heading.paragraphs).toContain('«Жас қанат»');
    expect(article(LEAD, MORE, '«Біз жеңеміз, ағайын»').paragraphs.at(-1)).toBe('«Біз жеңеміз, ағайын»');
  });

  it('takes the place under a closing signature; above the text the word under a name stays the page head\'s', () => {
    const placed = article(LEAD, MORE, 'Айгүл САПАРОВА', 'Қаратөбе ауданы');
    expect(placed.paragraphs).toEqual([LEAD, MORE]);
    expect(clutterRuleOf('Анна ПЕТРОВА, Ивановская школа')?.name).toBe('byline');
    expect(clutterRuleOf('Анна ПЕТРОВА, директор школы, рассказала о планах.')).toBeUndefined();
    // Above a dash the name with her office introduces her words.
    const speaker = article(LEAD, 'Айгүл САПАРОВА, Қаратөбе мектебінің директоры', '– Балалар бассейнге күн сайын келеді, біз қуаныштымыз.');
    expect(speaker.paragraphs).toContain('Айгүл САПАРОВА, Қаратөбе мектебінің директоры');
  });

  it('leaves out the next report under the closing signature; a line under it that introduces a list, or the text under a name inside the report, stays', () => {
    const next = article(LEAD, MORE, 'Дана ӘБІЛҚАСЫМОВА', 'КӨКТЕМГІ ЕГІС НАУҚАНЫ АЯҚТАЛДЫ', 'Аудандағы шаруа қожалықтары егіс жұмыстарын мерзімінен бұрын аяқтады.');
    expect(next.paragraphs).toEqual([LEAD, MORE]);
    expect(next.skipped?.filter((s) => s.rule === 'another report').map((s) => s.line)).toEqual([5, 6]);
    const list = article(LEAD, MORE, 'Дана ӘБІЛҚАСЫМОВА', 'Жарыс жеңімпаздары мыналар:', 'Бірінші орынды аудан құрамасы жеңіп алды, екіншісі қалаға бұйырды.');
    expect(list.paragraphs).toContain('Бірінші орынды аудан құрамасы жеңіп алды, екіншісі қалаға бұйырды.');
  });
});

describe('a full stamp with a slash before the hour', () => {
  it('reads `7 августа 2017 / 12:48` as a stamp; a sentence with a slash stays', () => {
    expect(metaLine('7 августа 2017 / 12:48')).toBe('stamp');
    expect(clutterRuleOf('Поезд отправится 7 августа / вернётся в 12:48 вечером обратно.')).toBeUndefined();
    expect(metaLine('Фото 1 / 12')).not.toBe('stamp');
  });

  it('opens the next report at another moment\'s stamp over a headline', () => {
    const lines = (again: string) => ['date 2017-08-07 7 августа 2017 / 12:48', 'Аграрии района начали уборку урожая', 'Первые хозяйства района вышли в поле и обмолотили рожь на сотне гектаров.', again, 'Следующая неделя будет дождливой по прогнозу', 'Синоптики обещают дожди почти во всех районах области до конца месяца.'].join('\n');
    const next = parseSource(lines('8 ноября 2025 / 18:36'));
    if (next instanceof SourceError) throw next;
    expect(next.paragraphs).toEqual(['Первые хозяйства района вышли в поле и обмолотили рожь на сотне гектаров.']);
  });
});

describe('a rubric\'s label alone', () => {
  it('takes `Рубрика:` with its link lost; a sentence after the label stays', () => {
    expect(clutterRuleOf('Рубрика:')?.name).toBe('rubric');
    expect(clutterRuleOf('Рубрика: Общество')?.name).toBe('rubric');
    expect(clutterRuleOf('Рубрика: новые правила для читателей вступают в силу.')).toBeUndefined();
  });
});

describe('a blog theme\'s and a news site\'s header lines', () => {
  it('takes a blog theme\'s byline only with the same name on both sides of «by», or «by» and a name alone; two names, or a sentence, stay', () => {
    expect(clutterRuleOf('Редакция Example.kz by Редакция Example.kz')?.name).toBe('byline');
    expect(clutterRuleOf('by Иван Петров')?.name).toBe('byline');
    expect(clutterRuleOf('Иван Петров by Анна Сидорова')).toBeUndefined();
    expect(clutterRuleOf('Концерт организован by городской филармонией и акиматом.')).toBeUndefined();
  });

  it('takes a search widget\'s English lines and a site\'s name with its header\'s controls; the name in a sentence stays', () => {
    expect(clutterRuleOf('No Result')?.name).toBe('search widget');
    expect(clutterRuleOf('View All Result')?.name).toBe('search widget');
    expect(clutterRuleOf('Example.kz Размер шрифта Вверх')?.name).toBe('page navigation');
    expect(clutterRuleOf('Example.kz сообщает о росте цен на хлеб в регионе')).toBeUndefined();
  });
});

describe('the country\'s and the world\'s news section', () => {
  it('is a rubric alone, and text when a sentence goes on after it', () => {
    expect(clutterRuleOf('Новости Казахстана и мира')?.name).toBe('rubric');
    expect(clutterRuleOf('Новости Казахстана и мира обсуждали на встрече редакторов в столице.')).toBeUndefined();
    expect(clutterRuleOf('Новости Казахстана и мирового рынка')).toBeUndefined();
  });
});

describe('a newspaper\'s address with its phone or e-mail after it', () => {
  it('is a contact line with a phone, or an e-mail and a phone, after the house', () => {
    expect(clutterRuleOf('Атырау обл, Миялы ауылы, Имени көшесі, 5 тел: 8 (71238) 2-11-11')?.name).toBe('contact line');
    expect(clutterRuleOf('Миялы ауылы, Имени көшесі, 5, gazeta@mail.ru, +7 701 000 00 00')?.name).toBe('contact line');
  });
  it('is text when no street is named or a sentence holds the number', () => {
    expect(clutterRuleOf('Ауылда 5 8 (71238) 2-11-11')).toBeUndefined();
    expect(clutterRuleOf('На улице Абая, 5 жильцам ответили по телефону 8 (7172) 00-11-22.')).toBeUndefined();
  });
});

describe('a reader\'s report and the notes under it', () => {
  it('takes the report\'s place field, the call for readers\' reports with its contacts and the note on the authors\' views', () => {
    expect(clutterRuleOf('Место: Жамбылская область')?.name).toBe('report details');
    expect(clutterRuleOf('Оқиға орны: Арал ауданы')?.name).toBe('report details');
    expect(clutterRuleOf('Ежедневно вы, наши читатели, становитесь свидетелями разных событий. Присылайте фото/видео и описание случившегося на адрес редакции или на WhatsApp: +7 700 000 0000.')?.name).toBe('tip prompt');
    expect(clutterRuleOf('Редакция не всегда согласна с мнением и взглядами авторов сообщений.')?.name).toBe('opinion disclaimer');
    expect(clutterRuleOf('Мнение редакции может не совпадать с мнением автора.')?.name).toBe('opinion disclaimer');
  });
  it('keeps a sentence naming a place, a call for photos with no contact and a note on a column\'s views', () => {
    expect(clutterRuleOf('Место: у старого моста через реку стояли машины спасателей.')).toBeUndefined();
    expect(clutterRuleOf('Место встречи: Актобе')).toBeUndefined();
    expect(clutterRuleOf('Присылайте фото своих питомцев, и лучшие снимки попадут в календарь.')).toBeUndefined();
    expect(clutterRuleOf('Редакция не согласна с решением суда и подаст апелляцию.')).toBeUndefined();
  });
});

describe('a call to get the news on one\'s phone', () => {
  it('is a subscribe prompt, the imperative after it cut off or not', () => {
    expect(clutterRuleOf('Хочешь получать главные новости на свой телефон? Подпиш')?.name).toBe('subscribe prompt');
    expect(clutterRuleOf('Хотите быть в курсе событий? Подписывайтесь на наш канал')?.name).toBe('subscribe prompt');
  });
  it('is text when it asks of anything but the news', () => {
    expect(clutterRuleOf('Хотите получать пенсию раньше? Вот что говорит закон.')).toBeUndefined();
  });
});

describe('a site header\'s birthday widget', () => {
  it('is its label alone; a sentence on a birthday stays', () => {
    expect(clutterRuleOf('Бүгінгі туған күн иесі')?.name).toBe('birthday widget');
    expect(clutterRuleOf('Именинник дня')?.name).toBe('birthday widget');
    expect(clutterRuleOf('Бүгінгі туған күн иесі ақын ауылдастарымен кездесті.')).toBeUndefined();
  });
});

describe('a stamp with the month\'s name first', () => {
  it('gives the year, so that a header\'s stamp of another year gives no time', () => {
    expect(readStamp('September 17. 2024. 10:24')).toEqual({ time: '10:24', date: '2024-09-17' });
    expect(readStamp('Dec 3, 2026')).toEqual({ date: '2026-12-03' });
    // A weekday is no month: no date.
    expect(readStamp('Вторник 12 2024')).toEqual({ weekday: 2 });
  });
});

describe('a Kazakh month cut to three letters in Cyrillic', () => {
  it('dates a WordPress stamp; a cut that is a word of its own names no month', () => {
    expect(readStamp('Ақп 6, 2025')).toEqual({ date: '2025-02-06' });
    expect(readStamp('Қыр 14, 2023')).toEqual({ date: '2023-09-14' });
    // `қар` is snow, `жел` wind: no month.
    expect(readStamp('Қар 6, 2025')).toEqual({});
    expect(readStamp('Жел 6, 2025')).toEqual({});
  });
});

describe('a photographer named after the label in Latin letters', () => {
  const creditOf = (line: string) => {
    const page = parseSource(`date 2025-02-06 Колледжде жаңа шеберхана ашылды\n\n${line}\n\nКолледж студенттері жаңа шеберханада алғашқы сабағын өткізді.\n`);
    return page instanceof SourceError ? page.reason : [page.photoCredit, page.paragraphs.length];
  };
  it('is the credit, the surname in capitals or not; a label over no person stays out of it', () => {
    expect(creditOf('Photo Arman NURLANOV')).toEqual(['Arman NURLANOV', 1]);
    expect(creditOf('Foto Aigerim Sadykova')).toEqual(['Aigerim Sadykova', 1]);
    expect(creditOf('Photo of the day')[0]).not.toBe('of the day');
  });
});

describe('the headline printed again with the report\'s stamp glued after it', () => {
  const paragraphsOf = (line: string) => {
    const page = parseSource(`date 2021-11-13 Новый парк открылся в центре Шымкента\n\n${line}\nВ центре города после реконструкции открылся парк с фонтанами и велодорожками.\n`);
    return page instanceof SourceError ? page.reason : page.paragraphs.length;
  };
  it('is a copy above the lead; the headline with words after it is no copy', () => {
    expect(paragraphsOf('Новый парк открылся в центре Шымкента 13 Ноября 2021, 10:30')).toBe(1);
    expect(paragraphsOf('Новый парк открылся в центре Шымкента 13 ноября, и горожане пришли на праздник всей семьёй.')).toBe(2);
  });
});

describe('a byline over a phrase in small letters a blank line below', () => {
  const kept = (below: string) => {
    const page = parseSource(`date 2023-11-11 Ауылға жаңа мектеп салынды\n\nАуданның шалғай ауылында үш жүз оқушыға арналған жаңа мектеп пайдалануға берілді.\n\nАйгүл СЕРІКҚЫЗЫ\n\n${below}\n`);
    return page instanceof SourceError ? page.reason : page.paragraphs.join(' | ');
  };
  it('signs the report; over words closing on their mark the name introduces a speaker', () => {
    expect(String(kept('мектеп білім аудан құрылыс'))).not.toContain('СЕРІКҚЫЗЫ');
    expect(String(kept('біз бұл мектепті көп жыл күттік, балаларымыз енді алысқа бармайды.'))).toContain('СЕРІКҚЫЗЫ');
  });
});

describe('a site search box\'s message that nothing was found', () => {
  it('is the search widget in Kazakh too; a sentence saying so is text', () => {
    expect(clutterRuleOf('Іздеу нәтижесі табылмады')?.name).toBe('search widget');
    expect(clutterRuleOf('Нәтижелер табылмады')?.name).toBe('search widget');
    expect(clutterRuleOf('Іздеу нәтижесі табылмады, бірақ құтқарушылар жұмысын жалғастырып жатыр.')).toBeUndefined();
  });
});

describe('a link to an earlier report opening on «Ранее»', () => {
  const skippedOf = (text: string) => {
    const result = parseSource(text);
    if (result instanceof SourceError) throw new Error(result.format());
    return result.skipped?.map((s) => `${s.line}: ${s.rule}`) ?? [];
  };
  it('is related news with no mark closing it over a line of text', () => {
    expect(skippedOf('date 2022-03-22 Президент принял акимов областей\nРанее Глава государства провел совещание с акимами областей\nПрезидент встретился с акимами нескольких областей и выслушал их отчеты.\n')).toContain('2: related news');
  });
  it('is text closing on its period, or cut off where the copy ends, or opening a headline on someone previously convicted', () => {
    expect(skippedOf('date 2022-03-22 Президент принял акимов областей\nПрезидент встретился с акимами нескольких областей и выслушал их отчеты.\nРанее Глава государства провел совещание с акимами областей.\n')).toEqual([]);
    expect(skippedOf('date 2022-03-22 Президент принял акимов областей\nПрезидент встретился с акимами нескольких областей и выслушал их отчеты.\nРанее Глава государства провел совещание с акимами обл\n')).toEqual([]);
    expect(clutterRuleOf('Ранее судимый мужчина задержан за кражу скота в Костанае')).toBeUndefined();
  });
});

describe('a rubric trail set apart by periods, a stamp with its programme, a browser notice', () => {
  it('takes rubrics the table names, set apart by periods, as a trail; a headline in two parts stays', () => {
    expect(clutterRuleOf('В мире. Экономика. Рынки')?.name).toBe('breadcrumbs');
    expect(clutterRuleOf('Общество. Спорт')?.name).toBe('breadcrumbs');
    // A part no rubric, or a period after the last, is a headline's.
    expect(clutterRuleOf('Экономика. Цены на хлеб снова выросли')).toBeUndefined();
    expect(clutterRuleOf('Общество. Спорт.')).toBeUndefined();
  });

  it('reads a whole stamp with a one-word programme after it as a stamp; after a date alone, or with two words, no', () => {
    expect([metaLine('10 января 2022, 22:08 Свідок'), metaLine('10.01.2022, 22:08 Итоги')]).toEqual(['stamp', 'stamp']);
    expect(metaLine('10 января 2022 Итоги')).toBeUndefined();
    expect(metaLine('10 января 2022, 22:08 Итоги недели')).toBeUndefined();
  });

  it('leaves out the notice to turn scripts on; a sentence naming JavaScript stays text', () => {
    for (const line of ['Включите JavaScript в настройках браузера', 'Для корректной работы сайта включите JavaScript', 'Браузер баптауларында JavaScript қосыңыз', 'Please enable JavaScript']) {
      expect(clutterRuleOf(line)?.name).toBe('browser notice');
    }
    expect(clutterRuleOf('Школьникам советуют включить JavaScript в браузере для работы электронного дневника')).toBeUndefined();
  });

  it('takes the comment form\'s notice with the possessive glued to «E-mail», a «see this too» label, a widget of popular news and the Kazakh prompt to follow the site; sentences with them stay', () => {
    expect(clutterRuleOf('Сіздің E-mail-ңыз жарияланбайды.')?.name).toBe('comment form');
    expect(clutterRuleOf('Сіздің e-mail-ыңыз жарияланбайды')?.name).toBe('comment form');
    expect(clutterRuleOf('Сіздің e-mail-ыңыз жарияланбайды деп сайт әкімшілігі уәде берді.')).toBeUndefined();
    expect(clutterRuleOf('Мынаны да қараңыз')?.name).toBe('related news');
    expect(clutterRuleOf('Мынаны да қараңыз, бұл сурет өткен ғасырда түсірілген.')).toBeUndefined();
    expect(clutterRuleOf('Танымал жаңалықтар')?.name).toBe('news widget');
    expect(clutterRuleOf('Танымал жаңалықтар тізіміне ауыл тақырыбы да енді.')).toBeUndefined();
    expect(clutterRuleOf('Жаңалықтан zakon.kz сайтында хабардар болыңыз:')?.name).toBe('subscribe prompt');
    expect(clutterRuleOf('Жаңалықтан хабардар болған тұрғындар әкімдікке жиналды.')).toBeUndefined();
  });

  it('takes a «read also» label\'s headline and its excerpt cut off when they close the copy under the report; a paragraph of the report going on under the headline stays', () => {
    const head = 'date 2024-10-08 В Петропавловске обновят остановки\nВ Петропавловске до конца года заменят двадцать старых остановок, сообщили в акимате.\nЧитайте также:\nВ Петропавловске продлили два маршрута\n';
    const closing = parseSource(`${head}Два маршрута теперь доходят до нового микрорайона на окраине, рассказали в отделе. ...\n`);
    if (closing instanceof SourceError) throw new Error(closing.format());
    expect(closing.paragraphs).toHaveLength(1);
    expect(closing.skipped?.filter((s) => s.rule === 'related news').map((s) => s.line)).toEqual([3, 4, 5]);
    const goingOn = parseSource(`${head}Новые павильоны будут с подогревом и табло, на котором видно время прибытия автобуса.\n`);
    if (goingOn instanceof SourceError) throw new Error(goingOn.format());
    expect(goingOn.paragraphs.at(-1)).toBe('Новые павильоны будут с подогревом и табло, на котором видно время прибытия автобуса.');
  });
});

describe('aggregator and feed pages', () => {
  it('reads a bulleted byline with its separator, and the newsroom signed by an agency\'s letters', () => {
    expect(clutterRuleOf('• Автор Vecher.kz /')?.name).toBe('byline');
    expect(clutterRuleOf('Редакция сайта ТАСС')?.name).toBe('byline');
    // A sentence opening on the same words is text.
    expect(clutterRuleOf('Автор книги рассказал о поездке в горы')).toBeUndefined();
    expect(clutterRuleOf('Редакция сайта обновила правила')).toBeUndefined();
  });

  it('takes two sections joined in capitals as a rubric, not the same words in small letters', () => {
    expect(clutterRuleOf('ЗДОРОВЬЕ И МЕДИЦИНА')?.name).toBe('rubric');
    expect(clutterRuleOf('Культура и общество')?.name).not.toBe('rubric');
    expect(clutterRuleOf('Москваyandex weather icon')?.name).toBe('weather');
    expect(clutterRuleOf('currencyUSD')?.name).toBe('exchange rates');
  });

  it('takes a sport\'s name as the rubric only right over a lead, not over a brief\'s headline', () => {
    expect(clutterRuleOf('Футбол', '«Тобол» выиграл третий матч подряд и поднялся на второе место в таблице.')?.name).toBe('rubric');
    expect(clutterRuleOf('Футбол', '«Тобол» снова чемпион!')?.name).not.toBe('rubric');
  });

  it('leaves out a menu under the text only when its links run to the copy\'s end', () => {
    const head = 'date 2018-02-05 Новый каток откроется в Алматы в феврале\nНовый открытый каток начнет работать в одном из парков Алматы в середине февраля.\nМеню\nЛюди\nГород 24\n';
    const end = parseSource(head);
    if (end instanceof SourceError) throw new Error(end.format());
    expect(end.paragraphs).toEqual(['Новый открытый каток начнет работать в одном из парков Алматы в середине февраля.']);
    const goingOn = parseSource(`${head}Горожане смогут кататься бесплатно по будням до десяти вечера каждый день.\n`);
    if (goingOn instanceof SourceError) throw new Error(goingOn.format());
    expect(goingOn.paragraphs.at(-1)).toBe('Горожане смогут кататься бесплатно по будням до десяти вечера каждый день.');
  });

  it('refuses a list of excerpts cut with […], not a report whose one excerpt closes so', () => {
    const one = parseSource('date 2025-11-12 Шымкент продлевает трамвайную линию\nВ Шымкенте начали прокладывать новую трамвайную линию до автовокзала, первый участок сдадут летом […]\n');
    expect(one).not.toBeInstanceOf(SourceError);
    const two = parseSource('date 2025-11-12 Шымкент продлевает трамвайную линию\nВ Шымкенте начали прокладывать новую трамвайную линию до автовокзала, первый участок сдадут летом […]\nВ Бишкеке открыли новый мост\nНовый мост в южной части Бишкека соединил два района города, строители закончили раньше срока […]\n');
    expect(two).toBeInstanceOf(SourceError);
  });

  it('refuses a feed whose items open on the site\'s name, not a report that names the site again under a sentence', () => {
    const feed = parseSource('date 2025-12-28 Почему зимой рано темнеет\nel24.kz Многие замечают, что в декабре солнце садится уже около пяти вечера.\nКак выбрать теплую куртку на зиму\nel24.kz Продавцы советуют обращать внимание на наполнитель и длину куртки.\n');
    expect(feed).toBeInstanceOf(SourceError);
    const report = parseSource('date 2025-12-28 Почему зимой рано темнеет\nel24.kz Многие замечают, что в декабре солнце садится уже около пяти вечера.\nАстрономы напоминают, что после 22 декабря день снова растет.\nel24.kz Продавцы советуют обращать внимание на наполнитель и длину куртки.\n');
    expect(report).not.toBeInstanceOf(SourceError);
  });
});

describe('a print page\'s link, other galleries, a button left alone, a source glued under its label', () => {
  it('takes a print version\'s link to the page for its address; a sentence naming a link stays', () => {
    expect(clutterRuleOf('Ссылка на текущий документ: http://example.kz/news/12-0/140/4711')?.name).toBe('page address');
    expect(clutterRuleOf('Ссылка на текущий документ приложена к письму, которое получили родители.')).toBeUndefined();
  });

  it('takes «Другие галереи» alone for a widget\'s label; a sentence opening on the words stays', () => {
    expect(clutterRuleOf('Другие галереи')?.name).toBe('news widget');
    expect(clutterRuleOf('Другие галереи города тоже открыли двери для школьников.')).toBeUndefined();
  });

  it('takes a close button\'s glyph alone for page navigation; a line holding a product stays', () => {
    expect(clutterRuleOf('×')?.name).toBe('page navigation');
    expect(clutterRuleOf('2 × 3')).toBeUndefined();
  });

  it('cuts a source under its label glued after the last sentence; the label inside a sentence stays', () => {
    const glued = parseSource('date 2017-02-10 Kópir jóndeýge jabyldy\nEski kópir eki aıǵa jabyldy, dedi ákimniń orynbasary Berik ÁLIEV.Derekkóz: QazAqparat.\n');
    expect(glued instanceof SourceError ? [] : glued.paragraphs).toEqual(['Eski kópir eki aıǵa jabyldy, dedi ákimniń orynbasary Berik ÁLIEV.']);
    const said = parseSource('date 2017-02-10 Kópir jóndeýge jabyldy\nEski kópir eki aıǵa jabyldy, bul týraly habardyń derekkózi: QazAqparat.\n');
    expect(said instanceof SourceError ? [] : said.paragraphs).toEqual(['Eski kópir eki aıǵa jabyldy, bul týraly habardyń derekkózi: QazAqparat.']);
  });
});

describe('a reprint signed under its text by the site it comes from', () => {
  it('takes a domain before the date with the month named for the outlet; a city there names none', () => {
    const signed = parseSource('date 2019-03-24 В Караганде открыли каток\nНовый каток залили на площади у дворца спорта.\n\n24.kz, 23 марта 2019\n');
    expect(signed instanceof SourceError ? undefined : signed.attribution?.outlet).toBe('24.kz');
    const city = parseSource('date 2019-03-24 В Караганде открыли каток\nНовый каток залили на площади у дворца спорта.\n\nКараганда, 23 марта 2019\n');
    expect(city instanceof SourceError ? 'refused' : city.attribution?.outlet).toBeUndefined();
  });
});
