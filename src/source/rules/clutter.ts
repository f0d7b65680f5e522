import { CLUTTER_RULES, type ClutterRule, type Follow } from '../clutter/table.ts';
import { isHeadlineLike, isLabelLike } from '../line-shape.ts';
import type { ParseState, SourceLine } from '../state.ts';

// Menus copied as lists keep their bullets: `• kz`, `• RUB:`.
const BULLET = /^[•·▪►●◦‣]\s*/u;

// No clutter line is longer: the longest are subscribe and error-report prompts. Longer lines, most
// of a report's, skip the table (every source is parsed at each build that finds it changed).
const MAX_CLUTTER_LENGTH = 300;

/** The clutter rule a line of text matches, if any. */
export function clutterRuleOf(text: string): ClutterRule | undefined {
  if (text.length > MAX_CLUTTER_LENGTH) return undefined;
  const plain = text.replace(BULLET, '');
  if (plain === '') return BULLET_RULE;
  return CLUTTER_RULES.find(({ line }) => (typeof line === 'function' ? line(plain) : line.test(plain)));
}

const BULLET_RULE: ClutterRule = { name: 'list bullet', line: BULLET };

function fitsBlock(line: SourceLine, follow: Follow): boolean {
  if (line.verbatim) return false;
  if (clutterRuleOf(line.text)) return true;
  if (follow.shape === 'headline') return isHeadlineLike(line.text);
  return isLabelLike(line.text) || (line.text.startsWith('#') && isHeadlineLike(line.text.slice(1)));
}

/**
 * Leaves page clutter out of the article: lines the clutter table matches, and the lines of the
 * blocks they head («Читайте также:» and the headline it links). Each is recorded with its rule.
 */
export function clutter(state: ParseState): void {
  const kept: SourceLine[] = [];
  const { lines } = state;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = line.verbatim ? undefined : clutterRuleOf(line.text);
    if (!rule) {
      kept.push(line);
      continue;
    }
    state.skipped.push({ line: line.line, text: line.text, rule: rule.name });
    const follow = rule.follows;
    if (!follow) continue;
    for (let taken = 0; taken < follow.lines && i + 1 < lines.length && fitsBlock(lines[i + 1]!, follow); taken++) {
      const next = lines[++i]!;
      state.skipped.push({ line: next.line, text: next.text, rule: clutterRuleOf(next.text)?.name ?? rule.name });
    }
  }
  state.lines = kept;
}
