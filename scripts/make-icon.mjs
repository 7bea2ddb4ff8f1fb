// Draws the Qiyos app icon (build/icon.png, 512×512 RGBA) with nothing but zlib:
// a rounded teal square holding two columns of text lines joined by alignment links.
// Run: node scripts/make-icon.mjs   (the PNG is committed; rerun only to change the design)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SUPERSAMPLE = 4;

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - halfWidth + radius;
  const qy = Math.abs(y - cy) - halfHeight + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance to a segment from (ax, ay) to (bx, by) thickened by `radius` (a capsule). */
function capsule(x, y, ax, ay, bx, by, radius) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - radius;
}

const BACKGROUND = [22, 94, 99];
const LEFT_LINES = [244, 239, 226];
const RIGHT_LINES = [249, 198, 92];
const LINKS = [150, 205, 200];

const rows = [156, 222, 288, 354];
const LEFT_END = 212;
const RIGHT_START = 300;
const leftWidths = [112, 80, 100, 68];
const rightWidths = [92, 112, 64, 100];
// Which left row aligns to which right row: one crossing shows that order can differ.
const links = [[0, 0], [1, 2], [2, 1], [3, 3]];

/** The colour layers of the icon, back to front, each a distance function and an RGB colour. */
const layers = [
  { color: BACKGROUND, distance: (x, y) => roundedRect(x, y, 256, 256, 232, 232, 96) },
  ...links.map(([from, to]) => ({
    color: LINKS,
    distance: (x, y) => capsule(x, y, LEFT_END, rows[from], RIGHT_START, rows[to], 7),
  })),
  ...rows.map((row, i) => ({ color: LEFT_LINES, distance: (x, y) => capsule(x, y, LEFT_END - leftWidths[i], row, LEFT_END, row, 17) })),
  ...rows.map((row, i) => ({ color: RIGHT_LINES, distance: (x, y) => capsule(x, y, RIGHT_START, row, RIGHT_START + rightWidths[i], row, 17) })),
];

function pixel(px, py) {
  let r = 0, g = 0, b = 0, a = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = px + (sx + 0.5) / SUPERSAMPLE, y = py + (sy + 0.5) / SUPERSAMPLE;
      let color = null;
      for (const layer of layers) if (layer.distance(x, y) <= 0) color = layer.color;
      if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
    }
  }
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  const covered = a / 255;
  return covered === 0 ? [0, 0, 0, 0] : [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(a / samples)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const rowStart = y * (SIZE * 4 + 1);
  raw[rowStart] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), rowStart + 1 + x * 4);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const outDir = fileURLToPath(new URL('../build/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}icon.png`, png);
console.log(`build/icon.png written (${SIZE}×${SIZE}, ${png.length} bytes)`);
