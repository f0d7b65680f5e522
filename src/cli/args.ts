import { parseArgs, type ParseArgsConfig } from 'node:util';
import { printable } from '../core/printable.ts';
import { UserError } from '../core/user-error.ts';
import { closestName } from './suggest.ts';

/** One `habar` command: its name, its help text and what it does; returns the exit code. */
export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node's parseArgs with `--help` added; an unknown option or a missing value becomes a UserError
 * with the command's usage, not a stack trace. Returns undefined when help was asked for and printed.
 */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: Command, args: string[], options: Options, allowPositionals = false): ParsedArgs | undefined {
  refuseFlagsNpmKept(command, args, options, process.env);
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(suggestOption(error as Error & { code?: string }, Object.keys(options)) ?? `${(error as Error).message}\n\n${command.usage}`);
  }
  if (parsed.values.help) {
    process.stdout.write(command.usage);
    return undefined;
  }
  return parsed;
}

/** `unknown option "--draft"; did you mean "--drafts"?` for a mistyped option close to one the command has. */
function suggestOption(error: Error & { code?: string }, names: string[]): string | undefined {
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  const typed = /^Unknown option '(--[^'=]+)/.exec(error.message)?.[1];
  const meant = typed && closestName(typed.slice(2), names);
  return meant ? printable(`unknown option "${typed}"; did you mean "--${meant}"?`) : undefined;
}

/**
 * `npm run build --drafts` (without `--`) hands `--drafts` to npm, which takes it as one of its own
 * settings: the command would run without it and only npm's environment would show it
 * (`npm_config_drafts=true`). Such a run is stopped with the command line that passes the flag on,
 * and so is one whose kept flag is a near miss of one (`--draft`).
 */
function refuseFlagsNpmKept(command: Command, args: string[], options: Options, env: NodeJS.ProcessEnv): void {
  if (env.npm_command === undefined) return;
  const kept: string[] = [];
  for (const [name, option] of Object.entries(options)) {
    const value = env[`npm_config_${name.replaceAll('-', '_')}`];
    const given = args.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    // An empty value is npm's reading of `--no-drafts`, which is no flag of habar's.
    if (value === undefined || value === '' || given) continue;
    // `--port 8081` leaves npm_config_port=true and 8081 as an argument.
    const shown = option.type === 'boolean' ? '' : ` ${value === 'true' ? (args.find((arg) => !arg.startsWith('-')) ?? 'VALUE') : value}`;
    kept.push(`--${name}${shown}`);
  }
  const rerun = (flags: string) =>
    env.npm_lifecycle_event && env.npm_command !== 'exec' ? `npm run ${env.npm_lifecycle_event} -- ${flags}` : `npx habar ${command.name} ${flags}`;
  if (kept.length > 0) {
    const flags = kept.join(' ');
    throw new UserError(printable(`npm kept ${flags} for itself; run ${rerun(flags)}`));
  }
  // A mistyped flag (`--draft`) is kept by npm too, which only warns that it does not know it.
  const names = Object.keys(options);
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('npm_config_') || value !== 'true') continue;
    const typed = key.slice('npm_config_'.length).replaceAll('_', '-');
    const meant = names.includes(typed) ? undefined : closestName(typed, names);
    if (meant) throw new UserError(printable(`npm kept --${typed} for itself, and habar has no such option; did you mean ${rerun(`--${meant}`)}?`));
  }
}
