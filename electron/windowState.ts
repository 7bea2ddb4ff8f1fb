/**
 * The main window's size, position and maximized state, kept in window-state.json under userData
 * and restored at the next start. A saved position is used only if the window's title bar would be
 * on a display that is connected now; anything missing or malformed falls back to the defaults.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from './atomicWrite';

export interface WindowState {
  /** Absent: let the OS place the window (centred). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
const MAX_WINDOW_SIZE = 16_384;
/** How much of the title bar must be on a display for a saved position to count as visible. */
const VISIBLE_TITLE_BAR = { width: 100, height: 32 };
export const SAVE_DELAY_MS = 500;

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function titleBarVisible(bounds: Rectangle, displays: readonly Rectangle[]): boolean {
  return displays.some((area) => {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const top = bounds.y >= area.y && bounds.y + VISIBLE_TITLE_BAR.height <= area.y + area.height;
    return width >= VISIBLE_TITLE_BAR.width && top;
  });
}

/**
 * Validates a parsed window-state file against the work areas of the connected displays. Sizes must be
 * integers in range (otherwise the defaults are used); a position is kept only when its title bar is visible.
 */
export function parseWindowState(raw: unknown, displays: readonly Rectangle[]): WindowState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, width, height, maximized } = raw as Record<string, unknown>;
  const sizeOk = (value: unknown, min: number): value is number => isInteger(value) && value >= min && value <= MAX_WINDOW_SIZE;
  if (!sizeOk(width, MIN_WINDOW_SIZE.width) || !sizeOk(height, MIN_WINDOW_SIZE.height)) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = { width, height, maximized: maximized === true };
  if (isInteger(x) && isInteger(y) && titleBarVisible({ x, y, width, height }, displays)) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/** Reads the saved state; a missing, unreadable or corrupt file gives the defaults. */
export async function loadWindowState(filePath: string, displays: readonly Rectangle[]): Promise<WindowState> {
  try {
    return parseWindowState(JSON.parse(await readFile(filePath, 'utf8')), displays);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** What to save for a window: its normal (unmaximized) bounds, so un-maximizing after a restart goes back to them. */
export function captureWindowState(window: BrowserWindow): WindowState {
  const maximized = window.isMaximized() || window.isFullScreen();
  const { x, y, width, height } = maximized ? window.getNormalBounds() : window.getBounds();
  return { x, y, width, height, maximized };
}

/**
 * Saves the window's state to `filePath` after it is resized or moved (debounced) and when it closes.
 * Returns a function that saves at once (waiting for the write).
 */
export function trackWindowState(window: BrowserWindow, filePath: string, delayMs = SAVE_DELAY_MS): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let last = '';

  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return writing;
    const snapshot = JSON.stringify(captureWindowState(window));
    if (snapshot === last) return writing;
    last = snapshot;
    writing = writing
      .then(() => writeFileAtomically(filePath, snapshot))
      .catch((error: unknown) => console.error('Qiyos could not save the window state:', error));
    return writing;
  };
  const saveSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  };

  for (const name of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    window.on(name as 'resize', saveSoon);
  }
  window.on('close', () => void save());
  return save;
}
