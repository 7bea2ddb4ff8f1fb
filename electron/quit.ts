/**
 * A clean quit: before the window closes (on Quit, or on closing the last window), main sends the
 * renderer `prepare-quit` and waits until it answers 'qiyos:ready-to-quit' (its pending database
 * writes are done) or a timeout passes, then closes or quits for real. Quitting again while waiting
 * neither sends a second request nor loops.
 */
import type { BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc';

export const QUIT_TIMEOUT_MS = 5000;

interface PreventableEvent {
  preventDefault(): void;
}

export interface QuitGuardOptions {
  /** Quits the app (app.quit); called again once the renderer is ready. */
  quit: () => void;
  timeoutMs?: number;
}

export interface QuitGuard {
  /** Guards a new main window (resets the guard: a reopened window on macOS is asked again). */
  attach(window: BrowserWindow): void;
  /** The `before-quit` listener. */
  onBeforeQuit(event: PreventableEvent): void;
  /** The renderer is listening (it reported its menu state), so a prepare-quit will be answered. */
  rendererListening(): void;
  /** The renderer's answer to prepare-quit. */
  rendererReady(): void;
}

type Phase = 'idle' | 'asking' | 'done';

export function createQuitGuard({ quit, timeoutMs = QUIT_TIMEOUT_MS }: QuitGuardOptions): QuitGuard {
  let window: BrowserWindow | null = null;
  let phase: Phase = 'idle';
  let quitRequested = false;
  let listening = false;
  let finish: (() => void) | null = null;

  const live = (): BrowserWindow | null => (window && !window.isDestroyed() && !window.webContents.isDestroyed() ? window : null);

  const proceed = (): void => {
    if (phase !== 'asking') return;
    phase = 'done';
    finish = null;
    if (quitRequested) quit();
    else live()?.close();
  };

  const ask = (): void => {
    if (phase === 'asking') return;
    phase = 'asking';
    const target = live();
    if (!target || !listening) {
      proceed();
      return;
    }
    const timer = setTimeout(proceed, timeoutMs);
    finish = () => {
      clearTimeout(timer);
      proceed();
    };
    try {
      target.webContents.send(MENU_COMMAND_CHANNEL, { id: 'prepare-quit' });
    } catch {
      finish();
    }
  };

  return {
    attach(next) {
      window = next;
      listening = false;
      if (!quitRequested) phase = 'idle';
      next.on('close', (event: PreventableEvent) => {
        if (phase === 'done') return;
        event.preventDefault();
        ask();
      });
      next.on('closed', () => {
        if (window === next) window = null;
      });
    },
    onBeforeQuit(event) {
      if (phase === 'done') return;
      quitRequested = true;
      if (!live()) {
        phase = 'done';
        return;
      }
      event.preventDefault();
      ask();
    },
    rendererListening() {
      listening = true;
    },
    rendererReady() {
      finish?.();
    },
  };
}
