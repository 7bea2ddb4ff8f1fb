/** Writing the CLI's result to a file without ever leaving a half-written file behind. */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, describeFsError } from './readInputs';

/**
 * Checks before any work is done that `path` can be an output file: its directory exists and it is
 * not itself a directory. Throws InputError naming the path otherwise.
 */
export async function checkOutputPath(path: string): Promise<void> {
  const dir = dirname(resolve(path));
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat) throw new InputError('output directory does not exist', dir);
  if (!dirStat.isDirectory()) throw new InputError('output directory is not a directory', dir);
  const fileStat = await stat(path).catch(() => undefined);
  if (fileStat?.isDirectory()) throw new InputError('output path is a directory', path);
}

/**
 * Writes `data` as UTF-8 to `path` atomically: to a temporary file beside it, then renamed over it,
 * so a crash or a full disk never leaves a truncated TMX that a CAT tool would import.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new InputError(`cannot write output: ${describeFsError(error).replace(/^cannot read file /, '')}`, path);
  }
}
