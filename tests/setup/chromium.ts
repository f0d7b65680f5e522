import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's Chromium, which `apt-get install chromium` puts here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium the browser tests drive: CHROME_PATH (as Lighthouse reads it) or Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH || DEBIAN_CHROMIUM;
}

/** What ensureChromium needs from the machine; tests pass a pretend one. */
export interface Machine {
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  isExecutable(path: string): boolean;
  /** Runs a command to its end; its exit code and everything it printed. */
  run(command: string, args: string[]): { code: number | null; output: string };
  say(line: string): void;
}

/** Why the browser tests cannot start, in one line. */
export class ChromiumMissing extends Error {}

/**
 * Makes sure the browser tests have a Chromium before any of them starts: as root with apt-get and
 * no CHROME_PATH, installs Debian's package (saying so in one line); otherwise throws ChromiumMissing
 * saying how to get one.
 */
export function ensureChromium(machine: Machine): void {
  const path = chromiumPath(machine.env);
  if (machine.isExecutable(path)) return;
  const howTo = 'install Debian\'s chromium package (`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome executable';
  if (path !== DEBIAN_CHROMIUM) throw new ChromiumMissing(`CHROME_PATH is ${path}, which is not an executable file: ${howTo}; npm run test:fast needs no browser.`);
  const aptGet = onPath('apt-get', machine);
  if (!machine.isRoot || aptGet === undefined) throw new ChromiumMissing(`The browser tests need Chromium at ${path}: ${howTo}; npm run test:fast needs no browser.`);

  machine.say(`Chromium is not at ${path}: installing Debian's chromium package with apt-get (once; a minute or two).`);
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const { code, output } = machine.run(aptGet, args);
    if (code !== 0) {
      const reason = output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('E:')).at(-1) ?? `exit code ${code}`;
      throw new ChromiumMissing(`apt-get ${args[0]} failed (${reason}): ${howTo}.`);
    }
  }
  if (!machine.isExecutable(path)) throw new ChromiumMissing(`apt-get installed chromium, yet ${path} is not there: ${howTo}.`);
}

function onPath(command: string, machine: Machine): string | undefined {
  return (machine.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, command)).find((path) => machine.isExecutable(path));
}

const thisMachine: Machine = {
  env: process.env,
  isRoot: process.getuid?.() === 0,
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

/** vitest globalSetup of the browser tier: runs before any test, stops the run in one line. */
export default function setup(): void {
  try {
    ensureChromium(thisMachine);
  } catch (error) {
    if (!(error instanceof ChromiumMissing)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
