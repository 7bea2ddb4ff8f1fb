import { useEffect, useState, type FormEvent } from 'react';
import type { AlignmentView } from '../../db/repository';
import { defaultExportChoices, exportOptions, type ExportChoices } from './exportChoices';
import { useT } from '../../i18n/useT';
import { useModalDialog } from '../../shell/useModalDialog';
import { exportMessages } from './messages';

interface Props {
  open: boolean;
  view: AlignmentView;
  running: boolean;
  onClose: () => void;
  /** Resolves true when the file was written (the dialog then closes). */
  onExport: (options: ReturnType<typeof exportOptions>) => Promise<boolean>;
}

/** The TMX export options: which columns (a pair or all), source, 1-0 rows, confirmed only, region codes. */
export function ExportTmxDialog({ open, view, running, onClose, onExport }: Props) {
  const dialog = useModalDialog(open);
  const columnCount = view.columns.length;
  const [choices, setChoices] = useState<ExportChoices>(() => defaultExportChoices(columnCount));
  const set = (patch: Partial<ExportChoices>): void => setChoices((c) => ({ ...c, ...patch }));
  const t = useT(exportMessages);

  useEffect(() => setChoices(defaultExportChoices(columnCount)), [columnCount]);

  const samePair = choices.scope === 'pair' && choices.pair[0] === choices.pair[1];
  const confirmedCount = view.beads.filter((b) => b.status === 'confirmed').length;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (samePair) return;
    if (await onExport(exportOptions(choices, columnCount))) onClose();
  }

  const columnLabel = (c: number): string => `${view.columns[c]!.lang} — ${view.columns[c]!.title}`;
  const columnSelect = (which: 0 | 1, testId: string) => (
    <select
      className="select"
      data-testid={testId}
      value={choices.pair[which]}
      onChange={(e) => {
        const pair: [number, number] = [...choices.pair];
        pair[which] = Number(e.target.value);
        set({ pair });
      }}
    >
      {view.columns.map((_, c) => (
        <option key={c} value={c}>
          {columnLabel(c)}
        </option>
      ))}
    </select>
  );

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="export-dialog-title" data-testid="export-dialog" onClose={onClose}>
      <form method="dialog" className="dialog__form" onSubmit={(e) => void submit(e)}>
        <h2 id="export-dialog-title" className="dialog__title">
          {t('title')}
        </h2>
        <fieldset className="option-group">
          <legend>{t('languages')}</legend>
          {columnCount > 2 && (
            <label className="checkbox">
              <input type="radio" name="scope" data-testid="export-scope-all" checked={choices.scope === 'all'} onChange={() => set({ scope: 'all' })} />
              {t('allColumns', { count: columnCount })}
            </label>
          )}
          {columnCount > 2 && (
            <label className="checkbox">
              <input type="radio" name="scope" data-testid="export-scope-pair" checked={choices.scope === 'pair'} onChange={() => set({ scope: 'pair' })} />
              {t('twoColumns')}
            </label>
          )}
          {choices.scope === 'pair' && (
            <div className="inline-form">
              <label className="field">
                <span className="field__label">{t('source')}</span>
                {columnSelect(0, 'export-source')}
              </label>
              <label className="field">
                <span className="field__label">{t('target')}</span>
                {columnSelect(1, 'export-target')}
              </label>
            </div>
          )}
          {samePair && (
            <p className="note small" role="alert">
              {t('differentColumns')}
            </p>
          )}
        </fieldset>
        <fieldset className="option-group">
          <legend>{t('rows')}</legend>
          <label className="checkbox">
            <input type="checkbox" data-testid="export-confirmed-only" checked={choices.confirmedOnly} onChange={(e) => set({ confirmedOnly: e.target.checked })} />
            {t('confirmedOnly', { confirmed: confirmedCount, total: view.beads.length })}
          </label>
          <label className="checkbox">
            <input type="checkbox" data-testid="export-include-unpaired" checked={choices.includeUnpaired} onChange={(e) => set({ includeUnpaired: e.target.checked })} />
            {t('includeUnpaired')}
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" data-testid="export-region-codes" checked={choices.regionCodes} onChange={(e) => set({ regionCodes: e.target.checked })} />
          {t('regionCodes')}
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="export-submit" disabled={running || samePair}>
            {running ? t('exporting') : t('export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
