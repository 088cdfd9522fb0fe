import { memo, useMemo, useRef } from 'react';
import { displayValue } from '../../plan/values/display';
import { columnEntries, type FieldInfo } from '../../plan/model/fields';
import type { FieldDef } from '../../plan/model/kinds';
import type { FieldMeaning } from '../../plan/meaning/types';
import type { Plan, SectionId } from '../../plan/model/schema';
import { planStore } from '../../stores';
import { noteRender } from '../render-count';
import { addItem, nothingYet, numbered, rowWord } from '../messages';
import { RowControls } from './RowControls';
import { ScalarInput, useRefOptions } from './ScalarInput';
import { useRowFocus } from './use-row-focus';
import { ellipsize } from '../../plan/values/text';

type Row = { id: string } & Record<string, unknown>;
type Column = { key: string; info: FieldInfo };

interface Props {
  section: SectionId;
  field: string;
  def: FieldDef;
  meaning: FieldMeaning;
  id: string;
  rows: Row[];
  describedBy: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Rows per block; a block off screen costs the browser next to nothing. */
const BLOCK = 20;

/** The rows with their index, in blocks of BLOCK. */
function blocks<R>(rows: R[]): Array<Array<{ row: R; index: number }>> {
  const out: Array<Array<{ row: R; index: number }>> = [];
  rows.forEach((row, index) => {
    if (index % BLOCK === 0) out.push([]);
    out.at(-1)!.push({ row, index });
  });
  return out;
}
const short = (text: string) => ellipsize(text, 60);

/**
 * A table as a stack of row cards: every cell is a labelled control, so it reads well on a
 * 360 px phone and with a screen reader; each cell is as wide as its kind of content needs
 * (worksheet.css); rows can be added, moved and removed with the keyboard.
 * A row re-renders only when it changes (or moves): typing in one cell leaves the other rows alone.
 */
export function TableEditor({ section, field, def, meaning, id, rows, describedBy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => columnEntries(def, meaning), [def, meaning]);
  const rowName = meaning.item ?? rowWord;
  const focusRow = useRowFocus(container, ':is(input, select, textarea)');
  return (
    <div className="table-editor" ref={container} id={id} aria-describedby={describedBy} role="group">
      {rows.length === 0 ? <p className="empty">{nothingYet}</p> : null}
      {blocks(rows).map((block) => (
        // Rows in blocks: the browser lays out and paints only the blocks near the screen.
        <div key={block[0]!.row.id} className="row-block">
          {block.map(({ row, index }) => (
            <RowCard
              key={row.id}
              section={section}
              field={field}
              tableId={id}
              row={row}
              index={index}
              count={rows.length}
              nextId={(rows[index + 1] ?? rows[index - 1])?.id}
              columns={columns}
              rowName={rowName}
              fieldLabel={meaning.label}
              focusRow={focusRow}
            />
          ))}
        </div>
      ))}
      <button type="button" className="add" onClick={() => focusRow(planStore.addRow(section, field))}>
        {addItem(rowName)}
      </button>
    </div>
  );
}

interface RowProps {
  section: SectionId;
  field: string;
  tableId: string;
  row: Row;
  index: number;
  count: number;
  /** The row that gets the focus when this one is removed. */
  nextId: string | undefined;
  columns: Column[];
  rowName: string;
  fieldLabel: string;
  focusRow: (id: string) => void;
}

const RowCard = memo(function RowCard({ section, field, tableId, row, index, count, nextId, columns, rowName, fieldLabel, focusRow }: RowProps) {
  noteRender(`${section}.${field}.${row.id}`);
  const first = columns[0];
  const name = numbered(rowName, index);
  return (
    <fieldset className="row-card" data-row-id={row.id}>
      <legend>
        {capitalize(name)}
        {first ? <RowTitle info={first.info} value={row[first.key]} /> : null}
      </legend>
      <div className="cells">
        {columns.map(({ key, info }) => {
          const cellId = `${tableId}-${row.id}-${key}`;
          // A sentence gets the card's full width; names, numbers, dates and choices share a line.
          const wide = info.kind === 'longText' || (info.kind === 'text' && !info.short);
          return (
            <div key={key} className={`cell kind-${info.kind}${wide ? ' wide' : ''}`}>
              <label htmlFor={cellId}>{info.label}</label>
              <ScalarInput id={cellId} info={info} value={row[key]} onChange={(value) => planStore.updateRow(section, field, row.id, key, value)} />
            </div>
          );
        })}
      </div>
      <RowControls
        name={name}
        index={index}
        count={count}
        onMove={(delta) => planStore.moveRow(section, field, row.id, delta)}
        onRemove={() => {
          const title = first && typeof row[first.key] === 'string' ? (row[first.key] as string) : '';
          planStore.removeRow(section, field, row.id, { item: rowName, field: fieldLabel, title });
          if (nextId) focusRow(nextId);
        }}
      />
    </fieldset>
  );
});

/** The row's name in its legend: the text of its first column (or the row that column points to). */
function RowTitle({ info, value }: { info: FieldInfo; value: unknown }) {
  const title = info.kind === 'reference' ? <RefTitle info={info} value={value} /> : displayValue({} as Plan, info, value).trim();
  return title ? <span className="row-title">: {typeof title === 'string' ? short(title) : title}</span> : null;
}

function RefTitle({ info, value }: { info: FieldInfo; value: unknown }) {
  const label = useRefOptions(info.ref!).find((o) => o.value === value)?.label ?? '';
  return <>{short(label)}</>;
}
