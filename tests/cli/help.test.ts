import { describe, expect, it } from 'vitest';
import { runHabar } from '../helpers/cli.ts';
import { makeSite } from '../helpers/site.ts';

const STACK = /\bat .+:\d+:\d+/;

describe('every command', () => {
  it.each(['build', 'start', 'check', 'new'])('%s --help prints its usage and exits 0', (command) => {
    const result = runHabar(process.cwd(), [command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: habar ${command}`));
    expect(result.stdout).toContain('-h, --help');
  });

  it('habar --help lists the commands', () => {
    const result = runHabar(process.cwd(), ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ {2}(build|start|check|new) /gm)).toHaveLength(4);
  });

  it.each([
    [['build', '--frobnicate'], /^habar: Unknown option '--frobnicate'/],
    [['start', '--port', 'eighty'], /^habar: --port must be a port number, found "eighty"/],
    [['frobnicate'], /^habar: unknown command "frobnicate"/],
  ])('%j is refused with a message, exit 1, no stack', (args, message) => {
    const result = runHabar(process.cwd(), args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it.each([
    [['biuld'], 'habar: unknown command "biuld"; did you mean "build"?'],
    [['chek', 'x.txt'], 'habar: unknown command "chek"; did you mean "check"?'],
    [['build', '--draft'], 'habar: unknown option "--draft"; did you mean "--drafts"?'],
    [['build', '--ful'], 'habar: unknown option "--ful"; did you mean "--full"?'],
    [['start', '--prot=8081'], 'habar: unknown option "--prot"; did you mean "--port"?'],
  ])('%j is answered with the command or option it is closest to, in one line', (args, line) => {
    const result = runHabar(process.cwd(), args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${line}\n`);
  });

  it('a bad HABAR_TODAY is reported plainly', () => {
    const site = makeSite();
    try {
      const result = runHabar(site.root, ['build'], { HABAR_TODAY: 'tomorrow' });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('habar: HABAR_TODAY must be a date written YYYY-MM-DD, found "tomorrow"\n');
    } finally {
      site.cleanup();
    }
  });
});
