import { isSentenceLine } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// The author's full name over her degrees and posts, a comma closing it: `Фамилия Имя Отчество,`, `Имя Фамилия,`.
const NAME_WITH_COMMA = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2},$/u;
// The first line under the name: a degree's abbreviation (`к.ю.н.`, `д.э.н.`, `PhD`) or a post, in small letters.
const FIRST_POST = /^(?:[кд]\.\s?\p{Ll}{1,3}\.\s?н\.|phd|профессор|доцент|(?:главный|ведущий|старший)?\s?научный\s+сотрудник|академик|член-корреспондент|кандидат\s+\p{Ll}+\s+наук|доктор\s+\p{Ll}+\s+наук|адвокат|юрист|эксперт|директор|заведующ\p{Ll}+|руководитель|арбитр|магистр|заслуженный)(?=[\s,]|$)/iu;
// A post's line: no sentence closes in it, nor does it end on a colon (a speaker's name over her words does).
const POST_LINE = /^[^.!?:;]*(?:\.[^\s.!?:;][^.!?:;]*)*[^.!?:;]$|^[^!?:;]*\p{Ll}\.\s?\p{Ll}{1,3}\.\s?н\.,?[^.!?:;]*$/u;
const POST_LINES = 8;
const POST_LENGTH = 120;

/**
 * An expert column's byline under the headline: the author's full name closing on a comma, over her degrees
 * and posts wrapped on lines of their own, none a sentence, down to the text (`Фамилия Имя Отчество,` /
 * `к.ю.н., профессор университета,` / `арбитр …` / <text>). The lines are left out (`byline`); a name over
 * a sentence, or over a line that names no degree or post, is text.
 */
export function credentialsByline(state: ParseState): void {
  const lead = state.lines.findIndex(isSentenceLine);
  if (lead < 2 || lead > POST_LINES + 1) return;
  const start = state.lines.slice(0, lead).findIndex((line) => !line.verbatim && NAME_WITH_COMMA.test(line.text));
  if (start < 0 || start + 1 >= lead) return;
  const posts = state.lines.slice(start + 1, lead);
  if (!FIRST_POST.test(posts[0]!.text)) return;
  if (!posts.every((line: SourceLine) => !line.verbatim && line.text.length <= POST_LENGTH && POST_LINE.test(line.text))) return;
  for (const line of state.lines.splice(start, lead - start)) state.skipped.push({ line: line.line, text: line.text, rule: 'byline' });
}
