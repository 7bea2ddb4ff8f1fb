/** Message keys for the glossary's enumerations (types, statuses), written once. */
import type { ConceptType, TermStatus } from '../../../glossary/model';
import type { GlossaryConceptStatus } from '../../db/types';
import type { glossaryMessages } from './messages';

type Key = keyof (typeof glossaryMessages)['en'];

export const TYPE_LABEL: Readonly<Record<ConceptType, Key>> = {
  person: 'typePerson',
  post: 'typePost',
  organisation: 'typeOrganisation',
  place: 'typePlace',
  event: 'typeEvent',
  other: 'typeOther',
};

export const STATUS_LABEL: Readonly<Record<GlossaryConceptStatus, Key>> = {
  candidate: 'statusCandidate',
  approved: 'statusApproved',
  rejected: 'statusRejected',
};

export const TERM_STATUS_LABEL: Readonly<Record<TermStatus, Key>> = {
  preferred: 'preferred',
  admitted: 'admitted',
  deprecated: 'deprecated',
};
