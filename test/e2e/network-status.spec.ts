import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

/**
 * With no submission channel configured, online/offline is the browser's view of the network; once
 * a gateway is configured it is the gateway's reachability (test/e2e/outbox.spec.ts). The count is
 * the outbox's (sync.status), and the badge beside 发送队列 appears only when something waits.
 */
test('the header shows online/offline as the network comes and goes, with the outbox count', async ({ page, host, context }) => {
  await openApp(page, host);
  const status = page.getByTestId('network-status');
  await expect(status).toHaveText(/在线.*待发送 0/);
  // Its hint says why nothing is sent yet: no channel configured.
  await expect(status).toHaveAttribute('title', /尚未设置单一窗口网关地址/);
  await expect(page.getByTestId('outbox-badge')).toBeEmpty();
  await context.setOffline(true);
  await expect(status).toHaveText(/离线.*待发送 0/);
  // (Playwright's offline mode also cuts the page from the browser host on 127.0.0.1, so the
  // editor is not exercised here; in the desktop app the backend is reached over IPC.)
  await screen(page, 'network-offline-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(status).toHaveText(/Offline.*Outbox: 0/);
  await context.setOffline(false);
  await expect(status).toHaveText(/Online.*Outbox: 0/);
  await page.getByRole('button', { name: '中文' }).click();
});
