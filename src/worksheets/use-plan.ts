import { useStore } from '@nanostores/react';
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Plan } from '../plan/schema';
import { $activePlan, planStore } from '../stores';

// useLayoutEffect loads storage before the first paint after hydration; on the server it never runs.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * True once this island is hydrated and the plans are read from storage. The server and the
 * first client render both see `false`, so they agree and React reports no hydration mismatch.
 */
export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useIsomorphicLayoutEffect(() => {
    planStore.load();
    setReady(true);
  }, []);
  return ready;
}

/** The active plan once ready, else null (server render and first client render). */
export function useActivePlan(): Plan | null {
  const ready = useReady();
  const plan = useStore($activePlan);
  return ready ? plan : null;
}
