import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { UserError } from '../user-error.ts';

/**
 * Crash tests' seam: `HABAR_FAULT=POINT[:N]` makes the process kill itself with SIGKILL the Nth time
 * (the first by default) it reaches the point of that name, so that a test stops a build at a
 * chosen moment instead of racing a timer; `HABAR_FAULT_TALLY=FILE` writes, as the process exits,
 * how often it reached each point (JSON), for choosing an N that a run does reach. Points are named
 * `stage:moment` and counted on the main thread only; calls from worker threads do nothing.
 */
export const FAULT_ENV = 'HABAR_FAULT';
export const FAULT_TALLY_ENV = 'HABAR_FAULT_TALLY';

/** Where a build can be stopped, in the order a build reaches them. */
export const FAULT_POINTS = [
  /** Ingest has written a file (an article, registry.json) into its writing folder and journaled it, not yet renamed into place. */
  'ingest:file-staged',
  /** Ingest has written an article's Markdown file. */
  'ingest:article-written',
  /** Ingest has removed the article of a deleted source. */
  'ingest:article-removed',
  /** Ingest (or its recovery of a stopped one) has saved registry.json; its journal is not removed yet. */
  'ingest:registry-saved',
  /** Eleventy has written a run of pages (render.ts) into the staging folder. */
  'render:run',
  /** An indexing thread has written a search bundle into the staging folder. */
  'search:indexed',
  /** An update build has linked one of the output's files into the folder of its next output. */
  'update:linked',
  /** An update build has moved a file (or a search bundle) it wrote into the folder of its next output. */
  'update:moved',
  /** The swap has set the old output aside; the output folder is missing until the next rename. */
  'swap:retired',
  /** The new output is in place; the old one is not removed yet. */
  'swap:replaced',
] as const;

export type FaultPoint = (typeof FAULT_POINTS)[number];

/** How often a run reached each point, as `HABAR_FAULT_TALLY` writes it. */
export type FaultTally = Partial<Record<FaultPoint, number>>;

interface Fault {
  point: string;
  at: number;
}

const faultSetting = isMainThread ? process.env[FAULT_ENV] : undefined;
const tallyFile = isMainThread ? process.env[FAULT_TALLY_ENV] : undefined;
const reached = new Map<string, number>();
let fault: Fault | undefined;

if (tallyFile) process.on('exit', () => writeFileSync(tallyFile, JSON.stringify(Object.fromEntries(reached))));

/** Marks that the process has reached `point`; under `HABAR_FAULT` naming it, the Nth time ends the process at once. */
export function faultPoint(point: FaultPoint): void {
  if (!faultSetting && !tallyFile) return;
  fault ??= faultSetting ? parseFault(faultSetting) : undefined;
  const count = (reached.get(point) ?? 0) + 1;
  reached.set(point, count);
  if (fault?.point === point && fault.at === count) process.kill(process.pid, 'SIGKILL');
}

function parseFault(value: string): Fault {
  const match = /^([a-z-]+:[a-z-]+)(?::(\d+))?$/.exec(value);
  if (!match || Number(match[2] ?? 1) < 1) throw new UserError(`${FAULT_ENV} must be STAGE:POINT or STAGE:POINT:N with N from 1, found "${value}"`);
  return { point: match[1]!, at: Number(match[2] ?? 1) };
}
