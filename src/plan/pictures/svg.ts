import { PRINT_COLOURS } from './palette';
import type { Picture, PictureShape, Tone } from './picture';

/**
 * A picture as SVG elements, once for every SVG renderer: the worksheet's React component, the
 * lessons' Astro component and `svgMarkup` (a standalone SVG for slides or an image). Colours are
 * classes (`pic-fill-<tone>`, `pic-stroke-<tone>`, `pic-text-<tone>`) that the site's CSS gives
 * light and dark colours; `svgMarkup` writes the print colours in instead.
 */

export interface SvgElement {
  tag: 'rect' | 'line' | 'circle' | 'polygon' | 'text';
  /** Attributes with their SVG names ('stroke-width', 'text-anchor'). */
  attrs: Record<string, string | number>;
  text?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;
const classes = (fill: Tone | null, stroke: Tone | null) =>
  [fill ? `pic-fill-${fill}` : 'pic-fill-none', stroke ? `pic-stroke-${stroke}` : ''].filter(Boolean).join(' ');

function element(shape: PictureShape): SvgElement {
  switch (shape.type) {
    case 'rect':
      return {
        tag: 'rect',
        attrs: {
          x: round(shape.x),
          y: round(shape.y),
          width: round(Math.max(0, shape.width)),
          height: round(Math.max(0, shape.height)),
          ...(shape.radius ? { rx: round(shape.radius) } : {}),
          class: classes(shape.fill, shape.stroke),
          ...(shape.stroke ? { 'stroke-width': round(shape.strokeWidth) } : {}),
          ...(shape.dashed ? { 'stroke-dasharray': `${round(shape.strokeWidth * 3)} ${round(shape.strokeWidth * 2)}` } : {}),
          ...(shape.role ? { 'data-role': shape.role } : {}),
          ...(shape.ref ? { 'data-ref': shape.ref } : {}),
        },
      };
    case 'line':
      return {
        tag: 'line',
        attrs: {
          x1: round(shape.x1),
          y1: round(shape.y1),
          x2: round(shape.x2),
          y2: round(shape.y2),
          class: `pic-stroke-${shape.stroke}`,
          'stroke-width': round(shape.strokeWidth),
          ...(shape.dashed ? { 'stroke-dasharray': `${round(shape.strokeWidth * 4)} ${round(shape.strokeWidth * 3)}` } : {}),
          ...(shape.role ? { 'data-role': shape.role } : {}),
        },
      };
    case 'mark': {
      const common = {
        class: classes(shape.fill, shape.stroke),
        'stroke-width': round(shape.strokeWidth),
        ...(shape.role ? { 'data-role': shape.role } : {}),
        ...(shape.ref ? { 'data-ref': shape.ref } : {}),
      };
      if (shape.shape === 'circle') return { tag: 'circle', attrs: { cx: round(shape.x), cy: round(shape.y), r: round(shape.size / 2), ...common } };
      const h = shape.size / 2;
      const points = [
        [shape.x, shape.y - h],
        [shape.x + h, shape.y],
        [shape.x, shape.y + h],
        [shape.x - h, shape.y],
      ];
      return { tag: 'polygon', attrs: { points: points.map(([x, y]) => `${round(x!)},${round(y!)}`).join(' '), ...common } };
    }
    case 'text':
      return {
        tag: 'text',
        attrs: {
          x: round(shape.x),
          y: round(shape.y),
          'font-size': round(shape.size),
          ...(shape.anchor !== 'start' ? { 'text-anchor': shape.anchor } : {}),
          ...(shape.bold ? { 'font-weight': 700 } : {}),
          class: `pic-text-${shape.tone}`,
          ...(shape.role ? { 'data-role': shape.role } : {}),
          ...(shape.ref ? { 'data-ref': shape.ref } : {}),
        },
        text: shape.text,
      };
  }
}

/** The picture's shapes as SVG elements, in paint order. */
export const svgElements = (picture: Picture): SvgElement[] => picture.shapes.map(element);

/** 'stroke-width' as React's 'strokeWidth', 'class' as 'className'. */
export function reactAttrs(attrs: SvgElement['attrs']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) {
    const key = name === 'class' ? 'className' : name.startsWith('data-') ? name : name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    out[key] = value;
  }
  return out;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attributes = (list: ReadonlyArray<readonly [string, string | number]>) => list.map(([name, value]) => ` ${name}="${escape(String(value))}"`).join('');
const tag = (name: string, list: ReadonlyArray<readonly [string, string | number]>, text?: string) =>
  text === undefined ? `<${name}${attributes(list)}/>` : `<${name}${attributes(list)}>${escape(text)}</${name}>`;

/**
 * A standalone SVG document of the picture in print colours, `scale` CSS pixels per unit: for a
 * slide, or to draw on a canvas for an image. Its title and description go with it.
 */
export function svgMarkup(picture: Picture, scale = 1, colours: Record<Tone, string> = PRINT_COLOURS): string {
  /** The colours a list of `pic-…` classes stands for, as attributes. */
  const colour = (cls: string): Array<[string, string]> =>
    cls.split(' ').flatMap((c): Array<[string, string]> => {
      const [, kind, tone] = /^pic-(fill|stroke|text)-(\w+)$/.exec(c) ?? [];
      if (!kind) return [];
      if (tone === 'none') return [['fill', 'none']];
      return [[kind === 'stroke' ? 'stroke' : 'fill', `#${colours[tone as Tone]}`]];
    });
  const body = svgElements(picture)
    .map((el) =>
      tag(
        el.tag,
        Object.entries(el.attrs).flatMap(([name, value]): Array<[string, string | number]> => (name === 'class' ? colour(String(value)) : [[name, value]])),
        el.text,
      ),
    )
    .join('');
  const root: Array<[string, string | number]> = [
    ['xmlns', 'http://www.w3.org/2000/svg'],
    ['width', round(picture.width * scale)],
    ['height', round(picture.height * scale)],
    ['viewBox', [0, 0, round(picture.width), round(picture.height)].join(' ')],
    ['role', 'img'],
    ['font-family', 'sans-serif'],
  ];
  const paper = tag('rect', [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', `#${colours.paper}`],
  ]);
  return `<svg${attributes(root)}>${tag('title', [], picture.title)}${tag('desc', [], picture.description)}${paper}${body}</svg>`;
}
