/**
 * A laid-out deck (src/deck/layout.ts) as a PowerPoint file, with pptxgenjs: editable text boxes
 * at the layout's places, the title in the slide's title placeholder (PowerPoint's outline and
 * screen readers find it), the finance chart and the build-up of the target as native charts with
 * their data, the pictures of the plan as native shapes (src/slides/pptx-picture.ts), and the
 * speaker notes in the notes pages. Loaded only on click, by src/slides/download.ts; runs in Node too.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { LINE_HEIGHT } from '../deck/fit';
import { TITLE_BOXES, type LaidItem, type LaidSlide } from '../deck/layout';
import { BRIDGE_COLOURS, CHART_COLOURS, PALETTE, TEXT_COLOURS } from '../deck/palette';
import { oneLine } from '../deck/clean';
import { addPicture, FONT, inch } from './pptx-picture';

/** What the file says about itself (File > Properties). */
export interface PptxMeta {
  title: string;
  author: string;
  company: string;
  /** The site's origin, so a link to a worksheet works from PowerPoint. */
  origin: string;
}

const LANG = 'nl-NL';
const MASTERS = { opening: 'OPENING', content: 'CONTENT' } as const;

function defineMasters(pres: PptxGenJS): void {
  for (const [kind, name] of Object.entries(MASTERS) as Array<[keyof typeof MASTERS, string]>) {
    const box = TITLE_BOXES[kind];
    pres.defineSlideMaster({
      title: name,
      background: { color: PALETTE.background },
      objects: [
        {
          placeholder: {
            options: {
              name: 'title',
              type: 'title',
              x: inch(box.x),
              y: inch(box.y),
              w: inch(box.w),
              h: inch(box.h),
              fontFace: FONT,
              fontSize: box.size,
              bold: true,
              color: TEXT_COLOURS.title,
              valign: 'top',
              margin: 0,
            },
            text: '',
          },
        },
      ],
    });
  }
}

function addItem(pres: PptxGenJS, slide: PptxGenJS.Slide, item: LaidItem, meta: PptxMeta): void {
  const at = { x: inch(item.x), y: inch(item.y), w: inch(item.w), h: inch(item.h) };
  if (item.type === 'shape') {
    const fill = item.shape === 'card' ? PALETTE.card : PALETTE.accent;
    slide.addShape(item.shape === 'badge' ? pres.ShapeType.roundRect : pres.ShapeType.rect, {
      ...at,
      fill: { color: fill },
      line: { color: fill, width: 0 },
      ...(item.shape === 'badge' ? { rectRadius: 0.15 } : {}),
    });
    return;
  }
  if (item.type === 'chart') {
    const { years, chart, labels } = item.block;
    const shown = years.filter((y) => y.revenue !== null);
    const categories = shown.map((y) => (y.kind === 'plan' ? `${y.year} (${labels.plan})` : String(y.year)));
    slide.addChart(
      pres.ChartType.bar,
      [
        { name: labels.revenue, labels: categories, values: shown.map((y) => y.revenue ?? 0) },
        { name: labels.grossMargin, labels: categories, values: shown.map((y) => y.grossMargin ?? 0) },
      ],
      {
        ...at,
        // The chart's own proportions, with room for the legend under it.
        h: Math.min(at.h, at.w * (chart.height / chart.width) + 0.5),
        barDir: 'col',
        barGrouping: 'clustered',
        chartColors: [CHART_COLOURS.realised, CHART_COLOURS.margin],
        showLegend: true,
        legendPos: 'b',
        legendFontFace: FONT,
        legendFontSize: 11,
        catAxisLabelFontFace: FONT,
        catAxisLabelFontSize: 11,
        valAxisLabelFontFace: FONT,
        valAxisLabelFontSize: 10,
        valAxisLabelFormatCode: '€ #,##0',
        valGridLine: { color: CHART_COLOURS.grid, size: 0.5 },
        altText: chart.description,
      },
    );
    return;
  }
  if (item.type === 'bridge') {
    addBridge(pres, slide, item.block, at);
    return;
  }
  if (item.type === 'picture') {
    addPicture(pres, slide, item.picture, item);
    return;
  }
  const lines = Math.max(1, item.lines.length);
  const options: PptxGenJS.TextPropsOptions = {
    ...at,
    // A fifth of a line to spare: PowerPoint and LibreOffice place a line's glyphs a little differently.
    h: inch(lines * item.size * LINE_HEIGHT + item.size * 0.2),
    fontFace: FONT,
    fontSize: item.size,
    bold: item.bold,
    color: TEXT_COLOURS[item.tone],
    align: item.align,
    valign: 'top',
    margin: 0,
    lineSpacing: item.size * LINE_HEIGHT,
    lang: LANG,
    // Text the student lengthens in PowerPoint shrinks to fit its box instead of running off it.
    fit: 'shrink',
    ...(item.href ? { hyperlink: { url: `${meta.origin}${item.href}` } } : {}),
  };
  if (item.title) {
    slide.addText(item.text, { ...options, placeholder: 'title' });
    return;
  }
  slide.addText(item.text, options);
}

/**
 * The build-up of the revenue target as a native chart: PowerPoint has no waterfall, so it is a
 * stacked column chart whose first series (what lies under each step) has no fill, with the steps
 * up, the steps down and the totals as the series on it. Its data stays in the chart's sheet; the
 * categories carry each bar's amount, as the waterfall writes it above the bar.
 */
function addBridge(
  pres: PptxGenJS,
  slide: PptxGenJS.Slide,
  block: Extract<LaidItem, { type: 'bridge' }>['block'],
  at: { x: number; y: number; w: number; h: number },
): void {
  const labels = block.bars.map((b) => b.label);
  const series = (name: string, value: (b: (typeof block.bars)[number]) => number) => ({ name, labels, values: block.bars.map(value) });
  slide.addChart(
    pres.ChartType.bar,
    [
      series(block.series.base, (b) => (b.kind === 'total' ? 0 : b.low)),
      series(block.series.up, (b) => (b.kind === 'up' ? b.high - b.low : 0)),
      series(block.series.down, (b) => (b.kind === 'down' ? b.high - b.low : 0)),
      series(block.series.total, (b) => (b.kind === 'total' ? b.high : 0)),
    ],
    {
      ...at,
      barDir: 'col',
      barGrouping: 'stacked',
      barGapWidthPct: 40,
      // 'transparent' is pptxgenjs's word for no fill: the series under the steps is not drawn.
      chartColors: ['transparent', BRIDGE_COLOURS.up, BRIDGE_COLOURS.down, BRIDGE_COLOURS.base],
      valAxisMinVal: block.axisMin,
      showLegend: false,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 9,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 9,
      valAxisLabelFormatCode: '€ #,##0',
      valGridLine: { color: BRIDGE_COLOURS.grid, size: 0.5 },
      altText: block.chart.description,
    },
  );
}

/**
 * Runs `make` with JSZip (which pptxgenjs zips with) taking every text part as UTF-8 bytes. JSZip
 * 3.10 encodes a text part in blocks of 16,384 UTF-16 units, so an emoji on a block's edge became
 * two "�" in long notes. Base64 and binary parts are left as they are; JSZip is put back after.
 */
async function withWholeCharacters<T>(make: () => Promise<T>): Promise<T> {
  type File = (this: JSZip, ...args: unknown[]) => unknown;
  const proto = JSZip.prototype as unknown as { file: File };
  const file = proto.file;
  const utf8 = new TextEncoder();
  proto.file = function (this: JSZip, ...args: unknown[]) {
    const [name, data, options] = args as [unknown, unknown, { base64?: boolean; binary?: boolean } | undefined];
    if (typeof data === 'string' && !options?.base64 && !options?.binary) return file.call(this, name, utf8.encode(data), options);
    return file.apply(this, args);
  };
  try {
    return await make();
  } finally {
    proto.file = file;
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The deck as the bytes of a .pptx file. */
export async function renderPptx(laid: readonly LaidSlide[], meta: PptxMeta): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = oneLine(meta.title);
  pres.author = oneLine(meta.author);
  // pptxgenjs 4 writes the company into docProps/app.xml without escaping it (title and author it
  // escapes): "&" or "<" in an organisation's name would make a file PowerPoint refuses.
  pres.company = escapeXml(oneLine(meta.company));
  defineMasters(pres);
  for (const page of laid) {
    const slide = pres.addSlide({ masterName: page.slide.id === 'titel' ? MASTERS.opening : MASTERS.content });
    for (const item of page.items) addItem(pres, slide, item, meta);
    if (page.notes) slide.addNotes(page.notes);
  }
  // pptxgenjs 4 compresses only when it makes a Blob: `write` with an output type stores every file
  // as is (five times the size), and `write({ compression })` alone mistakes its options for the
  // output type. Its export method makes the compressed Blob (test/slides/pptx.test.ts checks).
  const exporter = pres as unknown as { exportPresentation(props: { compression: boolean }): Promise<Blob> };
  const blob = await withWholeCharacters(() => exporter.exportPresentation({ compression: true }));
  return new Uint8Array(await blob.arrayBuffer());
}
