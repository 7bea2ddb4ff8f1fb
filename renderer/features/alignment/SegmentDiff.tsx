import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { wordDiff } from './textDiff';

/**
 * An edited sentence compared with its original text, word by word: deletions struck through,
 * insertions underlined, each also named in words for screen readers (colour is never the only cue).
 */
export function SegmentDiff({ original, text, id }: { original: string; text: string; id: string }) {
  const t = useT(messages);
  const parts = useMemo(() => wordDiff(original, text), [original, text]);
  return (
    <span className="seg-diff" id={id} role="note" data-testid="segment-diff">
      <span className="seg-diff__heading">{t('diffHeading')}</span>
      <span className="seg-diff__body">
        {parts.map((part, k) =>
          part.kind === 'same' ? (
            <span key={k}>{part.text}</span>
          ) : part.kind === 'deleted' ? (
            <del key={k} className="seg-diff__del" data-testid="diff-deleted">
              <span className="visually-hidden">[{t('deleted')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <ins key={k} className="seg-diff__ins" data-testid="diff-inserted">
              <span className="visually-hidden">[{t('inserted')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ),
        )}
      </span>
    </span>
  );
}
