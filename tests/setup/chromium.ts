import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium executable the browser tests launch. */
    chromium: string;
  }
}

/** Debian's Chromium, which `apt-get install chromium` puts here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What ensureChromium needs from the machine; tests pass a pretend one. */
export interface Machine {
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  /** Where `npx playwright-core install chromium` puts Playwright's own build. */
  playwrightChromium: string;
  isExecutable(path: string): boolean;
  /** Runs a command to its end; its exit code and everything it printed. */
  run(command: string, args: string[]): { code: number | null; output: string };
  say(line: string): void;
}

/** Why the browser tests cannot start, in one line. */
export class ChromiumMissing extends Error {}

const HOW_TO = 'install Debian\'s chromium package (`sudo apt-get install -y chromium`) or Playwright\'s (`npx playwright-core install --with-deps chromium`), or set CHROME_PATH to a Chromium or Chrome executable';

/**
 * The Chromium for the browser tests, found before any of them starts: CHROME_PATH if set, else
 * Debian's or Playwright's. With neither, as root with apt-get, installs Debian's package (saying
 * so in one line); otherwise throws ChromiumMissing saying how to get one.
 */
export function ensureChromium(machine: Machine): string {
  const wanted = machine.env.CHROME_PATH;
  if (wanted) {
    if (machine.isExecutable(wanted)) return wanted;
    throw new ChromiumMissing(`CHROME_PATH is ${wanted}, which is not an executable file: ${HOW_TO}; npm run test:fast needs no browser.`);
  }
  const found = [DEBIAN_CHROMIUM, machine.playwrightChromium].find((path) => machine.isExecutable(path));
  if (found) return found;
  const aptGet = onPath('apt-get', machine);
  if (!machine.isRoot || aptGet === undefined) throw new ChromiumMissing(`The browser tests need Chromium: ${HOW_TO}; npm run test:fast needs no browser.`);

  machine.say(`Chromium is not at ${DEBIAN_CHROMIUM}: installing Debian's chromium package with apt-get (once; a minute or two).`);
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const { code, output } = machine.run(aptGet, args);
    if (code !== 0) {
      const reason = output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('E:')).at(-1) ?? `exit code ${code}`;
      throw new ChromiumMissing(`apt-get ${args[0]} failed (${reason}): ${HOW_TO}.`);
    }
  }
  if (!machine.isExecutable(DEBIAN_CHROMIUM)) throw new ChromiumMissing(`apt-get installed chromium, yet ${DEBIAN_CHROMIUM} is not there: ${HOW_TO}.`);
  return DEBIAN_CHROMIUM;
}

function onPath(command: string, machine: Machine): string | undefined {
  return (machine.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, command)).find((path) => machine.isExecutable(path));
}

const thisMachine: Machine = {
  env: process.env,
  isRoot: process.getuid?.() === 0,
  playwrightChromium: chromium.executablePath(),
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  run(command, args) {
    const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return { code: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
  },
  say: (line) => console.log(line),
};

/** vitest globalSetup of the browser tier: before any test runs, finds Chromium for it or stops the run in one line. */
export default function setup(project: TestProject): void {
  try {
    project.provide('chromium', ensureChromium(thisMachine));
  } catch (error) {
    if (!(error instanceof ChromiumMissing)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
