/**
 * PNG files for opaque images (maps, share cards), encoded with Node's zlib. resvg's own encoder writes
 * RGBA at its default compression; for an image with no transparency, RGB rows at zlib level 3 are made
 * in half the time (about 20 instead of 40 ms for a 1440 px map) and come out about 20% smaller
 * (measured on the two maps of the first story). An image with any transparent pixel gets null: its
 * caller keeps resvg's encoder, which handles premultiplied alpha.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** An 8-bit RGB PNG of RGBA pixels, or null when any pixel is not fully opaque. */
export function opaquePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  const rowBytes = width * 3 + 1;
  const rows = Buffer.allocUnsafe(rowBytes * height);
  let alpha = 255;
  for (let y = 0, i = 0; y < height; y++) {
    let o = y * rowBytes;
    // Filter type 0 (none): on flat map colours, zlib finds the runs itself, faster than filtering.
    rows[o++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      rows[o++] = rgba[i]!;
      rows[o++] = rgba[i + 1]!;
      rows[o++] = rgba[i + 2]!;
      alpha &= rgba[i + 3]!;
    }
  }
  if (alpha !== 255) return null;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 2 (RGB), compression method 0, filter method 0 (the only one; each row
  // names its filter type, 0 here), no interlace.
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
