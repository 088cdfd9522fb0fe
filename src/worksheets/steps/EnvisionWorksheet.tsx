import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 1. */
export default function EnvisionWorksheet() {
  return (
    <WorksheetFrame section="envision" title="Werkblad stap 1">
      {(plan) => <SectionFields plan={plan} section="envision" />}
    </WorksheetFrame>
  );
}
