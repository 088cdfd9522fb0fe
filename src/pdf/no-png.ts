/**
 * Stands in for `fast-png` inside jsPDF (see astro.config.mjs, `resolve.alias`). jsPDF needs that
 * library only to put PNG images in a PDF; our PDFs hold text and lines only. The stand-in keeps
 * the decoder and its zlib copy (about 20 KB gzipped) out of the PDF code and the offline cache.
 */
export function decode(): never {
  throw new Error('PNG-afbeeldingen worden in deze PDF niet gebruikt.');
}
