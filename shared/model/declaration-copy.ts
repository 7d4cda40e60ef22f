import type { DeclarationDraft, DeclarationHead } from './declaration';

/**
 * Head fields that customs (or the single window) assigns to one filed declaration. A copy or a
 * template is a new declaration, so it must never carry them: a stale 海关编号 or 统一编号 would
 * make the next submission look like an amendment of the old one.
 */
function withoutAssigned(head: DeclarationHead): DeclarationHead {
  const { seqNo: _seq, entryId: _entry, preEntryId: _pre, ieDate: _ie, dDate: _d, ...rest } = head;
  return rest;
}

/**
 * The body of a new draft made from an existing one (复制) or from a template. Without items,
 * everything that points at item numbers (containers' goods list, certificate links) is cleared
 * too. Attached documents and packing-list links belong to the original shipment and are dropped.
 */
export function copyableDraft(source: DeclarationDraft, withItems: boolean): DeclarationDraft {
  const head = withoutAssigned(source.head);
  const { items, containers, ecoRelations, attachedDocuments: _attached, packingListIds: _links, ...rest } = source;
  const copy: DeclarationDraft = { ...rest, head };
  if (withItems) {
    if (items) copy.items = items.map((item) => ({ ...item }));
    if (containers) copy.containers = containers.map((c) => ({ ...c }));
    if (ecoRelations) copy.ecoRelations = ecoRelations.map((e) => ({ ...e }));
  } else if (containers) {
    copy.containers = containers.map(({ goodsNo: _goods, ...c }) => ({ ...c }));
  }
  return copy;
}
