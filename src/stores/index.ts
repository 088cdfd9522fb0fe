import { createPlanStore } from './plan-store';
import { createSelectors } from './selectors';

const inBrowser = typeof window !== 'undefined';

/**
 * The one plan store of a page, shared by every island on it. It reads storage only when a
 * component first calls `load()` after hydration, so server and first client render agree.
 */
export const planStore = createPlanStore({
  storage: () => window.localStorage,
  events: inBrowser ? window : undefined,
  isHidden: () => document.visibilityState === 'hidden',
  persist: () => (inBrowser && navigator.storage?.persist ? navigator.storage.persist() : Promise.resolve(false)),
});

export const { $plans, $activePlan, $activeId, $status, $notices } = planStore;

/** Stores of one field or section of the active plan, for components that show only that. */
export const { $field, $section, $planNames } = createSelectors(planStore);
