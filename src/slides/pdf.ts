/**
 * A laid-out deck (src/deck/layout.ts) as a PDF: one 16:9 page per slide (960 × 540 pt), in the
 * plan PDF's fonts (the Noto Sans subsets of src/pdf/fonts/). It draws the lines the layout
 * wrapped; the layout measured them wider than Noto Sans draws them, so no line leaves its box.
 * Loaded only on click, by src/slides/download.ts; runs in Node too.
 */
import { jsPDF } from 'jspdf';
import type { BridgeChartModel } from '../plan/finance/bridge-chart';
import type { ChartModel } from '../plan/finance/finance-chart';
import type { Picture } from '../plan/pictures/picture';
import { LINE_HEIGHT } from '../deck/fit';
import { SLIDE, type LaidItem, type LaidSlide } from '../deck/layout';
import { BRIDGE_COLOURS, CHART_COLOURS, PALETTE, rgb, TEXT_COLOURS } from '../deck/palette';
import { oneLine } from '../deck/clean';
import { COVERED_RANGES, REPLACEMENT_MARK } from '../pdf/fonts/coverage';
import { drawPicture } from '../pdf/pictures';
import { coverageFromRanges, sanitise } from '../pdf/text';

export interface SlidesPdfOptions {
  fonts: { regular: Uint8Array; bold: Uint8Array };
  title: string;
  author: string;
  /** The site's origin, so a link to a worksheet works from the PDF. */
  origin: string;
}

const FONT = 'NotoSans';
const covered = coverageFromRanges(COVERED_RANGES);

/** jsPDF's virtual file system takes fonts as binary strings. */
function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Where a line's baseline is in its line box (the plan PDF's rule, in points). */
const baseline = (top: number, size: number) => top + (size * LINE_HEIGHT) / 2 + 0.357 * size;

function fillRect(doc: jsPDF, x: number, y: number, w: number, h: number, hex: string): void {
  const [r, g, b] = rgb(hex);
  doc.setFillColor(r, g, b);
  doc.rect(x, y, w, Math.max(0, h), 'F');
}

/** The shapes of a chart (the finance chart, the waterfall) with its own tones. */
interface ChartShapes<T extends string> {
  width: number;
  height: number;
  rects: Array<Omit<ChartModel['rects'][number], 'tone'> & { tone: T }>;
  lines: Array<Omit<ChartModel['lines'][number], 'tone'> & { tone: T }>;
  texts: Array<Omit<ChartModel['texts'][number], 'tone'> & { tone: T }>;
}

/** A chart's shapes, scaled into the box: the same shapes the page draws as SVG; `outline` marks an outlined bar. */
function drawChart<T extends string>(
  doc: jsPDF,
  chart: ChartShapes<T>,
  box: { x: number; y: number; w: number; h: number },
  colours: Record<T, string>,
  outline: string,
  drawable: (t: string) => string,
): void {
  const scale = Math.min(box.w / chart.width, box.h / chart.height);
  for (const r of chart.rects) {
    fillRect(doc, box.x + r.x * scale, box.y + r.y * scale, r.width * scale, r.height * scale, colours[r.tone]);
    if (r.outlined && r.height > 0) {
      const [cr, cg, cb] = rgb(outline);
      doc.setDrawColor(cr, cg, cb);
      doc.setLineWidth(0.8);
      doc.rect(box.x + r.x * scale, box.y + r.y * scale, r.width * scale, r.height * scale, 'S');
    }
  }
  for (const l of chart.lines) {
    const [r, g, b] = rgb(colours[l.tone]);
    doc.setDrawColor(r, g, b);
    doc.setLineWidth(l.tone === 'axis' ? 0.8 : 0.5);
    doc.setLineDashPattern(l.dashed ? [2, 2] : [], 0);
    doc.line(box.x + l.x1 * scale, box.y + l.y1 * scale, box.x + l.x2 * scale, box.y + l.y2 * scale);
  }
  doc.setLineDashPattern([], 0);
  for (const t of chart.texts) {
    const size = t.size * scale;
    const [r, g, b] = rgb(colours[t.tone]);
    doc.setFont(FONT, t.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(r, g, b);
    doc.text(drawable(t.text), box.x + t.x * scale, box.y + t.y * scale, { align: t.anchor === 'start' ? 'left' : t.anchor === 'middle' ? 'center' : 'right' });
  }
}

/** Millimetres per point. */
const MM = 25.4 / 72;

/**
 * A picture of the plan, drawn by the plan PDF's `drawPicture` (src/pdf/pictures.ts). That works in
 * a document measured in millimetres and sets each font size from its height in them; this
 * document measures in points, so the size it sets is given back in points.
 */
function drawSlidePicture(doc: jsPDF, picture: Picture, box: { x: number; y: number; w: number }, drawable: (t: string) => string): void {
  const inPoints = Object.assign(Object.create(doc) as jsPDF, { setFontSize: (size: number) => doc.setFontSize(size * MM) });
  drawPicture(inPoints, picture, { x: box.x, y: box.y, width: box.w, fontName: FONT, clean: drawable });
}

function drawItem(doc: jsPDF, item: LaidItem, origin: string, drawable: (t: string) => string): void {
  if (item.type === 'shape') {
    fillRect(doc, item.x, item.y, item.w, item.h, item.shape === 'card' ? PALETTE.card : PALETTE.accent);
    return;
  }
  if (item.type === 'chart') {
    drawChart(doc, item.block.chart, item, CHART_COLOURS, CHART_COLOURS.realised, drawable);
    return;
  }
  if (item.type === 'bridge') {
    drawChart<BridgeChartModel['rects'][number]['tone']>(doc, item.block.chart, item, BRIDGE_COLOURS, BRIDGE_COLOURS.base, drawable);
    return;
  }
  if (item.type === 'picture') {
    drawSlidePicture(doc, item.picture, item, drawable);
    return;
  }
  const [r, g, b] = rgb(TEXT_COLOURS[item.tone]);
  doc.setFont(FONT, item.bold ? 'bold' : 'normal');
  doc.setFontSize(item.size);
  doc.setTextColor(r, g, b);
  item.lines.forEach((line, i) => {
    const text = drawable(line);
    const top = item.y + i * item.size * LINE_HEIGHT;
    const x = item.align === 'center' ? item.x + (item.w - doc.getTextWidth(text)) / 2 : item.x;
    doc.text(text, x, baseline(top, item.size));
  });
  if (item.href) doc.link(item.x, item.y, item.w, Math.max(item.h, item.size * LINE_HEIGHT), { url: `${origin}${item.href}` });
}

/** The slides as the bytes of a PDF, and how many characters the fonts could not draw. */
export function renderSlidesPdf(laid: readonly LaidSlide[], options: SlidesPdfOptions): { bytes: Uint8Array; replacedCharacters: number } {
  const doc = new jsPDF({ unit: 'pt', format: [SLIDE.width, SLIDE.height], orientation: 'landscape', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binary(options.fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binary(options.fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  let replaced = 0;
  const drawable = (t: string) => {
    const s = sanitise(t, covered, REPLACEMENT_MARK);
    replaced += s.replaced;
    return s.text;
  };
  laid.forEach((page, i) => {
    if (i > 0) doc.addPage([SLIDE.width, SLIDE.height], 'landscape');
    fillRect(doc, 0, 0, SLIDE.width, SLIDE.height, PALETTE.background);
    for (const item of page.items) drawItem(doc, item, options.origin, drawable);
  });
  doc.setProperties({ title: oneLine(options.title), author: oneLine(options.author) });
  doc.setLanguage('nl');
  return { bytes: new Uint8Array(doc.output('arraybuffer')), replacedCharacters: replaced };
}
