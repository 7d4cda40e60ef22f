import { backToList, createDraft, expectSavedAfterEdit, listRow, openApp } from './app-helpers';
import { expect, test } from './host-fixture';

test('the search box finds declarations by B/L no. and by Chinese text', async ({ page, host }) => {
  await openApp(page, host);
  for (const [billNo, tradeName] of [
    ['SRCH-A-001', '宁波海天机械有限公司'],
    ['SRCH-B-002', '深圳华南电子有限公司'],
  ] as const) {
    await createDraft(page);
    await page.getByLabel('境内收货人').fill(tradeName);
    await page.getByLabel('提运单号').fill(billNo);
    await expectSavedAfterEdit(page);
    await backToList(page);
  }
  const rows = page.getByRole('table', { name: '报关单列表' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);

  const search = page.getByRole('searchbox', { name: '搜索报关单' });
  await search.fill('华南电子');
  await expect(rows).toHaveCount(1);
  await expect(listRow(page, 'SRCH-B-002')).toBeVisible();
  await search.fill('SRCH-A');
  await expect(rows).toHaveCount(1);
  await expect(listRow(page, '宁波海天机械有限公司')).toBeVisible();
  await search.fill('没有这个');
  await expect(page.getByText('没有找到包含“没有这个”的报关单。')).toBeVisible();
  await search.fill('');
  await expect(rows).toHaveCount(2);
});

test('without the token the page says which address to open', async ({ browser, host }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url.replace(/#.*$/, ''));
  await expect(page.getByText('请用启动时打印的地址打开')).toBeVisible();
  await expect(page.getByText('Open the address printed at start-up')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/no-token.png' });

  // A token from another run is refused by the host: the same screen, not a broken app.
  await page.goto(host.url.replace(/#token=.*$/, '#token=stale-token'));
  await expect(page.getByText('请用启动时打印的地址打开')).toBeVisible();
  await context.close();
});
