import { openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

const twoItems = [
  { gNo: 1, codeTs: '8471300000', gName: '笔记本电脑', gQty: '10', gUnit: '001', tradeCurr: 'USD' },
  { gNo: 2, codeTs: '6109100010', gName: '棉制T恤', gQty: '100', gUnit: '011', tradeCurr: 'USD' },
];

async function seededDeclaration(host: Parameters<typeof hostCall>[0]): Promise<Doc> {
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', {
    id: doc.id,
    baseRevision: doc.revision,
    body: { kind: 'declaration', data: { head: { ieFlag: 'E', billNo: 'COSU7000111' }, items: twoItems } },
  });
  return doc;
}

test('containers, licences and attached documents: add rows by keyboard, findings jump to the row, reload keeps them', async ({ page, host }) => {
  test.setTimeout(90_000);
  const doc = await seededDeclaration(host);
  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), doc.id);
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU7000111');

  const containers = page.getByRole('region', { name: '集装箱' });
  await containers.getByRole('button', { name: /添加/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toBeFocused();
  // A wrong check digit: the rule's message appears at the cell and in the panel.
  await page.keyboard.type('csqu3054384');
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toHaveValue('CSQU3054384');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('集装箱规格 1')).toBeFocused();
  await page.keyboard.type('40GP');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('集装箱规格 1')).toHaveValue('11');
  await expect(page.getByLabel('商品项号关系 1')).toBeFocused();
  await page.keyboard.type('1,3');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('货重（千克） 1')).toBeFocused();
  await page.keyboard.type('1,250.5');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('货重（千克） 1')).toHaveValue('1250.5');

  // Ctrl+N inside the block adds a container row (not an item); Ctrl+Delete removes it again.
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('集装箱号 2', { exact: true })).toBeFocused();
  await expect(page.getByRole('group', { name: '商品列表' }).getByRole('row')).toHaveCount(3);
  await page.keyboard.type('MSKU1234565');
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('集装箱号 3', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+Delete');
  await expect(page.getByLabel('集装箱号 3', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('集装箱号 2', { exact: true })).toBeFocused();

  const panel = page.getByRole('complementary', { name: '检查结果' });
  const checkDigit = panel.getByRole('button', { name: /CSQU3054384.*校验位不正确/ });
  const noItem3 = panel.getByRole('button', { name: /第 1 个集装箱的商品项号「3」不存在/ });
  await expect(checkDigit).toBeVisible();
  await expect(noItem3).toBeVisible();
  await checkDigit.click();
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('CSQU3054383');
  await expect(checkDigit).toHaveCount(0);
  await noItem3.click();
  await expect(page.getByLabel('商品项号关系 1')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1,2');
  await expect(noItem3).toHaveCount(0);

  // Licences: the code combobox takes the name; attached documents: the type by pinyin initials.
  const licences = page.getByRole('region', { name: '许可证件' });
  await licences.getByRole('button', { name: /添加/ }).click();
  await expect(page.getByLabel('许可证件代码 1')).toBeFocused();
  await page.keyboard.type('出口许可证');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('许可证件编号 1')).toBeFocused();
  await page.keyboard.type('25-AB-123456');
  const attached = page.getByRole('region', { name: '随附单证' });
  await attached.getByRole('button', { name: /添加/ }).click();
  await page.keyboard.type('zxd');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('单证类别 1')).toHaveValue('00000002');
  await page.keyboard.type('PL-2025-001.pdf');
  await page.keyboard.press('Enter');
  await expect(saveState(page)).toHaveText('已保存');
  await screen(page, 'editor-sections-zh');

  await page.reload();
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toHaveValue('CSQU3054383');
  await expect(page.getByLabel('集装箱号 2', { exact: true })).toHaveValue('MSKU1234565');
  await expect(page.getByLabel('集装箱号 3', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('集装箱规格 1')).toHaveValue('11');
  await expect(page.getByLabel('商品项号关系 1')).toHaveValue('1,2');
  await expect(page.getByLabel('许可证件编号 1')).toHaveValue('25-AB-123456');
  await expect(page.getByLabel('单证编号/文件名 1')).toHaveValue('PL-2025-001.pdf');
  const stored = await hostCall<{ body: { data: { containers: unknown[]; licences: { docuCode: string }[] } } }>(host, 'documents.get', { id: doc.id });
  expect(stored.body.data.containers).toHaveLength(2);
  expect(stored.body.data.licences[0]?.docuCode).toMatch(/^\w$/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Containers' })).toBeVisible();
  await page.getByLabel('Container no. 1', { exact: true }).scrollIntoViewIfNeeded();
  await screen(page, 'editor-sections-en');
  await page.getByRole('button', { name: '中文' }).click();
});
