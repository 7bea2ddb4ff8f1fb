import { DEFAULT_UI_LOCALE, type UiLocale } from '../../../shared/i18n/locales';
import { errorText, formatErrorText } from '../../../shared/i18n/localizeError';
import { patternProblemText, type SegmentationRule } from '../../../shared/text/segmentationRules';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/**
 * Why a rule cannot be used (in `locale`), or undefined (`empty`: the message for a rule without
 * any pattern, which would match everywhere).
 */
export function ruleProblem(rule: SegmentationRule, empty = 'empty rule', locale: UiLocale = DEFAULT_UI_LOCALE): string | undefined {
  if (rule.before === '' && rule.after === '') return empty;
  const problem = patternProblemText(rule.before) ?? patternProblemText(rule.after);
  if (problem !== undefined) return formatErrorText(problem, locale);
  try {
    new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'u');
  } catch (error) {
    return formatErrorText(errorText('rules.engine', { reason: error instanceof Error ? error.message : String(error) }), locale);
  }
  return undefined;
}

/** A language's ordered break / no-break rules: action, the two patterns, move up/down, remove; problems shown at the rule. */
export function RulesEditor({ lang, value, onChange }: { lang: string; value: SegmentationRule[]; onChange: (next: SegmentationRule[]) => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const set = (k: number, patch: Partial<SegmentationRule>) => onChange(value.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  const move = (k: number, by: number) => {
    const next = [...value];
    const [rule] = next.splice(k, 1);
    next.splice(k + by, 0, rule!);
    onChange(next);
  };
  return (
    <section className="rules-section" aria-labelledby={`rules-${lang}`}>
      <h3 id={`rules-${lang}`} className="rules-section__title">
        {t('rules')} <span className="count">{value.length}</span>
      </h3>
      {value.length === 0 && <p className="muted small">{t('noRules')}</p>}
      <ol className="rule-list" data-testid="rule-list">
        {value.map((rule, k) => {
          const problem = ruleProblem(rule, t('emptyRule'), locale);
          const n = k + 1;
          const errorId = `rule-${lang}-${k}-error`;
          return (
            <li key={k} className={`rule${problem ? ' rule--invalid' : ''}`} data-testid="rule" aria-label={t('ruleNumber', { n })}>
              <label className="rule__field">
                <span className="small muted">{t('breakLabel')}</span>
                <select className="select" data-testid="rule-break" value={rule.break ? 'yes' : 'no'} onChange={(e) => set(k, { break: e.target.value === 'yes' })}>
                  <option value="yes">{t('breakYes')}</option>
                  <option value="no">{t('breakNo')}</option>
                </select>
              </label>
              <label className="rule__field rule__field--pattern">
                <span className="small muted">{t('before')}</span>
                <input className="input input--mono" data-testid="rule-before" lang={lang} spellCheck={false} value={rule.before} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined} onChange={(e) => set(k, { before: e.target.value })} />
              </label>
              <label className="rule__field rule__field--pattern">
                <span className="small muted">{t('after')}</span>
                <input className="input input--mono" data-testid="rule-after" lang={lang} spellCheck={false} value={rule.after} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined} onChange={(e) => set(k, { after: e.target.value })} />
              </label>
              <span className="rule__actions">
                <button type="button" className="button button--small" aria-label={t('moveUp', { n })} disabled={k === 0} onClick={() => move(k, -1)}>
                  ↑
                </button>
                <button type="button" className="button button--small" aria-label={t('moveDown', { n })} disabled={k === value.length - 1} onClick={() => move(k, 1)}>
                  ↓
                </button>
                <button type="button" className="button button--small button--quiet-danger" data-testid="rule-remove" aria-label={t('removeRule', { n })} onClick={() => onChange(value.filter((_, i) => i !== k))}>
                  {t('remove')}
                </button>
              </span>
              {problem && (
                <p id={errorId} className="rule__error small" role="alert" data-testid="rule-error">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" data-testid="rule-add" onClick={() => onChange([...value, { break: false, before: '', after: '' }])}>
        {t('addRule')}
      </button>
    </section>
  );
}
