import { execFileSync } from 'node:child_process';
import { expect, test } from './host-fixture';
import { openApp, screen } from './app-helpers';
import { hostCall } from './packing-helpers';
import { fiftyItemDeclaration, thousandLinePackingList } from '../fixtures/pdf-documents';

interface Doc {
  id: string;
  revision: number;
}

test('Ctrl+P in the declaration editor previews the PDF in the app; save as gives the same PDF; Esc closes', async ({ page, host }) => {
  test.setTimeout(90_000);
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'I' });
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'declaration', data: fiftyItemDeclaration() } });
  await openApp(page, host);
  await page.evaluate((id) => (location.hash = `#/declarations/${id}`), doc.id);
  await expect(page.getByLabel('进出口标志')).toBeVisible();

  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: /打印预览/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('打印预览：报关单-223320261000123456.pdf', { timeout: 20_000 });
  const summary = dialog.getByTestId('pdf-summary');
  await expect(summary).toContainText(/\d+ 页 · [\d.]+ KB · 最大单页/);
  const pages = Number(/(\d+) 页/.exec((await summary.textContent()) ?? '')?.[1]);
  const images = dialog.getByRole('img', { name: /^第 \d+ 页/ });
  await expect(images).toHaveCount(pages, { timeout: 20_000 });
  await expect(dialog.getByText('符合单一窗口随附单据要求', { exact: false })).toBeVisible();
  // Drawn by pdf.js, not blank: the first page has its real size in pixels.
  expect(await images.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(1000);
  // Ready: focus on 打印 (keyboard-first), and Ctrl+P now prints (the system dialog; counted here).
  await expect(dialog.getByRole('button', { name: /^打印/ })).toBeFocused();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.keyboard.press('Control+p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await screen(page, 'pdf-preview-declaration-zh');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe('报关单-223320261000123456.pdf');
  const info = execFileSync('pdfinfo', [await file.path()], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));

  // The PDF's language can differ from the UI's.
  await dialog.getByLabel('PDF 语言').selectOption('en');
  await expect(dialog.getByRole('heading')).toHaveText('打印预览：declaration-223320261000123456.pdf', { timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('进出口标志')).toBeVisible();
});

test('the packing-list editor previews a 1,000-line list (progress, then every page), in English', async ({ page, host }) => {
  // 26 pages drawn by pdf.js on a 2-core machine shared with other builds.
  test.setTimeout(120_000);
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'packing-list' });
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'packing-list', data: thousandLinePackingList() } });
  await openApp(page, host);
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate((id) => (location.hash = `#/packing-lists/${id}`), doc.id);
  await page.getByRole('button', { name: /Print preview/ }).click();
  const dialog = page.getByRole('dialog', { name: /Print preview/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Print preview: packing-list-PL-2026-001.pdf', { timeout: 30_000 });
  const summary = dialog.getByTestId('pdf-summary');
  await expect(summary).toContainText(/\d+ pages · [\d.]+ KB · largest page/);
  const pages = Number(/(\d+) pages/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(pages).toBeGreaterThan(20);
  await expect(dialog.getByRole('img', { name: /^Page \d+ of/ })).toHaveCount(pages, { timeout: 60_000 });
  await expect(dialog.getByText('Meets the single window attached-document limits', { exact: false })).toBeVisible();
  await screen(page, 'pdf-preview-packing-en');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
