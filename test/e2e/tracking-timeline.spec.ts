import type { Page } from '@playwright/test';
import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { openDeclaration } from './outbox-helpers';
import { seedEvents, seedTracked } from './tracking-helpers';

/**
 * The declaration page's 通关+物流 timeline, with events entered by hand through the host and in
 * the page's own form: every step's time and the hours since the previous one (declared before
 * the vessel arrived is said so: 提前申报), what is still awaited, each event's source; a hand entry
 * added and deleted again; a wrong container number refused with the field named.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

const step = (page: Page, kind: string) => page.getByTestId('clearance-timeline').locator(`[data-step="${kind}"]`);

test('the timeline shows each step, the hours between, 提前申报 when declared before arrival, and takes a hand entry', async ({ page, host }) => {
  test.setTimeout(60_000);
  await seedTracked(host, 'COSU6200000001', seedEvents('vessel-arrival 2026-11-03 14:00', 'declared 2026-11-03 12:00', 'accepted 2026-11-03 15:00', 'released 2026-11-04 10:00'));
  await openApp(page, host);
  await openDeclaration(page, 'COSU6200000001');
  const timeline = page.getByTestId('clearance-timeline');
  await expect(timeline.getByRole('heading', { name: '通关+物流' })).toBeVisible();

  await expect(step(page, 'vessel-arrival')).toHaveAttribute('data-state', 'done');
  await expect(step(page, 'vessel-arrival')).toContainText('2026-11-03 14:00');
  // Steps are listed by time: declared first, the vessel 2 h later; the early lodgement is said so.
  await expect(step(page, 'declared').getByTestId('declared-early')).toHaveText('提前申报：抵港前 2.00 h');
  await expect(step(page, 'vessel-arrival').getByTestId('step-hours')).toHaveText('+2.00 h');
  await expect(step(page, 'accepted').getByTestId('step-hours')).toHaveText('+1.00 h');
  await expect(step(page, 'released').getByTestId('step-hours')).toHaveText('+19.00 h');
  await expect(timeline.getByTestId('timeline-overall')).toHaveText('整体通关时间 20.00 小时');
  await expect(step(page, 'gate-out')).toHaveAttribute('data-state', 'awaited');
  await expect(step(page, 'gate-out')).toContainText('等待中');
  // Entered by hand: each says so, and each can be deleted.
  await expect(step(page, 'declared').locator('.source-tag')).toHaveText('手工');
  await expect(step(page, 'declared').getByRole('button', { name: /删除事件/ })).toBeVisible();

  // A wrong container number is refused, and the field is named.
  await timeline.getByText('手工添加事件').click();
  const form = timeline.getByRole('form', { name: '手工添加事件' });
  await form.getByLabel('事件', { exact: true }).selectOption({ label: '提离出闸' });
  await form.getByLabel('发生时间').fill('2026-11-04T18:30');
  await form.getByLabel('箱号（可选）').fill('ABC123');
  await form.getByRole('button', { name: '添加事件' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(step(page, 'gate-out')).toHaveAttribute('data-state', 'awaited');

  await form.getByLabel('箱号（可选）').fill('CSQU3054383');
  await form.getByLabel('说明（可选）').fill('沪A·12345');
  await form.getByRole('button', { name: '添加事件' }).click();
  await expect(step(page, 'gate-out')).toHaveAttribute('data-state', 'done');
  await expect(step(page, 'gate-out').getByTestId('step-hours')).toHaveText('+8.50 h');
  await expect(step(page, 'gate-out')).toContainText('箱 CSQU3054383');
  await expect(step(page, 'gate-out')).toContainText('备注：沪A·12345');
  await screen(page, 'tracking-timeline-zh');

  await step(page, 'gate-out').getByRole('button', { name: /删除事件 提离出闸/ }).click();
  await expect(step(page, 'gate-out')).toHaveAttribute('data-state', 'awaited');
  await expect(page.getByText('已删除事件：提离出闸')).toBeVisible();
});
