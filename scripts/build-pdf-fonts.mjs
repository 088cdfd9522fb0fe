/**
 * Builds the PDF fonts: regular and bold Noto Sans, subset to the characters European text needs,
 * as TrueType (jsPDF embeds TrueType only). Writes to src/pdf/fonts/ (gitignored, generated):
 *
 *   noto-sans-regular.ttf, noto-sans-bold.ttf   the subset fonts, fetched by the browser on click
 *   coverage.ts                                  the code points both fonts can draw, as ranges,
 *                                                so the renderer knows what to replace, and the
 *                                                fonts' names as a PDF gives a subset: a tag of six
 *                                                capitals, '+', the PostScript name
 *                                                (`QWERTY+NotoSans-Bold`), so readers and tools
 *                                                tell regular from bold and see it is a subset
 *
 * Source: the complete static TTFs of @expo-google-fonts/noto-sans (the @fontsource package only
 * has the subsets split per script, and no file covers Latin-1, Latin Extended-A and € at once).
 * Runs offline in about a second: `npm run pdf:fonts`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/pdf/fonts');
const require = createRequire(import.meta.url);
const sourceDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

const FONTS = [
  { source: '400Regular/NotoSans_400Regular.ttf', out: 'noto-sans-regular.ttf', style: 'regular' },
  { source: '700Bold/NotoSans_700Bold.ttf', out: 'noto-sans-bold.ttf', style: 'bold' },
];

/**
 * The mark that stands in for a character the fonts cannot draw: U+FFFD REPLACEMENT CHARACTER,
 * the sign readers know from broken text. (Noto Sans has no □ or other geometric shapes.)
 */
const REPLACEMENT_MARK = 0xfffd;

/**
 * Inclusive code point ranges to keep: what European languages (Latin script, plus Greek and
 * Cyrillic for names), business text and pasted text need. Characters the font lacks are left
 * out; the sanitiser replaces them.
 */
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ac], // Latin-1 Supplement: Western European letters, « » £ ¥ § ° ± ² ³ µ ¼ × ÷,
  [0x00ae, 0x00ff], // without the soft hyphen (invisible in the browser, so it must not print)
  [0x0100, 0x017f], // Latin Extended-A: Polish, Czech, Slovak, Hungarian, Turkish, Baltic, Maltese, Welsh
  [0x018f, 0x018f], // Ə (Azerbaijani)
  [0x0192, 0x0192], // ƒ
  [0x01c4, 0x01cc], // Croatian/Serbian digraphs Ǆ ǅ ǆ Ǉ ǈ ǉ Ǌ ǋ ǌ
  [0x0218, 0x021b], // Romanian Ș ș Ț ț
  [0x0259, 0x0259], // ə
  [0x02bb, 0x02bc], // ʻ ʼ (modifier apostrophes)
  [0x02c6, 0x02c7], // ˆ ˇ
  [0x02d8, 0x02dd], // ˘ ˙ ˚ ˛ ˜ ˝
  [0x0300, 0x0328], // combining accents left over after NFC (a letter with an unusual accent)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x045f], // Cyrillic: Bulgarian, Russian, Ukrainian, Serbian, Macedonian
  [0x0490, 0x0491], // Ґ ґ
  [0x1e80, 0x1e85], // Welsh Ẁ ẁ Ẃ ẃ Ẅ ẅ
  [0x1e9e, 0x1e9e], // ẞ capital sharp s
  [0x1ef2, 0x1ef3], // Welsh Ỳ ỳ
  [0x2010, 0x2027], // dashes, quotes ‘ ’ ‚ “ ” „, † ‡ • … and friends
  [0x2030, 0x203a], // ‰ ′ ″ ‹ ›
  [0x2044, 0x2044], // ⁄
  [0x2070, 0x209f], // superscripts and subscripts: CO₂, m²
  [0x20a0, 0x20c0], // currency: € ₺ ₽ ₹ ₿ ₴ ₸ …
  [0x2103, 0x2103], // ℃
  [0x2116, 0x2117], // № ℗
  [0x2122, 0x2122], // ™
  [0x2126, 0x2126], // Ω
  [0x212e, 0x212e], // ℮
  [0x2212, 0x2212], // − minus sign
  [0xfb00, 0xfb06], // ligatures ﬀ ﬁ ﬂ pasted from other PDFs
  [REPLACEMENT_MARK, REPLACEMENT_MARK],
];

/** Code points a TrueType font maps to a glyph, read from its cmap (formats 4 and 12). */
function cmapCodePoints(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === 'cmap') cmap = view.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const points = new Set();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const at = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(at);
    if (platform !== 3 && platform !== 0) continue;
    if (format === 12 && (encoding === 10 || platform === 0)) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + g * 12);
        const end = view.getUint32(at + 20 + g * 12);
        const glyph = view.getUint32(at + 24 + g * 12);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
      }
    } else if (format === 4) {
      const segX2 = view.getUint16(at + 6);
      const ends = at + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const offsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const offset = view.getUint16(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph;
          if (offset === 0) glyph = (c + delta) & 0xffff;
          else {
            const raw = view.getUint16(offsets + s * 2 + offset + (c - start) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) points.add(c);
        }
      }
    }
  }
  return points;
}

/** A font's PostScript name (name ID 6 of its name table), as Windows (UTF-16) or Mac (Roman) writes it. */
function postScriptName(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let table = -1;
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === 'name') table = view.getUint32(rec + 8);
  }
  if (table < 0) throw new Error('font has no name table');
  const strings = table + view.getUint16(table + 4);
  for (let i = 0; i < view.getUint16(table + 2); i++) {
    const rec = table + 6 + i * 12;
    const [platform, , , id, length, offset] = [0, 2, 4, 6, 8, 10].map((at) => view.getUint16(rec + at));
    if (id !== 6) continue;
    const bytes = font.subarray(strings + offset, strings + offset + length);
    if (platform === 3 || platform === 0) return String.fromCharCode(...Array.from({ length: length / 2 }, (_, n) => (bytes[2 * n] << 8) | bytes[2 * n + 1]));
    if (platform === 1) return String.fromCharCode(...bytes);
  }
  throw new Error('font has no PostScript name');
}

/** The six capitals a PDF puts before the name of a subset font, the same for the same subset. */
function subsetTag(font) {
  const hash = createHash('sha256').update(font).digest();
  return Array.from(hash.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/** Sorted code points to inclusive ranges [[from, to], …]. */
function toRanges(points) {
  const sorted = [...points].sort((a, b) => a - b);
  const ranges = [];
  for (const p of sorted) {
    const last = ranges.at(-1);
    if (last && last[1] === p - 1) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges;
}

const start = performance.now();
const wanted = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
await mkdir(outDir, { recursive: true });

let covered = null;
const names = {};
for (const font of FONTS) {
  const source = await readFile(join(sourceDir, font.source));
  const available = cmapCodePoints(source);
  const text = String.fromCodePoint(...wanted.filter((c) => available.has(c)));
  const subset = await subsetFont(source, text, {
    targetFormat: 'truetype',
    // jsPDF neither shapes nor hints: layout tables and hinting are dead weight in the download.
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'DSIG', 'STAT', 'hdmx', 'LTSH', 'VDMX', 'kern'],
  });
  await writeFile(join(outDir, font.out), subset);
  names[font.style] = `${subsetTag(subset)}+${postScriptName(subset)}`;
  const points = cmapCodePoints(subset);
  covered = covered ? new Set([...covered].filter((c) => points.has(c))) : points;
  console.log(`${font.out}: ${points.size} characters, ${(subset.length / 1024).toFixed(1)} KB`);
}

if (!covered.has(REPLACEMENT_MARK)) throw new Error('the replacement mark is missing from the subset');
const ranges = toRanges(covered);
await writeFile(
  join(outDir, 'coverage.ts'),
  `// Generated by scripts/build-pdf-fonts.mjs; do not edit.\n` +
    `/** Code points both PDF fonts can draw, as inclusive ranges [from, to], sorted. */\n` +
    `export const COVERED_RANGES: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(ranges)};\n` +
    `/** The visible mark that stands in for a character the fonts cannot draw. */\n` +
    `export const REPLACEMENT_MARK = '\\u{${REPLACEMENT_MARK.toString(16)}}';\n` +
    `/** The fonts' names in a PDF: the subset's tag and the PostScript name. */\n` +
    `export const FONT_NAMES = ${JSON.stringify(names)} as const;\n`,
);
console.log(`coverage.ts: ${covered.size} characters in ${ranges.length} ranges; ${Math.round(performance.now() - start)} ms`);
