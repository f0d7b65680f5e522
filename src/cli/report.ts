import type { SyncReport } from '../ingest/sync.ts';
import { ChildStopped } from '../core/process/child-stopped.ts';
import { SettingsError, SiteFileError } from '../core/errors.ts';
import { printable } from '../core/printable.ts';
import { UserError } from '../core/user-error.ts';
import { systemErrorLine } from '../core/system-errors.ts';

/** Prints what ingest did; returns false when a source was bad. One line per problem, `file:line: reason`. */
export function reportSync(report: SyncReport): boolean {
  printSourceProblems(report);
  if (report.errors.length > 0) {
    const count = report.errors.length;
    process.stderr.write(`Build stopped: ${count} bad source${count === 1 ? '' : 's'}; the last built site was left as it was.\n`);
    return false;
  }
  return true;
}

/** Kept hand-edited files, warnings of the sources parsed (`file:line: warning: reason`) and bad sources, one line each. */
export function printSourceProblems(report: SyncReport): void {
  for (const kept of report.kept) process.stderr.write(`${printable(`${kept.file}: kept: ${kept.reason}`)}\n`);
  for (const warning of report.warnings) process.stderr.write(`${printable(`${warning.file}:${warning.line}: warning: ${warning.reason}`)}\n`);
  for (const error of report.errors) process.stderr.write(`${error.format()}\n`);
}

/**
 * A failure outside the sources. Bad settings get a line each (they stop a command before it
 * builds anything), a mistake in the site's own files gets its message alone, a template or layout
 * that does not load says where it fails; a full disk, a folder that cannot be written, a helper
 * process or thread that was killed or crashed get one line with the `outcome`; anything else is a
 * bug in habar or Eleventy, and keeps its stack for the bug report.
 */
export function reportFailure(error: unknown, outcome = 'Build stopped; the last built site was left as it was.'): number {
  const settings = findCause(error, (e): e is SettingsError => e instanceof SettingsError);
  if (settings) {
    for (const line of settings.lines) process.stderr.write(`${printable(line)}\n`);
    return 1;
  }
  const mistake = findCause(error, (e): e is UserError => e instanceof UserError);
  if (mistake) {
    process.stderr.write(`habar: ${mistake.message}\n`);
    return 1;
  }
  const system = [...chain(error)].map((e) => systemErrorLine(e, process.cwd())).find((line) => line !== undefined);
  const stopped = findCause(error, (e): e is ChildStopped => e instanceof ChildStopped);
  if (system || stopped) {
    const line = system ?? printable(stopped!.message);
    process.stderr.write(`habar: ${line}.${outcome ? ` ${outcome}` : ''}\n`);
    return 1;
  }
  const unloadable = findCause(error, (e): e is Error => e instanceof Error && e.name === 'EleventyImportError');
  if (unloadable) {
    // A template or layout that does not load. esbuild's syntax errors say where (`file:line:column:
    // ERROR: …`); an error thrown while the module ran needs its own stack, which points into it.
    const cause = innermost(unloadable);
    const detail = cause.name === 'TransformError' ? cause.message : (cause.stack ?? cause.message);
    process.stderr.write(`habar: ${unloadable.message}\n${detail}\n${outcome ? `${outcome}\n` : ''}`);
    return 1;
  }
  const known = findCause(error, (e): e is SiteFileError => e instanceof SiteFileError);
  if (known) {
    process.stderr.write(`${printable(known.message)}\n${outcome ? `${outcome}\n` : ''}`);
  } else {
    process.stderr.write(`habar: the build failed unexpectedly\n${error instanceof Error ? error.stack : String(error)}\n`);
  }
  return 1;
}

/** `error` and the errors it wraps: Eleventy wraps errors from data and templates, as `cause` or as its own `originalError`. */
function* chain(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    yield current;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}

function findCause<T>(error: unknown, match: (e: unknown) => e is T): T | undefined {
  for (const current of chain(error)) if (match(current)) return current;
  return undefined;
}

/** The last error `error` wraps, or itself. */
function innermost(error: Error): Error {
  return [...chain(error)].filter((e): e is Error => e instanceof Error).at(-1) ?? error;
}
