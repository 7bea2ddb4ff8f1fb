/**
 * The `qiyos` command line: parses arguments, dispatches, and maps errors to messages and exit
 * codes (0 ok, 1 bad input, 2 wrong usage). Bundled by scripts/build-cli.mjs, run by cli/qiyos.mjs.
 */
import { version } from '../package.json';
import { runAlign } from './alignCommand';
import { UsageError, parseArgs } from './args';
import { runGlossary } from './glossaryCommand';
import { helpText } from './help';
import { processIo, type CliIo } from './io';
import { InputError } from './readInputs';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Runs qiyos with `argv` (arguments after the script name) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const { command, warnings } = parseArgs(argv);
    const quiet = (command.kind === 'align' || command.kind === 'glossary') && command.quiet;
    if (!quiet) for (const w of warnings) io.stderr(`qiyos: warning: ${w}\n`);
    switch (command.kind) {
      case 'help':
        io.stdout(helpText(command.topic));
        return EXIT_OK;
      case 'version':
        io.stdout(`qiyos ${version}\n`);
        return EXIT_OK;
      case 'glossary':
        return await runGlossary(command, io);
      case 'align':
        return await runAlign(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`qiyos: ${error.message}\nTry "qiyos --help".\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`qiyos: ${error.message} (${error.file})\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`qiyos: unexpected error: ${message}\n`);
    if (process.env.QIYOS_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_BAD_INPUT;
  }
}
