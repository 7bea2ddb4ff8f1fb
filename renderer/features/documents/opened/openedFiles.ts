/**
 * Hands files opened from outside the app (command line, "Open with") to the project that imports
 * them: the command handler leaves them for a project, and that project's document importer
 * (useImportDocuments, mounted with its documents panel) claims them, so they go through the normal
 * import path with its progress and messages. Files wait until a claimer for their project exists.
 */
import type { PickedFile } from '../../../../shared/ipc';

type Claimer = (files: PickedFile[]) => void;

export interface OpenedFilesInbox {
  /** Leaves files for `projectId`; delivered at once when its importer is mounted. */
  deliver(projectId: number, files: PickedFile[]): void;
  /** Registers the importer of `projectId`; waiting files go to it now. Returns the unregister function. */
  claim(projectId: number, claimer: Claimer): () => void;
}

export function createOpenedFilesInbox(): OpenedFilesInbox {
  const waiting = new Map<number, PickedFile[]>();
  const claimers = new Map<number, Claimer>();
  const hand = (projectId: number): void => {
    const claimer = claimers.get(projectId);
    const files = waiting.get(projectId);
    if (!claimer || !files?.length) return;
    waiting.delete(projectId);
    claimer(files);
  };
  return {
    deliver(projectId, files) {
      waiting.set(projectId, [...(waiting.get(projectId) ?? []), ...files]);
      hand(projectId);
    },
    claim(projectId, claimer) {
      claimers.set(projectId, claimer);
      hand(projectId);
      return () => {
        if (claimers.get(projectId) === claimer) claimers.delete(projectId);
      };
    },
  };
}

/** The app's inbox. */
export const openedFilesInbox = createOpenedFilesInbox();
