import type { RefTarget } from './fields';
import type { Plan, SectionId } from './schema';

export interface RefOption {
  value: string;
  label: string;
}

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The choices for a reference: the rows of the table it points to, or the matrix cells. */
export function refOptions(plan: Plan, ref: RefTarget): RefOption[] {
  if ('matrix' in ref) {
    const k = plan.klantplan;
    const rows = [
      ...k.strengths.map((i) => ({ id: i.id, label: `S: ${i.text}` })),
      ...k.weaknesses.map((i) => ({ id: i.id, label: `W: ${i.text}` })),
    ];
    const cols = [
      ...k.opportunities.map((i) => ({ id: i.id, label: `O: ${i.text}` })),
      ...k.threats.map((i) => ({ id: i.id, label: `T: ${i.text}` })),
    ];
    return rows.flatMap((r) =>
      cols.map((c) => {
        const score = k.matrix[`${r.id}:${c.id}`];
        return { value: `${r.id}:${c.id}`, label: shorten(`${r.label} × ${c.label}${score ? ` (${score})` : ''}`, 110) };
      }),
    );
  }
  const rows = (plan[ref.section as SectionId] as Record<string, unknown>)[ref.field];
  if (!Array.isArray(rows)) return [];
  return (rows as Array<Record<string, unknown>>).map((row, i) => {
    const text = row[ref.labelColumn];
    return { value: String(row['id']), label: shorten(typeof text === 'string' && text.trim() ? text.trim() : `Rij ${i + 1} (nog zonder naam)`) };
  });
}

/** The label of the row a reference points to, or null when it points nowhere (any more). */
export function refLabel(plan: Plan, ref: RefTarget, value: string): string | null {
  if (!value) return null;
  return refOptions(plan, ref).find((o) => o.value === value)?.label ?? null;
}
