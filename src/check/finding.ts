/** One problem `habar check` found. Errors fail a build; warnings are worth a look. */
export interface Finding {
  /** Site-relative path of the source. */
  file: string;
  line: number;
  severity: 'error' | 'warning';
  reason: string;
}

/** `file:line: reason` for errors, as the build prints them; `file:line: warning: reason` otherwise. */
export function formatFinding(finding: Finding): string {
  const label = finding.severity === 'warning' ? 'warning: ' : '';
  return `${finding.file}:${finding.line}: ${label}${finding.reason}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
