import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { BrowserWindow, resetElectronMock } from './electronMock';
import { createQuitGuard, QUIT_TIMEOUT_MS } from '../../../electron/quit';
import { MENU_COMMAND_CHANNEL } from '../../../shared/ipc';

function preventable() {
  return { preventDefault: vi.fn() };
}

let quit: ReturnType<typeof vi.fn<() => void>>;
let window: BrowserWindow;
let guard: ReturnType<typeof createQuitGuard>;

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
  quit = vi.fn<() => void>();
  window = new BrowserWindow({});
  guard = createQuitGuard({ quit });
  guard.attach(window as never);
  guard.rendererListening();
});

afterEach(() => vi.useRealTimers());

const prepareQuit = [MENU_COMMAND_CHANNEL, { id: 'prepare-quit' }];

describe('quit', () => {
  it('holds the quit, asks the renderer once, and quits after its answer', () => {
    const first = preventable();
    guard.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith(...prepareQuit);

    const again = preventable();
    guard.onBeforeQuit(again);
    expect(again.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();

    guard.rendererReady();
    expect(quit).toHaveBeenCalledOnce();
    const final = preventable();
    guard.onBeforeQuit(final);
    expect(final.preventDefault).not.toHaveBeenCalled();
    window.close();
    expect(window.destroyed).toBe(true);
  });

  it('quits after the timeout when the renderer does not answer, and only once', () => {
    guard.onBeforeQuit(preventable());
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledOnce();
    guard.rendererReady();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS * 2);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('does not wait when the renderer never started listening (it has no writes to finish)', () => {
    const fresh = createQuitGuard({ quit });
    const other = new BrowserWindow({});
    fresh.attach(other as never);
    const event = preventable();
    fresh.onBeforeQuit(event);
    expect(other.webContents.send).not.toHaveBeenCalled();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('lets the quit through at once when there is no window', () => {
    window.close();
    const event = preventable();
    // Closing asked the renderer first; answer it so the window really closes.
    guard.rendererReady();
    expect(window.destroyed).toBe(true);
    guard.onBeforeQuit(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('ignores an answer nobody asked for', () => {
    guard.rendererReady();
    expect(quit).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
  });
});

describe('closing the window', () => {
  it('waits for the renderer, then closes the window without quitting (macOS keeps the app)', () => {
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith(...prepareQuit);
    window.close();
    expect(window.webContents.send).toHaveBeenCalledOnce();
    guard.rendererReady();
    expect(window.destroyed).toBe(true);
    expect(quit).not.toHaveBeenCalled();
  });

  it('closes after the timeout when the renderer hangs', () => {
    window.close();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS);
    expect(window.destroyed).toBe(true);
  });

  it('asks again for a window reopened later', () => {
    window.close();
    guard.rendererReady();
    const reopened = new BrowserWindow({});
    guard.attach(reopened as never);
    guard.rendererListening();
    reopened.close();
    expect(reopened.destroyed).toBe(false);
    expect(reopened.webContents.send).toHaveBeenCalledWith(...prepareQuit);
  });
});
