import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Focus for rows that are about to appear or move: call the returned function with a row id, and
 * after the next render the first control of that row (matching `controls`) gets the focus. It
 * happens in the same commit as the change, so typing straight on lands in the right row.
 */
export function useRowFocus(container: RefObject<HTMLElement | null>, controls: string): (rowId: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const rowId = pending.current;
    if (!rowId) return;
    container.current?.querySelector<HTMLElement>(`[data-row-id="${rowId}"] ${controls}`)?.focus();
    pending.current = null;
  });
  // The same function every render, so rows that receive it need not re-render.
  return useCallback((rowId: string) => {
    pending.current = rowId;
  }, []);
}
