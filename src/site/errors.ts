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

/**
 * Bad settings, found before anything is built: one line per bad value, each naming where it is
 * set (`content/_data/site.json: perPage must …`, `habar: HABAR_URL must …`).
 */
export class SettingsError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'SettingsError';
  }
}
