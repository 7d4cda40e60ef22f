import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from './app-helpers';
import { expect, freshProfileDir, HostProcess, test as base } from './host-fixture';

/** These tests start their own host, on a profile whose database is garbage. */
const test = base.extend<{ brokenHost: HostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the pattern: no other fixtures needed.
  brokenHost: async ({}, use) => {
    const dir = freshProfileDir();
    writeFileSync(join(dir, 'clearway.db'), Buffer.from('这不是数据库 / not a database '.repeat(200)));
    const host = await HostProcess.start(dir);
    await use(host);
    await host.dispose();
  },
});

test('an unreadable database shows the recovery screen; another folder opens the app', async ({ page, brokenHost }) => {
  await page.goto(brokenHost.url);
  await expect(page.getByRole('heading', { name: '清关通无法打开资料文件夹' })).toBeVisible();
  await expect(page.getByText(/数据库文件无法读取/)).toBeVisible();
  await expect(page.getByText(join(brokenHost.profileDir, 'clearway.db'), { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await screen(page, 'recovery');

  const otherDir = freshProfileDir();
  try {
    await page.getByLabel('文件夹路径').fill(otherDir);
    await page.getByRole('button', { name: '使用此文件夹' }).click();
    await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+6');
    await expect(page.getByText(join(otherDir, 'clearway.db'), { exact: true })).toBeVisible();
  } finally {
    rmSync(otherDir, { recursive: true, force: true });
  }
});

test('移到一旁并新建数据库 keeps the old file and opens an empty database', async ({ page, brokenHost }) => {
  await page.goto(brokenHost.url);
  await page.getByRole('button', { name: '移到一旁并新建数据库' }).click();
  await expect(page.getByText('确定要把当前数据库移到一旁并新建吗？')).toBeVisible();
  await page.getByRole('button', { name: '确定，移到一旁并新建' }).click();
  await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有报关单')).toBeVisible();

  const files = readdirSync(brokenHost.profileDir);
  expect(files.some((f) => f.startsWith('clearway.db.unreadable-'))).toBe(true);
  expect(existsSync(join(brokenHost.profileDir, 'clearway.db'))).toBe(true);
});
