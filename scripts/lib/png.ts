/**
 * Reads a PNG as grey values (0–255), enough for the page images pdftoppm writes: 8 bits per
 * channel, grey, grey with alpha, RGB or RGBA, not interlaced.
 */
import { inflateSync } from 'node:zlib';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row. */
  pixels: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function readPng(file: Uint8Array): GreyImage {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Uint8Array[] = [];
  for (let at = 8; at < file.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...file.subarray(at + 4, at + 8));
    const body = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colour!] ?? 0;
      if (depth !== 8 || !channels || interlace) throw new Error(`PNG not supported: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = up[x]!;
      const c = x >= channels ? up[x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predict = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predict === undefined) throw new Error(`PNG filter ${filter} unknown`);
      out[x] = (line[x]! + predict) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const p = i * channels;
    pixels[i] = channels >= 3 ? Math.round(0.299 * rows[p]! + 0.587 * rows[p + 1]! + 0.114 * rows[p + 2]!) : rows[p]!;
  }
  return { width, height, pixels };
}

/** The image blurred over 3 × 3 pixels: a line that moves by one pixel (anti-aliasing, hinting) then differs little. */
export function blur({ width, height, pixels }: GreyImage): GreyImage {
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
          sum += pixels[yy * width + xx]!;
          n++;
        }
      }
      out[y * width + x] = Math.round(sum / n);
    }
  }
  return { width, height, pixels: out };
}

/** The share of pixels (0–1) whose grey differs by more than `threshold` after a blur; 1 when the sizes differ. */
export function differingShare(a: GreyImage, b: GreyImage, threshold: number): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const x = blur(a).pixels;
  const y = blur(b).pixels;
  let differ = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i]! - y[i]!) > threshold) differ++;
  return differ / x.length;
}
