import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 7. */
export default function AdaptWorksheet() {
  return (
    <WorksheetFrame section="adapt" title="Werkblad stap 7">
      {(plan) => <SectionFields plan={plan} section="adapt" />}
    </WorksheetFrame>
  );
}
