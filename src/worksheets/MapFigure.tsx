import { useCallback, type ReactNode } from 'react';
import { fieldAnchor } from '../plan/model/fields';
import { lessonPath, STEPS } from '../plan/model/steps';
import { toIsoDate } from '../plan/values/dates';
import { relationshipMap, type MapSource } from '../plan/pictures/relationship-map';
import { SCREEN } from '../plan/pictures/picture';
import * as say from './messages/pictures';
import { PictureFigure } from './PictureSvg';

/**
 * The relationship map of the DMU (src/plan/pictures/relationship-map.ts) as SVG, for any plan: the
 * worksheets of steps 3, 5 and 8 (RelationshipMap.tsx) and the workbook.
 */
export function RelationshipMapFigure({
  plan,
  today = toIsoDate(new Date()),
  caption = say.mapCaption,
}: {
  plan: MapSource;
  today?: string;
  caption?: ReactNode;
}) {
  const draw = useCallback((width: number) => relationshipMap(plan, { width, ...SCREEN }, today), [plan, today]);
  return <PictureFigure draw={draw} caption={caption} empty={say.mapWait} />;
}

/** "De gegevens staan in [de DMU van stap 3].": the table the map is drawn from, where it is not on the same worksheet. */
export function MapDataLink() {
  const step = STEPS.find((s) => s.id === 'discover')!;
  return (
    <>
      {say.mapSourceBefore} <a href={`${lessonPath(step)}#${fieldAnchor('dmu')}`}>{say.mapSourceLink}</a>
      {say.mapSourceAfter}
    </>
  );
}
