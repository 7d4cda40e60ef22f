import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

describe('party and product libraries through the contract', () => {
  it('saves, finds by name or code, edits and soft-deletes records', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });
    const saved = await backend.call('library.save', {
      body: { kind: 'party', data: { nameZh: '上海进出口贸易有限公司', uscc: '91350100M000100Y43', customsCode: '3122240002', roles: ['domestic-trader'], creditTiers: [{ regime: 'order-282', tier: 'certified', from: '2026-04-01' }] } },
    });
    if (!saved.ok) throw new Error(saved.error.messageEn);
    const party = saved.value as { id: string; label: string; code: string };
    expect(party).toMatchObject({ label: '上海进出口贸易有限公司', code: '91350100M000100Y43' });
    await backend.call('library.save', { body: { kind: 'product', data: { partNo: 'X1-2026', nameZh: '笔记本电脑', codeTs: '8471300000' } } });

    expect(await backend.call('library.list', { kind: 'party', text: '进出口' })).toMatchObject({ ok: true, value: [{ id: party.id }] });
    expect(await backend.call('library.list', { kind: 'party', text: '9135' })).toMatchObject({ ok: true, value: [{ id: party.id }] });
    expect(await backend.call('library.list', { kind: 'product', text: '笔记本' })).toMatchObject({ ok: true, value: [{ code: 'X1-2026' }] });

    const renamed = await backend.call('library.save', { id: party.id, body: { kind: 'party', data: { nameZh: '上海进出口贸易股份有限公司' } } });
    expect(renamed).toMatchObject({ ok: true, value: { id: party.id, label: '上海进出口贸易股份有限公司' } });
    const wrongKind = await backend.call('library.save', { id: party.id, body: { kind: 'product', data: {} } });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await backend.call('library.delete', { id: party.id });
    expect(await backend.call('library.list', { kind: 'party' })).toEqual({ ok: true, value: [] });
    expect(await backend.call('library.get', { id: party.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    backend.close();
  });

  it('rejects a bad USCC length with a message that names the field', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });
    const result = await backend.call('library.save', { body: { kind: 'party', data: { uscc: '9'.repeat(19) } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'body.data.uscc' } });
    expect(result).toMatchObject({ error: { messageZh: '统一社会信用代码不能超过 18 个字符。', messageEn: 'Unified social credit code must be at most 18 characters.' } });
    backend.close();
  });
});
