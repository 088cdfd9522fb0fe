/**
 * The figures of the document model in Word, one drawing per kind (FIGURE_KINDS): the years as a
 * Word chart with its data in an embedded sheet, so the student can change the numbers in Word.
 */
import { LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { FigureKind, FigureOf } from '../document/types';
import { grossMarginColumn, revenueColumn } from '../document/messages';
import { ACCENT, TEXT_MM } from './style';
import { chartPlanYear } from './messages';

/** Pixels (as the docx library sizes drawings: 1/96 inch) of the text column's width. */
const WIDTH = Math.round((TEXT_MM / 25.4) * 96);

/** A drawing on a paragraph of its own: single line spacing, so no reader squeezes it into a line's height. */
const alone = (run: ChartRun) => new Paragraph({ spacing: { before: 120, after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepLines: true, children: [run] });

export const FIGURES = {
  financeYears: (figure) => {
    const shown = figure.data.years.filter((y) => y.revenue !== null);
    return [
      alone(
        new ChartRun({
          type: 'column',
          title: figure.title,
          categories: shown.map((y) => (y.kind === 'plan' ? chartPlanYear(y.year) : String(y.year))),
          series: [
            { name: revenueColumn, values: shown.map((y) => y.revenue), color: ACCENT, colors: shown.map((y) => (y.kind === 'plan' ? 'A9C4DE' : undefined)) },
            { name: grossMarginColumn, values: shown.map((y) => y.grossMargin), color: '6094BA' },
          ],
          // The width of the text, and half of it high: a size of its own, whatever the paragraph around it.
          transformation: { width: WIDTH, height: Math.round(WIDTH / 2) },
          altText: { name: figure.title, description: figure.description },
        }),
      ),
    ];
  },
} satisfies { [K in FigureKind]: (figure: FigureOf<K>) => Paragraph[] };
