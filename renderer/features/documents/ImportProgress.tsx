import type { Progress } from '../../../shared/model';
import { useT } from '../../i18n/useT';
import { documentsMessages } from './messages';

const PHASE_KEYS = { read: 'phaseDecode', decode: 'phaseDecode', extract: 'phaseExtract', segment: 'phaseSegment' } as const;
const phaseKey = (phase: string) => (Object.hasOwn(PHASE_KEYS, phase) ? PHASE_KEYS[phase as keyof typeof PHASE_KEYS] : null);

/** The progress of the file being imported: one bar per phase (reading, extracting, segmenting). */
export function ImportProgress({ progress }: { progress: Progress | null }) {
  const t = useT(documentsMessages);
  const phase = (name: string) => {
    const key = phaseKey(name);
    return key ? t(key) : name;
  };
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="progress" data-testid="import-progress">
      <progress className="progress__bar" max={100} value={percent ?? undefined} aria-label={t('importProgress')} />
      <span className="progress__label small muted">{progress ? `${phase(progress.phase)} ${percent ?? 0}%` : t('starting')}</span>
    </div>
  );
}
