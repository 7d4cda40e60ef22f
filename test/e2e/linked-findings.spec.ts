import { openApp, saveState } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

test('the declaration shows its packing list findings; a click opens the packing list at the line, and back', async ({ page, host }) => {
  test.setTimeout(90_000);
  const declaration = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', {
    id: declaration.id,
    baseRevision: declaration.revision,
    body: { kind: 'declaration', data: { head: { ieFlag: 'E', billNo: 'COSU7000333', packNo: '15', grossWet: '60' }, items: [{ gNo: 1, codeTs: '6109100010' }] } },
  });
  const list = await hostCall<Doc>(host, 'documents.create', { kind: 'packing-list' });
  await hostCall(host, 'documents.save', {
    id: list.id,
    baseRevision: list.revision,
    body: {
      kind: 'packing-list',
      data: {
        header: { plNo: 'PL-LINK-01', plDate: '20250310' },
        declarationId: declaration.id,
        lines: [
          { lineNo: 1, cartons: '10', piecesPerCarton: '12', pieceUnit: '011', description: '棉制T恤', hsCode: '6109100010', itemGNo: '1', netPerCarton: '5', grossPerCarton: '6' },
          // Net above gross: PL-004 on line 2.
          { lineNo: 2, cartons: '2', piecesPerCarton: '12', pieceUnit: '011', description: '棉制T恤', hsCode: '6109100010', itemGNo: '1', netPerCarton: '7', grossPerCarton: '6' },
        ],
      },
    },
  });

  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), declaration.id);
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU7000333');

  // Without Ctrl+Enter: the linked list's findings and the cross-document ones are in the panel.
  const panel = page.getByRole('complementary', { name: '检查结果' });
  await expect(panel.getByRole('heading', { name: '关联装箱单（1 份）' })).toBeVisible();
  const grossMismatch = panel.getByRole('button', { name: /X-001.*毛重 60 与装箱单总毛重 72 不符/ });
  await expect(grossMismatch).toBeVisible();
  await expect(panel.getByRole('button', { name: /X-001.*件数 15 与装箱单总箱数 12 不符/ })).toBeVisible();

  // Fixing the declaration clears the cross-document finding once saved.
  await grossMismatch.click();
  await expect(page.getByLabel('毛重（千克）')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('72');
  await expect(saveState(page)).toHaveText('已保存');
  await expect(grossMismatch).toHaveCount(0);

  // A packing-list finding opens that list with the cursor in the cell it names.
  const netAboveGross = panel.getByRole('button', { name: /PL-004.*每箱净重 7 千克大于每箱毛重 6 千克/ });
  await expect(netAboveGross).toBeVisible();
  await netAboveGross.click();
  await expect(page.getByLabel('装箱单号')).toHaveValue('PL-LINK-01');
  const grid = page.getByRole('grid', { name: '装箱明细表' });
  await expect(grid.locator('[data-row="1"][data-col="netPerCarton"]')).toBeFocused();

  // The packing list shows the cross-document check too (no Ctrl+Enter), and a click goes back.
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(saveState(page)).toHaveText('已保存');
  await page.getByRole('button', { name: '← 装箱单列表' }).click();
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), declaration.id);
  await expect(panel.getByRole('button', { name: /PL-004/ })).toHaveCount(0);
  await expect(panel.getByText('没有问题')).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/packing-lists/${id}`), list.id);
  const plPanel = page.getByRole('complementary', { name: '检查结果' });
  const back = plPanel.getByRole('button', { name: /X-001.*件数 15 与装箱单总箱数 12 不符/ });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page.getByLabel('件数', { exact: true })).toBeFocused();
});
