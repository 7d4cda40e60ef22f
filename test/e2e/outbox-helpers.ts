import { expect, type Page } from '@playwright/test';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { validImport } from '../fixtures/declarations';
import type { HostProcess } from './host-fixture';
import { hostCall } from './packing-helpers';

/** A valid import declaration stored through the host, told apart by its bill of lading. */
export async function seedDeclaration(host: HostProcess, billNo: string, change: (d: DeclarationDraft) => DeclarationDraft = (d) => d): Promise<string> {
  const doc = await hostCall<{ id: string; revision: number }>(host, 'documents.create', { kind: 'declaration', direction: 'I' });
  const base = validImport();
  const data = change({ ...base, head: { ...base.head, billNo } });
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'declaration', data } });
  return doc.id;
}

/** Settings › 提交通道, typed as a broker would: the gateway's URL and the device token, then save. */
export async function configureGateway(page: Page, url: string, token: string): Promise<void> {
  await page.keyboard.press('Alt+6');
  const section = page.locator('.sync-section');
  await section.getByLabel('网关地址').fill(url);
  await section.getByLabel('设备令牌').fill(token);
  await section.getByRole('button', { name: '保存通道设置' }).click();
  await expect(section.getByTestId('token-state')).toHaveText(/已保存设备令牌/);
  await expect(section.getByTestId('channel-state')).toContainText('可连接', { timeout: 15_000 });
}

/** From the declarations list, opens the one with this bill of lading with the keyboard. */
export async function openDeclaration(page: Page, billNo: string): Promise<void> {
  await page.keyboard.press('Alt+1');
  const row = page.getByRole('table', { name: '报关单列表' }).getByRole('row').filter({ hasText: billNo });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-heading')).toContainText(billNo);
}
