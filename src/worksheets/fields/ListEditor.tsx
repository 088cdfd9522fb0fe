import { useRef } from 'react';
import type { ListItem, SectionId } from '../../plan/schema';
import { planStore } from '../../stores';
import { RowControls } from './RowControls';
import { TextInput } from './TextInput';
import { useRowFocus } from './use-row-focus';

interface Props {
  section: SectionId;
  field: string;
  id: string;
  /** Singular noun for one item, e.g. "sterkte". */
  itemName: string;
  items: ListItem[];
  describedBy: string;
}

/** A list of short texts: add, edit, reorder and remove items. Enter adds a new item below. */
export function ListEditor({ section, field, id, itemName, items, describedBy }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const focusItem = useRowFocus(list, 'input');
  const add = (afterId?: string) => focusItem(planStore.addRow(section, field, { text: '' }, afterId));
  return (
    <div className="list-editor">
      <ol ref={list} id={id} aria-describedby={describedBy}>
        {items.map((item, index) => (
          <li key={item.id} data-row-id={item.id}>
            <TextInput
              kind="text"
              value={item.text}
              aria-label={`${capitalize(itemName)} ${index + 1}`}
              onChange={(text) => planStore.updateRow(section, field, item.id, 'text', text)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add(item.id);
                }
              }}
            />
            <RowControls
              name={`${itemName} ${index + 1}`}
              index={index}
              count={items.length}
              onMove={(delta) => planStore.moveRow(section, field, item.id, delta)}
              onRemove={() => {
                const next = items[index + 1] ?? items[index - 1];
                planStore.removeRow(section, field, item.id);
                if (next) focusItem(next.id);
              }}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="add" onClick={() => add()}>
        + {capitalize(itemName)} toevoegen
      </button>
    </div>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
