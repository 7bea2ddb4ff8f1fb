import { useCallback } from 'react';
import type { ConceptEdit, TermRef } from '../../../glossary/conceptOps';
import { glossaryRepository } from '../../db/glossaryRepository';
import type { GlossaryConceptRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { entryLabel } from './filterEntries';
import { glossaryMessages } from './messages';

/** The reviewer's operations on entries, each reporting its outcome (or error) as a notice. */
export function useGlossaryActions() {
  const { notify } = useNotifications();
  const t = useT(glossaryMessages);
  const errorMessage = useErrorMessage();

  const attempt = useCallback(
    async <T,>(work: () => Promise<T>, done?: string): Promise<T | undefined> => {
      try {
        const result = await work();
        if (done !== undefined) notify('success', done);
        return result;
      } catch (error) {
        notify('error', t('actionFailed', { error: errorMessage(error) }));
        return undefined;
      }
    },
    [errorMessage, notify, t],
  );

  return {
    approve: (r: Stored<GlossaryConceptRecord>) => attempt(() => glossaryRepository.approve(r.id), t('approved', { term: entryLabel(r) })),
    reject: (r: Stored<GlossaryConceptRecord>) => attempt(() => glossaryRepository.reject(r.id), t('rejected', { term: entryLabel(r) })),
    unreject: (r: Stored<GlossaryConceptRecord>) => attempt(() => glossaryRepository.unreject(r.id), t('restored', { term: entryLabel(r) })),
    edit: (r: Stored<GlossaryConceptRecord>, edit: ConceptEdit) => attempt(() => glossaryRepository.edit(r.id, edit)),
    merge: (targetId: number, otherId: number) => attempt(() => glossaryRepository.merge(targetId, otherId), t('merged')),
    split: (r: Stored<GlossaryConceptRecord>, terms: TermRef[]) => attempt(() => glossaryRepository.split(r.id, terms), t('splitDone')),
  };
}

export type GlossaryActions = ReturnType<typeof useGlossaryActions>;
