/**
 * The figures of a document, one builder per kind (FIGURE_KINDS in types.ts). A figure is laid out
 * once, as shapes in src/plan/ (the workbook draws the same shapes as SVG); a renderer draws the
 * shapes, or builds the figure natively from its data (Word's chart of the years).
 */
import { financeChart } from '../plan/finance/finance-chart';
import type { FinanceYear } from '../plan/finance/totals';
import { financeTitle } from './messages';
import type { Block } from './types';

/** The chart of revenue and gross margin per year, or null when no year has a revenue. */
export function financeFigure(years: FinanceYear[]): Block | null {
  const shapes = financeChart(years);
  if (!shapes) return null;
  return { kind: 'figure', figure: { figure: 'financeYears', title: financeTitle, description: shapes.description, shapes, data: { years } } };
}
