import { useEffect, useState } from 'react';
import type { WordComparison } from '../../../shared/compare/wordDiff';
import type { DocumentSummary } from '../../db/repository';
import { isCancelled } from '../../engine/engineClient';
import { useEngineTask } from '../../engine/useEngineTask';
import { useErrorMessage } from '../../shell/NotificationsProvider';

export type ComparisonState = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: WordComparison } | { status: 'failed'; message: string };

/** The failure is kept as the error, so its message follows the UI language. */
type RunState = Exclude<ComparisonState, { status: 'failed' }> | { status: 'failed'; error: unknown };

/** Compares two documents' texts in the engine worker whenever either changes (a newer request cancels the older one). */
export function useWordComparison(left: DocumentSummary | undefined, right: DocumentSummary | undefined): ComparisonState {
  const { run } = useEngineTask('compareWords');
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const errorMessage = useErrorMessage();
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
        if (current && !isCancelled(error)) setState({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [ready, leftText, rightText, leftLang, rightLang, run]);

  return state.status === 'failed' ? { status: 'failed', message: errorMessage(state.error) } : state;
}
