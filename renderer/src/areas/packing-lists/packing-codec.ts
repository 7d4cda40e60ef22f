import type { DocumentBody } from '../../../../shared/model/documents';
import type { PackingList } from '../../../../shared/model/packing-list';
import type { DocumentCodec } from '../editor/draft-session';

/** Lists compare as JSON: both sides come from the same editor, so key order is the same. */
export const packingListCodec: DocumentCodec<PackingList> = {
  kind: 'packing-list',
  read: (doc) => (doc.body.kind === 'packing-list' ? doc.body.data : null),
  body: (data): DocumentBody => ({ kind: 'packing-list', data }),
  same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
};
