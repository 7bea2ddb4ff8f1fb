/**
 * Edit → Undo / Redo of the native menu. The keys themselves never reach this (the menu leaves
 * them to the focus: a text field's own undo, the alignment grid's undo/redo keys); this runs when
 * the item is clicked, or on macOS when the focused element did not take the key. It does what the
 * key does where the user is: text undo in a focused field, else the alignment grid's undo/redo.
 */
import { ALIGNMENT_KEYS } from '../../shared/commands';
import { useCommand } from './commands';
import { isEditableTarget, parseAccelerator } from './keys';
import { isMacPlatform } from './useKeyboardShortcuts';

export type HistoryDirection = 'undo' | 'redo';

/** What an Undo or Redo did: the field's text history, the alignment's edits, or nothing (neither is there). */
export type HistoryTarget = 'text' | 'alignment' | 'none';

/**
 * Undoes or redoes where the focus is. The alignment grid is reached with its own key (from
 * ALIGNMENT_KEYS), so the grid alone decides what undo means there.
 */
export function runHistoryCommand(direction: HistoryDirection, doc: Document = document, isMac = isMacPlatform()): HistoryTarget {
  const active = doc.activeElement;
  if (isEditableTarget(active)) {
    // The browser's own undo stack of the field (execCommand is the only way to reach it).
    doc.execCommand(direction);
    return 'text';
  }
  const grid = (active?.closest('[role="grid"]') ?? doc.querySelector('[role="grid"]')) as HTMLElement | null;
  if (!grid) return 'none';
  grid.focus();
  const key = parseAccelerator(ALIGNMENT_KEYS[direction].keys[0]);
  const KeyboardEventClass = doc.defaultView?.KeyboardEvent ?? KeyboardEvent;
  grid.dispatchEvent(
    new KeyboardEventClass('keydown', {
      key: key.key.length === 1 && key.shift ? key.key.toUpperCase() : key.key,
      bubbles: true,
      cancelable: true,
      ctrlKey: key.mod && !isMac,
      metaKey: key.mod && isMac,
      shiftKey: key.shift,
      altKey: key.alt,
    }),
  );
  return 'alignment';
}

/** Registers Undo and Redo for the whole app (they always do something sensible, so they are always enabled). */
export function useHistoryCommands(): void {
  useCommand('undo', () => void runHistoryCommand('undo'));
  useCommand('redo', () => void runHistoryCommand('redo'));
}
