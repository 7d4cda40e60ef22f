import { backToList, createDraft, expectSavedAfterEdit, listRow, openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';

const rows = (page: import('@playwright/test').Page) => page.getByRole('table', { name: '报关单列表' }).locator('tbody tr');

test('a party added in the library fills the consignee fields when its name is typed', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^资料库/ }).click();
  await expect(page.getByRole('heading', { name: '资料库', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /新增企业/ }).click();
  const form = page.getByRole('dialog', { name: '新增企业' });
  await form.getByLabel('企业中文名称').fill('宁波海天机械有限公司');
  await form.getByLabel('企业英文名称').fill('Ningbo Haitian Machinery Co., Ltd.');
  await form.getByLabel('统一社会信用代码').fill('91330200MA2AAAAA1XX');
  await form.getByLabel('海关编码').fill('3302960001');
  await form.getByLabel('检验检疫编码').fill('3800600001');
  await form.getByRole('button', { name: /保存/ }).click();
  // The backend's length check, under the field it names, in Chinese.
  await expect(form.getByText('统一社会信用代码不能超过 18 个字符。')).toBeVisible();
  await form.getByLabel('统一社会信用代码').fill('91330200MA2AAAAA1X');
  await page.keyboard.press('Control+s');
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: /新增企业/ }).click();
  await page.getByRole('dialog').getByLabel('企业中文名称').fill('上海东方报关有限公司');
  await page.getByRole('dialog').getByLabel('海关编码').fill('3122980002');
  await page.getByRole('dialog').getByRole('button', { name: /保存/ }).click();
  const parties = page.getByRole('table', { name: '企业列表' });
  await expect(parties.getByRole('row', { name: /宁波海天机械有限公司/ })).toContainText('91330200MA2AAAAA1X');
  await expect(parties.locator('tbody tr')).toHaveCount(2);
  await page.getByRole('searchbox', { name: '搜索资料库' }).fill('东方');
  await expect(parties.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('searchbox', { name: '搜索资料库' }).fill('');
  await expect(parties.locator('tbody tr')).toHaveCount(2);
  await screen(page, 'libraries-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Libraries', level: 1 })).toBeVisible();
  await screen(page, 'libraries-en');
  await page.getByRole('button', { name: 'Edit 上海东方报关有限公司' }).or(page.getByRole('row', { name: /上海东方报关有限公司/ })).first().click();
  await expect(page.getByRole('dialog', { name: /Edit/ })).toBeVisible();
  await screen(page, 'libraries-form-en');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '中文' }).click();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^报关单/ }).click();
  await createDraft(page);
  const consignee = page.getByLabel('境内收货人');
  await consignee.pressSequentially('海天');
  const option = page.getByRole('option', { name: /宁波海天机械有限公司/ });
  await expect(option).toBeVisible();
  await consignee.press('ArrowDown');
  await consignee.press('Enter');
  await expect(consignee).toHaveValue('宁波海天机械有限公司');
  await expect(page.getByLabel('境内收发货人统一社会信用代码')).toHaveValue('91330200MA2AAAAA1X');
  await expect(page.getByLabel('境内收发货人海关代码')).toHaveValue('3302960001');
  await expect(page.getByLabel('境内收发货人检验检疫编码')).toHaveValue('3800600001');
  await expectSavedAfterEdit(page);
  await page.reload();
  await expect(page.getByLabel('境内收发货人海关代码')).toHaveValue('3302960001');
});

test('copy with and without items, save as template and create from it, each a new ClientSeqNo', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByLabel('境内收货人').fill('模板测试贸易有限公司');
  await page.getByLabel('提运单号').fill('TPL-001');
  await page.getByRole('button', { name: /添加商品/ }).click();
  await page.getByLabel('商品名称').fill('笔记本电脑');
  await expectSavedAfterEdit(page);
  const seqOf = async () => (await page.locator('.seq-no').textContent()) ?? '';
  const original = await seqOf();
  // The toolbar shows the number itself; its name is on hover and for screen readers.
  expect(original).toMatch(/^[A-Z0-9]{10,18}$/);
  await expect(page.locator('.seq-no')).toHaveAttribute('title', `ClientSeqNo ${original}`);

  await page.getByRole('button', { name: /复制 \/ 模板/ }).click();
  await page.getByRole('menuitem', { name: '复制（含商品）' }).click();
  await expect(page.getByText(/已复制为新草稿/)).toBeVisible();
  await expect(saveState(page)).toHaveText('已保存');
  const withItems = await seqOf();
  expect(withItems).not.toBe(original);
  await expect(page.getByText('共 1 项')).toBeVisible();
  await expect(page.getByLabel('提运单号')).toHaveValue('TPL-001');

  await page.getByRole('button', { name: /复制 \/ 模板/ }).click();
  await page.getByRole('menuitem', { name: '复制（不含商品）' }).click();
  await expect(page.locator('.seq-no')).not.toHaveText(withItems);
  const bare = await seqOf();
  expect([original, withItems]).not.toContain(bare);
  await expect(page.getByText('共 0 项')).toBeVisible();
  await expect(page.getByLabel('境内收货人')).toHaveValue('模板测试贸易有限公司');

  await page.getByRole('button', { name: /复制 \/ 模板/ }).click();
  await page.getByRole('menuitem', { name: '存为模板' }).click();
  const nameBox = page.getByRole('dialog', { name: '存为模板' }).getByLabel('模板名称');
  await nameBox.fill('');
  await nameBox.press('Enter');
  await expect(page.getByText('模板名称不能为空。')).toBeVisible();
  await nameBox.fill('模板测试出口');
  await nameBox.press('Enter');
  await expect(page.getByText('已存为模板：模板测试出口')).toBeVisible();

  await backToList(page);
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole('button', { name: '从模板新建' }).click();
  await page.getByRole('button', { name: '用模板 模板测试出口 新建' }).click();
  await expect(page.getByLabel('境内收货人')).toHaveValue('模板测试贸易有限公司');
  await expect(saveState(page)).toHaveText('已保存');
  const fromTemplate = await seqOf();
  expect([original, withItems, bare]).not.toContain(fromTemplate);
  await backToList(page);
  await expect(rows(page)).toHaveCount(4);
});

test('filter the list, sort it, bulk validate two drafts and bulk delete with undo', async ({ page, host }) => {
  await openApp(page, host);
  for (const [name, bill, direction] of [
    ['甲公司', 'BULK-A', 'I'],
    ['乙公司', 'BULK-B', 'E'],
    ['丙公司', 'BULK-C', 'E'],
  ] as const) {
    await createDraft(page);
    if (direction === 'E') await page.getByLabel('进出口标志').selectOption('E');
    await page.getByLabel(direction === 'E' ? '境内发货人' : '境内收货人').fill(name);
    await page.getByLabel('提运单号').fill(bill);
    await expectSavedAfterEdit(page);
    await backToList(page);
  }
  await expect(rows(page)).toHaveCount(3);
  await page.getByLabel('进出口', { exact: true }).selectOption('E');
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel('收发货人', { exact: true }).fill('乙');
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'ClientSeqNo' }).click();
  await expect(page.getByRole('columnheader', { name: /ClientSeqNo/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toContainText('BULK-A');

  await page.getByLabel('进出口', { exact: true }).selectOption('E');
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('checkbox', { name: '全选' }).check();
  await expect(page.getByText('已选 2 份')).toBeVisible();
  await page.getByRole('button', { name: '批量检查' }).click();
  const report = page.getByRole('dialog', { name: '批量检查结果' });
  await expect(report.getByText(/2 份报关单：\d+ 个错误/)).toBeVisible();
  await expect(report.getByRole('button', { name: /打开 乙公司/ })).toBeVisible();
  await expect(report.getByRole('button', { name: /打开 丙公司/ })).toBeVisible();
  await screen(page, 'bulk-report-zh');
  // The dialog is modal: close it, switch the language, and check the same selection again.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Validate selected' }).click();
  await expect(page.getByRole('dialog', { name: 'Bulk validation report' }).getByText(/Declarations: 2 · errors: \d+/)).toBeVisible();
  await screen(page, 'bulk-report-en');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '批量检查' }).click();
  await report.getByRole('button', { name: /打开 丙公司/ }).click();
  await expect(page.getByLabel('提运单号')).toHaveValue('BULK-C');
  await backToList(page);
  // The filter is still set after a visit to the editor.
  await expect(rows(page)).toHaveCount(2);

  // Ctrl+click two rows, delete both, undo brings both back.
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows(page)).toHaveCount(3);
  await listRow(page, 'BULK-A').click({ modifiers: ['Control'] });
  await listRow(page, 'BULK-B').click({ modifiers: ['Control'] });
  await expect(page.getByText('已选 2 份')).toBeVisible();
  await page.getByRole('button', { name: '批量删除' }).click();
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(rows(page)).toHaveCount(3);
});

test('an item saved to the product library is inserted into another declaration as a new item', async ({ page, host }) => {
  await openApp(page, host);
  await createDraft(page);
  await page.getByRole('button', { name: /添加商品/ }).click();
  await page.getByLabel('商品编号', { exact: true }).fill('8471300000');
  await page.getByLabel('商品名称').fill('便携式电脑');
  await page.getByLabel('单价').fill('350');
  await expectSavedAfterEdit(page);
  await page.getByRole('button', { name: '存入商品库' }).click();
  await expect(page.getByText('已存入商品库：便携式电脑')).toBeVisible();

  await backToList(page);
  await createDraft(page);
  await page.getByRole('button', { name: '从商品库插入' }).click();
  const picker = page.getByRole('dialog', { name: '从商品库插入商品' });
  await picker.getByRole('searchbox', { name: '搜索商品库' }).fill('便携');
  await expect(picker.getByRole('option', { name: /便携式电脑/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByText('共 1 项')).toBeVisible();
  await expect(page.getByLabel('商品名称')).toHaveValue('便携式电脑');
  await expect(page.getByLabel('单价')).toHaveValue('350');
  await expectSavedAfterEdit(page);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^资料库/ }).click();
  await page.getByRole('tab', { name: '商品库' }).click();
  await expect(page.getByRole('table', { name: '商品列表' }).getByRole('row', { name: /便携式电脑/ })).toContainText('8471300000');
});
