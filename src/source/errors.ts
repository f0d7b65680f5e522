import { printable } from '../core/printable.ts';

/** A problem with one source file that an editor can fix; printed as `file:line: reason`, never with a stack. */
export class SourceError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly file = '',
  ) {
    super(reason);
    this.name = 'SourceError';
  }

  withFile(file: string): SourceError {
    return new SourceError(this.reason, this.line, file);
  }

  /**
   * `content/sources/x.txt:3: reason`, the form editors and their tools (grep, editors' problem
   * matchers) read; one line, whatever the file is called.
   */
  format(): string {
    return printable(`${this.file}:${this.line}: ${this.reason}`);
  }
}
