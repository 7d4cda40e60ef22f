import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';
import { sameParty } from '../../../shared/fees/match';
import { FeeListSchema, type ChargingParty } from '../../../shared/model/fees';
import type { FeeInvoiceImportInput, FeeInvoiceImportResult, FeeListImportInput, FeeListImportResult } from '../../../shared/fees/schema';
import type { ImportService } from '../import/service.node';
import type { ImportRun } from '../import/pipeline.node';
import type { Store } from '../store/store.node';
import type { InvoiceToStore } from '../store/fees.node';
import { declarationIndex } from '../tracking/declaration-index.node';

/**
 * fees.importList and fees.importInvoices: the domain importer reads, maps and checks the sheet
 * (import.preview shows the same), then one transaction writes the list or the invoices.
 */
export interface FeeImportDeps {
  imports: ImportService;
  store: Store;
}

function builtWrong(run: ImportRun, wanted: string): Error {
  return new Error(`the ${wanted} import built ${run.builder.output} output`);
}

/** A party's list from its sheet; the live list of the same party starting the same day is replaced. */
export async function importFeeList(input: FeeListImportInput, deps: FeeImportDeps): Promise<FeeListImportResult> {
  const { header } = input;
  const result = await deps.imports.importFees(input, undefined, (run) => {
    if (run.builder.output !== 'fee-list') throw builtWrong(run, 'fee-list');
    const party: ChargingParty = { kind: header.partyKind, name: header.partyName, ...(header.uscc ? { uscc: header.uscc } : {}) };
    const existing = deps.store.fees.listIdFor({ party, validFrom: header.validFrom });
    const parsed = FeeListSchema.safeParse({
      id: existing ?? randomUUID(),
      party,
      titleZh: header.titleZh ?? `${header.partyName} 收费清单`,
      titleEn: header.titleEn ?? `${header.partyName} fee list`,
      example: false,
      validFrom: header.validFrom,
      ...(header.validTo ? { validTo: header.validTo } : {}),
      items: run.builder.items(),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = String(issue?.path[0] ?? '');
      throw new AppError(
        path === 'validTo'
          ? {
              code: 'INVALID_INPUT',
              field: 'header.validTo',
              messageZh: `收费清单的有效期止（${header.validTo ?? ''}）早于有效期起（${header.validFrom}）。`,
              messageEn: `The list's valid-to date (${header.validTo ?? ''}) is before its valid-from date (${header.validFrom}).`,
            }
          : { code: 'INVALID_INPUT', field: `header.${path}`, messageZh: `收费清单无效：${issue?.message ?? ''}`, messageEn: `The fee list is not valid: ${issue?.message ?? ''}` },
      );
    }
    return { list: deps.store.fees.saveList(parsed.data, 'import'), replaced: existing !== null };
  });
  if (!result.written) return result;
  return { written: true, list: result.value.list, replaced: result.value.replaced, skippedRejected: result.skippedRejected, preview: result.preview };
}

/**
 * Invoices from a sheet, grouped by (party, invoice no.). A party named as a stored list names it
 * takes that list's party (kind and USCC), so the audit finds the list; a 报关单号 the profile has
 * ties the line to that declaration (else B/L and container do, at audit time). An invoice already
 * stored under the same party and number is replaced, not doubled.
 */
export async function importFeeInvoices(input: FeeInvoiceImportInput, deps: FeeImportDeps): Promise<FeeInvoiceImportResult> {
  const result = await deps.imports.importFees(input, input.defaults, (run) => {
    if (run.builder.output !== 'fee-invoice') throw builtWrong(run, 'fee-invoice');
    const lists = deps.store.fees.allLists();
    const declarations = declarationIndex(deps.store.db);
    const items: InvoiceToStore[] = run.builder.invoices().map(({ invoice, entryIds }) => {
      const known = lists.find((l) => sameParty(l.party, invoice.party))?.party;
      const party = known && !invoice.party.uscc ? known : invoice.party;
      const lines = invoice.lines.map((line) => {
        const entryId = entryIds.get(line.lineNo);
        const found = entryId ? declarations.find({ entryId, clientSeqNo: '', billNo: '', reference: '' }) : null;
        return found?.kind === 'found' ? { ...line, declarationId: found.id } : line;
      });
      return { invoice: { ...invoice, party, lines }, sourceFile: input.file.fileName };
    });
    return deps.store.fees.saveInvoices(items);
  });
  if (!result.written) return result;
  const { saved, created, updated } = result.value;
  return { written: true, invoices: saved, created, updated, skippedRejected: result.skippedRejected, preview: result.preview };
}
