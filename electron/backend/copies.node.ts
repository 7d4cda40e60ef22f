import { AppError } from '../../shared/ipc/errors';
import { copyableDraft } from '../../shared/model/declaration-copy';
import type { DeclarationDraft } from '../../shared/model/declaration';
import type { ClearwayDocument } from '../../shared/model/documents';
import { blankTemplateName, type TemplateSummary } from '../../shared/model/templates';
import { withDeclarant } from '../../shared/settings/declarant';
import type { Store } from './store/store.node';

/** The declaration body of a document, or a typed refusal for a packing list or an invoice. */
function declarationOf(doc: ClearwayDocument): DeclarationDraft {
  if (doc.body.kind === 'declaration') return doc.body.data;
  throw new AppError({
    code: 'INVALID_INPUT',
    field: 'id',
    messageZh: '只有报关单可以复制或存为模板。',
    messageEn: 'Only a declaration can be copied or saved as a template.',
    details: { id: doc.id, kind: doc.body.kind },
  });
}

/**
 * 复制: a new draft with its own ClientSeqNo from any declaration (a sent one included, which is
 * the usual way to file the next shipment of the same goods). The declarant code from Settings
 * fills the field where the source left it empty, as for a new draft.
 */
export function copyDeclaration(store: Store, id: string, withItems: boolean, enterpriseCode: string | null): ClearwayDocument {
  const source = declarationOf(store.documents.get(id));
  return store.documents.create({ kind: 'declaration', data: withDeclarant(copyableDraft(source, withItems), enterpriseCode) });
}

export function saveAsTemplate(store: Store, id: string, name: string): TemplateSummary {
  if (blankTemplateName(name)) {
    throw new AppError({ code: 'INVALID_INPUT', field: 'name', messageZh: '模板名称不能为空。', messageEn: 'The template name must not be empty.' });
  }
  return store.templates.save(name, declarationOf(store.documents.get(id)));
}

/**
 * A new draft from a template. Like a new or copied draft, it gets this desk's declarant code
 * (Settings) where the template left the field empty; a code the template holds is kept.
 */
export function createFromTemplate(store: Store, templateId: string, enterpriseCode: string | null): ClearwayDocument {
  return store.documents.create({ kind: 'declaration', data: withDeclarant(copyableDraft(store.templates.body(templateId), true), enterpriseCode) });
}
