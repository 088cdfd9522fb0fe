import { Suspense, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { FillInStep } from '../FillIn';
import { IslandBoundary } from '../IslandBoundary';
import { lazyPart } from '../load-part';
import { checksLoading, stepTitle } from '../messages';
import * as say from '../messages/fill-in';
import { WorksheetView } from '../Worksheet';
import { titleOf, type Target } from './address';
import { loadChecks } from './checks';
import { useNear } from '../use-near';
import { loadWords } from './words';

/** What every screen gets from fill-in mode. */
export interface ScreenProps {
  ready: boolean;
  pager: ReactNode;
  /** Called once the screen is on the page: the focus goes where the reader went. */
  onShown: () => void;
}

/** The checks of a step and what they find: loaded with the checks, when they come near. */
const StepChecks = lazyPart(() => import('./StepChecks').then((m) => m.StepChecks));

/** Tells fill-in mode that a screen is on the page, once. */
export function useShown(onShown: () => void) {
  useEffect(() => onShown(), [onShown]);
}

/** The plan's account, asked on the first screen only: its code loads there. */
const AccountField = lazyPart(() => import('./AccountField').then((m) => m.AccountField));

/** The checks under a step: their code loads when the reader comes near them. */
function ChecksBox({ step, ready, steps, goTo }: { step: FillInStep; ready: boolean; steps: readonly FillInStep[]; goTo: (target: Target) => void }) {
  const box = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  useNear(
    box,
    useCallback(() => setNear(true), []),
    '200px',
    ready && !near,
  );
  const titleId = `stap-${step.number}-controles`;
  const loading = <p>{checksLoading}</p>;
  return (
    <section ref={box} className="fill-in-checks" aria-labelledby={titleId}>
      <h3 id={titleId}>{say.checksTitle(step.number)}</h3>
      {near ? (
        <IslandBoundary>
          <Suspense fallback={loading}>
            <StepChecks step={step} steps={steps} goTo={goTo} load={loadChecks} />
          </Suspense>
        </IslandBoundary>
      ) : (
        loading
      )}
    </section>
  );
}

/** One step: its goal, a link to its lesson, the worksheet, its checks, and "Vorige"/"Volgende". */
export function StepScreen(
  props: ScreenProps & { step: FillInStep; steps: readonly FillInStep[]; goTo: (target: Target) => void; account: { label: string; hint: string } },
) {
  const { step, steps, ready, pager, onShown, goTo, account } = props;
  const meaning = use(loadWords(step.id));
  useShown(onShown);
  const titleId = titleOf(step.number, steps.length + 1);
  return (
    <section className="fill-in-screen" id={`stap-${step.number}`} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {stepTitle(step.number, step.name)}
        <span className="sr-only">{say.ofTotal(steps.length)}</span>
      </h2>
      <p className="fill-in-goal">{step.goal}</p>
      <p className="fill-in-lesson">
        <a href={step.lesson}>{say.readLesson(step.title)}</a>
      </p>
      {step.number === 1 ? (
        <Suspense fallback={<div className="fill-in-account" />}>
          <AccountField ready={ready} {...account} />
        </Suspense>
      ) : null}
      <WorksheetView ready={ready} section={step.id} title={say.worksheetTitle(step.number)} meaning={meaning} />
      <ChecksBox step={step} ready={ready} steps={steps} goTo={goTo} />
      {pager}
    </section>
  );
}
