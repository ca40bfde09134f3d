/**
 * The command line of every `npm run …` command, read by node:util's parseArgs,
 * with French messages: editors run these commands, and an unknown option must
 * say which ones the command accepts (parseArgs' own errors are in English).
 *
 * parseArgs reads the line without its strictness, and the tokens it returns are
 * checked here: that is where the French message can name the option it found.
 */
import { parseArgs } from 'node:util';

export interface CommandOption {
  type: 'string' | 'boolean';
  /** How the list of accepted options shows a string option's value, e.g. `<dossier>` for `--dist <dossier>`. */
  value?: string;
}

export interface CommandSpec<O extends Record<string, CommandOption>> {
  options: O;
  /** Whether the command takes arguments that are not options (pages, folders, addresses). */
  positionals?: boolean;
}

export type CommandValues<O extends Record<string, CommandOption>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export interface ParsedCommandLine<O extends Record<string, CommandOption>> {
  values: CommandValues<O>;
  positionals: string[];
}

/** A command line the command cannot take; the message is for the editor who typed it. */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

/** `--enregistrer, --dist <dossier>, --outils a,b`: the options a command accepts, as they are typed. */
export function acceptedOptions(options: Record<string, CommandOption>): string {
  return Object.entries(options)
    .map(([name, option]) => (option.type === 'string' ? `--${name} ${option.value ?? '<valeur>'}` : `--${name}`))
    .join(', ');
}

/** Reads `argv` (the command's own arguments by default); throws a CommandLineError with a French message. */
export function parseCommandLine<const O extends Record<string, CommandOption>>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): ParsedCommandLine<O> {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, { type }]) => [name, { type }]));
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const accepted = Object.keys(spec.options).length > 0
    ? `Options : ${acceptedOptions(spec.options)}.`
    : 'Cette commande ne prend pas d’option.';
  for (const token of tokens) {
    if (token.kind === 'positional' && !spec.positionals) {
      throw new CommandLineError(`Argument inattendu : « ${token.value} ». ${accepted}`);
    }
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) throw new CommandLineError(`Option inconnue : ${token.rawName}. ${accepted}`);
    const shown = acceptedOptions({ [token.name]: option });
    // « --dist --enregistrer »: the next option is not the value that was forgotten.
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) throw new CommandLineError(`${token.rawName} attend une valeur : ${shown}.`);
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new CommandLineError(`${token.rawName} ne prend pas de valeur : écrivez seulement ${shown}.`);
    }
  }
  return { values: values as CommandValues<O>, positionals };
}

/** Prints the message for the editor and stops the command. */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The same, for a command whose only answer to a wrong line is to stop: `fail` (by default, print the message
 * and exit with code 1) receives the French message, to add how the command is used or print it its own way.
 */
export function readCommandLine<const O extends Record<string, CommandOption>>(
  spec: CommandSpec<O>,
  fail: (message: string) => never = stop,
): ParsedCommandLine<O> {
  try {
    return parseCommandLine(spec);
  } catch (error) {
    if (error instanceof CommandLineError) fail(error.message);
    throw error;
  }
}
