import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { PLAN_STRUCTURE, type Plan } from '../plan/model/schema';
import { MapDataLink, RelationshipMapFigure } from './MapFigure';
import * as say from './messages/pictures';
import { useIsReady } from './ready';
import { useField } from './use-plan';

/**
 * The relationship map of the DMU under a worksheet's field: under the DMU on step 3, the team of
 * step 5 and the relationships of step 8, each with its own caption. The figure itself is
 * MapFigure.tsx (the workbook loads only that).
 */

/** The captions of the map under the three fields that show it. */
const CAPTIONS: Readonly<Record<string, ReactNode>> = {
  dmu: say.mapCaption,
  team: (
    <>
      {say.mapCaptionTeam} <MapDataLink />
    </>
  ),
  relationships: (
    <>
      {say.mapCaptionRelations} <MapDataLink />
    </>
  ),
};

/**
 * Under a field of a worksheet: listens to the four fields it shows only (typing elsewhere in the
 * step draws nothing again), and draws after the keystroke, not during it.
 */
export default function RelationshipMap({ field }: { field: string }) {
  const ready = useIsReady();
  const dmu = useField('discover', 'dmu', PLAN_STRUCTURE.discover.dmu, ready) as Plan['discover']['dmu'];
  const reviewRhythm = useField('schedule', 'reviewRhythm', PLAN_STRUCTURE.schedule.reviewRhythm, ready) as Plan['schedule']['reviewRhythm'];
  const relationships = useField('inspire', 'relationships', PLAN_STRUCTURE.inspire.relationships, ready) as Plan['inspire']['relationships'];
  const team = useField('align', 'team', PLAN_STRUCTURE.align.team, ready) as Plan['align']['team'];
  const source = useMemo(
    () => ({ discover: { dmu }, schedule: { reviewRhythm }, inspire: { relationships }, align: { team } }),
    [dmu, reviewRhythm, relationships, team],
  );
  const shown = useDeferredValue(source);
  return ready ? <RelationshipMapFigure plan={shown} caption={CAPTIONS[field] ?? say.mapCaption} /> : null;
}
