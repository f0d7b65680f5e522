import type { ParseState, SourceLine } from '../state.ts';

// A channel's counter in the head of its web preview: `5K subscribers`, `7.57K photos`, `1 file`, `9.08K links`,
// Russian `12,4 тыс. подписчиков`. A figure, a thousand's or a million's mark or not, then what it counts.
const COUNTER = /^\d{1,4}(?:[.,]\d{1,2})?\s?(?:[KkMКМ]|тыс\.|млн)?\s(?:subscribers?|members?|photos?|videos?|files?|links?|подписчик(?:а|ов)?|участник(?:а|ов)?|фото|видео|файл(?:а|ов)?|ссыл(?:ка|ки|ок))$/u;
// What the counters head: the subscribers' count, always printed.
const AUDIENCE = /\s(?:subscribers?|members?|подписчик(?:а|ов)?|участник(?:а|ов)?)$/u;
// The button closing the head, in the reader's language: `Download Telegram`, `加入频道` (join the channel).
const HEAD_END = /^(?:Download\s+Telegram|View\s+in\s+Telegram|Open\s+in\s+Telegram|Join\s+channel|Скачать\s+Telegram|Открыть\s+в\s+Telegram|Telegram\s+жүктеу|加入频道|下载\s?Telegram)$/iu;
// The channel's name stands right above its first counter, a line or two: the head opens within the page's first lines.
const NAME_LINES = 2;
// The head holds the counters, the channel's description and its contacts: a few lines at most.
const HEAD_LINES = 24;

/**
 * A Telegram channel's web preview copied with its head: the channel's name, its counters (`5K subscribers` /
 * `7.57K photos` / …), its description and contacts, down to the `Download Telegram` button, then the post
 * (its first line the headline). The head is the channel's, no part of the report: all of it is left out
 * (`channel head`), the name on the date line too, and the headline is found below. Only a subscribers'
 * counter right under the name and the closing button, both, make a head: a report quoting them is no head.
 */
export function channelHead(state: ParseState): void {
  const lines: SourceLine[] = state.article.title !== undefined ? [{ text: state.article.title, line: state.headLine, fromTitle: true }, ...state.lines] : [...state.lines];
  const audience = lines.findIndex((line, index) => index <= NAME_LINES && !line.verbatim && AUDIENCE.test(line.text) && COUNTER.test(line.text));
  if (audience < 1) return;
  const end = lines.findIndex((line, index) => index > audience && index <= audience + HEAD_LINES && !line.verbatim && HEAD_END.test(line.text));
  if (end < 0 || lines.slice(0, end).some((line) => line.verbatim)) return;
  const head = lines.slice(0, end + 1);
  for (const line of head) state.skipped.push({ line: line.line, text: line.text, rule: COUNTER.test(line.text) ? 'counter' : 'channel head' });
  const titled = state.article.title !== undefined;
  if (titled) delete state.article.title;
  state.lines = state.lines.slice(titled ? end : end + 1);
}
