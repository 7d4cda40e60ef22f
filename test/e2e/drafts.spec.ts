import { backToList, createDraft, expectSavedAfterEdit, listRow, openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';

test('a draft typed in Chinese is saved and is there after a reload', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await expect(page.getByRole('heading', { name: '未命名报关单' })).toBeVisible();
  await page.getByLabel('申报地海关').fill('2233');
  await page.getByLabel('监管方式').fill('0110');
  await page.getByLabel('境内收货人').fill('上海浦东新区进出口贸易有限公司');
  await page.getByLabel('提运单号').fill('COSU6123456789');
  await page.getByLabel('备注').fill('易碎品，小心轻放；随附发票两份。');
  await expectSavedAfterEdit(page);
  await expect(page.getByRole('heading', { name: '上海浦东新区进出口贸易有限公司 · COSU6123456789' })).toBeVisible();
  await screen(page, 'editor-chinese');

  await page.reload();
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU6123456789');
  await expect(page.getByLabel('备注')).toHaveValue('易碎品，小心轻放；随附发票两份。');
  await expect(page.getByLabel('境内收货人')).toHaveValue('上海浦东新区进出口贸易有限公司');
  await expect(page.getByLabel('申报地海关')).toHaveValue('2233');

  // Switching to export relabels 境内收货人 as 境内发货人 and is saved like any field.
  await page.getByLabel('进出口标志').selectOption('E');
  await expect(page.getByLabel('境内发货人')).toHaveValue('上海浦东新区进出口贸易有限公司');
  await expectSavedAfterEdit(page);

  await backToList(page);
  const row = listRow(page, 'COSU6123456789');
  await expect(row).toContainText('出口');
  await expect(row).toContainText('草稿');
});

test('text typed just before leaving the page is not lost (keepalive save on unload)', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('备注').fill('离开页面前最后输入的文字');
  // No waiting for the autosave delay: the reload starts at once.
  await page.reload();
  await expect(page.getByLabel('备注')).toHaveValue('离开页面前最后输入的文字');
});

test('what the indicator calls saved survives the host being killed', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('提运单号').fill('KILL-TEST-0001');
  await page.getByLabel('备注').fill('强制结束主机进程之前已保存的内容');
  await expectSavedAfterEdit(page);
  await host.kill();

  await host.restart();
  await openApp(page, host);
  await listRow(page, 'KILL-TEST-0001').click();
  await expect(page.getByLabel('提运单号')).toHaveValue('KILL-TEST-0001');
  await expect(page.getByLabel('备注')).toHaveValue('强制结束主机进程之前已保存的内容');
});

test('an over-long value shows a field error in both languages and loses nothing', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('备注').fill('这段备注已经保存');
  await expectSavedAfterEdit(page);

  const tooLong = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456'; // 33 characters; the limit is 32
  await page.getByLabel('提运单号').fill(tooLong);
  await expect(saveState(page)).toHaveText('未保存 · 提运单号有误');
  const billNo = page.getByLabel('提运单号');
  await expect(billNo).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '提运单号不能超过 32 个字符。' })).toBeVisible();
  await expect(billNo).toHaveValue(tooLong);
  await expect(page.getByLabel('备注')).toHaveValue('这段备注已经保存');
  await screen(page, 'editor-field-error');

  // Leaving now would lose the over-long value (it cannot be saved): the browser asks first.
  const prompt = page.waitForEvent('dialog');
  void page.evaluate(() => window.location.reload()).catch(() => undefined);
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(billNo).toHaveValue(tooLong);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(saveState(page)).toHaveText('Unsaved · check B/L No.');
  await expect(page.getByRole('alert').filter({ hasText: 'B/L No. must be at most 32 characters.' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();

  // Correcting the value saves it; the error disappears.
  await billNo.press('End');
  await billNo.press('Backspace');
  await expect(saveState(page)).toHaveText('已保存');
  await expect(billNo).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel('提运单号')).toHaveValue(tooLong.slice(0, 32));
  await expect(page.getByLabel('备注')).toHaveValue('这段备注已经保存');
});

test('keyboard: Enter moves to the next field, Ctrl+S saves at once, Ctrl+N creates', async ({ page, host }) => {
  // A frozen clock stops the autosave timer, so only Ctrl+S (or leaving a field) can save here.
  await page.clock.install();
  await openApp(page, host);
  await page.getByRole('button', { name: /新建报关单/ }).click();
  await expect(page.getByLabel('进出口标志')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByLabel('申报地海关')).toBeFocused();
  await page.keyboard.type('2233');
  // The header follows the official form: 申报地海关 is followed by 进/出境关别.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('进/出境关别')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('申报地海关')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('进/出境关别')).toBeFocused();
  await page.getByLabel('监管方式').focus();
  await page.keyboard.type('0110');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('征免性质')).toBeFocused();
  await page.getByLabel('关联号码').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('备注')).toBeFocused();

  await page.keyboard.type('快捷键保存');
  await expect(saveState(page)).toHaveText('未保存');
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('已保存');

  await page.reload();
  await expect(page.getByLabel('备注')).toHaveValue('快捷键保存');
  await expect(page.getByLabel('申报地海关')).toHaveValue('2233');

  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '报关单列表' }).getByRole('row')).toHaveCount(2);
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('进出口标志')).toBeFocused();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('table', { name: '报关单列表' }).getByRole('row')).toHaveCount(3);

  // Rows open with Enter.
  const firstRow = page.getByRole('table', { name: '报关单列表' }).getByRole('row').nth(1);
  await firstRow.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('进出口标志')).toBeVisible();
});

test('typing while the host is down keeps the text and saves it once the host is back', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('提运单号').fill('OUTAGE-0001');
  await expectSavedAfterEdit(page);

  await host.kill();
  await expect(page.getByText('与后台的连接已断开，正在重新连接…')).toBeVisible();
  await page.getByLabel('备注').fill('主机停止期间输入的备注');
  await expect(saveState(page)).toHaveText('未保存 · 无法连接后台');
  await expect(page.getByRole('alert').filter({ hasText: '无法连接清关通后台' })).toBeVisible();
  await expect(page.getByLabel('备注')).toHaveValue('主机停止期间输入的备注');

  await host.restart();
  // Autosave retries on its own; nobody has to press anything.
  await expect(saveState(page)).toHaveText('已保存', { timeout: 15_000 });
  await expect(page.getByText('与后台的连接已断开，正在重新连接…')).toHaveCount(0, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('备注')).toHaveValue('主机停止期间输入的备注');
  await expect(page.getByLabel('提运单号')).toHaveValue('OUTAGE-0001');
});
