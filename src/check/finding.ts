import { printable } from '../core/printable.ts';

/** One problem `habar check` found. Errors fail a build; warnings are worth a look; notes say what the build does on its own (a clutter line it skips). */
export interface Finding {
  /** Site-relative path of the source. */
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'note';
  reason: string;
}

/** `file:line: reason` for errors, as the build prints them; `file:line: warning: reason` and `file:line: note: reason` otherwise. */
export function formatFinding(finding: Finding): string {
  const label = finding.severity === 'error' ? '' : `${finding.severity}: `;
  return printable(`${finding.file}:${finding.line}: ${label}${finding.reason}`);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
