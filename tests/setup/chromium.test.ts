import { describe, expect, it } from 'vitest';
import { ChromiumMissing, DEBIAN_CHROMIUM, ensureChromium, type Machine } from './chromium.ts';

/** A pretend machine: these files exist, apt-get answers with `apt`, and every call is recorded. */
const PLAYWRIGHT_CHROMIUM = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function machine(options: { files?: string[]; isRoot?: boolean; env?: NodeJS.ProcessEnv; apt?: (args: string[]) => { code: number; output: string } }) {
  const files = new Set(options.files ?? []);
  const runs: string[] = [];
  const said: string[] = [];
  const pretend: Machine = {
    env: options.env ?? { PATH: '/usr/local/bin:/usr/bin' },
    isRoot: options.isRoot ?? true,
    playwrightChromium: PLAYWRIGHT_CHROMIUM,
    isExecutable: (path) => files.has(path),
    run(command, args) {
      runs.push([command, ...args].join(' '));
      const answer = options.apt?.(args) ?? { code: 0, output: '' };
      if (answer.code === 0 && args[0] === 'install') files.add(DEBIAN_CHROMIUM);
      return answer;
    },
    say: (line) => said.push(line),
  };
  return { pretend, runs, said };
}

const failure = (pretend: Machine): string => {
  try {
    ensureChromium(pretend);
  } catch (error) {
    expect(error).toBeInstanceOf(ChromiumMissing);
    return (error as Error).message;
  }
  throw new Error('ensureChromium did not stop');
};

describe('Chromium for the browser tests', () => {
  it('is used as it is when /usr/bin/chromium is there: nothing run, nothing said', () => {
    const { pretend, runs, said } = machine({ files: [DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM, '/usr/bin/apt-get'] });
    expect(ensureChromium(pretend)).toBe(DEBIAN_CHROMIUM);
    expect([runs, said]).toEqual([[], []]);
  });

  it('is Playwright\'s own build when that is the one there', () => {
    const { pretend, runs } = machine({ files: [PLAYWRIGHT_CHROMIUM, '/usr/bin/apt-get'] });
    expect(ensureChromium(pretend)).toBe(PLAYWRIGHT_CHROMIUM);
    expect(runs).toEqual([]);
  });

  it('is installed with apt-get when missing and the tests run as root, in one line', () => {
    const { pretend, runs, said } = machine({ files: ['/usr/bin/apt-get'] });
    expect(ensureChromium(pretend)).toBe(DEBIAN_CHROMIUM);
    expect(runs).toEqual(['/usr/bin/apt-get update -qq', '/usr/bin/apt-get install -y -qq chromium']);
    expect(said).toEqual(["Chromium is not at /usr/bin/chromium: installing Debian's chromium package with apt-get (once; a minute or two)."]);
  });

  it('is asked for in one line, nothing run, when not root', () => {
    const { pretend, runs } = machine({ files: ['/usr/bin/apt-get'], isRoot: false });
    expect(failure(pretend)).toBe('The browser tests need Chromium: install Debian\'s chromium package (`sudo apt-get install -y chromium`) or Playwright\'s (`npx playwright-core install --with-deps chromium`), or set CHROME_PATH to a Chromium or Chrome executable; npm run test:fast needs no browser.');
    expect(runs).toEqual([]);
  });

  it('is asked for in one line when there is no apt-get on PATH', () => {
    const { pretend, runs } = machine({ files: ['/opt/apt-get'] });
    expect(failure(pretend)).toMatch(/^The browser tests need Chromium: install/);
    expect(runs).toEqual([]);
  });

  it('reports apt-get\'s own error in one line when it cannot install', () => {
    const apt = (args: string[]) => (args[0] === 'install' ? { code: 100, output: 'Reading package lists...\nE: Unable to locate package chromium\n' } : { code: 0, output: '' });
    const { pretend } = machine({ files: ['/usr/bin/apt-get'], apt });
    const message = failure(pretend);
    expect(message).toMatch(/^apt-get install failed \(E: Unable to locate package chromium\): install Debian's chromium package/);
    expect(message).not.toContain('\n');
  });

  it('is never installed over a CHROME_PATH that is missing; that path is named', () => {
    const { pretend, runs } = machine({ files: ['/usr/bin/apt-get', DEBIAN_CHROMIUM], env: { PATH: '/usr/bin', CHROME_PATH: '/opt/chrome/chrome' } });
    expect(failure(pretend)).toMatch(/^CHROME_PATH is \/opt\/chrome\/chrome, which is not an executable file: install/);
    expect(runs).toEqual([]);
  });

  it('is taken from CHROME_PATH when that is there', () => {
    const { pretend, runs } = machine({ files: ['/opt/chrome/chrome', DEBIAN_CHROMIUM], env: { PATH: '/usr/bin', CHROME_PATH: '/opt/chrome/chrome' } });
    expect(ensureChromium(pretend)).toBe('/opt/chrome/chrome');
    expect(runs).toEqual([]);
  });
});
