import { ALIGNMENT_KEYS, APP_COMMANDS, MENU_ITEM_COMMAND_IDS } from '../../shared/commands';
import { formatAccelerator } from './keys';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  isMac: boolean;
  isDesktop: boolean;
}

/** Keys every text field and the desktop window understand, listed after the app's own commands. */
const STANDARD_KEYS: ReadonlyArray<{ keys: string[]; description: string; desktopOnly?: boolean }> = [
  { keys: ['CmdOrCtrl+Z'], description: 'Undo typing in a text field' },
  { keys: ['CmdOrCtrl+Shift+Z'], description: 'Redo typing in a text field' },
  { keys: ['CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V'], description: 'Cut, copy, paste' },
  { keys: ['CmdOrCtrl+A'], description: 'Select all' },
  { keys: ['CmdOrCtrl+0', 'CmdOrCtrl+=', 'CmdOrCtrl+-'], description: 'Actual size, zoom in, zoom out', desktopOnly: true },
  { keys: ['Escape'], description: 'Close a dialog' },
];

/** The keyboard shortcut sheet (F1, Ctrl+/ or ?): generated from the command table, so it never lists a key that does nothing. */
export function ShortcutSheet({ open, onClose, isMac, isDesktop }: Props) {
  const dialog = useModalDialog(open);


  const commands = MENU_ITEM_COMMAND_IDS.map((id) => {
    const spec = APP_COMMANDS[id];
    const keys: string[] = [...('accelerator' in spec ? [spec.accelerator] : []), ...('extraKeys' in spec ? spec.extraKeys : [])];
    return { id, keys, description: spec.description };
  }).filter((row) => row.keys.length > 0);
  const standard = STANDARD_KEYS.filter((row) => isDesktop || !row.desktopOnly);
  const alignment = Object.entries(ALIGNMENT_KEYS).map(([id, spec]) => ({ id: `alignment-${id}`, keys: [...spec.keys], description: spec.description }));

  const rows = (list: ReadonlyArray<{ keys: string[]; description: string; id?: string }>) =>
    list.map((row) => (
      <tr key={row.id ?? row.description} data-testid={row.id ? `shortcut-${row.id}` : undefined}>
        <td className="shortcut-sheet__keys">
          {row.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && <span className="muted"> or </span>}
              <kbd className="kbd">{formatAccelerator(key, isMac)}</kbd>
            </span>
          ))}
        </td>
        <td>{row.description}</td>
      </tr>
    ));

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="shortcut-sheet-title"
      data-testid="shortcut-sheet"
      // A close event that arrives after the sheet was opened again is stale: ignore it.
      onClose={(event) => {
        if (!event.currentTarget.open) onClose();
      }}
      // Escape closes through the state, so "?" pressed right after it opens the sheet again
      // (a native close reports onClose a moment later and would undo that reopening).
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form method="dialog" className="dialog__form">
        <h2 id="shortcut-sheet-title" className="dialog__title">
          Keyboard shortcuts
        </h2>
        <table className="shortcut-sheet">
          <tbody>{rows(commands)}</tbody>
          <tbody className="shortcut-sheet__alignment">{rows(alignment)}</tbody>
          <tbody className="shortcut-sheet__standard">{rows(standard)}</tbody>
        </table>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="shortcut-sheet-close">
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
