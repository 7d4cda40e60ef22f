import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createDraft, openApp, screen } from './app-helpers';
import { expect, HostProcess, test } from './host-fixture';

/**
 * The machine-wide policy as an administrator deploys it: the host starts with
 * CLEARWAY_POLICY_FILE pointing at a real policy file. A valid policy shows in Settings with its
 * sources and locks, locked inputs disabled; an invalid one is announced on start and listed in
 * Settings, naming each bad key.
 */
const dirs: string[] = [];
const hosts: HostProcess[] = [];
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function hostWithPolicy(policy: unknown): Promise<HostProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-e2e-policy-'));
  dirs.push(dir);
  const file = join(dir, 'policy.json');
  writeFileSync(file, typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2));
  const host = await HostProcess.start(undefined, { env: { CLEARWAY_POLICY_FILE: file } });
  hosts.push(host);
  return host;
}

async function openSettings(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await expect(page.getByTestId('setting-language')).toBeVisible();
}

const gatewayUrl = 'http://gateway.clearway.test:8787';
const words = {
  'zh-CN': { settings: /设置/, policy: '策略', user: '用户', locked: '由管理员策略锁定', gatewayLabel: '网关地址', badge: '默认' },
  en: { settings: /Settings/, policy: 'policy', user: 'user', locked: "Locked by your administrator's policy", gatewayLabel: 'Gateway URL', badge: 'default' },
} as const;

for (const language of ['zh-CN', 'en'] as const) {
  test(`a policy that sets and locks the gateway and the language (${language}): sources, locks, disabled inputs`, async ({ page }) => {
    const w = words[language];
    const host = await hostWithPolicy({ gatewayUrl, enterpriseCode: '91310115MA1K3ABC1G', language, locked: ['gatewayUrl', 'language'] });
    await openApp(page, host);
    await expect(page.getByTestId('policy-banner')).toHaveCount(0);
    await openSettings(page, w.settings);

    const gateway = page.getByTestId('setting-gatewayUrl');
    await expect(gateway).toContainText(gatewayUrl);
    await expect(page.getByTestId('source-gatewayUrl')).toHaveText(w.policy);
    await expect(page.getByTestId('lock-gatewayUrl')).toHaveAttribute('title', w.locked);
    await expect(page.getByTestId('source-language')).toHaveText(w.policy);
    await expect(page.getByTestId('lock-language')).toBeVisible();
    await expect(page.getByTestId('source-enterpriseCode')).toHaveText(w.policy);
    await expect(page.getByTestId('lock-enterpriseCode')).toHaveCount(0);
    await expect(page.getByTestId('source-proxy')).toHaveText(w.badge);

    // Locked inputs are disabled: the language buttons (Settings and the header) and the sync section's gateway URL.
    for (const button of await page.getByRole('button', { name: /^(中文|English)$/ }).all()) await expect(button).toBeDisabled();
    await expect(page.locator('#sync-gateway-url')).toBeDisabled();
    await expect(page.locator('#sync-gateway-url')).toHaveValue(gatewayUrl);
    await expect(page.getByTestId('sync-lock-gatewayUrl')).toHaveAttribute('title', w.locked);
    await expect(page.getByTestId('sync-lock-autoSend')).toHaveCount(0);
    await expect(page.locator('#sync-device-token')).toBeEnabled();
    await expect(page.locator('#setting-enterpriseCode')).toBeEnabled();
    await expect(page.locator('#setting-enterpriseCode')).toHaveValue('91310115MA1K3ABC1G');
    await expect(page.getByTestId('policy-status')).toHaveAttribute('data-state', 'ok');
    await screen(page, `settings-policy-${language === 'en' ? 'en' : 'zh'}`);
    await page.locator('#sync-gateway-url').scrollIntoViewIfNeeded();
    await screen(page, `settings-policy-sync-${language === 'en' ? 'en' : 'zh'}`);

    // Keyboard: a wrong check character gets an inline error naming the field; a good code becomes the user's.
    const code = page.locator('#setting-enterpriseCode');
    await code.fill('91310115MA1K3ABC1X');
    await code.press('Enter');
    await expect(page.getByTestId('setting-enterpriseCode').getByRole('alert')).toHaveText(
      language === 'en' ? /Enterprise code: the USCC check character is wrong \(the 18th character should be G\)/ : /企业代码：统一社会信用代码的校验位不正确（第 18 位应为 G）/,
    );
    await expect(page.getByTestId('source-enterpriseCode')).toHaveText(w.policy);
    await code.fill('3101234567');
    await code.press('Enter');
    await expect(page.getByTestId('source-enterpriseCode')).toHaveText(w.user);
    await expect(page.locator('#setting-enterpriseCode')).toHaveValue('3101234567');

    if (language === 'zh-CN') {
      // A new draft from the UI gets the enterprise code as the declaring unit (申报单位).
      await page.keyboard.press('Alt+1');
      await createDraft(page);
      await expect(page.getByLabel('申报单位海关代码', { exact: true })).toHaveValue('3101234567');
    }
  });
}

test('an invalid policy: the start banner and Settings name each bad key and what is wrong', async ({ page }) => {
  const host = await hostWithPolicy({ gatewayUrl: 'gateway.local', language: 'fr', proxy: 'direct', locked: ['proxy', 'colour'] });
  await openApp(page, host);
  const banner = page.getByTestId('policy-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('管理员策略文件有问题');
  await expect(banner.getByRole('listitem')).toHaveText([
    /^gatewayUrl："gateway\.local" 不是有效的网址/,
    /^language："fr" 应为 "zh-CN" 或 "en"/,
    /^locked："colour" 不是可锁定的设置/,
  ]);
  await screen(page, 'policy-banner-zh');

  await banner.getByRole('button', { name: '打开设置' }).click();
  await expect(page.getByTestId('setting-language')).toBeVisible();
  const status = page.getByTestId('policy-status');
  await expect(status).toHaveAttribute('data-state', 'invalid');
  await expect(status.getByRole('listitem')).toHaveCount(3);
  await expect(status).toContainText('gatewayUrl："gateway.local" 不是有效的网址');
  // The valid part still applies: proxy is set and locked.
  await expect(page.getByTestId('source-proxy')).toHaveText('策略');
  await expect(page.getByTestId('lock-proxy')).toBeVisible();
  await expect(page.locator('#setting-proxy')).toBeDisabled();
  await screen(page, 'settings-policy-invalid-zh');

  // In English the same list, in English.
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(banner).toContainText("There is a problem with your administrator's policy file");
  await expect(banner.getByRole('listitem').first()).toHaveText(/^gatewayUrl: "gateway\.local" - not a valid URL/);
  await expect(status).toContainText('language: "fr" - must be "zh-CN" or "en"');
  await screen(page, 'settings-policy-invalid-en');

  // Dismissed for this run; Settings keeps the list.
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  await expect(status.getByRole('listitem')).toHaveCount(3);
});
