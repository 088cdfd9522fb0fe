import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 8. */
export default function InspireWorksheet() {
  return (
    <WorksheetFrame section="inspire" title="Werkblad stap 8">
      {(plan) => <SectionFields plan={plan} section="inspire" />}
    </WorksheetFrame>
  );
}
