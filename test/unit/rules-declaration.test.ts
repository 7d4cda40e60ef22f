import { describe, expect, it } from 'vitest';
import { declarationRules, validateBundle } from '../../shared/rules/index';
import { runRules, type RuleContext } from '../../shared/rules/engine';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { laptopItem, matchingPackingList, validImport } from '../fixtures/declarations';
import { validExport } from '../fixtures/export-declaration';
import { seedReferenceData } from './helpers/seed-reference';

const declare: RuleContext = { phase: 'declare', refs: seedReferenceData() };
const stage: RuleContext = { phase: 'stage', refs: seedReferenceData() };

function findings(doc: DeclarationDraft, ctx = declare) {
  return runRules(declarationRules, doc, ctx);
}
function ids(doc: DeclarationDraft, ctx = declare) {
  return findings(doc, ctx).map((f) => `${f.ruleId} ${f.severity} ${f.path}`);
}
function edit(change: (d: DeclarationDraft) => void): DeclarationDraft {
  const doc = validImport();
  change(doc);
  return doc;
}

describe('a complete declaration', () => {
  it('raises no error and no warning', () => {
    expect(ids(validImport())).toEqual([]);
  });

  it('raises nothing on the export golden declaration either', () => {
    expect(ids(validExport())).toEqual([]);
  });

  it('is valid with its packing list across documents', () => {
    const result = validateBundle({ declaration: validImport(), packingLists: [matchingPackingList()] }, declare);
    expect(result).toEqual({ declaration: [], packingLists: [[]], crossDocument: [] });
  });
});

describe('required fields', () => {
  it('asks for stage fields even to stage, declare fields only to declare', () => {
    const doc = edit((d) => {
      delete d.head.customMaster;
      delete d.head.tradeMode;
    });
    expect(ids(doc, stage)).toEqual(['DEC-H-002 error head.customMaster']);
    expect(ids(doc)).toEqual(['DEC-H-002 error head.customMaster', 'DEC-H-018 error head.tradeMode']);
  });

  it('names the field with the direction-specific label', () => {
    const doc = edit((d) => {
      d.head.ieFlag = 'E';
      d.head.tradeName = '  ';
    });
    const f = findings(doc).find((x) => x.ruleId === 'DEC-H-014');
    expect(f?.messageZh).toBe('请填写境内发货人（申报必填）。');
    expect(f?.messageEn).toBe('Enter the Domestic consignor (required to declare).');
  });

  it('requires item commodity code and final destination even to stage', () => {
    const doc = edit((d) => {
      d.items = [{ gNo: 1, gName: '笔记本电脑' }];
    });
    expect(ids(doc, stage)).toEqual(['DEC-I-002 error items.0.codeTs', 'DEC-I-002 error items.0.destinationCountry']);
  });
});

describe('lengths as the single window counts them', () => {
  it('counts a Chinese character as two bytes', () => {
    const doc = edit((d) => {
      d.head.copName = '上'.repeat(36); // 36 characters fit the schema's 70, but 72 bytes do not
    });
    const f = findings(doc).find((x) => x.ruleId === 'DEC-H-100');
    expect(f).toMatchObject({ path: 'head.copName', severity: 'error' });
    expect(f?.messageZh).toBe('录入单位长度为 72（中文按 2 计），不能超过 70。');
  });

  it('applies to item fields too, and to GModel as bytes', () => {
    const doc = edit((d) => {
      const item = d.items?.[0];
      if (item) {
        item.gName = '商'.repeat(128);
        item.gModel = `4|3|${'字'.repeat(126)}`;
      }
    });
    expect(ids(doc)).toEqual(expect.arrayContaining(['DEC-I-100 error items.0.gName', 'DEC-I-030 error items.0.gModel']));
  });
});

describe('identifiers', () => {
  it('checks the USCC check character and names the problem', () => {
    const doc = edit((d) => {
      d.head.agentCodeScc = '91350100M000100Y44';
    });
    expect(findings(doc).map((f) => f.messageEn)).toContain('Declarant USCC "91350100M000100Y44" has a wrong check character.');
  });

  it('checks customs codes, dates, B/L shape and container check digits', () => {
    const doc = edit((d) => {
      d.head.tradeCode = '31222400';
      d.head.ieDate = '20261131';
      d.head.billNo = 'BL';
      d.containers = [{ containerId: 'CSQU3054384', containerMd: '21', goodsNo: '1' }];
    });
    expect(ids(doc)).toEqual(
      expect.arrayContaining([
        'DEC-H-041 error head.tradeCode',
        'DEC-H-043 error head.ieDate',
        'DEC-H-042 warning head.billNo',
        'DEC-C-001 error containers.0.containerId',
      ]),
    );
  });

  it('finds a container listed twice and item numbers that do not exist', () => {
    const doc = edit((d) => {
      d.containers = [
        { containerId: 'CSQU3054383', goodsNo: '1' },
        { containerId: 'csqu3054383', goodsNo: '1,2' },
      ];
    });
    expect(ids(doc)).toEqual(['DEC-C-001 error containers.1.containerId', 'DEC-C-002 error containers.1.goodsNo']);
  });
});

describe('arithmetic (the rejection checklist)', () => {
  it('net weight above gross weight', () => {
    expect(ids(edit((d) => void (d.head.netWt = '170')))).toContain('DEC-H-051 error head.netWt');
  });

  it('packages must be a whole number of at least 1', () => {
    expect(ids(edit((d) => void (d.head.packNo = '0')))).toContain('DEC-H-052 error head.packNo');
    expect(ids(edit((d) => void (d.head.packNo = '2.5')))).toContain('DEC-H-052 error head.packNo');
  });

  it('weights under 1 kg are declared as 1', () => {
    expect(ids(edit((d) => void (d.head.netWt = '0.6')))).toContain('DEC-H-050 error head.netWt');
  });

  it('total must equal unit price times quantity within the tolerance', () => {
    const off = edit((d) => {
      const item = d.items?.[0];
      if (item) item.declTotal = '81252.00';
    });
    const f = findings(off).find((x) => x.ruleId === 'DEC-I-021');
    expect(f?.messageZh).toBe('第 1 项总价81252.00 与 单价 812.5 × 数量 100 = 81250.00 不符。');
    const within = edit((d) => {
      const item = d.items?.[0];
      if (item) item.declTotal = '81250.90';
    });
    expect(ids(within)).toEqual([]);
  });

  it('quantities must be positive numbers with at most 5 decimals; prices 4, totals 2', () => {
    const doc = edit((d) => {
      const item = d.items?.[0];
      if (!item) return;
      item.gQty = '-1';
      item.firstQty = '1.123456';
      item.declPrice = 'abc';
      item.declTotal = '81250.001';
    });
    expect(ids(doc)).toEqual(
      expect.arrayContaining([
        'DEC-I-020 error items.0.gQty',
        'DEC-I-020 error items.0.firstQty',
        'DEC-I-020 error items.0.declPrice',
        'DEC-I-020 error items.0.declTotal',
      ]),
    );
  });

  it('item numbers must be consecutive and at most 50 items', () => {
    const gap = edit((d) => void (d.items = [laptopItem(1), laptopItem(3)]));
    expect(ids(gap)).toContain('DEC-I-001 error items.1.gNo');
    const many = edit((d) => void (d.items = Array.from({ length: 51 }, (_, i) => laptopItem(i + 1))));
    expect(ids(many)).toContain('DEC-I-003 error items');
  });

  it('warns when declared and legal unit are the same but the quantities differ', () => {
    const doc = edit((d) => {
      const item = d.items?.[0];
      if (item) item.firstQty = '99';
    });
    expect(ids(doc)).toEqual(['DEC-I-022 warning items.0.firstQty']);
  });
});

describe('tariff and declaration elements', () => {
  it('rejects a code whose HS 2022 subheading does not exist, warns on a code the local tariff lacks', () => {
    const bad = edit((d) => {
      const item = d.items?.[0];
      if (item) item.codeTs = '8471990000'.replace('8471', '8499');
    });
    expect(ids(bad)).toContain('DEC-I-010 error items.0.codeTs');
    const unknown = edit((d) => {
      const item = d.items?.[0];
      if (item) item.codeTs = '0101210010';
    });
    expect(ids(unknown)).toContain('DEC-I-010 warning items.0.codeTs');
  });

  it('requires the tariff legal units and a second quantity exactly when there is a second unit', () => {
    const wrongUnit = edit((d) => {
      const item = d.items?.[0];
      if (item) item.firstUnit = '035';
    });
    expect(ids(wrongUnit)).toContain('DEC-I-011 error items.0.firstUnit');
    const noSecond = edit((d) => {
      const item = d.items?.[0];
      if (item) delete item.secondQty;
    });
    expect(ids(noSecond)).toContain('DEC-I-011 error items.0.secondQty');
  });

  it('requires every required element in order, and valid brand type and export preference', () => {
    const missing = edit((d) => {
      const item = d.items?.[0];
      if (item) item.gModel = '4|3|个人办公用||ThinkPad X1|有CPU';
    });
    const f = findings(missing).find((x) => x.ruleId === 'DEC-I-031');
    expect(f?.messageZh).toBe('第 1 项缺少申报要素 4「品牌（中文或外文名称）」。');
    const badBrand = edit((d) => {
      const item = d.items?.[0];
      if (item) item.gModel = '7|3|个人办公用|联想|ThinkPad X1|有CPU';
    });
    expect(ids(badBrand)).toContain('DEC-I-032 error items.0.gModel');
    const importPreference = edit((d) => {
      const item = d.items?.[0];
      if (item) item.gModel = '4|1|个人办公用|联想|ThinkPad X1|有CPU';
    });
    expect(ids(importPreference)).toEqual(['DEC-I-032 warning items.0.gModel']);
  });
});

describe('code tables', () => {
  it('rejects codes outside a confirmed table and only warns for an unconfirmed one', () => {
    const doc = edit((d) => {
      d.head.cutMode = '100'; // levy nature: confirmed table
      d.head.distinatePort = 'HKG999'; // ports: unconfirmed numbers
      const item = d.items?.[0];
      if (item) item.gUnit = '999';
    });
    expect(ids(doc)).toEqual(
      expect.arrayContaining(['DEC-H-200 error head.cutMode', 'DEC-H-200 warning head.distinatePort', 'DEC-I-200 error items.0.gUnit']),
    );
  });

  it('rejects a container type outside the container-type table and names the container', () => {
    const doc = edit((d) => {
      d.containers = [
        { containerId: 'CSQU3054383', containerMd: '21', goodsNo: '1' },
        { containerId: 'MSKU1234565', containerMd: '45G1', goodsNo: '1' },
      ];
    });
    const containerType = findings(doc).filter((f) => f.ruleId === 'DEC-C-200');
    expect(containerType.map((f) => `${f.severity} ${f.path}`)).toEqual(['error containers.1.containerMd']);
    expect(containerType[0]?.messageZh).toBe('第 2 个集装箱的规格「45G1」不在代码表中。');
    expect(containerType[0]?.messageEn).toBe('Container 2: type "45G1" is not in the code table.');
  });
});

describe('freight and insurance by terms', () => {
  it('asks for both on an FOB import and for freight on a C&F export', () => {
    const fobImport = edit((d) => void (d.head.transMode = '3'));
    expect(ids(fobImport)).toEqual(['DEC-H-060 warning head.feeRate', 'DEC-H-060 warning head.insurRate']);
    const cfrExport = edit((d) => {
      d.head.ieFlag = 'E';
      d.head.transMode = '2';
      const item = d.items?.[0];
      if (item) item.gModel = '4|0|个人办公用|联想|ThinkPad X1|有CPU';
    });
    expect(ids(cfrExport)).toEqual(['DEC-H-060 warning head.feeRate']);
  });
});

describe('every required header field has its own rule', () => {
  it('each DEC-H-001..032 fires, once, when its field is removed from a valid declaration', async () => {
    const { headRequiredRules } = await import('../../shared/rules/declaration/head-required');
    const fired = new Map<string, string>();
    for (const field of Object.keys(validImport().head) as (keyof DeclarationDraft['head'])[]) {
      const doc = edit((d) => {
        d.head = Object.fromEntries(Object.entries(d.head).filter(([k]) => k !== field));
      });
      for (const f of findings(doc).filter((x) => /^DEC-H-0[0-3]\d$/.test(x.ruleId))) {
        expect(f.path).toBe(`head.${field}`);
        expect(fired.has(f.ruleId)).toBe(false);
        fired.set(f.ruleId, field);
      }
    }
    expect([...fired.keys()].sort()).toEqual(headRequiredRules.map((r) => r.id).sort());
  });

  it('has unique rule ids in the catalogue', async () => {
    const { ruleCatalogue } = await import('../../shared/rules/index');
    const all = ruleCatalogue().map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(50);
  });
});
