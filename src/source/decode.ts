import { SourceError } from './errors.ts';
import { MAX_SOURCE_BYTES, megabytes } from './limits.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, or a SourceError: the file is too large, or names the first line that is not UTF-8. */
export function decodeSource(bytes: Uint8Array): string | SourceError {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return new SourceError(`the file is ${megabytes(bytes.length)}; a source may be at most ${megabytes(MAX_SOURCE_BYTES)}`, 1);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return new SourceError('the file is not UTF-8 text; save it as UTF-8', firstBadLine(bytes));
  }
}

// A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}
