import { memo, useRef } from 'react';
import type { ListItem, SectionId } from '../../plan/model/schema';
import { planStore } from '../../stores';
import { addItem, numbered } from '../messages';
import { RowControls } from './RowControls';
import { TextInput } from './TextInput';
import { useRowFocus } from './use-row-focus';

interface Props {
  section: SectionId;
  field: string;
  id: string;
  /** Singular noun for one item, e.g. "sterkte". */
  itemName: string;
  /** The label of the list, for the undo notice. */
  label: string;
  items: ListItem[];
  describedBy: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A list of short texts: add, edit, reorder and remove items. Enter adds a new item below. An
 * item is a sentence as often as not, so it wraps and grows with its text. An item re-renders only
 * when it changes (or moves).
 */
export function ListEditor({ section, field, id, itemName, label, items, describedBy }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const focusItem = useRowFocus(list, 'textarea');
  return (
    <div className="list-editor">
      <ol ref={list} id={id} aria-describedby={describedBy}>
        {items.map((item, index) => (
          <Item
            key={item.id}
            section={section}
            field={field}
            item={item}
            index={index}
            count={items.length}
            nextId={(items[index + 1] ?? items[index - 1])?.id}
            itemName={itemName}
            label={label}
            focusItem={focusItem}
          />
        ))}
      </ol>
      <button type="button" className="add" onClick={() => focusItem(planStore.addRow(section, field, { text: '' }))}>
        {addItem(itemName)}
      </button>
    </div>
  );
}

interface ItemProps {
  section: SectionId;
  field: string;
  item: ListItem;
  index: number;
  count: number;
  nextId: string | undefined;
  itemName: string;
  label: string;
  focusItem: (id: string) => void;
}

const Item = memo(function Item({ section, field, item, index, count, nextId, itemName, label, focusItem }: ItemProps) {
  return (
    <li data-row-id={item.id}>
      <TextInput
        kind="text"
        shape="wrap"
        value={item.text}
        aria-label={capitalize(numbered(itemName, index))}
        onChange={(text) => planStore.updateRow(section, field, item.id, 'text', text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            focusItem(planStore.addRow(section, field, { text: '' }, item.id));
          }
        }}
      />
      <RowControls
        name={numbered(itemName, index)}
        index={index}
        count={count}
        onMove={(delta) => planStore.moveRow(section, field, item.id, delta)}
        onRemove={() => {
          planStore.removeRow(section, field, item.id, { item: itemName, field: label, title: item.text });
          if (nextId) focusItem(nextId);
        }}
      />
    </li>
  );
});
