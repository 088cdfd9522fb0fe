import { toIsoDate } from '../plan/values/dates';
import { relationshipMap, type MapSource } from '../plan/pictures/relationship-map';
import { SCREEN } from '../plan/pictures/picture';
import * as say from './messages/pictures';
import { PictureFigure } from './PictureSvg';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

/**
 * The relationship map of the DMU (src/plan/pictures/relationship-map.ts) as SVG. The default
 * export stands under the DMU on step 3's worksheet and listens to the four sections it reads;
 * `RelationshipMapFigure` draws it for any plan (the workbook, a slide).
 */
export function RelationshipMapFigure({ plan, today = toIsoDate(new Date()) }: { plan: MapSource; today?: string }) {
  return <PictureFigure draw={(width) => relationshipMap(plan, { width, ...SCREEN }, today)} caption={say.mapCaption} empty={say.mapWait} />;
}

export default function RelationshipMap() {
  const ready = useIsReady();
  const discover = useSection('discover', ready);
  const schedule = useSection('schedule', ready);
  const inspire = useSection('inspire', ready);
  const align = useSection('align', ready);
  if (!discover || !schedule || !inspire || !align) return null;
  return <RelationshipMapFigure plan={{ discover, schedule, inspire, align }} />;
}
