import { SourceError } from '../errors.ts';
import { closesBracket, endsInGenitive, isListItem, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

/** A site's widgets that a copy holding no report may be made of: the weather by city, the rates, the TV guide. */
/** Paragraphs of a word or two, no sentence among them, that make a list rather than a report. */
const LIST_ONLY = 3;
const WIDGETS = new Set(['weather', 'exchange rates', 'broadcast schedule']);

// A line the page wrapped (a narrow column or a PDF copied as printed): it ends on a word in small
// letters, no closing mark, and the line right under it opens in small letters (`… по собственной` /
// `инициативе;`). A wrapped line runs long: a short one is a name over its role (`Дмитрий Песков` /
// `пресс-секретарь президента`), a signature. Arabic script has no case, so its lines are never joined.
// A list item wrapped before a figure continues too: `— в пунктах размещения находятся` / `284 человек …`.
// It may end on a figure whose unit opens the next line (`… выделено 107` / `млн тенге`); or on a comma over a
// relative clause in Russian (`… приняла 75 учащихся,` / `которые …`): a verse's next line opens on no such word.
const OPEN_END = /\p{Ll}$|\s\d{1,4}$/u;
const RELATIVE_CONTINUES = /^(?:котор\p{Ll}+|где|куда|откуда|чтобы)\s/u;
const SMALL_THEN_COMMA_END = /\p{Ll},$/u;
const CONTINUES = /^\p{Ll}/u;
const LIST_ITEM = /^[—–•-]\s/u;
const FIGURE_CONTINUES = /^\d[\d\s]*\s\p{Ll}/u;
const WRAPPED_WORDS = 6;
const COMMA_WRAPPED_WORDS = 10;
// A bracket the page wrapped onto the next line, the sentence going on or closing after it:
// `… ретро-фестиваль «Арыс жағасында»` / `(«На берегу Арыси»).`
const BRACKET_END = /[\p{L}\d»"”]$/u;
const BRACKET_CONTINUES = /^\([^()]{1,120}\)(?:[.,;:!?…]|\s+\p{Ll})/u;

// A lead the page wrapped before its attribution: the line ends on a comma and the next opens in small letters on
// the verb naming who reports (`… в нескольких регионах страны,` / `передает Tengrinews.kz со ссылкой на …`), a quote's
// dash after the comma or not (`… хабарлады»,-` / `деп жазады Қазақпарат.`), a blank line between or not.
const COMMA_END = /,\s?[-–—]?$/u;
const ATTRIBUTION_CONTINUES = /^(?:переда[её]т|передают|сообща[её]т|сообщают|пишет|информирует|деп\s+(?:хабарлайды|хабарлады|жазады|жазды)|dep\s+(?:habarla[ıi]dy|habarlady|jazady|jazdy))\s/u;

// A line however short that ends on a preposition or conjunction goes on below: no phrase ends on
// one (`В память о` / `героях наших дней`, a subheading the page wrapped).
const DANGLING = /(?:^|\s)(?:в|во|на|о|об|обо|по|с|со|к|ко|и|для|из|от|до|за|под|при|у|а|но|над|про|без|через|между|перед|или)$/iu;

// A name the page wrapped after its patronymic, the surname opening the next line: `Жуырда аудан әкімі
// Сәкен Үмбетұлы` / `Мамытов жұмыс сапарымен …`. The line runs on from a word in small letters: a
// byline or a signature is names only.
const PATRONYMIC_END = /\s\p{Lu}\p{Ll}+(?:ұлы|қызы|uly|qyzy|ович|евич|овна|евна|ична)$/u;
const SMALL_WORD = /(?:^|\s)\p{Ll}/u;
const NAME_WRAPPED_WORDS = 3;
const SURNAME_CONTINUES = /^\p{Lu}\p{Ll}+\s/u;
// Or after a first name, the surname alone closing the sentence on the next line: `… директор центра Бахытжан` / `Камалов.`
const FIRST_NAME_END = /\s\p{Lu}\p{Ll}+$/u;
const SURNAME_CLOSES = /^\p{Lu}\p{Ll}+\.$/u;

// A quote's closing words the page set apart as a block of their own under it, a blank line between or
// not: the quote ends on a comma, the words are a verb of speech and who spoke (`… Рахмановских ключей,` /
// `отметил министр.`, `деді әкім.`), or who told it, the verb in the plural (`… написал 24 августа,` / `сообщили в
// пресс-службе.`). Tested first on the comma: most paragraphs end otherwise.
const QUOTE_OPEN_END = /[,][»"”]?$/u;
const SPEAKER_CLOSES = /^(?:\p{Ll}+(?:ил|ила|ал|ала|ял|яла|ел|ела|ул|ула|или|али|яли|ели|ули)|деді|dedi)(?:\s[\p{L}.-]+){1,3}\.$/u;

// A section break, a row of three stars or more (`***`, `* * *`, `⁂`): between paragraphs it is the text's,
// above the first or under the last it separates nothing, a piece of the page's layout.
const SECTION_BREAK = /^(?:\*\s*){3,}$|^⁂$/u;

function isBreak(line: SourceLine | undefined): boolean {
  return line !== undefined && !line.verbatim && SECTION_BREAK.test(line.text.trim());
}

function recordBreak(state: ParseState, line: SourceLine): void {
  state.skipped.push({ line: line.line, text: line.text, rule: 'section break' });
}

/** Takes the section breaks opening or closing the body out, recorded. */
function dropOuterBreaks(state: ParseState): void {
  while (state.lines.length > 1 && isBreak(state.lines[0])) recordBreak(state, state.lines.shift()!);
  while (state.lines.length > 1 && isBreak(state.lines.at(-1))) recordBreak(state, state.lines.pop()!);
}

// A sentence the page broke after a word in the genitive, a blank line between or not: its possessed noun
// opens the next line, in small letters or after a figure (`… облыс мектептерінің` / `9-11 сыныптарда …`). Arabic
// script has no small letters: there the genitive's ending alone tells it, the next line opening on an Arabic letter
// (`… كومپانيانىڭ` / `جۇمىسىن …`).
const FIGURE_RANGE_CONTINUES = /^\d[\d.,–-]*\s+\p{Ll}/u;
const ARABIC_GENITIVE_LAST = 'ڭ';
const ARABIC_FIRST = /^\p{Script=Arabic}/u;

function brokenAfterGenitive(above: SourceLine, line: SourceLine): boolean {
  if (!endsInGenitive(above.text) || wordCount(above.text) < WRAPPED_WORDS) return false;
  return CONTINUES.test(line.text) || FIGURE_RANGE_CONTINUES.test(line.text) || (above.text.endsWith(ARABIC_GENITIVE_LAST) && ARABIC_FIRST.test(line.text));
}

// The last item of a tally, ending on the same word as the item above it (`- Қазақстан - 41 алтын, 6 күміс, 1 қола` /
// `- Тәжікстан - 3 алтын, 4 күміс, 6 қола`), is whole: a sentence under it opening on a figure is the text's next.
function closesTally(above: SourceLine, item: SourceLine | undefined): boolean {
  if (item === undefined || !LIST_ITEM.test(item.text)) return false;
  const last = (text: string) => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return last(item.text) === last(above.text);
}

/**
 * `matterBetween`: the lines left out as page matter between the two (`None` placeholders the copy printed inside the
 * lead, `… 19-ынан бастап,` / `None` / `None` / `деп хабарлайды …`), each with a blank line of its own at most.
 */
function continuesAbove(above: SourceLine | undefined, line: SourceLine, itemAbove?: SourceLine, matterBetween = 0): boolean {
  if (above === undefined || above.verbatim || line.verbatim) return false;
  if (line.line <= above.line + 2 && QUOTE_OPEN_END.test(above.text) && SPEAKER_CLOSES.test(line.text)) return true;
  if (line.line <= above.line + 2 && brokenAfterGenitive(above, line)) return true;
  if (line.line <= above.line + 2 + 2 * matterBetween && COMMA_END.test(above.text) && wordCount(above.text) >= WRAPPED_WORDS && ATTRIBUTION_CONTINUES.test(line.text)) return true;
  if (line.line !== above.line + 1) return false;
  if (CONTINUES.test(line.text) && DANGLING.test(above.text)) return true;
  if (PATRONYMIC_END.test(above.text) && SMALL_WORD.test(above.text) && wordCount(above.text) >= NAME_WRAPPED_WORDS && SURNAME_CONTINUES.test(line.text)) return true;
  if (SURNAME_CLOSES.test(line.text) && FIRST_NAME_END.test(above.text) && SMALL_WORD.test(above.text) && wordCount(above.text) >= WRAPPED_WORDS) return true;
  if (line.text.startsWith('(') && BRACKET_END.test(above.text) && wordCount(above.text) >= WRAPPED_WORDS && BRACKET_CONTINUES.test(line.text)) return true;
  if (SMALL_THEN_COMMA_END.test(above.text) && wordCount(above.text) >= WRAPPED_WORDS && RELATIVE_CONTINUES.test(line.text)) return true;
  // A long line closing on a comma over one going on in small letters is a sentence the page broke: a verse's line,
  // which may close so too, is short.
  if (SMALL_THEN_COMMA_END.test(above.text) && wordCount(above.text) >= COMMA_WRAPPED_WORDS && CONTINUES.test(line.text) && !isListItem(line.text)) return true;
  if (closesBracket(line.text, above.text) || closesQuoteAfterDash(line, above)) return true;
  if (!OPEN_END.test(above.text) || wordCount(above.text) < WRAPPED_WORDS) return false;
  return CONTINUES.test(line.text) || (LIST_ITEM.test(above.text) && FIGURE_CONTINUES.test(line.text) && !closesTally(above, itemAbove));
}

// A name in guillemets the page wrapped after its dash: `… № 31 «Автовокзал —` / `п. Акжар», …`.
const DASH_END = /\s[—–-]$/u;

/** The line closes a quote the line above left open on a dash, opening in small letters. */
function closesQuoteAfterDash(line: SourceLine, above: SourceLine): boolean {
  if (!DASH_END.test(above.text) || !CONTINUES.test(line.text) || !line.text.includes('»')) return false;
  const count = (mark: string) => above.text.split(mark).length - 1;
  return count('«') > count('»');
}

// A widget's list of names under one more (cities, `Павлодар` / `Алматы` / `Астана` / …) and no sentence is no report.
const SENTENCE_END = /[.!?…]$/u;
const isName = (text: string): boolean => wordCount(text) <= 2 && !SENTENCE_END.test(text);

/**
 * Every remaining line is a paragraph. Sources separate paragraphs by blank lines or by
 * plain line breaks; both mean the same. A line the page wrapped joins the line above it.
 */
export function paragraphs(state: ParseState): SourceError | void {
  if (state.lines.length === 0) {
    const widget = state.skipped.find((line) => WIDGETS.has(line.rule));
    if (widget) {
      return new SourceError(
        `the page holds no report text, only the site's ${widget.rule} widget (line ${widget.line}): paste the report's headline after the date and its text under it`,
        state.headLine,
      );
    }
    return new SourceError('the article has a title but no body text', state.headLine);
  }
  dropOuterBreaks(state);
  const body: string[] = [];
  state.lines.forEach((line, index) => {
    const above = state.lines[index - 1];
    // Counted only across a gap of more than one line (most paragraphs stand a blank line apart).
    const matter = above === undefined || line.line <= above.line + 2 ? 0 : state.skipped.filter((s) => s.line > above.line && s.line < line.line).length;
    if (continuesAbove(above, line, state.lines[index - 2], matter)) body[body.length - 1] += ` ${line.text}`;
    else body.push(line.text);
  });
  if (body.length >= LIST_ONLY && isName(state.article.title ?? '') && body.every(isName)) {
    return new SourceError(
      `the page holds no report text, only a list of names (line ${state.lines[0]!.line}: \`${body[0]}\`): paste the report's headline after the date and its text under it`,
      state.headLine,
    );
  }
  state.article.paragraphs = body;
  state.lastTextLine = state.lines.at(-1)!.line;
  state.lines = [];
}
