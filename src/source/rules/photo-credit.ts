import { inOneScript } from '../../core/lookalikes.ts';
import { metaLine } from '../clutter/meta-line.ts';
import { CAPTION_LOST_CREDIT, META_RULES, SIGNATURE_WITH_PAPER } from '../clutter/table.ts';
import { endsAsSentence, foldHeadline, isHeadlineLike, isLabelLike, isNameArchive, isSentenceLine, kazakhKey, sameKeys, wordCount } from '../line-shape.ts';
import { isOutletName } from '../outlets.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';
import { hasVerb } from './page-foot.ts';
import { isCaptionSentence, isLabelledCaption } from './photo-alt.ts';

// The labels a credit starts with: Russian, Kazakh in Cyrillic, Latin and Arabic script, English.
// A credit for the photos and the video together: `Фото и видео: РСК`, `Фото және видео: …`.
// The author's text and photos under one label, `Текст и фото: Имя Фамилия` (Kazakh `Мәтін мен сурет: …`): the
// author is the credit. The illustrations' label in the plural, `Иллюстрации: ГУ МЧС …`, names their source too, and
// so does a label naming what the picture illustrates, `Иллюстрация к статье: Яндекс.Картинки`.
// Kazakh's labels in its three scripts, one family: the collage `Коллаж` / `Kollaj` (`Kollazh`) / `كوللاج` (`Фотоколлаж`,
// `Fotokollaj`, `فوتوكوللاج`), the photo `Фото` / `Foto` / `فوتو`, the picture `Сурет` / `Sýret` / `سۋرەت` (`Фотосурет`,
// `Fotosýret`, `فوتوسۋرەت`), both in the plural too (`Фотолар`, `Fotolar`, `Суреттер`, `Sýretter`), the illustration `Иллюстрация` / `Illıýstratsııa` (`Illiustrasia`, `Illyustrasiya`) / `يلليۋستراتسيا`, the infographic
// `Инфографика` / `Infografıka` / `ينفوگرافيكا`.
const LATIN_LABEL = String.raw`fotokolla(?:j|zh)|kolla(?:j|zh)|fotos[ýu]ret|[ıi]ll[ıiy]?(?:[ýu]|iu)stra(?:ts|s|c)[ıiy]{1,2}a|[ıi]nfograf[ıi]ka`;
const ARABIC_LABEL = String.raw`فوتوكوللاج|كوللاج|فوتوسۋرەت|[يى]لل[يى]?ۋستراتس[يى]{1,2}ا|[يى]نفو[گع]رافيكا`;
const LABEL = String.raw`(?:фотографии|текст\s+и\s+фото|фото\s+и\s+текст|мәтін\s+(?:мен|және)\s+(?:сурет|фото)|фото\s*(?:и|және|,|\/)\s*видео|фотоколлаж|видео\s*(?:и|және|,|\/)\s*фото|фото|фотография|изображение|обложка|коллаж|рисунок|(?:иллюстрация|фото|изображение)\s+к\s+(?:статье|материалу|новости|тексту)|иллюстрации|иллюстрация|инфографика|суреттер|сурет|фотосурет|фотолар|${LATIN_LABEL}|fotolar|foto|photo|cover|sýretter|sýret|suretter|suret|${ARABIC_LABEL}|سۋرەتتەر|سۋرەت|فوتولار|فوتو)`;
// `Фото: Сенат`, `Фото - Сенат`, `Фото – Сенат`. Short lines only: a long line that happens to
// start with «Фото:» is a paragraph.
// The label may say where the photo comes from: `Источник фото: Кайрат Конуспаев`, and the view
// counter printed before it may be glued to it: `137Фото: МЧС РК`.
// The label may say the photo is an archive's: `Фото из архива: Kazpravda.kz / Имя Фамилия` (the credit after the colon).
// A slash after the label, as a colon: `Фото / Имя Фамилия` (not the slash of `фото/видео`, in LABEL).
// A still's label takes a colon only (`Скриншот: Instagram`, `Кадр видео: ДП Алматы`): after a dash it opens a sentence.
// Kazakh names the still by the video first, `Видеодан кадр: site.kz`, `Видеодан алынған кадр: …`, `Видеодан скрин: …`.
const FRAME_LABEL = String.raw`(?:(?:кадр|стоп-кадр|скриншот|скрин)(?:\s+(?:из\s+|с\s+)?видео)?|видеодан\s+(?:скрин|скриншот|(?:алынған\s+)?кадр))`;
const CREDIT = new RegExp(String.raw`^(?:\d{1,7}(?=\p{L}))?(?:(?:источник\s+)?${LABEL}(?:\s+из\s+(?:личного\s+)?архива(?=\s*:))?\s*(?::|\s[-–—]|©\ufe0f?|\(c\)|\/(?!\s*видео))|${FRAME_LABEL}\s*:)\s*(.{1,150})$`, 'iu');
// The label's dash before the credit (a sentence's dash after its subject too).
const DASH_LAST = /[-–—]\s*$/u;
// The page's stamp and view counter glued after the credit on its line, as El.kz prints them under
// the headline: `Фото: iStock 14.11.2024 11:05 91`. The stamp dates the report; the counter is no credit.
const STAMP_AFTER_CREDIT = /^(.{2,}?)\s+(\d{1,2}\.\d{2}\.\d{4},?\s+\d{1,2}:\d{2}(?:\s+\d{1,7})?)$/u;
// Where a generic photo comes from, after it: `Иллюстрированное фото из открытых интернет-источников`.
const GENERIC_SOURCE = String.raw`(?:\s+(?:из|с|со)\s.{1,80}?)?`;
// `Фото из открытых источников`, `Фото предоставлено акиматом`, an akimat's in the genitive, `фото облакимата`,
// `фото горакимата`, `фото акимата района` (the credit is the office), `Фото прислано жителями Актау`, `Иллюстративное фото` (and its near
// forms, `Иллюстрированное фото`, `Фото носит иллюстративный характер`, with where it comes from); Kazakh
// `Коллажды жасаған – Алмас Манап`, `Суреттерді түсірген – …`, `Суретке түсірген …` (Latin `Sýretke túsirgen`), `Инфографиканы жасаған – …`,
// `Иллюстрациялық фото` and, without a label, `ашық дереккөзі` or bare `ашық дереккөз` (an open source);
// a generic credit keeps both its words (`Иллюстративное фото`), a closing period is no part of the credit;
// Kazakh `Көрнекі сурет` (an illustrative picture), a still from a video, `Видеодан скрин`, `Видеодан алынған кадр`,
// and a screenshot's label alone, `Скриншот`, are generic credits too.
const CREDIT_PHRASE = new RegExp(String.raw`^(?:фото(?:\s+(?:и|және)\s+видео)?\s+(?:взят[оы]\s+)?((?:из|с|со|предоставлено|предоставлены|прислано|присланы|автора|пресс-службы)\s.{1,140}?|(?:обл|гор|рай)?акимата(?:\s.{1,100}?)?)|(иллюстр(?:ативное|ированное|ационное)\s+(?:фото|изображение)${GENERIC_SOURCE})|((?:фото|снимок|изображение)\s+(?:иллюстративное|иллюстрированное|носит\s+иллюстративный\s+характер)${GENERIC_SOURCE})|(?:(?:суретті|суретке)\s+түсірген(?:дер)?|фотоны\s+түсірген|(?:суретті|суреттерді|фотоны)\s+ұсынған|sýretti\s+usynǵan|سۋرەتتى\s+ۇسىنعان|коллажды\s+жасаған|автор\s+фото|фотограф|sýret(?:ti|ke)\s+túsirgen|kollajdy\s+jasaǵan|سۋرەت(?:تى|كە)\s+تۇسىرگەن|كوللاجدى\s+جاساعان|суреттерді\s+түсірген(?:дер)?|sýretterdi\s+túsirgen|سۋرەتتەردى\s+تۇسىرگەن|инфографиканы\s+жасаған|ınfografıkany\s+jasaǵan|(?:ي|ى)نفو(?:گ|ع)رافيكانى\s+جاساعان)\s*[:–—-]?\s+(.{1,100}?)|(?:(?:сурет|фото|sýret|foto|سۋرەت|فوتو)\s+)?(ашық\s+дереккөз(?:і|ден|дерден)?(?:\s+алынды)?|ashyq\s+derekkóz(?:i|den|derden)?(?:\s+alyndy)?|اشىق\s+دەرەككوز(?:ى|دەن|دەردەن)?(?:\s+الىندى)?)|(иллюстрациялық\s+(?:фото|сурет)|көрнекі\s+(?:фото|сурет)|[ıi]llıýstratsıalyq\s+(?:foto|sýret)|kórneki\s+(?:foto|sýret)|видеодан\s+(?:скрин|скриншот|(?:алынған\s+)?кадр)|скриншот|скрин))\.?$`, 'iu');
// A collage from an archive named in quotes or by a capitalised name: `коллаж из архива "КП"` (a collage of others'
// pictures, `Коллаж из снимков горожан …`, is a sentence).
const COLLAGE_FROM_ARCHIVE = /^[Кк]оллаж\s+(из\s+архива\s+(?:[«"“][^«»"“”]{1,30}[»"”]|\p{Lu}[\p{L}.-]+))\.?$/u;
// A generic source closing on its period with the photo's caption after it: `из интернета. Имя Фамилия`.
const SOURCE_THEN_CAPTION = /^(\S.*?\p{L}{3})\.\s+(\p{Lu}[^.!?]{2,80}?)\.?$/u;
const SOURCE_CAPTION_WORDS = 8;
// Who gave the photo, named after the verb: `Фото предоставила пресс-служба акимата`, `Фото прислал Имя
// Фамилия`, `Фото прислали жители села`; the credit is the giver, whole. Short lines only, and no clause after
// the giver (`…, которая опубликовала …`): a line of eight words or more reads as a sentence.
const GIVEN_BY = /^[Фф]ото\s+(?:предоставил|прислал)[аи]?\s+(\S.{1,100}?)\.?$/u;
const GIVEN_BY_WORDS = 8;
// Who took the photo, the verb after the name, as China's Kazakh outlets print it under the headline, a white
// square before it (`□ سۋرەتتى … ءتىلشىسى … تۇسىرگەن`), or a capital opening the name (`Суретті Имя Фамилия түсірген`);
// no closing period: `Суретті ол өткен жылы түсірген.` is a sentence.
const SHOT_BY_VERB_LAST = /^(?:□\s*(?:[Сс]уретті|[Ss]ýretti|سۋرەتتى)\s+(\S.{1,100}?)|(?:[Сс]уретті|[Ss]ýretti)\s+(\p{Lu}.{1,100}?))\s+(?:түсірген|túsirgen|تۇسىرگەن)$/u;
// A note under the text naming whose photos the report uses: `В материале использованы фото автора и
// районных акиматов`, `В материале использованы фотографии из открытых источников`. The credit is whose they
// are; a clause after a comma makes it a sentence.
const USED_IN_REPORT = /^В\s+(?:материале|статье|публикации)\s+использованы\s+(?:фото|фотографии|снимки)\s+([^,.!?]{3,80}?)\.?$/u;
// A photo a reader sent, the sender named by who they are (`Фото подписчицы`, `Фото очевидца`), their name
// or handle after it or not (`Фото читателя @aktobe_life`): a credit naming no one the report names.
// Case-sensitive: the tail is a capitalised name or a handle, so `Фото жителей облетело соцсети.` is text.
// Where the senders live may follow, a region or district in the genitive, `Фото жителей Костанайской области`,
// or a settlement's kind and name, `Фото жителей села Акжар`; the newsroom's own staff are named so too,
// `Фото сотрудников редакции`. Nothing may follow the place: `Фото жителей Костанайской области облетело …` is text.
const READER_PLACE = String.raw`\p{Lu}[\p{Ll}-]+(?:ской|цкой|ского|цкого)\s+(?:области|района|округа)|(?:города|села|поселка|посёлка|аула|микрорайона)\s+\p{Lu}[\p{L}-]+`;
const READER_PHOTO = new RegExp(String.raw`^[Фф]ото\s+((?:подписчи(?:ка|цы|ков)|читател(?:я|ьницы|ей)|очевид(?:ца|цев)|жител(?:я|ьницы|ей)|пользовател(?:я|ей)|зрител(?:я|ей)|сотрудник(?:а|ов)\s+редакции)(?:\s+(?:@[\w.]{2,40}|${READER_PLACE}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?)\.?$`, 'u');
// The author's own photos, in Kazakh's three scripts: `Фото автордікі`, `Автордың суреті`,
// `Суреттер автордың жеке мұрағатынан`; the credit is what follows the label.
const AUTHORS_PHOTO = /^(?:(?:фото|сурет|суреттер|фотолар|foto|sýret|sýretter|فوتو|سۋرەت|سۋرەتتەر)\s+)?((?:автордікі|автордың\s+(?:суреті|фотосы|суреттері|(?:жеке\s+)?(?:мұрағатынан|архивінен)(?:\s+алынды)?)|avtordiki|avtordyń\s+(?:sýreti|fotosy|(?:jeke\s+)?(?:muraǵatynan|arhıvinen)(?:\s+alyndy)?)|اۆتوردىكى|اۆتوردىڭ\s+(?:سۋرەتى|(?:جەكە\s+)?(?:مۇراعاتىنان|ارحيۆىنەن)(?:\s+الىندى)?)))\.?$/iu;
// A Kazakh credit naming the photographer before the word for «their picture», no label first: `Eldeç
// Orda суреті.`, `Нұрлан Ахметов суреті`. Case-sensitive: a capital starts each name; a name in the
// genitive (`Абайдың суреті`) says whom the picture shows, no credit.
const NAME_PICTURE = /^((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?<!(?:ның|нің|дың|дің|тың|тің|nyń|nıń|niń|dyń|dıń|diń|tyń|tıń|tiń))\s+(?:суреті|sýreti|سۋرەتى)\.?$/u;
// A collage made of someone's pictures, the name in the genitive (`Коллажда Имя Фамилияның суреттері
// пайдаланылды`, in Latin letters of any spelling `Kollajda Imya Famılııanyng suretteri paydalanyldy`): the
// credit is the name, its ending dropped.
const COLLAGE_USED = /^(?:[Кк]оллажда|[Kk]ollajda|كوللاجدا)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+?)(?:ның|нің|дың|дің|тың|тің|n[yıi](?:ń|ng)|d[yıi](?:ń|ng)|t[yıi](?:ń|ng))\s+(?:суреттері|фотолары|s[ýu]retteri|fotolary)\s+(?:пайдаланылды|pa[ıiy]dalanyldy)\.?$/u;
// `фото Данияра Мусина`: the photographer's name, without a colon, or the site it comes from
// (`Фото New.biss.kz`, the cover picture's `cover otyrar.kz`, `Коллаж Tengrinews.kz`; in Latin letters any domain,
// `Фото mig.pics`: a label and one address is no sentence). Case-sensitive: a capital starts each name.
// Two photographers are named with a comma or `и` between: `фото Аманкула Дюсенбаева, Еркебулана Укибаева`.
// An office's or agency's abbreviation in capitals names it too: `Фото РСК`, `Фото МЧС РК`.
// So does an outlet's one-word name in Latin letters, as its collages are signed: `Коллаж Ulysmedia`.
// So do social network accounts, in small Latin letters, one or more: `фото boxingkazakhstan и sportqory`.
// An office in the genitive, the rest of its name in small letters, an abbreviation in capitals last or
// not, names the body that gave the picture: `фото Дирекции развития спорта`, `Фото Управления образования ВКО`
// (`Фото Президента облетело соцсети` names no office).
// The abbreviation may name its region or city after it: `Фото ДЧС Костанайской области`, `Фото ДП Алматы`.
// An outlet's name in Latin letters, one word or two, is a credit too: `Фото Ulysmedia`, `Коллаж Kursiv Media`;
// and the photographer's name may have the outlet after a comma: `Фото Тимура Нуртаева, Ulysmedia`, `Фото Имени Фамилии, «Газета»`.
// or the agency after a slash, the name in the nominative: `Фото Имя Фамилия/РИА «Новости»`, `Фото Имя Фамилия / Sputnik`.
// A body named in one word: `Фото Акорды`, `Фото Мажилиса`.
// A newspaper's or agency's name in quotes, the label in capitals or not: `ФОТО "АК ЖАЙЫК"`, `Фото «Казинформ»`;
// a club's or company's, its form's abbreviation before the quotes: `фото ФК «Актобе»`, `Фото ТОО «Нур»`; a newspaper's
// named as one: `Фотоколлаж газеты "Диапазон"`.
const BODY_GENITIVE = String.raw`(?:Акорды|Мажилиса|Сената|Парламента|Правительства|Минздрава|Минпросвещения|Минобороны|Минфина|Генпрокуратуры|Нацбанка)`;
const OFFICE_GENITIVE = String.raw`(?:Министерства|Дирекции|Управления|Департамента|Акимата|Комитета|Агентства|Отдела|Федерации|Ассоциации|Фонда|Центра|Службы|Пресс-службы|Института|Университета|Музея|Театра|Библиотеки|Администрации)(?:\s+\p{Ll}+){1,4}(?:\s+\p{Lu}{2,4})?`;
const CREDIT_NAME = new RegExp(String.raw`^(?:[Фф]ото|ФОТО|[Cc]over|[Кк]оллаж|[Фф]отоколлаж|[Рр]исунок|РИСУНОК)\s+(${OFFICE_GENITIVE}|(?:(?:\p{Lu}{2,4}|газеты|журнала|агентства|портала|издания|телеканала)\s+)?[«"“„][^«»"“”„]{2,40}[»"”“]|${BODY_GENITIVE}|\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+|\p{Lu}{2,})(?:(?:,|\s+и)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|,\s+[A-Z][A-Za-z\d.]+(?:\s[A-Z][A-Za-z\d.]+)?|,\s+[«"“][^«»"“”„]{2,40}[»"”]|\s?\/\s?(?:\p{Lu}{2,4}\s+)?[«"“][^«»"“”„]{2,40}[»"”]|\s?\/\s?\p{Lu}[\p{L}\d.-]+(?:\s\p{Lu}[\p{L}\d.-]+)?)?|\p{Lu}{2,6}(?:\s\p{Lu}{2,4})?(?:\s+\p{Lu}\p{Ll}+(?:\s+(?:области|района|округа))?)?|[A-Z][A-Za-z\d]+(?:\s[A-Z][A-Za-z\d]+)?|[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|org|net|info|media)|[A-Za-z\d][A-Za-z\d-]*(?:\.[A-Za-z\d-]+)*\.[a-z]{2,6}|[a-z][a-z\d_.]{2,30}(?:(?:,\s*|\s+и\s+)[a-z][a-z\d_.]{2,30})*)$`, 'u');
// The label in Latin letters before the photographer's name, no colon, the surname in capitals or not, as
// English-language themes print it: `Photo Ivan PETROV`, `Foto Aigerim Sadykova`. A person's two words only:
// `Photo Gallery` or `Photo of the day` names no one.
const LATIN_LABEL_NAME = /^(?:Photo|PHOTO|Foto|FOTO)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+|\p{Lu}{2,}))$/u;
// The site and its photographer after a slash, without a colon, alone or glued after the photo's
// caption (often the headline again): `… кордайским беспорядкам Фото Tengrinews.kz/Алихан Сариев`.
const DOMAIN_PHOTOGRAPHER = /^(?:(\S.{0,250}?)\s+)?[Фф]ото\s+((?:[\p{L}\d][\p{L}\d-]*\.)+(?:kz|ru|com|org|net|info|media)\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$/u;
// The other way round, the photographer or the collage's maker first, the site after the slash, glued after the
// caption (often the headline again): `<headline> Коллаж Ивана Петрова/Gazeta.kz`; the caption is a headline of
// three words or more, no sentence, and the credit reads as CREDIT_NAME reads it alone.
const CAPTION_PHOTOGRAPHER_SITE = /^(\p{Lu}.{8,250}?)\s+((?:[Фф]ото|[Кк]оллаж|[Фф]отоколлаж)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s?\/\s?[A-Z][A-Za-z\d-]*(?:\.[A-Za-z\d-]+)*)$/u;
// A caption closing a sentence, the photographer's name after it without a colon, the copyright sign
// last or not: `Паводки в ЗКО. Фото Жанара Берикова©`.
const CAPTION_NAME = /^(\p{Lu}.{2,250}?[.!?])\s+[Фф]ото\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s*©?$/u;
// A caption closing a sentence, a credit as CREDIT_NAME reads it after it: `Паводок в ЗКО. Фото МЧС РК`.
const CAPTION_CREDIT_NAME = /^(\p{Lu}.{2,250}?[.!?])\s+([Фф]ото\s.{2,80})$/u;
// A caption closing a sentence with a generic credit after it (tested with CREDIT_PHRASE): `У здания суда. Иллюстративное фото.`
const CAPTION_GENERIC = /^(\p{Lu}.{2,200}?[.!?])\s+((?:иллюстр|фото\s).{4,80})$/iu;
// A credit with the copyright sign and no label: `© Sputnik / Абзал Калиев`. A sign before a year
// (`© 2002 – 2025 LADA.KZ`) is the site's copyright.
const COPYRIGHT = /^©\s*([^\d©]{2,80})$/u;
// The same credit with the photo's caption glued after it, as Sputnik's pages copy: `© AFP 2024 /
// SERGEI SUPINSKYБездомная кошка …`, `© Sputnik / Абзал КалиевУчастники форума …`. The caption
// starts where a capital and a small letter follow a letter with no space; it is a phrase of three
// words or more (a name such as `McBride` is no caption).
// A label inside the copyright sign's credit is no part of the name: `© Photo : Пресс-служба НОК`.
const PHOTO_LABEL_FIRST = /^(?:photo|фото)(?:\s*:\s*|\s+)/iu;
// The caption may open on a word of one capital, a preposition (`© Photo : Минобороны КазахстанаС первого дня …`,
// `… ФамилияВ Алматы …`): after a small letter, a capital alone before a space starts it too (`МВД РК` has none).
const COPYRIGHT_GLUED = /^©\s*(.{2,80}?)(?:(?<=[\p{L}\d.])(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=\p{Lu}\s\p{L}))(.{10,250})$/u;
// The caption printed again under it with the outlet's name: `Бездомная кошка … - Sputnik Казахстан`,
// and the image's width and date the page's markup keeps after it: `…, 1920, 08.11.2021`.
const OUTLET_AFTER = /^\s+[-–—]\s+\p{L}[\p{L}\d.]*(?:\s+\p{L}[\p{L}\d.]*){0,2}(?:,\s\d{3,4},\s\d{2}\.\d{2}\.\d{4})?$/u;
// A picture made by a neural network, named as its source: `Изображение сгенерировано нейросетью
// Midjourney`, `Изображение сгенерировано при помощи нейросети Midjourney`; the credit is the tool.
// The same naming the program only: `Изображение сгенерировано в Grok`, `Фото создано с помощью Midjourney`.
// Naming no tool (`Изображение сгенерировано нейросетью`), the line is the credit, as a generic one is.
const GENERATED_IN = /^(?:[Ии]зображение|[Ии]ллюстрация|[Фф]ото)\s+(?:сгенерировано|сгенерирована|создано|создана)\s+(?:в|при\s+помощи|с\s+помощью)\s+(\p{Lu}[\p{L}\d.-]{1,30}(?:\s[\p{L}\d.-]{1,20})?)\.?$/u;
// So is a generic credit with the note of the picture's making after a period or a comma
// (`Иллюстративное фото. Сгенерировано с помощью ИИ`, `Кадр видео, улучшенный с помощью ИИ`).
const GENERATED = /^(?:иллюстр(?:ативное|ированное)\s+)?(?:изображение|иллюстрация|фото|снимок|кадр(?:\s+видео)?)(?:[.,]\s*|\s+)(?:сгенерирован|создан|улучшен|обработан)\p{L}{0,3}\s+(?:при\s+помощи\s+|с\s+помощью\s+)?(?:нейросет(?:ью|и)|ИИ|искусственн(?:ым|ого)\s+интеллект(?:ом|а))(?:\s+(\S.{0,60}?))?\.?$/iu;
// A Kazakh credit saying where the photo was taken from, without a colon: `Сурет автордың жеке
// мұрағатынан алынды`, `Sýret «KP»-nyń arhıvinen alyndy`. The word before `алынды` is in the
// ablative (`-нан`, `-ден`, …): the photo was taken from a source.
const TAKEN_FROM = /^(?:сурет|фото|фотосурет|sýret|suret|foto|سۋرەت|فوتو)\s+(.{1,120}?(?:нан|нен|дан|ден|тан|тен|nan|nen|dan|den|tan|ten|نان|نەن|دان|دەن|تان|تەن))(?:\s+(?:алынды|alyndy|الىندى))?\.?$/iu;
// A site's domain the photo was taken from, the site's word in the ablative after it: `e-history.kz сайтынан`,
// `e-history.kz saytynan`. The credit is the domain.
const SITE_ABLATIVE = /^([\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})\s+(?:сайтынан|порталынан|sa[ıiy]tynan|portalynan|سايتىنان|پورتالىنان)$/u;

// The verb closing where a photo was taken from: `алынды` (was taken).
const TAKEN_SUFFIX = /\s+(?:алынды|alyndy|الىندى)$/u;

/** Where a Kazakh credit says the photo was taken from: a site's domain alone, else as written. */
function siteTakenFrom(source: string): string {
  return SITE_ABLATIVE.exec(source)?.[1] ?? source;
}
// With `алынды` left out the line is short: `Сурет облыс әкімдігінің баспасөз қызметінен` (a longer line is a sentence).
const TAKEN_FROM_BARE_WORDS = 6;
// The same credit glued after the photo's caption, which closes a sentence: `Су тасқынымен күрес жылда
// жүргізіледі. Фото Төтенше жағдайлар министрлігінің сайтынан алынды`.
const CAPTION_TAKEN_FROM = /^(.{3,250}?[.!?»"])\s+(?:сурет|фото|фотосурет|sýret|suret|foto|سۋرەت|فوتو)\s+(.{1,120}?(?:нан|нен|дан|ден|тан|тен|nan|nen|dan|den|tan|ten|نان|نەن|دان|دەن|تان|تەن))\s+(?:алынды|alyndy|الىندى)\.?$/iu;
// The author's byline naming the photographer: `Ольга Логинова, фото Алмаса Кайсара` (the credit as written, like `фото Данияра Мусина`).
// The outlet may close the line: `Юна Коростелева, фото Жанары Каримовой, Власть`.
// The outlet may come before the photographer, and the photos be `фотографии`: `Алмас Кайсар, Власть, фотографии Виктора Магдеева`.
// Two authors are named with `и` or a comma between: `Назерке Иванова, Алмас Кайсар, фото Алмаса Кайсара, Vласть`.
// Each surname may be in capitals, the place last: `Имя ФАМИЛИЯ, фото Имя ФАМИЛИЯ, Шымкент`; the places of a
// trip and the outlet after them: `Имя Фамилия, Имя Фамилия, фото Имя Фамилия, Жанаозен - Алматы, Власть`.
// A surname may be double, `Цой-Шлапак`; the illustrator may be named before the photographer, and the author of
// the main photo after, who is then the credit: `Имя Фамилия и Имя Фамилия, иллюстрации Имени Фамилии, фотографии
// Имени Фамилии, Автор заглавного фото — Имя Фамилия`.
// The outlet and the city may both precede the photos, taken by two: `Имя Фамилия, Власть, Уральск, фотографии Имени
// Фамилии и Имени Фамилии` (both are the credit).
const BYLINE_PERSON = String.raw`\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+-\p{Lu}\p{Ll}+|[\p{Ll}-]+|[\p{Lu}-]+)`;
const BYLINE_PHOTO = new RegExp(String.raw`^${BYLINE_PERSON}(?:(?:\s+и|,)\s+${BYLINE_PERSON})?,\s+(?:\p{Lu}[\p{L}\d.-]{1,30},\s+){0,2}(?:(?:иллюстрации|инфографика|коллаж)\s+${BYLINE_PERSON},\s+)?(?:фото|фотографии)\s+(${BYLINE_PERSON}(?:\s+и\s+${BYLINE_PERSON})?)(?:,\s+\p{Lu}[\p{L}\d.-]{1,30}(?:\s[-–—]\s\p{Lu}[\p{L}\d.-]{1,30})?){0,2}(?:,\s+[Аа]втор\s+(?:заглавного|главного)\s+фото\s*[-–—:]\s*(${BYLINE_PERSON}))?$`, 'u');
// A byline marking its photographer in brackets after the name, the place last or not: `Имя ФАМИЛИЯ, Имя ФАМИЛИЯ
// (фото), Город`. The credit is the name so marked; a bracket after no name (`… (фото)` closing a caption) is none.
const PHOTO_MARK = String.raw`\((?:фото|фотографии|сурет|суреттер|фотосурет)\)`;
const BYLINE_MARKED_PHOTO = new RegExp(String.raw`^(?:${BYLINE_PERSON}(?:,|\s+и)\s+){0,3}(${BYLINE_PERSON})\s+${PHOTO_MARK}(?:(?:,|\s+и)\s+${BYLINE_PERSON}){0,3}(?:,\s+\p{Lu}[\p{L}\d.-]{1,30}(?:\s[-–—]\s\p{Lu}[\p{L}\d.-]{1,30})?){0,2}\.?$`, 'u');
// The people a photo shows, named and nothing else, two or more with `и` or a comma between (Kazakh `мен`, `пен`,
// `бен`, `және`): `Имя Фамилия и Имя Фамилия`. One name alone is a byline's.
const PEOPLE_CAPTION = new RegExp(String.raw`^${BYLINE_PERSON}(?:(?:,\s+|\s+(?:и|және|мен|пен|бен)\s+)${BYLINE_PERSON})+$`, 'u');
// The author's byline whose photos are the author's own, the place after it: `Талгат Кирбетов, фото
// автора, Астана`, the surname in capitals too (`Имя ФАМИЛИЯ, фото автора`). The credit is the author.
const BYLINE_OWN_PHOTO = new RegExp(String.raw`^(${BYLINE_PERSON}),\s+фото\s+автора(?:,\s+\p{Lu}[\p{L}-]{1,30}(?:\s+\p{Lu}?[\p{L}-]{1,30})?)?\.?$`, 'u');
// The author's byline whose photos come from an archive it names: `Имя Фамилия, фото из личного архива
// героя`, `Имя Фамилия, сурет кейіпкердің жеке архивінен`. The credit is the archive. The surname may be in capitals
// and the archive a newspaper's, named in quotes: `Имя ФАМИЛИЯ, фото из архива “НК”`.
const BYLINE_ARCHIVE_PHOTO = /^\p{Lu}\p{Ll}+\s+\p{Lu}(?:[\p{Ll}-]+|[\p{Lu}-]+),\s+(?:фото|фотографии|сурет|фотосурет|sýret|suret)\s+((?:из\s+(?:личного\s+|семейного\s+)?архива(?:(?:\s+[\p{L}-]+){1,4}|\s+[«"“][^«»"“”]{1,30}[»"”]))|(?:[\p{L}-]+\s+){1,4}(?:жеке\s+|отбасылық\s+)?(?:архивінен|мұрағатынан|arhıvınen|arhivinen))\.?$/u;
// The author's byline with where the photos come from after a comma, a credit of its own: `Имя Фамилия, фото с сайта
// sdu.edu.kz`. The credit is what that credit names; no clause or sentence's end follows it (`…, фото из архива которой …, рассказала …`).
const BYLINE_THEN_CREDIT = /^\p{Lu}\p{Ll}+\s+\p{Lu}(?:[\p{Ll}-]+|[\p{Lu}-]+),\s+((?:фото|фотографии|сурет|фотосурет)\s(?:[^,!?.]|\.(?=\S)){3,100})$/u;
// A picture given by a body, no label, the giver in the instrumental right after the verb: `Предоставлено акиматом`,
// `Предоставлены пресс-службой министерства`. Case-sensitive, a few words: `Предоставлено жилье семьям` names no giver.
const GIVEN_UNLABELLED = /^Предоставлен[оы]\s+[\p{L}-]+(?:ом|ем|ём|ой|ей|ами|ями)(?:\s+[\p{L}-]+){0,4}\.?$/u;
// The image's role a copy kept from the page's markup before its credit: `cover` (the featured image's).
const IMAGE_ROLE = String.raw`(?:cover\s+)?`;
const COVER_BEFORE_LABEL = /^cover\s+(?:[Фф]ото|[Кк]оллаж|[Фф]отоколлаж|[Ии]зображение|[Сс]урет|[Kk]ollaj|[Ff]oto)\s/u;
// Stock libraries whose credit a page may print, with or without the picture's author.
const STOCK_SITES = String.raw`Depositphotos|Shutterstock|Freepik|Pexels|Unsplash|Pixabay|iStock(?:photo)?`;
// A stock library's domain alone on its line, as a page prints it under the picture: `istockphoto.com`.
const STOCK_DOMAIN = new RegExp(String.raw`^(?:www\.)?(?:${STOCK_SITES})\.com$`, 'iu');
// A stock library's credit, as a page prints it under a picture it bought: `Стоковые изображения от
// Depositphotos`, `Фото с Shutterstock`. A credit, never a headline.
const STOCK = new RegExp(String.raw`^${IMAGE_ROLE}(?:стоковые\s+(?:изображения|фото(?:графии)?)|изображени[ея]|фото)\s+(?:от|с|со\s+стока|с\s+сайта|из)\s+(${STOCK_SITES}|Getty\s+Images|Adobe\s+Stock|Лори)\.?(?:\.com)?$`, 'iu');
// The same with the picture's author, as the library asks to credit: `Изображение Karolina Grabowska с сайта Pixabay`;
// the author may be the library's user name, `Изображение _Marion с сайта Pixabay`, the image's role first or not,
// `cover Изображение … с сайта Pixabay`, or in the library's own English words, `Photo by Имя on Unsplash`.
const STOCK_AUTHOR = new RegExp(String.raw`^${IMAGE_ROLE}(?:изображение|фото|(?:photo|image)\s+by)\s+([\p{L}\d_][\p{L}\d_'.-]*(?:\s+[\p{L}\d_][\p{L}\d_'.-]*){0,2})\s+(?:с\s+сайта|с|от|из|on|from)\s+(${STOCK_SITES})\.?$`, 'iu');
// A photo taken from a site it names: `Фото с сайта smi24.kz`, `Фото взято с сайта lada.kz`; the site is the credit.
// A club's or body's site named in quotes, its form's abbreviation before them or not: `Фото с сайта ФК "Кайрат"`.
const FROM_SITE = /^фото\s+(?:взят[оаы]?\s+)?(?:с|со)\s+сайта\s+([\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}|(?:[А-ЯЁA-Z]{2,4}\s+)?[«"“„][^«»"“”„]{2,40}[»"”“])\.?$/iu;
// A still from a video or a screenshot, named as the picture's source: `Кадр из видео`, `Скриншот из соцсетей`;
// who gave the video after a slash, as Tengrinews prints it in small letters: `кадр из видео/МЧС` (the line is the credit).
// The preposition may be left out, and where the video was found said after it: `Скриншот видео из соцсетей`, `Кадр видео`;
// the account that posted it may follow, `Скриншот видео @account`, or the network with the account after a
// slash, `Кадр из видео Instagram/account` (the line is the credit).
const FRAME = /^((?:кадры?|стоп-кадр|скриншот|скрин)\s+(?:(?:из|с)\s+)?(?:видео|видеозаписи|соцсетей|социальных\s+сетей)(?:\s+(?:из|с)\s+(?:соцсетей|социальных\s+сетей))?)(\s?\/\s?\S.{0,40}|\s+[\p{Lu}\d][\p{L}\d.-]*(?:\s+[\p{Lu}\d][\p{L}\d.-]*){0,2}|\s+@[\p{L}\d_.]{2,40}|\s+\p{Lu}[\p{L}]{1,20}\/@?[\p{L}\d_.]{2,40})?$/iu;
// That source: a name opening in a capital or a figure, up to three words (case-sensitive).
// The photo's caption (often the headline again) with such a generic credit glued after it, its capital telling
// where it starts: `<headline> Кадры из видео`, `… приняли за казахстанское Скриншот видео`.
const CAPTION_FRAME = /^(\S.{8,250}?)\s+((?:Кадры?|Стоп-кадр|Скриншот|Скрин)\s+(?:(?:из|с)\s+)?(?:видео|видеозаписи|соцсетей|социальных\s+сетей)(?:\s+(?:из|с)\s+(?:соцсетей|социальных\s+сетей))?)$/u;
const FRAME_SOURCE = /^(?:(?:\s?\/\s?|\s+)[\p{Lu}\d][\p{L}\d.-]*(?:\s+[\p{Lu}\d][\p{L}\d.-]*){0,2}|\s+@[\p{L}\d_.]{2,40}|\s+\p{Lu}[\p{L}]{1,20}\/@?[\p{L}\d_.]{2,40})$/u;
// A still from a channel's footage, its label no `Фото` but the frame, the channel named after it: `Кадр КТК`,
// `Кадр телеканала Хабар 24`, `Скриншот YouTube`. The name opens in a capital or a figure, up to three words, no mark
// closing it: a sentence on a frame (`Кадр облетел соцсети.`) goes on in small letters or ends as one.
const FRAME_CHANNEL = /^(?:[Кк]адр|[Сс]топ-кадр|[Сс]криншот)\s+(?:(?:телеканала|канала|видео)\s+)?((?:[\p{Lu}\d@][\p{L}\d.-]*)(?:\s+[\p{Lu}\d][\p{L}\d.-]*){0,2})$/u;
// A caption ending in its credit: `Сенат Парламента РК, фото - Новости Zakon.kz от 11.09.2025 12:20 Фото: Zakon.kz/…`,
// `Кража телефона. Иллюстративное фото: Getty Images`, `… на совещании. Источник фото: ООКБ №2`. A caption runs to 250 characters; an image title that is
// its keywords before the site's stamp runs to 600 (`Цены на продукты, цены, подорожание, … , фото - Новости
// Zakon.kz от 09.01.2026 10:25 Фото: …`, twenty keywords and more).
const CAPTION_LONGEST = 250;
const CAPTION = new RegExp(String.raw`^(.{1,600}?)[\s,.;]+(?:иллюстративное\s+|источник\s+)?${LABEL}\s*:\s*(.{1,100})$`, 'iu');
const ILLUSTRATIVE = /^иллюстр(?:ативное|ированное|ационное)$/iu;
const LABEL_ONLY = new RegExp(String.raw`^${LABEL}$`, 'iu');
// A caption with its credit after the label and a copyright sign, no colon: `Сельчане ремонтируют дорогу Фото ©️ Tengrinews.kz`.
const CAPTION_COPYRIGHT = new RegExp(String.raw`^(.{3,250}?)\s+${LABEL}\s*©\ufe0f?\s*(\S.{1,100})$`, 'iu');
// A caption closing a sentence with the credit after the copyright sign, no label: `Имя Фамилия. ©Пресс-служба НОК РК`.
const CAPTION_SENTENCE_COPYRIGHT = /^(\p{Lu}[^©]{2,250}?[.!?])\s*©\ufe0f?\s*([^\s\d©][^©]{1,100})$/u;
// A caption with its credit after a slash, no colon: `Игроки поздравляют друг друга / Фото sportskz`,
// `«Қазгидромет» … жариялады / Коллаж kursiv.media, бильд-редактор Ахтам Зиперов`; or after one pipe or
// two, as Diapazon prints it: `Подарок … сделали за счет спонсоров. || Фото автора`.
const CAPTION_SLASH = new RegExp(String.raw`^(.{3,250}?)\s(?:\/|\|{1,2})\s${LABEL}\s+([^/|]{2,100})$`, 'iu');
const SLASH_CREDIT_PERIOD = /(?<=[\p{L}»"”])\.$/u;
const SLASH_CREDIT_WORDS = 6;
const SOURCE_AND_PICTURE_EDITOR = /^([^,:/|]{2,60}),\s+бильд-редактор\s*:?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)?$/u;

// The reporters who took the pictures and wrote the report, named after their paper, no label, as Xinjiang's
// Kazakh papers sign: `Суретін түсіріп, хабарын жазған … тілшілері Имя, Имя`, `سۋرەتىن ءتۇسىرىپ، حابارىن جازعان … تىلشىلەرى …`.
const REPORTERS_CREDIT = /^(?:суретін\s+түсіріп,?\s+(?:хабарын|материалын)\s+жазған|سۋرەتىن\s+ء?تۇسىرىپ[،,]?\s+(?:حابارىن|ماتەريالىن)\s+جازعان)\s.{0,160}?(?:тілшілері|тілшісі|ء?تىلشىلەرى|ء?تىلشىسى)\s+([^.!?]{2,80})$/iu;

/** The reporters a Xinjiang paper's signing line names as having taken the pictures: the credit. */
function reportersCredit(text: string): Credit | undefined {
  const found = text.includes('жазған') || text.includes('جازعان') ? REPORTERS_CREDIT.exec(text) : null;
  return found ? { credit: found[1]! } : undefined;
}

/** The source a line names before its picture editor, with no credit word: the credit. */
function pictureEditorCredit(text: string): Credit | undefined {
  const edited = text.includes('бильд-редактор') ? SOURCE_AND_PICTURE_EDITOR.exec(text) : null;
  return edited ? { credit: edited[1]! } : undefined;
}

// The image title some outlets put in a caption: `, фото - Новости Zakon.kz от 11.09.2025 12:20`, in
// Kazakh `, сурет - Zakon.kz жаңалық 17.01.2026 11:06`; the site's domain after `на`, the month named,
// `Аким области Имя Фамилия фото на sportnews.kz от 29 декабря 2025 12:46`.
const CAPTION_TAIL = /\s*,?\s*(?:(?:фото|сурет)\s*[-–—]\s*.{0,60}?\s(?:от\s)?\d{2}\.\d{2}\.\d{4}|(?:фото|сурет)\s+на\s+(?:[\p{L}\d-]+\.)+\p{L}{2,6}\s+от\s+\d{1,2}\s+\p{L}{3,9}\s+\d{4})(?:\s\d{1,2}:\d{2})?$/iu;
// That image title alone on its line, the credit on the next: `гололед, авария, фото - Новости Zakon.kz от 03.11.2025 08:42`;
// its keywords may be the site's domain, `Zakon.kz, фото - …`.
const IMAGE_TITLE = /^(?:[^.!?]|\.(?=\p{L})){1,150}?,\s*(?:фото|сурет)\s*[-–—]\s*.{0,60}?\s(?:от\s)?\d{2}\.\d{2}\.\d{4}(?:\s\d{1,2}:\d{2})?$/iu;
// The site's name signing that title after its time: `… от 25.06.2019 23:32 Zakon.kz`.
const SITE_AFTER_TIME = /(?<=\s\d{1,2}:\d{2})\s+(?:[\p{L}\d-]+\.)+\p{L}{2,6}$/u;
// Only a line's tail can hold it: the pattern reads no more than a time and a domain's length.
const SITE_TAIL = 40;
// Its date and time, which are the report's when the page prints no stamp of its own.
const CAPTION_TAIL_STAMP = /\d{2}\.\d{2}\.\d{4}\s\d{1,2}:\d{2}$/u;

/** The rule name of a note on where the collage's pictures come from, left out beside the photo's credit. */
const COLLAGE_SOURCES = 'collage sources';

/** The rule name of the image title's date and time (`Credit.imageStamp`): the report's time only when the page prints no stamp. */
export const IMAGE_STAMP = 'image title stamp';

export interface Credit {
  credit: string;
  /** A credit that names no one: `Иллюстративное фото`, `Фото из открытых источников`. */
  generic?: boolean;
  caption?: string;
  /** A page stamp printed before the credit on its line. */
  stamp?: string;
  /** The date and time in the image's title before the credit (`… фото - Новости Zakon.kz от 19.10.2025 15:59`). */
  imageStamp?: string;
  /** A note naming where a collage's pictures come from (`Коллаж суреттері: …`): the credit only when the page prints no other. */
  collageSources?: boolean;
}

// The same words twice, a space between.
const DOUBLED = /^(.{8,}) \1$/u;

// Every credit form holds one of these words: most lines are tested against this alone.
const CREDIT_WORD = /©|фото|снимок|скрин|изображени|обложка|коллаж|рисун|иллюстрац|инфографик|сурет|кадр|скриншот|foto|photo|cover|sýret|suret|kolla(?:j|zh)|[ıi]ll[ıiy]?(?:[ýu]|iu)str|[ıi]nfograf[ıi]k|سۋرەت|فوتو|كوللاج|لل[يى]?ۋستر|نفو(?:گ|ع)رافيك/iu;
// The words of credits written without a label (`ашық дереккөзі`, `Kollajdy jasaǵan – …`), short lines only.
const UNLABELLED_CREDIT_WORD = /дереккөз|derekkóz|دەرەككوز|kollaj|كوللاج/iu;
const UNLABELLED_LONGEST = 120;
// A caption above the lead with its credit as a bare domain at its end, no label between: `Жол апатының
// хаттамалары … – судья пікірі canva.com` (the photo's source site).
const DOMAIN_CAPTION = /^(\S.{6,200}?)\s+((?:www\.)?[a-z0-9][a-z0-9-]*\.(?:com|kz|ru|org|net|info))$/u;
// Tested first: most lines end in no domain. What follows the line's last period is read, no pattern run over the line.
const DOMAIN_ENDINGS: ReadonlySet<string> = new Set(['com', 'kz', 'ru', 'org', 'net', 'info']);

/** Whether the line ends in a domain's ending (`.kz`, `.com`, …). */
function endsInDomain(text: string): boolean {
  const dot = text.lastIndexOf('.');
  return dot >= 0 && DOMAIN_ENDINGS.has(text.slice(dot + 1));
}
const CAPTION_WORDS = 3;
// A dash or pipe right before the domain makes the line a page's own title, the site's name after the
// headline (`<headline> - adebiportal.kz`), no caption: the domain is the site's, not the photo's; so does the site
// named as such after it (`<headline>: <region>, <date> - новости на сайте gurk.kz`).
const PAGE_TITLE_DASH = /\s[-–—|](?:\s(?:новости\s)?на\sсайте)?$/u;

// A domain named as who reports or whom the report cites, the phrase right before it: `…, сообщает Lada.kz со ссылкой
// на lada.kz` (its final period lost), `…, передает портал site.kz`, `…, деп хабарлайды site.kz`. The line is a lead's
// sentence, the domain its source: no caption, no credit.
const ATTRIBUTED_DOMAIN = /(?:^|\s)(?:со\s+ссылкой\s+на|ссылаясь\s+на|сообща[её]т|сообщают|сообщил[аио]?|переда[её]т|передают|пишет|пишут|информирует|по\s+(?:данным|информации)|деп\s+(?:хабарлайды|жазады|хабарлады)|dep\s+(?:habarla[ıi]dy|jazady|habarlady))(?:\s+(?:(?:\p{Ll}{3,}(?:ое|ый|ий|ой|ая)\s+)?(?:ИА|МИА|агентство|агентства|информагентство|(?:медиа-?|интернет-)?портала?|издание|издания|сайт|сайта)|\s+корреспондент(?:ы)?))?$/iu;
// Tested first: a caption names no such phrase.
const ATTRIBUTED_WORD = /ссылк|ссылая|сообщ|переда|пиш|информир|данным|информации|хабарла|жазады|habarla|jazady/iu;

/** A caption ending in its credit as a bare domain, on a line above the lead that reads as a headline. */
function domainCaption(text: string): Credit | undefined {
  const found = endsInDomain(text) ? DOMAIN_CAPTION.exec(text) : null;
  if (!found || !isHeadlineLike(found[1]!) || found[1]!.endsWith(':') || PAGE_TITLE_DASH.test(found[1]!) || wordCount(found[1]!) < CAPTION_WORDS) return undefined;
  if (ATTRIBUTED_WORD.test(found[1]!.slice(-40)) && ATTRIBUTED_DOMAIN.test(found[1]!)) return undefined;
  return { credit: found[2]!, caption: found[1]! };
}

// A site's domain alone on its line.
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|kz|ru|org|net|info)$/iu;

/** A domain alone on its line, told by its ending first: `voxpopull.kz`. */
function isBareDomain(text: string): boolean {
  return endsInDomain(text) && BARE_DOMAIN.test(text);
}

/**
 * A domain alone on the line under the page's view counter, above the lead (`105` / `mgpu.ru`): the
 * photo's source, printed where the picture was; so is one under the report's stamp (`01.10.2023, 20:05` /
 * `olympic.kz`) under the headline, that is no listed outlet and that the next lines do not name, as the
 * lead names the outlet reporting; so is one under the headline printed again as the picture's caption (`<headline>` /
 * `voxpopull.kz`). A domain elsewhere names the report's source.
 */
function domainUnderCounter(lines: readonly SourceLine[], index: number, title: string | undefined): Credit | undefined {
  const { text } = lines[index]!;
  const above = lines[index - 1]?.text;
  if (above === undefined || !isBareDomain(text)) return undefined;
  const kind = metaLine(above);
  if (kind === 'counter') return { credit: text };
  // Under a site header's date, above the headline, the domain is the site's name (`Шымкент` / `Жұма, 22 наурыз, 2024` / `example.kz`).
  if (kind !== 'stamp' || isOutletName(text)) return undefined;
  const head = lines[index - 2];
  const underHeadline = head === undefined ? title !== undefined && wordCount(title) >= CAPTION_WORDS : !head.verbatim && !head.fromTitle && isHeadlineLike(head.text) && wordCount(head.text) >= CAPTION_WORDS;
  if (!underHeadline) return undefined;
  const name = text.toLowerCase().replace(/^www\./u, '').split('.')[0]!;
  return lines.slice(index + 1, index + 3).some((line) => line.text.toLowerCase().includes(name)) ? undefined : { credit: text };
}

/**
 * A domain alone on two lines in a row under a paragraph, as a site prints its own picture's alt text over its
 * credit between paragraphs (`…` / `Ulysmedia.kz` / `Ulysmedia.kz` / `…`): the site's credit.
 */
function doubledDomain(lines: readonly SourceLine[], index: number): Credit | undefined {
  const [above, line, copy] = [lines[index - 1], lines[index]!, lines[index + 1]];
  if (!above || !copy || above.verbatim || copy.verbatim || copy.text !== line.text || copy.line !== line.line + 1) return undefined;
  return isBareDomain(line.text) && isSentenceLine(above) ? { credit: line.text } : undefined;
}

// A stock photographer's handle alone, an underscore joining words of Latin letters: `Alexey_Fedoren` (a picture's
// file name holds figures, `InShot_20231025_180339373`).
const STOCK_HANDLE = /^[A-Za-z]{2,}(?:_[A-Za-z]{2,})+$/u;
// Or the account on a social network the picture was taken from: `instagram.com/fcqyzyljar` (NETWORK_HOSTS, the
// networks' hosts, also name a caption's source, CAPTION_SLASH_SOURCE).
const NETWORK_HOSTS = String.raw`instagram\.com|facebook\.com|vk\.com|t\.me|tiktok\.com|x\.com|twitter\.com`;
const SOCIAL_PROFILE = new RegExp(String.raw`^(?:https?:\/\/)?(?:www\.)?(?:${NETWORK_HOSTS})\/@?[\w.-]{2,40}\/?$`, 'u');

/**
 * A domain, a stock photographer's handle or a social network's account alone right under the headline printed a
 * second time, as the picture's caption (`<headline>` / `voxpopull.kz`, `<headline>` / `Alexey_Fedoren`, `<headline>` /
 * `instagram.com/club`), or an account or a handle right under the date line's headline: its source. A listed
 * outlet's domain, or one the lead names, is an aggregator's link to the report's source (`<headline>` / `inform.kz`).
 */
function sourceUnderHeadlineCopy(lines: readonly SourceLine[], index: number, title: string | undefined): Credit | undefined {
  const { text } = lines[index]!;
  const above = lines[index - 1];
  const handle = (text.includes('_') && STOCK_HANDLE.test(text)) || (text.includes('/') && SOCIAL_PROFILE.test(text));
  // Right under the date line's headline, over a sentence (the picture's caption or the lead), as the page prints it.
  if (index === 0 && handle && title !== undefined && lines[1] !== undefined && !lines[1].verbatim && isSentenceLine(lines[1])) return { credit: text };
  if (above === undefined || above.verbatim || !(handle || (isBareDomain(text) && !isOutletName(text))) || !isHeadlineLike(above.text)) return undefined;
  // A line of the site's header printed twice (its menu and search box copied with each header) is no headline.
  if (clutterRuleOf(above.text) !== undefined) return undefined;
  const name = text.toLowerCase().replace(/^www\./u, '').split('.')[0]!;
  if (!handle && lines.slice(index + 1, index + 3).some((line) => inOneScript(line.text).toLowerCase().includes(name))) return undefined;
  const headline = foldHeadline(above.text);
  const printed = [title, ...lines.slice(0, index - 1).map((line) => line.text)].some((other) => other !== undefined && foldHeadline(other) === headline);
  return printed ? { credit: text } : undefined;
}

// The office that gave the picture, its name alone (no verb, no mark): a press service or an akimat, in
// Kazakh's alphabets or Russian (`Келес ауданы әкімдігінің баспасөз қызметі`, `Qala ákimdigi`, `Пресс-служба акимата`).
const OFFICE_TAIL = /(?:баспасөз\s+қызметі|baspasóz\s+qyzmeti|baspasöz\s+qyzmetı|ءباسپاسوز\s+قىزمەتى|әкімдігі|ákimdigi|اكىمدىگى)$/u;
const OFFICE_CREDIT = /^(?:\p{Lu}[\p{L}\p{M}-]*(?:\s+[\p{L}\p{M}-]+){1,7}|[Пп]ресс-служба(?:\s+[\p{L}-]+){1,5})$/u;
// The words a headline copy holds at least, so that a word or two shared with the title is no copy.
const HEADLINE_COPY_WORDS = 3;

/**
 * The picture's caption above the lead: the headline again, in the text's alphabet or Kazakh's other one, the
 * office that gave the picture glued after it with no label (`<headline in Cyrillic> Келес ауданы әкімдігінің
 * баспасөз қызметі` under a Latin headline): the office is the credit, the copy the caption.
 */
function officeAfterHeadlineCopy(text: string, title: string | undefined): Credit | undefined {
  // `-служба` is looked for rather than `ресс-служба`: the hyphen, rare, is found quicker than a common letter.
  if (title === undefined || !(OFFICE_TAIL.test(text.slice(-24)) || text.includes('-служба'))) return undefined;
  const titleKey = kazakhKey(title);
  const words = text.split(' ');
  for (let cut = HEADLINE_COPY_WORDS; cut <= words.length - 2; cut++) {
    const rest = words.slice(cut).join(' ');
    if (!OFFICE_CREDIT.test(rest) || !(OFFICE_TAIL.test(rest) || /^[Пп]ресс-служба\s/u.test(rest))) continue;
    const caption = words.slice(0, cut).join(' ');
    if (sameKeys(kazakhKey(caption), titleKey)) return { credit: rest, caption };
  }
  return undefined;
}

// The label a credit glued after the headline's copy opens on, no colon: `<headline> Коллаж Tengrinews.kz`.
const GLUED_CREDIT_LABEL = /^(?:[Фф]ото|[Кк]оллаж|[Фф]отоколлаж)\s/u;

/**
 * The picture's caption above the lead: the headline again, word for word, its credit glued after it with an
 * unpunctuated label (`<headline> Коллаж Tengrinews.kz`): the credit is what the label names, read as alone.
 * The headline, of three words or more, is the title or a line above (the page's, under a title that is page matter: `Опубликовано: …`).
 */
function creditAfterHeadlineCopy(text: string, title: string | undefined, above: readonly SourceLine[]): Credit | undefined {
  const copies = (headline: string) => text.startsWith(`${headline} `) && wordCount(headline) >= CAPTION_WORDS;
  const headline = title !== undefined && copies(title) ? title : above.find((line) => copies(line.text))?.text;
  if (headline === undefined) return undefined;
  const rest = text.slice(headline.length + 1);
  const alone = GLUED_CREDIT_LABEL.test(rest) ? creditIn(rest) : undefined;
  return alone && !alone.caption ? { credit: alone.credit, caption: headline } : undefined;
}

// A credit naming the report's author, who is named on a line of the byline: `фото автора` (the author's photo).
const AUTHORS_OWN = /^фото\s+автора(?:\s+(?:статьи|материала))?\.?$/iu;
// An author's name on the byline's line: a first name and a surname, the surname in capitals at times
// (`Галина Вологодская`, `Канат БАХТИЯРОВ`), alone or with the region she writes from (`Валентина
// Мелехова, Костанайская область`). Case-sensitive.
const AUTHOR_NAME = /^(\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))?)(?:,\s+(?:\p{Lu}[\p{Ll}-]+(?:ая|кой)\s+област[ьи]|\p{Lu}[\p{L}-]+\s+облысы))?$/u;

/**
 * `фото автора` names the author whose byline the page prints above the text (`Галина Вологодская` /
 * `собственный корреспондент по ВКО` / … / `фото автора`): the nearest name on a line of its own above
 * the lead and the credit, alone or with her region, is the credit; so is a name under the text at most two
 * lines above the credit. With no name there, the line names no one (the clutter table takes it).
 */
const BYLINE_UNDER_TEXT = 2;

function authorsOwn(text: string, lines: readonly SourceLine[], index: number, lead: number): Credit | undefined {
  if (text.length > 30 || !AUTHORS_OWN.test(text)) return undefined;
  // The byline after a rubric and counters stands under the headline, which may read as a sentence (a question).
  for (let at = index - 1; at >= 0; at--) {
    const line = lines[at]!;
    if (line.verbatim || line.fromTitle) continue;
    // Under the text, the byline stands at most two lines above the credit (`Имя Фамилия` / … / `Фото автора`).
    const near = at >= index - BYLINE_UNDER_TEXT;
    const name = RUBRIC_COUNTS_AUTHOR.exec(line.text)?.[1] ?? (lead < 0 || at < lead || near ? AUTHOR_NAME.exec(line.text)?.[1] : undefined);
    if (name !== undefined && !INFINITIVE.test(name)) return { credit: name };
  }
  return undefined;
}

// The byline after the rubric and its counters, the author last: `Общество 0 3 696 Имя Фамилия` (Lada.kz).
const RUBRIC_COUNTS_AUTHOR = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+\d+)+\s+(\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+|\p{Lu}+))$/u;
// A site's button of two capitalised verbs reads as a name: `Авторизоваться Войти`. No name is a verb.
const INFINITIVE = /(?:ть|ться)(?:\s|$)/u;

// What a page prints where a credit is missing.
const PLACEHOLDER = /^\s*(?:none|null|undefined)\s*$/iu;

// No credit line is longer: a credit of 150 characters after its label, or a caption of 250 and a
// credit of 100 after a colon.
const LONGEST_CREDIT = 170;
const LONGEST_CAPTION = 400;
const CAPTION_BARS = '||';

// Keywords as a stock image's alt text lists them: three or more between commas, each of a word or
// a few, no closing mark (`суд, приговор, правосудие, закон и право`).
const KEYWORD_LIST = /^[\p{L}\p{M}\d -]+(?:,\s[\p{L}\p{M}\d -]+){2,}$/u;
const KEYWORD_WORDS = 4;
const KEYWORD_LIST_LONGEST = 120;
const SMALL_FIRST = /^\p{Ll}/u;

/** An image's keywords printed as its alt text, starting in lower case: a short label, or a list of keywords. */
function isAltKeywords(text: string): boolean {
  if (!SMALL_FIRST.test(text)) return false;
  return isLabelLike(text) || (text.length <= KEYWORD_LIST_LONGEST && KEYWORD_LIST.test(text) && text.split(', ').every((word) => wordCount(word) <= KEYWORD_WORDS));
}

// An image's title that is its keywords, as a stock or an outlet's photo bank lists them before the
// credit: five or more between commas, most in small letters (`КТЖ, Казахстанские железные дороги,
// поезд, поезда, вагон, …`). They describe no photo; people named in a caption have capitals.
const TITLE_KEYWORDS = 5;

function isKeywordTitle(text: string): boolean {
  if (!KEYWORD_LIST.test(text)) return false;
  const items = text.split(', ');
  return items.length >= TITLE_KEYWORDS && items.every((item) => wordCount(item) <= KEYWORD_WORDS) && items.filter((item) => SMALL_FIRST.test(item)).length * 2 > items.length;
}

// A headline with its media label, not a credit: `ФОТО: Из-за паводков жители Уральска передвигаются на
// лодках`. Case-sensitive: a capital after the colon, then a phrase of five words or more, three of
// them in small letters, a verb among them, no name or office opening it (`Иван Смирнов, Коммерсантъ …`,
// `Пресс-служба …`). With no verb the phrase names who took the photo: `Фото: Центр общественных
// коммуникаций Мангистауской области`.
const MEDIA_HEADLINE = /^(?:ФОТО|Фото)\s*:\s*(\p{Lu}\p{Ll}[^.!?©/]*)$/u;
// What a credit names: an office, an archive, a source, a site or a network, or a name in Latin letters.
const CREDIT_LIKE = /пресс-служб|служб[аы]|архив|акимат|министерств|департамент|управлени|агентств|сайт|источник|соцсет|[A-Za-z]|\.(?:kz|ru|com)/iu;
const MEDIA_LABEL = /^(?:ФОТО|Фото)\s*:\s*(?=\p{Lu}\p{Ll})/u;
// A photographer's name opening it, a comma or a second name after: `Иван Смирнов, Коммерсантъ …`.
const NAME_FIRST = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:,|\s+и\s+\p{Lu})/u;
const MEDIA_HEADLINE_WORDS = 5;
const MEDIA_HEADLINE_SMALL_WORDS = 3;

function isMediaHeadline(text: string): boolean {
  const rest = MEDIA_HEADLINE.exec(text)?.[1];
  if (rest === undefined || CREDIT_LIKE.test(rest) || NAME_FIRST.test(rest) || wordCount(rest) < MEDIA_HEADLINE_WORDS) return false;
  return rest.split(/\s+/u).filter((word) => SMALL_FIRST.test(word)).length >= MEDIA_HEADLINE_SMALL_WORDS && hasVerb(rest);
}

// A caption glued before a credit's capitalised label and its colon: `…жабылдыФото: Видеодан скрин`.
const CAPTION_GLUED_LABEL = /^(\p{Lu}.{8,200}?[\p{Ll}\d»"”)])(?=(?:Фото|Сурет|Фотосурет|Коллаж|Foto|Photo|Sýret)\s*:)/u;
// Its mark alone, tested first: the lazy caption above backtracks over every line.
const GLUED_LABEL_MARK = /[\p{Ll}\d»"”)](?:Фото|Сурет|Фотосурет|Коллаж|Foto|Photo|Sýret)\s*:/u;
const CAPITAL_LABELS = ['Фото', 'Сурет', 'Коллаж', 'Foto', 'Photo', 'Sýret'];

/** Tested before GLUED_LABEL_MARK, which tries every character of every line: one of its labels (`Фотосурет` holds `Фото`) is in the text. */
function hasCapitalLabel(text: string): boolean {
  return CAPITAL_LABELS.some((label) => text.includes(label));
}

// A credit that is the site's address with its link's scheme kept, `Фото: //szh.kz`, `Фото: https://www.szh.kz/`,
// or closing on the signature's period, `Сурет: prosportkz.kz.`: the site. Only an address alone: a scheme
// inside a longer credit stays as printed.
const LINKED_SITE = /^(?:(?:https?:)?\/\/(?:www\.)?)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6})[/.]?$/iu;

// A labelled credit closing on a period, as a sentence would (`Фото: из открытых источников.`, `Сурет: автордың
// жеке архивінен алынды.`): the period is no part of it; an initial's is (`Фото: Иван П.`).
const CLOSING_PERIOD = /(?<=[\p{L}\p{M}]{2}|[»"”)])\.$/u;

// A labelled credit with the photo's caption after its period: `Фото: МЧС РК. Спасатели на месте пожара`. The credit
// closes on a word of two capitals or three letters (an initial, `А. Смирнов`, closes none), the caption opens in a capital.
const CAPTION_AFTER_CREDIT = /^([^.!?]{2,60}?(?:\p{Lu}{2}|\p{L}{3}))\.\s+(\p{Lu}\p{Ll}[^.!?]{8,200}[.!?]?)$/u;
// A caption's separator left before its credit when the copy lost the caption: `|| Автор фото Имя Фамилия`.
// The text's author before the photographer's credit on one line: `Текст: Имя Фамилия,`.
const BYLINE_BEFORE = /^(?:текст|автор|мәтін)\s*:\s*\p{Lu}[\p{L}.\s-]{2,60},?$/iu;
// A credit in brackets closing the line, after a caption or alone: `(Фото: пресс-служба)`, `Caption (фото Имени Фамилии)`;
// the caption is one phrase: a paragraph that closes a sentence before the brackets is text.
const BRACKETED = /^(?:(\p{Lu}[^().!?]{2,200}?)\s*)?\(((?:фото|снимок|сурет|foto|photo)[^()]{2,80})\)\.?$/iu;
// A generic credit in brackets after a caption that closes its sentences, as RFE/RL's pages print them: `Чемпион
// на ринге. Нью-Йорк, 2 қараша 2013 жыл. (Көрнекі сурет)`, `… (Иллюстративное фото)`. Only a generic credit there:
// a paragraph closing on a bracketed note of its own is text.
const CAPTION_BRACKETED_GENERIC = /^(\p{Lu}[^()]{2,250}?[.!?])\s*\(((?:көрнекі|иллюстр|kórneki)[^()]{2,40})\)$/iu;
// A rights notice after a copyright credit's period: no caption.
const RIGHTS_NOTICE = /прав[аы]?\s+защищен|rights\s+reserved|құқықтар\w*\s+қорғалған/iu;
const SEPARATOR_FIRST = /^(?:\|{1,2}|\/)\s*/u;

// A credit's label glued to the site or name in Latin letters after it, the signature's period closing it or not:
// `ФотоOrda.kz.`, `ФотоTengrinews.kz`; the label's own words (`Фотоколлаж`) go on in Cyrillic.
const GLUED_LATIN_LABEL = /^(Фото|Сурет|Коллаж)([A-Z][A-Za-z\d-]*(?:\.[A-Za-z\d-]+)*(?:\s[A-Z][A-Za-z\d]+)?)\.?$/u;
// A site's domain and who gave the picture after a slash or a backslash, a name of up to three capitalised words or
// an abbreviation (`ЖИ`, AI), no label: the whole line is the credit.
const SITE_SOURCE = /^((?:[\p{L}\d][\p{L}\d-]*\.)+(?:kz|ru|com|org|net|info|media))\s?[/\\]\s?(\p{Lu}[\p{L}\d.-]*(?:\s\p{Lu}[\p{L}\d.-]*){0,2})$/u;
const SITE_SOURCE_LONGEST = 80;
// The photo's caption and its source after a slash with spaces around it, no label, as Kursiv prints them: `Автомобиль
// врезался в ограждение у фонтана / t.me/cityshymkent`. The source a channel's or a network's address, or a domain;
// the caption of three words or more.
const CAPTION_SLASH_SOURCE = new RegExp(String.raw`^(\p{Lu}[^/]{8,200}?)\s\/\s((?:https?:\/\/)?(?:${NETWORK_HOSTS}|youtube\.com)\/[\w.-]+|(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|org|net|info|media|news|uz|kg))$`, 'u');
const CAPTION_SLASH_WORDS = 3;
// A photographer's name with the agency and the photo bank after slashes, no label, as a stock photo's credit
// prints them: `Имя Фамилия/Fotoimedia RM/fotobank.ru`, `Имя Фамилия/Reuters` (the parts after the name in Latin
// letters, or a photo agency named in Cyrillic, `Имя Фамилия/РИА Новости`, as Russian papers credit it under the dek:
// `Алматы/Астана` or two names are no credit). The whole line is the credit.
const CYRILLIC_AGENCY = String.raw`(?:РИА\s+Новости|ТАСС|ИТАР-ТАСС|Интерфакс|Коммерсантъ|Известия|Спутник|КазТАГ|Казинформ|Агентство\s+«Москва»)`;
const PHOTOGRAPHER_AGENCY = new RegExp(String.raw`^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s?\/\s?(?:\p{Script=Latin}[\p{Script=Latin}\d.-]*(?:\s\p{Script=Latin}[\p{Script=Latin}\d.-]*){0,2}|${CYRILLIC_AGENCY})){1,2}$`, 'u');

// Several credits between commas, each under its own label, as a newspaper credits a report's pictures one by
// one: `фото Имени Фамилии, фото центра активного отдыха, фото Имени Фамилии`. Each a phrase of up to five words,
// no verb and no sentence's mark in it, one at least a credit alone: the credit names them all, in order.
const CREDIT_LIST_SPLIT = /,\s+(?=(?:фото|сурет|foto|sýret)\s)/iu;
const CREDIT_LIST_ITEM = /^(?:фото|сурет|foto|sýret)\s+([^.!?:;,()«»"]{2,60})$/iu;
const CREDIT_LIST_WORDS = 5;

function creditList(text: string): Credit | undefined {
  const parts = text.split(CREDIT_LIST_SPLIT);
  if (parts.length < 2) return undefined;
  const names: string[] = [];
  let named = false;
  for (const part of parts) {
    const item = CREDIT_LIST_ITEM.exec(part.trim());
    if (!item || wordCount(item[1]!) > CREDIT_LIST_WORDS || hasVerb(item[1]!)) return undefined;
    const alone = creditIn(part.trim());
    const own = alone && !alone.caption && !alone.generic ? alone.credit : undefined;
    if (own) named = true;
    names.push(own ?? item[1]!.trim());
  }
  return named ? { credit: names.join(', ') } : undefined;
}

// A note naming where a collage's pictures come from, under a paragraph or the picture: Kazakh `Коллаж суреттері:
// egemen.kz және … сайттарынан алынған.` (Latin `Kollaj sýretteri: … saıttarynan alynǵan.`, Arabic `كوللاج سۋرەتتەرى: …
// سايتتارىنان الىنعان.`), Russian `Фото для коллажа: X, Y`, `В коллаже использованы фото X`. Credit matter, no text: the
// credit is the sources it names, the site's word and the verb left out, when the page prints no other.
const COLLAGE_WORD = /коллаж|kolla(?:j|zh)|كوللاج/iu;
const COLLAGE_SOURCES_KK = /^(?:коллаж(?:дағы|да\s+пайдаланылған)?\s+(?:суреттер(?:і)?|фотолар(?:ы)?)|kolla(?:j|zh)(?:da(?:ǵ|gh|g)y|da\s+pa[ıiy]dalanyl(?:ǵ|gh|g)an)?\s+(?:s[ýu]retter(?:i)?|fotolar(?:y)?)|كوللاج(?:داعى|دا\s+پايدالانىلعان)?\s+(?:سۋرەتتەر(?:ى)?|فوتولار(?:ى)?))(\s*:\s*|\s+[-–—]\s+|\s+)(\S.{1,140}?)\.?$/iu;
// The note's verb, `алынған` / `алынды` (taken), and the sites it names them by, in the ablative: left out of the credit.
const SOURCES_TAKEN = /\s+(?:алынған|алынды|alyn(?:ǵ|gh|g)an|alyndy|الىنعان|الىندى)$/iu;
const SOURCES_SITES = /\s+(?:сайт(?:тар)?ынан|сайттардан|sa[ıiy]t(?:tar)?ynan|sa[ıiy]ttardan|سايت(?:تار)?ىنان|سايتتاردان)$/iu;
const COLLAGE_SOURCES_RU = /^(?:(?:(?:фото(?:графии)?|снимки|изображения|источники\s+фото)\s+(?:для\s+коллажа|в\s+коллаже)\s*:\s*)|((?:в|для)\s+коллаж[еа]\s+использован[ыо]\s+(?:фото(?:графии)?|снимки|изображения)\s+))(\S.{1,100}?)\.?$/iu;
// Without a colon, the sources read as a credit: a name, a site or a quote opening them, or where they come from
// (`из открытых источников`, `автора`, `пресс-службы …`); `В коллаже использованы фото известных людей.` is text.
const SOURCES_NAMED = /^(?:[\p{Lu}«"“\d]|[A-Za-z]|(?:из|с|со)\s|автора|пресс-служб)/u;
// A source that names no one: the open sources, the internet.
const SOURCES_GENERIC = /^(?:из|с|со)\s|дереккөз|derekkóz|دەرەككوز|интернет|internet|ينتەرنەت/iu;
// A sentence's end inside the note makes it text.
const SOURCES_SENTENCE_BREAK = /[.!?؟]["»”)]?\s/u;

/** A note naming where the collage's pictures come from: its sources, marked as such, or undefined. */
function collageSources(text: string): Credit | undefined {
  const kazakh = COLLAGE_SOURCES_KK.exec(text);
  let rest: string;
  if (kazakh) {
    rest = kazakh[2]!;
    const taken = SOURCES_TAKEN.exec(rest);
    // With no colon, only the verb tells the note from a sentence opening on the collage's pictures.
    if (!taken && !kazakh[1]!.includes(':')) return undefined;
    if (taken) rest = rest.slice(0, taken.index);
    const sites = SOURCES_SITES.exec(rest);
    if (sites) rest = rest.slice(0, sites.index);
  } else {
    const russian = COLLAGE_SOURCES_RU.exec(text);
    if (!russian) return undefined;
    rest = russian[2]!;
    if (russian[1] !== undefined && (!SOURCES_NAMED.test(rest) || hasVerb(rest))) return undefined;
  }
  rest = rest.trim();
  if (rest.length < 2 || SOURCES_SENTENCE_BREAK.test(rest)) return undefined;
  return SOURCES_GENERIC.test(rest) ? { credit: rest, generic: true, collageSources: true } : { credit: rest, collageSources: true };
}

/** Whether a line holds a credit word, or one of a credit written without a label on a short line. */
function holdsCreditWord(text: string): boolean {
  return CREDIT_WORD.test(text) || (text.length <= UNLABELLED_LONGEST && UNLABELLED_CREDIT_WORD.test(text));
}

/**
 * A site and who gave the picture after a slash or a backslash, with no label: `Ulysmedia.kz\ЖИ`, `Orda.kz/Имя Фамилия`;
 * or a photographer with the agency and the photo bank after slashes, no label: `Имя Фамилия/Fotoimedia RM/fotobank.ru`;
 * or a caption with its source after a spaced slash (CAPTION_SLASH_SOURCE).
 */
function unlabelledSite(text: string): Credit | undefined {
  const captioned = text.includes(' / ') ? CAPTION_SLASH_SOURCE.exec(text) : null;
  if (captioned && wordCount(captioned[1]!) >= CAPTION_SLASH_WORDS) return { credit: captioned[2]!, caption: captioned[1]! };
  if (text.length > SITE_SOURCE_LONGEST) return undefined;
  const siteSource = SITE_SOURCE.exec(text);
  if (siteSource) return { credit: `${siteSource[1]}/${siteSource[2]}` };
  if (text.includes('/') && PHOTOGRAPHER_AGENCY.test(text)) return { credit: text.replace(/\s?\/\s?/gu, '/') };
  return undefined;
}

export function creditIn(text: string): Credit | undefined {
  // A longer line holds a caption before its credit, after a colon or a double bar (`… || Фото Имени Фамилии`).
  if (text.length > LONGEST_CAPTION || (text.length > LONGEST_CREDIT && !text.includes(':') && !text.includes(CAPTION_BARS))) return undefined;
  // Tested first: the line opens on a pipe or a slash.
  const separator = text[0] === '|' || text[0] === '/' ? SEPARATOR_FIRST.exec(text) : null;
  if (separator) return creditIn(text.slice(separator[0].length));
  // The featured image's role before a label with no colon (`cover Коллаж Orda.kz`): the credit is the label's.
  if (text.startsWith('cover ') && COVER_BEFORE_LABEL.test(text)) return creditIn(text.slice('cover '.length));
  // A stock library's domain alone: `istockphoto.com`, `shutterstock.com`.
  if (text.endsWith('.com') && STOCK_DOMAIN.test(text)) return { credit: text };
  // A picture given by a body holds no credit word: `Предоставлено акиматом` (GIVEN_UNLABELLED).
  if (text.startsWith('Предоставлен') && GIVEN_UNLABELLED.test(text)) return { credit: text.replace(CLOSING_PERIOD, '') };
  // Every form below holds a credit word but a site's or a photographer's with slashes and no label, or the picture's
  // source with its picture editor (`gov.kz, бильд-редактор: Имя Фамилия`, Kursiv): most lines are told by that alone.
  if (!holdsCreditWord(text)) return pictureEditorCredit(text) ?? unlabelledSite(text);
  const reporters = reportersCredit(text);
  if (reporters) return reporters;
  if (isMediaHeadline(text)) return undefined;
  const list = text.includes(',') && CREDIT_LIST_SPLIT.test(text) ? creditList(text) : undefined;
  if (list) return list;
  // The copyright sign glued after the credit, `Фото Имя Фамилия©`, is no part of it.
  if (text.endsWith('©') && text.length > 2 && !text.startsWith('©')) {
    const bare = creditIn(text.slice(0, -1).trimEnd());
    if (bare) return bare;
  }
  // A credit in brackets, alone, `(Фото: пресс-служба акимата)`, or after the caption it closes, `Рабочие на мосту
  // (фото Имени Фамилии)`: the credit, and the caption of three words or more before it.
  if (text.endsWith(')')) {
    const bracketed = BRACKETED.exec(text);
    const inner = bracketed ? creditIn(bracketed[2]!) : undefined;
    if (inner && !inner.caption && (!bracketed![1] || wordCount(bracketed![1]) >= CAPTION_WORDS)) return bracketed![1] ? { ...inner, caption: bracketed![1] } : inner;
    const generic = bracketed ? null : CAPTION_BRACKETED_GENERIC.exec(text);
    const genericCredit = generic ? CREDIT_PHRASE.exec(generic[2]!) : null;
    if (genericCredit && wordCount(generic![1]!) >= CAPTION_WORDS) return { credit: genericCredit.slice(1).find(Boolean)!.trim(), generic: true, caption: generic![1]! };
  }
  // A caption under its label, `На фото: новый мост`, names what the picture shows, not who took it; a credit
  // after the caption on its line is the credit (`На фото: … || Фото из архива`), the caption without its label.
  if (isLabelledCaption(text)) {
    const after = creditIn(text.slice(text.indexOf(':') + 1).trim());
    return after?.caption ? after : undefined;
  }
  // That headline again with the photo's caption and its credit glued after it: `ФОТО: Из-за паводков … на
  // лодках Паводки в ЗКО. Фото Жанара Берикова©`: the credit is the one at its end.
  const label = MEDIA_LABEL.exec(text);
  const inner = label ? creditIn(text.slice(label[0].length)) : undefined;
  if (inner?.caption) return inner;
  // The photo's caption (often the headline again) with its labelled credit glued after it, no space
  // between: `Астана – Қарағанды тасжолы жабылдыФото: Видеодан скрин`. A small letter or a figure
  // touches the label's capital; the caption is a headline of three words or more.
  const gluedLabel = hasCapitalLabel(text) && GLUED_LABEL_MARK.test(text) ? CAPTION_GLUED_LABEL.exec(text) : null;
  if (gluedLabel && isHeadlineLike(gluedLabel[1]!) && wordCount(gluedLabel[1]!) >= 3) {
    const credit = creditIn(text.slice(gluedLabel[1]!.length));
    if (credit && !credit.caption) return { ...credit, caption: gluedLabel[1]! };
  }
  // The label glued to a credit in Latin letters, its space lost, the signature's period kept: `ФотоOrda.kz.`.
  const gluedLatin = GLUED_LATIN_LABEL.exec(text);
  if (gluedLatin) return creditIn(`${gluedLatin[1]} ${gluedLatin[2]}`);
  const site = unlabelledSite(text);
  if (site) return site;
  // A credit line printed twice over, as an image's title and its caption glued: the one copy.
  const half = DOUBLED.exec(text);
  if (half) return creditIn(half[1]!);
  const sources = COLLAGE_WORD.test(text) ? collageSources(text) : undefined;
  if (sources) return sources;
  const generated = GENERATED.exec(text) ?? GENERATED_IN.exec(text);
  if (generated) return generated[1] ? { credit: generated[1].trim() } : { credit: text.replace(/\.$/u, ''), generic: true };
  const plain = CREDIT.exec(text);
  // `Foto: None` names no one: the page's placeholder, left to the clutter table. A label printed
  // twice, in the page's two scripts (`Foto: Фото: Келес ауданы әкімдігі`), is one label.
  if (plain) {
    if (PLACEHOLDER.test(plain[1]!)) return undefined;
    // After a dash the label may be the subject of a sentence, `Коллаж – өнердің ерекше бір түрі, оны …` (`Kollaj – …`,
    // `كوللاج – …`): a line of six words or more closing as a sentence is text, no credit.
    if (DASH_LAST.test(text.slice(0, -plain[1]!.length)) && isSentenceLine({ text })) return undefined;
    if (isCaptionSentence(plain[1]!)) return undefined;
    if (CREDIT.test(plain[1]!)) return creditIn(plain[1]!);
    // Tested first: the credit ends in a figure.
    const stamped = /\d$/u.test(plain[1]!) ? STAMP_AFTER_CREDIT.exec(plain[1]!.trim()) : null;
    if (stamped) return { credit: stamped[1]!, stamp: stamped[2]! };
    const captionAfter = CAPTION_AFTER_CREDIT.exec(plain[1]!.trim());
    if (captionAfter && wordCount(captionAfter[2]!) >= CAPTION_WORDS) return { credit: captionAfter[1]!, caption: captionAfter[2]! };
    const credit = plain[1]!.trim().replace(/^©\ufe0f?\s*/u, '').replace(LINKED_SITE, '$1').replace(/\s+©$/u, '').replace(CLOSING_PERIOD, '');
    // Under its label a site the photo was taken from is its domain: `Сурет: ontustiktv.kz сайтынан алынды.`
    return { credit: SITE_ABLATIVE.exec(credit.replace(TAKEN_SUFFIX, ''))?.[1] ?? credit };
  }
  const signed = text.includes('©') ? CAPTION_COPYRIGHT.exec(text) : null;
  if (signed) return { credit: signed[2]!.trim(), caption: signed[1]! };
  const sentenceSigned = text.includes('©') ? CAPTION_SENTENCE_COPYRIGHT.exec(text) : null;
  if (sentenceSigned && !RIGHTS_NOTICE.test(sentenceSigned[2]!)) return { credit: sentenceSigned[2]!.trim().replace(CLOSING_PERIOD, ''), caption: sentenceSigned[1]!.slice(0, -1) };
  const slashed = text.includes('/') ? DOMAIN_PHOTOGRAPHER.exec(text) : null;
  if (slashed) return slashed[1] ? { credit: slashed[2]!, caption: slashed[1] } : { credit: slashed[2]! };
  const captionSite = text.includes('/') ? CAPTION_PHOTOGRAPHER_SITE.exec(text) : null;
  const siteCredit = captionSite && isHeadlineLike(captionSite[1]!) && wordCount(captionSite[1]!) >= CAPTION_WORDS && !endsAsSentence(captionSite[1]!) ? CREDIT_NAME.exec(captionSite[2]!) : null;
  if (siteCredit) return { credit: siteCredit[1]!, caption: captionSite![1]! };
  const fromSite = FROM_SITE.exec(text);
  if (fromSite) return { credit: fromSite[1]! };
  const shotBy = SHOT_BY_VERB_LAST.exec(text);
  if (shotBy) return { credit: (shotBy[1] ?? shotBy[2])! };
  const phrase = CREDIT_PHRASE.exec(text) ?? CREDIT_NAME.exec(text) ?? LATIN_LABEL_NAME.exec(text);
  // The caption after a generic source's period: `Фото из интернета. Имя Фамилия` (an initial's or an abbreviation's
  // period, `г. Алматы`, closes none).
  const phraseCaption = phrase?.[1] && /^(?:из|с|со)\s/iu.test(phrase[1]) ? SOURCE_THEN_CAPTION.exec(phrase[1]) : null;
  if (phraseCaption && wordCount(phraseCaption[2]!) <= SOURCE_CAPTION_WORDS) return { credit: phraseCaption[1]!, generic: true, caption: phraseCaption[2]! };
  if (phrase) return { credit: phrase.slice(1).find(Boolean)!.trim(), generic: phrase[2] !== undefined || phrase[3] !== undefined || phrase[5] !== undefined || phrase[6] !== undefined || /^(?:из|с)\s/iu.test(phrase[1] ?? '') };
  const used = text.startsWith('В ') ? USED_IN_REPORT.exec(text) : null;
  if (used) return { credit: used[1]!, generic: /^(?:из|с)\s/u.test(used[1]!) };
  const given = GIVEN_BY.exec(text);
  if (given && wordCount(text) < GIVEN_BY_WORDS && !given[1]!.includes(',')) return { credit: given[1]! };
  const reader = READER_PHOTO.exec(text);
  if (reader) return { credit: reader[1]!, generic: true };
  const collage = COLLAGE_USED.exec(text);
  if (collage) return { credit: collage[1]! };
  const archiveCollage = COLLAGE_FROM_ARCHIVE.exec(text);
  if (archiveCollage) return { credit: archiveCollage[1]!, generic: true };
  const namePicture = NAME_PICTURE.exec(text);
  if (namePicture) return { credit: namePicture[1]! };
  const authors = AUTHORS_PHOTO.exec(text);
  if (authors) return { credit: authors[1]! };
  // The photo's caption closing a sentence, the generic credit after it: `У здания суда в Актау. Иллюстративное фото.`
  const closing = /\.\s/u.test(text) ? CAPTION_GENERIC.exec(text) : null;
  if (closing) {
    const generic = CREDIT_PHRASE.exec(closing[2]!);
    if (generic && (generic[2] ?? generic[3])) return { credit: (generic[2] ?? generic[3])!.trim(), generic: true, caption: closing[1]! };
  }
  const named = CAPTION_NAME.exec(text);
  if (named) return { credit: named[2]!, caption: named[1]! };
  const closingName = /\.\s/u.test(text) ? CAPTION_CREDIT_NAME.exec(text) : null;
  // Or the site it comes from: `Эпизод матча. Фото с сайта ФК "Кайрат"`.
  const nameAfter = closingName ? (CREDIT_NAME.exec(closingName[2]!) ?? FROM_SITE.exec(closingName[2]!)) : null;
  if (nameAfter) return { credit: nameAfter[1]!, caption: closingName![1]! };
  const taken = TAKEN_FROM.exec(text);
  if (taken && (/(?:алынды|alyndy|الىندى)\.?$/iu.test(text) || wordCount(text) <= TAKEN_FROM_BARE_WORDS)) return { credit: siteTakenFrom(taken[1]!) };
  const takenCaption = CAPTION_TAKEN_FROM.exec(text);
  if (takenCaption) return { credit: siteTakenFrom(takenCaption[2]!), caption: takenCaption[1]! };
  const glued = COPYRIGHT_GLUED.exec(text);
  if (glued && wordCount(glued[2]!) >= 3) return { credit: glued[1]!.trim().replace(PHOTO_LABEL_FIRST, ''), caption: glued[2]!.trim() };
  const copyright = COPYRIGHT.exec(text);
  // The caption after the credit's period, as a labelled credit prints it: `© Имя Фамилия. Имя Героя` (two
  // words or more; the agency's rights notice, `© ИА Новости. Все права защищены`, is no caption).
  const copyrightCaption = copyright ? CAPTION_AFTER_CREDIT.exec(copyright[1]!.trim()) : null;
  if (copyrightCaption && wordCount(copyrightCaption[2]!) >= 2 && !RIGHTS_NOTICE.test(copyrightCaption[2]!)) {
    return { credit: copyrightCaption[1]!.replace(PHOTO_LABEL_FIRST, ''), caption: copyrightCaption[2]! };
  }
  if (copyright) return { credit: copyright[1]!.trim().replace(PHOTO_LABEL_FIRST, '') };
  const byline = BYLINE_PHOTO.exec(text);
  if (byline) return { credit: byline[2] ?? byline[1]! };
  const marked = text.includes('(') ? BYLINE_MARKED_PHOTO.exec(text) : null;
  if (marked) return { credit: marked[1]! };
  const archive = BYLINE_ARCHIVE_PHOTO.exec(text);
  if (archive) return { credit: archive[1]! };
  const ownPhoto = BYLINE_OWN_PHOTO.exec(text);
  if (ownPhoto) return { credit: ownPhoto[1]! };
  const bylineCredit = BYLINE_THEN_CREDIT.exec(text);
  const ofByline = bylineCredit ? creditIn(bylineCredit[1]!) : undefined;
  if (ofByline && !ofByline.caption) return ofByline;
  const stock = STOCK.exec(text);
  if (stock) return { credit: stock[1]! };
  const stockAuthor = STOCK_AUTHOR.exec(text);
  if (stockAuthor) return { credit: `${stockAuthor[1]!}, ${stockAuthor[2]!}` };
  const frame = FRAME.exec(text);
  if (frame && (!frame[2] || FRAME_SOURCE.test(frame[2]))) return frame[2] ? { credit: text } : { credit: frame[1]!, generic: true };
  const framed = CAPTION_FRAME.exec(text);
  if (framed && wordCount(framed[1]!) >= CAPTION_WORDS && !endsAsSentence(framed[1]!)) return { credit: framed[2]!, generic: true, caption: framed[1]! };
  const channel = FRAME_CHANNEL.exec(text);
  if (channel) return { credit: channel[1]! };
  const slashCaption = CAPTION_SLASH.exec(text);
  // The credit may close on the line's period: `… || Фото ФК «Актобе».` (a few words, no verb: no sentence).
  const slashCredit = slashCaption?.[2]!.trim();
  const closed = slashCredit !== undefined && SLASH_CREDIT_PERIOD.test(slashCredit);
  const credited = closed ? slashCredit.slice(0, -1) : slashCredit;
  if (credited && wordCount(slashCaption![1]!) >= CAPTION_WORDS && !endsAsSentence(credited) && (!closed || (wordCount(credited) <= SLASH_CREDIT_WORDS && !hasVerb(credited)))) return { credit: credited, caption: slashCaption![1]!.trim() };
  const caption = CAPTION.exec(text);
  if (caption) {
    const tail = CAPTION_TAIL.exec(caption[1]!);
    const described = tail ? caption[1]!.slice(0, tail.index).trim() : caption[1]!.trim();
    const imageStamp = tail ? CAPTION_TAIL_STAMP.exec(tail[0])?.[0] : undefined;
    if (caption[1]!.length > CAPTION_LONGEST && !(tail && isKeywordTitle(described))) return undefined;
    // A stamp before the credit (`19 Февраля 2026, 09:36 Фото: primeminister.kz`) is no caption, nor
    // another label word, the picture's kind: `cover Фото: пресс-служба МВД РК`.
    // Nor is the copyright sign before a long credit: `© Photo : Официальный сайт …`, nor the label's own
    // adjective, `Иллюстративное фото: proza.ru` (the picture illustrates; it describes nothing).
    // Nor is the byline the credit shares its line with: `Текст: Имя Фамилия, фото: Имя Фамилия`.
    if (!described || described === '©' || LABEL_ONLY.test(described) || BYLINE_BEFORE.test(described) || ILLUSTRATIVE.test(described) || isKeywordTitle(described)) return { credit: caption[2]!.trim(), ...(imageStamp && { imageStamp }) };
    return metaLine(described) ? { credit: caption[2]!.trim(), stamp: described } : { credit: caption[2]!.trim(), caption: described, ...(imageStamp && { imageStamp }) };
  }
  return undefined;
}

// The generic credit some copies glue after the image's title: `…, фото - Новости Zakon.kz от 14.09.2018
// 19:20 из открытых источников`.
const OPEN_SOURCES_AFTER = /\s+(из\s+открытых\s+(?:интернет-)?источников)$/iu;

/**
 * The main image's title alone on a line above the lead (`гололед, авария, фото - Новости Zakon.kz
 * от 03.11.2025 08:42`): its keywords are no paragraph, its date and time may date the report.
 */
function imageTitles(state: ParseState): void {
  const lead = state.lines.findIndex(isSentenceLine);
  const end = lead < 0 ? state.lines.length : lead;
  for (let index = state.lines.length - 1; index >= 0; index--) {
    const line = state.lines[index]!;
    const open = line.text.endsWith('источников') ? OPEN_SOURCES_AFTER.exec(line.text) : null;
    const opened = open ? line.text.slice(0, open.index) : line.text;
    const tail = open ? '' : opened.slice(-SITE_TAIL);
    const signed = tail ? SITE_AFTER_TIME.exec(tail) : null;
    const text = signed ? opened.slice(0, opened.length - tail.length + signed.index) : opened;
    // Tested first: a line ending in a figure, with a dash in it.
    if (line.verbatim || line.fromTitle || !/\d$/u.test(text) || !/\s[-–—]\s/u.test(text) || !IMAGE_TITLE.test(text)) continue;
    // Under the lead, the titles of the report's other pictures, each over its own credit (`Дом Дружбы ,
    // фото - Новости Zakon.kz от …` / `Фото: Zakon.kz`): their time is the picture's, not the report's.
    const below = state.lines[index + 1];
    if (index >= end && !(below && !below.verbatim && creditIn(below.text))) continue;
    state.lines.splice(index, 1);
    state.skipped.push({ line: line.line, text: line.text, rule: 'image label' });
    if (open) state.article.photoCredit ??= open[1]!;
    const stamp = index < end ? CAPTION_TAIL_STAMP.exec(text)?.[0] : undefined;
    if (stamp) state.skipped.push({ line: line.line, text: stamp, rule: IMAGE_STAMP });
  }
}

// A credit's label alone on its line, the credit on the line under it: `Фото:` / `Устинка LIVE / А. Смирнов`.
const EMPTY_LABEL = new RegExp(String.raw`^${LABEL}\s*:$`, 'iu');
const CREDIT_UNDER_LABEL_WORDS = 8;
const BARE_LABEL = /^(?:фото|фотографии|фотограф|сурет|суреттер)$/iu;
const PERSON = /^\p{Lu}\p{Ll}+\s+\p{Lu}(?:\p{Ll}+|\p{Lu}{2,})(?:-\p{Lu}\p{Ll}+)?$/u;

/** Joins an empty credit label and the short line right under it into one credit line (`Фото: Устинка LIVE / А. Смирнов`). */
function labelOverCredit(state: ParseState): void {
  const { lines } = state;
  for (let index = 0; index + 1 < lines.length; index++) {
    const label = lines[index]!;
    const next = lines[index + 1]!;
    if (label.verbatim || next.verbatim || label.text.length > 20) continue;
    // The label with no colon, a blank line between or not, over the photographer's name alone: `Фотографии` / `Имя Фамилия`.
    if (BARE_LABEL.test(label.text) && PERSON.test(next.text) && next.line <= label.line + 2) {
      lines.splice(index, 2, { ...label, text: `${label.text}: ${next.text}` });
      continue;
    }
    if (!EMPTY_LABEL.test(label.text) || next.line !== label.line + 1) continue;
    if (wordCount(next.text) > CREDIT_UNDER_LABEL_WORDS || next.text.length > LONGEST_CREDIT || endsAsSentence(next.text) || creditIn(next.text)) continue;
    lines.splice(index, 2, { ...label, text: `${label.text} ${next.text}` });
  }
}

// A labelled credit the page wrapped, the rest of the name alone on the line under it, the two closing
// their block: `Фото: МЧС` / `РК`, `Фото: пресс-служба` / `акимата Костанайской области`. The rest is an
// abbreviation in capitals or opens in a small letter, up to four words, closing no sentence.
const WRAPPED_REST = /^(?:\p{Lu}{2,6}(?:\s\p{Lu}{2,6})?|\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})$/u;

/** Joins a labelled credit and the rest of its name wrapped onto the line under it (`Фото: МЧС` / `РК`) into one credit line. */
function wrappedCredit(state: ParseState): void {
  const { lines } = state;
  for (let index = 0; index + 1 < lines.length; index++) {
    const credit = lines[index]!;
    const rest = lines[index + 1]!;
    const after = lines[index + 2];
    if (credit.verbatim || rest.verbatim || rest.line !== credit.line + 1 || (after && after.line === rest.line + 1)) continue;
    if (!WRAPPED_REST.test(rest.text) || endsAsSentence(credit.text) || !CREDIT.test(credit.text)) continue;
    const found = creditIn(credit.text);
    if (!found || found.caption || found.stamp || hasVerb(rest.text) || creditIn(rest.text)) continue;
    lines.splice(index, 2, { ...credit, text: `${credit.text} ${rest.text}` });
  }
}

// A labelled credit glued to the paragraph after it, no space after its period: `Фото: Sputnik/Имя
// Фамилия.Последние …`. The credit holds no sentence's end (a domain's period is followed by a small
// letter) and ends on a word of three letters or more, so an abbreviation (`г.Алматы`) is no credit's end.
const GLUED_LABEL = new RegExp(String.raw`^${LABEL}\s*:\s*`, 'iu');
const GLUED_CREDIT_END = /^(?:[^.!?:]|\.(?=[\p{Ll}\d])){2,80}?\p{L}{3}(?=\.\p{Lu}\p{Ll})/u;
// What the pattern above needs, tested first: a period with the paragraph's capital glued to it (most credits end with none).
const GLUED_SENTENCE_START = /\.\p{Lu}\p{Ll}/u;
const GLUED_PARAGRAPH_WORDS = 3;
const GLUED_DOMAIN_CREDIT = /^[A-Za-z\d][A-Za-z\d-]*(?:\.[A-Za-z\d-]+)*\.(?:kz|ru|com|org|net|info|media)(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])/u;
// A generic credit opening the lead, a dash between, as a page flattened onto one line prints it:
// `Иллюстративное фото из архива "МГ" – 12 декабря с 20.00 …`.
const GLUED_GENERIC = /^(иллюстр(?:ативное|ированное|ационное)\s+фото(?:\s+(?:из|с|со)\s[^–—.!?]{1,40}?)?)\s+[–—-]\s+(?=[\d\p{Lu}«"])/iu;

/** Tested before GLUED_GENERIC: its first letter, `и` in either case (no other letter folds to it). */
function opensOnI(text: string): boolean {
  return text[0] === 'и' || text[0] === 'И';
}

/** A line split where a credit is glued before its paragraph, or `undefined`: no word of the paragraph is lost with the credit. */
function splitBeforeParagraph(line: SourceLine): SourceLine[] | undefined {
  if (line.verbatim) return undefined;
  const generic = opensOnI(line.text) ? GLUED_GENERIC.exec(line.text) : null;
  const after = generic ? line.text.slice(generic[0].length) : '';
  if (generic && wordCount(after) >= GLUED_PARAGRAPH_WORDS && isSentenceLine({ text: after })) return [{ ...line, text: generic[1]! }, { ...line, text: after }];
  // No search for the colon first: the label is read at the line's start only, quicker than a search of the whole line.
  const label = GLUED_LABEL.exec(line.text);
  // A site's domain glued to the paragraph's first word in Cyrillic: `Фото: Opennews.kzЖаңақорған …` (no period between).
  const domain = label ? GLUED_DOMAIN_CREDIT.exec(line.text.slice(label[0].length)) : null;
  if (label && domain) {
    const end = label[0].length + domain[0].length;
    const rest = line.text.slice(end);
    if (wordCount(rest) >= GLUED_PARAGRAPH_WORDS && isSentenceLine({ text: rest })) return [{ ...line, text: line.text.slice(0, end) }, { ...line, text: rest }];
  }
  const credit = label && GLUED_SENTENCE_START.test(line.text) ? GLUED_CREDIT_END.exec(line.text.slice(label[0].length)) : null;
  if (!label || !credit) return undefined;
  const end = label[0].length + credit[0].length;
  const rest = line.text.slice(end + 1);
  if (wordCount(rest) < GLUED_PARAGRAPH_WORDS || !isSentenceLine({ text: rest })) return undefined;
  return [{ ...line, text: line.text.slice(0, end) }, { ...line, text: rest }];
}

// A credit glued after a paragraph's last sentence, no space after its period: `… жасаймыз.Eldeç Orda
// суреті.`, or the image's title and credit after a comma: `… көшірілген., сурет - Zakon.kz жаңалық
// 09.02.2026 13:53 Сурет: Куәгерлерден`. Only a line's end is tested; the sentence closes on a word of
// three letters or more, so an abbreviation (`г.Алматы`) is no sentence's end.
const GLUED_AFTER_END = /(?<=[\p{L}\p{M}]{3}[.!?»"”])(?=,\s*(?:[Фф]ото|[Сс]урет)\s*[-–—]\s|\p{Lu})/gu;
const GLUED_AFTER_TAIL = LONGEST_CREDIT;
// What the pattern above needs, tested first: a sentence's mark with a capital, or a comma and the image title's label, right after it.
const GLUED_MARK = /[.!?»"”](?:,\s*(?:[Фф]ото|[Сс]урет)|\p{Lu})/u;

/** A line split where a credit is glued after its paragraph, or `undefined`: the credit then leaves as any credit line does. */
function splitAfterParagraph(line: SourceLine): SourceLine[] | undefined {
  const tailStart = Math.max(0, line.text.length - GLUED_AFTER_TAIL);
  const tail = line.text.slice(tailStart);
  if (line.verbatim || !GLUED_MARK.test(tail) || !CREDIT_WORD.test(tail)) return undefined;
  // The image's title keeps its comma: the credit's caption, its date and time the image's.
  for (const end of tail.matchAll(GLUED_AFTER_END)) {
    const at = tailStart + end.index;
    const credit = creditIn(line.text.slice(at));
    const text = line.text.slice(0, at);
    if (credit && !credit.caption && !credit.stamp && isSentenceLine({ text })) return [{ ...line, text }, { ...line, text: line.text.slice(at) }];
  }
  return undefined;
}

// The white square China's Kazakh outlets open their credit with, after the caption's last sentence on its line:
// `… ورىستەتتى. □ سۋرەتتى <name> تۇسىرگەن` (SHOT_BY_VERB_LAST).
const SQUARE_CREDIT = ' □';

/** A line split where a credit opened by the white square follows its paragraph, or `undefined`. */
function splitBeforeSquare(line: SourceLine): SourceLine[] | undefined {
  const at = line.verbatim ? -1 : line.text.lastIndexOf(SQUARE_CREDIT);
  if (at <= 0) return undefined;
  const text = line.text.slice(0, at);
  const tail = line.text.slice(at + 1);
  return creditIn(tail) && isSentenceLine({ text }) ? [{ ...line, text }, { ...line, text: tail }] : undefined;
}

// A generic credit from an archive left between two sentences of a page flattened onto one line, the credit
// after a sentence's end and the next sentence opening on a capital or a figure: `… корреспондент портала "Мой
// ГОРОД". Фото из архива "МГ" 21 июня в …`. The archive is named in quotes or by a capitalised name.
const ARCHIVE_INSIDE = /(?<=[.!?][»"”]?)\s+((?:[Ии]ллюстративное\s+фото|[Фф]ото)\s+из\s+архива\s+(?:[«"“][^«»"“”]{1,30}[»"”]|\p{Lu}[\p{L}.-]+))\s+(?=[\d\p{Lu}])/u;
// What every such credit holds, looked for first (most sources name no archive): «архива» from its «х», a rare letter,
// found quicker than the whole word, which opens on a letter of every other word.
const ARCHIVE_WORD = 'хива';

/** A line split where an archive's credit stands between two of its sentences, or `undefined`: the credit leaves as any credit line does. */
function splitAroundArchive(line: SourceLine): SourceLine[] | undefined {
  const found = line.verbatim || !line.text.includes(ARCHIVE_WORD) ? null : ARCHIVE_INSIDE.exec(line.text);
  if (!found) return undefined;
  const before = line.text.slice(0, found.index);
  const after = line.text.slice(found.index + found[0].length);
  if (!isSentenceLine({ text: before }) || wordCount(after) < GLUED_PARAGRAPH_WORDS || !isSentenceLine({ text: after })) return undefined;
  return [{ ...line, text: before }, { ...line, text: found[1]! }, { ...line, text: after }];
}

/**
 * Replaces each line `split` cuts with its pieces, each line cut once. Every source passes here and almost none
 * holds such a line: the lines are copied only from the first one cut.
 */
function splitLines(state: ParseState, split: (line: SourceLine) => SourceLine[] | undefined): void {
  let lines: SourceLine[] | undefined;
  state.lines.forEach((line, index) => {
    const pieces = split(line);
    if (pieces) (lines ??= state.lines.slice(0, index)).push(...pieces);
    else lines?.push(line);
  });
  if (lines) state.lines = lines;
}

// A photographer's name with where the photo comes from (`Имя ФАМИЛИЯ - архив`, `Имя ФАМИЛИЯ (архив)`) alone above the lead,
// its label lost: the credit, as the page prints it.
const SPACES_RUN = /\s{2,}/gu;
function nameArchive(text: string): Credit | undefined {
  return isNameArchive(text) ? { credit: text.replace(SPACES_RUN, ' ') } : undefined;
}

const COPY_LONGER_MAX = 50;

/** The caption a line prints before the outlet's name after a dash (`<caption> - Sputnik Казахстан`), or undefined. */
export function captionBeforeOutlet(text: string): string | undefined {
  const dash = text.search(/\s[-–—]\s[^-–—]*$/u);
  return dash > 0 && OUTLET_AFTER.test(text.slice(dash)) ? text.slice(0, dash) : undefined;
}

// What a shorter credit leaves of a longer one that is still its name, no caption: an abbreviation
// in capitals (`Фото: МЧС РК` beside `Фото: МЧС`).
const NAME_END = /^\p{Lu}{2,5}$/u;

/**
 * The first photo credit line becomes the article's credit and leaves the body, unless it names no
 * one and a later one does (`Иллюстративное фото`, then `Фото: Pixabay`); a caption before the
 * credit on its line, or on the line above it after the lead, describes the photo. Later credit
 * lines (the same credit copied twice, the credits of other photos on the page) leave the body too,
 * with their captions.
 */
// The image's title on the line right above such a caption: its topic, a period, then its keywords
// (`Клипарт по теме Соцсети. Город, интернет, приложение, социальная сеть, комментарии`).
const TITLE_TOPIC = /^([^.!?]{3,60})\.\s(.+)$/u;

/** Captions whose credit the copy lost leave as captions, with the image's keyword title right above one. */
function captionsWithoutCredit(state: ParseState): void {
  if (!state.lines.some((line) => !line.verbatim && line.text.endsWith(':') && CAPTION_LOST_CREDIT.test(line.text))) return;
  const taken = new Map<number, string>();
  state.lines.forEach((line, index) => {
    if (line.verbatim || !CAPTION_LOST_CREDIT.test(line.text)) return;
    taken.set(index, 'photo caption');
    const above = state.lines[index - 1];
    const keywords = above && !above.verbatim && above.line === line.line - 1 ? TITLE_TOPIC.exec(above.text)?.[2] ?? above.text : undefined;
    if (keywords !== undefined && isKeywordTitle(keywords)) taken.set(index - 1, 'image label');
  });
  state.lines = state.lines.filter((line, index) => {
    const rule = taken.get(index);
    if (rule) state.skipped.push({ line: line.line, text: line.text, rule });
    return !rule;
  });
}

// A headline above a gallery's captions says something: three words or more.
const GALLERY_HEADLINE_WORDS = 3;
// A caption names something in letters: a lone mark (`|`) is the page's.
const CAPTION_LETTER = /\p{L}/u;

/**
 * The line right above the credit at `index` is a short label the page prints again right above another credit
 * of the gallery, and a headline of four words or more stands above its first copy.
 */
function galleryCaption(lines: readonly SourceLine[], found: ReadonlyArray<unknown>, index: number): boolean {
  const caption = lines[index - 1]!;
  if (!CAPTION_LETTER.test(caption.text) || !isLabelLike(caption.text) || isSentenceLine(caption)) return false;
  const copies = lines.flatMap((line, at) => (at > 0 && found[at] && !found[at - 1] && !lines[at - 1]!.verbatim && lines[at - 1]!.text === caption.text && line.line === lines[at - 1]!.line + 1 ? [at - 1] : []));
  return copies.length >= 2 && lines.slice(0, copies[0]).some((line) => !line.verbatim && isHeadlineLike(line.text) && wordCount(line.text) >= GALLERY_HEADLINE_WORDS);
}

export function photoCredit(state: ParseState): void {
  captionsWithoutCredit(state);
  imageTitles(state);
  labelOverCredit(state);
  wrappedCredit(state);
  splitLines(state, splitBeforeParagraph);
  splitLines(state, splitAfterParagraph);
  splitLines(state, splitAroundArchive);
  splitLines(state, splitBeforeSquare);
  const { lines } = state;
  const lead = lines.findIndex(isSentenceLine);
  const found = lines.map((line, index) => (line.verbatim ? undefined : (creditIn(line.text) ?? authorsOwn(line.text, lines, index, lead) ?? (index < lead && !line.fromTitle ? (nameArchive(line.text) ?? domainCaption(line.text) ?? domainUnderCounter(lines, index, state.article.title) ?? officeAfterHeadlineCopy(line.text, state.article.title) ?? creditAfterHeadlineCopy(line.text, state.article.title, lines.slice(0, index))) : undefined) ?? sourceUnderHeadlineCopy(lines, index, state.article.title) ?? doubledDomain(lines, index))));
  // A credit printed with the caption glued after it, then alone (`Фото: Дмитрий Азаров,
  // Коммерсантъ Пресс-секретарь …`, `Фото: Дмитрий Азаров, Коммерсантъ`): the rest is the caption.
  found.forEach((credit, index) => {
    const alone = credit && !credit.caption && !credit.collageSources && found.find((other) => other && !other.collageSources && other.credit.length < credit.credit.length && credit.credit.startsWith(`${other.credit} `) && !NAME_END.test(credit.credit.slice(other.credit.length + 1)));
    if (alone) found[index] = { credit: alone.credit, caption: credit!.credit.slice(alone.credit.length + 1) };
  });
  // The credit printed again with `@` where the copyright sign was (`@Пресс-служба акимата области` by
  // `Фото: Пресс-служба акимата области`): that credit's copy. Only the same words: a handle alone is no credit.
  lines.forEach((line, index) => {
    if (found[index] || line.verbatim || line.text[0] !== '@') return;
    const copy = found.find((other) => other && !other.caption && other.credit === line.text.slice(1).trim());
    if (copy) found[index] = { credit: copy.credit };
  });
  // The picture's caption printing its credit's words without the label, right above the labelled credit (` Имя ФАМИЛИЯ
  // - архив` / `Фото: Имя ФАМИЛИЯ - архив`), as a page prints the image's alt text over its credit: that credit's copy,
  // no headline, left out as a caption (its words are the credit's: no description of the photo). Its words are
  // compared only when its first character is the credit's and it is no longer.
  const creditWords = new Set<number>();
  lines.forEach((line, index) => {
    const below = found[index + 1];
    const next = lines[index + 1];
    if ((found[index] && !isNameArchive(line.text)) || !below || below.caption || line.verbatim || line.fromTitle || next!.line !== line.line + 1) return;
    if (line.text[0] !== below.credit[0] || line.text.length > below.credit.length + 4 || foldHeadline(line.text) !== foldHeadline(below.credit)) return;
    creditWords.add(index);
    found[index] = undefined;
  });
  // A note naming the collage's sources gives the credit only when the page prints no other, named or not.
  const named = found.findIndex((credit) => credit !== undefined && !credit.generic && !credit.collageSources);
  const printed = named >= 0 ? named : found.findIndex((credit) => credit !== undefined && !credit.collageSources);
  const chosen = printed >= 0 ? printed : found.findIndex(Boolean);
  if (chosen < 0) return;
  const { credit, caption } = found[chosen]!;
  let captionCopy: number | undefined;
  state.article.photoCredit = credit;
  state.creditLine = lines[chosen]!;
  if (caption) {
    state.article.photoAlt = caption;
    state.altWithCredit = true;
  }
  const copy = lines[chosen + 1];
  if (caption && copy && !copy.verbatim && copy.text.startsWith(caption) && OUTLET_AFTER.test(copy.text.slice(caption.length))) captionCopy = chosen + 1;
  // A caption glued to its credit with no capital to tell where it starts (`© Photo : Официальный сайт
  // президента Казахстанапрезидент Казахстана …`) ends the credit as the copy under it prints it: the copy tells it.
  // Tested first: the copy is no longer than the credit and a name of three words.
  const copied = !caption && copy && !copy.verbatim && copy.text.length < credit.length + COPY_LONGER_MAX ? captionBeforeOutlet(copy.text) : undefined;
  if (copied && credit.length > copied.length + 2 && credit.endsWith(copied)) {
    state.article.photoCredit = credit.slice(0, -copied.length).trim();
    state.article.photoAlt = copied;
    state.altWithCredit = true;
    captionCopy = chosen + 1;
  }
  // A caption on the line right above its credit, after the lead, the two set apart from the text
  // by a blank line: a headline-shaped line, or the image's keywords some pages print as its alt
  // text, a lower-case label (`жол апаты` over `Коллаж: Kazinform`), left out but not taken as the
  // photo's description (keywords, often in the other language). Only lines above a credit are
  // looked at: every source is parsed.
  const captions = new Set<number>(captionCopy === undefined ? [] : [captionCopy]);
  // The date line's title moved among the lines (title-line.ts) is no lead, and a stamp is no caption.
  const textLead = lines.findIndex((other) => !other.fromTitle && isSentenceLine(other));
  found.forEach((below, index) => {
    const line = lines[index - 1];
    const above = lines[index - 2];
    // A note on the collage's sources stands under a paragraph, no caption over it.
    if (!below || below.collageSources || !line || !above || found[index - 1] || line.verbatim || lines[index]!.line !== line.line + 1) return;
    // The caption printed twice right above its credit, under the picture and as its description, a
    // sentence or not (`<caption>` / `<caption>` / `Фото Имя Фамилия©`): both copies are the photo's.
    if (above.text === line.text && !above.verbatim && !found[index - 2] && above.line === line.line - 1) {
      captions.add(index - 1).add(index - 2);
      return;
    }
    // Above the lead, a gallery's caption printed over each picture's credit, a headline above the first copy
    // (`<headline>` / `Батарея` / `Фото: …` / `Батарея` / `Фото: …` / lead): each copy is the photo's caption.
    if (index - 1 < textLead && galleryCaption(lines, found, index)) {
      captions.add(index - 1);
      return;
    }
    // Above the lead, the alt text over a credit with its own caption may stand right under a label of the page's head
    // (`Қазақ тілінде оқу` / `Люди идут по аллее` / `Парк. Иллюстративное фото: …`): no paragraph runs on there.
    const underLabel = index - 1 < textLead && below.caption !== undefined && !above.verbatim && isLabelLike(above.text);
    if (above.line >= line.line - 1 && !underLabel) return;
    if (textLead >= 0 && index - 1 > textLead && !metaLine(line.text) && !SIGNATURE_WITH_PAPER.test(line.text) && (isHeadlineLike(line.text) || isAltKeywords(line.text))) captions.add(index - 1);
    // Above the lead, over a credit that carries its own caption (`Кража телефона. Иллюстративное
    // фото: …`), a headline-shaped line is the image's alt text when a headline stands above it.
    // So is a line naming the people in it, two or more and nothing else (`Имя Фамилия и Имя Фамилия` over `Фото: …`).
    else if (index - 1 < textLead && ((below.caption && isHeadlineLike(line.text)) || PEOPLE_CAPTION.test(line.text)) && lines.slice(0, index - 1).some((other) => isHeadlineLike(other.text) && wordCount(other.text) >= 4)) captions.add(index - 1);
  });
  // Above the lead, a short phrase right under the credit, no sentence (`ФОТО: © Имя Фамилия` / `Теперь уже экс-министр
  // Имя Фамилия`): the caption some pages print under the credit, when the headline stands on the date line.
  const under = (captionUnderCredit(state, lines, chosen, textLead) || captionRetoldBelow(lines, chosen)) && !found[chosen + 1] && !caption ? chosen + 1 : -1;
  if (under >= 0) captions.add(under);
  if (!found[chosen - 1] && captionOverSquareCredit(lines, chosen)) captions.add(chosen - 1);
  state.lines = lines.filter((line, index) => {
    if (creditWords.has(index)) {
      state.skipped.push({ line: line.line, text: line.text, rule: 'photo caption' });
      return false;
    }
    if (captions.has(index)) {
      if ((index + 1 === chosen || index === under) && !isAltKeywords(line.text) && state.article.photoAlt === undefined) {
        state.article.photoAlt = line.text;
        state.altWithCredit = true;
      }
      state.skipped.push({ line: line.line, text: line.text, rule: 'photo caption' });
      return false;
    }
    const other = found[index];
    if (!other) return true;
    if (other.stamp) state.skipped.push({ line: line.line, text: other.stamp, rule: META_RULES.stamp.name });
    if (other.imageStamp && index === chosen) state.skipped.push({ line: line.line, text: other.imageStamp, rule: IMAGE_STAMP });
    if (index !== chosen) state.skipped.push({ line: line.line, text: line.text, rule: other.collageSources ? COLLAGE_SOURCES : other.credit === credit ? 'photo credit repeated' : other.generic ? 'photo credit' : 'credit of another photo' });
    return false;
  });
}

// A caption under its credit is short: what or whom the picture shows in a few words.
const CAPTION_UNDER_WORDS = 6;

// The credit's label opening its line: `ФОТО: © …`, `Фото: …`, `Сурет: …`.
const LABEL_FIRST = /^(?:фото|photo|сурет|sýret|suret)\s*:/iu;
// The dek above the credit: a phrase of a few words or more.
const DEK_WORDS = 4;

/**
 * The line right under a labelled credit, above the text's lead, is its caption when the dek stands right above the
 * credit (`<dek>` / `ФОТО: © Имя Фамилия` / `<caption>` / lead): a phrase of fewer than six words, no sentence, the
 * title on the date line. With no dek above the credit, the line under it is the dek (`unsplash.com` / `<dek>`).
 */
function captionUnderCredit(state: ParseState, lines: readonly SourceLine[], chosen: number, textLead: number): boolean {
  const credit = lines[chosen]!;
  const [dek, under] = [lines[chosen - 1], lines[chosen + 1]];
  if (!under || !dek || under.verbatim || under.fromTitle || dek.verbatim || dek.fromTitle || chosen + 1 >= textLead || under.line !== credit.line + 1 || state.article.title === undefined) return false;
  if (!LABEL_FIRST.test(credit.text) || wordCount(dek.text) < DEK_WORDS || !isHeadlineLike(dek.text)) return false;
  // A line of the page's clutter there, its share prompt (`Рассказать друзьям`), describes no photo.
  return wordCount(under.text) < CAPTION_UNDER_WORDS && isHeadlineLike(under.text) && !metaLine(under.text) && !lines.some((line) => line.fromTitle) && clutterRuleOf(under.text) === undefined;
}

/**
 * China's Kazakh outlets print the picture's caption over who took it (`□ سۋرەتتى … تۇسىرگەن`), the reporters' byline
 * under them (`□ … تىلشىلەرى …`): the sentence over that credit is the photo's caption (a headline there closes none).
 */
function captionOverSquareCredit(lines: readonly SourceLine[], chosen: number): boolean {
  const [over, credit, under] = [lines[chosen - 1], lines[chosen]!, lines[chosen + 1]];
  if (!over || !under || over.verbatim || over.fromTitle || !credit.text.startsWith('□') || !under.text.startsWith('□')) return false;
  return SHOT_BY_VERB_LAST.test(credit.text) && isSentenceLine(over);
}

// A caption taken from the text is a sentence of some length, not a figure or a name.
const RETOLD_CAPTION_LENGTH = 30;
// Compared by their words: the caption's copy may drop a comma the text has (`встречу, благодаря` / `встречу благодаря`).
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string => text.replace(NOT_WORD, ' ').trim();

/**
 * The sentence right under the credit that a later paragraph says again inside it (`instagram.com/club` / `Хозяева
 * выиграли благодаря голам …` / lead / `… Хозяева выиграли благодаря голам …, …`): the picture's caption, taken
 * from the text, no paragraph of its own.
 */
function captionRetoldBelow(lines: readonly SourceLine[], chosen: number): boolean {
  const under = lines[chosen + 1];
  if (!under || under.verbatim || under.line !== lines[chosen]!.line + 1 || !isSentenceLine(under)) return false;
  const sentence = wordsOf(under.text);
  return sentence.length >= RETOLD_CAPTION_LENGTH && lines.slice(chosen + 2).some((line) => !line.verbatim && line.text.length > under.text.length && wordsOf(line.text).includes(sentence));
}

// A labelled credit glued before the lead on one line, as a page's top copies the picture's credit and the text
// under it (`Фото: Pixabay Жители …`): the credit is Latin words, capitals or small letters after the label (no
// capitalised Cyrillic word: a name's first word would cut it), the lead opens on the first capitalised Cyrillic word.
const CREDIT_BEFORE_LEAD_LABEL = new RegExp(String.raw`^${LABEL}$`, 'iu');
const CREDIT_BEFORE_LEAD = new RegExp(String.raw`^(\p{L}[\p{L}\s]{1,20}?\s*:\s*(?:(?:[\p{Ll}\d][\p{L}\d.-]*|[A-Za-z\d][\w.-]*|\p{Lu}[\p{Lu}\d.-]*)\s+){1,5})(\p{Lu}(?=[а-яёәғқңөұүһі])[\s\S]+)$`, 'u');
// The lead after it is text: eight words or more holding a sentence.
const CREDIT_BEFORE_LEAD_WORDS = 8;

/** A labelled credit glued before the lead on the title's line: the credit and the lead, or undefined. */
export function creditBeforeLead(text: string): { credit: Credit; lead: string; label: string } | undefined {
  const match = CREDIT_BEFORE_LEAD.exec(text);
  if (!match || wordCount(match[2]!) < CREDIT_BEFORE_LEAD_WORDS || !isSentenceLine({ text: match[2]! })) return undefined;
  const label = match[1]!.trim();
  if (!CREDIT_BEFORE_LEAD_LABEL.test(label.slice(0, label.indexOf(':')).trim())) return undefined;
  const credit = creditIn(label);
  return credit && !credit.caption ? { credit, lead: match[2]!, label } : undefined;
}
