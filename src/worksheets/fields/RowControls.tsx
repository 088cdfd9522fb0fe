import { useRef } from 'react';
import { moveDownLabel, moveDownTitle, moveUpLabel, moveUpTitle, removeLabel, removeTitle } from '../messages';

interface Props {
  /** What the row is called for screen readers, e.g. "sterkte 2". */
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * Move up, move down and remove, as real buttons (keyboard and screen reader friendly). After a
 * move the focus stays on the button that was pressed, which has moved with its row.
 */
export function RowControls({ name, index, count, onMove, onRemove }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const move = (delta: -1 | 1) => {
    onMove(delta);
    const target = delta < 0 ? up : down;
    requestAnimationFrame(() => {
      // The row re-rendered in its new place; find the same button again by its data attribute.
      const row = target.current?.closest('[data-row-id]');
      const button = row?.querySelector<HTMLButtonElement>(delta < 0 ? '[data-move="up"]' : '[data-move="down"]');
      (button && !button.disabled ? button : row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
    });
  };
  return (
    <span className="row-controls">
      <button ref={up} type="button" data-move="up" disabled={index === 0} onClick={() => move(-1)} aria-label={moveUpLabel(name)} title={moveUpTitle}>
        ↑
      </button>
      <button
        ref={down}
        type="button"
        data-move="down"
        disabled={index === count - 1}
        onClick={() => move(1)}
        aria-label={moveDownLabel(name)}
        title={moveDownTitle}
      >
        ↓
      </button>
      <button type="button" className="remove" onClick={onRemove} aria-label={removeLabel(name)} title={removeTitle}>
        ✕
      </button>
    </span>
  );
}
