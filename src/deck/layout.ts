import { LINE_HEIGHT } from './fit';
import { placeBlock, naturalHeight, text, type LaidItem, type Placed, type Rect } from './layout-blocks';
import { slidePicture } from './pictures';
import { footer, notesFull, notesShortened, titleLabel } from './messages/deck';
import type { Block, Deck, FullText, Slide } from './model';

export type { LaidBridge, LaidChart, LaidItem, LaidPicture, LaidShape, LaidText, Rect, Tone } from './layout-blocks';

/**
 * A slide laid out: where its title, blocks and footer go on a 16:9 slide of 960 × 540 points
 * (13.333 × 7.5 inch, PowerPoint's widescreen), with every text fitted to its box. The page, the
 * PowerPoint file and the slide PDF draw this same layout, so they show the same words and none
 * overflows a slide.
 */

export const SLIDE = { width: 960, height: 540 } as const;
const MARGIN = 48;
const BODY = { x: MARGIN, y: 132, w: SLIDE.width - 2 * MARGIN, h: 356 } as const;
const GAP = 16;

/** Where the title goes: on the title slide larger and lower, on the others at the top. */
export const TITLE_BOXES = {
  opening: { x: MARGIN, y: 120, w: SLIDE.width - 2 * MARGIN, h: 3 * 36 * LINE_HEIGHT, size: 36 },
  content: { x: MARGIN, y: 34, w: SLIDE.width - 2 * MARGIN, h: 2 * 28 * LINE_HEIGHT, size: 28 },
} as const;

export interface LaidSlide {
  slide: Slide;
  items: LaidItem[];
  /** Texts the slide shows shortened: the notes give them whole. */
  shortened: FullText[];
  /** The speaker notes with the whole texts of what was shortened. */
  notes: string;
}

/** Lays out the blocks of a body box: side by side or under each other. */
function placeBody(out: Placed, blocks: readonly Block[], box: Rect, arrangement: Slide['arrangement'], opening: boolean): void {
  // A subtitle opens the body (on the title slide: closes it) and what to fill in first closes
  // it, across the whole width.
  const top = opening ? [] : blocks.filter((b) => b.kind === 'subtitle');
  const bottom = blocks.filter((b) => b.kind === 'missing' || (opening && b.kind === 'subtitle'));
  const main = blocks.filter((b) => b.kind !== 'subtitle' && b.kind !== 'missing');
  let y = box.y;
  let end = box.y + box.h;
  for (const b of top) {
    const h = naturalHeight(b, box.w) ?? 0;
    placeBlock(out, b, { x: box.x, y, w: box.w, h });
    y += h + GAP;
  }
  for (const b of [...bottom].reverse()) {
    const h = Math.min(naturalHeight(b, box.w) ?? 0, (end - y) / 2);
    end -= h;
    placeBlock(out, b, { x: box.x, y: end, w: box.w, h });
    end -= GAP;
  }
  if (!main.length || end <= y) return;
  const room = { x: box.x, y, w: box.w, h: end - y };
  if (arrangement === 'aside') {
    // The picture on the right, the other blocks under each other beside it.
    const picture = main.find((b) => b.kind === 'picture');
    const others = main.filter((b) => b !== picture);
    const left = others.length ? Math.round(room.w * 0.36) : 0;
    const right = { x: room.x + left + (left ? GAP * 2 : 0), y, w: room.w - left - (left ? GAP * 2 : 0), h: room.h };
    const placed = picture?.kind === 'picture' ? slidePicture(picture, right) : null;
    if (placed) {
      out.items.push({ type: 'picture', x: right.x, y: right.y, w: placed.w, h: placed.h, picture: placed.picture });
      stack(out, others, { ...room, w: left });
      return;
    }
    // No room to read the picture: the others side by side, with what the picture falls back on.
    const fallback = picture?.kind === 'picture' && picture.fallback ? [picture.fallback] : [];
    columns(out, [...others, ...fallback], room);
    return;
  }
  if (arrangement === 'columns') columns(out, main, room);
  else stack(out, main, room);
}

/** Blocks side by side: a chart takes two shares of the width, other blocks one. */
function columns(out: Placed, blocks: readonly Block[], room: Rect): void {
  const weights = blocks.map((b) => (b.kind === 'chart' || b.kind === 'bridge' ? 2 : 1));
  const total = weights.reduce((n, w) => n + w, 0);
  const width = room.w - GAP * 2 * (blocks.length - 1);
  let x = room.x;
  blocks.forEach((b, i) => {
    const w = (width * weights[i]!) / total;
    placeBlock(out, b, { x, y: room.y, w, h: room.h });
    x += w + GAP * 2;
  });
}

/** Blocks under each other, sharing the height: a list by its heading and items, any other block as one. */
function stack(out: Placed, blocks: readonly Block[], room: Rect): void {
  if (!blocks.length || room.w <= 0) return;
  const weights = blocks.map((b) => (b.kind === 'list' ? 1 + b.items.length : 1));
  const total = weights.reduce((n, w) => n + w, 0);
  const height = room.h - GAP * (blocks.length - 1);
  let y = room.y;
  blocks.forEach((b, i) => {
    const h = (height * weights[i]!) / total;
    placeBlock(out, b, { x: room.x, y, w: room.w, h });
    y += h + GAP;
  });
}

/** The speaker notes with, after them, the whole texts the slide shows shortened. */
export function notesWithFullTexts(notes: string, shortened: readonly FullText[]): string {
  // A text the notes already hold whole is not repeated.
  const missing = shortened.filter((s, i) => !notes.includes(s.text) && shortened.findIndex((t) => t.text === s.text) === i);
  if (!missing.length) return notes;
  const full = [notesShortened, ...missing.map((s) => (s.label ? notesFull(s.label, s.text) : s.text))].join('\n');
  return notes ? `${notes}\n\n${full}` : full;
}

/** Lays out one slide, `number` of `total` shown. */
export function layoutSlide(slide: Slide, number: number, total: number, account: string): LaidSlide {
  const out: Placed = { items: [], shortened: [] };
  const opening = slide.id === 'titel';
  // The title slide: a larger title lower on the slide, the ambition under it.
  const { size, ...titleBox } = TITLE_BOXES[opening ? 'opening' : 'content'];
  const before = out.items.length;
  text(out, titleLabel, slide.title, titleBox, { size, bold: true, tone: 'title' });
  const title = out.items[before];
  if (title?.type === 'text') title.title = true;
  // The rule under the title box, at the same place on every slide whatever the title's length.
  out.items.push({ type: 'shape', shape: 'rule', x: MARGIN, y: titleBox.y + titleBox.h + 8, w: 64, h: 4 });
  const body = opening ? { x: MARGIN, y: titleBox.y + titleBox.h + 32, w: BODY.w, h: 0 } : { ...BODY };
  if (opening) body.h = BODY.y + BODY.h - body.y;
  placeBody(out, slide.blocks, body, slide.arrangement, opening);
  text(out, '', footer(account, number, total), { x: MARGIN, y: SLIDE.height - 34, w: BODY.w, h: 10 * LINE_HEIGHT }, { size: 10, tone: 'muted', maxLines: 1 });
  return { slide, items: out.items, shortened: out.shortened, notes: notesWithFullTexts(slide.notes, out.shortened) };
}

/** Lays out the slides of a deck that are shown. */
export function layoutDeck(deck: Deck): LaidSlide[] {
  return deck.shown.map((slide, i) => layoutSlide(slide, i + 1, deck.shown.length, deck.account));
}
