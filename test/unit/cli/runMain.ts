/** Runs the CLI's main() in-process with captured standard output and error. */
import type { CliIo } from '../../../cli/io';
import { main } from '../../../cli/main';

export async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
