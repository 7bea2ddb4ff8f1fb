import { useState } from 'react';
import type { AlignmentView } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useCommand } from '../../shell/commands';
import { exportMessages } from './messages';
import { ExportTmxDialog } from './ExportTmxDialog';
import { useExportTmx } from './useExportTmx';

/** "Export TMX…": enabled once the project has an alignment; opens the export options. */
export function ExportButton({ projectName, view }: { projectName: string; view: AlignmentView | null | undefined }) {
  const { exportTmx, running } = useExportTmx(projectName, view);
  const [open, setOpen] = useState(false);
  const t = useT(exportMessages);
  useCommand('export-tmx', view && !running ? () => setOpen(true) : null);
  return (
    <>
      <button type="button" className="button" data-testid="export-tmx" disabled={!view || running} onClick={() => setOpen(true)}>
        {running ? t('exporting') : t('exportTmx')}
      </button>
      {view && <ExportTmxDialog open={open} view={view} running={running} onClose={() => setOpen(false)} onExport={exportTmx} />}
    </>
  );
}
