import { revenueBridge, type RevenueBridge } from '../plan/finance/bridge';
import { bridgeChart } from '../plan/finance/bridge-chart';
import { bridgeText, signedEuro, type BridgeText } from '../plan/finance/bridge-table';
import { niceStep } from '../plan/finance/finance-chart';
import { chartBase, chartExpected, chartGrowth, chartTarget, noBase, unnamedOpportunity } from '../plan/finance/messages/bridge';
import type { Plan } from '../plan/model/schema';
import { formatEuro, formatPercent } from '../plan/values/format';
import { oneLine } from './clean';
import * as say from './messages/deck';
import type { Block, BridgeBar } from './model';
import type { Draft, DraftContext } from './slides-story';

/**
 * The tenth slide: the build-up of the revenue target (src/plan/finance/bridge.ts), as the
 * waterfall the worksheet of step 6 draws, beside the three figures it comes to: what the plan can
 * expect, the target, and the difference. Internal as a whole, like the figures.
 */

/** The build-up of the plan's target, its opportunities' names cleaned for a slide (they reach the chart, its description and the notes). */
export function slideBridge(plan: Plan): RevenueBridge {
  return revenueBridge({
    ...plan,
    develop: { ...plan.develop, opportunities: plan.develop.opportunities.map((o) => ({ ...o, opportunity: oneLine(o.opportunity) })) },
  });
}

/** The bars of the waterfall as data, in the order bridge-chart.ts draws them: for PowerPoint's native chart. */
export function bridgeBars(b: RevenueBridge): BridgeBar[] {
  if (b.year === null) return [];
  const start = b.base?.revenue ?? 0;
  const bars: BridgeBar[] = [{ label: say.bridgeBar(b.base ? chartBase(b.base.year) : noBase, formatEuro(start)), low: 0, high: start, kind: 'total' }];
  let running = start;
  const step = (label: string, delta: number) => {
    bars.push({
      label: say.bridgeBar(label, signedEuro(delta)),
      low: Math.min(running, running + delta),
      high: Math.max(running, running + delta),
      kind: delta < 0 ? 'down' : 'up',
    });
    running += delta;
  };
  step(chartGrowth, b.growth);
  b.opportunities.forEach((o, i) => step(o.name || unnamedOpportunity(i), o.contribution));
  bars.push({ label: say.bridgeBar(chartExpected(b.year), formatEuro(b.expected)), low: 0, high: b.expected, kind: 'total' });
  if (b.target !== null) bars.push({ label: say.bridgeBar(chartTarget(b.year), formatEuro(b.target)), low: 0, high: b.target, kind: 'total' });
  return bars;
}

/**
 * Where the value axis of the native chart starts: a round amount under the lowest level, as the
 * waterfall's own axis (bridge-chart.ts), so the steps can be seen beside totals of € 385.000.
 */
export function axisMin(bars: readonly BridgeBar[]): number {
  const levels = bars.flatMap((bar) => (bar.kind === 'total' ? [bar.high] : [bar.low, bar.high]));
  if (!levels.length) return 0;
  const lo = Math.min(...levels);
  const hi = Math.max(...levels, 1);
  const low = Math.max(0, lo - Math.max(hi - lo, hi * 0.02, 1) * 0.6);
  const unit = niceStep(hi - low);
  return Math.floor(low / unit) * unit;
}

/** The notes' lines for the build-up: every row with how it is computed. */
export const bridgeRowNotes = (text: BridgeText) => [say.notesBridgeRows, ...text.rows.map((r) => say.notesBridgeRow(r.label, r.amount, r.how))].join('\n');

export function bridgeSlide({ plan }: DraftContext): Draft {
  const b = slideBridge(plan);
  const text = bridgeText(b);
  const chart = bridgeChart(b);
  if (!text || !chart || b.year === null) {
    return {
      title: say.bridgeTitleEmpty,
      notes: [],
      blocks: [],
      needs: [
        ['envision', 'history'],
        ['develop', 'planYears'],
        ['develop', 'opportunities'],
      ],
    };
  }
  const year = b.year;
  const bars = bridgeBars(b);
  const blocks: Block[] = [{ kind: 'bridge', chart, bars, series: say.bridgeSeries, axisMin: axisMin(bars) }];
  const figures = [{ value: formatEuro(b.expected), label: say.expectedFigure(year) }];
  if (b.target !== null && b.gap !== null) {
    figures.push(
      { value: formatEuro(b.target), label: say.targetFigure(year) },
      { value: signedEuro(b.gap), label: say.gapFigure(b.gapPercent === null ? '' : formatPercent(b.gapPercent)) },
    );
  }
  blocks.push({ kind: 'figures', items: figures });
  const title =
    b.target === null
      ? say.bridgeTitleNoTarget(formatEuro(b.expected), year)
      : b.backed === false
        ? say.bridgeTitleNotBacked(formatEuro(b.target), year, formatEuro(b.gap!))
        : say.bridgeTitleBacked(formatEuro(b.target), year);
  const notes = [bridgeRowNotes(text), text.verdict ?? '', text.budget?.join('') ?? '', text.sensitivity?.join('') ?? ''].filter(Boolean);
  return { title, notes, blocks, needs: b.growthPercent === null ? [['develop', 'baseGrowth']] : [], arrangement: 'columns' };
}
