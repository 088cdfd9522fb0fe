import { displayValue } from '../plan/values/display';
import { columnEntries, type FieldInfo } from '../plan/model/fields';
import { meaningOf } from '../plan/meaning';
import { PLAN_STRUCTURE, type Plan, type SectionId } from '../plan/model/schema';
import { labelled, matrixExample, none } from './messages/example-content';

/** A field's value of the example plan, read-only, as text. */
export function ExampleContent({ plan, section, field, info }: { plan: Plan; section: SectionId; field: string; info: FieldInfo }) {
  const value = (plan[section] as Record<string, unknown>)[field];
  if (info.kind === 'list') {
    const items = (value as Array<{ id: string; text: string }>) ?? [];
    return (
      <ul>
        {items.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    );
  }
  if (info.kind === 'matrix') {
    return <p>{matrixExample(Object.keys(value as object).length)}</p>;
  }
  if (info.kind === 'table') {
    const def = (PLAN_STRUCTURE[section] as Record<string, Parameters<typeof columnEntries>[0]>)[field];
    const meaning = meaningOf(section).fields[field];
    const columns = def && meaning ? columnEntries(def, meaning) : [];
    const rows = (value as Array<Record<string, unknown>>) ?? [];
    return (
      <ul className="example-rows">
        {rows.map((row) => (
          <li key={String(row['id'])}>
            {columns
              .map(({ key, info: colInfo }) => {
                const text = displayValue(plan, colInfo, row[key]);
                return text ? labelled(colInfo.label, text) : '';
              })
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    );
  }
  const text = displayValue(plan, info, value);
  return <p className="example-text">{text || none}</p>;
}
