import { escapeRegExp } from '../../core/escape-regexp.ts';
import { metaLine } from '../clutter/meta-line.ts';
import { readStamp } from '../clutter/stamp.ts';
import { foldHeadline, holdsSentence, isHeadlineLike, isHeadlineVariant, isListItem, isSentenceLine, kazakhKey, sameKeys, scriptOf, SENTENCE_OPENERS, wordCount } from '../line-shape.ts';
import { OUTLET_SPELLINGS, outletName } from '../outlets.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';
import { isTagLine } from './hashtags.ts';
import { dropHead, isRetoldDek, namesLittleOf } from './headline.ts';
import { opensAnaphoric, stampAfter, TOLD_ABOUT } from './headline-evidence.ts';
import { hasHeadlineVerb, hasVerb } from './page-foot.ts';
import { isInCapitals } from './title-line.ts';

/** The value computed on the first call only, for what a source needs now and then. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) value = compute();
    done = true;
    return value;
  };
}

/** The predicate asked once of each line, its answer kept for the call that asks again. */
function once1(test: (line: SourceLine) => boolean): (line: SourceLine) => boolean {
  const told = new Map<SourceLine, boolean>();
  return (line) => {
    const known = told.get(line);
    if (known !== undefined) return known;
    const answer = test(line);
    told.set(line, answer);
    return answer;
  };
}

// A phrase this long between the headline and its copy is the dek.
const DEK_WORDS = 8;
// A shorter one is the dek when it is the only line between them and has its verb: no menu item or label has.
const SHORT_DEK_WORDS = 5;
// Or when it asks what the report tells, a question word first (`Как живет поселок … в Центральном Казахстане`), its
// verb whatever tense it is in.
const QUESTION_FIRST = /^(?:как|почему|зачем|что|чем|кто|где|куда|откуда|сколько|когда|қалай|неге|неліктен|кім|қайда|қашан|қанша)\s/iu;
// What follows the headline in a browser tab's title: ` - «Qazaqstan» Ұлттық телеарнасы`, ` | Site`, ` - adebiportal.kz`,
// its place and date before the site's name or not, `: Туркестанская область, 20 Марта 2025 года - новости на сайте gurk.kz`;
// the space after the dash lost at times, `<headline> -ءتاڭىرتاۋ تورابى`.
const SITE_NAME = /^(?::\s[^.!?:]{2,80}?)?\s[-–—|](?:\s|(?=\p{L}))(?:[^.!?]{2,60}|(?:[^.!?]{2,40}\s)?[\p{L}\d-]{2,40}\.(?:kz|ru|com|org|net|media))$/u;

/**
 * A title copied from the browser's tab holds the site's name after the headline; when the page
 * prints the headline alone above the lead, the title is that headline.
 */
function headlineWithoutSite(state: ParseState): string {
  const title = state.article.title!;
  const paragraph = state.lines.findIndex(isSentenceLine);
  const headline = state.lines
    .slice(0, paragraph < 0 ? undefined : paragraph)
    .find((line) => !line.verbatim && line.text.length < title.length && title.startsWith(line.text) && wordCount(line.text) >= 3 && SITE_NAME.test(title.slice(line.text.length)));
  if (headline) {
    state.skipped.push({ line: state.headLine, text: title.slice(headline.text.length).trim(), rule: 'site name' });
    state.article.title = headline.text;
  } else {
    // Or a menu's label or a badge before it, on the same line (`Топ-100 <headline>`), when the page
    // prints the headline alone: a word or two with no sentence's end, the headline after it.
    const labelled = state.lines
      .slice(0, paragraph < 0 ? undefined : paragraph)
      .find((line) => !line.verbatim && !line.fromTitle && wordCount(line.text) >= 3 && title.endsWith(` ${line.text}`) && LABEL_BEFORE.test(title.slice(0, -line.text.length - 1)));
    if (labelled) state.article.title = labelled.text;
  }
  return state.article.title!;
}

// Under the lead, the picture's alt text is the headline with the site's short name after a dash or a pipe, as a
// theatre's site prints it under the text: `<headline> - Exclusive`, `<headline> | Sputnik Казахстан` (a name of up
// to three words opening on a capital, or a domain; a clause after a dash goes on in small letters or with a verb).
const SIGNED_COPY = /^\s[-–—|]\s(?:\p{Lu}[\p{L}\d-]*(?:\s\p{L}[\p{L}\d-]*){0,2}|[\p{L}\d-]{2,40}\.(?:kz|ru|com|org|net|media))$/u;

/** A copy of the headline with the site's short name after a separator, under the lead (`<headline> - Exclusive`). */
function isSignedCopy(line: SourceLine, title: string): boolean {
  const rest = afterCopy(line, title);
  return rest !== undefined && SIGNED_COPY.test(rest) && !hasVerb(rest);
}

/** What follows a copy of the headline opening the line, or undefined when the line opens on none or is the copy alone. */
function afterCopy(line: SourceLine, title: string): string | undefined {
  return line.verbatim || line.text.length <= title.length || !line.text.startsWith(title) ? undefined : line.text.slice(title.length);
}

// A menu's label or a badge before the headline: a word or two, no sentence's end nor a colon in them.
const LABEL_BEFORE = /^[^\s.!?:]+(?:\s[^\s.!?:]+)?$/u;

// The photographer's name after a copy of the headline: the image's caption is the headline, its
// credit the name (`<headline> Кайрат Конуспаев`, as vecher.kz prints it under the headline).
const PHOTOGRAPHER = /^\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// Or a copyright sign and the picture's source, no label: `<headline> © Reuters`, as Tengrinews prints
// it under the photo (a year after the sign is the site's own notice).
const SIGNED_SOURCE = /^\s©\ufe0f?\s*([^\s\d©][^\d©]{0,60})$/u;
// Or the agency the picture comes from, a listed outlet: `<headline> ҚазАқпарат` (almaty.tv).
const LISTED_OUTLET = new RegExp(String.raw`^\s(?:${OUTLET_SPELLINGS})$`, 'iu');
// Or the site the picture comes from after a slash, what it is before the slash or not:
// `<headline> Мемлекеттік органдардың ресми сайты / GOV.KZ` (the domain is the credit).
const SLASHED_SITE = /^\s(?:[^.!?/]{2,60}\s)?\/\s?([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:kz|ru|com|org|net|media))$/iu;

/** The credit after a copy of the headline: a name, a listed agency, or a source after the copyright sign. */
function creditAfter(rest: string): string | undefined {
  if (PHOTOGRAPHER.test(rest)) return rest.trim();
  if (LISTED_OUTLET.test(rest)) return outletName(rest.trim());
  const site = rest.includes('/') ? SLASHED_SITE.exec(rest) : null;
  if (site) return site[1];
  return SIGNED_SOURCE.exec(rest)?.[1]!.trim();
}

// Written once: a `u` pattern inside a function is built anew at each call once the TypeScript loader lowers it.
const FIGURE_AFTER_SPACE = /^\s\d/u;

/**
 * A copy of the headline with the report's whole stamp glued after it, above the first paragraph, as a page's
 * heading block flattens them: `<headline> 13 Ноября 2021, 10:30` (the stamp names a date; a figure alone is none),
 * or as a list card prints it, bracketed with the views: `<headline> (24.08.2021, 12:29), просмотров: 1936`.
 */
function isStampedCopy(line: SourceLine, title: string): boolean {
  const after = afterCopy(line, title);
  if (after === undefined) return false;
  if (stampAfter(line.text)?.index === title.length) return true;
  if (!FIGURE_AFTER_SPACE.test(after)) return false;
  const rest = after.trim();
  return metaLine(rest) === 'stamp' && readStamp(rest).date !== undefined;
}

/** A copy of the headline with a name (an agency, `© Source`) after it, above the first paragraph, is the photo's caption and credit. */
function captionWithCredit(state: ParseState, title: string, paragraph: number): void {
  const index = state.lines.slice(0, paragraph < 0 ? undefined : paragraph).findIndex((line) => !line.verbatim && line.text.length > title.length && line.text.startsWith(title) && creditAfter(line.text.slice(title.length)) !== undefined);
  if (index < 0) return;
  const [line] = state.lines.splice(index, 1);
  const named = !state.article.photoCredit;
  if (named) state.article.photoCredit = creditAfter(line!.text.slice(title.length));
  state.skipped.push({ line: line!.line, text: line!.text, rule: named ? 'photo caption' : 'credit of another photo' });
}

// The photo's caption after a copy of the headline, as the picture's alt text and caption print together above the
// lead: `<headline> Футболисты сборной Казахстана.` A phrase of two to six words opening on a capital, no verb in it,
// with the lead after it (a lead opening with the headline's words goes on with its verb).
const CAPTION_AFTER_COPY = /^\s\p{Lu}[^.!?]{2,80}\.?$/u;
const CAPTION_AFTER_WORDS = 6;
// A verb of the present or the future the verb test may miss (`пройдет`, `сыграют`): a word so ending keeps the line
// (a noun so ending, `совет`, keeps it too, on the safe side).
const PRESENT_OR_FUTURE = /\p{L}{3}(?:ет|ёт|ут|ют|ат|ят)(?!\p{L})/u;

/** A copy of the headline with the photo's caption after it, down to the first paragraph, is the photo's caption. */
function captionAfterCopy(state: ParseState, title: string, paragraph: number): void {
  if (wordCount(title) < 3) return;
  const index = state.lines.slice(0, paragraph < 0 ? undefined : paragraph + 1).findIndex((line) => {
    if (line.verbatim || !line.text.startsWith(`${title} `)) return false;
    const rest = line.text.slice(title.length);
    return CAPTION_AFTER_COPY.test(rest) && wordCount(rest) >= 2 && wordCount(rest) <= CAPTION_AFTER_WORDS && !hasVerb(rest) && !PRESENT_OR_FUTURE.test(rest);
  });
  // The lead follows it: a copy with a few words after it closing the text is the report's own sentence.
  if (index < 0 || !state.lines.slice(index + 1).some(isSentenceLine)) return;
  const [line] = state.lines.splice(index, 1);
  state.skipped.push({ line: line!.line, text: line!.text, rule: 'photo caption' });
}

// A headline in capitals of two words or more: only such a copy is told from the text glued after it,
// a word that opens with a capital and goes on in small letters.
const SMALL_LETTER = /\p{Ll}/u;
// A capital glued to the headline's last small letter or closing quote: the paragraph's first word.
const GLUED_AFTER = /^\p{Lu}/u;
const SMALL_OR_QUOTE_LAST = /[\p{Ll}»”)]$/u;
const CLOSED_BY_MARK = /[?!][»”"]?$/u;
const CAPITAL_OR_QUOTE_AFTER = /^\s+(?=[\p{Lu}«"“])/u;
const OPENER_AFTER = new RegExp(String.raw`^\s+(?=(?:${SENTENCE_OPENERS})\s)`, 'u');
const CAPITALISED_WORD_AFTER = /^\s+(?=\p{Lu}\p{Ll})/u;
// Half the headline's words of four letters or more, by their first four letters, again in the lead's first sentence.
const RESTATED_SHARE = 0.5;
const STEM = 4;
const LONG_WORDS = /\p{L}{4,}/gu;

function restatesHeadline(title: string, after: string): boolean {
  const stems = (text: string) => (text.toLowerCase().match(LONG_WORDS) ?? []).map((word) => word.slice(0, STEM));
  const sentence = /^[^.!?]*[.!?]/u.exec(after.trim())?.[0];
  if (sentence === undefined) return false;
  const headline = new Set(stems(title));
  const lead = new Set(stems(sentence));
  return headline.size >= 3 && wordCount(sentence) >= 8 && [...headline].filter((stem) => lead.has(stem)).length / headline.size >= RESTATED_SHARE;
}

/**
 * Above the lead or opening it, the headline printed again with the lead after a space, the lead opening on
 * any capitalised word and its first sentence restating the headline, as a lead does (`<headline> Акимат
 * города опроверг информацию о …`): the copy is left out. A sentence going on after the headline's words
 * (`… на окраине Шымкента, потому что …`) names few of them again and stays whole.
 */
function restatedCopy(state: ParseState, title: string): void {
  if (!SMALL_LETTER.test(title) || wordCount(title) < 3) return;
  const paragraph = state.lines.findIndex(isSentenceLine);
  const index = state.lines.slice(0, paragraph < 0 ? undefined : paragraph + 1).findIndex((line) => !line.verbatim && line.text.startsWith(`${title} `));
  if (index < 0) return;
  const line = state.lines[index]!;
  const after = line.text.slice(title.length);
  const space = CAPITALISED_WORD_AFTER.exec(after);
  if (!space || !restatesHeadline(title, after)) return;
  state.skipped.push({ line: line.line, text: title, rule: 'headline repeated' });
  state.lines[index] = { ...line, text: after.slice(space[0].length) };
}

// The paragraphs a copy of the headline glued to a sentence may open: the report's first few.
const GLUED_COPY_PARAGRAPHS = 3;
// An ellipsis is one character or three periods as the page types it: `екенмін…` and `екенмін...` are one word.
const ELLIPSIS = /…|\.\.\./gu;

/** The length of the copy of the headline that opens the text, its ellipses typed either way, or -1 when the text opens on none. */
function copyLength(text: string, title: string): number {
  if (text.startsWith(title)) return title.length;
  if (!title.includes('…') && !title.includes('...')) return -1;
  const copy = new RegExp(`^${title.split(ELLIPSIS).map(escapeRegExp).join('(?:…|\\.\\.\\.)')}`, 'u').exec(text);
  return copy ? copy[0].length : -1;
}

/**
 * A headline of three words or more closing on its own question or exclamation mark printed again with one of the
 * report's first paragraphs glued after it, no space between (`<headline>!Нанбасаңыз …`), its ellipses typed either
 * way: the copy is left out, the paragraph kept from its capital. With a space after it, below the lead, the words may be the
 * report's own sentence, and stay.
 */
function gluedCopyInText(state: ParseState, title: string): void {
  if (!SMALL_LETTER.test(title) || !CLOSED_BY_MARK.test(title) || wordCount(title) < 3) return;
  let paragraphs = 0;
  for (const [index, line] of state.lines.entries()) {
    if (!isSentenceLine(line)) continue;
    if (++paragraphs > GLUED_COPY_PARAGRAPHS) return;
    const length = line.verbatim ? -1 : copyLength(line.text, title);
    const rest = length < 0 ? '' : line.text.slice(length);
    if (!GLUED_AFTER.test(rest) || !isSentenceLine({ text: rest })) continue;
    state.skipped.push({ line: line.line, text: line.text.slice(0, length), rule: 'headline repeated' });
    state.lines[index] = { ...line, text: rest };
    return;
  }
}

// The headline's first words a picture's alt text may hold, cut: two or more.
const ALT_START_WORDS = 2;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const SMALL_LAST = /\p{Ll}$/u;

/** The headline's first words, not all of them, glued before the paragraph's first word (`Астана күнінеБүгін …`). */
function gluedTitleStart(text: string, title: string): string | undefined {
  const words = title.split(' ');
  if (!text.startsWith(`${words[0]} `)) return undefined;
  for (let count = words.length - 1; count >= ALT_START_WORDS; count--) {
    const start = words.slice(0, count).join(' ');
    if (text.startsWith(start) && SMALL_LAST.test(start) && CAPITAL_THEN_SMALL.test(text.slice(start.length))) return start;
  }
  return undefined;
}

/**
 * A headline in capitals printed again with the first paragraph glued after it
 * (`…НАРОДУ КАЗАХСТАНААида Мынбаева: …`) or after a space: the copy is left out, the paragraph kept.
 */
function gluedCopy(state: ParseState, title: string, paragraph: number): void {
  const line = state.lines[paragraph];
  // A headline in small letters printed again with the paragraph glued after it, no space between
  // (`… на 600 местСегодня, …`): the copy is the headline as it stands, the paragraph's capital after it.
  if (line && !line.verbatim && SMALL_LETTER.test(title) && SMALL_OR_QUOTE_LAST.test(title) && line.text.startsWith(title) && GLUED_AFTER.test(line.text.slice(title.length))) {
    state.skipped.push({ line: line.line, text: title, rule: 'headline repeated' });
    state.lines[paragraph] = { ...line, text: line.text.slice(title.length) };
    return;
  }
  // Or only its first words, glued before the paragraph's capital (`Астана күнінеБүгін …`): the picture's alt text,
  // the headline cut, over the lead.
  const cut = line && !line.verbatim && SMALL_LETTER.test(title) ? gluedTitleStart(line.text, title) : undefined;
  if (line && cut && isSentenceLine({ text: line.text.slice(cut.length) })) {
    state.skipped.push({ line: line.line, text: cut, rule: 'image label' });
    state.lines[paragraph] = { ...line, text: line.text.slice(cut.length) };
    return;
  }
  // Or after a space, the paragraph opening on a word that only opens a sentence (`<headline> На «Открытых
  // НПА» …`): a lead that opens with the headline's words goes on in small letters.
  // A headline closed by its own question or exclamation mark is a sentence of its own: the lead after it, a
  // capital first, goes on from none of it (`<headline>? Алматы облысында …`).
  const spaced = line && !line.verbatim && SMALL_LETTER.test(title) && wordCount(title) >= 3 && line.text.startsWith(`${title} `) ? OPENER_AFTER.exec(line.text.slice(title.length)) ?? (CLOSED_BY_MARK.test(title) ? CAPITAL_OR_QUOTE_AFTER.exec(line.text.slice(title.length)) : null) : null;
  if (line && spaced && isSentenceLine({ text: line.text.slice(title.length + spaced[0].length) })) {
    state.skipped.push({ line: line.line, text: title, rule: 'headline repeated' });
    state.lines[paragraph] = { ...line, text: line.text.slice(title.length + spaced[0].length) };
    return;
  }
  const space = title.indexOf(' ');
  if (!line || line.verbatim || space < 0 || SMALL_LETTER.test(title) || !line.text.startsWith(title.slice(0, space + 1))) return;
  // The page may space the copy otherwise: any run of spaces stands for one.
  // Glued, or set apart by spaces only, as a paper's page prints its headline again over the text
  // (`КНИГА — ХОРОШИЙ СОБЕСЕДНИК    Жителю аула …`).
  const copy = new RegExp(`^${title.split(/\s+/u).map(escapeRegExp).join('\\s+')}\\s*(?=\\p{Lu}\\p{Ll})`, 'u').exec(line.text);
  if (!copy) return;
  state.skipped.push({ line: line.line, text: copy[0].trim(), rule: 'headline repeated' });
  state.lines[paragraph] = { ...line, text: line.text.slice(copy[0].length) };
}

// A phrase of six words or more, those after its first mostly in small letters with a preposition among them, as a
// dek with no verb is (`Повесть об отечественных отходах в четырех частях`); a menu's or a motto's labels are
// capitalised, or joined by a conjunction only (`Афиша и новости города Талдыкоргана`).
const PHRASE_WORDS = 6;
const SMALL_WORDS_SHARE = 0.6;
const PREPOSITION = /^(?:в|во|на|о|об|обо|с|со|по|для|из|от|к|ко|у|за|под|над|при|про|без|до|через|между)$/u;

const SPACES = /\s+/u;
const OPENS_SMALL = /^\p{Ll}/u;

function isPhrase(text: string): boolean {
  const words = text.split(SPACES).slice(1);
  return words.length + 1 >= PHRASE_WORDS && words.some((word) => PREPOSITION.test(word)) && words.filter((word) => OPENS_SMALL.test(word)).length / words.length >= SMALL_WORDS_SHARE;
}

// The page's trail ending in the headline, printed apart from it (under the dek, as ustinka.kz
// does): `Усть-Каменогорск и ВКО / <headline>`. A few words of rubrics before a separator.
const TRAIL_BEFORE = /^[^.!?]{2,80}\s[/»›>→|]\s$/u;
const TRAIL_WORDS = 8;
// Or its separators lost in the copy, its items words the table knows as page matter: `Басты Жаңалықтар <headline>`.
const UNSEPARATED_TRAIL_WORDS = 3;

/** The line is the page's trail ending in the headline: rubrics, a separator, the headline; or the trail's last item alone, its bullet kept (`• <headline>`). */
function isTrailCopy(line: SourceLine, title: string): boolean {
  if (line.verbatim || line.text.length <= title.length || !line.text.endsWith(title)) return false;
  if (line.text === `• ${title}`) return true;
  const trail = line.text.slice(0, -title.length);
  if (TRAIL_BEFORE.test(trail) && wordCount(trail) <= TRAIL_WORDS) return true;
  return trail.endsWith(' ') && wordCount(trail) <= UNSEPARATED_TRAIL_WORDS && clutterRuleOf(trail.trim()) !== undefined;
}

// The headline as a gallery's alt text, the picture's number after it: `<headline>, фото-1`, `<headline> фото 2`.
const GALLERY_NUMBER = /^,?\s(?:фото|сурет|foto|sýret|photo)[\s-]?\d{1,3}$/iu;

// The headline as an image's alt text under the site's label for its news and a colon: `Астана жаңалықтары: <headline>`,
// `Новости Казахстана: <headline>`. A label of up to three words, no sentence's mark in it.
const NEWS_LABEL = /^[^.!?:]{2,40}:\s$/u;
const NEWS_LABEL_WORDS = 3;

function isGalleryCopy(line: SourceLine, title: string): boolean {
  if (line.verbatim || line.text.length <= title.length) return false;
  if (line.text.endsWith(title) && wordCount(title) >= NEWS_LABEL_WORDS) {
    const label = line.text.slice(0, -title.length);
    return NEWS_LABEL.test(label) && wordCount(label) <= NEWS_LABEL_WORDS;
  }
  return line.text.length <= title.length + 12 && line.text.startsWith(title) && GALLERY_NUMBER.test(line.text.slice(title.length));
}

/**
 * A copy of the headline right under a label ending in `:` that reads as a list's item is the list's
 * item (`Бүгінгі бағдарламада:` / `- <headline>;` / `- …`): a programme names its first report so.
 */
function isListedCopy(lines: SourceLine[], index: number): boolean {
  const line = lines[index]!;
  const above = lines[index - 1];
  return above !== undefined && !above.verbatim && above.text.endsWith(':') && isListItem(line.text);
}

// The site's menus and links of its header, as the table names them.
const MENU_RULES = new Set(['related news', 'page navigation', 'breadcrumbs', 'news widget']);

/**
 * Whether a line between the headline and its copy `above` (the first paragraph at `paragraph`) is the report's dek,
 * text kept, rather than the page's head.
 */
function dekBetweenCopies(state: ParseState, title: string, above: number, paragraph: number): (line: SourceLine) => boolean {
  // A dek the page prints between the headline and its copy holds sentences, or is one long phrase
  // (`Интервью с директором компании, ставшей …`, no menu item or label is): it is text, no page head.
  // A phrase in another script than the headline's is a picture's alt text (`Colman Domingo and Jude Law at …`).
  const script = once(() => scriptOf(title));
  // So is the one line between them that is a clause with its verb, however short (`Оборудование заменили на более мощное`).
  // And so is a short one the text below retells word for word (`Работы на участке приостановлены`).
  const body = paragraph < 0 ? [] : state.lines.slice(paragraph);
  // Not another report's headline the page printed between them (a feed's item): a short phrase of no
  // sentence naming under a fifth of the words of the headline and the text (a dek is longer, or names them).
  const text = once(() => [title, ...body.map((line) => line.text)].join(' '));
  const another = (line: SourceLine) => wordCount(line.text) < DEK_WORDS && !holdsSentence(line.text) && namesLittleOf(line.text, text());
  // With the headline typed on the date line, a line under page matter the table knew is above the page's first print
  // of the headline, not between it and a copy: a headline-shaped one there is a link of the page's header
  // (`Новости … и …` / `Температура воды в Каспийском море` / stamp / `<headline>` / lead), no dek.
  const typed = state.titleBelowDate === undefined && !state.skipped.some((skipped) => skipped.line === state.headLine);
  const headerLink = (line: SourceLine) => typed && isHeadlineLike(line.text) && !isSentenceLine(line) && state.skipped.some((skipped) => skipped.line > state.headLine && skipped.line < line.line);
  // Nor a line above the site's menus the table knew (`Смотреть все>>>` over the copy): the page's header.
  const copyLine = state.lines[above]!.line;
  const menus = state.skipped.filter((skipped) => skipped.line < copyLine && MENU_RULES.has(skipped.rule)).map((skipped) => skipped.line);
  const overMenus = (line: SourceLine) => menus.some((menu) => menu > line.line);
  const dek = (line: SourceLine) => !another(line) && !headerLink(line) && !overMenus(line) && (holdsSentence(line.text) || wordCount(line.text) >= DEK_WORDS || (above === 1 && wordCount(line.text) >= SHORT_DEK_WORDS && (hasHeadlineVerb(line.text) || isPhrase(line.text) || QUESTION_FIRST.test(line.text))) || (above === 1 && isRetoldDek(line.text, body)));
  // A line of hashtags there is the site's topic menu (`#правительство #финансы … #война в Украине`), however long.
  return (line: SourceLine) => !line.fromTitle && !line.verbatim && !isTagLine(line.text) && dek(line) && scriptOf(line.text) === script();
}

/**
 * A copy of the headline `title`, `folded` its folding: a line of about its length that folds the same, or the page's
 * trail ending in it. Folding costs, and every source is parsed: only lines of about the title's length are folded.
 */
function isCopy(line: SourceLine, title: string, folded: string): boolean {
  return (!line.verbatim && Math.abs(line.text.length - title.length) <= 10 && foldHeadline(line.text) === folded) || isTrailCopy(line, title);
}

// A copy of the headline's first words alone on a line of the text, three or more but not all (`Крупный пожар в
// Караганде` under `Крупный пожар в Караганде локализован`): the picture's alt text between paragraphs.
const CUT_COPY_WORDS = 3;

function isCutCopy(line: SourceLine, title: string): boolean {
  const { text } = line;
  return !line.verbatim && text.length < title.length && title.startsWith(text) && title[text.length] === ' ' && wordCount(text) >= CUT_COPY_WORDS;
}

/**
 * A copy of the headline closed by a period, the next paragraph pointing back at it (`«ЗАГОЛОВОК»` / `Заголовок.`
 * / `Бұл туралы … айтты.`): the text's first sentence, which the text goes on from, so it stays.
 */
function pointedBackAt(line: SourceLine, next: SourceLine | undefined): boolean {
  return line.text.endsWith('.') && next !== undefined && !next.verbatim && (opensAnaphoric(next.text) || TOLD_ABOUT.test(next.text));
}

/**
 * A headline the page prints again is published once, as the title: a copy above the first
 * paragraph also marks where the page's head ends (`РУ`, menus above it), and outlets that print
 * it again under the lead lose that copy too; so does the page's trail ending in the headline, and a
 * gallery's alt text, the headline with the picture's number (`<headline>, фото-1`) or after the site's
 * label for its news (`Астана жаңалықтары: <headline>`).
 */
export function repeatedHeadline(state: ParseState): void {
  otherScriptCopy(state);
  const title = headlineWithoutSite(state);
  const folded = foldHeadline(title);
  captionWithCredit(state, title, state.lines.findIndex(isSentenceLine));
  captionAfterCopy(state, title, state.lines.findIndex(isSentenceLine));
  gluedCopy(state, title, state.lines.findIndex(isSentenceLine));
  gluedCopyInText(state, title);
  restatedCopy(state, title);
  const paragraph = state.lines.findIndex(isSentenceLine);
  // Above the first paragraph, a copy may be shortened or have a word changed (the page's other title),
  // or carry the site's name after it (the picture's alt text: `<headline> - adebiportal.kz`).
  // Asked of the head's lines twice, before the head is dropped and after: each line is told once.
  const copyInHead = once1((line: SourceLine) => isCopy(line, title, folded) || (!line.verbatim && (isHeadlineVariant(line.text, title, { headline: folded }) || (line.text.startsWith(title) && SITE_NAME.test(line.text.slice(title.length))) || isStampedCopy(line, title))));
  const above = state.lines.slice(0, paragraph < 0 ? undefined : paragraph).findIndex((line, index, lines) => !isListedCopy(lines, index) && copyInHead(line));
  // The dek's tests are set up only for a page that prints a copy above its first paragraph: most print none.
  // dropHead asks twice of each line of the head: each is told once.
  if (above >= 0) dropHead(state, above, once1(dekBetweenCopies(state, title, above, paragraph)));
  const lead = paragraph < 0 ? undefined : state.lines[paragraph];
  let inHead = lead !== undefined;
  state.lines = state.lines.filter((line, index, lines) => {
    if (line === lead) inHead = false;
    const copy = !isListedCopy(lines, index) && (inHead ? copyInHead(line) : isCopy(line, title, folded) || isSignedCopy(line, title) || isCutCopy(line, title)) && !pointedBackAt(line, lines[index + 1]);
    if (copy) state.skipped.push({ line: line.line, text: line.text, rule: isTrailCopy(line, title) ? 'breadcrumbs' : 'headline repeated' });
    // A headline in capitals the page prints again in small letters with its capitals (`ОНЛАЙН-ВСТРЕЧА С …` /
    // `Онлайн-встреча с …`): the copy, as the headline reads, is the title.
    if (copy && title === state.article.title && isInCapitals(title) && foldHeadline(line.text) === folded && SMALL_LETTER.test(line.text)) state.article.title = line.text;
    const gallery = !copy && isGalleryCopy(line, title);
    if (gallery) state.skipped.push({ line: line.line, text: line.text, rule: 'image label' });
    return !copy && !gallery;
  });
}

/**
 * The headline printed again in Kazakh's other alphabet above the lead (`Aýylda saıabaq ashyldy` /
 * `Ауылда саябақ ашылды`, a page with both alphabets): the one in the text's script is the title, the other
 * is left out (`headline repeated`). A line that only shares a few words with it is no copy.
 */
function otherScriptCopy(state: ParseState): void {
  const title = state.article.title!;
  const titleScript = scriptOf(title);
  if (titleScript !== 'Cyrillic' && titleScript !== 'Latin') return;
  const paragraph = state.lines.findIndex(isSentenceLine);
  if (paragraph <= 0) return;
  const other = titleScript === 'Cyrillic' ? 'Latin' : 'Cyrillic';
  // Keyed only when a line of about its length in the other script is found: most pages print none.
  const key = once(() => kazakhKey(title));
  const at = state.lines.slice(0, paragraph).findIndex((line) => !line.verbatim && Math.abs(line.text.length - title.length) <= title.length * 0.3 && scriptOf(line.text) === other && sameKeys(kazakhKey(line.text), key()));
  if (at < 0) return;
  const textScript = scriptOf(state.lines[paragraph]!.text);
  const copy = state.lines[at]!;
  if (scriptOf(copy.text) === textScript && scriptOf(title) !== textScript) {
    state.skipped.push({ line: state.headLine, text: title, rule: 'headline repeated' });
    state.article.title = copy.text;
    state.headLine = copy.line;
  } else state.skipped.push({ line: copy.line, text: copy.text, rule: 'headline repeated' });
  state.lines.splice(at, 1);
}
