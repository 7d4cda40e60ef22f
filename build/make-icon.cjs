// Draws build/icon.png (1024×1024), the source electron-builder turns into .ico/.icns/.png
// icons. Node built-ins only: a blue tile with a white declaration form and a check mark.
// Run: node build/make-icon.cjs
'use strict';

const { writeFileSync } = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE = 1024;

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(x, y, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(x - cx) - halfW + r;
  const qy = Math.abs(y - cy) - halfH + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the segment a-b. */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

const blue = [15, 95, 168];
const white = [255, 255, 255];
const green = [46, 160, 67];
const line = [180, 200, 222];

/** Colour and coverage at one sample point; later layers paint over earlier ones. */
function sample(x, y) {
  let rgb = null;
  if (roundedRect(x, y, 512, 512, 448, 448, 200) <= 0) rgb = blue;
  if (roundedRect(x, y, 480, 500, 230, 300, 36) <= 0) rgb = white;
  for (const ly of [330, 420, 510]) if (segment(x, y, 330, ly, 630, ly) <= 16) rgb = line;
  if (Math.hypot(x - 690, y - 700) <= 170) rgb = green;
  if (segment(x, y, 610, 705, 670, 765) <= 30 || segment(x, y, 670, 765, 785, 640) <= 30) rgb = white;
  return rgb;
}

function render() {
  const row = SIZE * 4 + 1;
  const raw = Buffer.alloc(row * SIZE);
  const offsets = [0.25, 0.75];
  for (let y = 0; y < SIZE; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (const oy of offsets) {
        for (const ox of offsets) {
          const rgb = sample(x + ox, y + oy);
          if (!rgb) continue;
          sum[0] += rgb[0];
          sum[1] += rgb[1];
          sum[2] += rgb[2];
          sum[3] += 1;
        }
      }
      const at = y * row + 1 + x * 4;
      const n = sum[3];
      raw[at] = n ? Math.round(sum[0] / n) : 0;
      raw[at + 1] = n ? Math.round(sum[1] / n) : 0;
      raw[at + 2] = n ? Math.round(sum[2] / n) : 0;
      raw[at + 3] = Math.round((n / 4) * 255);
    }
  }
  return raw;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, 'icon.png');
writeFileSync(out, png());
console.log(`wrote ${out}`);
