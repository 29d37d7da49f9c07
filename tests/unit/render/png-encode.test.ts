import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { opaquePng } from '../../../src/lib/render/png-encode.ts';
import { svgToPng } from '../../../src/lib/render/png.ts';

/** The chunks of a PNG file, each checked against its CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(data, crc32(Buffer.from(type, 'latin1'))));
    found.push({ type, data });
    at += 12 + length;
  }
  return found;
}

/** A small opaque test card: every pixel a different colour. */
function card(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([(i * 7) & 255, (i * 13) & 255, (i * 29) & 255, 255], i * 4);
  return rgba;
}

describe('opaque PNG encoding', () => {
  it('writes a valid 8-bit RGB PNG whose rows hold exactly the pixels given', () => {
    const [width, height] = [37, 11];
    const rgba = card(width, height);
    const png = opaquePng(rgba, width, height)!;
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([width, height, 8, 2, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect(rows.length).toBe(height * (width * 3 + 1));
    for (let y = 0; y < height; y++) {
      const row = rows.subarray(y * (width * 3 + 1));
      expect(row[0]).toBe(0);
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        expect([...row.subarray(1 + x * 3, 4 + x * 3)]).toEqual([rgba[i], rgba[i + 1], rgba[i + 2]]);
      }
    }
  });

  it('declines an image with any pixel not fully opaque, so alpha is never dropped', () => {
    const rgba = card(8, 8);
    rgba[4 * 20 + 3] = 254;
    expect(opaquePng(rgba, 8, 8)).toBeNull();
  });

  it('is what svgToPng writes for an opaque image; a transparent one keeps resvg’s RGBA encoder', () => {
    const colourType = (png: Buffer) => png[25];
    const square = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="${fill}"/></svg>`;
    expect(colourType(svgToPng(square('#b3261e')))).toBe(2);
    expect(colourType(svgToPng(square('none')))).toBe(6);
  });
});
