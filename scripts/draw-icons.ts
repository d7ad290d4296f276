/**
 * Draws the extension's icons: two overlapping speech bubbles (several sources speaking about
 * one thing) on the brand's rust-coloured tile. Writes assets/icons/icon-{16,32,48,128}.png.
 *
 * Run with `npx tsx scripts/draw-icons.ts`. PNGs are assembled by hand (chunks, CRC-32 and
 * node:zlib's deflate) so the build needs no image library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const TILE: Rgba = [0x7a, 0x2e, 0x0e, 255];
const BACK_BUBBLE: Rgba = [0xf0, 0xa5, 0x82, 255];
const FRONT_BUBBLE: Rgba = [0xff, 0xff, 0xff, 255];
const TEXT_LINE: Rgba = TILE;

/** A shape in unit coordinates (0..1 across the icon): does it cover this point? */
type Shape = (x: number, y: number) => boolean;

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

/** A triangle, for a bubble's tail. */
function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

/** Layers from back to front; the last layer covering a point gives its colour. */
function layers(size: number): Array<[Shape, Rgba]> {
  // Small icons get fewer, thicker text lines so they stay legible at 16 px.
  const lines = size <= 16 ? [0.52] : [0.48, 0.58];
  const lineHeight = size <= 16 ? 0.1 : 0.06;
  return [
    [roundedRect(0, 0, 1, 1, 0.2), TILE],
    [union(roundedRect(0.12, 0.14, 0.66, 0.52, 0.1), triangle(0.2, 0.48, 0.34, 0.48, 0.16, 0.64)), BACK_BUBBLE],
    [union(roundedRect(0.3, 0.34, 0.88, 0.74, 0.1), triangle(0.68, 0.7, 0.82, 0.7, 0.84, 0.88)), FRONT_BUBBLE],
    ...lines.map((top): [Shape, Rgba] => [roundedRect(0.4, top, 0.78, top + lineHeight, lineHeight / 2), TEXT_LINE]),
  ];
}

/** Renders RGBA pixels with 4×4 supersampling, so edges are smooth at every size. */
function render(size: number): Buffer {
  const samples = 4;
  const shapes = layers(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour: Rgba | undefined;
          for (const [shape, fill] of shapes) if (shape(x, y)) colour = fill;
          if (!colour) continue;
          const [cr, cg, cb, ca] = colour;
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      // Colours were weighted by alpha; dividing by it un-premultiplies them for PNG.
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // Bytes 10–12 (compression, filter, interlace) stay 0: the only defined methods, no interlace.
  const rowLength = size * 4;
  const scanlines = Buffer.alloc((rowLength + 1) * size);
  for (let y = 0; y < size; y++) {
    // Each scanline starts with its filter type; 0 (none) keeps the encoder simple.
    scanlines[y * (rowLength + 1)] = 0;
    rgba.copy(scanlines, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(import.meta.dirname, '..', 'assets', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
