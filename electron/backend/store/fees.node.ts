import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { formatDecimal, sumDecimals } from '../../../shared/model/decimal';
import { FeeInvoiceSchema, FeeListSchema, type FeeInvoice, type FeeList } from '../../../shared/model/fees';
import { partyKey } from '../../../shared/fees/match';
import type { FeeInvoiceSummary, FeeListOrigin, FeeListSummary, FeePeriod, StoredFeeList } from '../../../shared/fees/schema';

interface ListRow {
  id: string;
  origin: FeeListOrigin;
  body: string;
  updated_at: string;
}

interface InvoiceRow {
  id: string;
  body: string;
  amount: string;
  source_file: string | null;
  updated_at: string;
}

const listSummary = (list: FeeList, origin: FeeListOrigin, updatedAt: string): FeeListSummary => ({
  id: list.id,
  party: list.party,
  titleZh: list.titleZh,
  titleEn: list.titleEn,
  example: list.example,
  validFrom: list.validFrom,
  validTo: list.validTo ?? null,
  items: list.items.length,
  origin,
  updatedAt,
});

const invoiceSummary = (invoice: FeeInvoice, row: Pick<InvoiceRow, 'amount' | 'source_file' | 'updated_at'>): FeeInvoiceSummary => ({
  id: invoice.id,
  party: invoice.party,
  invoiceNo: invoice.invoiceNo,
  invoiceDate: invoice.invoiceDate,
  currency: invoice.currency,
  lines: invoice.lines.length,
  amount: row.amount,
  sourceFile: row.source_file,
  updatedAt: row.updated_at,
});

function notFound(what: { zh: string; en: string }, id: string): AppError {
  return new AppError({
    code: 'NOT_FOUND',
    field: 'id',
    messageZh: `找不到${what.zh}（${id}），可能已被删除。`,
    messageEn: `${what.en} ${id} was not found; it may have been deleted.`,
    details: { id },
  });
}

const LIST = { zh: '收费清单', en: 'Fee list' };
const INVOICE = { zh: '收费发票', en: 'Fee invoice' };

/** An invoice to store: `id` is kept when it replaces a stored one, else a fresh one is given. */
export interface InvoiceToStore {
  invoice: Omit<FeeInvoice, 'id'> & { id?: string };
  sourceFile: string | null;
}

/**
 * The fee lists and fee invoices (migration 11). Bodies are stored as the shared schemas parse
 * them and parsed again on the way out, so a row edited outside the app cannot reach the audit
 * unchecked.
 */
export class FeeRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  lists(): FeeListSummary[] {
    const rows = this.db.prepare('SELECT id, origin, body, updated_at FROM fee_lists WHERE deleted_at IS NULL ORDER BY party_name, valid_from DESC').all() as ListRow[];
    return rows.map((r) => listSummary(FeeListSchema.parse(JSON.parse(r.body)), r.origin, r.updated_at));
  }

  /** Every live list in full: what the audit reads. */
  allLists(): FeeList[] {
    const rows = this.db.prepare('SELECT body FROM fee_lists WHERE deleted_at IS NULL ORDER BY valid_from').all() as { body: string }[];
    return rows.map((r) => FeeListSchema.parse(JSON.parse(r.body)));
  }

  list(id: string): StoredFeeList {
    const row = this.db.prepare('SELECT id, origin, body, updated_at FROM fee_lists WHERE id = ? AND deleted_at IS NULL').get(id) as ListRow | undefined;
    if (!row) throw notFound(LIST, id);
    return { list: FeeListSchema.parse(JSON.parse(row.body)), origin: row.origin, updatedAt: row.updated_at };
  }

  /**
   * Creates or replaces a list. `baseUpdatedAt`: the save the editor started from; a newer save
   * in between is refused instead of overwritten. A shipped example edited by hand becomes the
   * broker's own ('user'), and the seed loader leaves it alone from then on.
   */
  saveList(input: FeeList, origin: FeeListOrigin, baseUpdatedAt?: string): FeeListSummary {
    const list = FeeListSchema.parse(input);
    const now = this.now().toISOString();
    return this.db.transaction(() => {
      const existing = this.db.prepare('SELECT updated_at, deleted_at FROM fee_lists WHERE id = ?').get(list.id) as { updated_at: string; deleted_at: string | null } | undefined;
      if (existing && baseUpdatedAt !== undefined && existing.updated_at !== baseUpdatedAt) {
        throw new AppError({
          code: 'CONFLICT',
          field: 'baseUpdatedAt',
          messageZh: `收费清单「${list.titleZh}」已在别处更改（${existing.updated_at}），请重新打开后再保存。`,
          messageEn: `Fee list "${list.titleEn}" was changed elsewhere (${existing.updated_at}); reopen it before saving.`,
          details: { id: list.id, updatedAt: existing.updated_at },
        });
      }
      const values = {
        id: list.id,
        partyKey: partyKey(list.party),
        partyName: list.party.name,
        partyKind: list.party.kind,
        validFrom: list.validFrom,
        validTo: list.validTo ?? null,
        example: list.example ? 1 : 0,
        origin,
        body: JSON.stringify(list),
        now,
      };
      if (existing) {
        this.db
          .prepare(
            `UPDATE fee_lists SET party_key = @partyKey, party_name = @partyName, party_kind = @partyKind, valid_from = @validFrom,
               valid_to = @validTo, example = @example, origin = @origin, body = @body, updated_at = @now, deleted_at = NULL WHERE id = @id`,
          )
          .run(values);
      } else {
        this.db
          .prepare(
            `INSERT INTO fee_lists (id, party_key, party_name, party_kind, valid_from, valid_to, example, origin, body, created_at, updated_at)
             VALUES (@id, @partyKey, @partyName, @partyKind, @validFrom, @validTo, @example, @origin, @body, @now, @now)`,
          )
          .run(values);
      }
      return listSummary(list, origin, now);
    })();
  }

  /** The live list of this party that starts on this date, if any: an import of the same list replaces it. */
  listIdFor(list: Pick<FeeList, 'party' | 'validFrom'>): string | null {
    const row = this.db
      .prepare('SELECT id FROM fee_lists WHERE party_key = ? AND valid_from = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1')
      .get(partyKey(list.party), list.validFrom) as { id: string } | undefined;
    return row?.id ?? null;
  }

  deleteList(id: string): void {
    const info = this.db.prepare('UPDATE fee_lists SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now().toISOString(), id);
    if (info.changes === 0) throw notFound(LIST, id);
  }

  /**
   * The shipped example lists: added when this profile has never had them (a deleted one stays
   * deleted), refreshed when the app ships a new version of one nobody has edited.
   */
  loadSeedLists(lists: readonly FeeList[]): void {
    const origins = this.db.prepare('SELECT origin, deleted_at, body FROM fee_lists WHERE id = ?');
    this.db.transaction(() => {
      for (const list of lists) {
        const row = origins.get(list.id) as { origin: FeeListOrigin; deleted_at: string | null; body: string } | undefined;
        if (!row) this.saveList(list, 'seed');
        else if (row.origin === 'seed' && row.deleted_at === null && row.body !== JSON.stringify(FeeListSchema.parse(list))) this.saveList(list, 'seed');
      }
    })();
  }

  invoices(period: FeePeriod = {}): FeeInvoiceSummary[] {
    return this.invoiceRows(period).map((r) => invoiceSummary(FeeInvoiceSchema.parse(JSON.parse(r.body)), r));
  }

  /** Every live invoice of the period in full, oldest first: what the audit reads. */
  allInvoices(period: FeePeriod = {}): FeeInvoice[] {
    return this.invoiceRows(period)
      .reverse()
      .map((r) => FeeInvoiceSchema.parse(JSON.parse(r.body)));
  }

  invoice(id: string): FeeInvoice {
    const row = this.db.prepare('SELECT body FROM fee_invoices WHERE id = ? AND deleted_at IS NULL').get(id) as { body: string } | undefined;
    if (!row) throw notFound(INVOICE, id);
    return FeeInvoiceSchema.parse(JSON.parse(row.body));
  }

  /**
   * Stores invoices in one transaction. An invoice whose party and number are already stored
   * replaces that one (keeping its id): importing the same statement twice must not double
   * every charge, and the duplicate-charge rule would then flag them all.
   */
  saveInvoices(items: readonly InvoiceToStore[]): { saved: FeeInvoiceSummary[]; created: number; updated: number } {
    const now = this.now().toISOString();
    const find = this.db.prepare('SELECT id FROM fee_invoices WHERE party_key = ? AND invoice_no = ? AND deleted_at IS NULL');
    const insert = this.db.prepare(
      `INSERT INTO fee_invoices (id, party_key, party_name, invoice_no, invoice_date, currency, amount, line_count, body, source_file, created_at, updated_at)
       VALUES (@id, @partyKey, @partyName, @invoiceNo, @invoiceDate, @currency, @amount, @lineCount, @body, @sourceFile, @now, @now)`,
    );
    const update = this.db.prepare(
      `UPDATE fee_invoices SET party_key = @partyKey, party_name = @partyName, invoice_no = @invoiceNo, invoice_date = @invoiceDate, currency = @currency,
         amount = @amount, line_count = @lineCount, body = @body, source_file = @sourceFile, updated_at = @now WHERE id = @id`,
    );
    return this.db.transaction(() => {
      const saved: FeeInvoiceSummary[] = [];
      let created = 0;
      let updated = 0;
      for (const item of items) {
        const key = partyKey(item.invoice.party);
        const existing = find.get(key, item.invoice.invoiceNo) as { id: string } | undefined;
        const id = existing?.id ?? item.invoice.id ?? randomUUID();
        const invoice = FeeInvoiceSchema.parse({ ...item.invoice, id });
        const amount = formatDecimal(sumDecimals(invoice.lines.map((l) => l.amount)), 2);
        const values = {
          id,
          partyKey: key,
          partyName: invoice.party.name,
          invoiceNo: invoice.invoiceNo,
          invoiceDate: invoice.invoiceDate,
          currency: invoice.currency,
          amount,
          lineCount: invoice.lines.length,
          body: JSON.stringify(invoice),
          sourceFile: item.sourceFile,
          now,
        };
        if (existing) {
          update.run(values);
          updated++;
        } else {
          insert.run(values);
          created++;
        }
        saved.push(invoiceSummary(invoice, { amount, source_file: item.sourceFile, updated_at: now }));
      }
      return { saved, created, updated };
    })();
  }

  deleteInvoice(id: string): void {
    const info = this.db.prepare('UPDATE fee_invoices SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now().toISOString(), id);
    if (info.changes === 0) throw notFound(INVOICE, id);
  }

  private invoiceRows(period: FeePeriod): InvoiceRow[] {
    return this.db
      .prepare(
        `SELECT id, body, amount, source_file, updated_at FROM fee_invoices
         WHERE deleted_at IS NULL AND (@from IS NULL OR invoice_date >= @from) AND (@to IS NULL OR invoice_date <= @to)
         ORDER BY invoice_date DESC, invoice_no DESC`,
      )
      .all({ from: period.from ?? null, to: period.to ?? null }) as InvoiceRow[];
  }
}
