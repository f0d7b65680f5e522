import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../user-error.ts';

/** One `habar` command: its help text and what it does; returns the exit code. */
export interface Command {
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
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${command.usage}`);
  }
  if (parsed.values.help) {
    process.stdout.write(command.usage);
    return undefined;
  }
  return parsed;
}
