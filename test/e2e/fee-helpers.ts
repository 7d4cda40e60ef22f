import type { Page } from '@playwright/test';
import { fixtureInvoices } from '../fixtures/fees/invoices';
import type { FeeInvoice } from '../../shared/model/fees';
import { screen } from './app-helpers';
import type { HostProcess } from './host-fixture';
import { hostCall } from './packing-helpers';
import { chinaTime, seedEvents, seedTracked } from './tracking-helpers';

/**
 * The March 2025 invoices of test/fixtures/fees/invoices.ts (terminal, shipping line, broker),
 * without their made-up declaration ids: here the lines find their declaration by B/L number,
 * as an imported statement's lines do.
 */
export const marchInvoices: FeeInvoice[] = fixtureInvoices
  .filter((i) => i.invoiceDate.startsWith('2025-03'))
  .map((i) => ({ ...i, lines: i.lines.map(({ declarationId: _unused, ...line }) => line) }));

export const marchBl = 'SHA2025030001';

/** The import declaration of B/L SHA2025030001, inspected with no problem found (FEE-007 applies). */
export async function seedInspectedImport(host: HostProcess): Promise<string> {
  const id = await seedTracked(host, marchBl, seedEvents('vessel-arrival 2025-03-06 08:00', 'declared 2025-03-06 10:00', 'accepted 2025-03-06 11:00', 'inspection-ordered 2025-03-07 09:00'));
  await hostCall(host, 'tracking.addEvent', { documentId: id, kind: 'inspection-done', at: chinaTime('2025-03-09 08:00'), outcome: 'no-problem' });
  return id;
}

export async function saveInvoices(host: HostProcess, invoices: FeeInvoice[]): Promise<void> {
  for (const invoice of invoices) await hostCall(host, 'fees.saveInvoice', { invoice });
}

/** Sum of decimal strings, exactly (in cents), as "1,234.50": the test's own arithmetic, not the app's. */
export function money(amounts: readonly string[]): string {
  const cents = amounts.reduce((sum, a) => {
    const [whole = '0', fraction = ''] = a.split('.');
    return sum + Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  }, 0);
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** The whole screen in one picture: a tall window, nothing focused. */
export async function screenTall(page: Page, name: string, height = 2200): Promise<void> {
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screen(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}
