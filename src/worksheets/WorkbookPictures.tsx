import { lazy, Suspense, type ReactNode } from 'react';
import { fieldAnchor } from '../plan/model/fields';
import type { Plan } from '../plan/model/schema';
import { lessonPath } from '../plan/model/steps';
import { withBoundary } from './IslandBoundary';
import * as pictures from './messages/pictures';
import * as say from './messages/workbook';
import { Part, stepWithId, useWorkbookPlan } from './workbook-part';
import './worksheet.css';

/*
 * The plan in pictures in the workbook: the relationship map of the DMU and the timeline of the
 * actions, each an island of its own that hydrates when the reader reaches it; the picture's code
 * (src/plan/pictures/) loads only then. Each says, with a link, where the table it is drawn from is.
 */
const RelationshipMapFigure = lazy(() => import('./MapFigure').then((m) => ({ default: m.RelationshipMapFigure })));
const MapDataLink = lazy(() => import('./MapFigure').then((m) => ({ default: m.MapDataLink })));
const TimelineFigure = lazy(() => import('./TimelineFigure').then((m) => ({ default: m.TimelineFigure })));

/** One picture of the workbook, under its heading, once the part has read the plan. */
function PicturePart({ id, title, intro, picture }: { id: string; title: string; intro: string; picture: (plan: Plan) => ReactNode }) {
  const { ready, plan } = useWorkbookPlan();
  const loading = <p>{say.pictureLoading}</p>;
  return (
    <Part name={id} ready={ready}>
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <p>{intro}</p>
        {ready ? <Suspense fallback={loading}>{picture(plan)}</Suspense> : loading}
      </section>
    </Part>
  );
}

/** The relationship map of the active plan, with a link to the DMU it is drawn from. */
export const WorkbookMap = withBoundary(function WorkbookMap() {
  const caption = (
    <>
      {pictures.mapCaptionWorkbook} <MapDataLink />
    </>
  );
  return (
    <PicturePart id="relatiekaart" title={say.mapTitle} intro={say.mapIntro} picture={(plan) => <RelationshipMapFigure plan={plan} caption={caption} />} />
  );
});

/** The timeline of the active plan, with links to the action plan and the planning it is drawn from. */
export const WorkbookTimeline = withBoundary(function WorkbookTimeline() {
  const caption = (
    <>
      {pictures.timelineCaptionWorkbook} {pictures.timelineSourceBefore}{' '}
      <a href={`${lessonPath(stepWithId('actie'))}#${fieldAnchor('actions')}`}>{pictures.timelineSourceActions}</a> {pictures.timelineSourceBetween}{' '}
      <a href={`${lessonPath(stepWithId('schedule'))}#${fieldAnchor('milestones')}`}>{pictures.timelineSourceSchedule}</a>
      {pictures.timelineSourceAfter}
    </>
  );
  return <PicturePart id="planning" title={say.timelineTitle} intro={say.timelineIntro} picture={(plan) => <TimelineFigure plan={plan} caption={caption} />} />;
});
