/**
 * The command bus: features register what they can do right now (`registerCommand` or the
 * `useCommand` hook while mounted), and the native menu, keyboard shortcuts and buttons run it
 * (`runCommand`). The ids and their arguments come from shared/commands.ts. When several handlers
 * are registered for one command the latest wins, and the previous one returns when it unregisters.
 */
import { useEffect, useRef } from 'react';
import type { CommandArgs, CommandId } from '../../shared/commands';

export type CommandHandler<C extends CommandId> = (arg: CommandArgs[C]) => void | Promise<unknown>;

/** Arguments of runCommand: none for commands without one. */
export type CommandRunArgs<C extends CommandId> = CommandArgs[C] extends void ? [] : [CommandArgs[C]];

export interface CommandBus {
  /** Registers a handler; returns the function that removes exactly this registration. */
  register<C extends CommandId>(id: C, handler: CommandHandler<C>): () => void;
  /** Runs the command's current handler; false when nothing handles it now. Errors are reported by the handler itself. */
  run<C extends CommandId>(id: C, ...args: CommandRunArgs<C>): boolean;
  /** The commands that have a handler now, sorted. */
  available(): CommandId[];
  /** Calls `listener` whenever the available commands change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createCommandBus(): CommandBus {
  const handlers = new Map<CommandId, Array<{ handler: CommandHandler<never> }>>();
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    register(id, handler) {
      const entry = { handler: handler as CommandHandler<never> };
      const stack = handlers.get(id) ?? [];
      const wasAvailable = stack.length > 0;
      handlers.set(id, [...stack, entry]);
      if (!wasAvailable) notify();
      return () => {
        const current = handlers.get(id) ?? [];
        const rest = current.filter((e) => e !== entry);
        if (rest.length === current.length) return;
        if (rest.length === 0) handlers.delete(id);
        else handlers.set(id, rest);
        if (rest.length === 0) notify();
      };
    },
    run(id, ...args) {
      const entry = handlers.get(id)?.at(-1);
      if (!entry) return false;
      const result = (entry.handler as (arg: unknown) => unknown)(args[0]);
      // Handlers report their own errors; this only keeps a rejected promise from going unhandled.
      if (result instanceof Promise) result.catch((error: unknown) => console.error(`Command ${id} failed:`, error));
      return true;
    },
    available() {
      return [...handlers.keys()].sort();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's command bus. */
export const commandBus: CommandBus = createCommandBus();

export function registerCommand<C extends CommandId>(id: C, handler: CommandHandler<C>): () => void {
  return commandBus.register(id, handler);
}

export function runCommand<C extends CommandId>(id: C, ...args: CommandRunArgs<C>): boolean {
  return commandBus.run(id, ...args);
}

/**
 * Registers `handler` for `id` while the component is mounted and `handler` is not null (pass null
 * when the command does not apply right now, e.g. export before anything is aligned). The latest
 * handler is always called, so callers need not memoise it.
 */
export function useCommand<C extends CommandId>(id: C, handler: CommandHandler<C> | null, bus: CommandBus = commandBus): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const active = handler !== null;
  useEffect(() => {
    if (!active) return undefined;
    return bus.register(id, ((arg: CommandArgs[C]) => latest.current?.(arg)) as CommandHandler<C>);
  }, [bus, id, active]);
}
