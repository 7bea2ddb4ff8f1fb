import { useT } from '../../i18n/useT';
import { confidenceLevel, formatScore } from './confidenceScale';
import { messages } from './messages';

const LEVEL_KEYS = { High: 'levelHigh', Good: 'levelGood', Fair: 'levelFair', Low: 'levelLow' } as const;

/**
 * The row's confidence: a coloured mark plus the number, so colour is never the only cue.
 * Rows of boilerplate alone were never aligned, so they show no score at all.
 */
export function ConfidenceBadge({ score, boilerplate = false }: { score: number; boilerplate?: boolean }) {
  const t = useT(messages);
  if (boilerplate) {
    return (
      <span className="conf conf--none" title={t('boilerplateBadgeTitle')} aria-label={t('boilerplateBadgeLabel')} data-testid="confidence">
        <span aria-hidden="true">—</span>
      </span>
    );
  }
  const level = confidenceLevel(score);
  const text = formatScore(score);
  const name = t(LEVEL_KEYS[level.label]);
  return (
    <span className={`conf ${level.className}`} title={t('confidenceTitle', { level: name, score: text })} aria-label={t('confidenceLabel', { level: name, score: text })} data-testid="confidence">
      <span className="conf__mark" aria-hidden="true" />
      <span className="conf__value" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
