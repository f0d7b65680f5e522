import didYouMean from 'didyoumean2';

/**
 * The one of `names` a mistyped `input` most likely meant, if any is close enough: at least half
 * alike, so `biuld` finds `build` while `help` does not find `check`.
 */
export function closestName(input: string, names: readonly string[]): string | undefined {
  return didYouMean(input, names, { threshold: 0.5 }) ?? undefined;
}
