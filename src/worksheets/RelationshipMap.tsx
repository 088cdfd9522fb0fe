import { useCallback, useDeferredValue, useMemo } from 'react';
import { PLAN_STRUCTURE, type Plan } from '../plan/model/schema';
import { toIsoDate } from '../plan/values/dates';
import { relationshipMap, type MapSource } from '../plan/pictures/relationship-map';
import { SCREEN } from '../plan/pictures/picture';
import * as say from './messages/pictures';
import { PictureFigure } from './PictureSvg';
import { useIsReady } from './ready';
import { useField } from './use-plan';

/**
 * The relationship map of the DMU (src/plan/pictures/relationship-map.ts) as SVG. The default
 * export stands under the DMU on step 3's worksheet; `RelationshipMapFigure` draws it for any plan
 * (the workbook, a slide).
 */
export function RelationshipMapFigure({ plan, today = toIsoDate(new Date()) }: { plan: MapSource; today?: string }) {
  const draw = useCallback((width: number) => relationshipMap(plan, { width, ...SCREEN }, today), [plan, today]);
  return <PictureFigure draw={draw} caption={say.mapCaption} empty={say.mapWait} />;
}

/**
 * Under the DMU on step 3: listens to the four fields it shows only (typing elsewhere in the step
 * draws nothing again), and draws after the keystroke, not during it.
 */
export default function RelationshipMap() {
  const ready = useIsReady();
  const dmu = useField('discover', 'dmu', PLAN_STRUCTURE.discover.dmu, ready) as Plan['discover']['dmu'];
  const reviewRhythm = useField('schedule', 'reviewRhythm', PLAN_STRUCTURE.schedule.reviewRhythm, ready) as Plan['schedule']['reviewRhythm'];
  const relationships = useField('inspire', 'relationships', PLAN_STRUCTURE.inspire.relationships, ready) as Plan['inspire']['relationships'];
  const team = useField('align', 'team', PLAN_STRUCTURE.align.team, ready) as Plan['align']['team'];
  const source = useMemo(() => ({ discover: { dmu }, schedule: { reviewRhythm }, inspire: { relationships }, align: { team } }), [dmu, reviewRhythm, relationships, team]);
  const shown = useDeferredValue(source);
  return ready ? <RelationshipMapFigure plan={shown} /> : null;
}
