import { useStore } from './use-store';
import { useId } from 'react';
import { $activeId, $planNames, planStore } from '../stores';
import { loading, newPlanButton, planLabel } from './messages';

/** Which plan the worksheet edits: a choice of the reader's plans, and "Nieuw plan". */
export function PlanSwitcher({ ready }: { ready: boolean }) {
  const plans = useStore($planNames);
  const activeId = useStore($activeId);
  const id = useId();
  return (
    <div className="plan-switcher">
      <label htmlFor={id}>{planLabel}</label>
      <select id={id} disabled={!ready} value={ready ? (activeId ?? '') : ''} onChange={(e) => planStore.switchPlan(e.currentTarget.value)}>
        {ready ? (
          plans.map(([planId, name]) => (
            <option key={planId} value={planId}>
              {name}
            </option>
          ))
        ) : (
          <option value="">{loading}</option>
        )}
      </select>
      <button type="button" disabled={!ready} onClick={() => planStore.createNewPlan()}>
        {newPlanButton}
      </button>
    </div>
  );
}
