import { createElement, memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { Picture } from '../plan/pictures/picture';
import { reactAttrs, svgElements } from '../plan/pictures/svg';
import './pictures.css';

/**
 * A picture of the plan (src/plan/pictures/) as SVG: the same shapes the PDF and the Word document
 * draw. Its title names it and its description says everything it shows, for screen readers; the
 * colours come from pictures.css (light, dark and print).
 */
export const PictureSvg = memo(function PictureSvg({ picture }: { picture: Picture }) {
  const id = useId();
  return (
    <svg
      className="picture"
      width={picture.width}
      height={picture.height}
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{picture.title}</title>
      <desc id={`${id}-desc`}>{picture.description}</desc>
      {svgElements(picture).map((el, i) => createElement(el.tag, { key: i, ...reactAttrs(el.attrs) }, el.text))}
    </svg>
  );
});

/** The narrowest and widest a picture is laid out for, in CSS pixels (narrower columns scale it down). */
const MIN_WIDTH = 300;
const MAX_WIDTH = 960;

/**
 * A figure whose picture is laid out for the width it gets, one unit per CSS pixel, so its text
 * keeps its size (11 px at least) on a phone and on a wide screen. `draw` makes the picture for a
 * width; keep it the same function while the plan does not change (useCallback), or it lays out on every render.
 */
export function PictureFigure({ draw, caption, empty }: { draw: (width: number) => Picture | null; caption: ReactNode; empty: string }) {
  const [width, setWidth] = useState(0);
  const measure = useCallback((node: HTMLElement | null) => {
    if (!node) return;
    // Laid out again in steps of 20 px, not on every pixel of a resize.
    const update = () => setWidth(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(node.clientWidth / 20) * 20)));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Laid out again only when the plan's part it shows or the width changes.
  const picture = useMemo(() => (width ? draw(width) : null), [draw, width]);
  let body: ReactNode = null;
  if (width && !picture) body = <p className="derived">{empty}</p>;
  return (
    <figure className="picture-figure" ref={measure}>
      {picture ? <PictureSvg picture={picture} /> : body}
      {picture ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
