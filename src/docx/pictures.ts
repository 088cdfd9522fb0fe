/**
 * A picture of the plan (src/plan/pictures/: the relationship map, the timeline) in the Word
 * document as native DrawingML shapes: one group, inline in its paragraph, of rectangles, lines,
 * marks and text boxes, the same shapes the PDF and the worksheet draw. The names stay text: Word
 * finds them, a screen reader reads them, and the reader can still correct one in Word.
 *
 * Written here with docx's own `BuilderElement` rather than `docx/shapes`: that module would add
 * about 110 KB (gzipped) to the Word download for what are rectangles, lines and text boxes.
 * Standalone: `pictureRun` returns a run any paragraph can hold, `pictureParagraph` a paragraph.
 */
import { AlignmentType, BuilderElement, Paragraph, TextRun, XmlComponent, docPropertiesUniqueNumericId } from 'docx';
import { PRINT_COLOURS } from '../plan/pictures/palette';
import { ASCENT, type Picture, type PictureShape, type Tone } from '../plan/pictures/picture';

/** English Metric Units per millimetre. */
const EMU_PER_MM = 36_000;
const PT = 25.4 / 72;

type Attrs = Record<string, string | number>;
type Child = XmlComponent | string;

/** One XML element: `el('a:off', { x: 0, y: 0 })`. */
function el(name: string, attrs: Attrs = {}, children: Child[] = []): XmlComponent {
  const attributes = Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, { key, value }]));
  return new BuilderElement({ name, ...(Object.keys(attrs).length ? { attributes } : {}), children: children as XmlComponent[] });
}

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const GROUP = 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup';

const fill = (tone: Tone | null) => (tone ? el('a:solidFill', {}, [el('a:srgbClr', { val: PRINT_COLOURS[tone] })]) : el('a:noFill'));
const outline = (tone: Tone | null, width: number, dashed?: boolean) =>
  tone
    ? el('a:ln', { w: Math.max(1, Math.round(width)) }, [fill(tone), ...(dashed ? [el('a:prstDash', { val: 'dash' })] : [])])
    : el('a:ln', {}, [el('a:noFill')]);

export interface DocxPictureOptions {
  /** The width in the document, mm (the text column of an A4 page with 25 mm margins is 160). */
  width: number;
  /** The font of the texts; by default the document's Calibri. */
  font?: string;
}

/** The picture as a run holding one inline drawing; its title and description are its alternative text. */
export function pictureRun(picture: Picture, options: DocxPictureOptions): TextRun {
  const font = options.font ?? 'Calibri';
  const emu = (options.width * EMU_PER_MM) / picture.width;
  const mm = options.width / picture.width;
  const E = (units: number) => Math.round(units * emu);
  const width = E(picture.width);
  const height = E(picture.height);
  let count = 0;

  const shape = (
    name: string,
    box: { x: number; y: number; w: number; h: number; flipH?: boolean; flipV?: boolean },
    geometry: XmlComponent,
    look: XmlComponent[],
    body: Child[] = [],
    textBox = false,
  ) =>
    el('wps:wsp', {}, [
      el('wps:cNvPr', { id: docPropertiesUniqueNumericId(), name: `${name} ${++count}` }),
      el('wps:cNvSpPr', textBox ? { txBox: 1 } : {}),
      el('wps:spPr', {}, [
        el('a:xfrm', { ...(box.flipH ? { flipH: 1 } : {}), ...(box.flipV ? { flipV: 1 } : {}) }, [
          el('a:off', { x: E(box.x), y: E(box.y) }),
          el('a:ext', { cx: Math.max(0, E(box.w)), cy: Math.max(0, E(box.h)) }),
        ]),
        geometry,
        ...look,
      ]),
      ...body,
    ]);
  const preset = (prst: string, guides: Attrs = {}) =>
    el('a:prstGeom', { prst }, [
      el(
        'a:avLst',
        {},
        Object.entries(guides).map(([name, value]) => el('a:gd', { name, fmla: `val ${value}` })),
      ),
    ]);
  const plainBody = el('wps:bodyPr');

  const draw = (s: PictureShape): XmlComponent => {
    switch (s.type) {
      case 'rect': {
        const radius = s.radius ? Math.min(50_000, Math.round((s.radius / Math.min(s.width, s.height)) * 100_000)) : 0;
        return shape(
          'Rectangle',
          { x: s.x, y: s.y, w: s.width, h: s.height },
          radius ? preset('roundRect', { adj: radius }) : preset('rect'),
          [fill(s.fill), outline(s.stroke, s.strokeWidth * emu, s.dashed)],
          [plainBody],
        );
      }
      case 'line':
        return shape(
          'Line',
          { x: Math.min(s.x1, s.x2), y: Math.min(s.y1, s.y2), w: Math.abs(s.x2 - s.x1), h: Math.abs(s.y2 - s.y1), flipH: s.x2 < s.x1, flipV: s.y2 < s.y1 },
          preset('line'),
          [el('a:noFill'), outline(s.stroke, s.strokeWidth * emu, s.dashed)],
          [plainBody],
        );
      case 'mark':
        return shape(
          'Mark',
          { x: s.x - s.size / 2, y: s.y - s.size / 2, w: s.size, h: s.size },
          preset(s.shape === 'circle' ? 'ellipse' : 'diamond'),
          [fill(s.fill), outline(s.stroke, s.strokeWidth * emu)],
          [plainBody],
        );
      case 'text': {
        // A text box as wide as the room the layout gave the text, its first line on the text's baseline.
        const w = s.maxWidth;
        const x = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - w / 2 : s.x - w;
        const top = s.y - s.size * (ASCENT + 0.15);
        const halfPoints = Math.max(2, Math.round(((s.size * mm) / PT) * 2));
        const run = el('w:r', {}, [
          el('w:rPr', {}, [
            el('w:rFonts', { 'w:ascii': font, 'w:hAnsi': font, 'w:cs': font }),
            ...(s.bold ? [el('w:b'), el('w:bCs')] : []),
            el('w:color', { 'w:val': PRINT_COLOURS[s.tone] }),
            el('w:sz', { 'w:val': halfPoints }),
            el('w:szCs', { 'w:val': halfPoints }),
          ]),
          el('w:t', { 'xml:space': 'preserve' }, [s.text]),
        ]);
        const paragraph = el('w:p', {}, [
          el('w:pPr', {}, [
            el('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' }),
            el('w:jc', { 'w:val': s.anchor === 'start' ? 'left' : s.anchor === 'middle' ? 'center' : 'right' }),
          ]),
          run,
        ]);
        return shape(
          'TextBox',
          { x, y: top, w, h: s.size * 1.3 },
          preset('rect'),
          [el('a:noFill'), el('a:ln', {}, [el('a:noFill')])],
          [
            el('wps:txbx', {}, [el('w:txbxContent', {}, [paragraph])]),
            el('wps:bodyPr', { rot: 0, vert: 'horz', wrap: 'none', lIns: 0, tIns: 0, rIns: 0, bIns: 0, anchor: 't', anchorCtr: 0 }, [el('a:noAutofit')]),
          ],
          true,
        );
      }
    }
  };

  const group = el('wpg:wgp', {}, [
    el('wpg:cNvGrpSpPr'),
    el('wpg:grpSpPr', {}, [
      el('a:xfrm', {}, [
        el('a:off', { x: 0, y: 0 }),
        el('a:ext', { cx: width, cy: height }),
        el('a:chOff', { x: 0, y: 0 }),
        el('a:chExt', { cx: width, cy: height }),
      ]),
    ]),
    ...picture.shapes.map(draw),
  ]);
  const drawing = el('w:drawing', {}, [
    el('wp:inline', { distT: 0, distB: 0, distL: 0, distR: 0 }, [
      el('wp:extent', { cx: width, cy: height }),
      el('wp:effectExtent', { l: 0, t: 0, r: 0, b: 0 }),
      el('wp:docPr', { id: docPropertiesUniqueNumericId(), name: picture.title, descr: picture.description, title: picture.title }),
      el('wp:cNvGraphicFramePr'),
      el('a:graphic', { 'xmlns:a': A }, [el('a:graphicData', { uri: GROUP }, [group])]),
    ]),
  ]);
  return new DrawingRun(drawing);
}

/** A run that holds a drawing (a TextRun without text, so any paragraph takes it). */
class DrawingRun extends TextRun {
  constructor(drawing: XmlComponent) {
    super({});
    this.root.push(drawing);
  }
}

/**
 * The picture in a paragraph of its own, kept with the next one (its caption) on a page. Its line
 * spacing is single: with the document's 1.15, LibreOffice moves the shapes of a tall drawing off
 * its paragraph (measured with LibreOffice 7; a paragraph that holds `pictureRun` needs the same).
 */
export function pictureParagraph(picture: Picture, options: DocxPictureOptions): Paragraph {
  return new Paragraph({
    children: [pictureRun(picture, options)],
    keepNext: true,
    alignment: AlignmentType.LEFT,
    spacing: { before: 120, after: 60, line: 240, lineRule: 'auto' },
  });
}
