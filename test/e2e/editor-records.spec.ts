import { deflateSync } from 'node:zlib';
import { openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

/** A real PNG (solid colour, w x h), so the thumbnail the page shows is an image the browser decoded. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

test('free text, special applications and the shipping-mark image: typed, saved, in the DecMessage, kept after reload', async ({ page, host }) => {
  test.setTimeout(90_000);
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'I' });
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'declaration', data: { head: { ieFlag: 'I', billNo: 'COSU7000222' } } } });
  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), doc.id);
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU7000222');

  // Folded while empty: its fields are out of the Enter order until it is opened.
  const records = page.getByTestId('record-sections');
  await expect(page.getByLabel('航次号')).toBeHidden();
  await records.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('航次号').fill('V.2611E');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('报关员联系方式')).toBeFocused();
  await page.getByLabel('关联报关单号').fill('222820261000123456');
  await page.getByLabel('转关申请').check();
  await page.getByLabel('转关指运地').fill('2201');

  // A file that is not an image, then one over 1 MB: refused with the reason; then a real image.
  const chooser = records.locator('input[type=file]');
  await chooser.setInputFiles({ name: 'marks.txt', mimeType: 'text/plain', buffer: Buffer.from('N/M') });
  await expect(records.getByRole('alert')).toContainText('“marks.txt”不是 PNG、JPG、GIF 或 BMP 图片');
  await chooser.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024 + 1) });
  await expect(records.getByRole('alert')).toContainText('唛头图片不能超过 1 MB');
  const image = png(120, 60);
  await chooser.setInputFiles({ name: 'marks.png', mimeType: 'image/png', buffer: image });
  const thumbnail = page.getByRole('img', { name: '唛头图片 marks.png' });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  await expect(records.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('已保存');
  await screen(page, 'editor-records-zh');

  // What customs receives.
  const xml = (await hostCall<{ xml: string }>(host, 'xml.export', { id: doc.id })).xml;
  expect(xml).toMatch(/<VoyNo>V\.2611E<\/VoyNo>/);
  expect(xml).toMatch(/<RelId>222820261000123456<\/RelId>/);
  expect(xml).toMatch(/<TransitionApply>1<\/TransitionApply>/);
  expect(xml).toMatch(/<TransitionSite>2201<\/TransitionSite>/);
  expect(xml).toContain(`<Attachment>${image.toString('base64')}</Attachment>`);

  // After a reload the section opens by itself, because it holds something.
  await page.reload();
  await expect(page.getByLabel('航次号')).toHaveValue('V.2611E');
  await expect(page.getByLabel('转关申请')).toBeChecked();
  await expect(page.getByRole('img', { name: '唛头图片 marks.png' })).toBeVisible();
  await page.getByRole('button', { name: '删除图片' }).click();
  await expect(page.getByText('未添加唛头图片')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('已保存');
  expect((await hostCall<{ xml: string }>(host, 'xml.export', { id: doc.id })).xml).not.toContain('<Attachment>');
});
