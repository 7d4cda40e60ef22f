import type { DocumentStatus } from '../../../../shared/model/documents';

/**
 * A draft is edited freely; a rejected declaration may be corrected too (saving it makes a new
 * draft revision, to be submitted again). Everything between queued and closed is frozen.
 */
export function isEditableStatus(status: DocumentStatus): boolean {
  return status === 'draft' || status === 'rejected';
}
