import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPkcs12 } from '../../electron/backend/signing/pkcs12.node';
import { SoftwareSigner } from '../../electron/backend/signing/software-signer.node';
import { signIncrementally, signNewDocument } from '../../electron/backend/signing/sign-pdf.node';
import { makeTestPki, P12_PASSWORD, type TestPki } from '../unit/helpers/test-pki';
import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

let pki: TestPki;
let signedTwice: string;
let tampered: string;

async function signer(name: 'rsa' | 'reviewer'): Promise<SoftwareSigner> {
  const p12 = await readPkcs12(readFileSync(pki.p12[name]), P12_PASSWORD);
  return new SoftwareSigner(p12.keyPkcs8, { certificate: p12.certificate, chain: p12.chain, algorithm: name === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256' });
}

test.beforeAll(async () => {
  pki = makeTestPki();
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]).drawText('Packing list', { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const first = await signNewDocument(doc, await signer('rsa'), { signerName: '张三 RSA', at: new Date(), role: '申报人' });
  const both = await signIncrementally(first, await signer('reviewer'), { signerName: '李四 审核', at: new Date() });
  signedTwice = join(pki.dir, '装箱单-已签名.pdf');
  writeFileSync(signedTwice, both);
  const bad = Buffer.from(both);
  const at = bad.toString('latin1').indexOf('595.28') + 5;
  bad[at] = bad[at] === 0x38 ? 0x39 : 0x38;
  tampered = join(pki.dir, '装箱单-被改动.pdf');
  writeFileSync(tampered, bad);
});
test.afterAll(() => pki.cleanup());

test('certificates: set the passphrase, import .p12 files, see states and details, trust a CA, verify PDFs (zh-CN, then en)', async ({ page, host }) => {
  await openApp(page, host);
  await page.keyboard.press('Alt+6');
  const section = page.locator('.signing-section');
  await expect(section.getByRole('heading', { name: '证书与数字签名' })).toBeVisible();

  // Browser host: keys are sealed with a passphrase, set on first use (keyboard: type, Enter).
  await section.getByLabel(/首次使用：设置证书保护口令/).fill('passphrase-for-e2e');
  await page.keyboard.press('Enter');
  await expect(section.getByText('已解锁')).toBeVisible();

  // A wrong .p12 password is reported next to the form; nothing is imported.
  await section.getByLabel('证书文件（.p12 / .pfx）').setInputFiles(pki.p12.rsa);
  await section.getByLabel('证书文件密码').fill('wrong');
  await section.getByRole('button', { name: '导入' }).click();
  await expect(section.getByRole('alert')).toContainText('证书文件密码不正确');
  await expect(section.getByText('还没有导入证书。')).toBeVisible();

  for (const name of ['rsa', 'soon', 'expired'] as const) {
    await section.getByLabel('证书文件（.p12 / .pfx）').setInputFiles(pki.p12[name]);
    await section.getByLabel('证书文件密码').fill(P12_PASSWORD);
    await section.getByRole('button', { name: '导入' }).click();
    await expect(section.getByLabel('证书文件密码')).toHaveValue('');
  }
  const table = section.locator('.cert-table');
  await expect(table.getByRole('row').filter({ hasText: '张三 RSA' })).toContainText('有效');
  await expect(table.getByRole('row').filter({ hasText: '钱七 将到期' })).toContainText(/1[01] 天后到期/);
  await expect(table.getByRole('row').filter({ hasText: '王五 过期' })).toContainText('已过期，不能签名');
  await expect(section.getByRole('status').filter({ hasText: '钱七 将到期' })).toContainText('请及时向 CA 申请更新');

  await table.getByRole('row').filter({ hasText: '张三 RSA' }).getByRole('button', { name: '详情' }).click();
  await expect(table.getByText('SHA-256 指纹')).toBeVisible();
  await expect(table.getByText('上海某某报关有限公司').first()).toBeVisible();

  await section.getByLabel('添加证书（.pem / .cer / .crt）').setInputFiles(join(pki.dir, 'ca.pem'));
  await expect(section.locator('.trust-list')).toContainText('Test Root CA');
  await section.getByRole('heading', { name: '证书与数字签名' }).scrollIntoViewIfNeeded();
  await screen(page, 'signing-settings-zh');
  await section.locator('.trust-list').scrollIntoViewIfNeeded();
  await screen(page, 'signing-trusted-zh');

  // Delete asks first; the key goes with the certificate.
  await table.getByRole('row').filter({ hasText: '王五 过期' }).getByRole('button', { name: '删除' }).click();
  await section.getByRole('button', { name: '确定删除' }).click();
  await expect(table.getByRole('row').filter({ hasText: '王五 过期' })).toHaveCount(0);

  // Verify: two valid, trusted signatures; then a tampered copy.
  await section.getByRole('button', { name: '验证 PDF 签名…' }).click();
  const dialog = page.getByRole('dialog', { name: '验证 PDF 签名' });
  await dialog.getByLabel('选择要验证的 PDF 文件').setInputFiles(signedTwice);
  await expect(dialog.getByText('全部 2 个签名有效，文件在签名后未被改动。')).toBeVisible();
  await expect(dialog.getByRole('region', { name: '签名 #1' })).toContainText('张三 RSA');
  await expect(dialog.getByRole('region', { name: '签名 #1' })).toContainText('较早的版本');
  await expect(dialog.getByRole('region', { name: '签名 #2' })).toContainText('李四 审核');
  await expect(dialog.getByRole('region', { name: '签名 #2' })).toContainText('整个文件');
  await expect(dialog.getByRole('region', { name: '签名 #2' })).toContainText('受信任');
  await screen(page, 'verify-dialog-zh');
  await dialog.getByLabel('选择要验证的 PDF 文件').setInputFiles(tampered);
  await expect(dialog.getByText('签名验证未通过：见下面标红的项目。')).toBeVisible();
  await expect(dialog.getByRole('region', { name: '签名 #1' })).toContainText('内容已被改动（摘要不符）');
  await screen(page, 'verify-dialog-tampered-zh');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // English.
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(section.getByRole('heading', { name: 'Certificates and digital signatures' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '钱七 将到期' })).toContainText(/Expires in 1[01] days/);
  await section.getByRole('heading', { name: 'Certificates and digital signatures' }).scrollIntoViewIfNeeded();
  await screen(page, 'signing-settings-en');
  await section.getByRole('button', { name: 'Verify PDF signatures…' }).click();
  const dialogEn = page.getByRole('dialog', { name: 'Verify PDF signatures' });
  await dialogEn.getByLabel('Choose the PDF file to verify').setInputFiles(signedTwice);
  await expect(dialogEn.getByText('All 2 signature(s) are valid; the file was not changed after signing.')).toBeVisible();
  await screen(page, 'verify-dialog-en');
});
