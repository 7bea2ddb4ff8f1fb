import { describe, expect, it } from 'vitest';
import { ALIGNMENT_KEYS, APP_COMMANDS } from '../../../shared/commands';
import { formatAccelerator, parseAccelerator } from '../../../renderer/shell/keys';

const normal = (key: string) => JSON.stringify(parseAccelerator(key));

describe('alignment view keys', () => {
  it('bind each key once, and none of the app-wide shortcuts', () => {
    const own = Object.values(ALIGNMENT_KEYS).flatMap((spec) => [...spec.keys]);
    expect(new Set(own.map(normal)).size).toBe(own.length);
    const global = Object.values(APP_COMMANDS).flatMap((spec) => [...('accelerator' in spec ? [spec.accelerator] : []), ...('extraKeys' in spec ? spec.extraKeys : [])]);
    for (const key of own) expect(global.map(normal)).not.toContain(normal(key));
  });

  it('are written for people on the shortcut sheet', () => {
    expect(formatAccelerator('Alt+ArrowUp', false)).toBe('Alt+↑');
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatAccelerator('PageDown', false)).toBe('Page Down');
  });
});
