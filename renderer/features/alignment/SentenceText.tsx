import { isGlossaryLang } from '../../../glossary/model';
import { TermHighlight } from '../glossary/TermHighlight';
import { useApprovedTerms } from './termsContext';

/**
 * A sentence's text as shown in the table: the one place that renders it, with the project's
 * approved glossary terms marked (hover shows the entry). Marks take no Tab stop: the grid has its own keys.
 */
export function SentenceText({ text, lang }: { text: string; lang: string }) {
  const { concepts, matcher } = useApprovedTerms();
  if (!matcher) return <>{text}</>;
  return <TermHighlight text={text} lang={isGlossaryLang(lang) ? lang : undefined} concepts={concepts} matcher={matcher} focusable={false} />;
}
