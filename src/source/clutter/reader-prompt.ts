/**
 * The outlet speaking to its reader, told by evidence any site's wording shows rather than by each
 * site's sentence: a prompt addresses the reader (an imperative, `Если вы …`, a Kazakh second-person
 * ending) and names where to go (a network or messenger, the outlet's own channel or page, the
 * newsroom). A report's sentences speak about others; when they quote an appeal they say who made it
 * (`— призвал аким`, `деді`), and such a line is never a prompt.
 */

// The networks a prompt names in Latin letters.
const LATIN_NETWORK = /telegram|whatsapp|instagram|youtube|tiktok|facebook|viber|twitter/i;
// Tested first, anywhere in the line: a network or messenger, or a channel, page or newsroom word
// (words as common in reports as `социальный` or `арнайы` only where they name one); patterns without
// Unicode case folding, which are quick to scan a paragraph with.
const CHANNEL_HINT_LATIN = new RegExp(String.raw`${LATIN_NETWORK.source}|social|kanal|arna|paraqsha|paraqşa|redaks|channel|newsroom`, 'i');
// A prompt written in capitals (`БІЗДІҢ ТЕЛЕГРАМ АРНАМЫЗҒА ҚОСЫЛЫҢЫЗ`) is read for the hints in small letters.
const CAPITALS_RUN = /\p{Lu}{4}/u;
// Its quick test: four code units in a row none of which is a character that is never a capital (a space, digit or
// punctuation, a small Latin, Cyrillic or Kazakh letter, Arabic script); every run `CAPITALS_RUN` finds is one.
const NEVER_CAPITAL = new Set([0x131, 0x144, 0x15f, 0x11f, 0x1f5, 0x493, 0x49b, 0x4a3, 0x4af, 0x4b1, 0x4bb, 0x4d9, 0x4e9]);
const CAPITALS = 4;
const CHANNEL_HINT_OTHER = /[Тт]елеграм|[Вв]атсап|[Ии]нстаграм|[Юю]туб|[Тт]икток|[Фф]ейсбук|[Вв]контакте|[Оо]дноклассник|[Вв]айбер|[Дд]зен|[Сс]оцсет|[Сс]оциальн[а-яё]*\s+сет|[Әә]леуметтік\s+жел|[Кк]анал(?!иза)|[Аа]рна(?:мыз|сы|ға|да|лар)|[Пп]арақша|[Рр]едакци|ارنا|پاراقشا/;
// A network or messenger by name, or networks at large.
const NETWORK = /telegram|телеграм|whatsapp|ватсап|instagram|инстаграм|youtube|ютуб|tiktok|тикток|facebook|фейсбук|вконтакте|одноклассник|viber|вайбер|дзен|twitter|соцсет|социальн\p{L}*\s+сет|әлеуметтік\s+жел|áleýmettik\s+jel|social\s+(?:network|media)/iu;
// The outlet's own: `наш канал`, `нас`, `our`, `бізді`, `біздің`, and the Kazakh first-person plural on a
// channel word: `арнамызға`, `парақшаларымыз`, `каналымыз`.
const OURS = /(?:^|[\s«"(])(?:наш\p{L}*|мы|нас|нам|нами|our|us|we|біз|бізді|бізге|бізбен|бізден|біздің|biz|bizdi|bizge|bizben|bizden|bizdiń|bizdiñ|bizdin|ءبىز|ءبىزدى|ءبىزگە|ءبىزدىڭ)(?=$|[\s,.!?:»")])|(?:арна|канал|парақша|сайт|желі|arna|kanal|paraqsha|paraqşa|saıt|ارنا|پاراقشا)\p{L}*(?:мыз|міз|myz|miz|مىز)/iu;
// A channel word, the outlet's when `OURS` is there too.
const CHANNEL_WORD = /канал|kanal|arna|(?:^|[\s«"(])арна|парақша|paraqsha|paraqşa|channel|ارنا|پاراقشا/iu;
const NEWSROOM = /редакци\p{L}*|redaksı\p{L}*|newsroom/iu;
// After a colon, nothing but the networks' names (their links lost): `Сообщи свою новость: Telegram Whatsapp`.
const NETWORKS_AFTER_COLON = /:\s*(?:(?:telegram|whatsapp|instagram|youtube|tiktok|facebook|vk|вконтакте|viber|twitter|x)[\s,|•/]*){1,6}$/iu;

// Russian imperatives addressed to readers, plural or polite (`подписывайтесь`, `пишите`, `будьте`),
// and the singular forms outlets use (`сообщи`, `подпишись`).
const RU_IMPERATIVE = /^\p{L}{2,}(?:йте|ите|ьте)(?:сь)?$/iu;
const RU_IMPERATIVE_ONE = /^(?:сообщи|пиши|напиши|подпишись|присоединяйся|читай|смотри|узнай|узнавай|следи|жми|звони|заходи|переходи|ставь|делись|поделись|оставайся|будь|скачай|присылай|пришли|отправь|отправляй)$/iu;
const EN_IMPERATIVE = /^(?:subscribe|follow|join|read|share|write|send|download|contact|report|watch|listen|like|sign|stay|find|visit|check|get)$/iu;
// The Kazakh second person, polite or plural, in three scripts: `жазылыңыз`, `оқыңыздар`, `jazylyńyz`, `جازىلىڭىز`.
const KK_SECOND_PERSON = /(?:ң|ń|ñ|ڭ)(?:(?:ыз|із|yz|iz|ız|ىز)(?:дар|дер|dar|der|دار|دەر)?|дар|дер|dar|der|دار|دەر)$/iu;
// A noun after a preposition may end as an imperative does: `при визите`, `в лимите`.
const PREPOSITION = /^(?:в|во|на|при|о|об|по|за|под|над|к|с|со|у|из|от|до)$/iu;
// A sentence opening on the reader: `Если вы …`, `Если у вас …`, `Егер сіз …`, `If you …`, or on what the
// reader can do: `Вы также можете …`, `You can …`.
const READER_FIRST = /^(?:если\s+(?:вы|у\s+вас)|егер\s+сіз|eger\s+siz|if\s+you|вы\s+(?:также\s+|тоже\s+)?(?:можете|сможете)|you\s+(?:can|may))\s/iu;
const SENTENCES = /(?<=[.!?])\s+/u;
// A slogan set before the imperative by a spaced dash opens a clause of its own: `Все новости спорта в вашем телефоне - подписывайтесь на наш Instagram!`.
const CLAUSES = /(?<=[.!?])\s+|\s[-–—]\s/u;
const WORD_EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;
// Someone's words, or a report of them: a quote or dash first, a dash after a sentence's end
// (`Пишите нам, — обратился …`), a verb of saying.
const SPEECH = /^[«"“„'–—-]|[,!?.…»"”]\s*[–—-]\s*\p{Ll}|(?:^|\s)(?:деді|деп|dedi|dep|сказал\p{L}*|говорит|говорят|призвал\p{L}*|призыва\p{L}*|обратил\p{L}*|заявил\p{L}*|отметил\p{L}*|подчеркнул\p{L}*|написал\p{L}*|пишет|айтты|жазды|мәлімдеді|said|says)(?=$|[\s,.!?])/iu;

const PROMPT_LONGEST = 200;
// A longer prompt runs to a few sentences, each speaking to the reader or of the outlet's channel
// (`Мы есть в YouTube … Хотите получать новостную рассылку? У вас есть новости: фото, видео? Наш номер
// в WhatsApp и Telegram … Отправляйте заявку, …`).
const LONG_PROMPT_LONGEST = 600;
// The same networks in Cyrillic letters (`в Телеграм`, `в Ватсап`), as a prompt in Russian or Kazakh names them.
const CYRILLIC_NETWORK = /[Тт]елеграм|ТЕЛЕГРАМ|[Вв]атсап|[Ии]нстаграм|[Юю]туб|[Тт]икток|[Фф]ейсбук|[Вв][Кк]онтакте|[Вв]айбер/;
const YOU = /(?:^|\s)(?:вы|вас|вам|ваш\p{L}*|сіз\p{L}*|siz\p{L}*|you|your)(?=$|[\s,.!?:])/iu;

/** Whether a sentence opens on the reader: an imperative among its first three words, `Если вы …`. */
export function opensOnReader(sentence: string): boolean {
  if (READER_FIRST.test(sentence)) return true;
  const words = sentence.split(' ', 3).map((word) => word.replace(WORD_EDGES, ''));
  return words.some((word, index) => isImperative(word, index > 0 ? words[index - 1] : undefined)) || EN_IMPERATIVE.test(words[0] ?? '');
}

/** An imperative, unless after a preposition (`при визите`). */
function isImperative(word: string, before: string | undefined): boolean {
  return (RU_IMPERATIVE.test(word) || RU_IMPERATIVE_ONE.test(word)) && !(before !== undefined && PREPOSITION.test(before));
}

/**
 * Whether a sentence, cut off or not, asks something of the reader: one opening on an imperative, or a
 * condition on the reader that asks it after the comma (`Если вы заметили ошибку, выделите …`) or names
 * where to go. A report's advice to a traveller the copy cut (`Если вы будете ехать в поезде из …, пр`) asks nothing yet.
 */
export function asksReader(sentence: string): boolean {
  if (!READER_FIRST.test(sentence)) return opensOnReader(sentence);
  if (CHANNEL_HINT_LATIN.test(sentence) || CHANNEL_HINT_OTHER.test(sentence)) return true;
  const asked = sentence.split(',').slice(1).join(' ').split(/\s+/u).map((word) => word.replace(WORD_EDGES, ''));
  return asked.some((word) => RU_IMPERATIVE.test(word) || RU_IMPERATIVE_ONE.test(word) || EN_IMPERATIVE.test(word) || KK_SECOND_PERSON.test(word));
}

/** Whether the line's words address the reader: a sentence opening on the reader, or a Kazakh second person, which ends its sentence. */
function addressesReader(text: string): boolean {
  return text.split(CLAUSES).some((sentence) => opensOnReader(sentence) || sentence.split(' ').some((word) => KK_SECOND_PERSON.test(word.replace(WORD_EDGES, ''))));
}

// A mailbox's address: with a messenger, the newsroom's contacts (`… WhatsApp +7 … нөміріне және editor@site.kz поштасына жібере аласыз`);
// an appeal of the police or an office gives a number to call, not a mailbox beside a messenger.
const MAILBOX = /[\w.-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iu;

// What a reader sends the outlet, hers (`ваши`, `свои`, `сіздің`) or asked of her: her pictures, videos, news, materials.
// In Kazakh the possessive ending says whose: `бейнелеріңізді`, `суреттеріңізді`.
const READER_MATERIAL = /(?:^|\s)(?:ваш\p{L}*|сво\p{L}*|сіздің|siziń|sizdiń)\s+(?:\p{L}+\s+){0,3}?(?:фото|видео|новост|материал|сурет|бейне|жаңалық|foto|vıdeo|video|sýret|beıne|jańalyq)|(?:фото|видео|сурет|бейне|жаңалық|foto|vıdeo|video|sýret|beıne|jańalyq)\p{L}*(?:ңыз|ңіз|ńyz|ńiz)/iu;
// Sending them: `присылать`, `присылайте`, `отправляйте`, `жіберіңіз`, `jiberińiz`.
const SENDING = /(?:^|\s)(?:присыла|присла|пришли|отправля|отправ|направля|жібер|jiber)\p{L}*/iu;
// Asked of the reader wherever the verb stands: `Свои новости, фото и видео присылайте …`.
const SEND_IMPERATIVE = /(?:^|\s)(?:присылайте|пришлите|отправляйте|отправьте|направляйте)(?=$|[\s,.!:])/iu;
// A telephone number, the outlet's messenger: `+7-747-000-00-00`, `8 (700) 000 00 00`.
const PHONE = /(?:^|[\s:])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?![\d])/u;

/**
 * The reader's pictures or news asked for by a messenger's number: `Ваши фото и видеоматериалы можете присылать по
 * WhatsApp +7 …`, `Свои новости присылайте в WhatsApp: 8 700 …`. An office's appeal gives a number to call, asking for no
 * pictures of the reader's (`Информацию сообщайте по номеру 102`); quoted or reported, it names who made it. The line
 * speaks to the reader: a report's sentence on what residents sent (`Жители прислали свои фото …`) does not.
 */
function asksReaderMaterial(text: string): boolean {
  return PHONE.test(text) && READER_MATERIAL.test(text) && SENDING.test(text) && (YOU.test(text) || SEND_IMPERATIVE.test(text) || addressesReader(text));
}

/** Where the line sends the reader: a network with the outlet's own word, its networks listed after a colon, or a mailbox; the outlet's channel; the newsroom. */
function namesOwnChannel(text: string): boolean {
  if (NETWORK.test(text) && (OURS.test(text) || NETWORKS_AFTER_COLON.test(text) || MAILBOX.test(text))) return true;
  return (CHANNEL_WORD.test(text) && OURS.test(text)) || NEWSROOM.test(text);
}

/** A short line's quick test: a network, channel, page or newsroom word, in small letters or capitals. */
function hintsChannel(text: string): boolean {
  if (hintedChannel(text)) return true;
  // The run of capitals is looked for last (a Unicode class tried at every character of the line), after its quick test.
  if (!mayHoldCapitals(text)) return false;
  const lower = text.toLowerCase();
  return lower !== text && hintedChannel(lower) && CAPITALS_RUN.test(text);
}

function hintedChannel(line: string): boolean {
  return CHANNEL_HINT_LATIN.test(line) || CHANNEL_HINT_OTHER.test(line);
}

/** Whether the line may hold a run of capitals: `CAPITALS` code units in a row, none of them never a capital. */
function mayHoldCapitals(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const never = code < 0x41 || (code > 0x5a && code < 0xc0) || (code >= 0xdf && code <= 0xff) || (code >= 0x430 && code <= 0x45f) || (code >= 0x600 && code <= 0x6ff) || NEVER_CAPITAL.has(code);
    run = never ? 0 : run + 1;
    if (run === CAPITALS) return true;
  }
  return false;
}

/**
 * A prompt of the outlet to its reader, of any site and wording: `Сообщи свою новость: Telegram
 * Whatsapp`, `Есть новость? Пишите нам в WhatsApp`, `Subscribe or follow our news on social networks`,
 * `Біздің Facebook, Instagram парақшаларымыз бен Telegram каналымызға жазылыңыз!`.
 */
export function isReaderPrompt(text: string): boolean {
  const long = text.length > PROMPT_LONGEST;
  // Most paragraphs are long: only a network named, in Latin or Cyrillic letters, a quick test, lets one be read further.
  if (long ? text.length > LONG_PROMPT_LONGEST || !(LATIN_NETWORK.test(text) || CYRILLIC_NETWORK.test(text)) : !hintsChannel(text)) return false;
  if (SPEECH.test(text)) return false;
  if (!long && NETWORK.test(text) && asksReaderMaterial(text)) return true;
  if (!namesOwnChannel(text)) return false;
  if (!long) return addressesReader(text);
  return text.split(SENTENCES).every((sentence) => addressesReader(sentence) || YOU.test(sentence) || (OURS.test(sentence) && (NETWORK.test(sentence) || CHANNEL_WORD.test(sentence))));
}

// A site's notice on its rights, told by its marks rather than its wording: it opens with a copyright
// mark (`©`, `Copyright …`), or closes on all rights reserved after nothing but the site's name and
// years (`© 2015-2024 site.kz. Все права защищены`), or says what reusing the site's materials takes:
// a link, leave, or a ban (`При использовании материалов сайта ссылка обязательна`, `Сайт
// материалдарын пайдаланғанда сілтеме жасау міндетті`). Naming no site, it names the link and closes on
// what reuse takes: `Материалды көшіріп басқанда сілтеме міндетті.`, `Materıaldy kóshirgende silteme mindetti`,
// `ماتەريالدى كوشىرگەندە سىلتەمە مىندەتتى` (a sentence going on past the obligation, `… міндетті екенін айтты`, is text).
// Or it says the site's materials are protected by copyright, closing there (the law's protection after it or not):
// `Все материалы, размещенные на сайте site.kz, защищены авторским правом`, `Сайттағы барлық материалдар авторлық құқықпен қорғалған`,
// whose owner may be named after it (`… и являются собственностью телеканала X`). A notice of two or three such
// sentences, each a notice on its own (`… защищены авторским правом … Любое копирование возможно … с обязательным
// указанием гиперссылки на источник`), is one too, however long.
const COPYRIGHT_FIRST = /^(?:©|\(c\)\s|copyright\b)/iu;
// The sign and the year may follow the words: `Все права защищены © 2024`.
const RESERVED = /(?:all\s+rights\s+reserved|все\s+права\s+защищены|барлық\s+құқықтар(?:ы)?\s+қорғалған|barlyq\s+quqyqtar(?:y)?\s+qorǵalǵan)\.?(?:\s*(?:©|\(c\))\s*\d{4}(?:\s*[–—-]\s*\d{4})?\.?)?$/iu;
const RESERVED_BEFORE = /^[\s\d©(c).,|–—-]*(?:[\p{L}\d-]+\.(?:kz|ru|com|net|org|info|media|kg|uz|news|tv)\b)?[\s\d©(c).,|–—-]*$/iu;
const MATERIALS = /материал|materıal|material|ماتەريال/iu;
const SITE = /сайт|портал|издани|агентств|редакци|ресурс|источник|saıt|sait|portal|site|source/iu;
// The notice speaks of the reuse or the materials first, never of who did what.
const NOTICE_FIRST = /^(?:при|использовани\p{L}*|перепечатк\p{L}*|копировани\p{L}*|цитировани\p{L}*|воспроизведени\p{L}*|материал\p{L}*|все|любое|любая|полное|толық|сайт\p{L}*|материалдар\p{L}*|sait\p{L}*|saıt\p{L}*|materıal\p{L}*|ماتەريال\p{L}*|سايت\p{L}*|any|all|use|reproduction|when)\s/iu;
const REUSE_VERB = /использ|перепечат|копирова|цитирова|пайдалан|көшір|paıdalan|kóshir|پايدالان|كوشىر|reprint|reproduc|\buse\b/iu;
const OBLIGATION = /обязательн|запрещ|разреш|допуска|только\s+(?:при|с)|при\s+(?:наличии|условии)|міндетті|сұраймыз|қажет|тиіс|рұқсатсыз|mindetti|suraımyz|qajet|مىندەتتى|قاجەت|ءتيىس|required|prohibited|permitted|only\s+with/iu;
// The link a Kazakh notice naming no site asks for, and the obligation closing it.
const LINK = /сілтеме|silteme|سىلتەمە/iu;
const OBLIGATION_LAST = /(?:міндетті|қажет|тиіс|mindetti|qajet|tıis|مىندەتتى|قاجەت|ءتيىس)[.!]?$/iu;
const PROTECTED_LAST = /(?:защищены\s+авторским\s+правом|охраняются\s+авторским\s+правом|авторлық\s+құқықпен\s+қорғалған|avtorlyq\s+quqyqpen\s+qorǵalǵan|protected\s+by\s+copyright)(?:\s+(?:и\s+охраняются\s+законом|(?:және\s+)?заңмен\s+қорғалады|and\s+(?:protected\s+)?by\s+law))?(?:\s+(?:и\s+являются\s+(?:интеллектуальной\s+)?собственностью|and\s+are\s+the\s+property\s+of)\s+[^.!?]{2,60}?)?[.!]?$/iu;
const NOTICE_LONGEST = 220;
// A notice of a few sentences, each a notice on its own.
const NOTICE_SENTENCES_LONGEST = 480;
const NOTICE_SENTENCE_END = /(?<=[.!])\s+(?=\p{Lu})/u;

// Tested first, anywhere in the line: a word of rights or materials.
const RIGHTS_HINT_LATIN = /©|\(c\)|copyright|reserved|material|materıal/i;
const RIGHTS_HINT_OTHER = /[Мм]атериал|[Зз]ащищен|[Ққ]орғалған|qorǵalǵan|ماتەريال/;

function hintsRights(text: string): boolean {
  return RIGHTS_HINT_LATIN.test(text) || RIGHTS_HINT_OTHER.test(text);
}

/** A notice of the site's rights or on reusing its materials, of any site and wording. */
export function isRightsNotice(text: string): boolean {
  if (text.length > NOTICE_LONGEST && text.length <= NOTICE_SENTENCES_LONGEST) {
    // Each sentence of a notice holds a hint, so the whole line does: most paragraphs are not split.
    if (!hintsRights(text)) return false;
    const sentences = text.split(NOTICE_SENTENCE_END);
    return sentences.length >= 2 && sentences.length <= 3 && sentences.every((sentence) => sentence.length <= NOTICE_LONGEST && isOneRightsNotice(sentence));
  }
  return isOneRightsNotice(text);
}

function isOneRightsNotice(text: string): boolean {
  if (text.length > NOTICE_LONGEST || !hintsRights(text) || SPEECH.test(text)) return false;
  if (COPYRIGHT_FIRST.test(text)) return true;
  const reserved = RESERVED.exec(text);
  if (reserved) return RESERVED_BEFORE.test(text.slice(0, reserved.index));
  if (!NOTICE_FIRST.test(text) || !MATERIALS.test(text)) return false;
  if (SITE.test(text) && PROTECTED_LAST.test(text)) return true;
  return REUSE_VERB.test(text) && OBLIGATION.test(text) && (SITE.test(text) || (LINK.test(text) && OBLIGATION_LAST.test(text)));
}

// A pointer to the report's video or full text elsewhere on the page, its link lost in the copy:
// `Видеоверсию интервью вы можете посмотреть здесь.`, `Полный текст читайте по ссылке.`,
// `Видеоны мына жерден көре аласыз.` It names what (a video, a recording, the full version or text),
// a verb of watching, reading or listening, and where: last (`здесь`, `по ссылке`) or, in Kazakh, before the verb (`мына жерден`),
// and speaks to the reader (`вы`, `можно`, an imperative, `аласыз`).
const POINTER_LONGEST = 160;
// Russian closes on the place; Kazakh names it before the verb that closes the sentence.
const POINTER_PLACE = /(?:^|\s)(?:здесь|тут|по\s+(?:этой\s+)?ссылке)[.!]?$|(?:^|\s)(?:(?:мына|осы)\s+жерден|(?:(?:мына|осы)\s+)?сілтеме\s+арқылы)\s(?:\p{L}+\s)?\p{L}+\s(?:аласыз|болады)[.!]?$/iu;
// Its quick test, on the line's last characters: every line POINTER_PLACE takes closes on one of these words, its mark after it or not.
const POINTER_LAST = /(?:здесь|тут|ссылке|аласыз|болады)[.!]?$/iu;
const POINTER_LAST_LENGTH = 7;
const POINTER_WHAT = /видео|запис\p{L}|верси|полн\p{L}*\s+текст|подробн|трансляци|нұсқа|толық/iu;
const POINTER_VERB = /(?:^|\s)(?:по)?смотр\p{L}*|(?:^|\s)(?:про)?чит\p{L}*|(?:^|\s)(?:по)?слуша\p{L}*|(?:^|\s)ознаком\p{L}*|(?:^|\s)(?:көр|оқ|тыңда|таныс)\p{L}*/iu;
const POINTER_READER = /(?:^|\s)(?:вы|можно|можете|сможете|аласыз|болады)(?=$|[\s,.!])|(?:^|\s)\p{L}{3,}(?:ите|айте|яйте)(?=$|[\s,.!])/iu;

/** A pointer to the report's video or full text, its link lost: `Видеоверсию интервью вы можете посмотреть здесь.` */
export function isLinkPointer(text: string): boolean {
  return text.length <= POINTER_LONGEST && POINTER_LAST.test(text.slice(-POINTER_LAST_LENGTH)) && POINTER_PLACE.test(text) && POINTER_WHAT.test(text) && POINTER_VERB.test(text) && POINTER_READER.test(text) && !SPEECH.test(text);
}
