/** A problem in the site's own files (settings, generated or hand-edited articles) that the user can fix. */
export class SiteFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SiteFileError';
  }
}
