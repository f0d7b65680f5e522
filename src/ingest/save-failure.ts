import { UserError } from '../user-error.ts';

/** Faults of the machine, not of habar, by error code: what happened to `file`, and what to do. */
const FAULTS: Record<string, { what: (file: string) => string; fix: string }> = {
  ENOSPC: { what: (file) => `the disk is full while saving ${file}`, fix: 'free space' },
  EDQUOT: { what: (file) => `the disk quota is used up while saving ${file}`, fix: 'free space' },
  EROFS: { what: (file) => `${file} could not be saved: the file system is read-only`, fix: 'make it writable' },
  EACCES: { what: (file) => `${file} could not be saved: permission denied`, fix: 'make its folder writable' },
  EPERM: { what: (file) => `${file} could not be saved: permission denied`, fix: 'make its folder writable' },
};

/**
 * What to report when saving `file` (as shown, from the site root) failed: one line for a fault of
 * the disk, the error itself for anything else. Ingest stops before the site is built, and the next
 * ingest finishes what this one left (recovery.ts).
 */
export function savingFailed(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const fault = code && Object.hasOwn(FAULTS, code) ? FAULTS[code]! : undefined;
  return fault ? new UserError(`${fault.what(file)}; nothing was published; ${fault.fix} and build again`) : error;
}
