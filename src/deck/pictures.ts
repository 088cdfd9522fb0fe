import type { Picture } from '../plan/pictures/picture';
import { relationshipMap } from '../plan/pictures/relationship-map';
import { timeline } from '../plan/pictures/timeline';
import type { Rect } from './layout-blocks';
import type { Block } from './model';

/**
 * The pictures of the plan on a slide (the relationship map, the timeline): laid out by
 * src/plan/pictures/ in their brief form (one line per action, cards without contacts), in
 * points, then scaled down to the room the slide gives them. The page, PowerPoint and the slide
 * PDF draw the same shapes.
 */

type PictureBlock = Extract<Block, { kind: 'picture' }>;

/** The type sizes a picture is laid out with on a slide, in points, before it is scaled to its room. */
const SLIDE_TYPE = { font: 13, small: 11.5 } as const;

/**
 * A picture whose body text would come out smaller than this (points) once it fits its room is not
 * drawn: its slide shows its fallback (the actions’ table) or goes without. 9 pt keeps the small
 * text at 8 pt: small for a projector, readable on a screen and on paper, where a slide deck is read again.
 */
export const MIN_PICTURE_FONT = 9;

/** Wider layouts tried for a room: a wider picture can be lower (more cards side by side), so its text comes out larger. */
const WIDTHS = [1, 1.25, 1.5] as const;

/**
 * A height the picture cannot be less than, in its units: a row of the timeline is at least 1.65
 * type sizes high, a row of cards at least five (src/plan/pictures/timeline-layout.ts, map-layout.ts).
 */
function leastHeight(block: PictureBlock, width: number): number {
  const f = SLIDE_TYPE.font;
  if (block.picture === 'timeline') return block.source.actie.actions.length * f * 1.65;
  const perRow = Math.max(1, Math.floor(width / (f * 16.4)));
  return Math.ceil(block.source.discover.dmu.length / perRow) * f * 5;
}

function draw(block: PictureBlock, width: number): Picture | null {
  const scale = { width, ...SLIDE_TYPE };
  return block.picture === 'map'
    ? relationshipMap(block.source, scale, block.today, { brief: true })
    : timeline(block.source, scale, block.today, { brief: true });
}

/**
 * The picture laid out for `box`: the layout whose text comes out largest when scaled to fit,
 * with its size on the slide. Null when there is nothing to draw or its text would be too small.
 */
export function slidePicture(block: PictureBlock, box: Rect): { picture: Picture; w: number; h: number } | null {
  // A plan with too many rows to ever fit is not laid out at all (200 actions took seconds).
  if (leastHeight(block, box.w * WIDTHS.at(-1)!) * (MIN_PICTURE_FONT / SLIDE_TYPE.font) > box.h) return null;
  let best: { picture: Picture; k: number } | null = null;
  for (const factor of WIDTHS) {
    const picture = draw(block, Math.floor(box.w * factor));
    if (!picture) return null;
    const k = Math.min(1, box.w / picture.width, box.h / picture.height);
    if (!best || k > best.k + 1e-9) best = { picture, k };
    // A layout that already fits at full size cannot get larger.
    if (k >= 1) break;
  }
  if (!best || SLIDE_TYPE.font * best.k < MIN_PICTURE_FONT) return null;
  return { picture: best.picture, w: best.picture.width * best.k, h: best.picture.height * best.k };
}
