import type { Picture } from '../plan/pictures/picture';
import { ellipsize } from '../plan/values/text';
import { fitText, LINE_HEIGHT, linesIn } from './fit';
import type { Block, FullText } from './model';
import { slidePicture } from './pictures';

/**
 * How each kind of block is laid out in its box on a slide: texts fitted to their boxes
 * (fit.ts), shapes placed. Everything in points on a slide of 960 × 540 (13.333 × 7.5 inch).
 */

/** What a text or shape means, so each renderer picks its colour. */
export type Tone = 'title' | 'text' | 'muted' | 'accent' | 'warning' | 'onAccent';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaidText extends Rect {
  type: 'text';
  /** The text as it fits in the box ("\n" between paragraphs). */
  text: string;
  /** Its lines as fit.ts wrapped them (the slide PDF draws these). */
  lines: string[];
  size: number;
  bold: boolean;
  tone: Tone;
  align: 'left' | 'center';
  /** The slide's title (one per slide): PowerPoint's title placeholder, the page's heading. */
  title?: true;
  /** A link on the page and in the PDF (what to fill in first). */
  href?: string;
}

export interface LaidShape extends Rect {
  type: 'shape';
  /** card: a light panel; badge: a filled accent panel; mark: a list's bullet; rule: a line under the title. */
  shape: 'card' | 'badge' | 'mark' | 'rule';
}

export interface LaidChart extends Rect {
  type: 'chart';
  block: Extract<Block, { kind: 'chart' }>;
}

/** The build-up of the revenue target: its waterfall's shapes and bars (PowerPoint draws a native chart from the bars). */
export interface LaidBridge extends Rect {
  type: 'bridge';
  block: Extract<Block, { kind: 'bridge' }>;
}

/** A picture of the plan, laid out in points and drawn scaled to `w` (its height follows). */
export interface LaidPicture extends Rect {
  type: 'picture';
  picture: Picture;
}

export type LaidItem = LaidText | LaidShape | LaidChart | LaidBridge | LaidPicture;

/** What laying out a block gives: its items, and the texts it had to shorten. */
export interface Placed {
  items: LaidItem[];
  shortened: FullText[];
}

const GAP = 12;

interface TextStyle {
  size: number;
  bold?: boolean;
  tone?: Tone;
  align?: 'left' | 'center';
  maxLines?: number;
  href?: string;
  /** The notes hold this text whole anyway (a table's rows): do not list it as shortened. */
  inNotes?: true;
}

/** Fits a text into a box; records it when shortened. Returns the height it takes. */
export function text(out: Placed, label: string, value: string, box: Rect, style: TextStyle): number {
  if (!value) return 0;
  const lines = Math.min(style.maxLines ?? Number.POSITIVE_INFINITY, linesIn(box.h, style.size));
  const height = lines * style.size * LINE_HEIGHT;
  const fitted = fitText(value, { width: box.w, height, size: style.size });
  // Named briefly: the label is there to find the text, not to repeat it.
  if (fitted.shortened && !style.inNotes) out.shortened.push({ label: label === value ? '' : ellipsize(label, 60), text: value });
  const used = fitted.lines.length * style.size * LINE_HEIGHT;
  out.items.push({
    type: 'text',
    x: box.x,
    y: box.y,
    w: box.w,
    h: used,
    text: fitted.text,
    lines: fitted.lines,
    size: style.size,
    bold: style.bold ?? false,
    tone: style.tone ?? 'text',
    align: style.align ?? 'left',
    ...(style.href ? { href: style.href } : {}),
  });
  return used;
}

const lineOf = (size: number) => size * LINE_HEIGHT;

/** The height a block asks for in a stack, or null for "a share of what is left". */
export function naturalHeight(block: Block, width: number): number | null {
  if (block.kind === 'subtitle') return Math.min(2, fitText(block.text, { width, height: 1e6, size: 16 }).lines.length) * lineOf(16);
  if (block.kind === 'missing') return lineOf(14) * (1 + block.items.length) + 4;
  return null;
}

export function placeBlock(out: Placed, block: Block, box: Rect): void {
  switch (block.kind) {
    case 'subtitle':
      text(out, block.text, block.text, box, { size: 16, tone: 'muted' });
      return;
    case 'statement':
      text(out, block.text, block.text, box, { size: 24, tone: 'title' });
      return;
    case 'list':
      placeList(out, block, box);
      return;
    case 'pair':
      placePair(out, block, box);
      return;
    case 'figures': {
      const each = box.h / block.items.length;
      block.items.forEach((item, i) => {
        const y = box.y + i * each;
        const used = text(out, item.label, item.value, { x: box.x, y, w: box.w, h: lineOf(28) }, { size: 28, bold: true, tone: 'accent', maxLines: 1 });
        text(
          out,
          item.label,
          item.label,
          { x: box.x, y: y + used, w: box.w, h: Math.max(lineOf(13), each - used - GAP) },
          { size: 13, tone: 'muted', maxLines: 2 },
        );
      });
      return;
    }
    case 'chart':
      out.items.push({ type: 'chart', ...box, block });
      return;
    case 'bridge': {
      // The waterfall keeps its proportions, at the top of its room.
      const k = Math.min(box.w / block.chart.width, box.h / block.chart.height);
      out.items.push({ type: 'bridge', x: box.x, y: box.y, w: block.chart.width * k, h: block.chart.height * k, block });
      return;
    }
    case 'picture': {
      const placed = slidePicture(block, box);
      if (placed) out.items.push({ type: 'picture', x: box.x, y: box.y, w: placed.w, h: placed.h, picture: placed.picture });
      else if (block.fallback) placeBlock(out, block.fallback, box);
      return;
    }
    case 'table':
      placeTable(out, block, box);
      return;
    case 'missing': {
      text(out, block.heading, block.heading, { ...box, h: lineOf(14) }, { size: 14, bold: true, tone: 'warning', maxLines: 1 });
      block.items.forEach((m, i) => {
        text(
          out,
          m.label,
          `${m.label} (${m.where})`,
          { x: box.x + 16, y: box.y + lineOf(14) * (i + 1), w: box.w - 16, h: lineOf(14) },
          { size: 14, tone: 'warning', maxLines: 1, href: m.href },
        );
      });
      return;
    }
  }
}

function placeList(out: Placed, block: Extract<Block, { kind: 'list' }>, box: Rect): void {
  let y = box.y;
  if (block.heading) y += text(out, block.heading, block.heading, { ...box, h: lineOf(16) }, { size: 16, bold: true, tone: 'accent', maxLines: 1 }) + 6;
  const n = block.items.length;
  if (!n) return;
  const each = (box.y + box.h - y) / n;
  const indent = 20;
  block.items.forEach((item, i) => {
    const top = y + i * each;
    const inner = { x: box.x + indent, y: top, w: box.w - indent, h: each - 8 };
    const detailLines = item.detail ? Math.min(2, Math.max(1, linesIn(inner.h, 13) - 2)) : 0;
    const textRoom = inner.h - detailLines * lineOf(13);
    out.items.push({ type: 'shape', shape: 'mark', x: box.x + 2, y: top + 18 * 0.35, w: 8, h: 8 });
    const used = text(out, item.text, item.text, { ...inner, h: Math.max(lineOf(18), textRoom) }, { size: 18, maxLines: 3 });
    if (!item.detail) return;
    // The detail takes what is left of the item's room; with no line left, it is in the notes only.
    const room = Math.min(detailLines * lineOf(13), inner.h - used - 2);
    if (room >= lineOf(13)) text(out, item.text, item.detail, { ...inner, y: top + used + 2, h: room }, { size: 13, tone: 'muted' });
    else out.shortened.push({ label: ellipsize(item.text, 60), text: item.detail });
  });
}

function placePair(out: Placed, block: Extract<Block, { kind: 'pair' }>, box: Rect): void {
  const badge = 110;
  const cardW = (box.w - badge - 2 * GAP) / 2;
  const cardH = Math.min(150, box.h * 0.48);
  const pad = 12;
  const card = (x: number, code: string, value: string) => {
    out.items.push({ type: 'shape', shape: 'card', x, y: box.y, w: cardW, h: cardH });
    const inner = { x: x + pad, y: box.y + pad, w: cardW - 2 * pad, h: cardH - 2 * pad };
    const used = text(out, code, code, { ...inner, h: lineOf(14) }, { size: 14, bold: true, tone: 'accent', maxLines: 1 });
    text(out, code, value, { ...inner, y: inner.y + used, h: inner.h - used }, { size: 18 });
  };
  card(box.x, block.row.code, block.row.text);
  const bx = box.x + cardW + GAP;
  out.items.push({ type: 'shape', shape: 'badge', x: bx, y: box.y + cardH / 2 - 36, w: badge, h: 52 });
  text(
    out,
    block.score,
    block.score,
    { x: bx, y: box.y + cardH / 2 - 32, w: badge, h: lineOf(28) },
    { size: 28, bold: true, tone: 'onAccent', align: 'center', maxLines: 1 },
  );
  text(
    out,
    block.quadrant,
    block.quadrant,
    { x: bx - 4, y: box.y + cardH / 2 + 22, w: badge + 8, h: lineOf(12) * 2 },
    { size: 12, tone: 'muted', align: 'center' },
  );
  card(bx + badge + GAP, block.column.code, block.column.text);
  let y = box.y + cardH + GAP;
  y += text(out, block.meaning, block.meaning, { x: box.x, y, w: box.w, h: lineOf(14) }, { size: 14, tone: 'muted', maxLines: 1 }) + GAP;
  if (!block.question) return;
  const qh = box.y + box.h - y;
  out.items.push({ type: 'shape', shape: 'card', x: box.x, y, w: box.w, h: qh });
  const inner = { x: box.x + pad, y: y + pad, w: box.w - 2 * pad, h: qh - 2 * pad };
  const used = text(out, block.questionLabel, block.questionLabel, { ...inner, h: lineOf(14) }, { size: 14, bold: true, tone: 'accent', maxLines: 1 });
  text(out, block.questionLabel, block.question, { ...inner, y: inner.y + used, h: inner.h - used }, { size: 20, bold: true, tone: 'title' });
}

function placeTable(out: Placed, block: Extract<Block, { kind: 'table' }>, box: Rect): void {
  const shares = block.columns.length === 4 ? [0.54, 0.2, 0.15, 0.11] : block.columns.map(() => 1 / block.columns.length);
  const xs: number[] = [];
  let x = box.x;
  for (const share of shares) {
    xs.push(x);
    x += share * box.w;
  }
  const rowH = lineOf(14) + 10;
  const colW = (i: number) => shares[i]! * box.w - 10;
  block.columns.forEach((heading, i) =>
    text(out, heading, heading, { x: xs[i]!, y: box.y, w: colW(i), h: lineOf(13) }, { size: 13, bold: true, tone: 'accent', maxLines: 1 }),
  );
  out.items.push({ type: 'shape', shape: 'rule', x: box.x, y: box.y + lineOf(13) + 3, w: box.w, h: 1 });
  const fits = Math.floor((box.h - rowH) / rowH);
  block.rows.slice(0, fits).forEach((row, r) => {
    const y = box.y + rowH * (r + 1);
    row.forEach((cell, i) => text(out, block.columns[i] ?? '', cell, { x: xs[i]!, y, w: colW(i), h: lineOf(14) }, { size: 14, maxLines: 1, inNotes: true }));
  });
}
