import { writeFileSync } from 'node:fs';
import { DigestTransform, newError } from 'builder-util-runtime';
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor';
import { describe, expect, it } from 'vitest';
import { classifyUpdateError, errorSummary, type UpdateErrorKind } from '../../electron/main/updates/update-errors';
import { updateDialog, type UpdateOutcome } from '../../electron/main/updates/update-messages';
import type { PlanReason } from '../../electron/main/updates/update-plan';

const reasons: Array<Exclude<PlanReason, 'ok'>> = ['settings-unavailable', 'disabled-by-policy', 'disabled-by-user', 'no-feed', 'unsupported-feed', 'invalid-pin', 'unsupported-platform', 'not-packaged', 'no-update-config'];
const kinds: UpdateErrorKind[] = ['network', 'feed-missing', 'feed-invalid', 'checksum', 'signature', 'disk-full', 'other'];
const outcomes: UpdateOutcome[] = [
  ...[...reasons, 'updater-inactive' as const].map((reason): UpdateOutcome => ({ kind: 'unavailable', reason, feedUrl: 'file://server/share/', pin: '1.2.0' })),
  { kind: 'up-to-date', version: '1.4.0' },
  ...(['up-to-date', 'older', 'not-the-pinned-version', 'prerelease-on-stable', 'invalid-version'] as const).map(
    (reason): UpdateOutcome => ({ kind: 'skipped', offered: '1.6.0', reason, pin: '1.2.0', current: '1.4.0' }),
  ),
  { kind: 'downloading', version: '1.5.0' },
  { kind: 'downloaded', version: '1.5.0' },
  ...kinds.map((error): UpdateOutcome => ({ kind: 'failed', error, detail: 'x' })),
];
const han = /\p{Script=Han}/u;

describe('update dialogs', () => {
  it('exist in Chinese and English for every outcome, each different', () => {
    for (const outcome of outcomes) {
      const zh = updateDialog('zh-CN', outcome);
      const en = updateDialog('en', outcome);
      expect(zh.message, JSON.stringify(outcome)).toMatch(han);
      expect(en.message, JSON.stringify(outcome)).not.toMatch(han);
      expect(zh.message).not.toBe(en.message);
      expect(zh.buttons.length).toBe(en.buttons.length);
    }
    const messages = outcomes.map((o) => updateDialog('en', o).message);
    expect(new Set(messages).size).toBe(messages.length - 1); // 'up-to-date' twice: as a check result and a skip reason
  });

  it('ask Restart now or Later once a download is ready', () => {
    expect(updateDialog('zh-CN', { kind: 'downloaded', version: '1.5.0' })).toMatchObject({ type: 'question', buttons: ['立即重启', '稍后'], defaultId: 0, cancelId: 1, message: '新版本 1.5.0 已下载。' });
    expect(updateDialog('en', { kind: 'downloaded', version: '1.5.0' })).toMatchObject({ buttons: ['Restart Now', 'Later'], message: 'Version 1.5.0 has been downloaded.' });
  });

  it('name the pin, the offered version and the feed where they matter', () => {
    expect(updateDialog('zh-CN', { kind: 'skipped', offered: '1.6.0', reason: 'not-the-pinned-version', pin: '1.2.0', current: '1.4.0' }).message).toBe(
      '管理员已将清关通固定在 1.2.0 版本；更新源提供的 1.6.0 版不会安装。',
    );
    expect(updateDialog('en', { kind: 'unavailable', reason: 'unsupported-feed', feedUrl: 'file://server/share/', pin: null }).message).toContain('file://server/share/');
    expect(updateDialog('en', { kind: 'unavailable', reason: 'disabled-by-policy', feedUrl: null, pin: null }).message).toMatch(/^Updates are managed by your administrator/);
  });

  it('reassure that the running version is unaffected when an update fails', () => {
    const dialog = updateDialog('zh-CN', { kind: 'failed', error: 'checksum', detail: 'sha512 checksum mismatch' });
    expect(dialog.type).toBe('warning');
    expect(dialog.detail).toBe('当前版本不受影响，可以继续使用。\nsha512 checksum mismatch');
  });
});

/** The errors are the real ones: produced by builder-util-runtime, Node and a refused connection. */
describe('classifyUpdateError', () => {
  it('knows a sha512 mismatch from builder-util-runtime (the check every download goes through)', async () => {
    const digest = new DigestTransform('AAAA');
    const error = new Promise<unknown>((resolve) => digest.on('error', resolve));
    digest.resume();
    digest.end('an installer');
    expect(classifyUpdateError(await error)).toBe('checksum');
  });

  it('knows a full disk', () => {
    let error: unknown = null;
    try {
      writeFileSync('/dev/full', 'installer bytes');
    } catch (e) {
      error = e;
    }
    expect(classifyUpdateError(error)).toBe('disk-full');
  });

  it('knows a refused connection and Electron network errors', async () => {
    const error = await new NodeHttpExecutor().request({ protocol: 'http:', hostname: '127.0.0.1', port: 9, path: '/latest.yml' }).catch((e: unknown) => e);
    expect(classifyUpdateError(error)).toBe('network');
    expect(classifyUpdateError(new Error('net::ERR_PROXY_CONNECTION_FAILED'))).toBe('network');
  });

  it('knows electron-updater codes', () => {
    expect(classifyUpdateError(newError('New version 1.5.0 is not signed by the application owner: publisherNames: Firm', 'ERR_UPDATER_INVALID_SIGNATURE'))).toBe('signature');
    expect(classifyUpdateError(newError('Cannot find channel "beta.yml" update info', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'))).toBe('feed-missing');
    expect(classifyUpdateError(newError('Cannot parse update info from latest.yml', 'ERR_UPDATER_INVALID_UPDATE_INFO'))).toBe('feed-invalid');
    expect(classifyUpdateError('something odd')).toBe('other');
  });

  it('summarises an error on one line without the stack', () => {
    const error = new Error(`first line\n${'at frame\n'.repeat(5)}`);
    expect(errorSummary(error)).toBe('first line');
    expect(errorSummary(new Error('x'.repeat(400)))).toHaveLength(300);
  });
});
