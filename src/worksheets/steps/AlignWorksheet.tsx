import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 5. */
export default function AlignWorksheet() {
  return (
    <WorksheetFrame section="align" title="Werkblad stap 5">
      {(plan) => <SectionFields plan={plan} section="align" />}
    </WorksheetFrame>
  );
}
