import { useState } from 'react';
import { planStore } from '../stores';
import { loadExamplePlan } from './example-values';
import { useReady } from './use-plan';
import './worksheet.css';

/** "Gebruik als startpunt": copies the example plan into a new plan of the reader. */
export default function UseExampleButton() {
  const ready = useReady();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="voorbeeld-actions">
      <button
        type="button"
        className="primary"
        disabled={!ready}
        onClick={async () => {
          const example = await loadExamplePlan();
          const plan = planStore.addPlanCopy(example, `Voorbeeld: ${example.cover.account}`);
          planStore.flush();
          setDone(plan.name);
        }}
      >
        Gebruik als startpunt
      </button>
      <p role="status">
        {done ? (
          <>
            Het voorbeeld staat nu als nieuw plan "{done}" in je <a href="/werkboek/">werkboek</a>. Pas het aan naar je eigen klant.
          </>
        ) : null}
      </p>
    </div>
  );
}
