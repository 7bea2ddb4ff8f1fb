import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { BrowserWindow } from './electronMock';
import { createMainWindow } from '../../../electron/window';
import { captureWindowState, DEFAULT_WINDOW_STATE, loadWindowState, parseWindowState, trackWindowState } from '../../../electron/windowState';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR = { x: 1920, y: -200, width: 2560, height: 1400 };

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiyos-window-state-'));
  file = path.join(dir, 'window-state.json');
  BrowserWindow.instances.length = 0;
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('parseWindowState', () => {
  it('keeps valid bounds on a connected display', () => {
    expect(parseWindowState({ x: 40, y: 30, width: 1400, height: 900, maximized: false }, [LAPTOP])).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: false });
    expect(parseWindowState({ x: 2000, y: -150, width: 1400, height: 900, maximized: true }, [LAPTOP, RIGHT_MONITOR])).toEqual({
      x: 2000,
      y: -150,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it.each([
    ['on a monitor that is gone', { x: 2000, y: 100, width: 1400, height: 900 }],
    ['far off to the left', { x: -5000, y: 100, width: 1400, height: 900 }],
    ['with the title bar above the screen', { x: 100, y: -300, width: 1400, height: 900 }],
    ['with the title bar below the screen', { x: 100, y: 1030, width: 1400, height: 900 }],
    ['with only a sliver showing', { x: 1880, y: 100, width: 1400, height: 900 }],
    ['with a fractional position', { x: 10.5, y: 100, width: 1400, height: 900 }],
    ['with a string position', { x: '10', y: 100, width: 1400, height: 900 }],
  ])('drops a position %s but keeps the size', (_label, saved) => {
    expect(parseWindowState(saved, [LAPTOP])).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it.each([
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a number', 42],
    ['no size', { x: 10, y: 10 }],
    ['a tiny window', { x: 10, y: 10, width: 20, height: 20 }],
    ['a huge window', { x: 10, y: 10, width: 1e9, height: 900 }],
    ['NaN', { x: 10, y: 10, width: Number.NaN, height: 900 }],
    ['string sizes', { width: '1400', height: '900' }],
  ])('falls back to the defaults for %s', (_label, saved) => {
    expect(parseWindowState(saved, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('only takes maximized: true literally', () => {
    expect(parseWindowState({ width: 1000, height: 700, maximized: 'yes' }, [LAPTOP]).maximized).toBe(false);
  });
});

describe('loadWindowState', () => {
  it('gives the defaults when there is no file', async () => {
    await expect(loadWindowState(file, [LAPTOP])).resolves.toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores a corrupt file', async () => {
    await writeFile(file, '{"width": 1400, "height":');
    await expect(loadWindowState(file, [LAPTOP])).resolves.toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads a saved state and validates it against the displays', async () => {
    await writeFile(file, JSON.stringify({ x: 2000, y: 0, width: 1400, height: 900, maximized: true }));
    await expect(loadWindowState(file, [LAPTOP, RIGHT_MONITOR])).resolves.toEqual({ x: 2000, y: 0, width: 1400, height: 900, maximized: true });
    await expect(loadWindowState(file, [LAPTOP])).resolves.toEqual({ width: 1400, height: 900, maximized: true });
  });
});

describe('saving', () => {
  it('captures the normal bounds of a maximized window', () => {
    const window = new BrowserWindow({});
    window.bounds = { x: 0, y: 0, width: 1920, height: 1040 };
    window.normalBounds = { x: 50, y: 60, width: 1000, height: 700 };
    expect(captureWindowState(window as never)).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    window.maximized = true;
    expect(captureWindowState(window as never)).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: true });
  });

  it('saves once after a burst of resizes and moves, and at close', async () => {
    vi.useFakeTimers();
    const window = new BrowserWindow({});
    trackWindowState(window as never, file, 500);
    window.bounds = { x: 10, y: 20, width: 1111, height: 777 };
    window.emit('resize');
    window.emit('move');
    window.emit('resize');
    await vi.advanceTimersByTimeAsync(499);
    await expect(readFile(file, 'utf8')).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1111, height: 777, maximized: false }));

    window.bounds = { x: 30, y: 40, width: 1200, height: 800 };
    window.close();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 30, y: 40 }));
  });

  it('round-trips: what is saved at close is restored by the next window', async () => {
    const first = new BrowserWindow({});
    const save = trackWindowState(first as never, file);
    first.bounds = { x: 200, y: 100, width: 1300, height: 850 };
    first.maximized = true;
    first.normalBounds = { ...first.bounds };
    await save();
    const state = await loadWindowState(file, [LAPTOP]);
    const second = createMainWindow({ preloadPath: '/p.cjs', url: 'app://qiyos/index.html', state }) as unknown as BrowserWindow;
    expect(second.options).toMatchObject({ x: 200, y: 100, width: 1300, height: 850 });
    second.listeners.get('ready-to-show')!();
    expect(second.maximize).toHaveBeenCalledOnce();
    expect(second.show).toHaveBeenCalledOnce();
  });

  it('lets the OS place a window without a saved position', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', url: 'app://qiyos/', state: { width: 1000, height: 700, maximized: false } }) as unknown as BrowserWindow;
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).toMatchObject({ width: 1000, height: 700, minWidth: 800, minHeight: 560 });
    window.listeners.get('ready-to-show')!();
    expect(window.maximize).not.toHaveBeenCalled();
  });
});
