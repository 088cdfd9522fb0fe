import { useCallback, type ReactNode } from 'react';
import { toIsoDate } from '../plan/values/dates';
import { timeline, type TimelineSource } from '../plan/pictures/timeline';
import { SCREEN } from '../plan/pictures/picture';
import * as say from './messages/pictures';
import { PictureFigure } from './PictureSvg';

/**
 * The timeline of the action plan (src/plan/pictures/timeline.ts) as SVG, for any plan: under the
 * action plan on step 9's worksheet (Timeline.tsx) and in the workbook.
 */
export function TimelineFigure({
  plan,
  today = toIsoDate(new Date()),
  caption = say.timelineCaption,
}: {
  plan: TimelineSource;
  today?: string;
  caption?: ReactNode;
}) {
  const draw = useCallback((width: number) => timeline(plan, { width, ...SCREEN }, today), [plan, today]);
  return <PictureFigure draw={draw} caption={caption} empty={say.timelineWait} />;
}
