import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The names a browser on this machine reaches the preview by. A page on another site whose domain
// was pointed at 127.0.0.1 (DNS rebinding) sends its own name, and must not read the drafts.
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}

/** Whether `url` is a path the dev server can read: it decodes it with decodeURIComponent, which throws on `%c0`. */
function isWellFormed(url: string): boolean {
  try {
    decodeURIComponent(new URL(url, 'http://localhost').pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * `handle` answering only requests for localhost, 127.0.0.1 or [::1] (others get 403) whose path
 * decodes (others get 400). Anything `handle` throws (a path leaving the preview folder) answers
 * 400 too: the dev server lets it reject unhandled, which would end the preview.
 */
export function guardRequests(handle: RequestHandler): RequestHandler {
  return async (req, res) => {
    if (!LOCAL_HOST.test(req.headers.host ?? '')) return answer(res, 403, 'The preview answers only at localhost or 127.0.0.1.\n');
    if (!isWellFormed(req.url ?? '')) return answer(res, 400, 'Malformed request.\n');
    try {
      await handle(req, res);
    } catch {
      if (res.headersSent) res.destroy();
      else answer(res, 400, 'Malformed request.\n');
    }
  };
}
