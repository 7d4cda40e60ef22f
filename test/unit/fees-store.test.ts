import { describe, expect, it } from 'vitest';
import type { FeeAuditReport, FeeInvoiceSummary, FeeListSummary, StoredFeeList } from '../../shared/fees/schema';
import type { FeeInvoice } from '../../shared/model/fees';
import { validImport } from '../fixtures/declarations';
import { box40, exampleBroker, exampleTerminal } from '../fixtures/fees/build';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { openProfileDb } from './helpers/tracking-profile';

const tempProfile = useTempProfiles();

const terminalInvoice = (invoiceNo: string, amount: string, extra: Partial<FeeInvoice['lines'][number]> = {}): Omit<FeeInvoice, 'id'> & { id: string } => ({
  id: `inv-${invoiceNo}`,
  party: exampleTerminal,
  invoiceNo,
  invoiceDate: '2025-03-10',
  currency: 'CNY',
  lines: [{ lineNo: 1, itemName: '查验移箱费', quantity: '1', unit: 'container', unitPrice: amount, amount, serviceDate: '2025-03-09', ...box40, ...extra }],
});

describe('fee lists and invoices in the profile', () => {
  it('ships the three example lists, keeps a broker edit, and does not bring back a deleted example', async () => {
    const profile = tempProfile();
    let backend = syncBackend(profile);
    const lists = await ok<FeeListSummary[]>(backend, 'fees.lists');
    expect(lists.map((l) => l.id).sort()).toEqual(['example-broker-2024', 'example-line-2024', 'example-terminal-2024']);
    expect(lists.every((l) => l.example && l.origin === 'seed')).toBe(true);

    const terminal = await ok<StoredFeeList>(backend, 'fees.list', { id: 'example-terminal-2024' });
    const edited = { ...terminal.list, items: terminal.list.items.map((i) => (i.code === 'TERMINAL-LUMP-SUM' ? { ...i, rate: '900.00' } : i)) };
    await ok(backend, 'fees.saveList', { list: edited, baseUpdatedAt: terminal.updatedAt });
    // A second save from the same stale start is refused, not silently overwritten.
    const stale = await failure(backend, 'fees.saveList', { list: terminal.list, baseUpdatedAt: terminal.updatedAt });
    expect(stale.code).toBe('CONFLICT');
    await ok(backend, 'fees.deleteList', { id: 'example-broker-2024' });
    await backend.close();

    backend = syncBackend(profile);
    const again = await ok<FeeListSummary[]>(backend, 'fees.lists');
    expect(again.map((l) => l.id).sort()).toEqual(['example-line-2024', 'example-terminal-2024']);
    expect(again.find((l) => l.id === 'example-terminal-2024')?.origin).toBe('user');
    const reread = await ok<StoredFeeList>(backend, 'fees.list', { id: 'example-terminal-2024' });
    expect(reread.list.items.filter((i) => i.code === 'TERMINAL-LUMP-SUM').map((i) => i.rate)).toContain('900.00');
    await backend.close();
  });

  it('replaces an invoice saved again under the same party and number instead of doubling it', async () => {
    const backend = syncBackend(tempProfile());
    const first = await ok<FeeInvoiceSummary>(backend, 'fees.saveInvoice', { invoice: terminalInvoice('T-1', '150.00') });
    const second = await ok<FeeInvoiceSummary>(backend, 'fees.saveInvoice', { invoice: { ...terminalInvoice('T-1', '120.00'), id: 'another-id' } });
    expect(second.id).toBe(first.id);
    const stored = await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: { from: '2025-03-01', to: '2025-03-31' } });
    expect(stored.map((s) => [s.invoiceNo, s.amount])).toEqual([['T-1', '120.00']]);
    expect(await ok<FeeInvoiceSummary[]>(backend, 'fees.invoices', { period: { from: '2025-04-01' } })).toEqual([]);
    const bad = await failure(backend, 'fees.invoices', { period: { from: '2025-04-01', to: '2025-03-01' } });
    expect(bad.code).toBe('INVALID_INPUT');
    await backend.close();
  });

  it('links a line to its declaration by bill of lading and reads the inspection result from the tracking events', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    const draft = validImport();
    const billNo = draft.head.billNo ?? 'MISSING';
    const documentId = await saveNew(backend, { kind: 'declaration', data: draft });
    await ok(backend, 'fees.saveInvoice', { invoice: terminalInvoice('T-2', '150.00', { blNo: billNo.toLowerCase() }) });

    // Nothing known of the inspection yet: a line to check, not a dispute.
    let report = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    const [audit] = report.invoices;
    expect(audit?.links).toEqual([{ lineNo: 1, declarationId: documentId, declarationTitle: expect.any(String), by: 'bl', inspection: 'unknown' }]);
    expect(audit?.findings.find((f) => f.ruleId === 'FEE-007')?.severity).toBe('review');

    await ok(backend, 'tracking.addEvent', { documentId, kind: 'inspection-done', at: '2025-03-09T08:00:00+08:00', outcome: 'no-problem' });
    report = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    const inspection = report.invoices[0]?.findings.find((f) => f.ruleId === 'FEE-007');
    expect(inspection).toMatchObject({ severity: 'dispute', atStake: '150.00' });
    expect(inspection?.messageZh).toContain('查验未发现问题');
    expect(report.invoices[0]?.links[0]?.inspection).toBe('no-problem');
    expect(report.overall).toEqual([expect.objectContaining({ currency: 'CNY', invoiced: '150.00', disputed: '150.00' })]);
    expect(report.usesExampleLists).toBe(true);
    expect(report.sources.map((s) => s.id)).toContain('S41');

    // An outcome belongs to inspection-done only.
    const wrong = await failure(backend, 'tracking.addEvent', { documentId, kind: 'released', at: '2025-03-09T09:00:00+08:00', outcome: 'no-problem' });
    expect(wrong.code).toBe('INVALID_INPUT');
    const db = openProfileDb(profile);
    expect(db.prepare("SELECT outcome FROM tracking_events WHERE kind = 'inspection-done'").all()).toEqual([{ outcome: 'no-problem' }]);
    db.close();
    await backend.close();
  });

  it('audits one party or chosen invoices only, and totals per party and month', async () => {
    const backend = syncBackend(tempProfile());
    await ok(backend, 'fees.saveInvoice', { invoice: terminalInvoice('T-3', '150.00') });
    await ok(backend, 'fees.saveInvoice', {
      invoice: { id: 'b-1', party: exampleBroker, invoiceNo: 'B-1', invoiceDate: '2025-04-02', lines: [{ lineNo: 1, itemName: '仓储管理费', quantity: '1', unitPrice: '180.00', amount: '180.00' }] },
    });
    const all = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    expect(all.byMonth.map((m) => [m.label, m.invoiced])).toEqual([
      ['2025-03', '150.00'],
      ['2025-04', '180.00'],
    ]);
    expect(all.byParty.map((p) => p.label).sort()).toEqual([exampleBroker.name, exampleTerminal.name].sort());
    const brokerKey = all.byParty.find((p) => p.label === exampleBroker.name)?.key;
    const brokerOnly = await ok<FeeAuditReport>(backend, 'fees.audit', { partyKey: brokerKey });
    expect(brokerOnly.invoices.map((i) => i.invoice.invoiceNo)).toEqual(['B-1']);
    expect(brokerOnly.invoices[0]?.findings.map((f) => f.ruleId)).toEqual(['FEE-001']);
    const chosen = await ok<FeeAuditReport>(backend, 'fees.audit', { invoiceIds: ['inv-T-3'] });
    expect(chosen.invoices.map((i) => i.invoice.invoiceNo)).toEqual(['T-3']);
    await backend.close();
  });
});
