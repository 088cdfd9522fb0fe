import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 9. */
export default function ActieWorksheet() {
  return (
    <WorksheetFrame section="actie" title="Werkblad stap 9">
      {(plan) => <SectionFields plan={plan} section="actie" />}
    </WorksheetFrame>
  );
}
