/** The streams the CLI talks to, injectable so that main can be tested without a child process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress is only drawn on a terminal, never into a log or a pipe. */
  stderrIsTTY: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
