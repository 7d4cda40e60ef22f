import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { feeSeedDir, loadExampleLists, loadFeeCatalogue } from '../fixtures/fees/seeds';
import { normalizeFeeName } from '../../shared/fees';
import { FeeInvoiceLineSchema, FeeInvoiceSchema, FeeListSchema } from '../../shared/model/fees';
import { invalidInputError } from '../../shared/ipc/input-errors';

// The fee seeds (seeds/fees): the catalogue of item names and the rules that hold for everyone,
// and three example lists. Data only: a wrong fact is fixed in the JSON, and this test keeps the
// files consistent with each other and with the spec's sources.
const catalogue = loadFeeCatalogue();
const lists = loadExampleLists();
const codes = new Set(catalogue.names.map((n) => n.code));
const declaredSources = new Set(catalogue.sources.map((s) => s.id));

describe('fee seeds', () => {
  it('ships the catalogue and one example list each for a terminal, a shipping line and a broker', () => {
    expect(readdirSync(feeSeedDir).filter((f) => f.endsWith('.json')).sort()).toEqual(['catalogue.json', 'example-broker.json', 'example-shipping-line.json', 'example-terminal.json']);
    expect(lists.map((l) => l.party.kind).sort()).toEqual(['broker', 'shipping-line', 'terminal']);
  });

  it('marks every example list as one, in the data and in both titles', () => {
    for (const list of lists) {
      expect(list.example, list.id).toBe(true);
      expect(list.titleZh, list.id).toMatch(/^示例/);
      expect(list.titleEn, list.id).toMatch(/^Example/);
    }
  });

  it('refers only to item codes the catalogue names', () => {
    for (const list of lists) for (const item of list.items) {
      expect(codes.has(item.code), `${list.id} ${item.code}`).toBe(true);
      for (const inc of item.includes) expect(codes.has(inc.code), `${list.id} ${item.code} includes ${inc.code}`).toBe(true);
    }
    for (const reg of catalogue.regulations) {
      expect(codes.has(reg.code), reg.id).toBe(true);
      if (reg.kind === 'inside-lump-sum') expect(codes.has(reg.lumpSumCode), reg.id).toBe(true);
    }
  });

  it('never gives one name to two codes', () => {
    const owner = new Map<string, string>();
    for (const n of catalogue.names) {
      for (const name of [n.nameZh, n.nameEn, ...n.synonyms]) {
        const key = normalizeFeeName(name);
        expect(owner.get(key) ?? n.code, `"${name}" is both ${owner.get(key)} and ${n.code}`).toBe(n.code);
        owner.set(key, n.code);
      }
    }
  });

  it('cites declared sources, and labels every [G] fact unverified (and only those)', () => {
    const facts = [...catalogue.regulations.map((r) => ({ id: r.id, sources: r.sources, unverified: r.unverified })), ...lists.flatMap((l) => l.items.map((i) => ({ id: `${l.id}/${i.code}`, sources: i.sources, unverified: i.unverified })))];
    for (const fact of facts) {
      for (const s of fact.sources) expect(declaredSources.has(s), `${fact.id} cites ${s}`).toBe(true);
      expect(fact.unverified, fact.id).toBe(fact.sources.includes('G'));
    }
    for (const list of lists) for (const s of list.sources) expect(declaredSources.has(s), list.id).toBe(true);
  });

  it('holds the dated rules of the spec with their sources', () => {
    const reg = (id: string) => catalogue.regulations.find((r) => r.id === id);
    expect(reg('port-construction-abolished')).toMatchObject({ kind: 'abolished', code: 'PORT-CONSTRUCTION', from: '2021-01-01', sources: ['S36'], unverified: false });
    expect(reg('port-security-inside-lump-sum')).toMatchObject({ kind: 'inside-lump-sum', code: 'PORT-SECURITY', lumpSumCode: 'TERMINAL-LUMP-SUM', from: '2022-04-01', sources: ['S37'] });
    expect(reg('port-security-government-price')).toMatchObject({ kind: 'government-priced', to: '2022-03-31', unverified: true });
    expect(reg('cargo-port-dues-government-price')).toMatchObject({ kind: 'government-priced', code: 'CARGO-PORT-DUES', sources: ['S34', 'S37', 'G'] });
    expect(reg('inspection-handling-exempt')).toMatchObject({ kind: 'inspection-exempt', code: 'INSPECTION-HANDLING', sources: ['S40', 'S41'], unverified: false });
  });

  it("keeps the example line's rates as published in [S39] and the lump sum's inclusions of [S38][S37]", () => {
    const line = lists.find((l) => l.party.kind === 'shipping-line');
    const rate = (code: string, size?: string, type?: string) =>
      line?.items.filter((i) => i.code === code && i.conditions.containerSize === size && (type === undefined || i.conditions.containerType === type)).map((i) => i.rate);
    expect(rate('THC', '20', 'general')).toEqual(['850.00']);
    expect(rate('THC', '40', 'general')).toEqual(['1250.00']);
    expect(rate('DO-FEE', '20')).toEqual(['200.00']);
    expect(rate('DO-FEE', '40')).toEqual(['250.00']);
    expect(line?.items.find((i) => i.code === 'DOC-FEE' && i.conditions.direction === 'import')?.rate).toBe('500.00');
    const terminal = lists.find((l) => l.party.kind === 'terminal');
    for (const lump of terminal?.items.filter((i) => i.code === 'TERMINAL-LUMP-SUM') ?? []) {
      expect(lump.includes.map((i) => i.code)).toEqual(['INSPECTION-HANDLING', 'FUMIGATION-HANDLING', 'LASHING', 'SHIFTING', 'STUFFING-STRIPPING', 'PORT-SECURITY']);
      expect(lump.includes.find((i) => i.code === 'PORT-SECURITY')?.from).toBe('2022-04-01');
    }
  });
});

describe('fee model checks at the door', () => {
  it('refuses an invoice whose line numbers repeat, naming the line in both languages', () => {
    const parsed = FeeInvoiceSchema.safeParse({
      id: 'x',
      party: { kind: 'terminal', name: 'T' },
      invoiceNo: 'N1',
      invoiceDate: '2025-03-01',
      lines: [1, 1].map((lineNo) => ({ lineNo, itemName: '包干费', quantity: '1', unitPrice: '560', amount: '560' })),
    });
    expect(parsed.success).toBe(false);
    const error = invalidInputError(parsed.error?.issues ?? []);
    expect(error.field).toBe('lines.1.lineNo');
    expect(error.messageZh).toContain('lines.1.lineNo');
    expect(error.messageEn).toContain('行号 1 重复');
  });

  it('refuses money written as a float or with a sign, and a list that ends before it starts', () => {
    const line = { lineNo: 1, itemName: 'THC', quantity: '1', unitPrice: '850', amount: '850' };
    expect(FeeInvoiceLineSchema.safeParse(line).success).toBe(true);
    expect(FeeInvoiceLineSchema.safeParse({ ...line, amount: '8.5e2' }).success).toBe(false);
    expect(FeeInvoiceLineSchema.safeParse({ ...line, amount: '-850' }).success).toBe(false);
    const list = { ...lists[0], validFrom: '2025-01-01', validTo: '2024-12-31' };
    expect(FeeListSchema.safeParse(list).error?.issues[0]?.path).toEqual(['validTo']);
  });
});
