import type { Page } from '@playwright/test';
import type { HostProcess } from './host-fixture';

/** A call straight to the browser host, for seeding what a test does not type by hand. */
export async function hostCall<T>(host: HostProcess, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${new URL(host.url).origin}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { messageEn: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.messageEn}`);
  return result.value;
}

/**
 * Headless Chromium will not let a page read the clipboard, so the test hands the focused grid
 * cell the same paste event a Ctrl+V would, carrying the text/plain Excel puts there.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const target = document.activeElement ?? document.body;
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** Twenty lines as an exporter's sheet has them: carton range, cartons, description, HS, item, pcs, unit, net, gross, L, W, H. */
export function tsvBlock(lines: number): string {
  return Array.from({ length: lines }, (_, i) => {
    const from = i * 10 + 1;
    return [`C${String(from).padStart(3, '0')}-C${String(from + 9).padStart(3, '0')}`, '', `棉制T恤 款${i + 1}`, '6109100010', '1', '12', '件', '5', '6', '60', '40', '30'].join('\t');
  }).join('\r\n');
}
