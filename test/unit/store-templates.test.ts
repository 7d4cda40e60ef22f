import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { ok } from '../fixtures/import/files';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const open = () => new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });

/** A declaration that customs has numbered, linked to a packing list, with two items. */
const filed: DeclarationDraft = {
  head: {
    ieFlag: 'E',
    tradeName: '宁波海天机械有限公司',
    tradeMode: '0110',
    seqNo: '000000001234567890',
    entryId: '310120260000123456',
    ieDate: '20260105',
    dDate: '20260104',
    billNo: 'COSU123',
  },
  items: [
    { gNo: 1, codeTs: '8471300000', gName: '笔记本电脑' },
    { gNo: 2, codeTs: '8473309000', gName: '电脑零件' },
  ],
  containers: [{ containerId: 'CSQU3054383', goodsNo: '1,2' }],
  packingListIds: ['pl-1'],
  attachedDocuments: [{ edocId: 'E1', sourceDocumentId: 'pl-1' }],
};

async function seeded(backend: Backend) {
  const doc = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'E' });
  await ok(backend, 'documents.save', { id: doc.id, baseRevision: 1, body: { kind: 'declaration', data: filed } });
  return doc;
}

describe('copies and templates through the contract', () => {
  it('copies a declaration with and without items, each with its own ClientSeqNo and no customs numbers', async () => {
    const backend = open();
    const source = await seeded(backend);
    const withItems = await ok(backend, 'documents.copy', { id: source.id, withItems: true });
    const bare = await ok(backend, 'documents.copy', { id: source.id, withItems: false });
    expect(new Set([source.clientSeqNo, withItems.clientSeqNo, bare.clientSeqNo]).size).toBe(3);
    expect(withItems).toMatchObject({ status: 'draft', revision: 1, direction: 'E', title: '宁波海天机械有限公司 · COSU123' });
    if (withItems.body.kind !== 'declaration' || bare.body.kind !== 'declaration') throw new Error('not a declaration');
    const head = withItems.body.data.head;
    expect(head).toMatchObject({ ieFlag: 'E', tradeMode: '0110', billNo: 'COSU123' });
    for (const assigned of ['seqNo', 'entryId', 'ieDate', 'dDate'] as const) expect(head[assigned]).toBeUndefined();
    expect(withItems.body.data.items?.map((i) => i.gName)).toEqual(['笔记本电脑', '电脑零件']);
    expect(withItems.body.data.containers).toEqual([{ containerId: 'CSQU3054383', goodsNo: '1,2' }]);
    expect(withItems.body.data.packingListIds).toBeUndefined();
    expect(withItems.body.data.attachedDocuments).toBeUndefined();
    expect(bare.body.data.items).toBeUndefined();
    expect(bare.body.data.containers).toEqual([{ containerId: 'CSQU3054383' }]);
    // The source is untouched.
    const again = await ok(backend, 'documents.get', { id: source.id });
    expect(again.revision).toBe(2);
    backend.close();
  });

  it('saves a template, updates it under the same name, creates drafts from it and deletes it', async () => {
    const backend = open();
    const source = await seeded(backend);
    const template = await ok(backend, 'documents.saveAsTemplate', { id: source.id, name: ' 宁波出口笔记本 ' });
    expect(template).toMatchObject({ name: '宁波出口笔记本', direction: 'E', itemCount: 2 });
    const bare = await ok(backend, 'documents.copy', { id: source.id, withItems: false });
    const updated = await ok(backend, 'documents.saveAsTemplate', { id: bare.id, name: '宁波出口笔记本' });
    expect(updated).toMatchObject({ id: template.id, itemCount: 0 });
    expect(await ok(backend, 'templates.list', {})).toHaveLength(1);

    const first = await ok(backend, 'documents.createFromTemplate', { templateId: template.id });
    const second = await ok(backend, 'documents.createFromTemplate', { templateId: template.id });
    expect(first.clientSeqNo).not.toBe(second.clientSeqNo);
    expect(first.body).toMatchObject({ kind: 'declaration', data: { head: { tradeName: '宁波海天机械有限公司', tradeMode: '0110' } } });
    if (first.body.kind !== 'declaration') throw new Error('not a declaration');
    expect(first.body.data.head.entryId).toBeUndefined();

    await ok(backend, 'templates.delete', { id: template.id });
    expect(await ok(backend, 'templates.list', {})).toEqual([]);
    expect(await backend.call('documents.createFromTemplate', { templateId: template.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The name is free again once the template is deleted.
    expect(await ok(backend, 'documents.saveAsTemplate', { id: source.id, name: '宁波出口笔记本' })).not.toMatchObject({ id: template.id });
    backend.close();
  });

  it('copies and drafts from a template get the declarant code from Settings where they have none; one they hold is kept', async () => {
    const backend = open();
    const source = await seeded(backend);
    const template = await ok(backend, 'documents.saveAsTemplate', { id: source.id, name: '无申报单位' });
    await ok(backend, 'settings.update', { enterpriseCode: '3101234567' });
    const copies = [
      await ok(backend, 'documents.copy', { id: source.id, withItems: true }),
      await ok(backend, 'documents.copy', { id: source.id, withItems: false }),
      await ok(backend, 'documents.createFromTemplate', { templateId: template.id }),
    ];
    for (const doc of copies) expect(doc.body).toMatchObject({ data: { head: { agentCode: '3101234567', tradeName: '宁波海天机械有限公司' } } });

    // The desk's code changes: a declaration that already names its declarant keeps it when copied.
    await ok(backend, 'settings.update', { enterpriseCode: '3109999999' });
    const kept = await ok(backend, 'documents.copy', { id: (copies[0] as { id: string }).id, withItems: false });
    expect(kept.body).toMatchObject({ data: { head: { agentCode: '3101234567' } } });
    backend.close();
  });

  it('refuses an empty template name naming the field, and a packing list as a source', async () => {
    const backend = open();
    const source = await seeded(backend);
    expect(await backend.call('documents.saveAsTemplate', { id: source.id, name: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name', messageZh: '模板名称不能为空。' } });
    const list = await ok(backend, 'documents.create', { kind: 'packing-list' });
    expect(await backend.call('documents.copy', { id: list.id, withItems: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'id' } });
    backend.close();
  });

  it('filters declarations by direction, trade mode and consignee text', async () => {
    const backend = open();
    await seeded(backend);
    const imp = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'I' });
    await ok(backend, 'documents.save', { id: imp.id, baseRevision: 1, body: { kind: 'declaration', data: { head: { ieFlag: 'I', tradeName: '上海_进口%公司', tradeMode: '0615' } } } });
    const ids = async (filter: Record<string, string>) => (await ok(backend, 'documents.list', { kind: 'declaration', ...filter })).map((d) => d.direction);
    expect(await ids({ direction: 'E' })).toEqual(['E']);
    expect(await ids({ tradeMode: '0615' })).toEqual(['I']);
    expect(await ids({ consignee: '海天' })).toEqual(['E']);
    expect(await ids({ consignee: '_进口%' })).toEqual(['I']);
    expect(await ids({ consignee: '%' })).toEqual(['I']);
    expect(await ids({ direction: 'I', tradeMode: '0110' })).toEqual([]);
    backend.close();
  });
});
