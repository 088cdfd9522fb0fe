import { parseIsoDate } from '../values/dates';
import { textWidth } from './fit';
import { legend, linesHeight, paragraph, placeLines } from './kit';
import * as say from './messages/timeline';
import type { PictureShape, PictureScale } from './picture';
import type { TimelineData } from './timeline';
import { itemMark, legendItems } from './timeline-marks';

/**
 * Places the timeline (timeline.ts reads the plan). One row per action or milestone, under the
 * heading of its group; its title and status on the left (or, where the picture is narrow, above
 * its bar) and its bar on a time axis of months. Rows never share height, so nothing overlaps.
 */

const day = (date: string) => {
  const p = parseIsoDate(date)!;
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
};

/** The first day of every month from `from` (a first day) until `to` (excluded). */
function monthStarts(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let date = from; date < to; date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`) {
    out.push(date);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** `titleLines`: the lines a row's title may take (3 by default; a slide's timeline takes 1, its meta in the title). */
export function layoutTimeline(data: TimelineData, scale: PictureScale, options: { titleLines?: number } = {}) {
  const { width, font: f, small } = scale;
  const pad = f * 0.8;
  const wide = width >= f * 40;
  const labelWidth = wide ? Math.min(Math.max(width * 0.36, f * 12), f * 24) : width - 2 * pad;
  const chartX = wide ? pad + labelWidth + f * 0.8 : pad;
  const chartWidth = width - pad - chartX;
  const back: PictureShape[] = [];
  const guides: PictureShape[] = [];
  const heads: PictureShape[] = [];
  const fore: PictureShape[] = [];
  let y = pad;

  const axis = data.axis;
  const first = axis ? day(axis.from) : 0;
  const total = axis ? day(axis.to) - first : 1;
  const xOf = (date: string) => chartX + ((day(date) - first) / total) * chartWidth;
  const endOf = (date: string) => chartX + ((day(date) + 1 - first) / total) * chartWidth;
  const months = axis ? monthStarts(axis.from, axis.to) : [];
  const monthWidth = chartWidth / Math.max(1, months.length);

  // The axis: years over months, a month named every `step` months where names fit.
  let labelled = new Set<string>();
  const axisTop = y;
  if (axis) {
    const name = Math.max(...say.MONTHS.map((m) => textWidth(m, small)));
    const step = [1, 2, 3, 6, 12].find((k) => k * monthWidth >= name + small * 0.6) ?? 0;
    const yearWidth = textWidth('0000', small, true) + small * 0.8;
    const yearStep = Math.max(1, Math.ceil(yearWidth / (12 * monthWidth)));
    const chartEnd = chartX + chartWidth;
    // Years at their Januaries (and at the start, where it leaves room for the first January).
    const januaries = months.filter((m) => m.endsWith('-01-01') && Number(m.slice(0, 4)) % yearStep === 0);
    const years = [
      ...(months[0] && !months[0].endsWith('-01-01') && (!januaries[0] || xOf(januaries[0]) - xOf(months[0]) >= yearWidth) ? [months[0]] : []),
      ...januaries,
    ];
    let free = -Infinity;
    for (const m of years) {
      // The last year stays inside the chart; a year that would then run into the one before it is left out.
      const x = Math.min(xOf(m) + small * 0.2, chartEnd - yearWidth);
      if (x < free) continue;
      free = x + yearWidth;
      fore.push({
        type: 'text',
        x,
        y: y + small * 0.95,
        text: m.slice(0, 4),
        size: small,
        anchor: 'start',
        tone: 'text',
        bold: true,
        maxWidth: yearWidth,
        role: 'year',
      });
    }
    months.forEach((m, i) => {
      const month = Number(m.slice(5, 7));
      const room = Math.min(step, months.length - i) * monthWidth - small * 0.2;
      if (step && (month - 1) % step === 0 && textWidth(say.MONTHS[month - 1]!, small) <= room) {
        labelled.add(m);
        fore.push({
          type: 'text',
          x: xOf(m) + small * 0.2,
          y: y + small * 2.25,
          text: say.MONTHS[month - 1]!,
          size: small,
          anchor: 'start',
          tone: 'muted',
          maxWidth: room,
          role: 'month',
        });
      }
    });
    if (!step) labelled = new Set(months.filter((m) => m.endsWith('-01-01')));
    y += small * 2.6 + f * 0.3;
  }

  // The rows, group by group.
  const rowsTop = y;
  for (const group of data.groups) {
    const header = paragraph(group.label, width - 2 * pad, small, { tone: 'accent', bold: true, maxLines: 2, role: 'group' });
    const headerHeight = linesHeight(header) + f * 0.3;
    heads.push({ type: 'rect', x: 0, y, width, height: headerHeight, fill: 'paper', stroke: null, strokeWidth: 0, role: 'group-band' });
    heads.push({ type: 'line', x1: pad, y1: y, x2: width - pad, y2: y, stroke: 'rule', strokeWidth: f * 0.06, role: 'group-rule' });
    heads.push(...placeLines(header, pad, y + f * 0.15, width - 2 * pad));
    y += headerHeight + f * 0.15;
    for (const item of group.items) {
      const lines = [
        ...paragraph(item.title, labelWidth, small, { tone: 'text', maxLines: options.titleLines ?? 3, role: 'title' }),
        ...(item.meta
          ? paragraph(item.meta, labelWidth, small, { tone: 'muted', maxLines: 2, role: item.kind === 'milestone' ? 'milestone-meta' : 'status' })
          : []),
      ];
      const textHeight = linesHeight(lines);
      // Where the title stands over the time axis, it gets a ground of its own: the grid stays out of the text.
      if (!wide)
        heads.push({ type: 'rect', x: pad, y, width: labelWidth, height: textHeight, fill: 'paper', stroke: null, strokeWidth: 0, role: 'label-ground' });
      fore.push(...placeLines(lines, pad, y, labelWidth, item.id));
      const track = f * 1.2;
      const rowHeight = wide ? Math.max(textHeight, track) : textHeight + track;
      const middle = wide ? y + rowHeight / 2 : y + textHeight + track / 2;
      fore.push(...itemMark(item, middle, { xOf, endOf, chartEnd: chartX + chartWidth, f }));
      y += rowHeight + f * 0.45;
    }
  }
  const rowsBottom = y - f * 0.2;

  if (axis && rowsBottom > rowsTop) {
    if (data.period)
      back.push({
        type: 'rect',
        x: xOf(data.period.from),
        y: rowsTop,
        width: endOf(data.period.to) - xOf(data.period.from),
        height: rowsBottom - rowsTop,
        fill: 'band',
        stroke: null,
        strokeWidth: 0,
        role: 'period',
      });
    for (const m of months) {
      if (monthWidth < f * 0.4 && !labelled.has(m)) continue;
      const x = xOf(m);
      back.push({
        type: 'line',
        x1: x,
        y1: axisTop,
        x2: x,
        y2: rowsBottom,
        stroke: m.endsWith('-01-01') ? 'rule' : 'grid',
        strokeWidth: f * 0.05,
        role: 'grid',
      });
    }
    back.push({
      type: 'line',
      x1: chartX + chartWidth,
      y1: axisTop,
      x2: chartX + chartWidth,
      y2: rowsBottom,
      stroke: 'grid',
      strokeWidth: f * 0.05,
      role: 'grid',
    });
    for (const r of data.reviews)
      guides.push({
        type: 'line',
        x1: xOf(r),
        y1: rowsTop - f * 0.3,
        x2: xOf(r),
        y2: rowsBottom,
        stroke: 'review',
        strokeWidth: f * 0.1,
        dashed: true,
        role: 'review',
      });
    if (parseIsoDate(data.today) && data.today >= axis.from && data.today < axis.to) {
      const x = xOf(data.today) + (endOf(data.today) - xOf(data.today)) / 2;
      guides.push({ type: 'line', x1: x, y1: rowsTop - f * 0.3, x2: x, y2: rowsBottom + f * 0.3, stroke: 'today', strokeWidth: f * 0.15, role: 'today' });
      const label = textWidth(say.todayLabel, small, true);
      const at = Math.min(Math.max(x, chartX + label / 2), width - pad - label / 2);
      fore.push({
        type: 'text',
        x: at,
        y: rowsBottom + f * 0.3 + small * 1.05,
        text: say.todayLabel,
        size: small,
        anchor: 'middle',
        tone: 'today',
        bold: true,
        maxWidth: label,
        role: 'today-label',
      });
      y = rowsBottom + f * 0.3 + small * 1.5 + f * 0.4;
    }
  }

  if (data.undated.length) {
    y += f * 0.4;
    const header = paragraph(say.undatedTitle, width - 2 * pad, small, { tone: 'accent', bold: true, role: 'undated-title' });
    fore.push(...placeLines(header, pad, y, width - 2 * pad));
    y += linesHeight(header) + f * 0.15;
    for (const item of data.undated) {
      const lines = paragraph(`• ${say.undatedItem(item.title, item.meta)}`, width - 2 * pad, small, { tone: 'text', maxLines: 3, role: 'undated' });
      fore.push(...placeLines(lines, pad, y, width - 2 * pad, item.id));
      y += linesHeight(lines) + f * 0.15;
    }
  }

  const key = legend(legendItems(f, small, !!data.period, data.reviews.length > 0), pad, y + f * 0.5, width - 2 * pad, small);
  const height = y + f * 0.5 + key.height + pad;
  return { width, height, shapes: [...back, ...guides, ...heads, ...fore, ...key.shapes] };
}
