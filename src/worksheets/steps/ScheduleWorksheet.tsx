import { formatDateNl } from '../../plan/dates';
import { reviewDates } from '../../plan/reviews';
import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 2: the planning of the plan, with the review dates that follow from it. */
export default function ScheduleWorksheet() {
  return (
    <WorksheetFrame section="schedule" title="Werkblad stap 2">
      {(plan) => {
        const dates = reviewDates(plan.schedule);
        return (
          <SectionFields
            plan={plan}
            section="schedule"
            footers={{
              reviewRhythm: (
                <p className="derived" aria-live="polite">
                  {dates.length
                    ? `Evaluatiemomenten: ${dates.map(formatDateNl).join(', ')}.`
                    : 'Vul de geldigheidsperiode en het ritme in; dan verschijnen hier de evaluatiemomenten.'}
                </p>
              ),
            }}
          />
        );
      }}
    </WorksheetFrame>
  );
}
