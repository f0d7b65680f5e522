import { ChildStopped } from './child-stopped.ts';

/**
 * An error as a thread sends it to another: its message and name, and the errno fields by which it
 * is reported (a full disk, a folder that cannot be written), which cloning an Error drops.
 */
export interface SentError {
  name: string;
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
}

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, syscall, path } = error as Partial<SentError>;
  return { name: error.name, message: error.message, code, syscall, path };
}

/** The error a thread sent, as this thread throws it. */
export function receivedError({ name, message, code, syscall, path }: SentError): Error {
  if (name === 'ChildStopped') return new ChildStopped(message, { code, path });
  return Object.assign(new Error(message), { code, syscall, path });
}
