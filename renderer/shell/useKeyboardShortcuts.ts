import { useEffect } from 'react';
import { APP_COMMANDS, MENU_ITEM_COMMAND_IDS, type MenuItemCommandId } from '../../shared/commands';
import { commandBus, type CommandBus } from './commands';
import { isEditableTarget, isPlainKey, matchesAccelerator } from './keys';

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/**
 * The keys the renderer handles itself: in the browser every command's accelerator and extra keys;
 * on the desktop only the extra keys, because the native menu already owns the accelerators (handling
 * them here too would run a command twice).
 */
export function rendererKeys(isDesktop: boolean): Array<[string, MenuItemCommandId]> {
  return MENU_ITEM_COMMAND_IDS.flatMap((id) => {
    const spec = APP_COMMANDS[id];
    // Undo/Redo keys are left to the focused text field or the alignment grid.
    if ('keysOwnedByFocus' in spec) return [];
    const keys: string[] = [...(!isDesktop && 'accelerator' in spec ? [spec.accelerator] : []), ...('extraKeys' in spec ? spec.extraKeys : [])];
    return keys.map((key): [string, MenuItemCommandId] => [key, id]);
  });
}

/** Runs commands from the keyboard. Plain keys like "?" are left alone while the user types in a field. */
export function useKeyboardShortcuts(isDesktop: boolean, bus: CommandBus = commandBus): void {
  useEffect(() => {
    const isMac = isMacPlatform();
    const keys = rendererKeys(isDesktop);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const match = keys.find(([key]) => matchesAccelerator(key, event, isMac));
      if (!match) return;
      const [key, id] = match;
      if (isPlainKey(key) && isEditableTarget(event.target)) return;
      // The browser's own meaning of these keys (new window, open file…) would leave the app.
      event.preventDefault();
      if (!event.repeat) bus.run(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isDesktop, bus]);
}
