import * as say from './messages/timeline';
import type { LegendItem } from './kit';
import type { PictureShape, Tone } from './picture';
import type { TimelineItem } from './timeline';

/**
 * How the timeline draws one action or milestone (a bar, a dot, a diamond) and the key that
 * explains those marks; timeline-layout.ts places them.
 */

/** The fill and the outline of an action's bar, by its status. */
const STATUS_TONES = { gepland: 'gepland', bezig: 'bezig', klaar: 'klaar', vervallen: 'vervallen', '': 'paper' } as const satisfies Record<
  TimelineItem['status'],
  Tone
>;
const STATUS_STROKES = { gepland: 'accent', bezig: 'bezig', klaar: 'klaar', vervallen: 'muted', '': 'muted' } as const satisfies Record<
  TimelineItem['status'],
  Tone
>;

/** Where a row's mark goes: the time axis of the chart (x of a day's start and end) and the type size. */
export interface MarkAxis {
  xOf: (date: string) => number;
  endOf: (date: string) => number;
  /** Where the chart ends on the right: a bar never runs past it. */
  chartEnd: number;
  f: number;
}

/** An action as a bar from its first to its last day (a dot for one day), a milestone as a diamond. */
export function itemMark(item: TimelineItem, middle: number, { xOf, endOf, chartEnd, f }: MarkAxis): PictureShape[] {
  const from = item.from!;
  const to = item.to!;
  if (item.kind === 'milestone') {
    const x = (xOf(from) + endOf(from)) / 2;
    return [
      {
        type: 'mark',
        shape: 'diamond',
        x,
        y: middle,
        size: f * 1.1,
        fill: item.done ? 'milestone' : 'paper',
        stroke: 'milestone',
        strokeWidth: f * 0.1,
        role: 'milestone',
        ref: item.id,
      },
    ];
  }
  const fill = STATUS_TONES[item.status];
  const stroke = STATUS_STROKES[item.status];
  if (from === to)
    return [
      {
        type: 'mark',
        shape: 'circle',
        x: (xOf(from) + endOf(from)) / 2,
        y: middle,
        size: f * 0.9,
        fill,
        stroke,
        strokeWidth: f * 0.1,
        role: 'bar',
        ref: item.id,
      },
    ];
  const x = xOf(from);
  const w = Math.max(endOf(to) - x, f * 0.3);
  return [
    {
      type: 'rect',
      x: Math.min(x, chartEnd - w),
      y: middle - f * 0.45,
      width: w,
      height: f * 0.9,
      fill,
      stroke,
      strokeWidth: f * 0.1,
      radius: f * 0.2,
      ...(item.status === 'vervallen' ? { dashed: true } : {}),
      role: 'bar',
      ref: item.id,
    },
  ];
}

/** The statuses, milestones, reviews, today and the plan's period, each with its sample. */
export function legendItems(f: number, small: number, period: boolean, reviews: boolean): LegendItem[] {
  const barSample =
    (status: TimelineItem['status']) =>
    (x: number, middle: number): PictureShape[] => [
      {
        type: 'rect',
        x,
        y: middle - f * 0.4,
        width: f * 1.6,
        height: f * 0.8,
        fill: STATUS_TONES[status],
        stroke: STATUS_STROKES[status],
        strokeWidth: f * 0.1,
        radius: f * 0.2,
        ...(status === 'vervallen' ? { dashed: true } : {}),
        role: 'legend-sample',
      },
    ];
  const lineSample =
    (stroke: Tone, dashed: boolean, weight: number) =>
    (x: number, middle: number): PictureShape[] => [
      {
        type: 'line',
        x1: x + f * 0.8,
        y1: middle - small * 0.7,
        x2: x + f * 0.8,
        y2: middle + small * 0.7,
        stroke,
        strokeWidth: f * weight,
        ...(dashed ? { dashed } : {}),
        role: 'legend-sample',
      },
    ];
  return [
    ...(['gepland', 'bezig', 'klaar', 'vervallen'] as const).map((s) => ({ text: s, swatch: f * 1.6, sample: barSample(s) })),
    {
      text: say.legendMilestone,
      swatch: f * 1.6,
      sample: (x: number, middle: number): PictureShape[] => [
        {
          type: 'mark',
          shape: 'diamond',
          x: x + f * 0.8,
          y: middle,
          size: f * 1.1,
          fill: 'milestone',
          stroke: 'milestone',
          strokeWidth: f * 0.1,
          role: 'legend-sample',
        },
      ],
    },
    ...(reviews ? [{ text: say.legendReview, swatch: f * 1.6, sample: lineSample('review', true, 0.1) }] : []),
    { text: say.legendToday, swatch: f * 1.6, sample: lineSample('today', false, 0.15) },
    ...(period
      ? [
          {
            text: say.legendPeriod,
            swatch: f * 1.6,
            sample: (x: number, middle: number): PictureShape[] => [
              { type: 'rect', x, y: middle - f * 0.5, width: f * 1.6, height: f, fill: 'band', stroke: 'grid', strokeWidth: f * 0.05, role: 'legend-sample' },
            ],
          },
        ]
      : []),
  ];
}
