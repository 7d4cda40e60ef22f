import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipPassThrough } from 'fflate';
import { backToList, createDraft, expectSavedAfterEdit, listRow, openApp, screen } from './app-helpers';
import type { Page } from '@playwright/test';
import { expect, HostProcess, test } from './host-fixture';

test('数据与支持: export diagnostics, back up, restore on a fresh profile in a second host, the declaration is there (zh-CN, then en)', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('提运单号').fill('MOVE-PC-0001');
  await expectSavedAfterEdit(page);
  await backToList(page);

  await page.keyboard.press('Alt+6');
  const section = page.locator('.support-section');
  await expect(section.getByRole('heading', { name: '数据与支持' })).toBeVisible();
  await section.getByRole('button', { name: '导出诊断包' }).click();
  const diagnostics = section.getByTestId('diagnostics-path');
  await expect(diagnostics).toContainText(`${host.profileDir}/diagnostics/clearway-diagnostics-`);
  expect(existsSync((await diagnostics.textContent()) ?? '')).toBe(true);

  await section.getByRole('button', { name: '备份配置文件' }).click();
  const backupPath = section.getByTestId('backup-path');
  await expect(backupPath).toContainText('.clearway-backup');
  await expect(section.getByText(/备份已保存（[\d.]+ MB，1 份单据）/)).toBeVisible();
  const file = (await backupPath.textContent()) ?? '';
  expect(existsSync(file)).toBe(true);
  await section.getByRole('heading', { name: '数据与支持' }).scrollIntoViewIfNeeded();
  await screen(page, 'support-backup-zh');

  // A new PC: a second host on a fresh profile.
  const second = await HostProcess.start();
  try {
    await openApp(page, second);
    await expect(page.getByText('还没有报关单')).toBeVisible();
    await page.keyboard.press('Alt+6');
    const restore = page.locator('.support-section');
    const field = restore.getByLabel('备份文件路径');
    await restore.getByRole('button', { name: '从备份恢复' }).click();
    await expect(restore.getByRole('alert')).toHaveText('请输入备份文件的完整路径。');
    await field.fill('backup.clearway-backup');
    await restore.getByRole('button', { name: '从备份恢复' }).click();
    await expect(restore.getByRole('alert')).toContainText('请输入完整路径');

    await field.fill(`${second.profileDir}/missing.clearway-backup`);
    await restore.getByRole('button', { name: '从备份恢复' }).click();
    await restore.getByRole('button', { name: '确定恢复' }).click();
    await expect(restore.getByTestId('restore-error')).toContainText('找不到备份文件');

    await field.fill(`"${file}"`); // as Windows' "Copy as path" gives it
    await restore.getByRole('button', { name: '从备份恢复' }).click();
    await expect(restore.getByRole('alertdialog')).toContainText('clearway.db.before-restore-');
    await restore.getByRole('heading', { name: '数据与支持' }).scrollIntoViewIfNeeded();
    await screen(page, 'support-restore-confirm-zh');
    await restore.getByRole('button', { name: '确定恢复' }).click();
    await expect(restore.getByTestId('restore-result')).toContainText('已恢复 1 份单据');
    await expect(restore.getByTestId('previous-database')).toContainText(`${second.profileDir}/clearway.db.before-restore-`);
    await screen(page, 'support-restored-zh');

    await Promise.all([page.waitForEvent('load'), restore.getByRole('button', { name: '重新载入界面' }).click()]);
    await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+1');
    await expect(listRow(page, 'MOVE-PC-0001')).toBeVisible();

    // English.
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await page.keyboard.press('Alt+6');
    const en = page.locator('.support-section');
    await expect(en.getByRole('heading', { name: 'Data and support' })).toBeVisible();
    await en.getByRole('button', { name: 'Back up profile' }).click();
    await expect(en.getByText(/Backup saved \([\d.]+ MB, 1 document\(s\)\):/)).toBeVisible();
    await en.getByLabel('Backup file path').fill(`${second.profileDir}/missing.clearway-backup`);
    await en.getByRole('button', { name: 'Restore from backup' }).click();
    await expect(en.getByRole('alertdialog')).toContainText('is not deleted');
    await en.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(en.getByTestId('restore-error')).toContainText('Backup file not found');
    await en.getByRole('button', { name: 'Export diagnostics' }).click();
    await expect(en.getByTestId('diagnostics-path')).toContainText('clearway-diagnostics-');
    await en.getByRole('heading', { name: 'Data and support' }).scrollIntoViewIfNeeded();
    await screen(page, 'support-en');
  } finally {
    await second.dispose();
  }
});

/**
 * A zip holding ~800 MB of random bytes as its database, stored (not deflated): reading it takes
 * several seconds even on a fast disk (about 8 s here), so the cancel lands mid-way.
 */
function bigZip(path: string): void {
  const fd = openSync(path, 'w');
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
  });
  const entry = new ZipPassThrough('database/clearway.db');
  zip.add(entry);
  const chunk = randomBytes(1024 * 1024);
  const megabytes = 800;
  for (let i = 0; i < megabytes; i++) entry.push(chunk, i === megabytes - 1);
  zip.end();
  closeSync(fd);
}

test('从备份恢复 shows its progress while a large backup is read, and 取消 leaves the profile as it was (zh-CN, then en)', async ({ page, host }) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'clearway-big-backup-'));
  const file = join(folder, 'big.clearway-backup');
  bigZip(file);
  try {
    await restoreAndCancel(page, host, file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

async function restoreAndCancel(page: Page, host: HostProcess, file: string): Promise<void> {
  await openApp(page, host);
  await page.keyboard.press('Alt+6');
  const section = page.locator('.support-section');
  const before = readdirSync(host.profileDir).sort();

  await section.getByLabel('备份文件路径').fill(file);
  await section.getByRole('button', { name: '从备份恢复' }).click();
  await section.getByRole('button', { name: '确定恢复' }).click();
  const progress = section.getByTestId('restore-progress');
  await expect(progress).toContainText(/读取备份 \d+%/);
  await section.getByRole('heading', { name: '数据与支持' }).scrollIntoViewIfNeeded();
  await screen(page, 'support-restore-progress-zh');
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(section.getByTestId('restore-cancelled')).toHaveText('恢复已取消，当前数据没有任何改动。');
  await expect(progress).toBeHidden();
  expect(readdirSync(host.profileDir).sort()).toEqual(before);

  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await page.keyboard.press('Alt+6');
  const en = page.locator('.support-section');
  await en.getByLabel('Backup file path').fill(file);
  await en.getByRole('button', { name: 'Restore from backup' }).click();
  await en.getByRole('button', { name: 'Restore', exact: true }).click();
  const enProgress = en.getByTestId('restore-progress');
  await expect(enProgress).toContainText(/Reading the backup: \d+%/);
  await en.getByRole('heading', { name: 'Data and support' }).scrollIntoViewIfNeeded();
  await screen(page, 'support-restore-progress-en');
  await enProgress.getByRole('button', { name: 'Cancel' }).click();
  await expect(en.getByTestId('restore-cancelled')).toHaveText('The restore was cancelled; the current data was not changed.');
  expect(readdirSync(host.profileDir).sort()).toEqual(before);
}
