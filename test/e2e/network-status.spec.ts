import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

test('the header shows online/offline as the network comes and goes, with the outbox count', async ({ page, host, context }) => {
  await openApp(page, host);
  const status = page.getByTestId('network-status');
  await expect(status).toHaveText(/在线.*待发送 0/);
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
