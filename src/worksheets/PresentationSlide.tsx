import { memo, type CSSProperties } from 'react';
import type { LaidItem, LaidSlide, Rect } from '../deck/layout';
import { SLIDE } from '../deck/layout';
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

function Item({ item }: { item: LaidItem }) {
  if (item.type === 'shape') return <span className={`deck-shape deck-${item.shape}`} style={place(item)} aria-hidden="true" />;
  if (item.type === 'chart') {
    return (
      <div className="deck-chart" style={place(item)}>
        <FinanceChart chart={item.block.chart} />
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
