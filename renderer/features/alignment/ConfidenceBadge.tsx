import { confidenceLevel, formatScore } from './confidenceScale';

/**
 * The row's confidence: a coloured mark plus the number, so colour is never the only cue.
 * Rows of boilerplate alone were never aligned, so they show no score at all.
 */
export function ConfidenceBadge({ score, boilerplate = false }: { score: number; boilerplate?: boolean }) {
  if (boilerplate) {
    return (
      <span className="conf conf--none" title="Boilerplate: left out of the alignment" aria-label="Boilerplate, not aligned" data-testid="confidence">
        <span aria-hidden="true">—</span>
      </span>
    );
  }
  const level = confidenceLevel(score);
  const text = formatScore(score);
  return (
    <span className={`conf ${level.className}`} title={`${level.label} confidence (${text})`} aria-label={`${level.label} confidence, ${text}`} data-testid="confidence">
      <span className="conf__mark" aria-hidden="true" />
      <span className="conf__value" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
