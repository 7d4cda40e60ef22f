import { openApp, screen } from './app-helpers';
import { GatewayProcess } from './gateway-process';
import { expect, test } from './host-fixture';
import { configureGateway, openDeclaration, seedDeclaration } from './outbox-helpers';

/**
 * A rejection that names a field. The desktop's port table is unconfirmed, so a port missing from
 * it is only a warning here and the declaration can be submitted; the gateway's copy of the table
 * is confirmed, so customs answers with an E receipt whose NOTE names rule DEC-H-200. The timeline
 * shows the reason on top and one button puts the cursor in 经停港/指运港; correcting it makes a new
 * draft revision that can be submitted again.
 */
let gateway: GatewayProcess;
let token: string;
test.beforeEach(async () => {
  gateway = await GatewayProcess.create({ confirmTables: ['port'] });
  token = gateway.enrolBroker();
  await gateway.start();
});
test.afterEach(async () => gateway.dispose());

test('an E receipt shows its reason in the timeline and jumps to the field it names', async ({ page, host }) => {
  test.setTimeout(120_000);
  await seedDeclaration(host, 'COSU6200000001', (d) => ({ ...d, head: { ...d.head, distinatePort: 'HKG999' } }));
  await openApp(page, host);
  await configureGateway(page, gateway.url, token);

  await openDeclaration(page, 'COSU6200000001');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByTestId('frozen-notice')).toBeVisible();

  const timeline = page.getByTestId('receipt-timeline');
  const rejection = timeline.getByRole('alert');
  await expect(rejection).toContainText('海关退单：请修改后重新提交', { timeout: 60_000 });
  await expect(rejection).toContainText('DEC-H-200');
  await expect(page.locator('.editor-toolbar .status-tag')).toHaveText('退单');
  await expect(page.getByTestId('outbox-badge').locator('.nav-badge-rejected')).toHaveText('1');
  await expect(page.getByTestId('network-status')).toContainText('退回 1');
  await screen(page, 'outbox-rejection-zh');

  await rejection.getByRole('button', { name: '转到出错栏目' }).click();
  const port = page.getByLabel('经停港/指运港');
  await expect(port).toBeFocused();
  await expect(port).toBeEditable();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(timeline.getByRole('alert')).toContainText('Rejected by customs: correct it and submit again');
  await screen(page, 'outbox-rejection-en');
  await page.getByRole('button', { name: '中文' }).click();

  // The Outbox lists it as rejected; the detail says why.
  await page.keyboard.press('Alt+5');
  await page.getByRole('button', { name: '被退回' }).click();
  const row = page.getByRole('table', { name: '发送队列' }).getByRole('row').filter({ hasText: 'COSU6200000001' });
  await expect(row).toContainText('被退回');
  expect(gateway.submissionCount()).toBe(1);
});
