import type { Locator, Page } from '@playwright/test';
import { openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall, pasteText } from './packing-helpers';

/**
 * Issue 4's broker test: an export declaration from scratch with the keyboard only (no mouse
 * click after the app opens, except on findings, which is how the panel is meant to be used),
 * three items through the HS panel with their declaration elements, the consignee and the
 * overseas consignee from the party library, a container, a packing list pasted from a TSV
 * block and linked, the findings fixed by clicking them, then a reload: everything is there.
 */

/** The field the cursor is in must be `label`; type `text` (if any), then Enter to the next field. */
async function enter(page: Page, label: string, text = ''): Promise<void> {
  await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function skip(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) await enter(page, label);
}

/** Tab until `target` has the focus, as a person would (at most `max` presses). */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

interface ItemSpec {
  search: string;
  code: RegExp;
  elements: [string, string][];
  qty: string;
  unit: string;
  secondQty: string;
  price: string;
  total: string;
}

const items: ItemSpec[] = [
  {
    search: '笔记本',
    code: /8471\.3000\.00/,
    elements: [['3. 用途 *', '办公'], ['4. 品牌（中文或外文名称） *', 'Lenovo'], ['5. 型号 *', 'ThinkPad X1'], ['6. 是否有CPU *', '有']],
    qty: '10',
    unit: '001',
    secondQty: '20',
    price: '450',
    total: '4500',
  },
  {
    search: '智能手机',
    code: /8517\.1300\.00/,
    elements: [['3. 用途 *', '通讯'], ['4. 功能 *', '通话、上网'], ['5. 品牌（中文或外文名称） *', 'HUAWEI'], ['6. 型号 *', 'Mate 60']],
    qty: '200',
    unit: '001',
    secondQty: '60',
    price: '300',
    total: '60000',
  },
  {
    search: '办公室用木家具',
    code: /9403\.3000\.00/,
    elements: [['3. 用途 *', '办公'], ['4. 材质 *', '橡木'], ['5. 品牌（中文或外文名称） *', '无品牌'], ['6. 型号 *', 'DESK-01']],
    qty: '5',
    unit: '011',
    secondQty: '100',
    price: '120',
    total: '600',
  },
];

/** Carton range, cartons, description, HS, item, pcs, unit, net, gross, L, W, H: 35 cartons, 180 kg net, 230 kg gross. */
const packingTsv = [
  ['C001-C010', '', '笔记本电脑', '8471300000', '1', '1', '台', '2', '2.5', '40', '30', '10'],
  ['C011-C030', '', '智能手机', '8517130000', '2', '10', '台', '3', '4', '40', '30', '20'],
  ['C031-C035', '', '办公桌', '9403300000', '3', '1', '件', '20', '25', '120', '60', '20'],
]
  .map((cells) => cells.join('\t'))
  .join('\r\n');

test('a broker files an export declaration and its packing list with the keyboard, fixes the findings, reloads', async ({ page, host }) => {
  test.setTimeout(240_000);
  const party = (data: Record<string, unknown>) => hostCall(host, 'library.save', { body: { kind: 'party', data } });
  await party({ nameZh: '宁波海天机械有限公司', uscc: '91330200MA2AAAAA1X', customsCode: '3302960001', ciqCode: '3800600001', roles: ['domestic-trader'] });
  await party({ nameEn: 'ACME TRADING LLC', overseasCode: 'NO', addressEn: '100 Harbor Blvd, Long Beach, CA', country: 'USA', roles: ['overseas'] });

  await openApp(page, host);
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('进出口标志')).toBeFocused();
  await expect(saveState(page)).toHaveText('已保存');

  // Header: the official order, Enter to the next field; parties come from the library.
  await page.keyboard.type('E');
  await page.keyboard.press('Enter');
  await enter(page, '申报地海关', '2233');
  await enter(page, '进/出境关别', '2233');
  await enter(page, '进出口日期', '20250310');
  await skip(page, '申报日期', '备案号', '许可证号', '批准文号');
  await expect(page.getByLabel('境内发货人')).toBeFocused();
  await page.keyboard.type('海天');
  await expect(page.getByRole('option', { name: /宁波海天机械有限公司/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('境内发货人')).toHaveValue('宁波海天机械有限公司');
  await expect(page.getByLabel('境内收发货人海关代码')).toHaveValue('3302960001');
  await skip(page, '境内收发货人统一社会信用代码', '境内收发货人海关代码', '境内收发货人检验检疫编码');
  await expect(page.getByLabel('境外收货人名称（外文）')).toBeFocused();
  await page.keyboard.type('ACME');
  await expect(page.getByRole('option', { name: /ACME TRADING LLC/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('境外收货人名称（外文）')).toHaveValue('ACME TRADING LLC');
  await expect(page.getByLabel('境外收货人代码')).toHaveValue('NO');
  await skip(page, '境外收货人名称（中文）', '境外收货人代码', '境外收货人地址');
  await skip(page, '消费使用/生产销售单位', '消费使用/生产销售单位统一社会信用代码', '消费使用/生产销售单位海关代码', '消费使用/生产销售单位检验检疫编码');
  await skip(page, '申报单位', '申报单位统一社会信用代码', '申报单位海关代码', '申报单位检验检疫编码');
  await skip(page, '录入单位', '录入单位统一社会信用代码', '录入单位代码', '申报人员姓名', '录入员姓名', '录入员IC卡号');
  await enter(page, '运输方式', 'slys');
  await skip(page, '运输工具名称');
  await enter(page, '提运单号', 'COSU6123456789');
  await skip(page, '启运日期', '货物存放地点', '启运港', '经停港/指运港', '入境口岸/离境口岸');
  await enter(page, '监管方式', 'ybmy');
  await skip(page, '征免性质');
  await enter(page, '贸易国别（地区）', 'USA');
  // Not a country code: kept as typed, flagged, fixed below by clicking the finding.
  await enter(page, '启运国/运抵国', 'XXZ');
  await enter(page, '成交方式', 'FOB');
  await skip(page, '合同协议号', '目的地海关');
  await skip(page, '运费标记', '运费', '运费币制', '保险费标记', '保险费', '保险费币制', '杂费标记', '杂费', '杂费币制');
  await enter(page, '包装种类', 'zzhxwbzhx');
  await expect(page.getByLabel('包装种类')).toHaveValue('22');
  // 30 packages: the packing list will say 35, fixed below by clicking the finding.
  await enter(page, '件数', '30');
  await enter(page, '毛重（千克）', '230');
  await enter(page, '净重（千克）', '180');

  // Three items, each found through the HS panel (F2), with its declaration elements.
  for (const [index, item] of items.entries()) {
    if (index > 0) {
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('group', { name: `第 ${index + 1} 项商品` })).toBeVisible();
    }
    await page.keyboard.press('F2');
    await expect(page.getByRole('searchbox', { name: '查询商品编号' })).toBeFocused();
    await page.keyboard.type(item.search);
    await expect(page.getByRole('option', { name: item.code }).first()).toBeVisible();
    if (index === 0) await screen(page, 'broker-hs-panel-zh');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByLabel('1. 品牌类型 *')).toBeFocused();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    for (const [label, text] of item.elements) await enter(page, label, text);
    await skip(page, '7. GTIN', '8. CAS', '9. 其他', '规格型号（申报要素）');
    await enter(page, '成交数量', item.qty);
    await enter(page, '成交计量单位', item.unit);
    await skip(page, '法定第一数量', '法定第一计量单位');
    await enter(page, '法定第二数量', item.secondQty);
    await skip(page, '法定第二计量单位');
    await enter(page, '单价', item.price);
    await enter(page, '总价', item.total);
    if (index === 0) {
      await enter(page, '币制', 'USD');
      await enter(page, '原产国（地区）', 'CHN');
      await enter(page, '最终目的国（地区）', 'USA');
      await enter(page, '境内目的地/境内货源地', 'bjqt');
      await enter(page, '征免', 'zzzs');
    }
  }
  const grid = page.getByRole('group', { name: '商品列表' });
  await expect(grid.getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('item-totals')).toContainText('USD 65100');
  await grid.scrollIntoViewIfNeeded();
  await screen(page, 'broker-items-zh');

  // A container after the items: Tab from the last item field reaches the block's add button.
  await page.getByLabel('征免', { exact: true }).focus();
  await tabTo(page, page.getByRole('region', { name: '集装箱' }).getByRole('button', { name: /添加/ }));
  await page.keyboard.press('Enter');
  await enter(page, '集装箱号 1', 'MSKU1234566');
  await enter(page, '集装箱规格 1', '40GP');
  await enter(page, '商品项号关系 1', '1,2,3');
  await expect(saveState(page)).toHaveText('已保存');
  const declarationUrl = page.url();

  // The packing list: Alt+2, 新建装箱单 by Tab + Enter, the TSV block pasted at the grid's cursor.
  await page.keyboard.press('Alt+2');
  await tabTo(page, page.getByRole('button', { name: '新建装箱单' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('所属报关单'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('所属报关单')).not.toHaveValue('');
  const plNo = page.getByLabel('装箱单号');
  await tabTo(page, plNo);
  await page.keyboard.type('PL-BROKER-01');
  const cells = page.getByRole('grid', { name: '装箱明细表' });
  await tabTo(page, cells.getByRole('gridcell').first());
  await pasteText(page, packingTsv);
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('35');
  await expect(page.getByTestId('pl-total-grossKg')).toHaveText('230');
  await expect(saveState(page)).toHaveText('已保存');
  await screen(page, 'broker-packing-zh');

  // Back to the declaration (Alt+1, the row by Tab, Enter); the linked list's findings are there.
  await page.keyboard.press('Alt+1');
  await tabTo(page, page.getByRole('table', { name: '报关单列表' }).getByRole('row').filter({ hasText: '宁波海天机械有限公司' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU6123456789');
  expect(page.url()).toBe(declarationUrl);

  // The findings, fixed by clicking them: packages against the packing list, the country, the container.
  const panel = page.getByRole('complementary', { name: '检查结果' });
  await expect(panel.getByRole('heading', { name: '关联装箱单（1 份）' })).toBeVisible();
  const packages = panel.getByRole('button', { name: /X-001.*件数 30 与装箱单总箱数 35 不符/ });
  await packages.click();
  await expect(page.getByLabel('件数', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('35');
  await expect(saveState(page)).toHaveText('已保存');
  await expect(packages).toHaveCount(0);
  await expect(panel.getByText('件数、重量、集装箱、商品编号与装箱单一致。')).toBeVisible();

  const country = panel.getByRole('button', { name: /启运国\/运抵国「XXZ」不在代码表中/ });
  await country.click();
  await expect(page.getByLabel('启运国/运抵国')).toBeFocused();
  await page.keyboard.type('美国');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('启运国/运抵国')).toHaveValue('USA');
  await expect(country).toHaveCount(0);

  const container = panel.getByRole('button', { name: /MSKU1234566.*校验位不正确/ });
  await container.click();
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('MSKU1234565');
  await expect(container).toHaveCount(0);
  await expect(saveState(page)).toHaveText('已保存');
  await screen(page, 'broker-editor-zh');

  // Reload: everything is there.
  await page.reload();
  await expect(page.getByLabel('境内发货人')).toHaveValue('宁波海天机械有限公司');
  await expect(page.getByLabel('境外收货人名称（外文）')).toHaveValue('ACME TRADING LLC');
  await expect(page.getByLabel('启运国/运抵国')).toHaveValue('USA');
  await expect(page.getByLabel('件数', { exact: true })).toHaveValue('35');
  const rows = grid.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('0|0|办公|Lenovo|ThinkPad X1|有');
  await expect(rows.nth(2)).toContainText('0|0|通讯|通话、上网|HUAWEI|Mate 60');
  await expect(rows.nth(3)).toContainText('0|0|办公|橡木|无品牌|DESK-01');
  await expect(rows.nth(3)).toContainText('9403.3000.00');
  await expect(page.getByLabel('集装箱号 1', { exact: true })).toHaveValue('MSKU1234565');
  await expect(page.getByLabel('集装箱规格 1')).toHaveValue('11');
  await expect(panel.getByText('件数、重量、集装箱、商品编号与装箱单一致。')).toBeVisible();
  await page.getByRole('region', { name: '集装箱' }).scrollIntoViewIfNeeded();
  await screen(page, 'broker-sections-zh');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('complementary', { name: 'Findings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Linked packing lists: 1' })).toBeVisible();
  await page.getByRole('region', { name: 'Containers' }).scrollIntoViewIfNeeded();
  await screen(page, 'broker-sections-en');
  await page.getByRole('group', { name: 'Goods items' }).scrollIntoViewIfNeeded();
  await screen(page, 'broker-items-en');
  await page.getByRole('button', { name: '中文' }).click();
});
