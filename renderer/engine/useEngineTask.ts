import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineCommand, EngineCommands } from '../../shared/engine/protocol';
import type { Progress } from '../../shared/model';
import { runEngine } from './engineClient';

export interface EngineTask<C extends EngineCommand> {
  /** Runs the command; rejects with CancelledError when cancelled. */
  run: (args: EngineCommands[C]['args']) => Promise<EngineCommands[C]['result']>;
  cancel: () => void;
  running: boolean;
  /** The latest progress report of the running command, if any. */
  progress: Progress | null;
}

/** One engine command with its running state and progress, for a component to show. */
export function useEngineTask<C extends EngineCommand>(command: C): EngineTask<C> {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(() => cancel, [cancel]);

  const run = useCallback(
    async (args: EngineCommands[C]['args']) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setRunning(true);
      setProgress(null);
      try {
        return await runEngine(command, args, { signal: own.signal, onProgress: setProgress });
      } finally {
        if (controller.current === own) {
          controller.current = null;
          setRunning(false);
          setProgress(null);
        }
      }
    },
    [command],
  );

  return { run, cancel, running, progress };
}
