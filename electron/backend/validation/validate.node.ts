import type { Store } from '../store/store.node';
import type { ClearwayDocument } from '../../../shared/model/documents';
import type { PackingList } from '../../../shared/model/packing-list';
import type { Invoice } from '../../../shared/model/invoice';
import { AppError } from '../../../shared/ipc/errors';
import { countBySeverity, runRules, type Finding, type Phase, type RuleContext } from '../../../shared/rules/engine';
import { crossDocumentRules, declarationRules, packingListRules } from '../../../shared/rules/index';
import type { BundleReport, DocumentFindings } from '../../../shared/rules/finding-schema';
import { sqliteReferenceData } from './sqlite-reference.node';

function summarize(doc: ClearwayDocument, findings: Finding[]): DocumentFindings {
  return { documentId: doc.id, kind: doc.kind, title: doc.title, clientSeqNo: doc.clientSeqNo, findings, ...countBySeverity(findings) };
}

/** Invoices that name the declaration. */
function linkedInvoices(store: Store, declaration: ClearwayDocument): Invoice[] {
  return store.documents
    .linkedTo('invoice', declaration.id)
    .map((id) => store.documents.get(id).body)
    .flatMap((b) => (b.kind === 'invoice' ? [b.data] : []));
}

/** The packing lists a declaration names, plus those that name it. Trashed ones do not count. */
export function linkedPackingLists(store: Store, declaration: ClearwayDocument): ClearwayDocument[] {
  const named = declaration.body.kind === 'declaration' ? (declaration.body.data.packingListIds ?? []) : [];
  const pointing = store.documents
    .linkedTo('packing-list', declaration.id)
    .filter((id) => !named.includes(id))
    .map((id) => store.documents.get(id));
  const byName = named
    .map((id) => {
      try {
        return store.documents.get(id);
      } catch {
        return null; // a deleted link is reported by the UI, not a validation error
      }
    })
    .filter((d): d is ClearwayDocument => d !== null && d.deletedAt === null && d.kind === 'packing-list');
  return [...byName, ...pointing];
}

/**
 * Validates one document. A declaration is checked with its packing lists (X- rules); a packing
 * list on its own. Reference data is read once per call.
 */
export function validateDocument(store: Store, id: string, phase: Phase, ctx?: RuleContext): BundleReport {
  const context = ctx ?? { phase, refs: sqliteReferenceData(store.db) };
  const doc = store.documents.get(id);
  if (doc.body.kind === 'packing-list') {
    const own = summarize(doc, runRules(packingListRules, doc.body.data, context));
    return { declaration: own, packingLists: [], crossDocument: [], errors: own.errors, warnings: own.warnings };
  }
  if (doc.body.kind !== 'declaration') {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'id',
      messageZh: '发票暂无单独的校验规则，请在报关单中校验。',
      messageEn: 'Invoices have no checks of their own yet; validate the declaration instead.',
    });
  }
  const lists = linkedPackingLists(store, doc);
  const declaration = summarize(doc, runRules(declarationRules, doc.body.data, context));
  const packingLists = lists.map((l) => summarize(l, runRules(packingListRules, (l.body.data as PackingList), context)));
  const crossDocument = runRules(
    crossDocumentRules,
    { declaration: doc.body.data, packingLists: lists.map((l) => l.body.data as PackingList), invoices: linkedInvoices(store, doc) },
    context,
  );
  const cross = countBySeverity(crossDocument);
  return {
    declaration,
    packingLists,
    crossDocument,
    errors: declaration.errors + packingLists.reduce((n, p) => n + p.errors, 0) + cross.errors,
    warnings: declaration.warnings + packingLists.reduce((n, p) => n + p.warnings, 0) + cross.warnings,
  };
}

/** A whole folder of drafts (or the given ids) in one report, declarations first. */
export function validateMany(store: Store, phase: Phase, ids?: readonly string[]): BundleReport[] {
  const ctx: RuleContext = { phase, refs: sqliteReferenceData(store.db) };
  const targets = ids ?? store.documents.list({ kind: 'declaration', status: 'draft', limit: 1000 }).map((d) => d.id);
  return targets.map((id) => validateDocument(store, id, phase, ctx));
}
