import { sectionFields } from '../../plan/walk';
import { SectionFields } from '../FieldGroup';
import { MatrixEditor } from '../MatrixEditor';
import { WorksheetFrame } from '../WorksheetFrame';

const matrixInfo = sectionFields('klantplan').find((f) => f.key === 'matrix')!.info;

/** Worksheet of step 4: SWOT of the customer, the confrontation matrix built from it, key questions. */
export default function KlantplanWorksheet() {
  return (
    <WorksheetFrame section="klantplan" title="Werkblad stap 4">
      {(plan) => (
        <>
          <div className="swot">
            <SectionFields plan={plan} section="klantplan" only={['strengths', 'weaknesses', 'opportunities', 'threats']} />
          </div>
          <MatrixEditor plan={plan} info={matrixInfo} />
          <SectionFields plan={plan} section="klantplan" except={['strengths', 'weaknesses', 'opportunities', 'threats', 'matrix']} />
        </>
      )}
    </WorksheetFrame>
  );
}
