import type { AlignmentView } from '../../db/repository';
import { useExportTmx } from './useExportTmx';

/** "Export TMX": enabled once the project has an alignment. */
export function ExportButton({ projectName, view }: { projectName: string; view: AlignmentView | null | undefined }) {
  const { exportTmx, running } = useExportTmx(projectName, view);
  return (
    <button type="button" className="button" data-testid="export-tmx" disabled={!view || running} onClick={() => void exportTmx()}>
      {running ? 'Exporting…' : 'Export TMX'}
    </button>
  );
}
