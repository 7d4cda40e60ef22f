import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOutput, validatedOnce } from '../../electron/backend/validated-output';
import { CodeHitSchema, TariffLineSummarySchema } from '../../shared/codes/api';
import { HsEntrySchema } from '../../shared/codes/hs';
import { calls } from '../../shared/ipc/contract';

describe('outputs validated once', () => {
  const output = calls['codes.search'].output;
  const hit = { table: 'unit', code: '035', nameZh: '千克', aliases: ['kg'] };

  it('passes an array of hits parsed once with the element schema as it is, frozen', () => {
    const once = [validatedOnce(CodeHitSchema, hit)];
    expect(parseOutput(output, once)).toBe(once);
    expect(Object.isFrozen(once[0])).toBe(true);
    expect(Object.isFrozen(once[0]?.aliases)).toBe(true);
  });

  it('parses everything else as the contract says: plain objects, a foreign schema, a wrong shape', () => {
    expect(parseOutput(output, [hit])).toEqual([hit]);
    expect(parseOutput(output, [hit])).not.toBe(output);
    const other = validatedOnce(z.object({ table: z.string(), code: z.string(), nameZh: z.string(), hint: z.string() }), { ...hit, hint: 'x' });
    // Validated, but with another schema: parsed (and its unknown key dropped) like any object.
    expect(parseOutput(output, [other])).toEqual([{ table: 'unit', code: '035', nameZh: '千克' }]);
    expect(() => parseOutput(output, [validatedOnce(CodeHitSchema, hit), { table: 'unit', code: 35 }])).toThrow();
  });
});

describe('object outputs made of validated arrays (tariff.search)', () => {
  const output = calls['tariff.search'].output;
  const line = { code: '8471300000', nameZh: '便携式自动数据处理设备', firstUnit: '001', secondUnit: '035' };
  const hs = { code: '847130', level: 6 as const, descriptionEn: 'Portable automatic data processing machines' };

  it('passes { lines, hs } as it is when every element was validated with its own schema', () => {
    const once = { lines: [validatedOnce(TariffLineSummarySchema, line)], hs: [validatedOnce(HsEntrySchema, hs)] };
    expect(parseOutput(output, once)).toBe(once);
  });

  it('parses it when one element is not, or when a key is missing or extra', () => {
    const mixed = { lines: [validatedOnce(TariffLineSummarySchema, line), line], hs: [] };
    expect(parseOutput(output, mixed)).not.toBe(mixed);
    expect(parseOutput(output, mixed)).toEqual({ lines: [line, line], hs: [] });
    const swapped = { lines: [validatedOnce(HsEntrySchema, hs)], hs: [] };
    expect(() => parseOutput(output, swapped)).toThrow();
    expect(() => parseOutput(output, { lines: [] })).toThrow();
    const extra = { lines: [], hs: [], more: [] };
    expect(parseOutput(output, extra)).toEqual({ lines: [], hs: [] });
  });
});
