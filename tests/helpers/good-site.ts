import { expect } from 'vitest';
import { addSource, makeSite, snapshotTree, source } from '../../support/site.ts';
import { buildInProcess } from './build-in-process.ts';

/**
 * A site of `days` articles (2026-01-01 on), built in this process, and its output as built: a
 * last good site for tests of what goes wrong in the habar process that builds it next.
 */
export async function buildGoodSite(days: number): Promise<{ built: ReturnType<typeof makeSite>; lastGood: Map<string, string> }> {
  const built = makeSite();
  for (let day = 1; day <= days; day++) addSource(built, `2026-01-0${day}.txt`, source(`2026-01-0${day}`, `Новость ${day}`, 'Текст.', '#тест'));
  expect((await buildInProcess(built.root)).sync.errors).toEqual([]);
  return { built, lastGood: snapshotTree(built.output) };
}
