import { inOneScript, MAY_BE_LATIN } from '../../core/lookalikes.ts';
import { metaLine } from '../clutter/meta-line.ts';
import { readStamp } from '../clutter/stamp.ts';
import { needsOf, pairOpeningOf, type Need } from '../clutter/opening.ts';
import { CLUTTER_RULES, META_RULES, type ClutterRule, type Follow } from '../clutter/table.ts';
import { foldHeadline, HEADLINE_MAX, isCutOff, isHeadlineLike, isKickeredHeadline, isLabelLike, isQuotedSaying, isSentenceLine, wordCount } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// Menus copied as lists keep their bullets: `• kz`, `• RUB:`.
const BULLET = /^[•·▪►●◦‣]\s*/u;
const BULLET_RULE: ClutterRule = { name: 'list bullet', line: BULLET };
// A list's dash before a teaser's headline: `- Уникальный гребной канал открыли в Туркестане`.
const LIST_DASH = /^[-–—]\s/u;
// A ranked widget's item: `- 2 Headline`.
const RANKED = /^[-–—•]\s*\d{1,2}\s+(?=\p{Lu})/u;
// The site's or author's name a widget prints under each teaser, one word: `smarttop` between two headlines.
const TEASER_SIGNER = /^[\p{L}\d.-]{2,30}$/u;
// A newspaper's name in quotes under a signature: `«Egemen Qazaqstan»`, `“Soltüstık Qazaqstan”.`
const QUOTED_NAME = /^[«“"][^«»“”".!?]{2,40}[»”"]\.?$/u;
// A city or district under a signature: `Qostanaı.`, `Усть-Каменогорск`, `Мұғалжар ауданы.`
const PLACE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}]+)?(?:\s(?:ауданы|облысы|қаласы|ауылы|aýdany|audany|oblysy|qalasy|aýyly|район|область|области))?\.?$/u;
// The signer's office between her signature and its place, wrapped over a line or two and closing on a comma:
// `Имя ФАМИЛИЯ,` / `№1 мектеп` / `гимназияның кітапхана меңгерушісі,` / `Шымкент қаласы`. No line of it
// closes a sentence or holds more than eight words; without the place under them the lines are the text's.
const OFFICE_LINES = 3;
const OFFICE_WORDS = 8;
const OFFICE_END = /[.!?:;…»”"]$/u;
const OPENS_SMALL = /^\p{Ll}/u;
// Or the office's last line closes on a period after the post itself, no place under it: `Имя ФАМИЛИЯ,` / `… одағының
// мүшесі,` / `… мектеп-гимназиясының мұғалімі.` (a Kazakh post, possessive after its body in the genitive).
const POST_CLOSES = /\s(?:мүшесі|мұғалімі|оқытушысы|директоры|меңгерушісі|қызметкері|маманы|төрағасы|басшысы|ардагері|профессоры|доценті|докторы|кандидаты|студенті|зейнеткері|тілшісі|журналисі)\.$/u;

/** How many office lines stand between the signature at `index` and the place under them, or closing on the post (0: none). */
function officeLines(lines: readonly SourceLine[], index: number): number {
  for (let taken = 1; taken <= OFFICE_LINES && index + taken < lines.length; taken++) {
    const office = lines[index + taken]!;
    const below = lines[index + taken + 1];
    if (!office.verbatim && wordCount(office.text) <= OFFICE_WORDS && POST_CLOSES.test(office.text)) return taken;
    if (below === undefined || office.verbatim || OFFICE_END.test(office.text) || wordCount(office.text) > OFFICE_WORDS) return 0;
    if (!office.text.endsWith(',') && !OPENS_SMALL.test(below.text)) return 0;
    if (office.text.endsWith(',') && !below.verbatim && PLACE.test(below.text)) return taken;
  }
  return 0;
}

// A list's dash alone on its line.
const LONE_DASH = /^[-–—]$/u;
// A source's name alone under its label: up to three words, each capitalised or in Latin letters, or in
// quotes; a domain (`Interfax`, `Sputnik Казахстан`, `«Казинформ»`, `kapital.kz`). A headline has small words.
const SOURCE_NAME = /^(?:[«"“][^«»"“”]{2,40}[»"”]|(?:[\p{Lu}\d][\p{L}\d.&-]*|[a-z][a-z\d.-]*)(?:\s(?:[\p{Lu}\d][\p{L}\d.&-]*|[a-z][a-z\d.-]*|[«"“][^«»"“”]{2,30}[»"”])){0,2})$/u;
const SOURCE_LINE_RULE: ClutterRule = { name: 'source line', line: SOURCE_NAME };
// A poll's answer, its votes glued after it: `• Каждый день;(212)`, `- 1. Положительно.(16)`. An answer
// holds no colon: `[метка]: javascript:alert(1)` is text.
const POLL_ANSWER = /^[^\s:][^:]{0,100}[\p{L}.;!?)]\(\d{1,7}\)$/u;
// Two items of the page glued with no space, as a copy joins the links of a footer: `Версия для печатиСоңғы
// жаңалықтар` (print version, latest news), a small letter right before a capital. Both halves must be page
// matter, and words meet at the glue (a domain doubled, `Site.kzSite.kz`, or `-8oC` is none); the line is read as the
// second, whose rule may take the lines under it (a widget's headlines).
const GLUED_ITEMS = /(?=\p{Lu}\p{Ll}{2})(?<=\p{Ll}{3})/u; // the capital tested first: most places hold none
const GLUED_ITEMS_MAX = 60;

// Most clutter is a short line; a rule tests longer lines only when it says so. Every source is
// parsed at each build that finds it changed, and most lines of a report are long.
const SHORT_LINE = 80;
const LONGEST = Math.max(...CLUTTER_RULES.map((rule) => rule.maxLength ?? SHORT_LINE), META_RULES.stamp.maxLength);

// The rules, in the table's order, that a line of each length may match: a long paragraph is tested
// against the few rules for long lines only, not checked against the length of each of the 200.
const LENGTHS = [...new Set(CLUTTER_RULES.map((rule) => rule.maxLength ?? SHORT_LINE))].sort((a, b) => a - b);
const RULES_BY_LENGTH = LENGTHS.map((length) => ({ length, rules: CLUTTER_RULES.filter((rule) => (rule.maxLength ?? SHORT_LINE) >= length) }));

// Of those, the ones a line's first two characters may open: kept per pair, a few thousand at most.
// A reader's patterns are those it `opens` with, one of which every line it matches matches.
const PATTERNS = new Map(CLUTTER_RULES.map((rule) => [rule, rule.line instanceof RegExp ? [rule.line] : rule.opens === undefined ? [] : [rule.opens].flat()]));
const OPENINGS = new Map(CLUTTER_RULES.map((rule) => [rule, openingsOf(PATTERNS.get(rule)!)]));

/** The openings of the patterns, one of which a line opens with; undefined when one of them may open on anything. */
function openingsOf(patterns: readonly RegExp[]): readonly RegExp[] | undefined {
  const openings = patterns.map(pairOpeningOf);
  return openings.length === 0 || openings.includes(undefined) ? undefined : (openings as RegExp[]);
}

// What a line holds of what the rules need (ClutterRule `needs`), as bits: told once per line, not by each rule.
const NEED_BITS: Readonly<Record<Need, number>> = { digit: 1, comma: 2, colon: 4, latin: 8 };
const HOLDINGS = 16;
const NEEDS = new Map(CLUTTER_RULES.map((rule) => [rule, bitsOf(rule.needs ?? []) | sharedBits(PATTERNS.get(rule)!) | (rule.holds ? bitsOf(needsOf(rule.holds)) : 0)]));

/** The needs every one of the patterns has (one of them matches). */
function sharedBits(patterns: readonly RegExp[]): number {
  return patterns.length === 0 ? 0 : patterns.map((pattern) => bitsOf(needsOf(pattern))).reduce((shared, bits) => shared & bits);
}

function bitsOf(needs: readonly Need[]): number {
  return needs.reduce((bits, need) => bits | NEED_BITS[need], 0);
}

// A line's holdings are read only up to this length: a longer line meets the few rules for long lines, each with
// its own quick test, and reading a paragraph would cost more than the rules it rules out.
const HELD_LONGEST = 160;
const FIGURE = /\d/u;

/** The bits of what the line holds: a figure, a comma, a colon, a letter that may be Latin. */
function holdingsOf(plain: string): number {
  return (FIGURE.test(plain) ? NEED_BITS.digit : 0) | (plain.includes(',') ? NEED_BITS.comma : 0) | (plain.includes(':') ? NEED_BITS.colon : 0) | (MAY_BE_LATIN.test(plain) ? NEED_BITS.latin : 0);
}

interface Bucket {
  length: number;
  rules: readonly ClutterRule[];
  /** The same rules by their name, gathered when a caller first asks for rules of some names only. */
  named?: ReadonlyMap<string, readonly ClutterRule[]>;
}
// The buckets of a line's first two characters: the rules they may open, and of those the ones a line holding each set of bits may match.
interface OpenedBuckets {
  opened: readonly (Bucket & { needy: boolean })[];
  byHoldings: (readonly Bucket[] | undefined)[];
}
const rulesByOpening = new Map<string, OpenedBuckets>();
const OPENINGS_KEPT = 5_000;

function bucketFor(plain: string): Bucket | undefined {
  const first = firstTwo(plain);
  let buckets = rulesByOpening.get(first);
  if (buckets === undefined) {
    if (rulesByOpening.size >= OPENINGS_KEPT) rulesByOpening.clear();
    const opened = RULES_BY_LENGTH.map(({ length, rules }) => {
      const own = rules.filter((rule) => OPENINGS.get(rule)?.some((opening) => opening.test(first)) ?? true);
      return { length, rules: own, needy: own.some((rule) => NEEDS.get(rule)! !== 0) };
    });
    rulesByOpening.set(first, (buckets = { opened, byHoldings: new Array<readonly Bucket[] | undefined>(HOLDINGS) }));
  }
  const opened = buckets.opened.find((bucket) => plain.length <= bucket.length);
  if (opened === undefined || !opened.needy || plain.length > HELD_LONGEST) return opened;
  const holds = holdingsOf(plain);
  const held = (buckets.byHoldings[holds] ??= buckets.opened.map(({ length, rules }) => ({ length, rules: rules.filter((rule) => (NEEDS.get(rule)! & ~holds) === 0) })));
  return held.find((bucket) => plain.length <= bucket.length);
}

/** The line's first two characters (code points), or the one it has. */
function firstTwo(plain: string): string {
  const one = plain.codePointAt(0);
  if (one === undefined) return '';
  const at = one > 0xffff ? 2 : 1;
  const two = plain.codePointAt(at);
  return two === undefined ? plain.slice(0, at) : plain.slice(0, at + (two > 0xffff ? 2 : 1));
}

function rulesFor(plain: string): readonly ClutterRule[] {
  return bucketFor(plain)?.rules ?? [];
}

/** Whether one of the rules of the bucket named one of `names` matches: only those rules are read, not the bucket's all. */
function matchesNamed(bucket: Bucket, names: ReadonlySet<string>, plain: string, next: string | undefined): boolean {
  const named = (bucket.named ??= byName(bucket.rules));
  for (const name of names) if (named.get(name)?.some((rule) => matches(rule, plain) && nextAgrees(rule, next))) return true;
  return false;
}

function byName(rules: readonly ClutterRule[]): Map<string, ClutterRule[]> {
  const named = new Map<string, ClutterRule[]>();
  for (const rule of rules) {
    const same = named.get(rule.name);
    if (same) same.push(rule);
    else named.set(rule.name, [rule]);
  }
  return named;
}

/** Whether the line under it is what the rule asks of it, if it asks anything (`ifNext`). */
function nextAgrees({ ifNext }: ClutterRule, next: string | undefined): boolean {
  return !ifNext || (next !== undefined && ifNext.test(next));
}

/** Whether the line matches the rule by itself, its `ifNext` aside. */
function matches({ line, holds }: ClutterRule, plain: string): boolean {
  if (holds && !holds.test(plain)) return false;
  return typeof line === 'function' ? line(plain) : line.test(plain);
}

// The rules read the same lines again and again (the clutter rule, the headline's evidence, the page's
// head and foot, the tag list), with the line under them or without: the rules a line itself matches are
// kept, by the line, for the next ask; only a rule that also looks at the next line reads it again.
// Kept by the line: the lines are the source's own strings, whose hashes are kept.
const answers = new Map<string, readonly ClutterRule[]>();
const ANSWERS_KEPT = 20_000;
const NONE: readonly ClutterRule[] = [];

/** The clutter rule a line of text matches, if any; `next` is the line under it, for rules that look there. */
export function clutterRuleOf(text: string, next?: string): ClutterRule | undefined {
  // A paragraph is no clutter: told before the line is looked up.
  if (text.length > LONGEST) return undefined;
  let candidates = answers.get(text);
  if (candidates === undefined) {
    if (answers.size >= ANSWERS_KEPT) answers.clear();
    answers.set(text, (candidates = candidatesOf(text)));
  }
  for (const rule of candidates) if (nextAgrees(rule, next)) return rule;
  return undefined;
}

/**
 * The rules a line matches by itself, in the table's order, up to the first that asks nothing of the next
 * line: its page metadata first, then the rules of its length. The first whose `ifNext` holds names the line.
 */
function candidatesOf(text: string): readonly ClutterRule[] {
  // A word typed with a look-alike letter of the other script (`cобственный корреспондент`, a Latin c) reads as printed.
  const plain = inOneScript(text.replace(BULLET, ''));
  // A bullet alone, or a list's dash the copy put on a line of its own above its item (`-` / `item;`).
  if (plain === '' || LONE_DASH.test(plain)) return [BULLET_RULE];
  const meta = metaLine(plain);
  if (meta) return [META_RULES[meta]];
  let found: ClutterRule[] | undefined;
  for (const rule of rulesFor(plain)) {
    if (!matches(rule, plain)) continue;
    (found ??= []).push(rule);
    if (!rule.ifNext) break;
  }
  if (found && !found.at(-1)!.ifNext) return found;
  const glued = gluedItems(plain);
  return glued ? [...(found ?? []), ...glued] : (found ?? NONE);
}

/** The rules of the second of two page items glued together (GLUED_ITEMS), when the first is page matter too. */
function gluedItems(plain: string): readonly ClutterRule[] | undefined {
  const glue = plain.length <= GLUED_ITEMS_MAX ? GLUED_ITEMS.exec(plain) : null;
  if (!glue) return undefined;
  const second = candidatesOf(plain.slice(glue.index));
  return second.length > 0 && candidatesOf(plain.slice(0, glue.index)).length > 0 ? second : undefined;
}

/**
 * Whether the clutter rule a line matches is one of the table's named `name`. Only the rules of
 * that name are tried first: most lines match none of them, and need not be read by the others.
 */
export function isClutterNamed(name: string, text: string, next?: string): boolean {
  return isClutterAmong(new Set([name]), text, next);
}

/** Whether the clutter rule a line matches is one of the table's named one of `names`, told as isClutterNamed tells it. */
export function isClutterAmong(names: ReadonlySet<string>, text: string, next?: string): boolean {
  if (!answers.has(text)) {
    const plain = inOneScript(text.replace(BULLET, ''));
    const bucket = bucketFor(plain);
    if (bucket === undefined || !matchesNamed(bucket, names, plain, next)) return false;
  }
  const name = clutterRuleOf(text, next)?.name;
  return name !== undefined && names.has(name);
}

// Where the copy glued one link's headline to the next: a small letter, then a capital opening a word.
const GLUED_HEADLINE_AT = /(?<=[\p{Ll}»")])(?=\p{Lu}\p{Ll})/u;
const GLUED_HEADLINES = 3;

/**
 * A widget's headlines glued into one line, the spaces between the links lost: `В небе над … Дубай –
 * ЕкатеринбургЗа мэра ответит губернатор: …Две девочки найдены …`. Three of them at least, each a
 * headline of three words or more; a sentence's words are never glued so.
 */
function isGluedHeadlines(text: string): boolean {
  if (!GLUED_HEADLINE_AT.test(text)) return false;
  const pieces = text.split(GLUED_HEADLINE_AT);
  return pieces.length >= GLUED_HEADLINES && pieces.every((piece) => wordCount(piece) >= 3 && isHeadlineLike(piece));
}

// A table's row copied between pipes, the last one cut off or not: `| 5 | Ақтөбе | 26 | 43 |`, `|---|---|`.
const TABLE_ROW = /^\|.*\S/u;

// A crumb of a trail printed as a numbered list: `2. Мәдениет`.
const NUMBERED_CRUMB = /^\d\.\s+(\S.{0,150})$/u;

// An advert speaks to the reader: `вы`, `вас`, `ваш…`, `сіз…` (you). A report does so only in a quote, its
// marks or a dialogue's dash there.
const ADDRESS = /(?<![\p{L}\p{M}])(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|ваших|сіз|сізге|сізді|сіздің|сіздер|сіздерге|сіздерді)(?![\p{L}\p{M}])/iu;
const QUOTED = /[«»"“”„]|^[-–—]/u;

/** An advert's words to the reader, outside any quote (`Учитель – это светоч нации. … каждый из вас …`). */
function addressesReader(text: string): boolean {
  return ADDRESS.test(text) && !QUOTED.test(text);
}

/** Whether a line belongs to a block of the `follow` shape, and under which rule's name. */
function blockRule(line: SourceLine, follow: Follow, heading: ClutterRule, first: boolean): ClutterRule | undefined {
  if (line.verbatim) return undefined;
  // A list's dash alone, its teaser's stamp and headline on the lines under it (`-` / `22 апреля 2025` / `Headline`):
  // told before the table, which reads a lone dash as a bullet.
  if (follow.shape === 'teaser' && LONE_DASH.test(line.text)) return heading;
  const own = clutterRuleOf(line.text);
  // Under a source's label a name shaped as a byline is the source's: `Источник:` / `Устинка LIVE`.
  if (follow.shape === 'source' && first && own?.name === 'byline' && SOURCE_NAME.test(line.text)) return SOURCE_LINE_RULE;
  if (own) return own;
  if (follow.shape === 'quote') return heading;
  if (follow.shape === 'poll') return (first && line.text.endsWith('?')) || (line.text.endsWith(')') && POLL_ANSWER.test(line.text.replace(BULLET, ''))) ? heading : undefined;
  if (follow.shape === 'bullet') return BULLET.test(line.text) ? heading : undefined;
  if (follow.shape === 'place') return PLACE.test(line.text) ? heading : undefined;
  if (follow.shape === 'signature') return QUOTED_NAME.test(line.text) || isLabelLike(line.text) ? heading : undefined;
  if (follow.shape === 'row') return TABLE_ROW.test(line.text) || isLabelLike(line.text) ? heading : undefined;
  if (follow.shape === 'source') return first && SOURCE_NAME.test(line.text) ? SOURCE_LINE_RULE : undefined;
  if (follow.shape === 'teaser') {
    // A widget's teasers may be a list, each headline after a dash (`Самое читаемое` / `- Headline`), and each
    // may have the site's or author's name under it, a word alone (`Headline` / `smarttop` / `Headline`).
    const item = line.text.replace(LIST_DASH, '');
    return isHeadlineLike(item) || isCutOff(item) || isGluedHeadlines(item) || (!first && TEASER_SIGNER.test(item)) ? heading : undefined;
  }
  if (follow.shape === 'ranked') {
    const item = RANKED.exec(line.text) ? line.text.replace(RANKED, '') : undefined;
    return item !== undefined && (isHeadlineLike(item) || isCutOff(item)) ? heading : undefined;
  }
  if (follow.shape === 'numbered') {
    const crumb = NUMBERED_CRUMB.exec(line.text)?.[1];
    return crumb !== undefined && (isLabelLike(crumb) || isHeadlineLike(crumb)) ? heading : undefined;
  }
  if (follow.shape === 'dashed') {
    const item = LIST_DASH.exec(line.text) ? line.text.slice(2).trim() : undefined;
    return item !== undefined && (isHeadlineLike(item) || isCutOff(item) || !/\s/u.test(item) || wordCount(item) <= 3 || opensOnQuotedKicker(item)) ? heading : undefined;
  }
  const fits = follow.shape === 'headline' ? isHeadlineLike(line.text) || isKickeredHeadline(line.text) : isLabelLike(line.text) || (line.text.startsWith('#') && isHeadlineLike(line.text.slice(1)));
  return fits || (follow.address === true && addressesReader(line.text)) ? heading : undefined;
}

// Someone's words in quotes closed by a period before the headline, as a teaser prints them: `"Культура не имеет
// границ, но есть нюанс". Балаева высказалась о …`.
const QUOTED_KICKER = /^[«"“][^«»"“”]{2,120}[»"”][.:]\s+(?=\p{Lu})/u;

/** A headline opening on someone's words in quotes closed by a period (QUOTED_KICKER). */
function opensOnQuotedKicker(item: string): boolean {
  const kicker = item.length <= HEADLINE_MAX ? QUOTED_KICKER.exec(item) : null;
  return kicker !== null && isHeadlineLike(item.slice(kicker[0].length));
}

// The teasers a «read also» label may head when they close the copy: headlines, excerpts cut off.
const TEASERS_TO_END: Follow = { lines: 12, shape: 'teaser' };

/** Whether every line after the heading at `index`, at most the block's count, fits it and the last is the copy's. */
function blockRunsToEnd(lines: readonly SourceLine[], index: number, follow: Follow, heading: ClutterRule): boolean {
  const rest = lines.length - index - 1;
  if (rest < 1 || rest > follow.lines) return false;
  return lines.slice(index + 1).every((line, taken) => {
    const inBlock = blockRule(line, follow, heading, taken === 0);
    return inBlock !== undefined && (inBlock === heading || !inBlock.follows);
  });
}

const STAMPS_UNDER_HEADLINE = 2;

/**
 * A widget's label over the report's own headline, its lead under it (`Соңғы жаңалықтар` /
 * `Headline` / `Lead…`): a teaser is followed by another teaser or its excerpt cut off, never by a
 * paragraph that closes a sentence (a question under a teaser is another teaser).
 */
function ownHeadline(lines: readonly SourceLine[], index: number, follow: Follow, aboveText: boolean): boolean {
  // Above the text the report's stamp may stand between its headline and its lead (`Главное за неделю` /
  // `Headline` / `02.05.2024 10:40` / `Lead…`).
  let below = index + 1;
  while (aboveText && below < lines.length && below <= index + STAMPS_UNDER_HEADLINE && !lines[below]!.verbatim && metaLine(lines[below]!.text) === 'stamp') below++;
  const next = lines[below];
  const line = lines[index]!.text;
  if (!aboveText && isCardDek(lines, below)) return false;
  return follow.shape === 'teaser' && next !== undefined && !next.verbatim && wordCount(line) >= 3 && isHeadlineLike(line) && isSentenceLine(next) && !isHeadlineLike(next.text) && !isCutOff(next.text) && clutterRuleOf(next.text) === undefined;
}

// A feed's item may print its stamp above its headline: `Лента новостей` / `12:30` / `Headline`.
// Or its stamp and its rubric, one capitalised word, under it, an item with no headline before it or not: `Өзге жаңалықтар` / `13 қыркүйек` / `Хабарландыру` / `Headline`.
const RUBRIC_WORD = /^\p{Lu}[\p{Ll}-]{2,30}$/u;
function isItemRubric(lines: readonly SourceLine[], at: number): boolean {
  const above = lines[at - 1]!;
  const text = lines[at]!.text;
  return !above.verbatim && metaLine(above.text) === 'stamp' && RUBRIC_WORD.test(text);
}
const FEED_STAMPS = 2;
// Stamps and rubrics of items with no headline above the first headline: `13 қыркүйек` / `Хабарландыру` / `12 қыркүйек` / `Хабарландыру`.
const FEED_HEAD_LINES = 4;
// A feed item's headline is one of three words or more; a report's subheading under a label may be shorter.
const FEED_HEADLINE_WORDS = 3;

/**
 * Whether the feed's label at `index` heads another report: a headline of three words or more right under it
 * (or under its stamp), then more lines. The label closes the report's text: a feed's items (headline,
 * excerpt, headline…) run to the copy's end, and an excerpt may close a sentence as the report's own do.
 */
function opensFeed(lines: readonly SourceLine[], index: number): boolean {
  let below = index + 1;
  while (below < lines.length && below <= index + FEED_HEAD_LINES && !lines[below]!.verbatim && (metaLine(lines[below]!.text) === 'stamp' ? below <= index + FEED_STAMPS || isItemRubric(lines, below - 1) : isItemRubric(lines, below))) below++;
  const head = lines[below];
  if (!head || head.verbatim || below + 1 >= lines.length) return false;
  // Under an item's stamp and rubric the headline may hold a question or two sentences (`Премьера. Что скажет …?`);
  // over its excerpt cut off with `…`, it may close on a period (`Headline.` / `Excerpt …`).
  const rubricked = below > index + 1 && isItemRubric(lines, below - 1);
  const overCutExcerpt = () => head.text.endsWith('.') && isHeadlineLike(head.text.slice(0, -1)) && !lines[below + 1]!.verbatim && isCutOff(lines[below + 1]!.text);
  // Its stamp may open the item's line, the headline after it a sentence and a question (`28.08.25 16:17 Маршрут … изменения. Что предлагает акимат?`).
  const stamped = ITEM_STAMP_FIRST.exec(head.text);
  if (stamped) return wordCount(head.text) >= FEED_HEADLINE_WORDS + 2 && (isHeadlineLike(head.text.slice(stamped[0].length)) || head.text.endsWith('?'));
  return wordCount(head.text) >= FEED_HEADLINE_WORDS && (isHeadlineLike(head.text) || rubricked || overCutExcerpt()) && clutterRuleOf(head.text) === undefined;
}

// A feed item's stamp opening its line, day, month, year and time: `28.08.25 16:17 `.
const ITEM_STAMP_FIRST = /^\d{2}\.\d{2}\.\d{2}(?:\d{2})?\s+\d{1,2}:\d{2}\s+(?=[\p{Lu}«"“\d])/u;

// A line that closes no sentence: the copy stopped in the middle of it.
const UNCLOSED = /[\p{L}\d,]$/u;

/**
 * A widget's last teaser's excerpt that the copy cut off mid-sentence, no `…` after it (`Headline` /
 * `В Казахстане готовится амнистия, … разъяснили, какие кат`): the copy's last line, right under a
 * headline the block has taken.
 */
function cutByCopy(lines: readonly SourceLine[], index: number, follow: Follow, taken: number): boolean {
  const line = lines[index]!;
  const above = lines[index - 1]!;
  return follow.shape === 'teaser' && taken > 0 && index === lines.length - 1 && !line.verbatim && UNCLOSED.test(line.text) && isHeadlineLike(above.text);
}

/**
 * Under the text, a teaser's dek: a sentence under its headline, over the card's reading time or stamp (`Headline` /
 * `Dek.` / `2 минуты`), as a related block's cards print them.
 */
function isCardDek(lines: readonly SourceLine[], index: number): boolean {
  const [above, line, card] = [lines[index - 1], lines[index], lines[index + 1]];
  return above !== undefined && line !== undefined && card !== undefined && !above.verbatim && !line.verbatim && !card.verbatim && wordCount(above.text) >= FEED_HEADLINE_WORDS && isHeadlineLike(above.text) && isSentenceLine(line) && metaLine(card.text) !== undefined && clutterRuleOf(above.text) === undefined;
}

/**
 * The line right above, kept as the text's, introduces this one with a colon, a place's name (`Дом культуры металлургов:` /
 * `г. Актобе, пр. Победы, 31`): an address the report gives, where to go, no contact line of the page's.
 */
function underTextLabel(line: SourceLine, kept: readonly SourceLine[]): boolean {
  const above = kept.at(-1);
  return above !== undefined && above.line === line.line - 1 && !above.verbatim && above.text.endsWith(':') && WORD.test(above.text) && !CONTACT_LABEL.test(above.text) && clutterRuleOf(above.text) === undefined;
}
// The page's own contact block labels its address: `Адрес редакции:`, `Мекен-жайы:`, `Контакты:`.
const CONTACT_LABEL = /^(?:адрес|мекен-?жай)|редакци|контакт|байланыс/iu;
const WORD = /\p{L}{3}/u;

/** The report's photo credit, left out already, is the line right under this one (blank lines aside). */
function overCredit(state: ParseState, line: SourceLine, next: SourceLine | undefined): boolean {
  const credit = state.creditLine?.line;
  return credit !== undefined && credit > line.line && (next === undefined || next.line > credit) && !state.skipped.some((s) => s.line > line.line && s.line < credit);
}

// A clock's time in a row of a schedule: `"Кайрат" – "Тобол", 18:00`.
const CLOCK_IN = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/u;
// A stamp's label names the page's own publication or update: `Опубликовано: …`, `Жаңартылды …`.
const PUBLISHED_LABEL = /опубликовано|обновлено|жарияланды|жаңартылды|jarııalandy|jańartyldy/iu;

// A schedule's row: its hour (first, its minutes after a colon or a period: `14.00.`) and at least two words of what happens then.
const SCHEDULE_ROW_WORDS = 3;
const ROW_HOUR_FIRST = /^\d{1,2}[.:]\d{2}\.?\s/u;

// A day of the story is more than a day off the report's: its own stamp may be a day off the date line's, a time zone apart.
const DAY_MS = 86_400_000;

/**
 * A date heading a part of the report under its lead: a schedule's day over its rows (`25 марта 2026 года` /
 * `"Кайрат" – "Тобол", 18:00`: a date with no time, over a row holding its hour), or a reportage's moment over
 * what happened then (`Пятница, 11 апреля, 10:30` / paragraph: a day with no year, more than a day off the
 * report's, over a paragraph that is no headline or excerpt cut off). A page's stamp names the report's day and
 * its year; another report's stamp heads that report's headline.
 */
function headsReportPart(state: ParseState, kept: readonly SourceLine[], line: SourceLine, below: SourceLine | undefined): boolean {
  const date = state.article.date;
  if (!below || below.verbatim || date === undefined || PUBLISHED_LABEL.test(line.text) || !kept.some(isSentenceLine)) return false;
  const stamp = readStamp(line.text);
  if (clutterRuleOf(below.text) !== undefined) return false;
  if (stamp.date !== undefined) return stamp.time === undefined && stamp.date !== date && !isSentenceLine(below) && CLOCK_IN.test(below.text);
  // A day with no year over a schedule's row, its hour and what happens then (`7 наурыз` / `14:00. «Оқжетпес» - «Елімай»`),
  // whichever day it is: a page's stamp has no row of words under it.
  if (stamp.day !== undefined && stamp.time === undefined && !isSentenceLine(below) && (CLOCK_IN.test(below.text) || ROW_HOUR_FIRST.test(below.text)) && wordCount(below.text) >= SCHEDULE_ROW_WORDS) return true;
  if (stamp.day === undefined || !isSentenceLine(below) || isHeadlineLike(below.text) || isCutOff(below.text)) return false;
  const year = Number(date.slice(0, 4));
  // The day may fall in the year before or after the report's: `31.12` over a report of 1 January.
  return [year - 1, year, year + 1].every((y) => Math.abs(Date.parse(`${y}-${stamp.day}`) - Date.parse(date)) > DAY_MS);
}

// A mark closing a sentence or introducing someone's words, as a quote under a speaker's name ends.
const CLOSED_OR_INTRODUCED = /[.!?…:;»"”)]$/u;

/**
 * A byline over a line in small letters a blank line below it that closes no sentence (`Имя ФАМИЛИЯ` / `` /
 * `ауыз су жамбыл облысы`, the tag links run together under the text): the name signs the report, it
 * introduces no speaker, whose words close on their mark or sit right under the name.
 */
function signsAbovePhrase(rule: ClutterRule, line: SourceLine, next: SourceLine): boolean {
  return rule.name === 'byline' && next.line > line.line + 1 && !CLOSED_OR_INTRODUCED.test(next.text);
}

/**
 * A name the table reads as a byline right under a saying in guillemets, above the text, is the epigraph's author
 * (`«Сөз – жүректің кілті»` / `Имя Фамилия` / lead): page-head.ts keeps both. A copy of the title in guillemets over
 * a name is the headline over its byline.
 */
function signsEpigraph(state: ParseState, rule: ClutterRule, kept: readonly SourceLine[]): boolean {
  const above = kept.at(-1);
  return rule.name === 'byline' && above !== undefined && !above.verbatim && isQuotedSaying(above.text) && !kept.some(isSentenceLine) && foldHeadline(above.text) !== foldHeadline(state.article.title ?? '');
}

const OTHER_REPORT = 'teaser of another report';
const EXCERPT_WORDS = 6;

/**
 * Whether the lines from `from` to the copy's end are other reports' excerpts, each cut off (`…`) as a list
 * of reports prints them, under a list's dash alone on its line below the text: the report ended above it.
 */
function excerptsToEnd(lines: readonly SourceLine[], from: number): boolean {
  const rest = lines.slice(from);
  return rest.length > 0 && rest.every((line) => !line.verbatim && isCutOff(line.text) && wordCount(line.text) >= EXCERPT_WORDS && clutterRuleOf(line.text) === undefined);
}

// A feed item's date glued before the next item's headline, the space lost in the copy: `19.12.2025В Улытауском районе …`.
const GLUED_DAY = /^(\d{2}\.\d{2}\.\d{4})(?=\p{Lu})/u;
const GLUED_DAY_AT = 10;
const CAPITAL = /\p{Lu}/u;

// Or a stamp glued between a headline and its lead, the page flattened onto one line: `… новогодняя
// гостья16.11.2011 20:25Восточно-Казахстанская область - 16 ноября /KZinform/. …`.
const STAMP_BETWEEN = /^(\p{Lu}[^.!?]{8,200}?[\p{Ll}»"”])(\d{2}\.\d{2}\.\d{4}\s\d{1,2}:\d{2})(?=\p{Lu})/u;
const LEAD_AFTER_STAMP_WORDS = 8;

/**
 * The line parted into its date and the rest when a date is glued before its first word (GLUED_DAY); or into the
 * headline, the stamp and the lead when a stamp is glued between them (STAMP_BETWEEN).
 */
function partedGluedDay(line: SourceLine): SourceLine[] | undefined {
  if (line.verbatim) return undefined;
  const glued = line.text.length <= GLUED_DAY_AT || !CAPITAL.test(line.text[GLUED_DAY_AT]!) ? null : GLUED_DAY.exec(line.text);
  if (glued) return [{ line: line.line, text: glued[1]! }, { line: line.line, text: line.text.slice(GLUED_DAY_AT) }];
  const between = line.text.includes(':') ? STAMP_BETWEEN.exec(line.text) : null;
  const lead = between ? line.text.slice(between[0].length) : '';
  if (!between || wordCount(lead) < LEAD_AFTER_STAMP_WORDS) return undefined;
  return [{ line: line.line, text: between[1]! }, { line: line.line, text: between[2]! }, { line: line.line, text: lead }];
}

/**
 * Leaves page clutter out of the article: lines the clutter table matches, and the lines of the
 * blocks they head («Читайте также:» and the headline it links). Each is recorded with its rule.
 */
export function clutter(state: ParseState): void {
  if (state.lines.some((line) => partedGluedDay(line) !== undefined)) state.lines = state.lines.flatMap((line) => partedGluedDay(line) ?? [line]);
  const kept: SourceLine[] = [];
  const { lines } = state;
  // A «read also» label whose teasers run to the copy's end: every line under it no rule names is theirs.
  let teasersOf: ClutterRule | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const found = line.verbatim ? undefined : clutterRuleOf(line.text, next?.text);
    // The line under it is read only as the report's (a speaker's role ending in `:`); page matter there says nothing.
    const rule = (found?.unlessNext && next && found.unlessNext.test(next.text) && !clutterRuleOf(next.text) && !signsAbovePhrase(found, line, next)) || (found?.overCredit === false && overCredit(state, line, next)) || (found && signsEpigraph(state, found, kept)) || (found?.underTextLabel === false && underTextLabel(line, kept)) ? undefined : found;
    if (!rule && teasersOf) {
      state.skipped.push({ line: line.line, text: line.text, rule: teasersOf.name });
      continue;
    }
    if (!rule || (rule === META_RULES.stamp && headsReportPart(state, kept, line, next))) {
      kept.push(line);
      continue;
    }
    for (const piece of rule.pieces?.(line.text) ?? [{ text: line.text, rule: rule.name }]) state.skipped.push({ line: line.line, ...piece });
    if (rule === BULLET_RULE && kept.some(isSentenceLine) && excerptsToEnd(lines, i + 1)) {
      for (const excerpt of lines.slice(i + 1)) state.skipped.push({ line: excerpt.line, text: excerpt.text, rule: OTHER_REPORT });
      break;
    }
    const follow = rule.follows;
    if (!follow || (follow.afterText && !kept.some(isSentenceLine))) continue;
    // A widget's label over a count of nought (`Лента новостей` / `0`): the copy holds none of its items.
    if (lines[i + 1]?.text === '0') {
      const zero = lines[++i]!;
      state.skipped.push({ line: zero.line, text: zero.text, rule: rule.name });
      continue;
    }
    if (follow.toEnd && !blockRunsToEnd(lines, i, follow, rule)) continue;
    // Under the report, other reports' headlines and excerpts to the copy's end are the block's, however many;
    // page matter among them stays the table's (`Telegram арнамызға жазылыңыз`).
    if (follow.teasersToEnd && kept.some(isSentenceLine) && blockRunsToEnd(lines, i, TEASERS_TO_END, rule)) {
      teasersOf = rule;
      continue;
    }
    if (follow.feed && kept.some(isSentenceLine) && opensFeed(lines, i)) {
      for (const item of lines.slice(i + 1)) {
        if (item.verbatim) kept.push(item);
        else state.skipped.push({ line: item.line, text: item.text, rule: clutterRuleOf(item.text)?.name ?? rule.name });
      }
      break;
    }
    // A signature's place may stand under the signer's office: those lines are the signature's too.
    const office = follow.shape === 'place' ? officeLines(lines, i) : 0;
    for (let taken = 0; taken < office; taken++) {
      const next = lines[++i]!;
      state.skipped.push({ line: next.line, text: next.text, rule: rule.name });
    }
    for (let taken = 0; taken < follow.lines && i + 1 < lines.length; taken++) {
      const dek = follow.shape === 'teaser' && taken > 0 && kept.some(isSentenceLine) && isCardDek(lines, i + 1);
      const inBlock: ClutterRule | undefined = blockRule(lines[i + 1]!, follow, rule, taken === 0) ?? (cutByCopy(lines, i + 1, follow, taken) || dek ? rule : undefined);
      // Another block's heading in it (`Редактор` / `Recent Posts` / …) heads its own block: the outer loop takes it.
      if (!inBlock || (inBlock !== rule && inBlock.follows) || ownHeadline(lines, i + 1, follow, !kept.some(isSentenceLine))) break;
      const next = lines[++i]!;
      state.skipped.push({ line: next.line, text: next.text, rule: inBlock.name });
    }
  }
  state.lines = kept;
}
