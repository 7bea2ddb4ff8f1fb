import { CONCEPT_TYPES } from '../../../glossary/model';
import { useT } from '../../i18n/useT';
import { TYPE_LABEL } from './labels';
import { glossaryMessages } from './messages';

/** One <option> per concept type (person, post, …), labelled in the UI language. */
export function ConceptTypeOptions() {
  const t = useT(glossaryMessages);
  return (
    <>
      {CONCEPT_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(TYPE_LABEL[type])}
        </option>
      ))}
    </>
  );
}
