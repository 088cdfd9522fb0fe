import { useRef } from 'react';
import type { $ZodType } from 'zod/v4/core';
import { displayValue } from '../../plan/display';
import { fieldInfo, tableColumns } from '../../plan/fields';
import type { Plan, SectionId } from '../../plan/schema';
import { planStore } from '../../stores';
import { RowControls } from './RowControls';
import { ScalarInput } from './ScalarInput';
import { useRowFocus } from './use-row-focus';

interface Props {
  section: SectionId;
  field: string;
  schema: $ZodType;
  id: string;
  /** Singular noun for one row, e.g. "actie". */
  rowName: string;
  rows: Array<{ id: string } & Record<string, unknown>>;
  plan: Plan;
  describedBy: string;
}

/**
 * A table as a stack of row cards: every cell is a labelled control, so it reads well on a
 * 360 px phone and with a screen reader; rows can be added, moved and removed with the keyboard.
 */
export function TableEditor({ section, field, schema, id, rowName, rows, plan, describedBy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const columns = Object.entries(tableColumns(schema)).flatMap(([key, col]) => {
    const info = fieldInfo(col);
    return info ? [{ key, info }] : [];
  });
  const first = columns[0];
  const focusRow = useRowFocus(container, ':is(input, select, textarea)');
  return (
    <div className="table-editor" ref={container} id={id} aria-describedby={describedBy} role="group">
      {rows.length === 0 ? <p className="empty">Nog niets ingevuld.</p> : null}
      {rows.map((row, index) => {
        const title = first ? displayValue(plan, first.info, row[first.key]).trim() : '';
        const name = `${rowName} ${index + 1}`;
        return (
          <fieldset key={row.id} className="row-card" data-row-id={row.id}>
            <legend>
              {capitalize(name)}
              {title ? <span className="row-title">: {title.length > 60 ? `${title.slice(0, 59)}…` : title}</span> : null}
            </legend>
            <div className="cells">
              {columns.map(({ key, info }) => {
                const cellId = `${id}-${row.id}-${key}`;
                const wide = info.kind === 'lang' || (info.kind === 'tekst' && key === first?.key);
                return (
                  <div key={key} className={`cell kind-${info.kind}${wide ? ' wide' : ''}`}>
                    <label htmlFor={cellId}>{info.label}</label>
                    <ScalarInput
                      id={cellId}
                      info={info}
                      plan={plan}
                      value={row[key]}
                      onChange={(value) => planStore.updateRow(section, field, row.id, key, value)}
                    />
                  </div>
                );
              })}
            </div>
            <RowControls
              name={name}
              index={index}
              count={rows.length}
              onMove={(delta) => planStore.moveRow(section, field, row.id, delta)}
              onRemove={() => {
                const next = rows[index + 1] ?? rows[index - 1];
                planStore.removeRow(section, field, row.id);
                if (next) focusRow(next.id);
              }}
            />
          </fieldset>
        );
      })}
      <button type="button" className="add" onClick={() => focusRow(planStore.addRow(section, field))}>
        + {capitalize(rowName)} toevoegen
      </button>
    </div>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
