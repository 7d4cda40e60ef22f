import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { buildDecMessage, normalizeDraft, parseDecMessage, DEC_NAMESPACE, type DecSign } from '../../shared/messages/dec-message';
import type { DeclarationDraft, DeclarationItem } from '../../shared/model/declaration';
import { validImport } from '../fixtures/declarations';
import { validExport } from '../fixtures/export-declaration';

const sign: DecSign = { operType: 'C', clientSeqNo: 'CWABCD261126000001', icCode: 'JJ3G900420543', copCode: '3122240001', operName: '王芳', domainId: '2' };
const golden = (name: string) => join(process.cwd(), 'test', 'fixtures', 'golden', name);

/** Element names in document order, one level below the given path. */
function childNames(xml: string, path: string[]): string[] {
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(xml) as unknown[];
  let level = doc as { [k: string]: unknown }[];
  for (const name of path) {
    const node = level.find((n) => name in n);
    level = (node?.[name] ?? []) as { [k: string]: unknown }[];
  }
  return level.map((n) => Object.keys(n)[0] as string).filter((n) => n !== '#text');
}

describe('DecMessage golden files', () => {
  for (const [name, draft] of [['import-declaration.xml', validImport()], ['export-declaration.xml', validExport()]] as const) {
    it(`${name} is written tag for tag as stored`, () => {
      const xml = buildDecMessage(draft, sign);
      // Regenerate deliberately with UPDATE_GOLDEN=1 and review the diff.
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), xml);
      expect(existsSync(golden(name)), `missing golden file ${name}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(xml).toBe(readFileSync(golden(name), 'utf8'));
    });
  }

  it('follows the spec: namespace, root element order, tag spellings', () => {
    const xml = buildDecMessage(validExport(), sign);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(xml).toContain(`<DecMessage xmlns="${DEC_NAMESPACE}" Version="4.8">`);
    expect(childNames(xml, ['DecMessage'])).toEqual([
      'DecHead', 'DecLists', 'DecContainers', 'DecLicenseDocus', 'DecRequestCerts', 'DecOtherPacks', 'DecCopLimits',
      'DecUsers', 'DecFreeTxt', 'DecSign', 'DecCopPromises', 'EdocRealation',
    ]);
    for (const tag of ['<PartenerID>', '<PromiseItmes>', '<TaxAaminMark>', '<DistinatePort>', '<GrossWet>', '<EdocFomatType>', '<DeclaratioMaterialCode>', '<CodeTS>', '<Container>']) {
      expect(xml).toContain(tag);
    }
    expect(xml).not.toContain('<DecContainer>');
    expect(xml).toContain('<Type>  </Type>');
    expect(childNames(xml, ['DecMessage', 'DecSign'])).toEqual(['OperType', 'ICCode', 'CopCode', 'OperName', 'ClientSeqNo', 'Sign', 'SignDate', 'Certificate', 'HostId', 'DomainId', 'BillSeqNo', 'Note']);
  });

  it('swaps the item countries on export and maps the overseas party by direction', () => {
    const xml = buildDecMessage(validExport(), sign);
    expect(xml).toContain('<OriginCountry>AUS</OriginCountry>');
    expect(xml).toContain('<DestinationCountry>CHN</DestinationCountry>');
    expect(xml).toContain('<OverseasConsigneeEname>SPORTSGIRL PTY LTD</OverseasConsigneeEname>');
    expect(xml).toContain('<OverseasConsignorEname></OverseasConsignorEname>');
    const imported = buildDecMessage({ ...validImport(), head: { ...validImport().head, overseasNameEn: 'LENOVO (HK) LTD' } }, sign);
    expect(imported).toContain('<OriginCountry>CHN</OriginCountry>');
    expect(imported).toContain('<OverseasConsignorEname>LENOVO (HK) LTD</OverseasConsignorEname>');
  });

  it('omits SecondQty and SecondUnit when the item has no second unit', () => {
    const draft = validImport();
    const item = draft.items?.[0] as DeclarationItem;
    delete item.secondQty;
    delete item.secondUnit;
    const xml = buildDecMessage(draft, sign);
    expect(xml).not.toContain('<SecondQty>');
    expect(xml).not.toContain('<SecondUnit>');
  });

  it('reads both golden files back into the drafts they came from', () => {
    for (const draft of [validImport(), validExport()]) {
      const parsed = parseDecMessage(buildDecMessage(draft, sign));
      expect(parsed.draft).toEqual(normalizeDraft(draft));
      expect(parsed.sign).toMatchObject({ clientSeqNo: sign.clientSeqNo, operType: 'C' });
      expect(parsed.version).toBe('4.8');
    }
  });

  it('says clearly when a file is not a declaration message', () => {
    expect(() => parseDecMessage('<Invoice/>')).toThrow(/no DecMessage root element/);
  });
});

// Values a broker might type: Chinese, Latin, digits, XML-special characters, but no leading or
// trailing spaces (trimmed on the way in) and no empty strings (empty means "not filled").
const value = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...'ABCxyz0189 上海进出口贸易&<>"\'|-./'.split('')), minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const itemArb = (gNo: number): fc.Arbitrary<DeclarationItem> =>
  fc.record(
    {
      codeTs: fc.stringMatching(/^\d{10}$/),
      gName: value(40),
      gModel: value(60),
      gQty: fc.stringMatching(/^[1-9]\d{0,5}(\.\d{1,5})?$/),
      gUnit: fc.constantFrom('001', '007', '035'),
      firstQty: fc.stringMatching(/^[1-9]\d{0,5}$/),
      firstUnit: fc.constantFrom('001', '035'),
      secondQty: fc.stringMatching(/^[1-9]\d{0,3}$/),
      secondUnit: fc.constantFrom('035'),
      declPrice: fc.stringMatching(/^\d{1,4}\.\d{4}$/),
      declTotal: fc.stringMatching(/^\d{1,6}\.\d{2}$/),
      tradeCurr: fc.constantFrom('USD', 'CNY', 'EUR'),
      originCountry: fc.constantFrom('CHN', 'VNM', 'DEU'),
      destinationCountry: fc.constantFrom('CHN', 'AUS', 'USA'),
      districtCode: fc.constantFrom('31222', '44079'),
      dutyMode: fc.constantFrom('1', '3'),
      goodsSpec: value(30),
    },
    { requiredKeys: [] },
  ).map((item) => ({ gNo, ...item }));

const draftArb: fc.Arbitrary<DeclarationDraft> = fc
  .record({
    ieFlag: fc.constantFrom('I' as const, 'E' as const),
    head: fc.record(
      {
        customMaster: fc.constantFrom('2201', '2248'),
        tradeName: value(50),
        billNo: fc.stringMatching(/^[A-Z]{4}\d{6,10}$/),
        noteS: value(100),
        grossWet: fc.stringMatching(/^[1-9]\d{0,4}(\.\d{1,5})?$/),
        overseasCode: fc.constantFrom('NO', 'AEOUS0001'),
        overseasNameZh: value(20),
        overseasNameEn: value(40),
        overseasAddr: value(40),
        markNo: value(30),
      },
      { requiredKeys: [] },
    ),
    itemCount: fc.integer({ min: 0, max: 4 }),
    containers: fc.array(fc.record({ containerId: fc.stringMatching(/^[A-Z]{4}\d{7}$/), containerMd: fc.constantFrom('11', '21'), goodsNo: fc.constant('1') }), { maxLength: 3 }),
    licences: fc.array(fc.record({ docuCode: fc.constantFrom('Y', '7'), certCode: value(20) }), { maxLength: 2 }),
    voyNo: fc.option(value(10), { nil: undefined }),
  })
  .chain((r) =>
    fc.tuple(...Array.from({ length: r.itemCount }, (_, i) => itemArb(i + 1))).map((items) => {
      const draft: DeclarationDraft = { head: { ...r.head, ieFlag: r.ieFlag } };
      if (items.length) draft.items = items;
      if (r.containers.length) draft.containers = r.containers;
      if (r.licences.length) draft.licences = r.licences;
      if (r.voyNo) draft.freeText = { voyNo: r.voyNo };
      return draft;
    }),
  );

describe('round trip model -> XML -> model', () => {
  it('is lossless for every value the message carries', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(parseDecMessage(buildDecMessage(draft, sign)).draft).toEqual(normalizeDraft(draft));
      }),
      { numRuns: 300 },
    );
  });
});
