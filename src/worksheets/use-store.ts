import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value in a component, drawn again when it changes: what `useStore` of
 * @nanostores/react does, without its option to listen to some keys of a map only. That option
 * brought nanostores' `listenKeys` and its path helpers into every page with a worksheet (0.4 KB
 * gzipped) for a use none of the islands has.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  // The value this render shows. `subscribe` calls back at once with the store's value, so a
  // change between render and subscription is not missed.
  // Written during render on purpose, as @nanostores/react does: a computed store without listeners
  // makes a new value on every get(), so the snapshot React compares must be the one this render read.
  const snapshot = useRef<T>(undefined as T);
  // eslint-disable-next-line react-hooks/refs
  snapshot.current = store.get();
  const subscribe = useCallback(
    (onChange: () => void) =>
      store.subscribe((value) => {
        if (snapshot.current === value) return;
        snapshot.current = value;
        onChange();
      }),
    [store],
  );
  const get = () => snapshot.current;
  return useSyncExternalStore(subscribe, get, get);
}
