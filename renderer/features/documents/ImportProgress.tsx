import type { Progress } from '../../../shared/model';

const PHASE_NAMES: Record<string, string> = { decode: 'Reading', extract: 'Extracting text', segment: 'Segmenting' };

/** The progress of the file being imported: one bar per phase (reading, extracting, segmenting). */
export function ImportProgress({ progress }: { progress: Progress | null }) {
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="progress" data-testid="import-progress">
      <progress className="progress__bar" max={100} value={percent ?? undefined} aria-label="Import progress" />
      <span className="progress__label small muted">{progress ? `${PHASE_NAMES[progress.phase] ?? progress.phase} ${percent ?? 0}%` : 'Starting…'}</span>
    </div>
  );
}
