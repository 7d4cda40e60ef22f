import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

const areas = ['报关单', '装箱单', '通关跟踪', '口岸收费', '发送队列', '设置'];

test('opens in Chinese with the six areas, each with its screen', async ({ page, host }) => {
  await openApp(page, host);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const area of areas) await expect(nav.getByRole('link', { name: new RegExp(`^${area}`) })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('清关通');
  await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有报关单')).toBeVisible();

  // 装箱单 is built: its list opens instead of the placeholder.
  await nav.getByRole('link', { name: /^装箱单/ }).click();
  await expect(page.getByRole('heading', { name: '装箱单', level: 1 })).toBeVisible();
  await expect(page.getByText('还没有装箱单')).toBeVisible();

  // 发送队列 is built too: an empty queue says how to fill it.
  await nav.getByRole('link', { name: /^发送队列/ }).click();
  await expect(page.getByRole('heading', { name: '发送队列', level: 1 })).toBeVisible();
  await expect(page.getByText('发送队列是空的')).toBeVisible();

  // 通关跟踪 is built: its dashboard (通关时效) opens.
  await nav.getByRole('link', { name: /^通关跟踪/ }).click();
  await expect(page.getByRole('heading', { name: '通关时效', level: 1 })).toBeVisible();
  await expect(page.getByTestId('tracking-filters')).toBeVisible();

  // 口岸收费, the last area behind the placeholder, is built: its audit opens.
  await nav.getByRole('link', { name: /^口岸收费/ }).click();
  await expect(page.getByRole('heading', { name: '口岸收费', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: '审核' })).toHaveAttribute('aria-selected', 'true');

  // Keyboard: Alt+6 reaches 设置, which shows the profile folder from app.status.
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  await expect(page.getByText(host.profileDir, { exact: true })).toBeVisible();
  await screen(page, 'settings');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
});

test('English switch relabels the app and survives a reload and a fresh window', async ({ page, host, browser }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Declarations/ })).toBeVisible();
  await page.getByRole('button', { name: /New declaration/ }).click();
  await expect(page.getByLabel('B/L No.')).toBeVisible();
  await expect(page.getByLabel('Domestic consignee')).toBeVisible();
  await page.getByLabel('Domestic consignee').fill('上海远航国际贸易有限公司');
  await page.getByLabel('B/L No.').fill('MSKU7788990011');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByLabel('B/L No.')).toHaveValue('MSKU7788990011');
  await expect(page.getByText('Remarks', { exact: true })).toBeVisible();
  await page.getByLabel('Remarks').fill('Fragile goods, handle with care / 易碎品');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await screen(page, 'editor-english');

  // The choice lives in the profile, not only in this tab: a new window with empty storage opens in English.
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const otherPage = await other.newPage();
  await otherPage.goto(host.url);
  await expect(otherPage.getByRole('heading', { name: 'Declarations', level: 1 })).toBeVisible();
  await other.close();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByLabel('提运单号')).toBeVisible();
});
