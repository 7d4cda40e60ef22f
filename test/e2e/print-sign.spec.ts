import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { withPdf, tool } from '../unit/helpers/poppler';
import { byteRanges, opensslVerify, pdfsig, tamper } from '../unit/helpers/signature-checks';
import { makeTestPki, P12_PASSWORD, type TestPki } from '../unit/helpers/test-pki';
import { fiftyItemDeclaration, thousandLinePackingList } from '../fixtures/pdf-documents';
import { openApp, screen } from './app-helpers';
import { expect, test, type HostProcess } from './host-fixture';
import { hostCall } from './packing-helpers';
import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';

/**
 * The broker's whole path: import the company .p12 in Settings, open a document, preview, sign
 * (declarant, then reviewer on the packing list), save as. The downloaded file is checked by
 * tools that are not ours: pdfsig with the test CA trusted in an NSS db, openssl cms over the
 * ByteRange bytes, pdftoppm under an empty fontconfig against the render with the system's
 * fonts; then one flipped byte inside the signed range must make pdfsig report a digest mismatch.
 */
let pki: TestPki;
test.beforeAll(() => {
  pki = makeTestPki();
});
test.afterAll(() => pki.cleanup());

interface Doc {
  id: string;
  revision: number;
}

async function importCertificates(page: Page, names: ('rsa' | 'reviewer')[]): Promise<void> {
  await page.keyboard.press('Alt+6');
  const section = page.locator('.signing-section');
  await section.getByLabel(/首次使用：设置证书保护口令/).fill('passphrase-for-e2e');
  await page.keyboard.press('Enter');
  await expect(section.getByText('已解锁')).toBeVisible();
  for (const name of names) {
    await section.getByLabel('证书文件（.p12 / .pfx）').setInputFiles(pki.p12[name]);
    await section.getByLabel('证书文件密码').fill(P12_PASSWORD);
    await section.getByRole('button', { name: '导入' }).click();
    await expect(section.locator('.cert-table')).toContainText(name === 'rsa' ? '张三 RSA' : '李四 审核');
  }
}

/** Every page rasterised with no system fonts equals the render with the system's fonts. */
function pagesRenderAlike(pdf: Uint8Array, pages: number[]): void {
  withPdf(pdf, (file, dir) => {
    const conf = join(dir, 'empty.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${join(dir, 'fc')}</cachedir></fontconfig>\n`);
    for (const n of pages) {
      const bare = tool('pdftoppm', ['-gray', '-r', '60', '-f', String(n), '-l', String(n), file, join(dir, `bare${n}`)], { FONTCONFIG_FILE: conf });
      tool('pdftoppm', ['-gray', '-r', '60', '-f', String(n), '-l', String(n), file, join(dir, `full${n}`)]);
      expect(bare.stderr).toBe('');
      const read = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.pgm')) ?? 'missing'));
      expect(read(`bare${n}`).equals(read(`full${n}`))).toBe(true);
    }
  });
}

function checkSigned(pdf: Uint8Array, signers: string[]): void {
  const sigs = pdfsig(pdf, pki.nssDir);
  expect(sigs.map((s) => s.commonName)).toEqual(signers);
  for (const s of sigs) {
    expect(s.text).toContain('Signature is Valid.');
    expect(s.text).toContain('Certificate is Trusted.');
  }
  expect(sigs.at(-1)?.total).toBe(true);
  signers.forEach((_, i) => expect(opensslVerify(pdf, i, pki.caPem).ok).toBe(true));
  // One byte inside the first signed range (a digit of the first MediaBox) changed.
  const at = Buffer.from(pdf).indexOf('595.28') + 4;
  expect(at).toBeLessThan(byteRanges(pdf)[0]?.[1] ?? 0);
  const bad = tamper(pdf, at);
  const after = pdfsig(bad, pki.nssDir);
  expect(after.every((s) => s.text.includes('Digest Mismatch.'))).toBe(true);
  expect(opensslVerify(bad, signers.length - 1, pki.caPem).ok).toBe(false);
}

/** Scrolls the preview to the bottom of the last page, where the stamps are. */
async function showLastPageBottom(page: Page): Promise<void> {
  await page.locator('.pdf-pages').evaluate((el) => el.scrollTo(0, el.scrollHeight));
}

async function chooseOption(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option').filter({ hasText: text }).getAttribute('value');
  await select.selectOption(value ?? '');
}

async function seed(host: HostProcess, kind: 'declaration' | 'packing-list'): Promise<string> {
  const doc = await hostCall<Doc>(host, 'documents.create', kind === 'declaration' ? { kind, direction: 'I' } : { kind });
  const data = kind === 'declaration' ? fiftyItemDeclaration() : thousandLinePackingList(200);
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind, data } });
  return doc.id;
}

async function saveAs(page: Page): Promise<Uint8Array> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return new Uint8Array(readFileSync(await (await download).path()));
}

test('declaration: import the company .p12, preview, sign (Ctrl+G, Tab Tab Enter), save as; pdfsig, openssl cms, render, tamper', async ({ page, host }) => {
  test.setTimeout(120_000);
  const id = await seed(host, 'declaration');
  await openApp(page, host);
  await importCertificates(page, ['rsa']);
  await page.evaluate((docId) => (location.hash = `#/declarations/${docId}`), id);
  await expect(page.getByLabel('进出口标志')).toBeVisible();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: /打印预览/ });
  await expect(dialog.getByRole('button', { name: /^打印/ })).toBeFocused({ timeout: 30_000 });

  await page.keyboard.press('Control+g');
  const panel = dialog.getByRole('region', { name: '数字签名' });
  await expect(panel.getByLabel('签名证书')).toBeFocused();
  await expect(panel.getByLabel('签名证书')).toContainText('张三 RSA');
  await expect(panel.getByLabel('签名身份')).toHaveValue('申报人');
  await screen(page, 'print-sign-panel-zh');
  // Keyboard only: Tab past the role to 签名, Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: '签名' })).toBeFocused();
  await page.keyboard.press('Enter');
  const line = dialog.getByTestId('pdf-signed-line');
  await expect(line).toContainText('✓ 已签名（共 1 个签名）：张三 RSA', { timeout: 30_000 });
  await expect(line).toContainText('覆盖整个文件');
  await expect(dialog.getByTestId('pdf-signed-limits')).toContainText('签名后的文件仍符合随附单据要求');
  await expect(dialog.getByRole('button', { name: /^打印/ })).toBeEnabled({ timeout: 30_000 });
  await showLastPageBottom(page);
  await screen(page, 'print-signed-declaration-zh');

  const signed = await saveAs(page);
  writeFileSync('test-results/screens/print-signed-declaration.pdf', signed);
  checkSigned(signed, ['张三 RSA']);
  const pages = Number(/Pages:\s+(\d+)/.exec(withPdf(signed, (f) => tool('pdfinfo', [f]).stdout))?.[1]);
  pagesRenderAlike(signed, [1, pages]);
});

test('packing list: declarant then reviewer (incremental), both valid and trusted; English UI; errors for an unknown PIN service', async ({ page, host }) => {
  test.setTimeout(150_000);
  const id = await seed(host, 'packing-list');
  await openApp(page, host);
  await importCertificates(page, ['rsa', 'reviewer']);
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await page.evaluate((docId) => (location.hash = `#/packing-lists/${docId}`), id);
  await page.getByRole('button', { name: /Print preview/ }).click();
  const dialog = page.getByRole('dialog', { name: /Print preview/ });
  await expect(dialog.getByRole('button', { name: /^Print/ })).toBeFocused({ timeout: 60_000 });
  await dialog.getByRole('button', { name: /^Sign/ }).click();
  const panel = dialog.getByRole('region', { name: 'Digital signature' });
  await chooseOption(panel.getByLabel('Signing certificate'), '张三 RSA');
  await expect(panel.getByLabel('Signing as')).toHaveValue('申报人');
  await screen(page, 'print-sign-panel-en');
  await panel.getByRole('button', { name: 'Sign' }).click();
  const line = dialog.getByTestId('pdf-signed-line');
  await expect(line).toContainText('✓ Signed (1 signature(s)): 张三 RSA', { timeout: 30_000 });

  // The E-Port card with no card service running: a clear message, nothing signed again.
  await chooseOption(panel.getByLabel('Signing certificate'), 'E-Port card');
  await panel.getByLabel('Card PIN (not stored)').fill('123456');
  await panel.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/E-Port/, { timeout: 30_000 });
  await expect(panel.getByLabel('Card PIN (not stored)')).toHaveValue('');
  await expect(line).toContainText('(1 signature(s))');

  await chooseOption(panel.getByLabel('Signing certificate'), '李四 审核');
  await expect(panel.getByLabel('Signing as')).toHaveValue('复核人');
  await panel.getByRole('button', { name: 'Sign' }).click();
  await expect(line).toContainText('✓ Signed (2 signature(s)): 李四 审核', { timeout: 30_000 });
  await expect(line).toContainText('covers the whole document');
  await expect(dialog.getByTestId('pdf-signed-limits')).toContainText('still meets the attached-document limits');
  await expect(dialog.getByRole('button', { name: /^Print/ })).toBeEnabled({ timeout: 60_000 });
  await showLastPageBottom(page);
  await screen(page, 'print-signed-packing-en');

  const signed = await saveAs(page);
  checkSigned(signed, ['张三 RSA', '李四 审核']);
  const pages = Number(/Pages:\s+(\d+)/.exec(withPdf(signed, (f) => tool('pdfinfo', [f]).stdout))?.[1]);
  pagesRenderAlike(signed, [1, pages]);
  writeFileSync('test-results/screens/print-signed-packing.pdf', signed);
});

test('browser mode: keys locked and no certificate yet are explained in the panel; unlocking there leads straight to signing', async ({ page, host }) => {
  test.setTimeout(120_000);
  const id = await seed(host, 'declaration');
  await openApp(page, host);
  const openPanel = async () => {
    await page.evaluate((docId) => (location.hash = `#/declarations/${docId}`), id);
    await expect(page.getByLabel('进出口标志')).toBeVisible();
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: /打印预览/ });
    await expect(dialog.getByRole('button', { name: /^打印/ })).toBeFocused({ timeout: 30_000 });
    await page.keyboard.press('Control+g');
    return { dialog, panel: dialog.getByRole('region', { name: '数字签名' }) };
  };

  // First use: no passphrase set, no certificate.
  let { dialog, panel } = await openPanel();
  await expect(panel).toContainText('证书私钥已锁定');
  await panel.getByLabel(/首次使用：设置证书保护口令/).fill('passphrase-for-e2e');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText('还没有导入证书：请到“设置 › 证书与数字签名”导入公司证书');
  await screen(page, 'print-sign-no-certificate-zh');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A certificate is imported, then the host restarts: the keys are locked again.
  await hostCall(host, 'certificates.import', { p12Base64: readFileSync(pki.p12.rsa).toString('base64'), password: P12_PASSWORD });
  await host.restart();
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  ({ dialog, panel } = await openPanel());
  await panel.getByLabel('证书保护口令').fill('passphrase-for-e2e');
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel('签名证书')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('pdf-signed-line')).toContainText('✓ 已签名（共 1 个签名）：张三 RSA', { timeout: 30_000 });
});
