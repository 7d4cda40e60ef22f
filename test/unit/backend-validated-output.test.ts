import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOutput, validatedOnce } from '../../electron/backend/validated-output';
import { CodeHitSchema } from '../../shared/codes/api';
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
