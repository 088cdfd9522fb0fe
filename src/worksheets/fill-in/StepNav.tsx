import { useStore } from '../use-store';
import { useDeferredValue, useEffect } from 'react';
import { sectionCompleteness } from '../../plan/checks/completeness';
import { stepOfTotal } from '../../plan/messages';
import type { Plan } from '../../plan/model/schema';
import type { StepId } from '../../plan/model/steps';
import { $activePlan } from '../../stores';
import type { FillInStep } from '../FillIn';
import { stepTitle } from '../messages';
import * as say from '../messages/fill-in';
import { legend, stateLabel, stateMark } from '../messages/step-state';
import { openPointCount, stepState, type StepState } from '../step-state';
import { FINISH, stepHash } from './address';
import { $checks, loadChecks, type ChecksModule } from './checks';

/** The state of every step: filled fields now, open points once the checks have loaded. */
function statesOf(plan: Plan, steps: readonly FillInStep[], checks: ChecksModule | null): Map<StepId, StepState> {
  const open = checks ? checks.checkReport(plan) : null;
  return new Map(
    steps.map((s) => {
      const report = open?.find((r) => r.step === s.id);
      return [s.id, stepState(sectionCompleteness(plan, s.id), report ? openPointCount(report.checks) : null)];
    }),
  );
}

/**
 * Where the reader is ("Stap 3 van 9", a bar) and a link to every screen, each saying how far
 * its step is: nog leeg, bezig, alles ingevuld, open punten (step-state.ts), as a mark and, for
 * screen readers and in the line above, in words.
 */
export function StepNav({ steps, screen, ready }: { steps: readonly FillInStep[]; screen: number | null; ready: boolean }) {
  const finish = steps.length + 1;
  // Deferred: typing is never held up by recounting the steps.
  const plan = useDeferredValue(useStore($activePlan));
  const checks = useStore($checks);
  const states = ready && plan ? statesOf(plan, steps, checks) : null;
  // A reader who has filled in something sees its open points: the checks load when the browser is idle.
  const started = !!states && [...states.values()].some((state) => state.filled > 0);
  useEffect(() => {
    if (!started || checks) return;
    const load = () => void loadChecks().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return void setTimeout(load, 200);
    const handle = requestIdleCallback(load, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [started, checks]);
  const current = screen !== null && screen < finish ? states?.get(steps[screen - 1]!.id) : undefined;
  return (
    <nav className="fill-in-progress" aria-label={say.progressLabel}>
      <p className="fill-in-where">
        {screen === null ? say.stepCount(steps.length) : screen === finish ? say.finishWhere : stepOfTotal(screen, steps.length)}
        {current ? <span className="fill-in-state"> · {stateLabel(current)}</span> : null}
      </p>
      <progress max={finish} value={screen ?? 0} aria-hidden="true" />
      <ol>
        {steps.map((s) => {
          const state = states?.get(s.id);
          const name = stepTitle(s.number, s.name);
          return (
            <li key={s.id} data-state={state?.kind}>
              <a href={stepHash(s.number)} aria-current={screen === s.number ? 'step' : undefined} title={state ? `${name}: ${stateLabel(state)}` : name}>
                <span aria-hidden="true">{s.number}</span>
                {state ? (
                  <span className={`fill-in-mark state-${state.kind}`} aria-hidden="true">
                    {stateMark[state.kind]}
                  </span>
                ) : null}
                <span className="sr-only">
                  {name}
                  {state ? `: ${stateLabel(state)}` : ''}
                </span>
              </a>
            </li>
          );
        })}
        <li>
          <a href={`#${FINISH}`} aria-current={screen === finish ? 'step' : undefined} className="fill-in-finish-link">
            {say.finishShort}
            <span className="sr-only">{say.finishShortRest}</span>
          </a>
        </li>
      </ol>
      {states ? (
        <p className="fill-in-legend" aria-hidden="true">
          {legend.map(([kind, words]) => (
            <span key={kind} className={`state-${kind}`}>
              <span aria-hidden="true">{stateMark[kind]}</span> {words}
            </span>
          ))}
        </p>
      ) : null}
    </nav>
  );
}
