import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

describe('backend behind the contract', () => {
  it('creates, saves and reads back a declaration draft through the call table', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    const created = await backend.call('documents.create', { kind: 'declaration', direction: 'E' });
    if (!created.ok) throw new Error(created.error.messageEn);
    const doc = created.value as { id: string; revision: number; clientSeqNo: string };
    expect(doc.revision).toBe(1);
    expect(doc.clientSeqNo).toMatch(/^CW[A-Z2-9]{4}\d{12}$/);

    const saved = await backend.call('documents.save', {
      id: doc.id,
      baseRevision: 1,
      body: { kind: 'declaration', data: { head: { ieFlag: 'E', tradeName: '上海清关贸易有限公司', billNo: 'COSU6123456789' } } },
    });
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, title: '上海清关贸易有限公司 · COSU6123456789', direction: 'E' } });

    const read = await backend.call('documents.get', { id: doc.id });
    expect(read).toMatchObject({ ok: true, value: { body: { data: { head: { billNo: 'COSU6123456789' } } } } });
    backend.close();
  });

  it('rejects bad input with a bilingual error that names the field', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    const created = await backend.call('documents.create', { kind: 'declaration' });
    if (!created.ok) throw new Error(created.error.messageEn);
    const { id } = created.value as { id: string };
    const result = await backend.call('documents.save', {
      id,
      baseRevision: 1,
      body: { kind: 'declaration', data: { head: { billNo: 'X'.repeat(33) } } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.field).toBe('body.data.head.billNo');
    expect(result.error.messageZh).toBe('提运单号不能超过 32 个字符。');
    expect(result.error.messageEn).toBe('B/L No. must be at most 32 characters.');
    backend.close();
  });

  it('answers an unknown call with UNKNOWN_CALL, not a throw', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    expect(await backend.call('documents.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    backend.close();
  });
});
