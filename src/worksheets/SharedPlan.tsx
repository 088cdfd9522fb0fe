import { useEffect, useState } from 'react';
import { planLabel } from '../plan/plan';
import type { Plan } from '../plan/schema';
import { openShareLink } from '../plan/share';
import { planStore } from '../stores';
import { withBoundary } from './IslandBoundary';
import { PdfButton } from './PdfButton';
import { PlanView } from './PlanView';
import { useReady } from './use-plan';
import './worksheet.css';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'plan'; plan: Plan };

/**
 * A plan someone shared by link, read-only. The plan comes from the link's fragment, is checked
 * like an imported file, and is rendered as text only. Nothing is stored until the reader asks.
 */
export default withBoundary(function SharedPlan() {
  const ready = useReady();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    const read = async () => {
      setSaved(null);
      const result = await openShareLink(location.hash);
      setState(result.ok ? { kind: 'plan', plan: result.plan } : { kind: 'error', message: result.message });
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (state.kind === 'loading') return <p role="status">Gedeeld plan openen…</p>;
  if (state.kind === 'error') {
    return (
      <div className="notice" role="alert">
        <p>{state.message}</p>
      </div>
    );
  }
  const { plan } = state;
  return (
    <div className="shared-plan">
      <div className="worksheet-head">
        <p>
          Je leest <strong>{planLabel(plan)}</strong>. Dit gedeelde plan staat niet in je eigen werkboek tot je het bewaart.
        </p>
        <PdfButton ready={ready} plan={plan} />
        <div className="voorbeeld-actions">
          <button
            type="button"
            disabled={!ready}
            onClick={() => {
              const copy = planStore.saveSharedCopy(plan);
              planStore.flush();
              setSaved(copy.name);
            }}
          >
            Bewaar als mijn plan
          </button>
          <p role="status">
            {saved ? (
              <>
                Bewaard als "{saved}" in je <a href="/werkboek/">werkboek</a>.
              </>
            ) : null}
          </p>
        </div>
      </div>
      <PlanView plan={plan} />
    </div>
  );
});
