import type { RefTarget } from './paths';
import type { Plan } from './schema';
import { unnamedRow } from '../messages';
import { matrixAxes } from '../method/swot';
import { ellipsize } from '../values/text';

export interface RefOption {
  value: string;
  label: string;
}

const shorten = (text: string, max = 70) => ellipsize(text, max);

/** The choices for a reference: the rows of the table it points to, or the matrix cells. */
export function refOptions(plan: Plan, ref: RefTarget): RefOption[] {
  if ('matrix' in ref) {
    // The same codes as the lesson, the matrix and the PDF: S1 × K1 (++).
    const { rows, columns } = matrixAxes(plan);
    const matrix = plan.klantplan.matrix;
    return rows.flatMap((r) =>
      columns.map((c) => {
        const score = matrix[`${r.id}:${c.id}`];
        return { value: `${r.id}:${c.id}`, label: shorten(`${r.code} × ${c.code}${score ? ` (${score})` : ''}: ${r.text} × ${c.text}`, 110) };
      }),
    );
  }
  const rows = (plan[ref.section] as Record<string, unknown>)[ref.field];
  if (!Array.isArray(rows)) return [];
  return (rows as Array<Record<string, unknown>>).map((row, i) => {
    const text = row[ref.labelColumn];
    return { value: String(row['id']), label: shorten(typeof text === 'string' && text.trim() ? text.trim() : unnamedRow(i)) };
  });
}

/** The label of the row a reference points to, or null when it points nowhere (any more). */
export function refLabel(plan: Plan, ref: RefTarget, value: string): string | null {
  if (!value) return null;
  return refOptions(plan, ref).find((o) => o.value === value)?.label ?? null;
}
