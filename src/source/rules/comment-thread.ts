import { isSentenceLine } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// The count of readers' comments, as a page prints it over the thread: `3 пікір`, `12 комментариев`.
const COMMENT_COUNT = /^\d+\s+(?:пікір|pikir|pıkır|پىكىر|комментари(?:й|я|ев))$/iu;
// What a commenter's name under the count was left out as, if it was.
const NAME_RULES = new Set(['page foot', 'byline']);
// A commenter's name or handle: a word or two, no mark of a sentence (`Abilakim`, `Nurlan88`, `Айгүл Б`).
const COMMENTER = /^[\p{L}\d_.@-]{2,30}(?:\s[\p{L}\d_.-]{1,30})?$/u;

/**
 * Readers' comments under their count, each right under its commenter's name, to the copy's end (`3 пікір` /
 * `VKM` / `Сіз неге бармадыңыз?` / `Abilakim` / `…`): the count, the names and the comments are no part of the
 * report. Under the report's first paragraph only; a line under no name keeps the lines in the report.
 */
export function commentThread(state: ParseState): void {
  const lead = state.lines.find(isSentenceLine);
  if (!lead) return;
  const count = state.skipped.find((skipped) => skipped.line > lead.line && COMMENT_COUNT.test(skipped.text));
  if (!count) return;
  const thread = state.lines.filter((line) => line.line > count.line);
  if (thread.length === 0 || !isThread(state, thread)) return;
  for (const line of thread) state.skipped.push({ line: line.line, text: line.text, rule: 'comments' });
  state.lines = state.lines.filter((line) => line.line <= count.line);
}

/** Every line a commenter's name with the comment right under it, or a comment right under a name left out. */
function isThread(state: ParseState, thread: readonly SourceLine[]): boolean {
  let comments = 0;
  for (let at = 0; at < thread.length; at++) {
    const line = thread[at]!;
    if (line.verbatim) return false;
    const under = thread[at + 1];
    if (COMMENTER.test(line.text) && under !== undefined && under.line === line.line + 1 && !COMMENTER.test(under.text)) continue;
    const named = thread[at - 1]?.line === line.line - 1 || state.skipped.some((skipped) => skipped.line === line.line - 1 && NAME_RULES.has(skipped.rule));
    if (!named) return false;
    comments++;
  }
  return comments > 0;
}
