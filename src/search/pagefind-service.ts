/**
 * Pagefind's indexing service: its binary in `--service` mode, spoken to over stdin and stdout in the
 * messages of the `pagefind` package's own API (base64 JSON, each ended by a comma), with the part
 * of that API search-index.ts uses. The package's API never notices that the process has ended:
 * a Pagefind that panics (on a full disk it does) or is killed leaves every request waiting forever,
 * and its panic goes straight to the terminal. Here an ended process rejects every request that
 * waits on it and every later one, with the reason its panic gives (an errno, as `code`) or the
 * signal that ended it, until `close`; the next index starts a new process. One that hangs, alive
 * but making no progress while a request waits (stall-watch.ts), is ended the same way.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { constants } from 'node:os';
import type { CustomRecord } from 'pagefind';
import { ChildStopped } from '../core/process/child-stopped.ts';
import { WORD_JOINER } from './function-words.ts';
import { watchForStall, type StallWatch } from './stall-watch.ts';

// The package's binary lookup (which honours PAGEFIND_BINARY_PATH), not among its exports.
const { resolveBinaryPath } = (await import(new URL('resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
  resolveBinaryPath(names: string[]): string;
};

type Payload = { type: string; [field: string]: unknown };
/** What the service answers with when a request fails. */
type ErrorPayload = { type: 'Error'; message: string };

interface Request {
  payload: Payload;
  settle(response: Payload | Error): void;
}

/** How much of Pagefind's own output is kept, for the reason it stopped. */
const STDERR_KEPT = 4096;

class Service {
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, Request>();
  private lastId = 0;
  private received = '';
  private stderr = '';
  private stopped: Error | undefined;
  private closing = false;
  private watch: StallWatch | undefined;

  constructor() {
    this.process = spawn(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--service'], { stdio: 'pipe', windowsHide: true });
    this.process.stdout.setEncoding('utf8').on('data', (chunk: string) => this.receive(chunk));
    this.process.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_KEPT);
    });
    // A write to a process that has just ended; its exit says why.
    this.process.stdin.on('error', () => {});
    this.process.on('error', (error) => this.stop(new ChildStopped(`the search indexer (Pagefind) could not be started: ${error.message}`)));
    // `close`, not `exit`: the answers it wrote before it ended are read first.
    this.process.on('close', (code, signal) => {
      if (!this.closing) this.stop(stoppedBecause(code, signal, this.stderr));
    });
    this.hold(false);
  }

  send(payload: Payload): Promise<Payload> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.failure(payload, this.stopped));
      const id = ++this.lastId;
      this.waiting.set(id, { payload, settle: (response) => (response instanceof Error ? reject(response) : resolve(response)) });
      if (this.waiting.size === 1) this.hold(true);
      this.process.stdin.write(`${Buffer.from(JSON.stringify({ message_id: id, payload })).toString('base64')},`);
    });
  }

  close(): void {
    this.closing = true;
    this.stop(new Error('Pagefind was closed'));
    this.process.stdin.end();
    this.process.kill();
  }

  private receive(chunk: string): void {
    const messages = (this.received + chunk).split(',');
    this.received = messages.pop()!;
    for (const message of messages) {
      const answer = readMessage(message);
      const request = answer?.message_id === undefined ? undefined : this.waiting.get(answer.message_id);
      if (!request) {
        // Garbled, or an error the service could not tie to a request: nothing it says can be trusted.
        const said = answer?.payload.type === 'Error' ? (answer.payload as ErrorPayload).message : 'a message that answers no request';
        this.stop(new Error(`the search indexer (Pagefind) said ${said}`));
        this.close();
        return;
      }
      this.waiting.delete(answer!.message_id!);
      this.watch?.answered();
      if (this.waiting.size === 0) this.hold(false);
      request.settle(answer!.payload);
    }
  }

  private hung(seconds: number): void {
    this.stop(new ChildStopped(`the search indexer (Pagefind) hung: no answer and no work for ${seconds} s, so it was ended; run the build again`));
    this.closing = true;
    this.process.kill('SIGKILL');
  }

  private stop(reason: Error): void {
    this.stopped ??= reason;
    for (const request of this.waiting.values()) request.settle(this.failure(request.payload, this.stopped));
    this.waiting.clear();
    this.hold(false);
  }

  /** `reason`, with the folder a write was for: a full disk is reported with the folder being written. */
  private failure(payload: Payload, reason: Error): Error {
    if (!(reason instanceof ChildStopped) || typeof payload.output_path !== 'string') return reason;
    return new ChildStopped(reason.message, { code: reason.code, path: payload.output_path });
  }

  /** The process keeps this one alive only while a request waits on it, as in the package's API; that is when it is watched. */
  private hold(alive: boolean): void {
    this.watch?.stop();
    this.watch = alive && this.process.pid !== undefined ? watchForStall(this.process.pid, (seconds) => this.hung(seconds)) : undefined;
    for (const handle of [this.process, this.process.stdin, this.process.stdout, this.process.stderr] as unknown as { ref(): void; unref(): void }[]) {
      if (alive) handle.ref();
      else handle.unref();
    }
  }
}

/**
 * Why Pagefind stopped: a panic over an I/O error says `Os { code: 28, kind: StorageFull, … }`,
 * which becomes that errno's name (ENOSPC) as `code`; otherwise the signal or exit code and the
 * panic's first line.
 */
function stoppedBecause(code: number | null, signal: NodeJS.Signals | null, stderr: string): ChildStopped {
  const errno = /Os \{ code: (\d+)/.exec(stderr)?.[1];
  const name = errno && Object.entries(constants.errno).find(([, value]) => value === Number(errno))?.[0];
  const panic = /panicked at [^\n]*\n([^\n]*)/.exec(stderr)?.[1];
  const how = signal ? `was killed (${signal})` : `stopped with exit code ${code}${panic ? `: ${panic}` : ''}`;
  return new ChildStopped(`the search indexer (Pagefind) ${how}`, { code: name || undefined });
}

function readMessage(message: string): { message_id?: number; payload: Payload } | undefined {
  try {
    return JSON.parse(Buffer.from(message, 'base64').toString('utf8')) as { message_id?: number; payload: Payload };
  } catch {
    return undefined;
  }
}

let service: Service | undefined;
const launch = (): Service => (service ??= new Service());

function errorsOf(response: Payload): string[] {
  return response.type === 'Error' ? [(response as ErrorPayload).message] : [];
}

export interface PagefindIndex {
  addCustomRecord(record: CustomRecord): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
  deleteIndex(): Promise<void>;
}

/** A new index, in the running Pagefind process or a new one. */
export async function createIndex(): Promise<{ errors: string[]; index?: PagefindIndex }> {
  // The index lives in this process: once it is closed, the index is gone with it.
  const owner = launch();
  // The word joiner that marks one-letter and function words stays in the index's words (function-words.ts).
  const created = await owner.send({ type: 'NewIndex', config: { include_characters: WORD_JOINER } });
  if (created.type === 'Error') return { errors: errorsOf(created) };
  const id = created.index_id;
  const request = (payload: Payload) => owner.send({ ...payload, index_id: id });
  return {
    errors: [],
    index: {
      addCustomRecord: async (record) => ({ errors: errorsOf(await request({ type: 'AddRecord', ...record })) }),
      writeFiles: async ({ outputPath }) => ({ errors: errorsOf(await request({ type: 'WriteFiles', output_path: outputPath })) }),
      deleteIndex: async () => void (await request({ type: 'DeleteIndex' })),
    },
  };
}

/** Ends the Pagefind process, if one runs; the next index starts another. */
export async function close(): Promise<void> {
  service?.close();
  service = undefined;
}
