import { textWidth } from '../pictures/fit';
import type { Picture, PictureShape, Tone } from '../pictures/picture';
import type { BridgeChartModel, BridgeTone } from './bridge-chart';
import { title } from './messages/bridge';

/**
 * The waterfall of bridge-chart.ts as a picture of the plan (src/plan/pictures/picture.ts), so a
 * renderer that draws pictures draws it too, with the pictures' print colours: the PDF with
 * jsPDF's shapes, the Word document as native shapes (Word has no waterfall chart). The same bars,
 * amounts, labels and dashed links the site draws as SVG.
 */

/** Each tone of the chart as a tone of the pictures' palette: its colour on paper. */
const TONE: Record<BridgeTone, Tone> = {
  base: 'accent',
  up: 'klaar',
  down: 'today',
  expected: 'gepland',
  target: 'neutraal',
  link: 'link',
  axis: 'review',
  grid: 'grid',
  text: 'text',
  muted: 'muted',
};

/** The outline of a bar: the expected revenue in the accent, the target dashed in the text colour (told apart without colour, as on the site). */
const outline = (tone: BridgeTone, outlined: boolean | undefined): Pick<Extract<PictureShape, { type: 'rect' }>, 'stroke' | 'strokeWidth' | 'dashed'> =>
  outlined
    ? { stroke: 'text', strokeWidth: 0.3, dashed: true }
    : tone === 'expected'
      ? { stroke: 'accent', strokeWidth: 0.3 }
      : { stroke: null, strokeWidth: 0 };

export function bridgePicture(chart: BridgeChartModel): Picture {
  const shapes: PictureShape[] = [
    ...chart.lines.map((l): PictureShape => ({
      type: 'line',
      x1: l.x1,
      y1: l.y1,
      x2: l.x2,
      y2: l.y2,
      stroke: TONE[l.tone],
      strokeWidth: l.tone === 'axis' ? 0.35 : 0.2,
      ...(l.dashed ? { dashed: true } : {}),
    })),
    ...chart.rects.map((r): PictureShape => ({
      type: 'rect',
      x: r.x,
      y: r.y,
      width: r.width,
      height: Math.max(0, r.height),
      fill: TONE[r.tone],
      ...outline(r.tone, r.outlined),
      role: 'bar',
    })),
    // The chart fitted its texts already: the room a renderer may shorten them to is generous.
    ...chart.texts.map((t): PictureShape => ({
      type: 'text',
      x: t.x,
      y: t.y,
      text: t.text,
      size: t.size,
      anchor: t.anchor,
      tone: TONE[t.tone],
      ...(t.bold ? { bold: true } : {}),
      maxWidth: textWidth(t.text, t.size, t.bold) * 1.25 + 1,
    })),
  ];
  return { width: chart.width, height: chart.height, shapes, title, description: chart.description };
}
