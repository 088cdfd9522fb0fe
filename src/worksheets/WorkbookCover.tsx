import type { AnySectionMeaning } from '../plan/meaning/types';
import { FeedbackSlot, useFeedbackParts } from './feedback-slot';
import { SectionFields } from './FieldGroup';
import { withBoundary } from './IslandBoundary';
import { coverAndSummary } from './messages';
import * as say from './messages/workbook';
import { PlanForm } from './PlanForm';
import { ReadyContext } from './ready';
import { useReady } from './use-plan';
import { Part } from './workbook-part';
import './worksheet.css';

/** The cover fields and the management summary of the active plan. */
export const WorkbookCover = withBoundary(function WorkbookCover({ meaning }: { meaning: AnySectionMeaning }) {
  const ready = useReady();
  const feedback = useFeedbackParts(ready);
  const [cover, summary] = meaning.groups ?? [];
  return (
    <ReadyContext.Provider value={ready}>
      <FeedbackSlot.Provider value={feedback}>
        <Part name="voorblad" ready={ready}>
          <PlanForm>
            <fieldset className="worksheet-fields" disabled={!ready} aria-label={coverAndSummary}>
              <h2 id="voorblad">{say.cover}</h2>
              <p>{say.coverIntro}</p>
              {feedback ? <feedback.StepNotes section="cover" /> : null}
              <SectionFields section="cover" meaning={meaning} only={cover?.fields ?? []} />
              <h2 id="samenvatting">{summary?.title ?? say.summary}</h2>
              <p>{say.summaryIntro}</p>
              <SectionFields section="cover" meaning={meaning} only={summary?.fields ?? []} />
            </fieldset>
          </PlanForm>
        </Part>
      </FeedbackSlot.Provider>
    </ReadyContext.Provider>
  );
});
