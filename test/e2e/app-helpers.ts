import { mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { HostProcess } from './host-fixture';

const SCREENS_DIR = 'test-results/screens';

/** Opens the address the host printed, as a person would paste it, and waits for the app. */
export async function openApp(page: Page, host: HostProcess): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
}

export function saveState(page: Page): Locator {
  return page.getByTestId('save-state');
}

/**
 * After an edit. The indicator turns 未保存 in the same input event that changed the text (React
 * renders discrete events synchronously), so 已保存 read after fill() is never the stale state.
 */
export async function expectSavedAfterEdit(page: Page, saved = '已保存'): Promise<void> {
  await expect(saveState(page)).toHaveText(saved);
}

export async function createDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: /新建报关单/ }).click();
  await expect(page.getByLabel('进出口标志')).toBeVisible();
  await expect(saveState(page)).toHaveText('已保存');
}

export async function backToList(page: Page): Promise<void> {
  await page.getByRole('button', { name: /报关单列表/ }).click();
  await expect(page.getByRole('heading', { name: '报关单', level: 1 })).toBeVisible();
}

export function listRow(page: Page, text: string): Locator {
  return page.getByRole('table', { name: '报关单列表' }).getByRole('row').filter({ hasText: text });
}

export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
}
