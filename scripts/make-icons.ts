/**
 * Draws Spotter's toolbar icons (a green disc with a stack of three vertebrae) as PNGs into
 * public/icon/. Run once when the design changes: `npx tsx scripts/make-icons.ts`.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Coverage of pixel (x, y) by the icon's shapes, 0..1, with 4×4 supersampling for smooth edges. */
function coverage(size: number, x: number, y: number): { disc: number; bone: number } {
  let disc = 0;
  let bone = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size - 0.5;
      const v = (y + (sy + 0.5) / 4) / size - 0.5;
      if (u * u + v * v <= 0.49 * 0.49) disc++;
      // Three rounded vertebrae centred on the vertical axis.
      for (const cy of [-0.22, 0, 0.22]) {
        const dx = Math.max(Math.abs(u) - 0.12, 0);
        const dy = Math.max(Math.abs(v - cy) - 0.03, 0);
        if (dx * dx + dy * dy <= 0.05 * 0.05) bone++;
      }
    }
  }
  return { disc: disc / 16, bone: Math.min(bone, 16) / 16 };
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const { disc, bone } = coverage(size, x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const mix = (a: number, b: number) => Math.round(a * (1 - bone) + b * bone);
      raw[o] = mix(0x2f, 0xff);
      raw[o + 1] = mix(0x6f, 0xff);
      raw[o + 2] = mix(0x4f, 0xff);
      raw[o + 3] = Math.round(255 * disc);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
