import { ALIGNMENT_KEYS, APP_COMMANDS, MENU_ITEM_COMMAND_IDS, type AlignmentKeyId } from '../../shared/commands';
import { alignmentKeyDescription, commandDescription } from '../../shared/i18n/commandMessages';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';
import { formatAccelerator } from './keys';
import { shellMessages } from './messages';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  isMac: boolean;
  isDesktop: boolean;
}

/** Keys every text field and the desktop window understand, listed after the app's own commands. */
const STANDARD_KEYS: ReadonlyArray<{ keys: string[]; description: 'keyUndoTyping' | 'keyRedoTyping' | 'keyClipboard' | 'keySelectAll' | 'keyZoom' | 'keyCloseDialog'; desktopOnly?: boolean }> = [
  { keys: ['CmdOrCtrl+Z'], description: 'keyUndoTyping' },
  { keys: ['CmdOrCtrl+Shift+Z'], description: 'keyRedoTyping' },
  { keys: ['CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V'], description: 'keyClipboard' },
  { keys: ['CmdOrCtrl+A'], description: 'keySelectAll' },
  { keys: ['CmdOrCtrl+0', 'CmdOrCtrl+=', 'CmdOrCtrl+-'], description: 'keyZoom', desktopOnly: true },
  { keys: ['Escape'], description: 'keyCloseDialog' },
];

/** The keyboard shortcut sheet (F1, Ctrl+/ or ?): generated from the command table, so it never lists a key that does nothing. */
export function ShortcutSheet({ open, onClose, isMac, isDesktop }: Props) {
  const dialog = useModalDialog(open);
  const { locale } = useLocale();
  const t = useT(shellMessages);

  // Undo/Redo keys belong to the focus: listed below as the text fields' and the alignment's own keys.
  const commands = MENU_ITEM_COMMAND_IDS.filter((id) => !('keysOwnedByFocus' in APP_COMMANDS[id])).map((id) => {
    const spec = APP_COMMANDS[id];
    const keys: string[] = [...('accelerator' in spec ? [spec.accelerator] : []), ...('extraKeys' in spec ? spec.extraKeys : [])];
    return { id, keys, description: commandDescription(id, locale) };
  }).filter((row) => row.keys.length > 0);
  const standard = STANDARD_KEYS.filter((row) => isDesktop || !row.desktopOnly).map((row) => ({ keys: row.keys, description: t(row.description) }));
  const alignment = (Object.keys(ALIGNMENT_KEYS) as AlignmentKeyId[]).map((id) => ({
    id: `alignment-${id}`,
    keys: [...ALIGNMENT_KEYS[id].keys],
    description: alignmentKeyDescription(id, locale),
  }));

  const rows = (list: ReadonlyArray<{ keys: string[]; description: string; id?: string }>) =>
    list.map((row) => (
      <tr key={row.id ?? row.description} data-testid={row.id ? `shortcut-${row.id}` : undefined}>
        <td className="shortcut-sheet__keys">
          {row.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && <span className="muted"> {t('or')} </span>}
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
          {t('shortcutSheetTitle')}
        </h2>
        <table className="shortcut-sheet">
          <tbody>{rows(commands)}</tbody>
          <tbody className="shortcut-sheet__alignment">{rows(alignment)}</tbody>
          <tbody className="shortcut-sheet__standard">{rows(standard)}</tbody>
        </table>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" data-testid="shortcut-sheet-close">
            {t('close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
