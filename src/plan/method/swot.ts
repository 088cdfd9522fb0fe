import type { MATRIX_SCORES, Plan } from '../model/schema';

/**
 * The one vocabulary of step 4: the SWOT letters (S, Z, K, B), what a matrix score means and what
 * the four quadrants are called. The lesson, the worksheet, the matrix-cell picker, the example
 * and the PDF all read it from here.
 */

export type MatrixScore = (typeof MATRIX_SCORES)[number];

/** The four SWOT lists in the order they are printed, with the letter of their codes. */
export const SWOT_LISTS = [
  { key: 'strengths', letter: 'S', kind: 'Sterkte', plural: 'Sterktes' },
  { key: 'weaknesses', letter: 'Z', kind: 'Zwakte', plural: 'Zwaktes' },
  { key: 'opportunities', letter: 'K', kind: 'Kans', plural: 'Kansen' },
  { key: 'threats', letter: 'B', kind: 'Bedreiging', plural: 'Bedreigingen' },
] as const;

export type SwotListKey = (typeof SWOT_LISTS)[number]['key'];

/**
 * What a score says about a combination of a strength or weakness with an opportunity or threat:
 * does it work for or against the customer? One definition for every quadrant.
 */
export const MATRIX_SCORE_MEANINGS: Record<MatrixScore, string> = {
  '++': 'werkt sterk in het voordeel van de klant (zeer kansrijk)',
  '+': 'werkt in het voordeel van de klant',
  '0': 'geen verband',
  '-': 'werkt tegen de klant',
  '--': 'werkt sterk tegen de klant (zeer bedreigend)',
};

/** Only these scores become key questions. */
export const KEY_QUESTION_SCORES: readonly MatrixScore[] = ['++', '--'];

/** The quadrants of the confrontation matrix, by the names Dutch textbooks use. */
export const MATRIX_QUADRANTS = [
  { row: 'S', column: 'K', name: 'Groeien', what: 'zet een sterkte in om een kans te pakken' },
  { row: 'S', column: 'B', name: 'Verdedigen', what: 'zet een sterkte in tegen een bedreiging' },
  { row: 'Z', column: 'K', name: 'Verbeteren', what: 'werk een zwakte weg die een kans in de weg staat' },
  { row: 'Z', column: 'B', name: 'Terugtrekken of veranderen', what: 'een zwakte maakt een bedreiging groter; verander die zwakte of stop ermee' },
] as const;

export interface SwotItem {
  id: string;
  /** "S1", "Z2", "K1", "B3": numbered per list, counting only items that hold text. */
  code: string;
  text: string;
  kind: (typeof SWOT_LISTS)[number]['kind'];
}

/** The SWOT items of a plan that hold text, with their codes, by list. */
export function swotItems(plan: Plan): Record<SwotListKey, SwotItem[]> {
  const k = plan.klantplan;
  const out = {} as Record<SwotListKey, SwotItem[]>;
  for (const list of SWOT_LISTS) {
    out[list.key] = k[list.key]
      .filter((i) => i.text.trim())
      .map((i, n) => ({ id: i.id, code: `${list.letter}${n + 1}`, text: i.text.trim(), kind: list.kind }));
  }
  return out;
}

/** The SWOT codes by list item id, for the matrix and for references to its cells. */
export function swotCodes(plan: Plan): Map<string, SwotItem> {
  const items = swotItems(plan);
  return new Map(SWOT_LISTS.flatMap((list) => items[list.key].map((item) => [item.id, item] as const)));
}

/** The rows (strengths, weaknesses) and columns (opportunities, threats) of the matrix. */
export function matrixAxes(plan: Plan): { rows: SwotItem[]; columns: SwotItem[] } {
  const items = swotItems(plan);
  return { rows: [...items.strengths, ...items.weaknesses], columns: [...items.opportunities, ...items.threats] };
}
