/**
 * Sizes past which a source is refused with a clear reason instead of being published. A news
 * report is a few kilobytes; these leave ample room while keeping one stray file (a pasted
 * database dump, a tag cloud) from producing a page no reader can use or a build that stalls.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
