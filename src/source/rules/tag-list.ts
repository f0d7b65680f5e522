import { isLabelLike } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';
import { clutterRuleOf } from './clutter.ts';

// `Теги:` as outlet pages print it above their tag links; Kazakh `Тегтер:`, Latin `Tegter:`.
const HEADING = /^(?:теги|тэги|метки|тегтер|tegter|tags)\s*(?::\s*(.*))?$/iu;
const MAX_LINES = 20;

/** One tag link: a short label, or one of a comma-separated list of them. */
function namesIn(text: string): string[] | undefined {
  const names = text.split(/\s*[,;]\s*/u).map((name) => name.replace(/^#/u, '').trim()).filter(Boolean);
  const fit = names.length > 0 && names.every((name) => isLabelLike(name) && !/^\d+$/u.test(name));
  return fit ? names : undefined;
}

function isTagLine(line: SourceLine): boolean {
  if (line.verbatim) return false;
  // A tag may be a rubric's name (`Политика`); a share prompt or a stamp after the list ends it.
  const rule = clutterRuleOf(line.text);
  return (!rule || rule.name === 'rubric') && namesIn(line.text) !== undefined;
}

/**
 * A page's tag list, `Теги:` followed by its links on the same line or the lines after it, is the
 * article's tag list, like a closing line of hashtags (which the hashtags rule adds to it).
 */
export function tagList(state: ParseState): void {
  const index = state.lines.findIndex((line) => !line.verbatim && !line.fromTitle && HEADING.test(line.text));
  if (index < 0) return;
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
