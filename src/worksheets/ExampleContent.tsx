import { displayValue } from '../plan/display';
import { fieldInfo, tableColumns, type FieldInfo } from '../plan/fields';
import type { Plan, SectionId } from '../plan/schema';
import { sectionFields } from '../plan/walk';

/** A field's value of the example plan, read-only, as text. */
export function ExampleContent({ plan, section, field, info }: { plan: Plan; section: SectionId; field: string; info: FieldInfo }) {
  const value = (plan[section] as Record<string, unknown>)[field];
  if (info.kind === 'lijst') {
    const items = (value as Array<{ id: string; text: string }>) ?? [];
    return <ul>{items.map((i) => <li key={i.id}>{i.text}</li>)}</ul>;
  }
  if (info.kind === 'matrix') {
    return <p>{Object.keys(value as object).length} gescoorde combinaties (zie de matrix in het voorbeeldplan).</p>;
  }
  if (info.kind === 'tabel') {
    const schema = sectionFields(section).find((f) => f.key === field)?.schema;
    const columns = schema ? Object.entries(tableColumns(schema)) : [];
    const rows = (value as Array<Record<string, unknown>>) ?? [];
    return (
      <ul className="example-rows">
        {rows.map((row) => (
          <li key={String(row['id'])}>
            {columns
              .map(([key, col]) => {
                const colInfo = fieldInfo(col);
                const text = colInfo ? displayValue(plan, colInfo, row[key]) : '';
                return text ? `${colInfo?.label}: ${text}` : '';
              })
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
    );
  }
  const text = displayValue(plan, info, value);
  return <p className="example-text">{text || '—'}</p>;
}

