import { connectiveOpening } from '../source/rules/headline-evidence.ts';

/**
 * Why the text reads as the middle of a report, its first paragraph going on from text above it (`Отметим, что …`,
 * `Кроме того, …`), or undefined. A copy that opens there lost the report's start, and often its headline: the line
 * taken as the title may be a sentence of the text.
 */
export function cutOpening(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0];
  const connective = first === undefined ? undefined : connectiveOpening(first);
  if (connective === undefined) return undefined;
  return `the text opens on "${connective}", going on from text the copy does not hold; check that the title is the report's headline and paste the page from its headline down`;
}
