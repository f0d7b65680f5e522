/**
 * Parses sources for source-parser.ts in a worker thread, so that a large ingest parses on a
 * processor core of its own while the ingest's thread hashes, places and writes articles.
 */
import { parentPort } from 'node:worker_threads';
import { sendableError, type SentError } from '../core/process/thread-errors.ts';
import type { Article } from '../source/article.ts';
import { SourceError } from '../source/errors.ts';
import { readArticle } from './read-article.ts';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
}

/** The article; or the source's own error, sent as data (a cloned Error loses its class); or what the parser threw. */
export type ParseResponse =
  | { id: number; article: Article }
  | { id: number; refused: { reason: string; line: number } }
  | { id: number; failed: SentError };

const port = parentPort!;

port.on('message', ({ id, bytes }: ParseRequest) => {
  let response: ParseResponse;
  try {
    const article = readArticle(bytes);
    response = article instanceof SourceError ? { id, refused: { reason: article.reason, line: article.line } } : { id, article };
  } catch (error) {
    response = { id, failed: sendableError(error) };
  }
  port.postMessage(response);
});
