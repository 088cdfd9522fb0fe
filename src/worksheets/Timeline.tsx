import { useDeferredValue, useMemo } from 'react';
import { PLAN_STRUCTURE, type Plan } from '../plan/model/schema';
import { useIsReady } from './ready';
import { TimelineFigure } from './TimelineFigure';
import { useField } from './use-plan';

/**
 * Under the action plan on step 9: listens to the fields it shows only (typing in the embedding or
 * the evaluation draws nothing again), and draws after the keystroke, not during it.
 */
export default function Timeline() {
  const ready = useIsReady();
  const S = PLAN_STRUCTURE;
  const periodFrom = useField('cover', 'periodFrom', S.cover.periodFrom, ready) as string;
  const periodTo = useField('cover', 'periodTo', S.cover.periodTo, ready) as string;
  const validFrom = useField('schedule', 'validFrom', S.schedule.validFrom, ready) as string;
  const validUntil = useField('schedule', 'validUntil', S.schedule.validUntil, ready) as string;
  const reviewRhythm = useField('schedule', 'reviewRhythm', S.schedule.reviewRhythm, ready) as Plan['schedule']['reviewRhythm'];
  const milestones = useField('schedule', 'milestones', S.schedule.milestones, ready) as Plan['schedule']['milestones'];
  const objectives = useField('develop', 'objectives', S.develop.objectives, ready) as Plan['develop']['objectives'];
  const actions = useField('actie', 'actions', S.actie.actions, ready) as Plan['actie']['actions'];
  const source = useMemo(
    () => ({ cover: { periodFrom, periodTo }, schedule: { validFrom, validUntil, reviewRhythm, milestones }, develop: { objectives }, actie: { actions } }),
    [periodFrom, periodTo, validFrom, validUntil, reviewRhythm, milestones, objectives, actions],
  );
  const shown = useDeferredValue(source);
  return ready ? <TimelineFigure plan={shown} /> : null;
}
