import { isLabelLike } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';

// `Теги:` as outlet pages print it above their tag links; Kazakh `Тегтер:`, Latin `Tegter:`.
const HEADING = /^(?:теги|тэги|метки|тегтер|tegter|tags)\s*(?::\s*(.*))?$/iu;
const MAX_LINES = 20;
const SHARE_PROMPT = /^поделитесь\s+новостью$/iu;

/** One tag link: a short label, or one of a comma-separated list of them. */
function namesIn(text: string): string[] | undefined {
  const names = text.split(/\s*[,;]\s*/u).map((name) => name.replace(/^#/u, '').trim()).filter(Boolean);
  // A tag has a letter: a lone `»` (the mark of a link list after the tags) or a number is none.
  const fit = names.length > 0 && names.every((name) => isLabelLike(name) && /\p{L}/u.test(name) && !/^\d+$/u.test(name));
  return fit ? names : undefined;
}

function isTagLine(line: SourceLine): boolean {
  if (line.verbatim) return false;
  // A tag may be a rubric's name (`Политика`); a share prompt or a stamp after the list ends it.
  const rule = clutterRuleOf(line.text);
  return (!rule || rule.name === 'rubric') && namesIn(line.text) !== undefined;
}

/**
 * Zakon.kz's tag links after the share prompt that closes its page, with no heading:
 * `Поделитесь новостью` / `Область Жетысу` / `Образование`. Only when tag links alone follow the
 * prompt to the page's end; the prompt stays for the clutter table.
 */
function tagsAfterSharePrompt(state: ParseState): void {
  const index = state.lines.findIndex((line) => !line.verbatim && !line.fromTitle && SHARE_PROMPT.test(line.text));
  const tags = state.lines.slice(index + 1);
  if (index < 0 || tags.length === 0 || tags.length > MAX_LINES || !tags.every(isTagLine)) return;
  state.lines.splice(index + 1);
  state.article.tags = tags.flatMap((line) => namesIn(line.text)!);
}

/**
 * A page's tag list, `Теги:` followed by its links on the same line or the lines after it, is the
 * article's tag list, like a closing line of hashtags (which the hashtags rule adds to it).
 */
export function tagList(state: ParseState): void {
  const index = state.lines.findIndex((line) => !line.verbatim && !line.fromTitle && HEADING.test(line.text));
  if (index < 0) return tagsAfterSharePrompt(state);
  const inline = HEADING.exec(state.lines[index]!.text)![1] ?? '';
  const names = inline === '' ? [] : namesIn(inline);
  // `Теги: ` followed by a sentence is not a tag list.
  if (!names) return;
  let end = index + 1;
  while (end < state.lines.length && end - index <= MAX_LINES && isTagLine(state.lines[end]!)) {
    names.push(...namesIn(state.lines[end]!.text)!);
    end++;
  }
  state.lines.splice(index, end - index);
  state.article.tags = names;
}
