import { describe, expect, it } from 'vitest';
import { isShown, publicationState } from '../../src/site/publication.ts';

describe('publicationState', () => {
  it('an article dated today or earlier is published; a later one is scheduled; a draft is a draft', () => {
    expect(publicationState({ date: '2026-01-27' }, '2026-01-27')).toBe('published');
    expect(publicationState({ date: '2026-01-26' }, '2026-01-27')).toBe('published');
    expect(publicationState({ date: '2026-01-28' }, '2026-01-27')).toBe('scheduled');
    expect(publicationState({ date: '2026-01-01', draft: true }, '2026-01-27')).toBe('draft');
  });

  it('the preview policy shows everything; the build policy only what is published', () => {
    const build = { today: '2026-01-27', includeUnpublished: false };
    const preview = { today: '2026-01-27', includeUnpublished: true };
    expect(isShown({ date: '2026-01-28' }, build)).toBe(false);
    expect(isShown({ date: '2026-01-28' }, preview)).toBe(true);
    expect(isShown({ date: '2026-01-01', draft: true }, preview)).toBe(true);
  });
});
