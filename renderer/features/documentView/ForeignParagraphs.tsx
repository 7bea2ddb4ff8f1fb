import { useLanguageName } from '../../common/languageNames';
import type { SegmentRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import type { ForeignParagraphAt } from './useForeignParagraphs';

/** The paragraphs flagged as another language (captions, quotes), each with a jump to its first segment. */
export function ForeignParagraphs({ paragraphs, segments, onJump }: { paragraphs: ForeignParagraphAt[] | undefined; segments: Stored<SegmentRecord>[]; onJump: (index: number) => void }) {
  const t = useT(messages);
  const languageName = useLanguageName();
  return (
    <section className="card foreign-paragraphs" aria-labelledby="foreign-heading" data-testid="foreign-paragraphs">
      <h2 id="foreign-heading" className="card__title">
        {t('foreignTitle')} {paragraphs && <span className="count">{paragraphs.length}</span>}
      </h2>
      {paragraphs === undefined ? (
        <p className="muted small">{t('foreignChecking')}</p>
      ) : paragraphs.length === 0 ? (
        <p className="muted small">{t('foreignNone')}</p>
      ) : (
        <ul className="foreign-paragraphs__list">
          {paragraphs.map((p) => (
            <li key={p.paragraph} data-testid="foreign-paragraph" data-lang={p.lang}>
              <span className="small muted">{t('foreignItem', { paragraph: p.paragraph + 1, lang: `${p.lang} — ${languageName(p.lang)}`, confidence: Math.round(p.confidence * 100) })}</span>
              <span className="foreign-paragraphs__text" lang={p.lang}>
                {segments[p.segmentIndex]?.text ?? ''}
              </span>
              {p.segmentIndex >= 0 && (
                <button type="button" className="button button--small" data-testid="foreign-jump" onClick={() => onJump(p.segmentIndex)}>
                  {t('jump')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
