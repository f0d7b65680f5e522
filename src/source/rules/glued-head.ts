import type { ParseState } from '../state.ts';

// Egemen's amp pages flatten a report's head onto one line: a bullet and the stamp, the headline,
// the view counter and the newspaper's name, then the text, ending in a «read in full» link:
// `• 01 ماۋسىم, 2011 <headline> 413 رەت كورسەتىلدى Egemen Qazaqstan <text> تولىق ءماتىن`,
// Latin `• 15 Qazan, 2015 <headline> 322 ret kórsetildi Egemen Qazaqstan <text> Tolyǵymen`.
const GLUED = /^•\s*\d{1,2}\s+\p{L}+,?\s+\d{4}\s+(?<headline>.{3,250}?)\s+\d+\s+(?:рет\s+көрсетілді|ret\s+kórsetildi|رەت\s+كورسەتىلدى)\s+Egemen\s+Qazaqstan\s+(?<text>.+?)(?:\s+(?:толығымен|tolyǵymen|تولىق\s+ءماتىن))?$/iu;

/** Such a date line's title is split: the headline stays the title, the text opens the body. */
export function gluedHead(state: ParseState): void {
  const title = state.overlongTitle ? undefined : state.article.title;
  const groups = title === undefined ? undefined : GLUED.exec(title)?.groups;
  if (!title || !groups?.headline || !groups.text) return;
  const rest = title.replace(groups.headline, '').replace(groups.text, '').replace(/\s+/gu, ' ').trim();
  state.article.title = groups.headline;
  state.lines.unshift({ text: groups.text, line: state.headLine });
  state.skipped.push({ line: state.headLine, text: rest, rule: 'page head' });
}
