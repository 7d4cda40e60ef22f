import { AppError } from '../../../shared/ipc/errors';
import { buildDecMessage, DecMessageError, parseDecMessage } from '../../../shared/messages/dec-message';
import { declarationTitle, type DeclarationDraft } from '../../../shared/model/declaration';
import type { DocumentSummary } from '../../../shared/model/documents';
import { countBySeverity, runRules, type Phase } from '../../../shared/rules/engine';
import { declarationRules } from '../../../shared/rules/index';
import type { BundleReport } from '../../../shared/rules/finding-schema';
import type { Store } from '../store/store.node';
import { sqliteReferenceData } from '../validation/sqlite-reference.node';

/**
 * DecMessage files in and out of the profile, and the rules on a declaration that is not saved.
 * Checking a file does not import it: validating a folder of messages from an ERP must not fill
 * the broker's drafts list, nor use up ClientSeqNos.
 */

export function exportXml(store: Store, id: string, operType: 'G' | 'C' = 'G'): { fileName: string; xml: string; clientSeqNo: string } {
  const doc = store.documents.get(id);
  if (doc.body.kind !== 'declaration') {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'id',
      messageZh: `单据 ${id} 不是报关单，不能导出报文。`,
      messageEn: `Document ${id} is not a declaration; only declarations export as DecMessage XML.`,
    });
  }
  const xml = buildDecMessage(doc.body.data, { operType, clientSeqNo: doc.clientSeqNo });
  return { fileName: `${doc.clientSeqNo}.xml`, xml, clientSeqNo: doc.clientSeqNo };
}

export function parseXml(xml: string, fileName = 'DecMessage'): DeclarationDraft {
  try {
    return parseDecMessage(xml).draft;
  } catch (error) {
    if (!(error instanceof DecMessageError)) throw error;
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'xml',
      messageZh: `「${fileName}」：${error.messageZh}`,
      messageEn: `"${fileName}": ${error.messageEn}`,
    });
  }
}

/** A new declaration draft from a message; it gets its own ClientSeqNo, as every new document does. */
export function importXml(store: Store, xml: string, fileName?: string): DocumentSummary {
  const { body: _body, ...summary } = store.documents.create({ kind: 'declaration', data: parseXml(xml, fileName) });
  return summary;
}

export function validateUnsavedDraft(store: Store, draft: DeclarationDraft, phase: Phase, clientSeqNo = ''): BundleReport {
  const findings = runRules(declarationRules, draft, { phase, refs: sqliteReferenceData(store.db) });
  const counts = countBySeverity(findings);
  return {
    declaration: { documentId: '', kind: 'declaration', title: declarationTitle(draft), clientSeqNo, findings, ...counts },
    packingLists: [],
    crossDocument: [],
    ...counts,
  };
}
