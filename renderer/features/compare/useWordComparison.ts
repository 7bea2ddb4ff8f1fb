import { useEffect, useState } from 'react';
import type { WordComparison } from '../../../shared/compare/wordDiff';
import type { DocumentSummary } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { errorMessage } from '../../shell/NotificationsProvider';

export type ComparisonState = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: WordComparison } | { status: 'failed'; message: string };

/** Compares two documents' texts in the engine worker whenever either changes (a newer request cancels the older one). */
export function useWordComparison(left: DocumentSummary | undefined, right: DocumentSummary | undefined): ComparisonState {
  const { run } = useEngineTask('compareWords');
  const [state, setState] = useState<ComparisonState>({ status: 'idle' });
  const ready = left !== undefined && right !== undefined && left.id !== right.id;
  const leftText = left?.originalText;
  const rightText = right?.originalText;
  const leftLang = left?.lang;
  const rightLang = right?.lang;

  useEffect(() => {
    if (!ready || leftText === undefined || rightText === undefined || leftLang === undefined || rightLang === undefined) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'running' });
    run({ left: { text: leftText, lang: leftLang }, right: { text: rightText, lang: rightLang } }).then(
      (result) => {
        if (current) setState({ status: 'done', result });
      },
      (error: unknown) => {
        if (current && !isCancelled(error)) setState({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [ready, leftText, rightText, leftLang, rightLang, run]);

  return state;
}
