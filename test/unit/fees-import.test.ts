import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeeAuditReport, FeeInvoiceImportResult, FeeInvoiceSummary, FeeListImportResult, FeeListSummary, StoredFeeList } from '../../shared/fees/schema';
import type { ImportPreview, ImportProgress } from '../../shared/import/schema';
import type { FeeInvoice, FeeItem, FeeList } from '../../shared/model/fees';
import { validImport } from '../fixtures/declarations';
import { badStatementXlsx, BL, BROKER, lineInvoiceCsv, monthStatementXlsx, SHIPPING_LINE, statementSheet, TERMINAL, terminalFeeListXlsx, writeFeeSpreadsheets } from '../fixtures/fees/excel';
import ExcelJS from 'exceljs';
import { readBox, readFeeUnit, readRegime } from '../../electron/backend/import/fee-values';
import { guessPartyKind } from '../../electron/backend/import/build-fee-invoice';
import { stableCode } from '../../electron/backend/import/fee-codes';
import { encodeGb2312 } from './helpers/gb2312';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';

const tempProfile = useTempProfiles();

const file = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });
const listHeader = { partyKind: 'terminal', partyName: TERMINAL, validFrom: '2020-01-01' } as const;
const seedTerminal = JSON.parse(readFileSync(join(process.cwd(), 'seeds/fees/example-terminal.json'), 'utf8')) as FeeList;

/** What an imported row must carry; the seed's sources and [G] flags are not on a party's sheet. */
const essentials = (i: FeeItem | FeeList['items'][number]) => ({
  code: i.code,
  regime: i.regime,
  unit: i.unit,
  conditions: i.conditions ?? {},
  rate: Number(i.rate).toFixed(2),
  includes: i.includes ?? [],
  legalBasis: i.legalBasis,
  serviceContent: i.serviceContent,
});

const brief = (report: FeeAuditReport) =>
  report.invoices.flatMap((a) => a.findings.map((f) => `${a.invoice.invoiceNo} ${f.lineNo} ${f.ruleId} ${f.severity} ${f.atStake}`)).sort();

describe('fee lists and fee invoices imported from Excel and CSV', () => {
  it('previews both targets with the mapping the headers give, the title rows and the 合计 row left out', async () => {
    const backend = syncBackend(tempProfile());
    const list = await ok<ImportPreview>(backend, 'import.preview', { file: file('码头收费公示.xlsx', await terminalFeeListXlsx()), target: 'fee-list' });
    expect(list.headerRow).toBe(4);
    expect(list.columns.map((c) => `${c.letter}:${c.field ?? '-'}`)).toEqual([
      'A:-',
      'B:itemName',
      'C:regime',
      'D:unit',
      'E:trade',
      'F:load',
      'G:boxSize',
      'H:rate',
      'I:serviceContent',
      'J:includes',
      'K:legalBasis',
    ]);
    expect(list).toMatchObject({ missingFields: [], accepted: 13, rejectedRows: 0 });
    expect(list.rows[4]?.values).toMatchObject({ code: 'TERMINAL-LUMP-SUM', containerSize: '40', containerType: 'reefer', rate: '1160', unit: 'container' });

    const invoices = await ok<ImportPreview>(backend, 'import.preview', { file: file('对账单.xlsx', await monthStatementXlsx()), target: 'fee-invoice' });
    expect(invoices).toMatchObject({ sheet: statementSheet, headerRow: 3, accepted: 10, rejectedRows: 0, skipped: { totals: 1, blank: 2, notes: 0 } });
    // 序号 counts the statement's rows, not an invoice's lines: left unmapped, lines are numbered per invoice.
    expect(invoices.columns.map((c) => c.field)).toEqual([
      null,
      'chargingParty',
      'invoiceNo',
      'invoiceDate',
      'blNo',
      'containerId',
      'boxSize',
      'direction',
      'itemName',
      'quantity',
      'unitPrice',
      'amount',
      'serviceDate',
      'entryId',
    ]);
    expect(invoices.rows[5]?.values).toMatchObject({ invoiceNo: 'T-2025-0315', invoiceDate: '2025-03-15', itemName: '堆存费', quantity: '3', unitPrice: '16', amount: '48', containerNo: 'MSKU1234565' });
    // A mapping saved for this layout (序号 taken as the line no. after all) is applied the next time.
    await ok(backend, 'importMappings.save', { name: '码头对账单', target: 'fee-invoice', columns: invoices.columns.map((c) => ({ header: c.header, field: c.column === 0 ? 'lineNo' : c.field })) });
    const again = await ok<ImportPreview>(backend, 'import.preview', { file: file('对账单.xlsx', await monthStatementXlsx()), target: 'fee-invoice' });
    expect(again).toMatchObject({ appliedMapping: '码头对账单', accepted: 10 });
    expect(again.columns[0]).toMatchObject({ field: 'lineNo', source: 'saved' });
    expect(again.rows.map((r) => r.values.lineNo)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // A document import of a fee target is refused with the call to use.
    const wrongCall = await failure(backend, 'import.commit', { file: file('对账单.xlsx', await monthStatementXlsx()), target: 'fee-invoice' });
    expect(wrongCall.messageEn).toContain('fees.importInvoices');
    await backend.close();
  });

  it('imports a terminal list as the items it publishes, and replaces it when imported again', async () => {
    const backend = syncBackend(tempProfile());
    const changed: unknown[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'fees.changed') changed.push(payload);
    });
    const bytes = await terminalFeeListXlsx();
    const first = await ok<FeeListImportResult>(backend, 'fees.importList', { file: file('码头收费公示.xlsx', bytes), target: 'fee-list', header: listHeader });
    if (!first.written) throw new Error('not written');
    // Same party, same start: the shipped example of this terminal is the one replaced.
    expect(first).toMatchObject({ replaced: true, skippedRejected: 0, list: { id: 'example-terminal-2024', origin: 'import', example: false, items: 13, titleZh: `${TERMINAL} 收费清单` } });
    const stored = await ok<StoredFeeList>(backend, 'fees.list', { id: first.list.id });
    expect(stored.list.items.map(essentials)).toEqual(seedTerminal.items.map(essentials));
    expect(changed).toEqual([{ what: 'lists' }]);

    const again = await ok<FeeListImportResult>(backend, 'fees.importList', { file: file('码头收费公示.xlsx', bytes), target: 'fee-list', header: { ...listHeader, titleZh: '码头收费 2020 版' } });
    expect(again).toMatchObject({ written: true, replaced: true, list: { id: 'example-terminal-2024', titleZh: '码头收费 2020 版' } });
    const lists = await ok<FeeListSummary[]>(backend, 'fees.lists');
    expect(lists.map((l) => l.id).sort()).toEqual(['example-broker-2024', 'example-line-2024', 'example-terminal-2024']);

    // Another start date is another list, beside the first.
    const later = await ok<FeeListImportResult>(backend, 'fees.importList', { file: file('码头收费公示.xlsx', bytes), target: 'fee-list', header: { ...listHeader, validFrom: '2026-01-01' } });
    expect(later).toMatchObject({ written: true, replaced: false });
    expect(await ok<FeeListSummary[]>(backend, 'fees.lists')).toHaveLength(4);
    const badDates = await failure(backend, 'fees.importList', { file: file('码头收费公示.xlsx', bytes), target: 'fee-list', header: { ...listHeader, validTo: '2019-01-01' } });
    expect(badDates).toMatchObject({ code: 'INVALID_INPUT', field: 'header.validTo' });
    await backend.close();
  });

  it('groups a month statement into invoices by party and number, and updates them when it is imported again', async () => {
    const backend = syncBackend(tempProfile());
    const draft = validImport();
    draft.head.entryId = '224820251000000762';
    const declarationId = await saveNew(backend, { kind: 'declaration', data: draft });
    const bytes = await monthStatementXlsx();
    const input = { file: file('2025-03 对账单.xlsx', bytes), target: 'fee-invoice' };
    const first = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', input);
    if (!first.written) throw new Error('not written');
    expect(first).toMatchObject({ created: 3, updated: 0, skippedRejected: 0 });
    const summary = (s: FeeInvoiceSummary) => [s.party.name, s.party.kind, s.invoiceNo, s.invoiceDate, s.lines, s.amount, s.sourceFile];
    expect(first.invoices.map(summary)).toEqual([
      [TERMINAL, 'terminal', 'T-2025-0301', '2025-03-10', 5, '1728.40', '2025-03 对账单.xlsx'],
      [TERMINAL, 'terminal', 'T-2025-0315', '2025-03-15', 2, '228.00', '2025-03 对账单.xlsx'],
      [BROKER, 'broker', 'B-2025-031', '2025-03-12', 3, '730.00', '2025-03 对账单.xlsx'],
    ]);
    const broker = await ok<FeeInvoice>(backend, 'fees.invoice', { id: first.invoices[2]?.id });
    // The 报关单号 the profile has ties lines 1 and 2 to the declaration; line 3 has none.
    expect(broker.lines.map((l) => [l.lineNo, l.itemName, l.declarationId ?? null, l.blNo])).toEqual([
      [1, '报关费', declarationId, BL],
      [2, '仓储管理费', declarationId, BL],
      [3, '代理费', null, BL],
    ]);
    const terminal = await ok<FeeInvoice>(backend, 'fees.invoice', { id: first.invoices[0]?.id });
    expect(terminal.lines[1]).toEqual({
      lineNo: 2,
      itemName: '包干费',
      quantity: '1',
      unitPrice: '600',
      amount: '600',
      blNo: BL,
      containerNo: 'TGHU1111114',
      containerSize: '20',
      containerType: 'general',
      direction: 'import',
      serviceDate: '2025-03-08',
    });

    const again = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', input);
    expect(again).toMatchObject({ written: true, created: 0, updated: 3 });
    if (again.written) expect(again.invoices.map((s) => s.id)).toEqual(first.invoices.map((s) => s.id));
    expect(await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: {} })).toHaveLength(3);
    await backend.close();
  });

  it('names every rejected row by row and column in Chinese and English and writes nothing, unless asked to skip them', async () => {
    const backend = syncBackend(tempProfile());
    const input = { file: file('对账单有误.xlsx', await badStatementXlsx()), target: 'fee-invoice' };
    const refused = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', input);
    expect(refused.written).toBe(false);
    expect(refused.preview.rejectedRows).toBe(4);
    expect(refused.preview.rejected.map((r) => [r.row, r.column, r.field])).toEqual([
      [3, 'D', 'containerId'],
      [4, 'B', 'invoiceNo'],
      [5, 'F', 'amount'],
      [6, 'C', 'invoiceDate'],
    ]);
    const [box, number, amount, date] = refused.preview.rejected;
    expect(box?.reasonZh).toContain('校验位');
    expect(box?.reasonEn).toContain('check digit');
    expect(number?.reasonZh).toContain('请在表格中增加“发票号”列，或在导入时填写发票号');
    expect(number?.reasonEn).toContain('add a 发票号 / invoice no. column');
    expect(amount?.reasonEn).toBe('Amount "一百八" is not a number.');
    expect(date?.reasonZh).toBe('开票日期「2025-13-40」不是有效日期（如 2024-03-15）。');
    expect(await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: {} })).toEqual([]);

    // The invoice no. given as a default fills row 4; the others are left out.
    const skipped = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', { ...input, skipRejected: true, defaults: { invoiceNo: 'T-9' } });
    expect(skipped).toMatchObject({ written: true, created: 1, skippedRejected: 3 });
    const stored = await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: {} });
    expect(stored.map((s) => [s.invoiceNo, s.lines, s.amount])).toEqual([['T-9', 2, '1420.00']]);
    await backend.close();
  });

  it('stops when cancelled and writes nothing', async () => {
    const backend = syncBackend(tempProfile());
    const rows = Array.from({ length: 1200 }, (_, i) => `${TERMINAL},T-${Math.floor(i / 10)},2025-03-10,港口作业包干费,860`);
    const big = Buffer.from(`\ufeff收费单位,发票号,开票日期,费用名称,金额\n${rows.join('\n')}\n`, 'utf8');
    backend.onEvent((event, payload) => {
      if (event === 'import.progress' && (payload as ImportProgress).phase === 'parse') void backend.call('import.cancel', { jobId: 'fees-big' });
    });
    const result = await backend.call('fees.importInvoices', { jobId: 'fees-big', file: file('big.csv', big), target: 'fee-invoice' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', details: { jobId: 'fees-big', cancelled: true } } });
    expect(await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: {} })).toEqual([]);
    await backend.close();
  });

  it('imports a line invoice from a UTF-8 CSV with the invoice no., date and biller given as defaults', async () => {
    const backend = syncBackend(tempProfile());
    const input = { file: file('船公司发票.csv', lineInvoiceCsv()), target: 'fee-invoice' };
    const noNumber = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', input);
    expect(noNumber.written).toBe(false);
    expect(noNumber.preview.encoding).toBe('utf-8-bom');
    expect(noNumber.preview.rejected[0]?.reasonEn).toContain('No charging party: add a 收费单位 / charging party column');

    const defaults = { partyKind: 'shipping-line', partyName: SHIPPING_LINE, invoiceNo: 'L-88021', invoiceDate: '2025-03-05' };
    // The preview applies the defaults as the import will: nothing left to reject.
    const preview = await ok<ImportPreview>(backend, 'import.preview', { ...input, defaults });
    expect(preview).toMatchObject({ accepted: 4, rejectedRows: 0 });
    const result = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', { ...input, defaults });
    if (!result.written) throw new Error('not written');
    expect(result.invoices.map((s) => [s.party.name, s.invoiceNo, s.invoiceDate, s.currency, s.lines, s.amount])).toEqual([[SHIPPING_LINE, 'L-88021', '2025-03-05', 'CNY', 4, '2700.00']]);
    const report = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    expect(brief(report)).toEqual(['L-88021 3 FEE-002 dispute 50.00', 'L-88021 4 FEE-001 dispute 300.00']);

    // The same invoice saved by a Chinese Excel as GBK text reads alike, and updates the stored one.
    const gbk = Buffer.from(encodeGb2312(lineInvoiceCsv().subarray(3).toString('utf8')));
    const fromGbk = await ok<FeeInvoiceImportResult>(backend, 'fees.importInvoices', { file: file('船公司发票.csv', gbk), target: 'fee-invoice', defaults });
    expect(fromGbk).toMatchObject({ written: true, created: 0, updated: 1, preview: { encoding: 'gb18030', accepted: 4 } });
    expect(brief(await ok<FeeAuditReport>(backend, 'fees.audit', {}))).toEqual(brief(report));
    await backend.close();
  });

  it('audits the imported list and statement with the findings written in the fixture', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    // The files as the e2e picks them from a folder.
    const paths = await writeFeeSpreadsheets(join(profile, 'downloads'));
    await ok(backend, 'fees.importList', { file: file('码头收费公示.xlsx', readFileSync(paths.list)), target: 'fee-list', header: listHeader });
    await ok(backend, 'fees.importInvoices', { file: file('对账单.xlsx', readFileSync(paths.statement)), target: 'fee-invoice' });
    const report = await ok<FeeAuditReport>(backend, 'fees.audit', { period: { from: '2025-03-01', to: '2025-03-31' } });
    expect(brief(report)).toEqual(
      [
        'T-2025-0301 2 FEE-002 dispute 40.00',
        'T-2025-0301 3 FEE-003 dispute 64.00',
        'T-2025-0301 4 FEE-001 dispute 150.00',
        'T-2025-0301 4 FEE-004 dispute 150.00',
        'T-2025-0301 4 FEE-007 review 150.00',
        'T-2025-0301 5 FEE-005 review 13.60',
        'B-2025-031 2 FEE-001 dispute 180.00',
      ].sort(),
    );
    await backend.close();
  });
});

describe('fee cells as sheets write them', () => {
  it('reads box size and type together, ISO size-type codes, and refuses what is not a box', () => {
    expect(['40GP', "40'冷箱", '45', '22G1', '45R1', '20DG', "20'", '40HQ'].map(readBox)).toEqual([
      { size: '40', type: 'general' },
      { size: '40', type: 'reefer' },
      { size: '45' },
      { size: '20', type: 'general' },
      { size: '40', type: 'reefer' },
      { size: '20', type: 'dangerous' },
      { size: '20' },
      { size: '40', type: 'general' },
    ]);
    expect(['30GP', '40XX', 'GP'].map(readBox)).toEqual([null, null, null]);
  });

  it('reads units, regimes and party kinds in Chinese and English', () => {
    expect(['元/箱', '箱·天', '票报关单', '每票', '吨', '项', 'per container', 'B/L', '公斤'].map(readFeeUnit)).toEqual([
      'container',
      'day',
      'declaration',
      'bl',
      'ton',
      'item',
      'container',
      'bl',
      null,
    ]);
    expect(['政府定价', '政府指导价', '市场调节价', 'guide price', '协议价'].map(readRegime)).toEqual(['government-fixed', 'capped', 'market-published', 'capped', null]);
    expect([TERMINAL, SHIPPING_LINE, BROKER, '某某国际货运代理有限公司', '张三'].map(guessPartyKind)).toEqual(['terminal', 'shipping-line', 'broker', 'forwarder', null]);
  });

  it('makes the same code from a name every time, at most 40 characters', () => {
    expect(stableCode('码头操作费（THC）')).toBe('码头操作费THC');
    const long = '集装箱码头超长名称的收费项目'.repeat(4);
    expect(stableCode(long)).toBe(stableCode(long));
    expect(stableCode(long).length).toBeLessThanOrEqual(40);
    expect(stableCode(long)).not.toBe(stableCode(`${long}甲`));
  });

  it('reads an English list with the currency in the rate header and refuses an include it cannot resolve', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tariff');
    sheet.addRow(['Charge item', 'Unit', 'Size/Type', 'Rate (USD)', 'Includes']);
    sheet.addRow(['Terminal handling lump sum', 'per container', '40HQ', 850, 'Lashing/Shifting; D/O FEE']);
    sheet.addRow(['Bunker surcharge', 'B/L', '', 35, '']);
    sheet.addRow(['Fumigation', 'box', '20', 180, 'Free coffee']);
    const backend = syncBackend(tempProfile());
    const preview = await ok<ImportPreview>(backend, 'import.preview', { file: file('tariff.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())), target: 'fee-list' });
    expect(preview.rows.map((r) => [r.values.code, r.values.currency, r.values.unit, r.values.containerSize ?? '', r.values.includes])).toEqual([
      ['TERMINAL-LUMP-SUM', 'USD', 'container', '40', 'LASHING、SHIFTING、DO-FEE'],
      ['BUNKERSURCHARGE', 'USD', 'bl', '', ''],
    ]);
    expect(preview.rejected.map((r) => [r.row, r.column, r.field, r.value])).toEqual([[4, 'E', 'includes', 'Free coffee']]);
    expect(preview.rejected[0]?.reasonZh).toContain('包含项目「Free coffee」不是已知的收费项目');

    // Without a unit column nothing can be written: the preview says which field no column gives.
    const noUnit = await ok<ImportPreview>(backend, 'import.preview', {
      file: file('tariff.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
      target: 'fee-list',
      columns: [{ column: 1, field: null }],
    });
    expect(noUnit.missingFields).toEqual(['unit']);
    const refused = await ok<FeeListImportResult>(backend, 'fees.importList', {
      file: file('tariff.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())),
      target: 'fee-list',
      columns: [{ column: 1, field: null }],
      header: listHeader,
    });
    expect(refused.written).toBe(false);
    await backend.close();
  });
});
