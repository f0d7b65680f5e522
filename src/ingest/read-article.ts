import type { Article } from '../source/article.ts';
import { decodeSource } from '../source/decode.ts';
import { SourceError } from '../source/errors.ts';
import { parseSource } from '../source/parse.ts';

/** A source file's bytes as its article, or the SourceError (without its file) that says what to fix. */
export function readArticle(bytes: Uint8Array): Article | SourceError {
  const text = decodeSource(bytes);
  return text instanceof SourceError ? text : parseSource(text);
}
