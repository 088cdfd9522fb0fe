import { createElement, memo, useId, type CSSProperties } from 'react';
import type { LaidBridge, LaidItem, LaidSlide, Rect } from '../deck/layout';
import { SLIDE } from '../deck/layout';
import { BRIDGE_COLOURS } from '../deck/palette';
import { PRINT_COLOURS } from '../plan/pictures/palette';
import type { Picture, Tone } from '../plan/pictures/picture';
import { reactAttrs, svgElements } from '../plan/pictures/svg';
import { FinanceChart } from './FinanceChart';

/**
 * One slide of a laid-out deck (src/deck/layout.ts) as HTML: every text and shape at its place in
 * percent of the slide, font sizes in container units, so the slide scales with its box and shows
 * the same lines as PowerPoint and the slide PDF. The slide stays light in dark mode.
 */

const place = (r: Rect): CSSProperties => ({
  left: `${(r.x / SLIDE.width) * 100}%`,
  top: `${(r.y / SLIDE.height) * 100}%`,
  width: `${(r.w / SLIDE.width) * 100}%`,
  height: `${(r.h / SLIDE.height) * 100}%`,
});

/** A size in points as a share of the slide's width (100cqw = 960 pt). */
const size = (pt: number) => `${(pt / SLIDE.width) * 100}cqw`;

/** The waterfall in the slide's own colours (a slide stays light in dark mode). */
function SlideBridge({ chart }: { chart: LaidBridge['block']['chart'] }) {
  const titleId = useId();
  const hex = (tone: keyof typeof BRIDGE_COLOURS) => `#${BRIDGE_COLOURS[tone]}`;
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{chart.description}</title>
      {chart.lines.map((l, i) => (
        <line
          key={`l${i}`}
          x1={l.x1}
          y1={l.y1}
          x2={l.x2}
          y2={l.y2}
          stroke={hex(l.tone)}
          strokeWidth={l.tone === 'axis' ? 0.35 : 0.2}
          strokeDasharray={l.dashed ? '0.8 0.8' : undefined}
        />
      ))}
      {chart.rects.map((r, i) => (
        <rect
          key={`r${i}`}
          x={r.x}
          y={r.y}
          width={r.width}
          height={Math.max(0, r.height)}
          fill={hex(r.tone)}
          stroke={r.outlined || r.tone === 'expected' ? hex('base') : undefined}
          strokeWidth={r.outlined || r.tone === 'expected' ? 0.35 : undefined}
          strokeDasharray={r.outlined ? '1 0.6' : undefined}
        />
      ))}
      {chart.texts.map((t, i) => (
        <text key={`t${i}`} x={t.x} y={t.y} fontSize={t.size} textAnchor={t.anchor} fontWeight={t.bold ? 700 : undefined} fill={hex(t.tone)} aria-hidden="true">
          {t.text}
        </text>
      ))}
    </svg>
  );
}

/** A picture's colour classes (`pic-fill-…`, `pic-stroke-…`, `pic-text-…`) as the print colours: a slide stays light. */
function printColours(classes: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of classes.split(' ')) {
    const [, kind, tone] = /^pic-(fill|stroke|text)-(\w+)$/.exec(c) ?? [];
    if (kind) out[kind === 'stroke' ? 'stroke' : 'fill'] = tone === 'none' ? 'none' : `#${PRINT_COLOURS[tone as Tone]}`;
  }
  return out;
}

/** A picture of the plan (the relationship map, the timeline) as SVG in the slide's colours, with its name and description. */
function SlidePicture({ picture }: { picture: Picture }) {
  const id = useId();
  return (
    <svg viewBox={`0 0 ${picture.width} ${picture.height}`} role="img" aria-labelledby={`${id}t`} aria-describedby={`${id}d`}>
      <title id={`${id}t`}>{picture.title}</title>
      <desc id={`${id}d`}>{picture.description}</desc>
      {svgElements(picture).map(({ tag, attrs: { class: classes, ...attrs }, text }, i) =>
        createElement(tag, { key: i, ...reactAttrs(attrs), ...printColours(String(classes ?? '')) }, text),
      )}
    </svg>
  );
}

function Item({ item }: { item: LaidItem }) {
  if (item.type === 'shape') return <span className={`deck-shape deck-${item.shape}`} style={place(item)} aria-hidden="true" />;
  if (item.type === 'chart') {
    return (
      <div className="deck-chart" style={place(item)}>
        <FinanceChart chart={item.block.chart} />
      </div>
    );
  }
  if (item.type === 'bridge') {
    return (
      <div className="deck-bridge" style={place(item)}>
        <SlideBridge chart={item.block.chart} />
      </div>
    );
  }
  if (item.type === 'picture') {
    return (
      <div className="deck-picture" style={place(item)}>
        <SlidePicture picture={item.picture} />
      </div>
    );
  }
  const style: CSSProperties = { ...place(item), fontSize: size(item.size), fontWeight: item.bold ? 700 : 400, textAlign: item.align };
  const className = ['deck-text', `tone-${item.tone}`, item.title ? 'deck-title' : ''].filter(Boolean).join(' ');
  if (item.href) {
    return (
      <a className={className} href={item.href} style={style}>
        {item.text}
      </a>
    );
  }
  return (
    <p className={className} style={style}>
      {item.text}
    </p>
  );
}

/** A slide; `label` names it for screen readers ("Dia 3 van 9: …"). Drawn again only when its layout changes, not on every key typed in its fields. */
export const SlideView = memo(function SlideView({ laid, label, className = '' }: { laid: LaidSlide; label: string; className?: string }) {
  return (
    <div className={`deck-slide ${className}`.trim()} role="group" aria-label={label} data-slide={laid.slide.id}>
      {laid.items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </div>
  );
});
