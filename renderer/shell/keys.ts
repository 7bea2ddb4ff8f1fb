/**
 * Keyboard shortcuts in the renderer, in Electron's accelerator syntax ("CmdOrCtrl+N", "F1", "?"),
 * so the browser build handles the same keys the desktop menu shows. Pure functions over a minimal
 * key event, tested without a DOM.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Accelerator {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export function parseAccelerator(accelerator: string): Accelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would be the plus key; Qiyos has none, so a trailing empty part is not special-cased.
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  return {
    mod: mods.has('cmdorctrl') || mods.has('commandorcontrol'),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

/**
 * Whether `event` is `accelerator` on this platform: CmdOrCtrl is ⌘ on macOS and Ctrl elsewhere, and
 * the other modifier must be up. Shift must match for letters and function keys; for symbols it is
 * ignored, because typing "?" or "/" needs it on some keyboards and not on others.
 */
export function matchesAccelerator(accelerator: string, event: KeyLike, isMac: boolean): boolean {
  const wanted = parseAccelerator(accelerator);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== wanted.mod || otherMod || event.altKey !== wanted.alt) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== wanted.key) return false;
  const isSymbol = wanted.key.length === 1 && !/[a-z0-9]/.test(wanted.key);
  return isSymbol || event.shiftKey === wanted.shift;
}

/** A plain key (no Ctrl/⌘/Alt) would type into a text field, so it is left to the field. */
export function isPlainKey(accelerator: string): boolean {
  const { mod, alt, key } = parseAccelerator(accelerator);
  return !mod && !alt && key.length === 1;
}

const KEY_LABELS: ReadonlyMap<string, string> = new Map([['ArrowUp', '↑'], ['ArrowDown', '↓'], ['ArrowLeft', '←'], ['ArrowRight', '→'], ['PageUp', 'Page Up'], ['PageDown', 'Page Down']]);

/** How a shortcut is written for the user: "⌘N" on macOS, "Ctrl+N" elsewhere. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator);
  const label = key.length === 1 ? key.toUpperCase() : (KEY_LABELS.get(key) ?? key);
  if (isMac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${label}`;
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', label].filter(Boolean).join('+');
}

/** True when typing goes into the element: inputs, text areas, selects and contenteditable. */
export function isEditableTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(type);
}
