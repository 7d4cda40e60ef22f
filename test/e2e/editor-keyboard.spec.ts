import type { Page } from '@playwright/test';
import { openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';

/** The field the cursor is in must be `label`; type `text` (if any), then Enter to the next field. */
async function enter(page: Page, label: string, text = ''): Promise<void> {
  await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function skip(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) await enter(page, label);
}

test('an export declaration typed with the keyboard only: comboboxes, HS panel, elements, findings, reload', async ({ page, host }) => {
  test.setTimeout(90_000);
  await openApp(page, host);
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('进出口标志')).toBeFocused();
  await expect(saveState(page)).toHaveText('已保存');

  // Header, walking the official form with Enter; coded fields take pinyin initials, codes or names.
  await page.keyboard.type('E');
  await expect(page.getByLabel('境内发货人')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('申报地海关')).toBeFocused();
  await page.keyboard.type('pdjc');
  await expect(page.getByRole('option', { name: /2233/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('申报地海关')).toHaveValue('2233');
  await expect(page.getByText('浦东机场海关').first()).toBeVisible();
  await enter(page, '进/出境关别', '2233');
  await enter(page, '进出口日期', '20250310');
  await skip(page, '申报日期', '备案号', '许可证号', '批准文号');
  await enter(page, '境内发货人', '上海浦东新区进出口贸易有限公司');
  await skip(page, '境内收发货人统一社会信用代码', '境内收发货人海关代码', '境内收发货人检验检疫编码');
  await enter(page, '境外收货人名称（外文）', 'ACME TRADING LLC');
  await skip(page, '境外收货人名称（中文）', '境外收货人代码', '境外收货人地址');
  await skip(page, '消费使用/生产销售单位', '消费使用/生产销售单位统一社会信用代码', '消费使用/生产销售单位海关代码', '消费使用/生产销售单位检验检疫编码');
  await skip(page, '申报单位', '申报单位统一社会信用代码', '申报单位海关代码', '申报单位检验检疫编码');
  await skip(page, '录入单位', '录入单位统一社会信用代码', '录入单位代码', '申报人员姓名', '录入员姓名', '录入员IC卡号');
  await enter(page, '运输方式', 'slys');
  await expect(page.getByLabel('运输方式')).toHaveValue('2');
  await skip(page, '运输工具名称');
  await enter(page, '提运单号', 'COSU6123456789');
  await skip(page, '启运日期', '货物存放地点', '启运港', '经停港/指运港', '入境口岸/离境口岸');
  await enter(page, '监管方式', 'ybmy');
  await expect(page.getByLabel('监管方式')).toHaveValue('0110');
  await expect(page.getByText('一般贸易').first()).toBeVisible();
  await skip(page, '征免性质');
  await enter(page, '贸易国别（地区）', 'USA');
  // Not a country code: kept as typed and flagged with the rule's message.
  await enter(page, '启运国/运抵国', 'XXZ');
  await enter(page, '成交方式', 'FOB');
  await expect(page.getByLabel('成交方式')).toHaveValue('3');

  // Two items through the HS panel (F2), with their declaration elements.
  await page.keyboard.press('F2');
  const search = page.getByRole('searchbox', { name: '查询商品编号' });
  await expect(search).toBeFocused();
  await page.keyboard.type('笔记本');
  await expect(page.getByRole('option', { name: /8471\.3000\.00/ })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('是否有CPU');
  await screen(page, 'editor-hs-panel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('商品编号', { exact: true })).toHaveValue('8471300000');
  await expect(page.getByLabel('法定第一计量单位')).toHaveValue('001');
  await expect(page.getByLabel('法定第二计量单位')).toHaveValue('035');
  await expect(page.getByLabel('1. 品牌类型 *')).toBeFocused();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await enter(page, '3. 用途 *', '办公');
  await enter(page, '4. 品牌（中文或外文名称） *', 'Lenovo');
  await enter(page, '5. 型号 *', 'ThinkPad X1');
  await enter(page, '6. 是否有CPU *', '有');
  await expect(page.getByLabel('规格型号（申报要素）')).toHaveValue('0|0|办公|Lenovo|ThinkPad X1|有');
  await expect(page.getByTestId('gmodel-bytes')).toHaveText('30/255 字节');
  await skip(page, '7. GTIN', '8. CAS', '9. 其他', '规格型号（申报要素）');
  await enter(page, '成交数量', '10');
  await enter(page, '成交计量单位', '台');
  await expect(page.getByLabel('成交计量单位')).toHaveValue('001');
  // The declared unit is the first legal unit: the first legal quantity follows the declared one.
  await expect(page.getByLabel('法定第一数量')).toHaveValue('10');
  await skip(page, '法定第一数量', '法定第一计量单位');
  await enter(page, '法定第二数量', '21.5');
  await skip(page, '法定第二计量单位');
  await enter(page, '单价', '450');
  await enter(page, '总价', '4500');
  await enter(page, '币制', 'USD');
  await enter(page, '原产国（地区）', 'CHN');
  await enter(page, '最终目的国（地区）', '美国');
  await enter(page, '境内目的地/境内货源地', 'bjqt');
  await enter(page, '征免', 'zzzs');
  await expect(page.getByLabel('征免', { exact: true })).toHaveValue('1');

  // Item 2: Ctrl+N adds it (currency and countries carried over), F2 finds the code by digits.
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('商品编号', { exact: true })).toBeFocused();
  await expect(page.getByRole('group', { name: '第 2 项商品' })).toBeVisible();
  await page.keyboard.press('F2');
  await page.keyboard.type('847130');
  await expect(page.getByRole('option', { name: /8471\.3000\.00/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('1. 品牌类型 *')).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await enter(page, '3. 用途 *', '教学');
  await enter(page, '4. 品牌（中文或外文名称） *', 'HUAWEI');
  await enter(page, '5. 型号 *', 'MateBook 14');
  await enter(page, '6. 是否有CPU *', '有');
  await skip(page, '7. GTIN', '8. CAS', '9. 其他', '规格型号（申报要素）');
  await enter(page, '成交数量', '5');
  await enter(page, '成交计量单位', '001');
  await skip(page, '法定第一数量', '法定第一计量单位');
  await enter(page, '法定第二数量', '9');
  await skip(page, '法定第二计量单位', '单价');
  await enter(page, '总价', '3000.5');
  await expect(page.getByLabel('币制', { exact: true })).toHaveValue('USD');
  await expect(page.getByTestId('item-totals')).toContainText('15 001');
  await expect(page.getByTestId('item-totals')).toContainText('USD 7500.50');
  await expect(page.getByRole('group', { name: '商品列表' }).getByRole('row')).toHaveCount(3);

  // The panel lists the findings; the wrong country is among them. A click puts the cursor there.
  const panel = page.getByRole('complementary', { name: '检查结果' });
  const wrongCountry = panel.getByRole('button', { name: /启运国\/运抵国「XXZ」不在代码表中/ });
  await expect(wrongCountry).toBeVisible();
  await expect(page.getByTestId('finding-counts')).toContainText('个错误');
  await screen(page, 'editor-items-findings');
  await wrongCountry.click();
  await expect(page.getByLabel('启运国/运抵国')).toBeFocused();
  await page.keyboard.type('美国');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('启运国/运抵国')).toHaveValue('USA');
  await expect(wrongCountry).toHaveCount(0);

  // An item finding jumps to the field in the right row: item 1's missing unit price? No: item 2's 单价.
  const price = panel.getByRole('button', { name: /第 2 项.*单价/ }).first();
  if ((await price.count()) > 0) {
    await price.click();
    await expect(page.getByRole('group', { name: '第 2 项商品' })).toBeVisible();
    await expect(page.getByLabel('单价')).toBeFocused();
    await page.keyboard.type('600.1');
    await page.keyboard.press('Enter');
  }

  // Ctrl+Enter: the backend's full check (with packing lists) shows its own result.
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByRole('heading', { name: /后台全面检查/ })).toBeVisible();
  await expect(saveState(page)).toHaveText('已保存');

  await page.reload();
  await expect(page.getByLabel('申报地海关')).toHaveValue('2233');
  await expect(page.getByLabel('监管方式')).toHaveValue('0110');
  await expect(page.getByLabel('启运国/运抵国')).toHaveValue('USA');
  await expect(page.getByLabel('境内发货人')).toHaveValue('上海浦东新区进出口贸易有限公司');
  const rows = page.getByRole('group', { name: '商品列表' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('8471.3000.00');
  await expect(rows.nth(1)).toContainText('0|0|办公|Lenovo|ThinkPad X1|有');
  await expect(rows.nth(2)).toContainText('1|0|教学|HUAWEI|MateBook 14|有');
  await expect(page.getByLabel('1. 品牌类型 *')).toHaveValue('0');
  await screen(page, 'editor-items-zh');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('complementary', { name: 'Findings' })).toBeVisible();
  await expect(page.getByLabel('Declaration customs')).toHaveValue('2233');
  await screen(page, 'editor-items-en');
  await page.keyboard.press('F2');
  await page.keyboard.type('portable automatic');
  await expect(page.getByRole('dialog')).toContainText('Has a CPU');
  await screen(page, 'editor-hs-panel-en');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: '中文' }).click();
});
