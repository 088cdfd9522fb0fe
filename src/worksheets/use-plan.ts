import { useStore } from './use-store';
import { startTransition, useEffect, useState } from 'react';
import type { FieldDef } from '../plan/model/kinds';
import type { Plan, SectionId } from '../plan/model/schema';
import { defaultOf } from '../plan/values/validate';
import { $field, $section, planStore } from '../stores';

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

/**
 * One field of the active plan, for the component that shows it: it re-renders when this field
 * changes, not when another one does. Before the island is ready: the field's empty value.
 */
export function useField(section: SectionId, key: string, def: FieldDef, ready: boolean): unknown {
  const value = useStore($field(section, key));
  return ready && value !== undefined ? value : defaultOf(def);
}

/** One section of the active plan (null before the island is ready). */
export function useSection<S extends SectionId>(section: S, ready: boolean): Plan[S] | null {
  const value = useStore($section(section));
  return ready && value ? value : null;
}
