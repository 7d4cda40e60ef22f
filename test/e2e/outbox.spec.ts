import { openApp, screen } from './app-helpers';
import { GatewayProcess } from './gateway-process';
import { expect, test } from './host-fixture';
import { configureGateway, openDeclaration, seedDeclaration } from './outbox-helpers';

/**
 * The broker's submission path against a real sandbox gateway (its bundle, its own SQLite data,
 * a simulator that answers in seconds): configure the channel in Settings, submit from the editor
 * with the keyboard, follow the item in the Outbox and the receipts in the declaration's timeline
 * until it is closed; then the gateway goes away (offline), a submission waits in the queue, and
 * goes out exactly once when the gateway is back.
 */
let gateway: GatewayProcess;
let token: string;
test.beforeEach(async () => {
  gateway = await GatewayProcess.create();
  token = gateway.enrolBroker();
  await gateway.start();
});
test.afterEach(async () => gateway.dispose());

test('submit from the editor, follow it in the Outbox to 结关, then offline and back: sent once', async ({ page, host }) => {
  test.setTimeout(150_000);
  await seedDeclaration(host, 'COSU6100000001');
  await seedDeclaration(host, 'COSU6100000002');
  await seedDeclaration(host, 'COSU6100000003');
  await openApp(page, host);
  const status = page.getByTestId('network-status');
  await configureGateway(page, gateway.url, token);
  await expect(status).toHaveText(/在线.*待发送 0/);
  await screen(page, 'outbox-settings-zh');

  // Submit with the keyboard: Ctrl+Shift+Enter in the editor.
  await openDeclaration(page, 'COSU6100000001');
  await page.getByLabel('提运单号').focus();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByText('已加入发送队列：上海进出口贸易有限公司 · COSU6100000001')).toBeVisible();
  await expect(page.getByTestId('frozen-notice')).toBeVisible();
  await expect(page.getByLabel('提运单号')).not.toBeEditable();

  // The timeline on the declaration's page fills up as the receipts arrive, to 结关.
  const timeline = page.getByTestId('receipt-timeline');
  await expect(timeline.getByRole('list', { name: '回执时间线' }).getByRole('listitem')).toHaveCount(6, { timeout: 60_000 });
  for (const meaning of ['申报成功', '海关入库成功', '海关已接受申报', '海关已放行', '已结关']) await expect(timeline).toContainText(meaning);
  await expect(page.locator('.editor-toolbar .status-tag')).toHaveText('结关');
  await screen(page, 'outbox-timeline-zh');

  // The Outbox (Alt+5): the item, its SeqNo, its receipt status; Enter opens the detail.
  await page.keyboard.press('Alt+5');
  const table = page.getByRole('table', { name: '发送队列' });
  const row = table.getByRole('row').filter({ hasText: 'COSU6100000001' });
  await expect(row).toContainText('已受理');
  await expect(row).toContainText('已结关');
  await expect(row.getByTestId('seq-no')).toHaveText(/^[IE]?\d{17,18}$/);
  await screen(page, 'outbox-list-zh');
  await row.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('outbox-detail');
  await expect(detail.getByRole('table', { name: '发送记录' })).toBeVisible();
  await expect(detail.getByRole('list', { name: '回执' }).getByRole('listitem')).toHaveCount(6);
  await screen(page, 'outbox-detail-zh');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(row).toBeFocused();

  // The network goes: the gateway is killed. The header says offline once the channel's probe fails.
  await gateway.stop();
  await expect(status).toHaveText(/离线/, { timeout: 30_000 });
  await openDeclaration(page, 'COSU6100000002');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByTestId('frozen-notice')).toContainText('等待发送');
  await expect(status).toHaveText(/离线.*待发送 1/);
  await expect(page.getByTestId('outbox-badge')).toHaveText('1');
  await openDeclaration(page, 'COSU6100000003');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(status).toHaveText(/离线.*待发送 2/);
  await page.keyboard.press('Alt+5');
  const waiting = table.getByRole('row').filter({ hasText: 'COSU6100000002' });
  await expect(waiting).toContainText('排队中');

  // Delete withdraws an item still queued: the third declaration is a draft again and never sent.
  const third = table.getByRole('row').filter({ hasText: 'COSU6100000003' });
  await page.getByRole('button', { name: '待发送', exact: true }).click();
  await expect(third).toContainText('排队中');
  await third.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('已撤回 上海进出口贸易有限公司 · COSU6100000003')).toBeVisible();
  await expect(third).toBeHidden();
  await expect(status).toHaveText(/离线.*待发送 1/);
  await page.getByRole('button', { name: '全部', exact: true }).click();
  await expect(third).toContainText('已撤回');

  // F9 (send now) while the gateway is gone: the attempt fails, the item says when it retries and why.
  await page.keyboard.press('F9');
  await expect(waiting).toContainText(/发送失败，将重试.*\d{2}:\d{2}:\d{2} 重试/);
  await expect(waiting.locator('.outbox-error')).not.toBeEmpty();
  await screen(page, 'outbox-offline-zh');

  // Back: it goes out by itself, once.
  await gateway.start();
  await expect(status).toHaveText(/在线.*待发送 0/, { timeout: 45_000 });
  await expect(waiting).toContainText('已结关', { timeout: 60_000 });
  expect(gateway.submissionCount()).toBe(2);
  await openDeclaration(page, 'COSU6100000003');
  await expect(page.locator('.editor-toolbar .status-tag')).toHaveText('草稿');
  await expect(page.getByLabel('提运单号')).toBeEditable();
  await page.keyboard.press('Alt+5');

  // The same screens in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(table).toBeHidden();
  const tableEn = page.getByRole('table', { name: 'Outbox' });
  await expect(tableEn.getByRole('row').filter({ hasText: 'COSU6100000002' })).toContainText('Closed');
  await screen(page, 'outbox-list-en');
  await tableEn.getByRole('row').filter({ hasText: 'COSU6100000001' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outbox-detail').getByRole('list', { name: 'Receipts' }).getByRole('listitem')).toHaveCount(6);
  await screen(page, 'outbox-detail-en');
  await page.getByRole('button', { name: 'Open declaration' }).click();
  await expect(page.getByTestId('receipt-timeline')).toContainText('Released');
  await screen(page, 'outbox-timeline-en');
  await page.getByRole('button', { name: '中文' }).click();
});
