import { useStore } from '@nanostores/react';
import { startTransition, useEffect, useState } from 'react';
import type { Plan } from '../plan/schema';
import { $activePlan, planStore } from '../stores';

/**
 * True once this island is hydrated and the plans are read from storage. The server and the
 * first client render both see `false`, so they agree and React reports no hydration mismatch.
 */
export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    planStore.load();
    // A transition: React renders the filled-in island in small slices instead of one long task.
    startTransition(() => setReady(true));
  }, []);
  return ready;
}

/** The active plan once ready, else null (server render and first client render). */
export function useActivePlan(): Plan | null {
  const ready = useReady();
  const plan = useStore($activePlan);
  return ready ? plan : null;
}
