import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { FAULT_ENV, FAULT_TALLY_ENV, type FaultTally } from '../../src/core/process/fault-injection.ts';
import { isIngestPoint, onlyPoints, seededFault } from '../../support/faults.ts';
import { runHabar } from '../../support/cli.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { BUILT, UPDATED } from '../helpers/update-build.ts';
import { addSource, copySite, makeSite, snapshotTree, source } from '../../support/site.ts';

// A built site, then an editor's changes (an article added, one corrected, the only one of a year
// deleted, so that search bundles are added to, re-indexed and removed) built again, but the build
// is killed at a seeded point (HABAR_FAULT, fault-injection.ts). Right after the kill the output is
// the old site or the new one, never a mix; the next plain build ends byte for byte where an
// uninterrupted build does. `npm run bench:faults` runs the same on a 2,000-source site.
let built: ReturnType<typeof makeSite>;
let oldSite: Map<string, string>;
let newSite: Map<string, string>;
type Mode = 'update' | 'full';
/**
 * What an uninterrupted build of each kind reaches after ingest: the points a kill of that kind is
 * chosen among (kills in ingest are row 4's).
 */
const tallies: Record<Mode, FaultTally> = { update: {}, full: {} };

function edit(site: SitePaths): void {
  addSource(site, '2026-03-05-new.txt', source('2026-03-05', 'Мост через реку открыли раньше срока', 'Движение пустили в пятницу.', '#транспорт'));
  writeFileSync(join(site.sources, '2025-06-02.txt'), source('2025-06-02', 'Новость 2025 номер 2', 'Исправленный текст сообщения.', '#город'));
  rmSync(join(site.sources, '2024-11-20.txt'));
}

/** A copy of the built site (its next build an update build, copySite), edited. */
function editedCopy(): ReturnType<typeof makeSite> {
  const site = copySite(built);
  edit(site);
  return site;
}

const buildArgs = (mode: Mode) => (mode === 'full' ? ['build', '--full'] : ['build']);

/** How often the build of `mode` reaches each point, uninterrupted, and its output. */
async function uninterrupted(mode: Mode): Promise<{ tally: FaultTally; output: Map<string, string> }> {
  const site = editedCopy();
  try {
    const result = runHabar(site.root, buildArgs(mode), { [FAULT_TALLY_ENV]: join(site.root, 'fault-tally.json') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(mode === 'update' ? UPDATED : BUILT);
    if (mode === 'update') expect(await differencesFromCleanBuild(site, {})).toEqual([]);
    return { tally: JSON.parse(readFileSync(join(site.root, 'fault-tally.json'), 'utf8')) as FaultTally, output: snapshotTree(site.output) };
  } finally {
    site.cleanup();
  }
}

beforeAll(async () => {
  built = makeSite();
  addSource(built, '2024-11-20.txt', source('2024-11-20', 'Единственная новость 2024 года', 'Текст.', '#город'));
  for (let n = 1; n <= 4; n++) addSource(built, `2025-06-0${n}.txt`, source(`2025-06-0${n}`, `Новость 2025 номер ${n}`, 'Текст сообщения.', '#город'));
  for (let n = 1; n <= 4; n++) addSource(built, `2026-03-0${n}.txt`, source(`2026-03-0${n}`, `Новость 2026 номер ${n}`, 'Текст сообщения.', '#транспорт'));
  expect((await buildInProcess(built.root)).sync.errors).toEqual([]);
  oldSite = snapshotTree(built.output);
  const update = await uninterrupted('update');
  const full = await uninterrupted('full');
  // Full and update builds of the same edit agree.
  expect(full.output).toEqual(update.output);
  newSite = update.output;
  tallies.update = onlyPoints(update.tally, (point) => !isIngestPoint(point));
  tallies.full = onlyPoints(full.tally, (point) => !isIngestPoint(point));
});
afterAll(() => built.cleanup());

/** Which site a tree is: `old`, `new` or `mixed`. */
function whichSite(tree: Map<string, string>): 'old' | 'new' | 'mixed' {
  const same = (other: Map<string, string>) => tree.size === other.size && [...tree].every(([file, bytes]) => other.get(file) === bytes);
  return same(oldSite) ? 'old' : same(newSite) ? 'new' : 'mixed';
}

/**
 * The edited site built as `mode` says, killed as `fault` says: what `_site` held right after the
 * kill (between the swap's two renames: what the old site set aside beside it is), then what
 * differs from the uninterrupted build after the next plain build, and what is left beside `_site`.
 */
async function killAndRecover(mode: Mode, fault: string): Promise<{ afterKill: string; differences: string[]; leftovers: string[] }> {
  const site = editedCopy();
  try {
    const killed = runHabar(site.root, buildArgs(mode), { [FAULT_ENV]: fault });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const retired = readdirSync(site.root).find((name) => name.startsWith('_site.old-'));
    const afterKill = existsSync(site.output) ? whichSite(snapshotTree(site.output)) : `missing; set aside: ${retired ? whichSite(snapshotTree(join(site.root, retired))) : 'none'}`;
    const recovered = runHabar(site.root, ['build']);
    expect(recovered.code, recovered.stderr).toBe(0);
    const after = snapshotTree(site.output);
    const differences = [...new Set([...after.keys(), ...newSite.keys()])].filter((file) => after.get(file) !== newSite.get(file));
    return { afterKill, differences, leftovers: readdirSync(site.root).filter((name) => name.startsWith('_site.')) };
  } finally {
    site.cleanup();
  }
}

describe('row 5: a build killed at a seeded point leaves the old site or the new one, and the next build recovers it', () => {
  // Six seeds of an update build take each of its six points in turn; seed 2 of a full build, the swap.
  const kills: Array<{ mode: Mode; seed: number }> = [
    ...[1, 2, 3, 4, 5, 6].map((seed) => ({ mode: 'update' as const, seed })),
    { mode: 'full', seed: 2 },
  ];

  it.each(kills)('row 5: $mode build, seed $seed', async ({ mode, seed }) => {
    const fault = seededFault(seed, tallies[mode]);
    const { afterKill, differences, leftovers } = await killAndRecover(mode, fault);
    expect(afterKill, fault).toMatch(/^(old|new|missing; set aside: old)$/);
    expect(differences, fault).toEqual([]);
    expect(leftovers, fault).toEqual([]);
  });
});
