import { computed, type ReadableAtom } from 'nanostores';
import { planDisplayName } from '../plan/model/plan';
import type { Plan, SectionId } from '../plan/model/schema';
import type { PlanStore } from './plan-store';

/**
 * Stores of one part of the active plan, so a component re-renders only when its part changes:
 * typing in one field leaves every other field's component alone. A part's value keeps its
 * identity while it does not change (edits copy only the path to the changed value), and a store
 * tells its listeners only when the value is a different one.
 */
export function createSelectors(store: Pick<PlanStore, '$activePlan' | '$plans' | '$activeId'>) {
  const fields = new Map<string, ReadableAtom<unknown>>();
  const sections = new Map<SectionId, ReadableAtom<Plan[SectionId] | undefined>>();

  /** One field of the active plan (undefined while there is none). */
  function $field(section: SectionId, key: string): ReadableAtom<unknown> {
    const id = `${section}.${key}`;
    let $store = fields.get(id);
    if (!$store) fields.set(id, ($store = computed(store.$activePlan, (plan) => (plan ? (plan[section] as Record<string, unknown>)[key] : undefined))));
    return $store;
  }

  /** One section of the active plan. */
  function $section<S extends SectionId>(section: S): ReadableAtom<Plan[S] | undefined> {
    let $store = sections.get(section);
    if (!$store) sections.set(section, ($store = computed(store.$activePlan, (plan) => plan?.[section])));
    return $store as ReadableAtom<Plan[S] | undefined>;
  }

  /** The plans as a list switcher shows them: id and name. Changes only when a name, the order or the set changes. */
  const $planNames = computed(
    computed(store.$plans, (plans) => JSON.stringify(plans.map((p) => [p.id, planDisplayName(p)]))),
    (json) => JSON.parse(json) as Array<[id: string, name: string]>,
  );

  return { $field, $section, $planNames };
}
