/**
 * The figures of a document, one builder per kind (FIGURE_KINDS in types.ts). A figure is laid out
 * once, as shapes in src/plan/ (the workbook and the worksheets draw the same shapes as SVG); a
 * renderer draws the shapes, or builds the figure natively from its data (Word's charts).
 */
import type { RevenueBridge } from '../plan/finance/bridge';
import { bridgeChart } from '../plan/finance/bridge-chart';
import { bridgePicture } from '../plan/finance/bridge-picture';
import { financeChart } from '../plan/finance/finance-chart';
import type { FinanceYear } from '../plan/finance/totals';
import type { Picture } from '../plan/pictures/picture';
import { financeTitle } from './messages';
import type { Block } from './types';

/** The chart of revenue and gross margin per year, or null when no year has a revenue. */
export function financeFigure(years: FinanceYear[]): Block | null {
  const shapes = financeChart(years);
  if (!shapes) return null;
  return { kind: 'figure', figure: { figure: 'financeYears', title: financeTitle, description: shapes.description, shapes, data: { years } } };
}

/** The waterfall of the build-up of the revenue target, or null when there is nothing to build on. */
export function bridgeFigure(bridge: RevenueBridge): Block | null {
  const chart = bridgeChart(bridge);
  if (!chart) return null;
  const shapes = bridgePicture(chart);
  return { kind: 'figure', figure: { figure: 'revenueBridge', title: shapes.title, description: shapes.description, shapes, data: {} } };
}

/** A picture of the plan (the relationship map, the timeline) as a figure, or null when there is none. */
export function pictureFigure(figure: 'relationshipMap' | 'timeline', picture: Picture | null): Block | null {
  if (!picture) return null;
  return { kind: 'figure', figure: { figure, title: picture.title, description: picture.description, shapes: picture, data: {} } };
}
