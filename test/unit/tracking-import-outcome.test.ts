import { describe, expect, it } from 'vitest';
import type { ImportTrackingEventsResult } from '../../shared/model/tracking';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend } from './helpers/sync-backend';
import { openProfileDb } from './helpers/tracking-profile';
import { readInspectionOutcome } from '../../electron/backend/tracking/import-values';

const tempProfile = useTempProfiles();

async function profileWithDeclaration() {
  const profile = tempProfile();
  const backend = syncBackend(profile);
  const draft = validImport();
  draft.head.entryId = '224820261000000762';
  await saveNew(backend, { kind: 'declaration', data: draft });
  return { profile, backend };
}

const csv = (text: string) => ({ fileName: '查验记录.csv', contentBase64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64'), dryRun: false });

describe('the 查验结果 (inspection result) column of a tracking events file', () => {
  it('reads the words inspection sheets use, whole, and nothing else', () => {
    expect(['无异常', '正常', '通过', 'No problem', 'no-problem', '未发现问题'].map(readInspectionOutcome)).toEqual(Array(6).fill('no-problem'));
    expect(['有异常', '发现问题', '不合格', 'Problem', 'problem found'].map(readInspectionOutcome)).toEqual(Array(5).fill('problem-found'));
    expect(readInspectionOutcome('待定')).toBeNull();
    expect(readInspectionOutcome('异常待复核')).toBeNull();
  });

  it('stores the result on the inspection-done event and none on the others', async () => {
    const { profile, backend } = await profileWithDeclaration();
    const file = csv(
      ['报关单号,事件,时间,查验结果', '224820261000000762,查验通知,2025-03-08 09:00,', '224820261000000762,查验完毕,2025-03-09 16:00,无异常'].join('\n'),
    );
    const result = await ok<ImportTrackingEventsResult>(backend, 'tracking.importEvents', file);
    expect(result).toMatchObject({ rows: 2, added: 2, errors: [], written: true });
    const db = openProfileDb(profile);
    expect(db.prepare('SELECT kind, outcome FROM tracking_events ORDER BY at').all()).toEqual([
      { kind: 'inspection-ordered', outcome: null },
      { kind: 'inspection-done', outcome: 'no-problem' },
    ]);
    db.close();
    await backend.close();
  });

  it('rejects a result on another event and a result it cannot read, naming row and column, and writes nothing', async () => {
    const { profile, backend } = await profileWithDeclaration();
    const file = csv(
      [
        'Entry No.,Event,Time,Inspection result',
        '224820261000000762,released,2025-03-10 10:00,No problem',
        '224820261000000762,inspection-done,2025-03-09 16:00,maybe',
        '224820261000000762,inspection-done,2025-03-09 17:00,Problem found',
      ].join('\n'),
    );
    const result = await ok<ImportTrackingEventsResult>(backend, 'tracking.importEvents', file);
    expect(result.written).toBe(false);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Inspection result'],
      [3, 'Inspection result'],
    ]);
    expect(result.errors[0]?.messageZh).toContain('只有“查验完毕”事件可以填写查验结果');
    expect(result.errors[0]?.messageEn).toContain('only an inspection-done event has an inspection result');
    expect(result.errors[1]?.messageEn).toContain('cannot read the inspection result "maybe"');
    const db = openProfileDb(profile);
    expect(db.prepare('SELECT count(*) AS n FROM tracking_events').get()).toEqual({ n: 0 });
    db.close();
    await backend.close();
  });
});
