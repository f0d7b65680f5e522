/**
 * What each rule of the source parser costs over the bench corpus.
 *
 *   node --import tsx bench/parse-rules.ts [--sources 2000] [--seed 1] [--rounds 5]
 *
 * Parses `rounds` corpora of `sources` sources, each generated with its own seed (the parse time per
 * round), then as many again with each entry of `rules` wrapped in a timer (the median milliseconds
 * each rule spent per round). Each round's sources are new to the parser, as an ingest parses each
 * source once: the rules keep their answers about lines they read (rules/clutter.ts), and a round
 * over sources already parsed would time those answers, not the rules. The wrapped rounds cost
 * more than the plain ones; compare rules with rules, plain with plain. On a shared machine the
 * least of the plain rounds moves less than their median.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../support/corpus/corpus.ts';
import { runAsScript } from '../support/run-as-script.ts';
import { parseSource, rules, type Rule } from '../src/source/parse.ts';
import { median, table } from './stats.ts';

function main(): void {
  const { values } = parseArgs({ options: { sources: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, rounds: { type: 'string', default: '5' } } });
  const rounds = Number(values.rounds);
  const seed = Number(values.seed);
  const corpus = (round: number) => Array.from(generateCorpus(Number(values.sources), seed + round), (file) => file.text);

  parseAll(corpus(2 * rounds)); // warm-up: the first round compiles the rules
  const plain = Array.from({ length: rounds }, (_, round) => parseAll(corpus(round)));

  const spent = new Map<string, number[]>(rules.map(([name]) => [name, []]));
  const round = new Map<string, number>();
  for (const entry of rules) {
    const [name, rule] = entry;
    const timed: Rule = (state) => {
      const start = performance.now();
      const result = rule(state);
      round.set(name, round.get(name)! + performance.now() - start);
      return result;
    };
    entry[1] = timed;
  }
  for (let r = 0; r < rounds; r++) {
    const texts = corpus(rounds + r);
    for (const [name] of rules) round.set(name, 0);
    parseAll(texts);
    for (const [name, ms] of round) spent.get(name)!.push(ms);
  }

  const rows = [...spent].map(([name, ms]) => [name, median(ms).toFixed(1)]).sort((a, b) => Number(b[1]) - Number(a[1]));
  const sum = [...spent.values()].reduce((total, ms) => total + median(ms), 0);
  console.log(`${values.sources} sources, ${rounds} rounds; parse ms per round: ${plain.map((ms) => ms.toFixed(0)).join(' ')} (median ${median(plain).toFixed(0)}, least ${Math.min(...plain).toFixed(0)})\n`);
  console.log(table(['rule', 'ms per round'], [...rows, ['all rules', sum.toFixed(1)]]));
}

function parseAll(texts: string[]): number {
  const start = performance.now();
  for (const text of texts) parseSource(text);
  return performance.now() - start;
}

runAsScript(import.meta.url, main);
