import { toIsoDate } from '../plan/values/dates';
import { timeline, type TimelineSource } from '../plan/pictures/timeline';
import { SCREEN } from '../plan/pictures/picture';
import * as say from './messages/pictures';
import { PictureFigure } from './PictureSvg';
import { useIsReady } from './ready';
import { useSection } from './use-plan';

/**
 * The timeline of the action plan (src/plan/pictures/timeline.ts) as SVG. The default export
 * stands under the action plan on step 9's worksheet and listens to the four sections it reads;
 * `TimelineFigure` draws it for any plan (the workbook, a slide).
 */
export function TimelineFigure({ plan, today = toIsoDate(new Date()) }: { plan: TimelineSource; today?: string }) {
  return <PictureFigure draw={(width) => timeline(plan, { width, ...SCREEN }, today)} caption={say.timelineCaption} empty={say.timelineWait} />;
}

export default function Timeline() {
  const ready = useIsReady();
  const cover = useSection('cover', ready);
  const schedule = useSection('schedule', ready);
  const develop = useSection('develop', ready);
  const actie = useSection('actie', ready);
  if (!cover || !schedule || !develop || !actie) return null;
  return <TimelineFigure plan={{ cover, schedule, develop, actie }} />;
}
