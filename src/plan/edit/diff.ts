import { displayValue } from '../values/display';
import { sectionFields } from '../model/field-entries';
import { SECTION_NAMES } from '../model/field-path';
import { added, cellsRescored, emptyValue, removed, reordered, row as rowWord } from './messages/diff';
import { planNameField } from '../model/messages/field-path';
import { columnEntries } from '../model/fields';
import { meaningOf } from '../meaning';
import { SECTION_IDS, type Plan, type SectionId } from '../model/schema';
import { ellipsize } from '../values/text';

/** One difference between two versions of a plan, in words a reader understands. */
export interface FieldChange {
  section: SectionId;
  key: string;
  /** Where: "Stap 6 (Develop) › SMART-doelen". */
  where: string;
  /** What changed, one line per change: "Doel 2 "Marge": Streefwaarde: 32% → 35%". */
  lines: string[];
}

const show = (text: string) => (text.trim() ? `"${ellipsize(text, 120)}"` : emptyValue);

type Row = { id: string } & Record<string, unknown>;

/** Field by field, what changed from `before` to `after` (two versions of one plan). */
export function diffPlans(before: Plan, after: Plan): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.name !== after.name) changes.push({ section: 'cover', key: 'name', where: planNameField, lines: [`${show(before.name)} → ${show(after.name)}`] });
  for (const section of SECTION_IDS) {
    for (const { key, info, def } of sectionFields(section)) {
      const a = (before[section] as Record<string, unknown>)[key];
      const b = (after[section] as Record<string, unknown>)[key];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const lines: string[] = [];
      if (info.kind === 'list') {
        const oldItems = new Map((a as Row[]).map((i) => [i.id, String(i['text'] ?? '')]));
        const newItems = new Map((b as Row[]).map((i) => [i.id, String(i['text'] ?? '')]));
        for (const [id, text] of newItems) {
          if (!oldItems.has(id)) lines.push(added(show(text)));
          else if (oldItems.get(id) !== text) lines.push(`${show(oldItems.get(id)!)} → ${show(text)}`);
        }
        for (const [id, text] of oldItems) if (!newItems.has(id)) lines.push(removed(show(text)));
        if (!lines.length) lines.push(reordered);
      } else if (info.kind === 'table') {
        const columns = columnEntries(def, meaningOf(section).fields[key]!);
        const first = columns[0]!;
        const name = (plan: Plan, row: Row, index: number) => {
          const title = displayValue(plan, first.info, row[first.key]);
          return `${info.item ?? rowWord} ${index + 1}${title ? ` ${show(title)}` : ''}`;
        };
        const oldRows = a as Row[];
        const newRows = b as Row[];
        newRows.forEach((row, i) => {
          const old = oldRows.find((r) => r.id === row.id);
          if (!old) {
            lines.push(added(name(after, row, i)));
            return;
          }
          for (const c of columns) {
            const x = displayValue(before, c.info, old[c.key]);
            const y = displayValue(after, c.info, row[c.key]);
            if (x !== y) lines.push(`${name(after, row, i)} › ${c.info.label}: ${show(x)} → ${show(y)}`);
          }
        });
        oldRows.forEach((row, i) => {
          if (!newRows.some((r) => r.id === row.id)) lines.push(removed(name(before, row, i)));
        });
        if (!lines.length) lines.push(reordered);
      } else if (info.kind === 'matrix') {
        const oldCells = a as Record<string, string>;
        const newCells = b as Record<string, string>;
        const keys = new Set([...Object.keys(oldCells), ...Object.keys(newCells)]);
        const changed = [...keys].filter((k) => oldCells[k] !== newCells[k]).length;
        lines.push(cellsRescored(changed));
      } else {
        lines.push(`${show(displayValue(before, info, a))} → ${show(displayValue(after, info, b))}`);
      }
      changes.push({ section, key, where: `${SECTION_NAMES[section]} › ${info.label}`, lines });
    }
  }
  return changes;
}
